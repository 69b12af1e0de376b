"""Build each subscriber's digest: unseen, in-window, matching stories, ranked, one per story."""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from digest.mutes import Mute, MutedText, card_text
from digest.render import render_digest
from digest.tag import topic_key
from digest.terms import word_stems, words
from storage.articles import ArticleRepository, StoredArticle
from storage.ledger import DeliveryLedger
from storage.subscribers import SubscriberView

DEFAULT_WINDOW = timedelta(hours=72)
# How strongly a subscription matches an article, by where its words were found.
_EXACT_TOPIC = 1.0
_TOPIC_WORDS = 0.8
_HEADLINE_WORDS = 0.7
_SUMMARY_WORDS = 0.5
_HALF_LIFE_HOURS = 24.0


@dataclass(frozen=True, slots=True)
class DigestItem:
    """One story in a digest: the article shown, who else reported it, and its rank score."""

    article: StoredArticle
    also_reported_by: tuple[str, ...]
    score: float
    related_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Digest:
    """A subscriber's digest for one local day; no items means nothing is sent."""

    chat_id: int
    day: date
    language: str
    items: tuple[DigestItem, ...]

    @property
    def article_groups(self) -> tuple[tuple[int, ...], ...]:
        """Each story as (shown article id, related article ids), in digest order."""
        return tuple((item.article.id, *item.related_ids) for item in self.items)

    @property
    def picture(self) -> str | None:
        """The top story's lead picture URL; None when it has none (or there is no story)."""
        return self.items[0].article.card.image if self.items else None

    def messages(self) -> list[str]:
        """The digest rendered as Telegram messages (HTML, each ≤ 4,096 characters)."""
        if not self.items:
            return []
        return render_digest(
            [(i.article.id, i.article.card, i.also_reported_by) for i in self.items],
            self.language,
            self.day,
        )


def local_day(timezone: str, at: datetime) -> date:
    """The calendar date in `timezone` at the instant `at`."""
    return at.astimezone(ZoneInfo(timezone)).date()


def _keys(name: str) -> set[str]:
    key = topic_key(name)
    return {key} if key else set()


def _stems(text: str) -> set[str]:
    return {stem for word in words(text) for stem in word_stems(word)}


class CandidatePool:
    """The window's articles indexed once, so each subscriber is matched in memory."""

    def __init__(
        self, articles: Sequence[StoredArticle], at: datetime, window: timedelta = DEFAULT_WINDOW
    ) -> None:
        self.articles = list(articles)
        # A story loses half its freshness in a day, or in half a week for a weekly digest:
        # the best of a week is what many outlets reported, not only what came last.
        self._half_life_hours = max(_HALF_LIFE_HOURS, window.total_seconds() / 7200)
        self._by_key: dict[str, dict[int, float]] = {}
        self._by_stem: dict[str, set[int]] = {}
        self._places: list[tuple[set[str], set[str]]] = []
        stories: dict[int, list[int]] = {}
        for index, article in enumerate(self.articles):
            card = article.card
            topic_stems: set[str] = set()
            for rank, name in enumerate(card.topics):
                weight = max(0.6, _EXACT_TOPIC - 0.05 * rank)
                for key in _keys(name):
                    found = self._by_key.setdefault(key, {})
                    found[index] = max(found.get(index, 0.0), weight)
                topic_stems |= _stems(name)
            headline_stems = _stems(card.headline)
            for stem in topic_stems | headline_stems | _stems(" ".join(card.summary)):
                self._by_stem.setdefault(stem, set()).add(index)
            self._places.append((topic_stems, headline_stems))
            story = article.story_id if article.story_id is not None else -article.id
            stories.setdefault(story, []).append(index)
        self.story_of = [a.story_id if a.story_id is not None else -a.id for a in self.articles]
        self.members = stories
        self.base = [self._base_score(i, at) for i in range(len(self.articles))]
        self._ranked_all = sorted(range(len(self.articles)), key=lambda i: -self.base[i])
        self._ranked: dict[str, list[tuple[float, int]]] = {}
        # Each article's words as mutes read them, made the first time a mute asks.
        self._muted_text: dict[int, MutedText] = {}

    def _base_score(self, index: int, at: datetime) -> float:
        article = self.articles[index]
        moment = article.card.published
        if moment is None or moment > at or moment < article.stored_at - DEFAULT_WINDOW:
            moment = article.stored_at
        age_hours = max(0.0, (at - moment).total_seconds() / 3600)
        recency = 0.25 + 0.75 * 0.5 ** (age_hours / self._half_life_hours)
        reach = 1.0 + math.log(len(self.members[self.story_of[index]]))
        return recency * reach

    def _match(self, key: str) -> dict[int, float]:
        strengths = dict(self._by_key.get(key, {}))
        groups = [word_stems(word) for word in words(key)]
        if not groups:
            return strengths
        found: set[int] | None = None
        for group in groups:
            having = set().union(*(self._by_stem.get(stem, ()) for stem in group))
            found = having if found is None else found & having
            if not found:
                return strengths
        for index in found or ():
            topic_stems, headline_stems = self._places[index]
            weight = _TOPIC_WORDS
            for group in groups:
                if any(stem in topic_stems for stem in group):
                    continue
                in_headline = any(stem in headline_stems for stem in group)
                weight = min(weight, _HEADLINE_WORDS if in_headline else _SUMMARY_WORDS)
            strengths[index] = max(strengths.get(index, 0.0), weight)
        return strengths

    def ranked(self, key: str) -> list[tuple[float, int]]:
        """Articles matching a subscription key as (-score, index), best first (memoised)."""
        found = self._ranked.get(key)
        if found is None:
            found = sorted((-s * self.base[i], i) for i, s in self._match(key).items())
            self._ranked[key] = found
        return found

    def muted(self, index: int, mutes: Sequence[Mute]) -> bool:
        """True when one of the mutes matches the article."""
        if not mutes:
            return False
        text = self._muted_text.get(index)
        if text is None:
            text = self._muted_text[index] = card_text(self.articles[index].card)
        return text.hidden_by(mutes)

    def choose(
        self, keys: Sequence[str], seen: set[int], max_items: int, mutes: Sequence[Mute] = ()
    ) -> list[tuple[int, float]]:
        """Pick the best unseen, unmuted article of up to max_items distinct stories for
        these keys."""
        stream: Iterable[tuple[float, int]]
        if keys:
            stream = _merged([self.ranked(key) for key in dict.fromkeys(keys)])
        else:
            stream = ((-self.base[i], i) for i in self._ranked_all)
        chosen: list[tuple[int, float]] = []
        stories: set[int] = set()
        for negative, index in stream:
            story = self.story_of[index]
            if story in stories or self.articles[index].id in seen or self.muted(index, mutes):
                continue
            stories.add(story)
            chosen.append((index, -negative))
            if len(chosen) >= max_items:
                break
        return chosen

    def item(self, index: int, score: float) -> DigestItem:
        """The digest item for a chosen article, naming the story's other sources."""
        article = self.articles[index]
        related = [i for i in self.members[self.story_of[index]] if i != index]
        own = article.card.source
        sources = dict.fromkeys(
            s for i in related if (s := self.articles[i].card.source) and s != own
        )
        return DigestItem(
            article=article,
            also_reported_by=tuple(sources),
            score=score,
            related_ids=tuple(self.articles[i].id for i in related),
        )


def _merged(lists: list[list[tuple[float, int]]]) -> Iterator[tuple[float, int]]:
    if len(lists) == 1:
        return iter(lists[0])
    return heapq.merge(*lists)


async def load_pool(session: AsyncSession, *, at: datetime, window: timedelta) -> CandidatePool:
    """Load and index the articles stored in (at - window, at]."""
    articles = await ArticleRepository(session).stored_since(
        at - window, at + timedelta(microseconds=1)
    )
    return CandidatePool(articles, at, window)


def digest_for(
    pool: CandidatePool,
    subscriber: SubscriberView,
    seen: set[int],
    *,
    at: datetime,
    max_items: int,
    default_language: str = "id",
) -> Digest:
    """Match one subscriber against a loaded pool."""
    keys = [key for key, _name in subscriber.topics]
    chosen = pool.choose(keys, seen, max_items, subscriber.mutes)
    return Digest(
        chat_id=subscriber.chat_id,
        day=local_day(subscriber.timezone, at),
        language=subscriber.language or default_language,
        items=tuple(pool.item(index, score) for index, score in chosen),
    )


async def build_digests(
    session: AsyncSession,
    subscribers: Sequence[SubscriberView],
    *,
    at: datetime,
    window: timedelta = DEFAULT_WINDOW,
    max_items: int = 10,
    default_language: str = "id",
) -> list[Digest]:
    """Build many subscribers' digests from one load of the window's articles."""
    pool = await load_pool(session, at=at, window=window)
    seen = await DeliveryLedger(session).delivered_since([s.id for s in subscribers], at - window)
    return [
        digest_for(
            pool,
            subscriber,
            seen.get(subscriber.id, set()),
            at=at,
            max_items=max_items,
            default_language=default_language,
        )
        for subscriber in subscribers
    ]


async def build_digest(
    session: AsyncSession,
    subscriber: SubscriberView,
    *,
    at: datetime,
    window: timedelta = DEFAULT_WINDOW,
    max_items: int = 10,
    default_language: str = "id",
) -> Digest:
    """Build one subscriber's digest as it would be sent at `at`."""
    digests = await build_digests(
        session,
        [subscriber],
        at=at,
        window=window,
        max_items=max_items,
        default_language=default_language,
    )
    return digests[0]


async def rebuild_digest(
    session: AsyncSession,
    subscriber: SubscriberView,
    groups: Sequence[Sequence[int]],
    *,
    day: date,
    default_language: str = "id",
) -> Digest:
    """The digest recorded in a ledger row, rebuilt from its stored article ids."""
    stored = await ArticleRepository(session).get_many([i for group in groups for i in group])
    by_id = {article.id: article for article in stored}
    items = []
    for group in groups:
        if group[0] not in by_id:
            continue  # deleted by an admin since: its story simply drops out
        article = by_id[group[0]]
        own = article.card.source
        sources = dict.fromkeys(
            s for i in group[1:] if i in by_id and (s := by_id[i].card.source) and s != own
        )
        items.append(DigestItem(article, tuple(sources), 0.0, tuple(group[1:])))
    return Digest(
        chat_id=subscriber.chat_id,
        day=day,
        language=subscriber.language or default_language,
        items=tuple(items),
    )
