"""Pick the most newsworthy direct quote of an article and the person who said it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from digest.model import ParsedArticle, Quote
from digest.names import COMMON, TITLES, ArticleNames, article_names, mentions

_PAIRS = {"“": "”", "«": "»", "„": "“”", '"': '"'}
_QUOTE_MARK = re.compile('[“”«»„"]')
_SAID_ID = (
    r"kata|ujar|ucap|tutur|ungkap|jelas|terang|imbuh|tambah|tegas|pungkas|sebut|papar|lanjut"
    r"|tandas|kilah|seru|bilang|beber|urai|sambung|cetus|klaim|akui|aku|katakan|jawab|tanya"
)
_SAID_EN = r"said|says|told|added|explained|wrote|noted|insisted|asked|stated|warned|argued"
_NAME = (
    r"(?P<name>(?:[A-Z][\w'’.\-]*)(?:\s+(?:[A-Z][\w'’.\-]*|bin|binti|van|von|de|der|del|al)){0,7})"
)
_AFTER_NAMED = re.compile(
    rf"^[\s,]*(?:(?:{_SAID_ID})(?:nya)?|{_SAID_EN}|according\s+to|menurut)\s+{_NAME}",
)
_AFTER_NAME_FIRST = re.compile(rf"^[\s,]*{_NAME}\s+(?:{_SAID_EN}|menambahkan|mengatakan)\b")
_AFTER_PRONOUN = re.compile(
    rf"^[\s,]*(?:(?:(?:{_SAID_ID})nya)\b|(?:(?:{_SAID_ID})\s+(?:dia|ia|beliau))\b"
    rf"|(?:he|she)\s+(?:{_SAID_EN})\b|(?:{_SAID_EN})\s+(?:he|she)\b)",
    re.IGNORECASE,
)
_BEFORE = re.compile(
    rf"{_NAME}\s+(?:juga\s+|pun\s+|lalu\s+|kemudian\s+)?(?:me(?:ne|nj|ng|m|n|ny)?\w+|berkata"
    rf"|said|says|told\s+\w+|added|wrote)\s*(?:,|:|bahwa)?\s*$",
)
_BEFORE_PRONOUN = re.compile(
    r"\b(?:dia|ia|beliau|he|she)\s+(?:juga\s+)?(?:me\w+|berkata|said|says|added)\s*[,:]?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Span:
    text: str
    paragraph: int
    before: str
    after: str


def key_quote(article: ParsedArticle) -> Quote | None:
    """Return the article's most substantive direct quote with its speaker, or None."""
    spans = quote_spans(article.body)
    if not spans:
        return None
    names = article_names(article.headline, article.body)
    best: tuple[float, Quote] | None = None
    previous: str | None = None
    for order, span in enumerate(spans):
        words = len(span.text.split())
        speaker = _speaker(span, names, previous)
        previous = speaker or previous
        if words < 4:
            continue  # scare quotes and titles ("kolektif Barat") are not statements
        score = min(words, 45) + (25 if speaker else 0) - 2 * order - (words > 120) * 15
        if best is None or score > best[0]:
            best = (score, Quote(span.text, speaker))
    return best[1] if best else None


def quote_spans(paragraphs: tuple[str, ...] | list[str]) -> list[_Span]:
    """Find the direct quotes in order, joining one that runs on into the next paragraph."""
    spans: list[_Span] = []
    carried: list[str] = []  # a quote left open at the end of the previous paragraph
    carried_before = ""
    for index, paragraph in enumerate(paragraphs):
        opener: str | None = None
        closer = ""
        start = i = 0
        if carried and paragraph[:1] in _PAIRS:
            opener, closer, start, i = paragraph[0], _PAIRS[paragraph[0]], 1, 1
        else:
            carried = []
        for mark in _QUOTE_MARK.finditer(paragraph, i):
            char, i = mark.group(), mark.start()
            if opener is None:
                # A straight quote glued to a word is an inch mark or apostrophe, not an opener.
                if char in _PAIRS and not (char == '"' and i and paragraph[i - 1].isalnum()):
                    opener, closer, start = char, _PAIRS[char], i + 1
            elif char in closer:
                before = carried_before if carried else paragraph[: start - 1]
                text = _tidy(" ".join([*carried, paragraph[start:i]]))
                if text:
                    spans.append(_Span(text, index, before, paragraph[i + 1 :]))
                carried, opener = [], None
        if opener is not None:
            if not carried:
                carried_before = paragraph[: start - 1]
            carried = [*carried, paragraph[start:]] if len(carried) < 5 else []
    return spans


def _tidy(text: str) -> str:
    return " ".join(text.split()).strip().rstrip(",").strip()


def _speaker(span: _Span, names: ArticleNames, previous: str | None) -> str | None:
    after = span.after[:160]
    for pattern in (_AFTER_NAMED, _AFTER_NAME_FIRST):
        match = pattern.match(after)
        if match:
            name = _person(match["name"])
            if name:
                return names.full(name)
    if _AFTER_PRONOUN.match(after) or _BEFORE_PRONOUN.search(span.before[-80:]):
        # "katanya" points back to the person last quoted, else the last person named.
        return previous or _last_person(names, span.paragraph)
    match = _BEFORE.search(span.before[-160:])
    if match:
        name = _person(match["name"])
        if name:
            return names.full(name)
    return None


def _person(chain: str) -> str | None:
    """The person's name at the end of "Menteri Luar Negeri Retno Marsudi", or None."""
    found = [m for m in mentions(chain, frozenset()) if m.kind == "person"]
    if not found:
        return None
    name = found[-1].name
    first = name.split()[0].casefold()
    if first in COMMON or first in TITLES:
        return None
    return name


def _last_person(names: ArticleNames, paragraph: int) -> str | None:
    for index in range(paragraph, max(-1, paragraph - 6), -1):
        for mention in reversed(names.paragraphs[index]):
            full = names.full(mention.name) if mention.kind == "person" else ""
            if " " in full:  # a lone capitalised word is as likely a place or a brand
                return full
    return None
