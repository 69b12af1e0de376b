"""The quick ways digest/ finds words and sentence ends give what the plain patterns give.

They replace a regular expression with byte tables or a narrower pattern for speed; these
tests hold them to the pattern's answer on text built to break them."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from digest.alternation import ByFirstChar
from digest.furniture import _FURNITURE
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


# Lines of page furniture in the list's shapes, and lines that only look like them.
_FURNITURE_LIKE = [
    "Baca juga: Harga beras naik lagi",
    "ADVERTISEMENT",
    "Scroll to continue with content",
    "Lanjutkan scroll ke bawah",
    "Share: Facebook Twitter WhatsApp",
    "© 2024 Kompas Cyber Media",
    "(c) Copyright Reuters",
    "5 min read",
    "4–5 minutes",
    "12 komentar",
    "(Updates with minister's comments)",
    "(Attn: editors, adds detail)",
    "[Gambas:Video 20detik]",
    "#Pilkada #Jakarta #Banjir",
    "- - -",
    "•",
    "* Follow us on WhatsApp channel for the latest news",
    "*All fields are required",
    "e-mail",
    "UK edition",
    "Very large text size",
    "(red/ant)",
    "with additional assistance from Jakarta bureau",
    "Editor: Budi Santoso",
    "Tags: banjir, jakarta",
    "Home > News > Jakarta",
    "https://www.kompas.com/read/2024/01/01",
    "Kata Putin, Rusia siap berunding.",
    "12 orang tewas dalam banjir",
    "Simak juga video berikut",
]


def _furniture_lines() -> list[str]:
    rng = random.Random(7)
    lines = list(_FURNITURE_LIKE)
    for root in ("tests", "seeds"):
        for path in sorted(Path(root).rglob("*.txt")):
            lines += path.read_text(encoding="utf-8").splitlines()
    for line in list(_FURNITURE_LIKE):
        lines += [line.upper(), line.lower(), f" {line}", f"\u212a{line}", line[1:], line[:-1]]
        lines += [line[:i] + rng.choice(_ALPHABET) + line[i + 1 :] for i in range(len(line))]
    return lines


def test_furniture_list_read_by_first_character_answers_as_the_whole_pattern() -> None:
    listed = ByFirstChar(_FURNITURE)
    lines = _furniture_lines()
    answers = [listed(line) for line in lines]
    assert answers == [_FURNITURE.match(line) is not None for line in lines]
    assert 0 < sum(answers) < len(lines) // 2  # both answers are tried, many times
    # and the point of it: a line starting "K" is tried against a few dozen kinds, not all
    assert len("|".join(listed.alternatives["k"])) < len(_FURNITURE.pattern) / 3


@pytest.mark.parametrize(
    ("pattern", "keys"),
    [
        # an optional opening: the word after it may open the line too
        (r"^(?:(?:lanjut\s+)?scroll.*|kata)$", {"l", "s", "k"}),
        # a digit, an escaped bracket, a group of words
        (r"^(?:\d+\s+menit|\(red\)|(?:share|bagikan)\s*:.*)$", {*"0123456789", "(", "s", "b"}),
        # optional first characters, each of which may open it; a class is tried on every line
        (r"^(?:e?-?mail|[-•]+)$", {"e", "-", "m"}),
    ],
)
def test_alternatives_are_filed_under_the_characters_they_open_with(
    pattern: str, keys: set[str]
) -> None:
    whole = re.compile(pattern, re.IGNORECASE)
    split = ByFirstChar(whole)
    assert set(split.alternatives) == keys
    texts = [*_texts(2000), "scroll down", "Lanjut scroll", "12 menit", "(red)", "Share: x"]
    texts += ["BAGIKAN:", "email", "-mail", "--•", "KATA", "\u212aata", "\u017fcroll"]
    for text in texts:
        assert split(text) == (whole.match(text) is not None), text


def test_an_alternative_opening_with_anything_is_tried_only_where_its_word_is() -> None:
    whole = re.compile(
        r"^(?:.*\bstreaks?\b.*|.{1,30}\s+is\s+published\s+(?:daily|weekly)|\S+\s+\d+|kata)$",
        re.IGNORECASE,
    )
    split = ByFirstChar(whole)
    # "streak" and "published" are words every match holds; "\S+\s+\d+" holds none
    assert [needle for needle, _ in split.guarded] == ["streak", "published"]
    texts = [*_texts(2000), "Winning streak", "STREAKS end", "a strea\u212a", "no stre-ak"]
    texts += ["The Tribune is published daily", "The Tribune is publi\u017fhed WEEKLY", "Kata"]
    texts += ["Tribune is pub lished daily", "IS PUBLİSHED DAİLY", "x is publıshed daily", "ab 12"]
    for text in texts:
        assert split(text) == (whole.match(text) is not None), text


def test_a_pattern_it_cannot_split_is_refused() -> None:
    with pytest.raises(ValueError, match="groups"):
        ByFirstChar(re.compile(r"^(?:(a)|\1b)$"))
    with pytest.raises(ValueError, match="form"):
        ByFirstChar(re.compile(r"(?:a|b)"))
