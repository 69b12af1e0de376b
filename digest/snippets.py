"""Plain-text snippets around the first query match, with the matched words' spans."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from operator import indexOf

from digest.terms import WORD_PATTERN, token_stems

SNIPPET_CHARS = 200
# How much text to keep before the first match so it reads in context.
_LEAD_CHARS = 60
_ELLIPSIS = "…"

Spans = tuple[tuple[int, int], ...]


def make_snippet(
    texts: Iterable[str], stems: frozenset[str], max_chars: int = SNIPPET_CHARS
) -> tuple[str, Spans]:
    """Return a window of the first text that matches, and (start, end) spans of matches."""
    fallback = None
    cores = _cores(stems)
    for text in texts:
        chunks = text.split() if text else []
        if not chunks:
            continue
        fallback = fallback or chunks
        joined = " ".join(chunks)
        # Only where the text's words fold to themselves lowercased does a core's place in the
        # raw text mean the same in the folded words that stems are made of.
        filter_ = cores if cores is not None and _folds_as_lowercase(joined) else None
        first = (
            _first_match(chunks, stems)
            if filter_ is None
            else _first_core_match(joined, filter_, stems)
        )
        if first is not None:
            return _window(joined, first, stems, max_chars, filter_)
    return _window(" ".join(fallback), None, stems, max_chars) if fallback else ("", ())


# A word can only have a stem if it contains the stem's core, the stem less its first and last
# letter: Sastrawi removes affixes and may recode the first letter of what is left
# (menyerang → serang, memukul → pukul), Snowball's English stemmer changes only the end
# (happy → happi), the bare "-ia" form drops two letters. tests/storage/test_terms.py checks
# this on every IndoSum word. So the first match is searched for as the cores in the lowercased
# raw text (str.find: compiling a regex per query cost more), and only the chunks they land in
# are stemmed, instead of every chunk up to the match: stemming a
# word the first time costs Sastrawi ~80 µs, and a restarted bot knows none of an archive's
# words yet. Cores shorter than two letters would land almost everywhere: no filter then.
_MIN_CORE = 2


Cores = tuple[str, ...]


@lru_cache(maxsize=4096)
def _cores(stems: frozenset[str]) -> Cores | None:
    cores = tuple(sorted({stem[1:-1] for stem in stems}))
    if not cores or min(map(len, cores)) < _MIN_CORE or not all(map(str.isascii, cores)):
        return None
    return cores


def _has_core(word: str, cores: Cores) -> bool:
    lowered = word.lower()
    return any(core in lowered for core in cores)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _folds_as_lowercase(text: str) -> bool:
    """True when folding changes no word character beyond lowercasing ASCII."""
    if text.isascii():
        return True
    # Curly quotes and dashes are not word characters; an accented letter is.
    return not any(WORD_PATTERN.match(ch) for ch in set(_NON_ASCII.findall(text)))


def _first_core_match(text: str, cores: Cores, stems: frozenset[str]) -> tuple[int, int] | None:
    """The span of the first matching word, checking only chunks that contain a core."""
    # Lowercasing keeps every offset: the caller checked that no letter here is non-ASCII.
    lowered = text.lower()
    position = 0
    while True:
        found = [at for at in (lowered.find(core, position) for core in cores) if at >= 0]
        if not found:
            return None
        start = text.rfind(" ", 0, min(found)) + 1
        end = text.find(" ", min(found))
        end = len(text) if end < 0 else end
        for token in WORD_PATTERN.finditer(text, start, end):
            if _has_core(token.group(), cores) and _matches(token.group(), stems):
                return token.start(), token.end()
        position = end


@lru_cache(maxsize=65_536)
def _chunk_stems(chunk: str) -> frozenset[str]:
    """Every stem of one whitespace-separated chunk ("Putin," or "(1/7)")."""
    return frozenset(stem for token in WORD_PATTERN.findall(chunk) for stem in token_stems(token))


def _matches(token: str, stems: frozenset[str]) -> bool:
    return not stems.isdisjoint(token_stems(token))


def _first_match(chunks: list[str], stems: frozenset[str]) -> tuple[int, int] | None:
    """The span of the first matching word in the chunks joined by single spaces."""
    # Chunks repeat across articles as much as words do: a memo per chunk, looked up from C
    # (map, indexOf) rather than by a Python step per word, finds the first matching chunk ~5x
    # faster than running the Unicode word regex over every token.
    try:
        index = indexOf(map(stems.isdisjoint, map(_chunk_stems, chunks)), False)
    except ValueError:
        return None
    offset = sum(map(len, chunks[:index])) + index
    for token in WORD_PATTERN.finditer(chunks[index]):
        if _matches(token.group(), stems):
            return token.start() + offset, token.end() + offset
    return None  # unreachable: the chunk's stems are its words' stems


def _window(
    text: str,
    first: tuple[int, int] | None,
    stems: frozenset[str],
    max_chars: int,
    cores: Cores | None = None,
) -> tuple[str, Spans]:
    budget = max_chars - 2 * len(_ELLIPSIS)
    start = 0
    if first is not None and len(text) > budget and first[0] > _LEAD_CHARS:
        start = _word_start(text, min(first[0] - _LEAD_CHARS, len(text) - budget))
    end = len(text)
    if end - start > budget:
        end = _word_end(text, start, start + budget)
    prefix = _ELLIPSIS if start > 0 else ""
    suffix = _ELLIPSIS if end < len(text) else ""
    shift = len(prefix) - start
    # Only the window is scanned for further matches: bodies run to thousands of words.
    highlights = tuple(
        (token.start() + shift, token.end() + shift)
        for token in WORD_PATTERN.finditer(text, start, end)
        if first is not None
        and (cores is None or _has_core(token.group(), cores))
        and _matches(token.group(), stems)
    )
    return prefix + text[start:end] + suffix, highlights


def _word_start(text: str, index: int) -> int:
    """Move index forward to the start of a word, so the snippet opens on a whole word."""
    if index <= 0:
        return 0
    space = text.find(" ", index - 1)
    return space + 1 if 0 <= space < index + 20 else index


def _word_end(text: str, start: int, index: int) -> int:
    """Move index back to the end of a word, so the snippet closes on a whole word."""
    space = text.rfind(" ", start, index + 1)
    return space if space > start + 20 else index
