"""The extractive summarizer on the seed article and on IndoSum's human-summarised news."""

import re
import statistics
from collections import Counter
from pathlib import Path

import pytest

from bench.indosum import load
from digest.model import ParsedArticle
from digest.summarize import score_sentences, strip_dateline, summarize
from tests.data import INDOSUM_EXCERPT

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_779917d36cb11d91.txt"


def _seed_article() -> ParsedArticle:
    paragraphs = [p.strip() for p in SEED.read_text(encoding="utf-8").split("\n\n")]
    start = next(i for i, p in enumerate(paragraphs) if p.startswith("MOSKOW"))
    # The article's own paragraphs are the long ones; related headlines are short.
    body = tuple(p for p in paragraphs[start:] if len(p) > 120)
    return ParsedArticle(
        headline=paragraphs[start - 4] if start >= 4 else "",
        body=body,
        dateline="MOSKOW",
    )


def test_seed_summary_is_body_sentences_in_body_order() -> None:
    article = _seed_article()
    summary = summarize(article, 3)
    body = " ".join(article.body)
    assert len(summary) == 3
    positions = [body.find(s) for s in summary]
    assert all(p >= 0 for p in positions[1:])
    assert positions[1:] == sorted(positions[1:])


def test_seed_summary_drops_dateline_and_direct_speech() -> None:
    summary = summarize(_seed_article(), 2)
    assert summary[0].startswith("Presiden Vladimir Putin pada hari Jumat (1/7)")
    assert not any("JITUNEWS" in s for s in summary)
    assert not any(s.startswith("“") for s in summary)


def test_furniture_is_not_summary_material() -> None:
    article = ParsedArticle(
        headline="Harga BBM naik mulai pekan depan",
        body=(
            "Pemerintah menaikkan harga BBM jenis Pertalite mulai pekan depan.",
            "Baca juga: Antrean Panjang di SPBU Jelang Kenaikan Harga",
            "Kenaikan harga BBM itu disebut untuk menekan beban subsidi negara.",
            "Warga di sejumlah kota mengeluhkan rencana tersebut.",
        ),
    )
    summary = summarize(article, 2)
    assert not any("Baca juga" in s for s in summary)
    assert summary[0].startswith("Pemerintah menaikkan")


def test_short_body_gives_fewer_sentences() -> None:
    article = ParsedArticle(headline="Gempa", body=("Gempa mengguncang Palu pagi ini.",))
    assert summarize(article, 3) == ("Gempa mengguncang Palu pagi ini.",)
    assert summarize(ParsedArticle(headline="Kosong", body=()), 2) == ()


def test_near_duplicate_sentences_are_not_both_picked() -> None:
    lead = "Banjir merendam ratusan rumah warga di Kecamatan Cileuncang, Bandung, pada Senin malam."
    article = ParsedArticle(
        headline="Banjir rendam ratusan rumah di Bandung",
        body=(lead, lead.replace("Senin malam", "Senin"), "Petugas mengevakuasi warga lansia."),
    )
    summary = summarize(article, 2)
    assert len(summary) == 2
    assert summary[1] == "Petugas mengevakuasi warga lansia."


def test_bad_arguments_are_clear_errors() -> None:
    article = ParsedArticle(headline="x", body=("Satu kalimat.",))
    with pytest.raises(ValueError, match="at least one"):
        summarize(article, 0)
    with pytest.raises(ValueError, match="weights"):
        score_sentences([["Satu kalimat."]], "x", weights=(1.0,))


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def _rouge1(reference: str, candidate: str) -> float:
    """ROUGE-1 F1 as rouge-score computes it without a stemmer (lower-cased a-z0-9 tokens)."""
    ref = Counter(_NOT_ALNUM.sub(" ", reference.lower()).split())
    cand = Counter(_NOT_ALNUM.sub(" ", candidate.lower()).split())
    overlap = sum((ref & cand).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / cand.total(), overlap / ref.total()
    return 2 * precision * recall / (precision + recall)


def test_beats_the_lead_baseline_on_an_indosum_excerpt() -> None:
    ours, lead = [], []
    for article in load(INDOSUM_EXCERPT):
        sentences = [" ".join(s) for p in article.paragraphs for s in p]
        picked = summarize(article.to_parsed(), 3)
        ours.append(_rouge1(article.reference(), " ".join(picked)))
        lead.append(_rouge1(article.reference(), " ".join(sentences[:3])))
    assert len(ours) >= 50
    # On all of IndoSum the margin is about 4 points (bench.summary_quality, docs/benchmarks.md);
    # on these 54 articles it is about 3, so 1.5 guards regressions without flaking on noise.
    assert statistics.fmean(ours) > statistics.fmean(lead) + 0.015
    wins = sum(o > b for o, b in zip(ours, lead, strict=True))
    losses = sum(o < b for o, b in zip(ours, lead, strict=True))
    assert wins > 2 * losses


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("JAKARTA, KOMPAS.com - Presiden tiba di Bogor.", "Presiden tiba di Bogor."),
        (
            "Wamena (ANTARA News) -- Pemerintah mendatangkan arkeolog.",
            "Pemerintah mendatangkan arkeolog.",
        ),
        # A feed that spaces CNN's "--" must not leave a stray "- " in front of the lead.
        ("Jakarta, CNN Indonesia - - KPK menahan dua tersangka.", "KPK menahan dua tersangka."),
        ("Jalan Solo-Jogja macet total pagi ini.", "Jalan Solo-Jogja macet total pagi ini."),
        ("Harga cabai naik - turun setiap pekan.", "Harga cabai naik - turun setiap pekan."),
    ],
)
def test_strip_dateline(sentence: str, expected: str) -> None:
    assert strip_dateline(sentence) == expected
