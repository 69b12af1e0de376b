"""Search finds what a reader would expect, on both backends, whatever the user types."""

from __future__ import annotations

import random
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from digest.model import Card
from digest.terms import fold
from storage import search
from storage.articles import ArticleRepository
from storage.search import SearchPage, search_articles
from tests.storage.seed_card import seed_card

NOW = datetime(2022, 7, 2, 1, 0, tzinfo=UTC)
Sessions = async_sessionmaker[AsyncSession]


def _card(headline: str, *body: str, published: datetime | None = NOW) -> Card:
    return Card(headline=headline, body=body, summary=body[:1], published=published)


async def _store(sessions: Sessions, *cards: Card, stored_at: datetime = NOW) -> list[int]:
    async with sessions.begin() as session:
        repo = ArticleRepository(session)
        return [
            await repo.add(card, content_hash=uuid.uuid4().hex, stored_at=stored_at)
            for i, card in enumerate(cards)
        ]


async def _search(sessions: Sessions, query: str, **kwargs: int) -> SearchPage:
    async with sessions() as session:
        return await search_articles(session, query, **kwargs)


def _highlighted(page: SearchPage, index: int = 0) -> list[str]:
    hit = page.hits[index]
    return [hit.snippet[a:b] for a, b in hit.highlights]


async def test_putin_and_belarus_find_the_seed(sessions: Sessions) -> None:
    seed_id, _ = await _store(
        sessions, seed_card(), _card("Harga beras naik", "Harga beras di Jakarta naik lagi.")
    )
    for query in ("putin", "PUTIN", "Belarus", "belarus", "Bélarus", "Putin Belarus"):
        page = await _search(sessions, query)
        assert [hit.article.id for hit in page.hits] == [seed_id], query
        assert page.total == 1
    page = await _search(sessions, "putin")
    words = _highlighted(page)
    assert words and all(word.casefold() == "putin" for word in words)
    assert page.hits[0].article.card.headline.startswith("Vladimir Putin")


async def test_every_word_must_match(sessions: Sessions) -> None:
    await _store(sessions, seed_card())
    assert (await _search(sessions, "putin lukashenko")).total == 1
    assert (await _search(sessions, "putin jakarta")).total == 0


async def test_indonesian_inflections_match_each_other(sessions: Sessions) -> None:
    attack, _ = await _store(
        sessions,
        _card("Serangan di perbatasan", "Serangan udara terjadi pada malam hari."),
        _card("Harga cabai", "Harga cabai turun di pasar induk."),
    )
    page = await _search(sessions, "menyerang")
    assert [hit.article.id for hit in page.hits] == [attack]
    assert [w.casefold() for w in _highlighted(page)] == ["serangan"]
    [verb] = await _store(sessions, _card("Pasukan menyerang kota", "Kota itu diserang."))
    assert {hit.article.id for hit in (await _search(sessions, "serangan")).hits} == {attack, verb}


async def test_english_inflections_match_each_other(sessions: Sessions) -> None:
    sanction, _ = await _store(
        sessions,
        _card("EU widens sanction on Moscow", "The sanction targets banks."),
        _card("Rice prices fall", "Prices fell in Jakarta markets."),
    )
    page = await _search(sessions, "sanctions")
    assert [hit.article.id for hit in page.hits] == [sanction]
    assert (await _search(sessions, "price")).total == 1


async def test_headline_match_ranks_above_body_match(sessions: Sessions) -> None:
    body_only, headline = await _store(
        sessions,
        _card("Cuaca cerah", "Banjir tidak terjadi hari ini di kota itu, kata petugas."),
        _card("Banjir di Bekasi", "Air naik setinggi lutut di kota itu, kata petugas."),
    )
    page = await _search(sessions, "banjir")
    assert [hit.article.id for hit in page.hits] == [headline, body_only]
    assert page.hits[0].score > page.hits[1].score


async def test_newer_article_wins_at_equal_relevance(sessions: Sessions) -> None:
    old, new = await _store(
        sessions,
        _card("Gempa di Cianjur", "Gempa terasa kuat.", published=NOW - timedelta(days=3)),
        _card("Gempa di Cianjur", "Gempa terasa kuat.", published=NOW - timedelta(hours=1)),
    )
    page = await _search(sessions, "gempa")
    assert [hit.article.id for hit in page.hits] == [new, old]
    undated_old = await _store(
        sessions, _card("Gempa di Garut", "Gempa kecil.", published=None), stored_at=NOW
    )
    undated_new = await _store(
        sessions,
        _card("Gempa di Garut", "Gempa kecil.", published=None),
        stored_at=NOW + timedelta(hours=2),
    )
    page = await _search(sessions, "garut")
    assert [hit.article.id for hit in page.hits] == undated_new + undated_old


async def test_pages_and_total(sessions: Sessions) -> None:
    cards = [
        _card(f"Pemilu hari ke-{i}", "Pemilu berjalan.", published=NOW - timedelta(days=i))
        for i in range(7)
    ]
    ids = await _store(sessions, *cards)
    first = await _search(sessions, "pemilu", limit=3)
    second = await _search(sessions, "pemilu", limit=3, offset=3)
    last = await _search(sessions, "pemilu", limit=3, offset=6)
    assert first.total == second.total == last.total == 7
    got = [hit.article.id for page in (first, second, last) for hit in page.hits]
    assert got == ids  # equal relevance: newest first, and ids were stored newest first


async def test_snippet_is_short_and_highlights_point_at_matches(sessions: Sessions) -> None:
    long_body = (
        "Paragraf pembuka tentang banyak hal yang tidak berhubungan sama sekali. " * 6
        + "Di ujung paragraf, Lukashenko bertemu Putin di Moskow."
    )
    await _store(sessions, replace(seed_card(), body=(long_body,), lede=None))
    page = await _search(sessions, "lukashenko")
    hit = page.hits[0]
    assert len(hit.snippet) <= 200
    assert hit.snippet.startswith("…")
    assert _highlighted(page) == ["Lukashenko"]


async def test_no_words_means_empty_page(sessions: Sessions) -> None:
    await _store(sessions, seed_card())
    for query in ("", "   ", "!!! ??? ...", "🙂🙃", '"', "()", "-- ;"):
        page = await _search(sessions, query)
        assert page == SearchPage(hits=(), total=0), query


def _hostile_queries() -> list[str]:
    rng = random.Random(20220701)
    fixed = [
        '"putin',
        'putin"',
        "putin AND",
        "OR putin",
        "NOT putin",
        "putin NEAR(belarus, 2)",
        "NEAR",
        "put*",
        "*",
        "-putin",
        "putin:belarus",
        "headline:putin",
        "^putin",
        "(putin",
        "putin)",
        "'; DROP TABLE articles; --",
        "1' OR '1'='1",
        "putin & belarus | !rusia <-> x:*",
        "putin " * 2500,
        "x" * 5000,
        "🇷🇺 Putin 🇧🇾",
        "Путин Беларусь",
        "普京",
        "Pútín Bélàrüs",
        "ﬁnance ½ ² ⅷ",
        "\x00putin\x00",
        "putin\nbelarus\t",
        "_ __ ___",
        "a_b",
        "%putin%",
        "\\",
        "{putin}",
        "[putin]",
        "putin;",
        "'",
        "''",
        '""',
        "AND OR NOT NEAR",
        "putin+belarus",
        "rank:1",
        "rowid",
        "bm25(article_search)",
    ]
    alphabet = [
        *"\"'*-:^()[]{}<>!&|~+.,;/\\%_?@#$`=",
        "AND",
        "OR",
        "NOT",
        "NEAR",
        "putin",
        "belarus",
        "é",
        "ß",
        "ǅ",
        "🙂",
        "\u200b",
        "\u0301",
        " ",
        "ー",
        "٣",
    ]
    generated = [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(300)
    ]
    return fixed + generated


async def test_hostile_input_is_searched_as_plain_words(sessions: Sessions) -> None:
    [seed_id] = await _store(sessions, seed_card())
    queries = _hostile_queries()
    assert len(queries) > 300
    async with sessions() as session:
        for query in queries:
            page = await search_articles(session, query)
            assert page.total == len(page.hits) <= 1, query
            for hit in page.hits:
                assert hit.article.id == seed_id
                for a, b in hit.highlights:
                    assert 0 <= a < b <= len(hit.snippet)
    # Quotes and operators are just punctuation: the words around them still search.
    for query in ('"putin', "-putin", "(putin", "putin:belarus", "*putin*", "^putin"):
        assert (await _search(sessions, query)).total == 1, query
    # A long query is capped at 32 words, not rejected.
    assert (await _search(sessions, "putin " * 2500)).total == 1
    assert fold("Bélarus") == "belarus"


async def test_many_equal_matches_page_newest_first(sessions: Sessions) -> None:
    # More equal scores than one page plus slack: the ordering falls back to SQL.
    cards = [
        _card("Inflasi naik", "Inflasi naik lagi.", published=NOW - timedelta(hours=i))
        for i in range(60)
    ]
    ids = await _store(sessions, *reversed(cards))
    newest_first = list(reversed(ids))
    for offset in (0, 5, 55):
        page = await _search(sessions, "inflasi", limit=5, offset=offset)
        assert page.total == 60
        assert [hit.article.id for hit in page.hits] == newest_first[offset : offset + 5]


async def test_a_very_common_word_ranks_only_the_newest_matches(
    sessions: Sessions, monkeypatch: pytest.MonkeyPatch
) -> None:
    strong = _card("Pajak pajak pajak", "Pajak.", published=NOW - timedelta(days=9))
    weak = [
        _card(f"Berita {i}", "Soal pajak dan hal lain yang panjang sekali.", published=NOW)
        for i in range(6)
    ]
    [oldest] = await _store(sessions, strong)
    newer = await _store(sessions, *weak)
    monkeypatch.setattr(search, "RANKED_MATCHES", 7)
    page = await _search(sessions, "pajak", limit=2)
    assert page.total == 7
    # Every match is in the ranked window: the strong old article comes first...
    assert page.hits[0].article.id == oldest
    monkeypatch.setattr(search, "RANKED_MATCHES", 4)
    page = await _search(sessions, "pajak", limit=2)
    # ...and with a window of 4 only the 4 newest are ranked: it drops out, the total stays.
    assert page.total == 7
    assert not page.total_capped
    assert {hit.article.id for hit in page.hits} <= set(newer[-4:])


async def test_counting_stops_at_the_cap_and_says_so(
    sessions: Sessions, monkeypatch: pytest.MonkeyPatch
) -> None:
    cards = [
        _card(f"Pemilu hari ke-{i}", "Pemilu berjalan.", published=NOW + timedelta(days=i))
        for i in range(5)
    ]
    newest_first = list(reversed(await _store(sessions, *cards)))
    monkeypatch.setattr(search, "RANKED_MATCHES", 2)
    monkeypatch.setattr(search, "COUNTED_MATCHES", 3)
    page = await _search(sessions, "pemilu", limit=2)
    assert (page.total, page.total_capped) == (3, True)
    assert [hit.article.id for hit in page.hits] == newest_first[:2]
    # Paging past the cap counts further, so the last page is still reachable and exact.
    page = await _search(sessions, "pemilu", limit=2, offset=4)
    assert (page.total, page.total_capped) == (5, False)
    assert [hit.article.id for hit in page.hits] == newest_first[4:]
    past_the_end = await _search(sessions, "pemilu", limit=2, offset=10)
    assert past_the_end == SearchPage(hits=(), total=5)
    monkeypatch.setattr(search, "COUNTED_MATCHES", 5)
    page = await _search(sessions, "pemilu", limit=2)
    assert (page.total, page.total_capped) == (5, False)


async def test_hits_carry_the_whole_stored_article(sessions: Sessions) -> None:
    # Search loads a page's articles in its own statement: they must read back exactly as
    # the repository reads them (zone offset, quote, summary, topics in their order).
    card = replace(
        seed_card(),
        published=datetime(2022, 7, 1, 21, 15, tzinfo=timezone(timedelta(hours=7))),
        topics=("Vladimir Putin", "Belarus", "Rusia"),
    )
    seed_id, other_id = await _store(sessions, card, _card("Putin lagi", "Putin bicara."))
    async with sessions() as session:
        repo = ArticleRepository(session)
        expected = {i: await repo.get(i) for i in (seed_id, other_id)}
    page = await _search(sessions, "putin")
    assert {hit.article.id for hit in page.hits} == {seed_id, other_id}
    for hit in page.hits:
        assert hit.article == expected[hit.article.id]
    seed = next(hit.article for hit in page.hits if hit.article.id == seed_id)
    assert seed.card.published is not None
    assert seed.card.published.utcoffset() == timedelta(hours=7)
    assert seed.card.topics == ("Vladimir Putin", "Belarus", "Rusia")
    assert seed.card.key_quote == card.key_quote and seed.card.summary == card.summary
