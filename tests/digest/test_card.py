"""The card as kabar summarize --json prints it."""

import pytest

from digest.card import make_card
from digest.model import ArticleRejected
from tests.digest.test_parse import ARTICLES, SEED


def test_seed_card_json() -> None:
    card = make_card(SEED.read_bytes())
    data = card.to_json()
    assert data["published"] == "2022-07-01T21:15:00+07:00"
    assert data["key_quote"]["speaker"] == "Vladimir Putin"
    assert data["category"] == "internasional"
    assert data["topics"][-1] == "internasional"
    assert "Vladimir Putin" in data["topics"]
    assert len(data["summary"]) == 2
    assert all(any(s in p for p in card.body) for s in card.summary)


def test_sentences_and_html_input() -> None:
    card = make_card((ARTICLES / "id_detik.html").read_bytes(), sentences=3, url="https://x.id/a")
    assert len(card.summary) == 3
    assert card.url == "https://x.id/a"
    assert card.key_quote.speaker == "Joko Widodo"  # "kata Jokowi": the nickname is aliased


def test_rejects_garbage() -> None:
    with pytest.raises(ArticleRejected):
        make_card(b"\x00\x01\x02" * 100)
