"""The quick ways digest/ finds words and sentence ends give what the plain patterns give.

They replace a regular expression with byte tables or a narrower pattern for speed; these
tests hold them to the pattern's answer on text built to break them."""

from __future__ import annotations

import random
import re

from digest.language import ascii_words
from digest.sentences import _CANDIDATE
from digest.summarize import _words

# Letters that lower-case into ASCII ("K" Kelvin, "İ"), curly quotes, digits, apostrophes.
_ALPHABET = "abzAZ09 '’-_.,“”\u212a\u0130ßéñ中\u00a0\t\n…!?\"()"


def _texts(count: int) -> list[str]:
    rng = random.Random(11)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(count)]


def test_ascii_words_are_the_a_to_z_runs() -> None:
    for text in [*_texts(3000), "Timnasnya menang 2-1, kata Putin.", ""]:
        for form in (text, text.lower(), text.casefold()):
            assert ascii_words(form) == re.findall(r"[a-z]+", form), form


def test_summary_words_are_the_pattern_words() -> None:
    # ASCII sentences take byte tables; the rest the pattern, so both kinds are tried.
    for text in [*_texts(3000), *(t.encode("ascii", "ignore").decode() for t in _texts(3000))]:
        assert _words(text) == re.findall(r"[^\W_]+", text.lower()), text


def test_sentence_end_candidates_match_the_plain_pattern() -> None:
    plain = re.compile(r"(?:\.{2,}|…|[.!?]+)[\"”’')\]]*(?=\s)")
    for text in _texts(3000):
        found = [m.span() for m in _CANDIDATE.finditer(text)]
        assert found == [m.span() for m in plain.finditer(text)], text
