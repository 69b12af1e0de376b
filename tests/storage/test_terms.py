"""Index and query text become the same stems, across Indonesian and English inflections."""

from __future__ import annotations

import json
import random

import pytest
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

from digest import snippets
from digest.snippets import make_snippet
from digest.terms import (
    MAX_QUERY_TERMS,
    index_text,
    indonesian_stem,
    query_terms,
    word_stems,
    words,
)
from tests.data import INDOSUM_EXCERPT


def _matches(query: str, document: str) -> bool:
    indexed = set(index_text(document).split())
    return all(indexed.intersection(group) for group in query_terms(query))


@pytest.mark.parametrize(
    ("query", "document"),
    [
        ("menyerang", "serangan udara"),
        ("serangan", "pasukan menyerang kota"),
        ("dikeluarkan", "pemerintah mengeluarkan aturan"),
        ("pembangunan", "jalan itu dibangun"),
        ("sanctions", "a new sanction"),
        ("prices", "the price rose"),
        ("Belarus", "integrasi Rusia-Belarusia"),
        ("BELARUS", "Belarus"),
        ("Jokowi", "JOKOWI"),
        ("séoul", "Seoul"),
    ],
)
def test_inflected_and_folded_forms_match(query: str, document: str) -> None:
    assert _matches(query, document)


@pytest.mark.parametrize(
    ("query", "document"),
    [("putin", "lukashenko"), ("banjir", "bandung"), ("asia", "as"), ("dunia", "dun")],
)
def test_unrelated_words_do_not_match(query: str, document: str) -> None:
    assert not _matches(query, document)


def test_query_terms_are_words_only_and_capped() -> None:
    assert [group[0] for group in query_terms('"; DROP TABLE x --')] == ["drop", "table", "x"]
    assert query_terms("!!! 🙂") == ()
    assert len(query_terms(" ".join(f"kata{i}" for i in range(500)))) == MAX_QUERY_TERMS
    assert query_terms("putin PUTIN Putin") == (("putin",),)


def test_snippet_window_keeps_whole_words_and_marks_cuts() -> None:
    text = " ".join(["awal"] * 40 + ["Gempa", "mengguncang", "Cianjur"] + ["akhir"] * 40)
    snippet, spans = make_snippet([text], frozenset({"gempa", "cianjur"}))
    assert len(snippet) <= 200
    assert snippet.startswith("…") and snippet.endswith("…")
    assert [snippet[a:b] for a, b in spans] == ["Gempa", "Cianjur"]
    assert " awa " not in f" {snippet[1:-1]} " and "akh…" not in snippet


def test_snippet_falls_back_to_second_text_then_to_the_opening() -> None:
    snippet, spans = make_snippet(["tidak ada", "Banjir Bekasi"], frozenset({"banjir"}))
    assert (snippet, spans) == ("Banjir Bekasi", ((0, 6),))
    assert make_snippet(["tidak ada", "lain"], frozenset({"banjir"})) == ("tidak ada", ())
    assert make_snippet(["", "  "], frozenset({"x"})) == ("", ())


def test_indonesian_stem_skips_only_words_sastrawi_leaves_alone() -> None:
    sastrawi = StemmerFactory().create_stemmer()
    text = INDOSUM_EXCERPT.read_text(encoding="utf-8") + (
        " boris rasis eksis isme gerakan telapak gemetar sinambung kaulah bukumu belajar"
    )
    vocabulary = {w for w in words(text) if w.isalpha()}
    assert len(vocabulary) > 4_000
    wrong = [w for w in vocabulary if indonesian_stem(w) != (sastrawi.stem(w) or w)]
    assert wrong == []


def _indosum_vocabulary() -> set[str]:
    english = (
        "possibility stability nobility relational sensational happily happiness organisation"
        " organizational generalization hopefully arguing agreed sanctions flies dying skies"
    )
    return set(words(INDOSUM_EXCERPT.read_text(encoding="utf-8") + " " + english))


def test_every_stem_core_is_inside_its_word() -> None:
    # digest.snippets finds match candidates by the stems' cores (a stem less its first and
    # last letter) in the raw text; a word missing the core of one of its stems would be
    # passed over.
    vocabulary = [w for w in _indosum_vocabulary() if w.isascii()]
    assert len(vocabulary) > 4_000
    missing = [(w, s) for w in vocabulary for s in word_stems(w) if s[1:-1] not in w]
    assert missing == []


def test_snippets_found_by_core_equal_a_scan_of_every_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    articles = [
        " ".join(" ".join(sentence) for paragraph in json.loads(line)["paragraphs"]
                 for sentence in paragraph)
        for line in INDOSUM_EXCERPT.read_text(encoding="utf-8").splitlines()[:150]
    ]  # fmt: skip
    rng = random.Random(5)
    pool = sorted({w for article in articles for w in article.split() if len(w) > 3})
    cases = []
    for article in articles:
        for size in (1, 2, 3):
            stems = frozenset(s for g in query_terms(" ".join(rng.sample(pool, size))) for s in g)
            cases.append(([article, "Judul berita"], stems))
        # A word the article has, so most cases find a match in the body; and the root of an
        # affixed one, found through other forms (memukul and pemukulan for pukul).
        stems = frozenset(s for g in query_terms(rng.choice(article.split()[20:])) for s in g)
        cases.append(([article, "Judul berita"], stems))
        affixed = [w for w in words(article) if indonesian_stem(w) not in (w, w[2:], w[3:])]
        for word in rng.sample(affixed, min(3, len(affixed))):
            cases.append(([article, "Judul berita"], frozenset({indonesian_stem(word)})))
    with_cores = [make_snippet(texts, stems) for texts, stems in cases]
    monkeypatch.setattr(snippets, "_cores", lambda stems: None)
    scanned = [make_snippet(texts, stems) for texts, stems in cases]
    assert sum(bool(spans) for _, spans in scanned) > len(cases) // 5
    assert with_cores == scanned


def test_snippet_of_accented_text_still_finds_folded_matches() -> None:
    text = "Pérez bertemu Putin. Kemudian “Pérez” berbicara dengan PEREZ."
    snippet, spans = make_snippet([text], frozenset(query_terms("perez")[0]))
    assert [snippet[a:b] for a, b in spans] == ["Pérez", "Pérez", "PEREZ"]
