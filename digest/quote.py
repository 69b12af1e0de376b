"""Pick the most newsworthy direct quote of an article and the person who said it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from digest.model import ParsedArticle, Quote
from digest.name_words import TITLES, word_set
from digest.names import ArticleNames, article_names
from digest.speaker_names import named_as_person, person_in_chain
from digest.speakers import (
    SAYS_AFTER_NAME,
    Attribution,
    attribution,
    bracketed_holder,
    resolve_title,
    spelled_office,
    titled_holder,
    unnamed_description,
)

_MARK = re.compile("[“”«»„\"‘’']")
# Each opening mark and the marks that may close it: Kompas prints ”…” (U+201D both sides),
# German-style „…“ closes with “, and sloppy text mixes straight and curly marks.
_DOUBLE = {"“": '”“"', "”": '”"', "«": "»", "„": '“”"', '"': '"”'}
_SINGLE = {"‘": "’'", "'": "'’"}
_OPEN_AFTER = frozenset(' \t\n([{—–-/:;,.“”"‘«„')
_CLOSE_BEFORE = frozenset(" \t\n.,;:!?)]}—–-…“”\"’'»")
_DOUBLED = re.compile("''|‘‘|’’")
_BEST = 7  # the tier of a named one-paragraph statement
_MAX_CARRY = 5  # paragraphs a quote may run across

# Words that, right before a quote, make it a title, a term or a lyric rather than a statement.
_NOT_SAID_INTRO = word_set(
    """film lagu buku novel album single judul berjudul bertajuk tajuk program acara tema
    bertema tagar hashtag istilah julukan dijuluki frasa kata slogan semboyan moto motto jargon
    lirik liriknya menyanyikan bernyanyi dinyanyikan tulisan bertuliskan spanduk poster sinetron
    serial series titled entitled called dubbed named nicknamed term phrase word song lyrics
    sang sings sung chanted chanting book movie show slogan hashtag tagline brand merek
    bernama dinamai disebut sebutan gelar label kategori sebagai as menyebutnya"""
)
_SMALL_WORDS = word_set(
    "di dan of the for and a an to in on & ke dari yang with at by vs atau dan/atau or"
)
_SAID_NEXT = re.compile(
    r"(?:Hal\s+(?:itu|ini|tersebut)|Demikian|Begitu)\s+(?:di(?:katakan|sampaikan|ungkapkan"
    r"|jelaskan|tegaskan|utarakan|paparkan|ucapkan|terangkan|tuturkan|kemukakan)|kata|ujar)\b"
)
_SUNG = re.compile(r"\W*(?:di(?:nyanyikan|senandungkan|lantunkan)|sang|sung|chanted)\b")
_LAW_TITLE = re.compile(r"(?:Pasal|Ayat|Article|UU|Undang-Undang|Bab|Perpres|Permen|PP)\b")


@dataclass(slots=True)
class _Span:
    """One direct quote as found: its text and the narrative on either side of it."""

    pieces: list[str]
    paragraph: int  # where the quote opens
    opened_at: int
    before: str
    after: str = ""
    closed_in: int = -1  # the paragraph where the quote ends
    closed_at: int = -1
    single: bool = False
    piece_from: int = -1  # where the quote's text starts in the paragraph being read

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.pieces).split()).strip().rstrip(",").strip()


@dataclass(slots=True)
class QuoteScan:
    """Every quote of an article, and where quoted text sits in each paragraph."""

    spans: list[_Span] = field(default_factory=list)
    inside: list[list[tuple[int, int]]] = field(default_factory=list)


def key_quote(article: ParsedArticle) -> Quote | None:
    """Return the article's key quote with its speaker: early, attributed and a real statement."""
    scan = scan_quotes(article.body)
    if not scan.spans:
        return None
    names = article_names(article.headline, article.body)
    previous: tuple[str, int] | None = None  # the last speaker and the paragraph they spoke in
    tiers: dict[int, Quote] = {}
    for span in scan.spans:
        before, lead = span.before, article.body[span.paragraph][: span.opened_at - 1]
        if not before.strip() and span.paragraph and article.body[span.paragraph - 1][-1:] == ":":
            before = lead = article.body[span.paragraph - 1]  # "Budi mengatakan:" then the quote
        after = span.after
        if not after.strip() and span.closed_in + 1 < len(article.body):
            following = article.body[span.closed_in + 1]
            if _SAID_NEXT.match(following):
                after = following  # the quote ends its paragraph; "Hal itu disampaikan Budi …"
        said, title = attribution(before, after, names, lead)
        speaker = said.speaker
        if said.strength is Attribution.NAMED and speaker is None and title:
            # "the captain said": the captain named before the quote, its own paragraph's
            # words before it first, then the paragraphs above from the nearest (another
            # side's captain may be named after it)
            paragraphs = (
                (lead, *(article.body[span.paragraph - 1 :: -1] if span.paragraph else ()))
                if title.islower()
                else article.body
            )
            speaker = resolve_title(title, paragraphs, names)
            if (
                speaker is None
                and " " not in title
                and (office := spelled_office(title, article.body))
            ):
                # "ujar Kasatreskrim", a title kabar knows but the article never writes before
                # a name: the office it stands for, spelled out there ("Kepala Satuan …")
                speaker = resolve_title(office, article.body, names)
        elif said.strength is Attribution.PRONOUN and title and title in TITLES:
            # "kata pelatih asal Brasil itu": the holder of that title named up to the quote
            # (the nearest one: the paragraphs from the quote's back to the top)
            speaker = resolve_title(
                title, article.body[span.paragraph :: -1], names
            ) or _last_person(scan, span, names, previous, article.body)
        elif said.strength is Attribution.PRONOUN and not (
            title and unnamed_description(title, article.body)
        ):
            speaker = _last_person(scan, span, names, previous, article.body)
        if speaker and " " not in speaker:
            if office := spelled_office(speaker, article.body):
                # "kata Dirtipidsiber": an office's acronym; its holder, if the article names one
                speaker = resolve_title(office, article.body, names)
            elif holder := bracketed_holder(speaker, article.body, names):
                speaker = holder  # "Kepala Seksi Penerangan Hukum (Kasipenkum) …, Syahrul Ramadhan"
            elif holder := titled_holder(speaker, article.body, names):
                speaker = holder  # "Dirresnarkoba Polda Sulteng Kombes Pol. I Ketut Adnyana"
        if speaker:
            previous = (speaker, span.closed_in)
        text = span.text
        tier = _tier(span, text, said.strength, speaker)
        if tier and tier not in tiers:
            tiers[tier] = Quote(text, speaker)
            if tier == _BEST:
                break  # the first named one-paragraph statement: nothing later outranks it
    return tiers[max(tiers)] if tiers else None


def _tier(span: _Span, text: str, strength: Attribution, speaker: str | None) -> int:
    """Rank a quote: named with its speaker first, then with a speaker, attributed, any; 0: none.

    A quote that runs over several paragraphs ranks below a one-paragraph quote with a speaker:
    it is long on a card, and a shorter one of the same person usually follows.
    """
    words = text.split()
    if len(words) < 2 or not _is_statement(span, text, words):
        return 0
    one_paragraph = span.closed_in == span.paragraph
    if strength is Attribution.NAMED and speaker and one_paragraph:
        return (
            _BEST if len(words) >= 3 else 6
        )  # "“Kami siap,” kata Budi." beats a quote nobody said
    if len(words) < 4 and strength is not Attribution.NAMED:
        return 0  # scare quotes and titles ("kolektif Barat") are not statements
    if speaker:
        return 5 if one_paragraph else 4
    return 3 if strength is Attribution.NAMED else 2


def _is_statement(span: _Span, text: str, words: list[str]) -> bool:
    """A statement, not a title, term, lyric, hashtag or law article quoted by name."""
    if text.startswith(("#", "@")) or (
        "#" in text and 2 * sum(w[0] == "#" for w in words) >= len(words)
    ):
        return False  # a hashtag or a handle, not a sentence
    if _SUNG.match(span.after):
        return False  # "“Tanah airku tidak kulupakan” dinyanyikan bersama": a lyric
    if len(words) <= 8 and _LAW_TITLE.match(text):
        return False
    intro = span.before.rstrip(" ,:").rsplit(None, 1)[-1:]
    if intro and intro[0].casefold().lstrip("(") in _NOT_SAID_INTRO:
        return False  # lagu "…", film "…", bertajuk "…", a song called "…"
    content = [w for w in words if w.casefold() not in _SMALL_WORDS and w[:1].isalpha()]
    capitals = sum(w[0].isupper() for w in content)
    # A title ("Run for Children"), or a law's or a report's long one ("Penyerangan
    # Kehormatan atau Harkat dan Martabat Presiden dan/atau Wakil Presiden"), every word
    # capitalised and no sentence in it, is not something somebody said.
    return not (
        len(content) > 1
        and (
            (len(words) <= 8 and capitals == len(content))
            or (len(words) <= 25 and capitals >= 0.85 * len(content) and ". " not in text)
        )
    )


def scan_quotes(paragraphs: tuple[str, ...] | list[str]) -> QuoteScan:
    """Find the direct quotes in order, in every style, joining one that runs across paragraphs."""
    scan = QuoteScan()
    pending: _Span | None = None  # a double quote left open at the end of the previous paragraph
    closers = ""
    for index, paragraph in enumerate(paragraphs):
        inside: list[tuple[int, int]] = []
        scan.inside.append(inside)
        open_span: _Span | None = None
        inner = ""  # closers of a quote nested in the open one
        last_end = 0
        if "''" in paragraph or "‘‘" in paragraph or "’’" in paragraph:
            paragraph = _DOUBLED.sub(_one_mark, paragraph)
        marks = list(_MARK.finditer(paragraph))
        if pending is not None:
            if _continues(paragraph, marks, closers) and len(pending.pieces) < _MAX_CARRY:
                open_span, pending = pending, None
                lead = len(paragraph) - len(paragraph.lstrip())
                start = lead + 1 if paragraph[lead : lead + 1] in _DOUBLE else 0
                if start:
                    closers = _DOUBLE[paragraph[lead]] + closers
                open_span.pieces.append("")
                open_span.piece_from = start
                marks = [m for m in marks if m.start() >= start]
            else:
                _close(scan, pending, index - 1, len(paragraphs[index - 1]), "")
                pending = None
        for mark in marks:
            char, i = mark.group(), mark.start()
            prev = paragraph[i - 1] if i else " "
            nxt = paragraph[i + 1] if i + 1 < len(paragraph) else " "
            # `,"ungkap` is a closer glued to the next word, never an opener.
            can_open = not nxt.isspace() and (prev in _OPEN_AFTER or char in "“„«‘")
            can_open = can_open and not (prev in ",.!?" and nxt.islower())
            can_close = not prev.isspace() and (nxt in _CLOSE_BEFORE or nxt.isspace())
            if prev.isspace() and nxt.isspace() and char in _DOUBLE:
                can_open = can_close = True  # `kata dia, " Kami siap. "`: spaced on both sides
            if open_span is None:
                if char in _DOUBLE and can_open and not (prev.isalnum() and char in '"”'):
                    open_span = _Span([], index, i + 1, paragraph[last_end:i], piece_from=i + 1)
                    closers, inner = _DOUBLE[char], ""
                elif char in _SINGLE and can_open and not prev.isalnum():
                    open_span = _Span(
                        [], index, i + 1, paragraph[last_end:i], single=True, piece_from=i + 1
                    )
                    closers, inner = _SINGLE[char], ""
                continue
            if open_span.single:
                if char in closers and can_close and not nxt.isalnum():
                    last_end = _end(scan, open_span, paragraph, index, i, inside)
                    open_span = None
                elif char in _DOUBLE and can_open and not prev.isalnum():
                    # "radhiyallahu ‘anhu … bersabda, “…”": the single mark was no quote.
                    open_span = _Span([], index, i + 1, paragraph[last_end:i], piece_from=i + 1)
                    closers = _DOUBLE[char]
                continue
            if inner:
                if char in inner and (can_close or not can_open):
                    inner = ""
                elif char in closers and can_close:
                    inner = ""
                    last_end = _end(scan, open_span, paragraph, index, i, inside)
                    open_span = None
                continue
            if char in closers and (can_close or not can_open or prev.isalnum()):
                last_end = _end(scan, open_span, paragraph, index, i, inside)
                open_span = None
            elif char in _DOUBLE and can_open and not prev.isalnum():
                inner = _DOUBLE[char]
        if open_span is not None:
            start = open_span.piece_from
            inside.append((start, len(paragraph)))
            if open_span.single:
                continue  # an apostrophe, or a single quote left open: not carried on
            open_span.pieces.append(paragraph[start:])
            pending = open_span
    if pending is not None:
        last = len(paragraphs) - 1
        _close(scan, pending, last, len(paragraphs[last]), "")
    return scan


def _one_mark(match: re.Match[str]) -> str:
    """''Kami siap,'' (two apostrophes for one mark) read as one mark, keeping the offsets."""
    opens = match.end() < len(match.string) and not match.string[match.end()].isspace()
    mark = "“" if match[0] == "‘‘" else "”" if match[0] == "’’" else '"'
    return " " + mark if opens else mark + " "


def _continues(paragraph: str, marks: list[re.Match[str]], closers: str) -> bool:
    """A paragraph continues an open quote if it opens with a mark, or closes one before opening."""
    if paragraph.lstrip()[:1] in _DOUBLE:
        return True
    for mark in marks:
        char, i = mark.group(), mark.start()
        if char in "‘’'":
            continue
        nxt = paragraph[i + 1] if i + 1 < len(paragraph) else " "
        return char in closers and nxt in _CLOSE_BEFORE and not paragraph[i - 1].isspace()
    return False


def _end(
    scan: QuoteScan, span: _Span, paragraph: str, index: int, at: int, inside: list[tuple[int, int]]
) -> int:
    start = span.piece_from
    inside.append((start, at))
    if span.pieces:
        span.pieces[-1] = paragraph[start:at]
    else:
        span.pieces.append(paragraph[start:at])
    _close(scan, span, index, at, paragraph[at + 1 :])
    return at + 1


def _close(scan: QuoteScan, span: _Span, index: int, at: int, after: str) -> None:
    span.closed_in, span.closed_at = index, at
    cut = _MARK.search(after)
    while cut and not (cut.start() and after[cut.start() - 1].isspace()):
        cut = _MARK.search(after, cut.end())
    span.after = after[: cut.start()] if cut else after
    if span.text:
        scan.spans.append(span)


# "Sutrisno (58), petani …", "Hosnan, 46, mengaku …": the person's age after the name
_AGED = re.compile(r"\s*(?:\(\d{1,3}(?:\s*tahun)?\)|,\s*\d{1,3}\s*(?:tahun\s*)?,)")
# Someone the story leaves unnamed: "seorang pengepul yang enggan disebut namanya", "who
# declined to be named", "speaking on condition of anonymity". "Katanya" after them is theirs.
_UNNAMED = re.compile(
    r"(?:enggan|tak|tidak|ogah|menolak)\s+(?:mau\s+|ingin\s+)?(?:di)?(?:sebut|tulis)(?:kan)?\s+nama"
    r"|minta\s+namanya\s+(?:tidak|tak|jangan)|meminta\s+namanya\s+(?:tidak|tak|jangan)"
    r"|(?:declined|refused|asked|requested)\s+not\s+to\s+be\s+(?:named|identified)"
    r"|declined\s+to\s+be\s+(?:named|identified)|did\s+not\s+want\s+to\s+be\s+(?:named|identified)"
    r"|condition\s+of\s+anonymity|requested\s+anonymity|spoke\s+anonymously",
    re.IGNORECASE,
)
_UNNAMED_HINTS = ("nama", "named", "identified", "anonym")


def _heads_clause(paragraph: str, at: int) -> bool:
    """Tell whether the name at `at` opens its clause or ends a title ("Analis Mandiri
    Sekuritas Hadiansyah mengatakan"), not a noun's complement ("pengguna Youtube mengaku")."""
    before = paragraph[:at].rstrip()
    return not before or not before.split()[-1][:1].islower()


def _last_person(
    scan: QuoteScan,
    span: _Span,
    names: ArticleNames,
    previous: tuple[str, int] | None,
    paragraphs: tuple[str, ...],
) -> str | None:
    """Who "katanya" points back to: the person last named before the quote, or last quoted."""
    for index in range(span.paragraph, max(-1, span.paragraph - 6), -1):
        if previous and previous[1] >= index:
            return previous[0]
        inside = scan.inside[index]
        limit = span.opened_at if index == span.paragraph else 1 << 30
        paragraph = paragraphs[index]
        unnamed = -1
        if any(hint in paragraph for hint in _UNNAMED_HINTS):
            unnamed = max(
                (m.end() for m in _UNNAMED.finditer(paragraph, 0, min(limit, len(paragraph)))),
                default=-1,
            )
        found: list[str] = []
        for mention in reversed(names.paragraphs[index]):
            at = mention.position
            if (
                mention.kind != "person"
                or at >= limit
                or at < unnamed
                or any(a <= at < b for a, b in inside)
            ):
                continue
            if not named_as_person(paragraph, at, mention.name):
                continue
            person = person_in_chain(mention.name, names)
            says = SAYS_AFTER_NAME.match(paragraph, at + len(mention.name))
            aged = _AGED.match(paragraph, at + len(mention.name))  # "Sutrisno (58), petani …"
            if not person or (
                " " not in person and not ((says or aged) and _heads_clause(paragraph, at))
            ):
                continue  # a lone capitalised word is as likely a place, unless it speaks
            if says:
                return person  # "Wright menyebut …", "Hadiansyah mengatakan": the one speaking
            found.append(person)
        if found:
            return found[0]
        if unnamed >= 0:
            return None  # someone unnamed spoke last
    return previous[0] if previous else None
