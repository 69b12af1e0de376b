"""Plain-text snippets around the first query match, with the matched words' spans."""

from __future__ import annotations

from collections.abc import Iterable

from storage.terms import WORD_PATTERN, token_stems

SNIPPET_CHARS = 200
# How much text to keep before the first match so it reads in context.
_LEAD_CHARS = 60
_ELLIPSIS = "…"

Spans = tuple[tuple[int, int], ...]


def make_snippet(
    texts: Iterable[str], stems: frozenset[str], max_chars: int = SNIPPET_CHARS
) -> tuple[str, Spans]:
    """Return a window of the first text that matches, and (start, end) spans of matches."""
    candidates = [" ".join(text.split()) for text in texts if text and text.strip()]
    for text in candidates:
        first = _first_match(text, stems)
        if first is not None:
            return _window(text, first, stems, max_chars)
    return _window(candidates[0], None, stems, max_chars) if candidates else ("", ())


def _matches(token: str, stems: frozenset[str]) -> bool:
    return not stems.isdisjoint(token_stems(token))


def _first_match(text: str, stems: frozenset[str]) -> tuple[int, int] | None:
    for token in WORD_PATTERN.finditer(text):
        if _matches(token.group(), stems):
            return token.span()
    return None


def _window(
    text: str, first: tuple[int, int] | None, stems: frozenset[str], max_chars: int
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
        if first is not None and _matches(token.group(), stems)
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
