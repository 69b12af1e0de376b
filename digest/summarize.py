"""Extractive summary: a small trained sentence scorer over position, quotes and centrality."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from itertools import chain
from operator import mul

from digest.model import ParsedArticle
from digest.sentences import split_sentences
from digest.standalone import (
    KeyQuote,
    Leans,
    detach,
    leans,
    mentions_someone,
    name_pronoun,
    names_no_one_new,
    person_named,
    still_open,
)
from digest.summary_weights import BIAS, FEATURE_NAMES, WEIGHTS

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_QUOTE_CHARS = frozenset('"“”')
_QUOTE_MARK = re.compile(r'[“”"]')

_STOPWORDS = frozenset(
    """
    yang dan di ke dari ini itu dengan untuk pada dalam tidak akan juga ada adalah oleh karena
    atau sebagai sudah telah bisa dapat saat ia dia mereka kami kita saya para lebih tersebut
    bahwa jika hanya masih namun tetapi tapi serta agar seperti setelah sebelum hingga antara
    kata ujar ucap menurut tak pun lagi lain sangat harus belum akan sejak bagi nya si sang
    the a an and or of to in on at for with by from is are was were be been it its this that
    as he she they we i you his her their not but has have had will would said says
    """.split(),  # noqa: SIM905 - a word list reads better as prose
)

_SAID = frozenset(
    """
    kata katanya ujar ujarnya ucap ucapnya ungkap ungkapnya tutur tuturnya jelas jelasnya
    tambah tambahnya lanjut lanjutnya terang terangnya papar tegas tegasnya imbuh imbuhnya
    sebut sebutnya menurut mengatakan menuturkan mengungkapkan menjelaskan menambahkan
    said says told according added explained
    """.split(),  # noqa: SIM905 - a word list reads better as prose
)

_DANGLING = frozenset(
    """
    ia dia mereka hal namun tetapi tapi selain sementara itu ini sedangkan bahkan adapun
    he she they it this that but however meanwhile
    """.split(),  # noqa: SIM905 - a word list reads better as prose
)

_FURNITURE = re.compile(
    r"^\W*(baca[ _]juga|lihat juga|simak|tonton|baca:|foto|video|sumber|editor|penulis|"
    r"read more|see also|watch|photo)\b",
    re.IGNORECASE,
)
# "JAKARTA, KOMPAS.com -", "Wamena (ANTARA News) --", "Suara.com -": capitalised place and
# source words, then a dash ("- -" too, as some feeds space CNN's "--"). Lower-case words in
# the prefix mean it is ordinary prose.
_DATELINE = re.compile(
    r"^(?:[(\[]?[A-Z][\w.&]*[)\]]?,?\s+){0,5}[(\[]?[A-Z][\w.&]*[)\]]?"
    r"\s*[-–—](?:\s?[-–—])?\s+(?=\S)"
)
_DIGIT = re.compile(r"\d")


# In ASCII text a word is a run of a-z and 0-9: every other byte becomes a space.
_ALNUM_ONLY = bytes(b if 97 <= b <= 122 or 48 <= b <= 57 else 32 for b in range(256))


def _words(sentence: str) -> list[str]:
    lowered = sentence.lower()
    if lowered.isascii():  # most sentences: byte tables in C give what the pattern gives
        return lowered.encode("ascii").translate(_ALNUM_ONLY).decode("ascii").split()
    return _WORD.findall(lowered)


def _content(words: list[str]) -> list[str]:
    return [w for w in words if w not in _STOPWORDS and len(w) > 1]


def _quote_flags(paragraph: Sequence[str]) -> list[tuple[bool, bool]]:
    """Return (starts inside a quote, contains quote marks) per sentence of one paragraph."""
    flags: list[tuple[bool, bool]] = []
    open_quote = False
    for sentence in paragraph:
        stripped = sentence.lstrip()
        starts_inside = open_quote or stripped[:1] in _QUOTE_CHARS
        # Most sentences hold no quote mark: three scans in C, not the pattern
        has_marks = '"' in sentence or "“" in sentence or "”" in sentence
        for ch in _QUOTE_MARK.findall(sentence) if has_marks else ():
            if ch == "“":
                open_quote = True
            elif ch == "”":
                open_quote = False
            else:
                open_quote = not open_quote
        flags.append((starts_inside, has_marks))
    return flags


# The position features one-hot: the first eight sentences each have their own.
_POSITIONS = tuple(tuple(float(index == k) for k in range(8)) for index in range(9))


def sentence_features(paragraphs: Sequence[Sequence[str]], headline: str) -> list[list[float]]:
    """Return one feature vector (ordered as FEATURE_NAMES) per sentence, in body order."""
    words = [_words(s) for p in paragraphs for s in p]
    content = [_content(w) for w in words]
    unique = [set(c) for c in content]
    doc_tf: Counter[str] = Counter(chain.from_iterable(unique))
    headline_words = set(_content(_words(headline)))
    total = len(words)
    # Count only other sentences' support so a long sentence can't vote for itself.
    central = [(sum(map(doc_tf.__getitem__, u)) - len(u)) / (len(u) + 1) for u in unique]
    top_central = max(central, default=0.0) or 1.0
    lead_words = unique[0] if unique else set()
    lead_sim = [
        len(lead_words.intersection(c)) / (len(u) + 1) if i else 1.0
        for i, (c, u) in enumerate(zip(content, unique, strict=True))
    ]
    log_total = math.log1p(total) / 4.0

    rows: list[list[float]] = []
    index = 0
    for p_index, paragraph in enumerate(paragraphs):
        in_paragraph = (float(p_index == 0), float(p_index == 1), float(p_index == 2))
        for s_index, (sentence, (in_quote, has_quote)) in enumerate(
            zip(paragraph, _quote_flags(paragraph), strict=True)
        ):
            w, c = words[index], content[index]
            length = len(w)
            overlap = (
                len(headline_words.intersection(c)) / len(headline_words) if headline_words else 0.0
            )
            tail = sentence.rstrip()[-1:]
            early = index < 3
            # "1.0 if … else 0.0", not float(…): this runs for every sentence of every article
            rows.append(
                [
                    *_POSITIONS[min(index, 8)],
                    index / (total - 1) if total > 1 else 0.0,
                    *in_paragraph,
                    1.0 if s_index == 0 else 0.0,
                    math.log1p(length) / 4.0,
                    1.0 if length < 8 else 0.0,
                    1.0 if length > 40 else 0.0,
                    1.0 if in_quote else 0.0,
                    1.0 if has_quote else 0.0,
                    1.0 if in_quote and early else 0.0,
                    0.0 if _SAID.isdisjoint(w) else 1.0,
                    # a dateline's dash, looked for before the pattern reads the words before it
                    1.0
                    if ("-" in sentence or "–" in sentence or "—" in sentence)
                    and _DATELINE.match(sentence) is not None
                    else 0.0,
                    0.0 if _DIGIT.search(sentence) is None else 1.0,
                    1.0
                    if tail not in ".!?\"”'’)" or _FURNITURE.match(sentence) is not None
                    else 0.0,
                    1.0 if tail in "?!" else 0.0,
                    1.0 if tail == ":" else 0.0,
                    overlap,
                    overlap if early else 0.0,
                    central[index] / top_central,
                    lead_sim[index],
                    1.0 if w and w[0] in _DANGLING else 0.0,
                    log_total,
                ]
            )
            index += 1
    return rows


def score_sentences(
    paragraphs: Sequence[Sequence[str]],
    headline: str,
    weights: Sequence[float] = WEIGHTS,
    bias: float = BIAS,
) -> list[float]:
    """Return the scorer's log-odds that each sentence belongs in the summary."""
    if len(weights) != len(FEATURE_NAMES):
        raise ValueError(f"expected {len(FEATURE_NAMES)} weights, got {len(weights)}")
    # map(mul) rather than a generator expression: this dot product runs once per sentence.
    return [bias + sum(map(mul, weights, row)) for row in sentence_features(paragraphs, headline)]


def _too_similar(a: set[str], b: set[str]) -> bool:
    # Wire copy often repeats the lead almost verbatim further down; one copy is enough.
    return bool(a) and bool(b) and len(a & b) / min(len(a), len(b)) > 0.7


def summarize(
    article: ParsedArticle,
    n: int = 2,
    *,
    quote: str | None = None,
    weights: Sequence[float] = WEIGHTS,
    bias: float = BIAS,
) -> tuple[str, ...]:
    """Pick the n most summary-worthy body sentences and return them in body order.

    A sentence that leans on one the summary left out ("Namun, …", "Ia …"), a quote with no
    speaker named, the card's key quote (`quote`) again, or page debris is passed over while
    sentences that read cold remain."""
    if n < 1:
        raise ValueError("a summary needs at least one sentence")
    paragraphs = [split_sentences(p, article.language) for p in article.body]
    # Datelines only open an article, and the card shows the dateline on its own line.
    flat = [s for p in paragraphs for s in p]
    if flat:
        flat[0] = strip_dateline(flat[0])
    scores = score_sentences(paragraphs, article.headline, weights, bias)
    # Page furniture ("Baca juga: …") can look like a lead to the scorer; it is never news.
    order = sorted(
        (i for i in range(len(flat)) if not _FURNITURE.match(flat[i])),
        key=lambda k: (-scores[k], k),
    )
    picker = _Picker(flat, [len(p) for p in paragraphs], KeyQuote(quote))
    chosen = sorted(picker.pick(order, n))
    return tuple(picker.text(i, chosen) for i in chosen)


class _Picker:
    """Greedy choice in score order, honouring what each sentence leans on."""

    def __init__(self, flat: list[str], sizes: list[int], quote: KeyQuote) -> None:
        self.flat = flat
        self.sizes = sizes  # sentences per paragraph
        self.open_before: dict[int, bool] = {}
        self.quote = quote
        self.kinds: dict[int, Leans] = {}
        self.words: dict[int, set[str]] = {}
        self.detached: dict[int, str | None] = {}
        self.named: dict[int, str | None] = {}

    def kind(self, i: int) -> Leans:
        """What sentence i leans on (cached: most sentences are never looked at)."""
        found = self.kinds.get(i)
        if found is None:
            inside = self.starts_inside(i)
            found = leans(self.flat[i], inside)
            if found is not Leans.DEBRIS and self.quote.said_again(self.flat[i], inside):
                found = Leans.UNSPOKEN
            self.kinds[i] = found
        return found

    def starts_inside(self, i: int) -> bool:
        """Tell whether sentence i starts inside a quote an earlier sentence of its paragraph
        opened (worked out for a paragraph only once one of its sentences is looked at)."""
        if i not in self.open_before:
            start = 0
            for size in self.sizes:
                if i < start + size:
                    break
                start += size
            inside = False
            for k in range(start, start + size):
                self.open_before[k] = inside
                inside = still_open(self.flat[k], inside)
        return self.open_before[i]

    def content(self, i: int) -> set[str]:
        """Sentence i's content words (cached)."""
        found = self.words.get(i)
        if found is None:
            found = self.words[i] = set(_content(_words(self.flat[i])))
        return found

    def cold(self, i: int) -> str | None:
        """Sentence i without its leading link word, if that leaves a sentence that reads cold."""
        if i not in self.detached:
            self.detached[i] = detach(self.flat[i])
        return self.detached[i]

    def resolved(self, i: int) -> str | None:
        """Sentence i with its opening pronoun replaced by the one person the sentence before
        it (or the one before that, with no one else between) names; None if unclear."""
        if i not in self.named:
            found = None
            for j in range(i - 1, max(-1, i - 3), -1):
                person = person_named(self.flat[j])
                if person:
                    found = name_pronoun(self.flat[i], person)
                    break
                if mentions_someone(self.flat[j]):
                    break  # someone else came between
            self.named[i] = found
        return self.named[i]

    def _antecedent_chosen(self, i: int, chosen: list[int]) -> bool:
        # "Ia"/"She" means whoever the nearest summary sentence named, if no one new came
        # between (a quote, a detail); the sentence right before always qualifies.
        before = max((j for j in chosen if i - 3 <= j < i), default=None)
        return before is not None and (
            before == i - 1 or names_no_one_new(self.flat[before + 1 : i], self.flat[before])
        )

    def text(self, i: int, chosen: list[int]) -> str:
        """Sentence i as the summary shows it: its link word dropped when what it links to is
        not in the summary, its pronoun named when whom it means is not."""
        kind = self.kind(i)
        if kind is Leans.ON_NAMED and not self._antecedent_chosen(i, chosen):
            return self.resolved(i) or self.flat[i]
        if i - 1 in chosen or kind is not Leans.ON_PREVIOUS:
            return self.flat[i]
        return self.cold(i) or self.flat[i]

    def fits(self, i: int, chosen: list[int]) -> bool:
        """Tell whether sentence i reads well beside the sentences already chosen."""
        kind = self.kind(i)
        if kind is Leans.NOTHING:
            return True
        if kind is Leans.ON_PREVIOUS:
            return i - 1 in chosen or self.cold(i) is not None
        if kind is Leans.ON_NAMED:
            return self._antecedent_chosen(i, chosen) or self.resolved(i) is not None
        if kind is Leans.ON_NEARBY:
            return i - 1 in chosen or i - 2 in chosen
        return False

    def pick(self, order: list[int], n: int) -> list[int]:
        """Choose up to n sentences: readable ones first, then the best of the rest."""
        chosen: list[int] = []
        repeated: set[int] = set()
        while len(chosen) < n:
            for i in order:
                if i in chosen or i in repeated:
                    continue
                if any(_too_similar(self.content(i), self.content(j)) for j in chosen):
                    repeated.add(i)
                elif self.fits(i, chosen):
                    chosen.append(i)
                    break
            else:
                break
        # `--sentences N` promises N: fill from what is left rather than come up short.
        for i in order:
            if len(chosen) == n:
                break
            if i in chosen or i in repeated or self.kind(i) is Leans.DEBRIS:
                continue
            if not any(_too_similar(self.content(i), self.content(j)) for j in chosen):
                chosen.append(i)
        return chosen


def strip_dateline(sentence: str) -> str:
    """Drop a leading "JAKARTA, KOMPAS.com -"-style dateline from an article's first sentence."""
    return _DATELINE.sub("", sentence, count=1)
