"""Index and query text become the same stems, across Indonesian and English inflections."""

from __future__ import annotations

import pytest
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

from bench.indosum import DEV_01
from storage.snippets import make_snippet
from storage.terms import MAX_QUERY_TERMS, index_text, indonesian_stem, query_terms, words


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
    if not DEV_01.exists():
        pytest.skip(f"IndoSum not found at {DEV_01}")
    sastrawi = StemmerFactory().create_stemmer()
    text = DEV_01.read_text(encoding="utf-8") + (
        " boris rasis eksis isme gerakan telapak gemetar sinambung kaulah bukumu belajar"
    )
    vocabulary = {w for w in words(text) if w.isalpha()}
    assert len(vocabulary) > 15_000
    wrong = [w for w in vocabulary if indonesian_stem(w) != (sastrawi.stem(w) or w)]
    assert wrong == []
