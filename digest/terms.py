"""Turn text into search terms: the one function both the index and the query go through.

Stemmer choice (measured, see docs/benchmarks.md "Search"): PySastrawi over Snowball's
Indonesian stemmer. On 20 IndoSum inflection pairs Sastrawi conflated 18, Snowball 16
(Snowball breaks prefix forms such as `mengeluarkan`/`dikeluarkan` and `penerbangan`).
Sastrawi is ~10x slower per unique word (≈9.6k vs ≈91k words/s) but news vocabulary
repeats, so the per-word memo below makes that cost vanish after warm-up.
English words go through Snowball's English stemmer so `sanctions` finds `sanction`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

MAX_QUERY_TERMS = 32
# Stemming a 5,000-letter "word" is pointless and slow; such tokens are indexed verbatim.
_MAX_STEMMED_LENGTH = 40
# Underscore is a word character for `\w` but a separator for FTS5 and PostgreSQL.
WORD_PATTERN = re.compile(r"[^\W_]+")
_ID_STEMMER = StemmerFactory().create_stemmer()
_EN_STEMMER = snowballstemmer.stemmer("english")
# PySastrawi (1.2) changes a word only when one of its affix rules matches it: the word
# starts its prefix rules test (di/ke/se, the be-/me-/pe-/te- families, ku-/kau-, and
# -er-/-el-/-em-/-in- after a first consonant) and the endings its suffix rules strip. A word
# showing none of them comes back as typed, so it skips the ~80 µs rule walk: half of a news
# vocabulary (many names, English words). tests/storage/test_terms.py checks this against
# Sastrawi itself on every IndoSum word.
_ID_PREFIXES = ("di", "ke", "se", "be", "me", "pe", "te", "ku")
_ID_SUFFIXES = ("lah", "kah", "tah", "pun", "ku", "mu", "nya", "is", "isme", "i", "an")
_ID_INFIXED = re.compile(r"[bcdfghjklmnpqrstvwxyz](?:er|el|em|in)[aiueo]")
_PLAIN_ASCII = re.compile(r"[a-z]+")


def fold(text: str) -> str:
    """Return text case-folded with accents removed."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=262_144)
def token_words(token: str) -> tuple[str, ...]:
    """Return the folded words of one raw token (folding can split or join letters)."""
    return tuple(WORD_PATTERN.findall(fold(token)))


def words(text: str) -> list[str]:
    """Return the folded words of text, in order."""
    # Tokenise first and fold each distinct token once: folding per character is the
    # slow part, and news vocabulary repeats.
    return [word for token in WORD_PATTERN.findall(text) for word in token_words(token)]


@lru_cache(maxsize=262_144)
def word_stems(word: str) -> tuple[str, ...]:
    """Return the distinct stems a folded word is indexed and searched under."""
    if len(word) > _MAX_STEMMED_LENGTH or not word.isalpha():
        return (word,)
    stems = [indonesian_stem(word), _EN_STEMMER.stemWord(word)]
    # Indonesian writes many place names with a trailing -ia (Belarusia, Rusia-Belarusia);
    # indexing the bare form too lets `Belarus` find them. Short words are left alone
    # so `asia`/`dunia` don't collide with unrelated stems.
    if word.endswith("ia") and len(word) >= 7:
        stems.append(word[:-2])
    return tuple(dict.fromkeys(stems))


def indonesian_stem(word: str) -> str:
    """Return Sastrawi's stem of a folded word, without running it on words it cannot change."""
    if (
        _PLAIN_ASCII.fullmatch(word)
        and not word.startswith(_ID_PREFIXES)
        and not word.endswith(_ID_SUFFIXES)
        and not _ID_INFIXED.match(word)
    ):
        return word
    return _ID_STEMMER.stem(word) or word


@lru_cache(maxsize=262_144)
def token_stems(token: str) -> frozenset[str]:
    """Return every stem of one raw token, for matching it against query stems."""
    return frozenset(stem for word in token_words(token) for stem in word_stems(word))


@lru_cache(maxsize=262_144)
def _indexed_chunk(chunk: str) -> str:
    return " ".join(
        stem
        for token in WORD_PATTERN.findall(chunk)
        for word in token_words(token)
        for stem in word_stems(word)
    )


def index_text(text: str) -> str:
    """Return text as the space-separated stems stored in the search index."""
    # Whitespace-separated chunks ("Putin,", "(1/7)") repeat as much as words do, so caching
    # per chunk skips the Unicode regex for almost all of an article (4x faster).
    return " ".join(filter(None, [_indexed_chunk(chunk) for chunk in text.split()]))


def query_terms(query: str) -> tuple[tuple[str, ...], ...]:
    """Return one group of alternative stems per query word (at most MAX_QUERY_TERMS)."""
    groups: dict[tuple[str, ...], None] = {}
    for word in words(query):
        groups[word_stems(word)] = None
        if len(groups) >= MAX_QUERY_TERMS:
            break
    return tuple(groups)
