"""Find the proper names in an article: people, places and organisations, in their fullest form."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from digest.name_context import leading_entities
from digest.name_words import (
    ACRONYMS,
    BALINESE,
    CLUB_LETTERS,
    CLUB_SUFFIXES,
    COMMON,
    CONNECTORS,
    FACILITY_HEADS,
    GROUP_GENITIVES,
    LEAGUE_WORDS,
    NAME_PREFIXES,
    NAME_WORDS,
    NAMED_FOR_OWNERS,
    NOBLE_OPENERS,
    NUMBERED_NAMES,
    OFFICE_HEADS,
    OFFICES_OF,
    ORG_WORDS,
    PORTFOLIO_WORDS,
    ROOT_WORDS,
    SHORTENED_NAMES,
    STRONG_PREFIXES,
    SURNAME_TITLES,
    TITLE_CASE_PREPOSITIONS,
    TITLE_RANKS,
    TITLES,
    UNDOTTED_DEGREES,
    UNIT_HEADS,
    VIET_FAMILY,
    WORK_TITLE_OPENERS,
    word_set,
)
from digest.places import DEMONYMS, GIVEN_TOO, known_place
from digest.places import PLACE_FIRST as _PLACE_FIRST
from digest.places import PLACES as _PLACES
from digest.places import REGION_FIRST as _REGION_FIRST
from digest.places import REGIONS as _REGIONS
from digest.places import place_name as place_name
from digest.places import region_name as region_name
from digest.spelled_out import SHORT_NAMES

_SPLIT_NAME = re.compile(r"[\s\-]+")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’]+\b")
# Latin letters beyond Latin-1: "Petrović", "Łukasz", "Nguyễn" (Extended-A and -B, and the
# Vietnamese letters of Extended Additional).
_EXTENDED = "\u0100-\u024f\u1e00-\u1eff"
# An apostrophe inside a word ("Ma'ruf", "Draper's"), never one closing a quote ("'Rumah
# Dinas Angker'").
_LETTERS = rf"A-Za-zÀ-ÖØ-öø-ÿ{_EXTENDED}0-9"
_WORD = (
    rf"[{_LETTERS}]*"
    # "O'Brien", "D'Angelo": a capital after the apostrophe only behind one or two letters;
    # "'GOWOK: KAMASUTRA JAWA'Takut …" is a quoted title glued to the next headline
    rf"(?:['’](?:[a-zß-öø-ÿ0-9]|(?:(?<=\b[A-Za-z]['’])|(?<=\b[A-Za-z]{{2}}['’]))[A-Z])[{_LETTERS}]*)*"
    r"(?:\.(?=[A-Za-z]\.))?"
)
# A father's initial glued to a name ("Ch.Batsaikhan", "B.Sinaga"); a degree's second part
# is shorter ("S.Farm", "M.Kes"), so it takes no name of five letters or more.
GLUED_INITIAL = (
    r"(?:[A-GI-QS-Z]|Ch|Sh|Ts|Kh|Zh|Ya|Yu)\.(?:[A-Z][a-z]{4,}|[A-Z][a-z]{2,}-[A-Z][a-z]+)"
)
# Words run together, a capital after three lower-case letters: "AgamaSumatera", "UnionSpace",
# a breadcrumb's "Wales NewsCrime"; no name ("McDonald", "MacKenzie", "DeSantis" are)
GLUED_WORDS = re.compile(r"[a-z]{3}[A-Z]")
# A run of lower-case words is one token: it can only end a name, so reading it word by word
# (most of any text) would be wasted work.
# "Covid-19", "G-20" and "MH-17" are one name: a hyphen followed by a digit joins.
_TOKEN = re.compile(
    rf"(?:{'|'.join(sorted(CONNECTORS))})\b"
    # an initial in a name ("K. Ilango Selvaraj", "Marcus T. Reyes"): the letter and its stop
    r"|[A-GI-QS-Z]\.(?=[ \t][A-Z][a-z])"  # not "H." (Haji) or "R." (Raden): titles
    # "Rahmawati Hi. Usman" (North Maluku): "Hi." (Haji) inside a name, before the father's
    r"|(?<=[a-z] )Hi\.(?=[ \t][A-Z][a-z])"
    # "Ch.Batsaikhan", "L.Oyun-Erdene": a Mongolian's father's initial glued to the name
    rf"|{GLUED_INITIAL}(?!\w)"
    rf"|[A-ZÀ-ÖØ-Þ{_EXTENDED}]{_WORD}(?:-[0-9]{_WORD})*"
    rf"|[a-zß-öø-ÿ]{_WORD}(?:[ \t]+[a-zß-öø-ÿ]{_WORD})*"
    r"|[.!?:;,“”\"()«»„\-–—/'‘’]"
)

# Nicknames the press uses as often as full names; mapping them to one name lets a
# subscription to "Joko Widodo" match a story that only says "Jokowi". Kept to figures
# whose nickname is unambiguous in Indonesian news; a wider list would mislabel namesakes.
ALIASES: dict[str, str] = {
    "Jokowi": "Joko Widodo",
    "SBY": "Susilo Bambang Yudhoyono",
    "Ahok": "Basuki Tjahaja Purnama",
    "BTP": "Basuki Tjahaja Purnama",
    "Prabowo": "Prabowo Subianto",
    "Gibran": "Gibran Rakabuming Raka",
    "Anies": "Anies Baswedan",
    "Megawati": "Megawati Soekarnoputri",
    "Ganjar": "Ganjar Pranowo",
    "Kaesang": "Kaesang Pangarep",
    "Gus Dur": "Abdurrahman Wahid",
    "JK": "Jusuf Kalla",
}
_ALIAS_FIRST = frozenset(alias.split()[0] for alias in ALIASES)
_FOLDED_ALIASES = {alias.casefold(): name for alias, name in ALIASES.items()}
_LOCATED = re.compile(
    r"\b(?:di|kawasan|wilayah|daerah|desa|kelurahan|kecamatan|kampung|dusun|gampong)\s+"
    r"([A-Z][a-z]{2,})\b(?![ \t]+[A-Z])"
)
# "Penyelenggaraan", "Kebudayaan", "Pembangunan": nouns derived from a verb, never a name.
_DERIVED_NOUN = re.compile(r"^(?:pe|ke)[a-z]{4,}an$")
_SENTENCE_BREAK = frozenset({".", "!", "?", ":", "“", '"', "«", "„", "(", ";"})


# 'Graciela "Chela" Montoya': a nickname in quotes inside a name, read as if it were not there
# (blanked to spaces of the same length, so every position in the paragraph holds).
_NICKNAME = re.compile(r"[“\"](?<=[a-z] [“\"])[A-Z][a-z]{1,15}[”\"](?= [A-Z][a-z])")


# Degrees after a name and its comma: "Wulan Sariningsih, S.Farm., mengatakan", "Budi
# Santoso, S.Pd., M.Si.", "Yudhistira Aji Permana, S.I.K., M.H." (blanked, as a nickname is)
_DEGREE = re.compile(r", ([A-Z][a-z]{0,2}\.(?:[A-Z][A-Za-z]{0,5}\.?)+)(?=[,;)]|\s+[a-z]|\s*$)")


def _without_degrees(paragraph: str) -> str:
    if ", " in paragraph:
        paragraph = _DEGREE.sub(_blank_degree, paragraph)
    if (" M" in paragraph or " S" in paragraph or " P" in paragraph) and _UNDOTTED_DEGREE.search(
        paragraph
    ):
        paragraph = _UNDOTTED_DEGREE.sub(_blank_after_word, paragraph)
    return paragraph


def _blank_after_word(match: re.Match[str]) -> str:
    """A degree's letters blanked when a word in lower case ends right before it."""
    at = match.start()
    return " " * len(match[0]) if at and match.string[at - 1].islower() else match[0]


# "Benhur Tumanggor MSi, mengatakan": a degree without its stops, after a name (a pattern that
# opens on its space, which the regex engine scans for fast)
_UNDOTTED_DEGREE = re.compile(
    rf" (?:{'|'.join(sorted(UNDOTTED_DEGREES))})\b(?=[,;.)]|\s+[a-z]|\s*$)"
)


def _blank_degree(match: re.Match[str]) -> str:
    return ", " + " " * len(match[1])


def _blank(match: re.Match[str]) -> str:
    return " " * len(match[0])


class Mention(NamedTuple):
    """One proper name in the text, classified, with where it starts (a named tuple: an
    article makes hundreds, and a frozen dataclass costs three times as much to build)."""

    name: str
    # "person", "place" (one kabar's gazetteers know), "area" (a village or district the text
    # names as one: "Kecamatan Kutalimbaru"), "org" or "facility" (a stadium, street, building);
    # "given" is a word a long chain's cut left before a person, maybe their given name, which
    # article_names settles and drops
    kind: str
    position: int


def alias_name(text: str) -> str | None:
    """Return the full name a nickname stands for ("jokowi" -> "Joko Widodo"), or None."""
    return _FOLDED_ALIASES.get(text.casefold())


def ascii_fold(text: str) -> str:
    """Strip accents so "Türkiye" and "Turkiye" compare equal."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def lowercase_words(texts: Iterable[str]) -> frozenset[str]:
    """Words that also occur in lower case, so a capitalised one is only a sentence opener."""
    return frozenset(_LOWER_WORD.findall("\n".join(texts)))


@dataclass(frozen=True, slots=True)
class ArticleNames:
    """Every name in one article, found once and shared by the quote finder and the tagger."""

    lowercase: frozenset[str]
    headline: tuple[Mention, ...]
    paragraphs: tuple[tuple[Mention, ...], ...]
    people: tuple[str, ...]  # multi-word person names, first seen first
    fullest: dict[str, str]  # each person mention -> its fullest form in the article
    # Last words of the areas and offices the article names ("Kutalimbaru" of "Polsek
    # Kutalimbaru"): alone after a title ("Kapolsek Kutalimbaru") they are that place.
    area_words: frozenset[str] = frozenset()
    # Bodies the article spells out before their acronym: "Kejaksaan Agung" -> "Kejagung".
    bodies: dict[str, str] = field(default_factory=dict)

    def full(self, name: str) -> str:
        """Return the fullest form of a person's name as the article spells it."""
        found = self.fullest.get(name)
        return found if found is not None else fullest_form(name, self.people)


@lru_cache(maxsize=16)
def article_names(headline: str, body: tuple[str, ...]) -> ArticleNames:
    """Find the names of one article (cached: quote and tag ask for the same article)."""
    lowercase = lowercase_words(body)
    located = _Located(body)
    seen: dict[tuple[str, ...], _Classified] = {}
    bodies: dict[str, str] = {}
    joined = "\n".join(body)
    species = may_name_species(joined)  # once for the whole story
    paragraphs = tuple(
        mentions(
            _NICKNAME.sub(_blank, p) if '"' in p or "“" in p else p,
            lowercase,
            located,
            seen,
            bodies,
            species,
        )
        for p in body
    )
    in_headline = tuple(
        m for m in mentions(headline, lowercase, located, seen) if m.kind != "given"
    )
    paragraphs, given = _given_names(paragraphs, joined)
    if bodies:
        spelled = (
            _spelled_bodies(p, found, bodies) for p, found in zip(body, paragraphs, strict=True)
        )
        paragraphs = _bodies_everywhere(tuple(spelled), bodies)
        in_headline = _spelled_bodies(headline, in_headline, bodies)
    paragraphs = _facilities_everywhere(paragraphs)
    paragraphs = _without_leading_entity(paragraphs, joined)
    people = tuple(
        dict.fromkeys(
            given.get(m.name, m.name)
            for found in paragraphs
            for m in found
            if m.kind == "person" and " " in m.name
        )
    )
    fullest: dict[str, str] = {}
    # A longer form of a name holds its first or last word: only those people are compared.
    holding: dict[str, list[int]] = {}
    for index, person in enumerate(people):
        for word in set(_name_words(person)):
            holding.setdefault(word, []).append(index)
    for found in (*paragraphs, in_headline):
        for m in found:
            if m.kind == "person" and m.name not in fullest:
                parts = _SPLIT_NAME.split(m.name.strip())
                indices = {*holding.get(parts[0], ()), *holding.get(parts[-1], ())}
                fullest[m.name] = fullest_form(m.name, [people[i] for i in sorted(indices)])
    if _sentence_case(headline):
        # "Sprinter Akeem Joseph strikes gold …" over a story that calls him "Joseph" only:
        # the headline names him in full (a headline in title case glues words to names)
        named = {word for person in people for word in person.split()}
        for m in in_headline:
            if (
                m.kind == "person"
                and 2 <= len(parts := m.name.split()) <= 3
                and fullest.get(parts[-1]) == parts[-1]
                and named.isdisjoint(parts)  # not "Anies Sandi", two people the story names
            ):
                fullest[parts[-1]] = m.name
    if _ALIAS_WORD.search(joined):
        fullest.update(_nicknames(joined, fullest))
    area_words = frozenset(
        m.name.split()[-1]
        for found in paragraphs
        for m in found
        if m.kind == "area" or (" " in m.name and m.name.split()[0].casefold() in OFFICE_HEADS)
    )
    return ArticleNames(lowercase, in_headline, paragraphs, people, fullest, area_words, bodies)


def _sentence_case(headline: str) -> bool:
    """A headline written as a sentence: most of its words after the first in lower case."""
    words = [w for w in headline.split()[1:] if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[:1].islower() for w in words) * 2 > len(words)


# "Supardi Wibowo atau akrab disapa Cak Pardi", "Ronald Aristone Sinaga, yang biasa dipanggil
# Bro Ron", "Thomas Bauer, better known as Tommy": a person and what people call them.
_NAME_RUN = r"[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,4}"
_ALIAS = re.compile(
    rf"(?P<full>{_NAME_RUN})[ \t]*,?[ \t]+(?:(?:atau|yang)[ \t]+(?:lebih[ \t]+)?"
    r"(?:(?:akrab|biasa|karib|kerap|sering)[ \t]+)?(?:disapa|dipanggil)"
    r"|(?:better[ \t]+|widely[ \t]+|popularly[ \t]+)?known[ \t]+as)"
    rf"[ \t]+(?P<nick>{_NAME_RUN})"
    # "Bro Ron atau yang memiliki nama lengkap Ronald Aristone Sinaga": the other way round
    rf"|(?P<nick2>{_NAME_RUN})[ \t]*,?[ \t]+(?:atau[ \t]+)?(?:yang[ \t]+)?"
    r"(?:memiliki[ \t]+|bernama[ \t]+)?"
    rf"nama[ \t]+lengkap(?:nya)?[ \t]+(?P<full2>{_NAME_RUN})"
)


_ALIAS_WORD = re.compile(r"disapa|dipanggil|known as|nama lengkap")


def _nicknames(text: str, fullest: dict[str, str]) -> dict[str, str]:
    """What the article calls a person it named in full, mapped to that full name."""
    found: dict[str, str] = {}
    # The pattern is tried only around the words that tell of a nickname: scanning a whole
    # article for a run of names before each of them would cost more than the names do.
    windows = [(max(0, hit.start() - 160), hit.end() + 100) for hit in _ALIAS_WORD.finditer(text)]
    matches = (match for start, end in windows for match in _ALIAS.finditer(text, start, end))
    for match in matches:
        words = (match["full"] or match["full2"]).split()
        nick = match["nick"] or match["nick2"]
        # "Ketua … Supardi Wibowo": the longest end of the run that names a person
        full = next(
            (
                fullest[" ".join(words[n:])]
                for n in range(len(words))
                if " ".join(words[n:]) in fullest
            ),
            None,
        )
        if full and nick in fullest and " " in full:
            found[nick] = full
            found.update({name: full for name, form in fullest.items() if form == nick})
    return found


def _without_leading_entity(
    paragraphs: tuple[tuple[Mention, ...], ...], text: str
) -> tuple[tuple[Mention, ...], ...]:
    """The article's people without an entity's word glued before their names
    (name_context.leading_entities)."""
    trimmed = leading_entities(
        (
            m.name
            for found in paragraphs
            for m in found
            if m.kind == "person"
            and not (m.name.startswith("I ") and _balinese([(w, 0) for w in m.name.split()[:2]]))
            and not (m.name.split()[0].casefold() in NOBLE_OPENERS and m.name.count(" ") >= 2)
        ),  # Bali's "I" of "I Made Budiarta Wijaya" is part of the name, and so is a noble
        # title ("Raja Muhammad Fadli Hamzah", though the story names "Raja Haji" airport too)
        text,
        lambda folded: _DERIVED_NOUN.match(folded) is not None,
    )
    if all(name == kept for name, kept in trimmed.items()):
        return paragraphs
    return tuple(
        tuple(
            Mention(kept, m.kind, m.position + len(m.name) - len(kept))
            if m.kind == "person" and (kept := trimmed.get(m.name, m.name)) != m.name
            else m
            for m in found
        )
        for found in paragraphs
    )


def _given_names(
    paragraphs: tuple[tuple[Mention, ...], ...], text: str
) -> tuple[tuple[tuple[Mention, ...], ...], dict[str, str]]:
    """The mentions without the given names a long chain cut off, and each person whose
    given name the article quotes alone ("kata Bambang") with that name put back: "Wahyu
    Santoso" -> "Bambang Wahyu Santoso"."""
    if not any(m.kind == "given" for found in paragraphs for m in found):
        return paragraphs, {}
    cut = [
        (m.name, found[n + 1].name)
        for found in paragraphs
        for n, m in enumerate(found)
        if m.kind == "given" and n + 1 < len(found) and found[n + 1].kind == "person"
    ]
    # Not when the article already gives someone a full name opening with that word ("Dedi
    # Mulyadi" and "YouTube Kang Dedi Mulyadi Channel").
    named = {
        m.name.split()[0]
        for found in paragraphs
        for m in found
        if m.kind == "person" and " " in m.name
    }
    whole = {
        person: f"{name} {person}"
        for name, person in cut
        if name not in named
        and not place_name(name)
        and not region_name(name)
        and _quoted_alone(name, text)
    }
    kept = tuple(tuple(m for m in found if m.kind != "given") for found in paragraphs)
    return kept, whole


def _quoted_alone(name: str, text: str) -> bool:
    """Whether the article gives someone's words by this one name alone ("kata Bambang",
    "Bambang mengatakan")."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        before = text[max(0, at - 12) : at].split()
        after = text[end : end + 16].split()
        if not text[end : end + 1].isalnum() and (
            (before and before[-1] in _SAYS and not (after and after[0][:1].isupper()))
            or (after and after[0].rstrip(",") in _SAYING)
        ):
            return True
        at = text.find(name, end)
    return False


_SAYS = word_set("kata ujar ucap tutur jelas tambah imbuh tegas terang ungkap menurut said says")
_SAYING = word_set(
    "mengatakan menjelaskan menambahkan menegaskan mengungkapkan menyebut said says told"
)


def _spelled_bodies(
    text: str, found: tuple[Mention, ...], bodies: dict[str, str]
) -> tuple[Mention, ...]:
    """The text's mentions with each body the article spells out, wherever it stands in a
    longer run of capitals ("Bank Indonesia Pangkas Suku Bunga"), as its acronym."""
    spans: list[tuple[int, int, str]] = []
    for body, acronym in bodies.items():
        at = text.find(body)
        while at >= 0:
            spans.append((at, at + len(body), acronym))
            at = text.find(body, at + len(body))
    if not spans:
        return found
    kept = [
        m
        for m in found
        if not any(
            start <= m.position and m.position + len(m.name) <= end for start, end, _ in spans
        )
    ]
    kept += [Mention(acronym, "org", start) for start, _, acronym in spans]
    return tuple(sorted(kept, key=lambda m: m.position))


def _bodies_everywhere(
    paragraphs: tuple[tuple[Mention, ...], ...], bodies: dict[str, str]
) -> tuple[tuple[Mention, ...], ...]:
    """A body the article spells out before its acronym ("Mahkamah Konstitusi (MK)") is that
    acronym wherever it is named by its first words ("menurut Mahkamah"), not a person."""
    heads: dict[str, str] = {}
    for body, acronym in bodies.items():
        words = body.split()
        for width in range(1, len(words)):
            heads.setdefault(" ".join(words[:width]), acronym)
    return tuple(
        tuple(
            Mention(short, "org", m.position)
            if m.kind == "person" and (short := heads.get(m.name))
            else m
            for m in found
        )
        for found in paragraphs
    )


def _facilities_everywhere(
    paragraphs: tuple[tuple[Mention, ...], ...],
) -> tuple[tuple[Mention, ...], ...]:
    """A name the article once gives a building ("Stadion Gelora Bung Karno") names that
    building wherever it stands alone ("di Gelora Bung Karno"), not a person."""
    built = {
        " ".join(m.name.split()[1:]): m.name
        for found in paragraphs
        for m in found
        if m.kind == "facility"
    }
    if not built:
        return paragraphs

    def building(name: str) -> str | None:
        return next(
            (full for b, full in built.items() if b == name or b.endswith(" " + name)), None
        )

    return tuple(
        tuple(
            Mention(full, "facility", m.position)
            if m.kind not in ("place", "org") and (full := building(m.name))
            else m
            for m in found
        )
        for found in paragraphs
    )


class _Located(Container[str]):
    """The words an article places something in, read only if a name needs them (few do);
    and, the same way, the short names it gives bodies (`short_names`)."""

    def __init__(self, body: tuple[str, ...]) -> None:
        self.body = body
        self.words: frozenset[str] | None = None
        self._short: frozenset[str] | None = None
        self._acronyms: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self.words is None:
            self.words = located_words(self.body)
        return word in self.words

    @property
    def body_acronyms(self) -> frozenset[str]:
        if self._acronyms is None:
            self._acronyms = _body_acronyms(self.body)
        return self._acronyms

    @property
    def short_names(self) -> frozenset[str]:
        if self._short is None:
            self._short = defined_short_names(self.body)
        return self._short


def _defined_here(acronym: str, located: Container[str]) -> bool:
    """Whether the article spells out an acronym kabar does not know as a body's name
    ("Lembaga Penjamin Simpanan (LPS)"): the acronym is then that body wherever it stands."""
    return isinstance(located, _Located) and acronym in located.body_acronyms


# "(LPS)": an acronym in brackets, after what it abbreviates; two letters ("SD", "BP") are too
# many things to be one body
_BRACKETED_ACRONYM = re.compile(r"\(([A-Z]{3,6})\)")
_SPELLED_JOINS = frozenset({"dan", "and", "of", "the", "untuk", "for"})


def _body_acronyms(texts: Iterable[str]) -> frozenset[str]:
    """Acronyms the article spells out as a body's name: the capitalised words before the
    brackets they abbreviate open on a body's head ("Lembaga", "Badan", "Pusat") or end on
    one ("Institute"). Not a tax's or a document's ("Pajak Pertambahan Nilai (PPN)")."""
    found = set()
    for acronym, before in _before_brackets(texts, _BRACKETED_ACRONYM):
        if acronym in ACRONYMS or acronym in found:
            continue
        words: list[str] = []
        for raw in reversed(before.split()):
            word = raw.lstrip("\"“‘'(")
            if not (word[:1].isupper() or (words and word in _SPELLED_JOINS)) or len(words) == 8:
                break
            words.insert(0, word)
            if word != raw:
                break  # '"Badan Pengelola …': the name opens with the quote
        while words and words[0] in _SPELLED_JOINS:
            words.pop(0)
        for start in range(len(words) - 1):
            if abbreviates(acronym, words[start:]):
                # "Stasiun Pengawasan Sumber Daya Kelautan dan Perikanan (PSDKP)": the head
                # may stand just before the words the acronym takes its letters from
                heads = {w.casefold() for w in words[max(0, start - 1) : start + 1]}
                if (
                    not heads.isdisjoint(_NAMED_BODY_HEADS)
                    or not heads.isdisjoint(_MORE_BODY_HEADS)
                    or words[-1].casefold() in _ORG_TAILS
                ):
                    found.add(acronym)
                break
    return frozenset(found)


def _before_brackets(texts: Iterable[str], pattern: re.Pattern[str]) -> Iterator[tuple[str, str]]:
    """Each short name the pattern finds in brackets, and the text just before it."""
    for text in texts:
        if "(" in text:
            for match in pattern.finditer(text):
                yield match[1], text[max(0, match.start() - 120) : match.start()]


_MORE_BODY_HEADS = word_set(
    "otorita otoritas perhimpunan kedutaan konsulat fakultas departemen jurusan"
)


# "Gabungan Industri Kendaraan Bermotor Indonesia (Gaikindo)": a body's short name, in
# brackets after its capitalised full name.
_BRACKETED = re.compile(r"\(([A-Z][A-Za-z\-]{1,11})\)")
_FULL_NAME_JOINS = frozenset({"dan", "and", "of", "&", "the"})


def defined_short_names(texts: Iterable[str]) -> frozenset[str]:
    """Short names the article gives bodies, whether or not kabar knows them: in "Ketua Umum
    Gaikindo Rudy Santoso" the person is "Rudy Santoso"."""
    found = set()
    for short, before in _before_brackets(texts, _BRACKETED):
        capitalised = 0
        for word in reversed(before.split()):
            if word[:1].isupper() and word[-1:].isalnum():
                capitalised += 1
                if word[:1] == short[:1] and capitalised >= 2:
                    found.add(short.casefold())
                    break
            elif word not in _FULL_NAME_JOINS:
                break
    return frozenset(found)


def located_words(texts: Iterable[str]) -> frozenset[str]:
    """Capitalised words the article places something in ("di Kaligawe", "kawasan Kaligawe"):
    a place, even one no gazetteer knows."""
    return frozenset(w.casefold() for w in _LOCATED.findall("\n".join(texts)))


# A chain's names as (name, kind, index of the chain word it starts at): what _classify
# makes of a chain depends on its words and the article, not where the chain stands.
_Classified = tuple[tuple[str, str, int], ...]


def mentions(
    text: str,
    lowercase: frozenset[str],
    located: Container[str] = frozenset(),
    seen: dict[tuple[str, ...], _Classified] | None = None,
    bodies: dict[str, str] | None = None,
    species: bool | None = None,
) -> tuple[Mention, ...]:
    """Split text into the names it mentions, dropping titles, openers and common words.

    `seen` keeps what the article's chains were found to name, for the paragraphs after:
    an article names the same people and places again and again. `bodies` gathers the
    bodies the text spells out before their acronym ("Bank Indonesia" -> "BI")."""
    text = _without_degrees(text)
    found: list[Mention] = []
    if seen is None:
        seen = {}
    # The chain of capitalised words being read: its words, and where each starts.
    words: list[str] = []
    starts: list[int] = []
    bracketed: set[int] = set()  # where an acronym stands in brackets after its body
    # a species' name may be in the text ("Homo floresiensis"): most texts name none
    if species is None:
        species = may_name_species(text)

    def classify() -> None:
        last = words[-1]
        if last in NUMBERED_NAMES and (number := _NAME_NUMBER.match(text, starts[-1] + len(last))):
            words[-1] = last = last + number.group()  # "Liga 4", "Formula 1": the number is
            # the name's, and what follows it another name ("Liga 4 Zona Sumut")
        if species and len(words) == 1 and _epithet_after(text, starts[0] + len(last)):
            words.clear()  # "Homo erectus", "Dendrobium arfakense": a genus, no name to follow
            starts.clear()
            return
        if last[-2:] in _POSSESSIVE_ENDS and len(last) > 3 and _owner(last):
            words[-1] = last = last[:-2]  # "Jack Draper's bid": Jack Draper
        # "Minister for the Environment Grace Fu": the portfolio after "the" too; not a body
        # ("head of the Climate Change Committee, Emma Pinchbeck": the committee is one name)
        lead = (
            starts[0] - 4
            if text.endswith("the ", 0, starts[0])
            and not any(word.casefold() in ORG_WORDS for word in words)
            else starts[0]
        )
        if (
            text[max(0, lead - 4) : lead].endswith(("for ", "of "))
            and _OFFICE_FOR.search(text, max(0, lead - 40), lead)
        ) or (
            # "Minister for Home Affairs, Climate Change and Environment": the list goes on
            text.endswith((", ", " and "), 0, lead)
            and text.find("for ", max(0, lead - 100), lead) >= 0
            and _OFFICE_LIST.search(text, max(0, lead - 100), lead)
        ):
            # "Secretary for Trade Policy", "Minister for Foreign Affairs Penny Wong", "Minister
            # of Finance Development Mohamed Ali Warsame": the portfolio's words open the chain,
            # and only a name after them is a name
            while words and words[0].casefold() in PORTFOLIO_WORDS:
                words.pop(0)
                starts.pop(0)
            if not words:
                return
        if "of" in words and (cut := _after_office_of(words)):
            # "Minister of Finance Sri Mulyani", "Commissioner of Police Anselm Prevost": the
            # office and its portfolio, then the name
            del words[:cut], starts[:cut]
            if not words:
                return
        key = tuple(words)
        known = seen.get(key)
        if text.startswith(("(", " ("), starts[-1] + len(last)) and (
            spelled := _spelled_out(words, starts, text, located)
        ):
            # "Bank Indonesia (BI)": the chain names the body of the acronym, here and after;
            # the acronym in brackets is the same mention.
            first, acronym, bracket = spelled
            if first < 0:
                # The sentence opened on the body's first word, read as a common word ("Bank")
                key, first = tuple(words), 0
            known = seen[key] = (*_simple(_headless(words[:first])), (acronym, "org", first))
            bracketed.add(bracket)
            if bodies is not None:
                bodies[" ".join(words[first:])] = acronym
        if known is None and 3 <= len(words) <= 5 and _apposed_name(text, starts, words, lowercase):
            # "Salah satu warga, Marthen Umbu Djawa Hina, mengatakan": a run of name words set
            # off by commas after the role is the person's whole name, not a body and a name
            known = seen[key] = ((" ".join(words), "person", 0),)
        if (
            known is None
            and len(words) == 1
            and words[0].isupper()
            and words[0] not in ACRONYMS
            and _defined_here(words[0], located)
        ):
            known = seen[key] = ((words[0], "org", 0),)  # "LPS", spelled out above
        if known is None and len(words) == 1:
            # A name of one word reads the same in any article that writes it in lower case
            # or not: most are read once for every article ("Jakarta", "Polri", "Namun").
            one = (words[0], words[0].casefold() in lowercase)
            known = _ONE_WORD.get(one)
            if known is None:
                if len(_ONE_WORD) > 50_000:
                    _ONE_WORD.clear()
                known = _ONE_WORD[one] = tuple(_classify([(words[0], 0)], lowercase, located))
            seen[key] = known
        if known is None:
            # "India's Rohan Malhotra": the owner and the person are two names
            cut = 0
            for n in range(len(words) - 1):
                if words[n][-2:] in _POSSESSIVE_ENDS and _owner(words[n]):
                    # "Cox's Bazar" is one place, "Attorney General's Office" one body,
                    # "Queen's Park" and "King's College" one ground and one school
                    whole = (
                        known_place(" ".join(words[n : n + 2]))
                        or _spelled_across(words, n)
                        or named_for(words, n)
                    )
                    cut = 0 if whole else n + 1
                    break
            # Each word's position in the chain stands for where it starts in the text.
            chain = [(word, index) for index, word in enumerate(words)]
            if cut:
                chain[cut - 1] = (words[cut - 1][:-2], cut - 1)  # "India's": India
            found_names = (
                _classify(chain[:cut], lowercase, located)
                + _classify(chain[cut:], lowercase, located)
                if cut
                else _classify(chain, lowercase, located)
            )
            known = seen[key] = tuple(found_names)
            for name, kind, _ in known:
                if kind == "org" and name.split()[0].casefold() in _UTILITY_HEADS:
                    # "Tirta Kepri" after "Perumda Air Minum Tirta Kepri": its short name
                    own = name.split()[1:]
                    while own and common_noun(own[0]):
                        own.pop(0)
                    if len(own) > 1:
                        seen.setdefault(tuple(own), ((name, "org", 0),))
        found.extend([Mention(name, kind, starts[index]) for name, kind, index in known])
        words.clear()
        starts.clear()

    sentence_start = True
    joined = 0  # where a syllable joined to the name before it ends ("Lee Jae-myung")
    for match in _TOKEN.finditer(text):
        token = match.group()
        if joined:
            if match.start() < joined:
                if match.end() > joined and words:
                    classify()  # "myung said …": lower-case words after the name end it
                continue
            joined = 0
        head = token[0]
        if head.islower():
            if not words:
                sentence_start = False  # lower-case words between names: the common case
                continue
            if token in _AND and (
                _joins_office(words[-1], text, match.end())
                or _joins_spelled(words, text, match.end(), located)
                or _joins_fields(words, text, match.end())
                or _joins_place(words[-1], token, text, match.end())
            ):
                # "Menteri Pendidikan Dasar dan Menengah Abdul Mu'ti": one office; "Fakultas
                # Matematika dan Ilmu Pengetahuan Alam (FMIPA)": one body, its acronym says
                words.append(token)
                starts.append(match.start())
                continue
            if (
                token == "for"
                and words[-1].casefold() in _FOR_BODIES
                and _NEXT_WORD.match(text, match.end()) is not None
                and text[match.end() + 1 : match.end() + 2].isupper()
            ):
                # "ASEAN Coordinating Centre for Humanitarian Assistance": one body
                words.append(token)
                starts.append(match.start())
                continue
            if (
                token in ("dr", "drg")
                and words[0].casefold() in FACILITY_HEADS
                and text[match.end() : match.end() + 2] == ". "
            ):
                # "RSUD dr. Soedarso": the doctor a hospital is named for, title and all
                words.append(f"{token}.")
                starts.append(match.start())
                joined = match.end() + 1
                continue
            if token not in CONNECTORS:  # "bin", "van" go on as a name's words
                classify()  # lower-case words end a name
                sentence_start = False
                continue
        elif not head.isupper():  # punctuation (or a letter of no case)
            if (
                token == "."
                and words
                and (words[-1] in _DOTTED_TITLES or words[-1] in _DOTTED_NAMES)
                and text[match.end() : match.end() + 1] == " "
                and text[match.end() + 1 : match.end() + 2].isupper()
            ):
                # "RSUD Dr. Moewardi", "Prof. Dr. Budi": a title's stop; "Moh. Syaiful Anam
                # Wijaya": a given name cut short, its stop kept
                if words[-1] in _DOTTED_NAMES:
                    words[-1] += "."
                continue
            if (
                token == "."
                and words
                and len(words[-1]) == 1
                and words[-1].isupper()
                and (
                    # a given name before it ("Arry H. Reksodiputro"), not a place, an office
                    # before a title ("Ketua PBSI Kalsel H. Acep", Haji) or a word ("Group B.")
                    (
                        len(words) > 1
                        and words[-2][1:].islower()
                        and not known_place(words[-2])
                        and words[-2].casefold() not in _NOT_GIVEN_BEFORE_INITIAL
                    )
                    # or only initials before it and another initial or the name after it
                    # ("R.K. Tamang"; not Haji's "H. Rizal Effendi", a title and a name)
                    or (len(words) > 1 and all(len(w) == 2 and w[1] == "." for w in words[:-1]))
                    or (len(words) == 1 and _INITIAL_NEXT.match(text, match.end()) is not None)
                    # the person a building is named for: "RSUD H. Damanhuri"
                    or words[0].casefold() in FACILITY_HEADS
                )
                and (after := _NEXT_WORD.match(text, match.end())) is not None
                and after[1][:1].isupper()
                and (after[1][1:].islower() or len(after[1]) == 1)
                and after[1].casefold() not in _OPENS_A_SENTENCE
            ):
                # "Judge Helen R. Ashworth": a middle initial and its stop, inside the name
                words[-1] += "."
                continue
            if token == "," and words and (body := _listed_body(words, starts, text)):
                # "Dinas Pariwisata, Kebudayaan, Kepemudaan dan Olahraga Kuansing", "Ministry
                # of Environment, Forestry and Tourism": one body, its fields listed
                opens, end = body
                begin = starts[opens]
                del words[opens:], starts[opens:]
                if words:
                    classify()  # "Germany's Federal Ministry of Research, …": Germany first
                found.append(Mention(text[begin:end], "org", begin))
                joined = end
                continue
            if (
                token == "/"
                and len(words) > 1  # "Desa/Kecamatan Melaya": a village and its district
                and words[-1].casefold() in UNIT_HEADS
                and (unit := _UNIT_AFTER_SLASH.match(text, match.end()))
                and unit[1].casefold() in UNIT_HEADS
            ):
                # "Koperasi Desa/Kelurahan Merah Putih": the two units a name is for are one
                # word of it, no village called "Merah Putih"
                words[-1] += f"/{unit[1]}"
                joined = unit.end()
                continue
            if words:
                classify()
            if token in _TITLE_OPENERS and (title := _QUOTED_TITLE.match(text, match.end())):
                # film "Perempuan di Ujung Dermaga", lagu "Pulang ke Selatan": a work's title
                # is one name, not "Ujung Dermaga" and "Selatan"
                found.append(Mention(title[1], "org", title.start(1)))
                joined = title.end()
                sentence_start = False
                continue
            sentence_start = token in _SENTENCE_BREAK or (
                sentence_start and not head.isalpha() and token != ","
            )
            continue
        elif token in _CURRENCY_COUNTRIES and _names_a_currency(text, match.start(), match.end()):
            if words:
                classify()
            continue  # "Rp 16.800 per dolar AS", "US$ 405 juta": money, not the country
        elif sentence_start and not words:
            folded = token.casefold()
            if (
                (folded in COMMON and not name_here(folded, lowercase))
                or folded in lowercase
                # "Disutradarai Arief Setiadi, film ini …", "Didampingi Bupati …": a passive
                # verb opening the sentence before the name
                or _passive_verb(folded)
                # "Data Dinas Kesehatan menunjukkan …": a noun opening the sentence before an
                # office's name is the office's, no word of its name
                or (
                    text[match.end() + 1 : match.end() + 2].isupper()
                    and folded in ROOT_WORDS
                    and folded not in NAME_WORDS
                    and folded not in TITLES  # "Kepala Dinas …": its head, read as before
                    and (after := _NEXT_WORD.match(text, match.end())) is not None
                    and after[1].casefold() in GOVERNMENT_HEADS
                )
            ):
                # "Namun", "Para": a sentence's opener
                sentence_start = False
                continue
        # A word of a name: capitalised, or a connector inside one.
        if text.startswith("-", match.end()):
            if words and (syllable := _SYLLABLE.match(text, match.end())):
                if _given_syllable(token, syllable[1]):
                    token += syllable.group()  # "Jae-myung", "Ing-wen": one given name
                    joined = syllable.end()
            elif (
                (compound := _COMPOUND.match(text, match.end()))
                and text[match.start() - 1 : match.start()] != "-"  # "Tjoe-A-On": a tail
                and (
                    _one_name(token, compound.group(), lowercase)
                    # "Émilie Rousseau-Garnier,": a double surname that closes a full name
                    or (
                        bool(words)
                        and compound.group().count("-") == 1
                        and not _NEXT_WORD.match(text, compound.end())
                        and _surname_pair(token, compound.group()[1:])
                    )
                )
            ):
                token += compound.group()  # "Sea-Watch", "Anti-Money": one name, not two
                joined = compound.end()
        if (
            words
            and match.start() - starts[-1] - len(words[-1]) > 1
            and (gap := text[starts[-1] + len(words[-1]) : match.start()])
            and any(c.isdigit() for c in gap)
            and (words[-1].isupper() or _YEAR_BETWEEN.fullmatch(gap) or words[-1] in NUMBERED_NAMES)
        ):
            # "SMPN 1 Sleman", "KM 102 Subang": a school's number, not a club; "Idulfitri 1447
            # Hijriah": a year between two words, which no name holds
            classify()
        words.append(token)
        starts.append(match.start())
        sentence_start = False
    if words:
        classify()
    if bracketed:
        return tuple(m for m in found if m.position not in bracketed)
    return tuple(found)


_YEAR_BETWEEN = re.compile(r"\s+\d{4}\s+")
_AND = frozenset({"dan", "and"})
# A work's title in quotes, two words or more in title case with the small words of a title
# between ("Rumah Dinas Angker", "Perempuan di Ujung Dermaga", "The Lord of the Rings").
_TITLE_OPENERS = frozenset({"“", '"'})
_TITLE_WORD = r"(?:[A-Z][\w'’\-]*|\d+)"
_TITLE_SMALL = (
    r"(?:di|ke|dari|yang|dan|untuk|dalam|si|sang|pada|atas|tanpa|bagi|oleh|dengan|antara"
    r"|of|the|and|in|to|a|for|on|at)"
)
_QUOTED_TITLE = re.compile(
    rf"({_TITLE_WORD}(?:(?:\s+{_TITLE_SMALL})*\s+{_TITLE_WORD})+)[”\"](?![\w'’])"
)
# Titles written with a stop inside a name: "RSUD Dr. Moewardi", "Prof. Dr. Ir. Budi Santoso".
# Given names written short with a stop: "Moh. Syaiful", "Muh. Arif", "Abd. Rahman".
_DOTTED_NAMES = frozenset(
    {name.capitalize() for name in SHORTENED_NAMES} | {"Dg", "St", "Ste", "Mt", "Ft"}
)
_INITIAL_NEXT = re.compile(r"\s?[A-Z]\.")
# Words a capital letter names a kind of ("Group B", "Plan B", "Vitamin C"), not a name's
_LETTERED = word_set("group grup plan vitamin class kelas level type tipe grade phase stage pool")
# Words before a capital letter and its stop that are no given name (built once: the
# dictionary's roots are many)
_NOT_GIVEN_BEFORE_INITIAL = TITLES | ORG_WORDS | COMMON | ROOT_WORDS | _LETTERED
# Words a sentence opens with after a stop, never a surname after an initial ("… Plan B. The")
_OPENS_A_SENTENCE = word_set(
    "the he she it they we i a an this that these those but and in on at his her their its "
    "there when after as if for so"
)
_DOTTED_TITLES = frozenset(
    {"Dr", "Prof", "Ir", "Drs", "Dra", "Hj", "KH", "Kol", "Pol", "Pdt", "Mgr"}
)
# What a chain of one word names, by the word and whether the article writes it in lower
# case: nothing else of the article tells (mentions)
_ONE_WORD: dict[tuple[str, bool], _Classified] = {}
# Indonesian function words that are also English names ("Dan Smith", "Yang Dong-hoon",
# "Di Maria"): names in a story that never writes the word in lower case, as no Indonesian
# story does not.
_NAMES_TOO = frozenset({"dan", "di", "yang", "ada"})


def name_here(folded: str, lowercase: frozenset[str]) -> bool:
    """Whether a word of _NAMES_TOO is a name's in this story."""
    return folded in _NAMES_TOO and folded not in lowercase


# What stands before an English title in a chain: "Deputy Director-General", "Senior Counsel".
_RANKS = TITLE_RANKS | word_set("assistant senior associate principal")
# Common words people also carry inside their names: months ("Tjhang Mei Lan", "Juni
# Hartono") and Flores' "Dua" ("Maria Yasinta Dua Lering")
_WORDS_IN_NAMES = word_set("mei juni april dua")

# The second syllable of a Korean or Taiwanese given name, after a hyphen ("Jae-myung").
_SYLLABLE = re.compile(r"-([a-z]{1,5})\b(?![\-'’])")
# What a hyphen glues to a name that is no syllable of it: clitics ("West-lah"), words typed
# without their space ("Potter-juga"), the ends of compounds ("Start-up").
_NO_SYLLABLE = word_set(
    "lah kah nya pun tah an i kan ku mu yang juga dan di ke dari sejak itu ini saja akan oleh "
    "ada para pada atau untuk bagi usai serta kini lalu tak bisa up off out style based"
)

# Adjectives of continents that close a chain as a demonym does ("World Cup Asian qualifier").
_CONTINENTAL = frozenset({"Asian", "European", "African", "Indigenous", "Aboriginal"})
# What an event is called after the acronym of its organiser or region ("SEA Games").
_EVENT_TAILS = word_set("games cup open championship championships summit awards")
# English titles whose portfolio is written before them ("Home Affairs Minister").
_PORTFOLIO_TITLES = word_set("minister secretary")


# What English writes after a place's name to say what it is ("Rakhine State").
def _given_before_surname(chain: list[tuple[str, int]], folded: list[str], i: int) -> bool:
    """Tell whether a city's name opens a person's: one to three capitalised words close the
    chain after it, none of them a place, body, title, club or built place."""
    if folded[i] not in GIVEN_TOO or not 1 <= len(chain) - i - 1 <= 3:
        return False
    return all(
        chain[n][0].istitle()
        and after not in _PLACES
        and after not in _REGIONS
        and after not in ORG_WORDS
        and after not in TITLES
        and after not in COMMON
        and after not in CLUB_SUFFIXES
        and after not in _PLACE_KINDS
        and after not in FACILITY_HEADS
        and after not in _ORG_TAILS
        for n, after in enumerate(folded[i + 1 :], i + 1)
    )


_PLACE_KINDS = word_set("state province region regency district county prefecture")
# The last word of a company's name after its owner's letters ("LG Energy Solution").
_COMPANY_TAILS = word_set(
    "solution solutions group holdings electronics chem chemical display motors corp "
    "corporation capital securities telecom"
)


def _company_end(chain: list[tuple[str, int]], folded_chain: list[str], i: int) -> int:
    """Where a company's name that opens on letters at i ends: one to three capitalised
    words ending on a company's word; 0 if none does."""
    for end in range(i + 2, min(i + 5, len(chain)) + 1):
        if folded_chain[end - 1] in _COMPANY_TAILS and all(
            t[:1].isupper() and not t.isupper() for t, _ in chain[i + 1 : end]
        ):
            return end
    return 0


# What opens a university's name, which may end on its city ("Institut Teknologi Bandung").
_CAMPUS_HEADS = word_set("institut universitas politeknik university institute")
# What opens a programme's name, which names its region before a plain word ("Kartu Jakarta
# Pintar", "Gerakan Kaltara Hijau").
_PROGRAMME_HEADS = word_set("beasiswa kartu program gerakan lomba")
# What closes the name of an event called after its city ("Jogja Swara Fest").
_FESTIVAL_ENDS = word_set(
    "fest festival expo fair marathon run week carnival karnaval challenge cup championship "
    "championships masters open classic prix rally"
)
# The last word of an English body's name ("… Industry Association", "… Research Council").
_ORG_TAILS = word_set(
    "association council ministry agency university commission committee federation "
    "foundation institute authority union organization organisation department board "
    "corporation administration alliance society club community programme"
)
# The last word of an English body whose name may open on a place's or a person's.
_BODY_ENDS = _ORG_TAILS | word_set(
    "office court police airlines airways centre center academy bureau tribunal command "
    "co corp inc ltd llc plc bhd pte"  # "Hsin Fu International Manpower Co": a company
    # a place's facility: "Taipei Main Station", "Jakarta International Airport"
    " station airport terminal stadium harbour harbor seaport museum"
    # a campaign's: "Caithness Health Action Team", "Save Our Shores Coalition"
    " team coalition taskforce"
)
# The last word of a law's or a pact's English name ("AI Act", "Paris Agreement"); not "Law"
# or "Bill", which end people's names too ("Nathan Law").
_LAW_TAILS = word_set(
    "act treaty accord agreement pact convention protocol charter directive ordinance amendment"
)
# Their first word in Indonesian ("Konvensi Wina", "Protokol Kyoto", "Piagam Jakarta").
_LAW_HEADS = word_set("konvensi traktat pakta piagam protokol")
# What an English body's name opens with when "of" follows ("Department of Conservation",
# "Bank of England"), and the words that may stand before it ("Reserve Bank of India").
_OF_HEADS = word_set(
    "department ministry bank university institute office council court board bureau agency "
    "commission college academy museum federation association society chamber union church "
    "embassy consulate school house"
)
# A species' epithet after its genus: "Homo floresiensis", "Dendrobium arfakense".
_EPITHET_ENDS = ("ensis", "oides")
_EPITHETS = frozenset({"sapiens", "erectus", "sondaicus", "pygmaeus", "abelii", "habilis"})


_SPECIES_PARTS = (*_EPITHET_ENDS, *_EPITHETS)


def may_name_species(text: str) -> bool:
    """Whether a text may hold a species' epithet at all: a few scans in C, once a text."""
    return any(map(text.__contains__, _SPECIES_PARTS))


def _epithet_after(text: str, end: int) -> bool:
    """Whether a species' epithet follows a capitalised word ending at `end`."""
    rest = text[end : end + 40]
    if rest.startswith("</i>"):
        rest = rest[4:]  # "<i>Homo</i> floresiensis"
    if rest[:1] != " " or (not rest[1:2].isalpha() and rest[1:4] != "<i>"):
        return False
    words = rest.removeprefix(" ").removeprefix("<i>").split(maxsplit=1)
    word = words[0].rstrip(".,;:)") if words else ""
    word = word.removesuffix("</i>")
    return word.islower() and (word.endswith(_EPITHET_ENDS) or word in _EPITHETS)


# What an English body's name may go on after with "for" ("Centre for Strategic and
# International Studies", "Commission for Human Rights").
_FOR_BODIES = word_set(
    "centre center commission council institute foundation ministry office agency alliance "
    "coalition fund forum committee organisation organization"
)
_OF_PREFIXES = word_set(
    "central reserve national federal state royal supreme high european asian world "
    "international american"
)


# An office's portfolio after "for": "Secretary for Trade Policy", "Minister for Foreign
# Affairs Penny Wong"; its words are no one's name.
_OFFICE_LIST = re.compile(
    r"\b(?:secretary|minister|commissioner|director)(?:\s+of\s+state)?\s+for\s+[A-Z][A-Za-z&,' ]*?"
    r"(?:,|\band)\s$",
    re.IGNORECASE,
)


def _after_office_of(words: list[str]) -> int:
    """Where the name starts after an office, "of" and its portfolio ("Minister of Finance"),
    or 0 when the chain opens on none."""
    at = words.index("of")
    if not 0 < at < len(words) - 1 or words[at - 1].casefold() not in OFFICES_OF:
        return 0
    end = at + 1
    while end < len(words) and words[end].casefold() in PORTFOLIO_WORDS:
        end += 1
    return end if end > at + 1 else 0


_OFFICE_FOR = re.compile(
    r"\b(?:secretary|minister|commissioner|director|undersecretary|envoy|ambassador"
    r"|spokesperson|spokesman|spokeswoman|adviser|advisor|coordinator|chief|head)"
    # "Minister of State for Sustainability …" (Singapore's junior ministers)
    r"(?:\s+of\s+state)?\s+(?:for|of)\s$",
    re.IGNORECASE,
)


def _of_body_end(chain: list[tuple[str, int]], folded_chain: list[str], i: int) -> int:
    """Where the English body's name that opens at i ("Bank of England") ends in the chain: at
    a title ("… Governor Andrew Bailey"), else before a person's two names that close a
    longer chain ("Ministry of Foreign Affairs Retno Marsudi"); 0 if it names nothing."""
    rest = i + 2
    end = next(
        (n for n in range(rest, len(chain)) if folded_chain[n].rstrip(".") in TITLES),
        len(chain),
    )
    joined = next((n for n in range(rest + 1, end - 1) if folded_chain[n] == "and"), 0)
    if joined and folded_chain[joined + 1].endswith(_FIELD_ENDINGS):
        # "Ministry of Oceans and Fisheries": the second field after "and" closes the name
        return joined + 2
    if end == len(chain) and end - rest >= 3:
        # "Ministry of Commerce Farrukh Ilyas Mirza": the portfolio's words, then the person
        body = rest
        while body < end and folded_chain[body] in PORTFOLIO_WORDS:
            body += 1
        end = body if rest < body <= end - 2 else end - 2
    if end <= rest or chain[rest][0] in _INNER:
        return 0
    return end


# How a field's name ends ("Fisheries", "Industry", "Tourism", "Technology", "Affairs"), not
# a bank's or a place's ("Barclays", "Wales") after "and".
_FIELD_ENDINGS = (
    "ies", "ry", "tion", "sion", "ment", "ture", "ics", "ance", "ence", "ity", "ism", "ing",
    "gy", "ces", "airs", "port", "ports", "th", "our", "ade", "rce",
)  # fmt: skip


# What opens one name with a hyphen in Indonesian too: Arabic's article, a Latin prefix.
_COMPOUND_HEADS = word_set("al ad as an ar at az ash el non pro anti pre post ex neo")
# The capitalised second half of a compound name ("Sea-Watch", "Coca-Cola", "Anti-Money").
_COMPOUND = re.compile(rf"(?:-[A-ZÀ-ÖØ-Þ{_EXTENDED}][a-zß-öø-ÿ{_EXTENDED}'’]*)+(?![\w\-])")


def _one_name(head: str, tail: str, lowercase: frozenset[str]) -> bool:
    """Tell whether "Head-Tail" is one name ("Sea-Watch", "Bangsa-Bangsa"): no route between
    places ("Jeddah-Jakarta") or place kabar knows by its two words ("Timor-Leste"), no
    acronym's compound ("BI-Rate").

    Indonesian joins two names with a hyphen ("pasangan Prabowo-Gibran", "Al Ghazali-Alyssa
    Daguise"), so there only an article ("Al-Qur'an"), a letter ("K-Pop") or a prefix
    ("Pro-Palestina") opens one name; English writes compound names so ("Sea-Watch",
    "Harley-Davidson", "Ramos-Horta")."""
    if len(head) > 1 and head.isupper():
        # "BI-Rate", "BI-Fast": a term the acronym's body coined; "KPK-Polri", "AS-China" are two
        rest = tail[1:]
        return (
            "-" not in rest
            and rest.istitle()
            and rest not in ACRONYMS
            and rest.casefold() not in _PLACES
            and rest.casefold() not in _REGIONS
            and rest.casefold() not in NAME_WORDS
        )
    if head.casefold() in _COMPOUND_HEADS or f"{head}{tail}".casefold() in _PLACES:
        return True  # "Al-Qur'an", "Timor-Leste"
    if tail[1:].casefold() == head.casefold():
        # "Perserikatan Bangsa-Bangsa", "Alun-Alun Indramayu": a doubled word in a name is one
        # word (a law's "Undang-Undang" is read by its own rules)
        return head.casefold() != "undang"
    english = "the" in lowercase and "yang" not in lowercase
    if not english and len(head) > 1:
        return False
    folded = f"{head}{tail}".casefold()
    parts = folded.split("-")
    return (
        len(set(parts)) == len(parts)
        and " ".join(parts) not in _PLACES
        and not any(part in _PLACES or part in _REGIONS for part in parts)
    )


def _surname_pair(head: str, tail: str) -> bool:
    """Two family names joined by a hyphen, neither a place, an acronym or a given name the
    press uses alone ("Rousseau-Garnier"; not "Jakarta-Bandung" or "TNI-Polri")."""
    return all(
        len(part) > 2
        and not part.isupper()
        and part.casefold() not in _PLACES
        and part.casefold() not in _REGIONS
        and part not in ACRONYMS
        for part in (head, tail)
    )


def _plain_noun(word: str) -> bool:
    """A dictionary word or a noun derived from one ("Penanggulangan"), or a superlative
    ("Terbaik"), never a given name."""
    folded = word.casefold()
    return (
        common_noun(word)
        or (
            (
                _DERIVED_NOUN.match(folded) is not None
                or (folded[:3] == "ter" and common_noun(word[3:]))
                # "Kajian", "Bantuan": a root and "-an"; "Antikorupsi": "anti" and a noun
                or (folded[-2:] == "an" and len(folded) > 5 and common_noun(folded[:-2]))
                or (folded[:4] == "anti" and len(folded) > 7 and common_noun(folded[4:]))
            )
            and folded not in NAME_WORDS
        )
    )


def _brand(word: str, lowercase: frozenset[str]) -> bool:
    """A capitalised word that can name a company: no title, common word, place or given
    name ("Garuda", "Telkom"; not "Presiden", "Timnas" … "Budi")."""
    folded = word.casefold()
    return not (
        folded in TITLES
        or folded in COMMON
        or folded in NAME_WORDS
        or folded in UNIT_HEADS
        or folded in ORG_WORDS
        or folded in lowercase
        or known_place(word)
        or word.isupper()
    )


def _place_words(words: str) -> bool:
    """Tell whether two words, or the last of them, name a place ("Lampung Selatan")."""
    return bool(known_place(words) or known_place(words.rsplit(" ", 1)[-1]))


def _given_syllable(head: str, tail: str) -> bool:
    """Tell whether "Head-tail" after another capitalised word is one given name ("Lee
    Jae-myung", "Tsai Ing-wen", "Moon Jae-in"), not a doubled word ("Butar-butar",
    "Undang-undang"), a clitic ("West-lah") or a word glued on ("Potter-juga")."""
    return len(head) <= 5 and tail[:2] != head[:2].casefold() and tail not in _NO_SYLLABLE


_POSSESSIVE_ENDS = frozenset({"'s", "’s"})


def _spelled_across(words: list[str], n: int) -> bool:
    """Whether a body kabar follows by its short name is spelled out across the possessive
    at n ("Attorney General's Office")."""
    folded = [word.casefold() for word in words]
    return any(
        " ".join(folded[start:end]) in SHORT_NAMES
        for start in range(n + 1)
        for end in range(n + 2, len(words) + 1)
    )


_NAME_NUMBER = re.compile(r" \d{1,2}\b")


def named_for(words: list[str], at: int) -> bool:
    """Whether the possessive at `at` names whom the place is named for: "Queen's Park",
    "St. Mary's Hospital", "King Edward's School"."""
    return (at == 0 and words[0][:-2].casefold() in NAMED_FOR_OWNERS) or (
        at == 1 and words[0].rstrip(".").casefold() in NAMED_FOR_OWNERS
    )


def _owner(word: str) -> bool:
    """A possessive that owns what follows ("India's"), not one that is part of a name
    ("People's Party")."""
    return word.endswith(("'s", "’s")) and word[:-2].casefold() not in GROUP_GENITIVES


_ACRONYM_AFTER = re.compile(r"\s?\(\s*([A-Z][A-Za-z\-]{1,9})\s*\)")


def _spelled_out(
    words: list[str], starts: list[int], text: str, located: Container[str]
) -> tuple[int, str, int] | None:
    """Where in the chain the body of an acronym kabar follows is spelled out, if the acronym
    stands in brackets after it ("Bank Indonesia (BI)", "Komisi Pemberantasan Korupsi
    (KPK)"): the index of its first word, the acronym, and where the acronym stands.

    A sentence's first word dropped as a common word ("Bank" of an article that also says
    "bank") is put back in front of the chain, and the index is then -1."""
    match = _ACRONYM_AFTER.match(text, starts[-1] + len(words[-1]))
    if not match or (match[1] not in ACRONYMS and not _defined_here(match[1], located)):
        return None
    for start in range(len(words)):
        if abbreviates(match[1], words[start:]):
            return start, match[1], match.start(1)
    opener = _OPENER.search(text, max(0, starts[0] - 30), starts[0])
    if opener and abbreviates(match[1], [opener[1], *words]):
        words.insert(0, opener[1])
        starts.insert(0, opener.start(1))
        return -1, match[1], match.start(1)
    return None


_OPENER = re.compile(r"(?:^|(?<=\s))([A-Z][a-z]+) $")


def _headless(words: list[str]) -> list[str]:
    """The words before a body spelled out, without the body's head ("Stasiun" of "Stasiun
    Pengawasan … (PSDKP)"), which names no one by itself."""
    while words and words[-1].casefold() in _NAMED_BODY_HEADS:
        words = words[:-1]
    return words


def _simple(words: list[str]) -> _Classified:
    """The names of the words before a body spelled out: read as a chain of their own."""
    if not words:
        return ()
    starts = list(range(len(words)))
    return tuple(
        (m.name, m.kind, m.position)
        for m in _classify(list(zip(words, starts, strict=True)), frozenset(), frozenset())
    )


def abbreviates(acronym: str, words: list[str]) -> bool:
    """Tell whether an acronym is made of the words' beginnings, in order, each word giving
    some: "KPK" of "Komisi Pemberantasan Korupsi", "Kemenkes" of "Kementerian Kesehatan"."""
    folded = [w.casefold() for w in words if w.casefold() not in _SPELLED_SKIP]
    return bool(folded) and _spells(acronym.casefold().replace("-", ""), folded)


def _spells(acronym: str, words: list[str]) -> bool:
    if not words:
        return not acronym
    word = words[0]
    return any(
        acronym.startswith(word[:k]) and _spells(acronym[k:], words[1:])
        for k in range(min(len(word), len(acronym) - len(words) + 1), 0, -1)
    )


_SPELLED_SKIP = frozenset({"dan", "and", "of", "&", "the"})
_CURRENCY_COUNTRIES = frozenset({"AS", "US", "USD"})


def _names_a_currency(text: str, start: int, end: int) -> bool:
    """ "dolar AS", "US dollar", "US$": the country's name in its currency's."""
    before = text[max(0, start - 8) : start].casefold().rstrip()
    after = text[end : end + 8].casefold()
    return before.endswith(("dolar", "dollar")) or after.startswith(("$", " dollar", " dolar"))


# Lower-case words a name may hold: "bin", "van", and "dan" inside an office's name.
_INNER = CONNECTORS | _AND
_NEXT_WORD = re.compile(r"\s+([A-Z][\w'’\-]*)")
# A unit of government after a slash ("Desa/Kelurahan"), a name going on after it.
_UNIT_AFTER_SLASH = re.compile(r"([A-Z][a-z]+)(?= [A-Z])")
_OFFICE = TITLES | ORG_WORDS


def _joins_office(before: str, text: str, at: int) -> bool:
    """Tell whether "dan" joins two words of one office's name ("Haji dan Umrah", "Kelautan
    dan Perikanan", "Pemuda dan Olahraga"), not two names ("Prabowo dan Gibran")."""
    following = _NEXT_WORD.match(text, at)
    if not following:
        return False
    after = following.group(1).casefold()
    return after in _OFFICE and (before.casefold() in _OFFICE or common_noun(before))


# The capitalised words after "dan" up to an acronym in brackets: "… dan Ilmu Pengetahuan Alam
# (FMIPA)".
_RUN_TO_ACRONYM = re.compile(
    r"((?:\s+(?:dan\s+)?[A-Z][\w'’\-]*){1,6})\s?\(([A-Z][A-Za-z\-]{1,9})\)"
)


def _joins_spelled(words: list[str], text: str, at: int, located: Container[str]) -> bool:
    """Tell whether "dan" stands inside a body's name that the acronym in brackets after it
    spells out ("Fakultas Ekonomi dan Bisnis (FEB)"), not between two names."""
    run = _RUN_TO_ACRONYM.match(text, at)
    if not run or (run[2] not in ACRONYMS and not _defined_here(run[2], located)):
        return False
    after = run[1].split()
    return any(abbreviates(run[2], [*words[start:], *after]) for start in range(len(words)))


# The fields listed after a body's first field and its comma, to "dan" or "and" and the last.
_FIELD_LIST = re.compile(
    r",\s+((?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?,\s+)*[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?),?"
    r"\s+(?:dan|and|serta|&)\s+([A-Z][\w\-]*"
    # "… Earth and Environmental Sciences": the last field and the noun the fields share
    r"(?:\s+(?:Sciences?|Studies|Engineering|Affairs|Resources|Development|Technology))?)"
)


def _listed_body(words: list[str], starts: list[int], text: str) -> tuple[int, int] | None:
    """The word that opens a body whose fields are listed with commas, and where its name ends
    in the text, when the run before the comma holds its head: "Dinas Pariwisata, Kebudayaan,
    Kepemudaan dan Olahraga", "Ministry of Environment, Forestry and Tourism"; None
    otherwise."""
    listed = _FIELD_LIST.match(text, starts[-1] + len(words[-1]))
    if listed is None:
        return None  # most commas after a name: a lower-case word or a name, no list
    folded = [w.casefold() for w in words]
    head = next((n for n, w in enumerate(folded) if w in _FIELD_HEADS or w in _OF_HEADS), -1)
    if head < 0 or head == len(words) - 1:
        return None
    english = folded[head] in _OF_HEADS and folded[head + 1] == "of"
    if not english and folded[head] not in _FIELD_HEADS:
        return None
    first = head
    while english and first and folded[first - 1] in _OF_PREFIXES:
        first -= 1  # "Federal Ministry of Research, Technology and Space"
    items = [item.strip() for item in listed[1].split(",")]
    if english and (
        any(" " in item for item in items) or _NEXT_WORD.match(text, listed.end()) is not None
    ):
        return None  # "Ministry of Health, John Smith and Mary Jones": people, not fields
    fields = [*words[head + 1 + english :], *" ".join(items).split(), listed[2]]
    if not all(
        w.casefold() not in NAME_WORDS and (english or w.casefold() in ORG_WORDS or _plain_noun(w))
        for w in fields
    ):
        return None  # "Dinas Kesehatan, Budi Santoso dan …": a holder, not a field
    return first, listed.end()


def _joins_place(before: str, joiner: str, text: str, at: int) -> bool:
    """Tell whether "and" stands inside a country's name ("Trinidad and Tobago", "Bosnia dan
    Herzegovina"), not between two places."""
    following = _NEXT_WORD.match(text, at)
    return (
        following is not None and known_place(f"{before} {joiner} {following.group(1)}") is not None
    )


def _joins_fields(words: list[str], text: str, at: int) -> bool:
    """Tell whether "dan" joins two fields of a body the chain opened on ("Fakultas Matematika
    dan Ilmu Pengetahuan Alam Unsrat", "Dinas Pemuda dan Olahraga"): dictionary words on
    both sides, after the body's head; or "and" an English body's named with "of"
    ("Ministry of Oceans and Fisheries")."""
    following = _NEXT_WORD.match(text, at)
    if following is None or len(words) < 2:
        return False
    of = words.index("of") if "of" in words else -1
    if 0 < of < len(words) - 1 and words[of - 1].casefold() in _OF_HEADS:
        # "Ministry of Oceans and Fisheries", "Department of Trade and Industry", "The
        # Ministry of Industry and Commerce"
        return True
    return (
        words[0].casefold() in _FIELD_HEADS
        and _plain_noun(words[-1])
        and _plain_noun(following.group(1))
    )


_OFFICE_UNITS = word_set("seksi bidang bagian subbagian subbag subdit subbidang")
_FACULTY_HEADS = word_set("fakultas jurusan prodi")
_FIELD_HEADS = word_set("fakultas jurusan departemen dinas badan balai kementerian lembaga pusat")


def _balinese(buffer: list[tuple[str, int]]) -> bool:
    """ "I Putu Gede Wirawan", "I Made Sudarsana": Bali's "I" opens the name; so do its
    castes' titles ("Ida Bagus Ketut Suparta", "Anak Agung Gede Widiarta")."""
    return len(buffer) > 1 and (
        (buffer[0][0] == "I" and buffer[1][0].casefold() in BALINESE)
        or (buffer[0][0].casefold(), buffer[1][0].casefold()) in _BALINESE_TITLES
    )


_BALINESE_TITLES = frozenset({("ida", "bagus"), ("ida", "ayu"), ("anak", "agung")})


# Vietnam's commonest family names, and the middle names after them: "Nguyen Thi Thu Hang",
# "Tran Van Minh" are one person's four words.
_VIET_MIDDLE = word_set("thi van duc huu minh thanh quoc ngoc xuan kim")


# Particles inside a person's name: Arabic "Al", "bin", "binti"; Dutch and German "van", "von";
# Portuguese (Timor-Leste) "da", "de", "dos": "Ana Maria da Costa Soares".
_NAME_PARTICLES = word_set("al bin binti van von da de dos")


def _particle_name(buffer: list[tuple[str, int]], lowercase: frozenset[str]) -> bool:
    at = next((n for n in (1, 2) if buffer[n][0].casefold() in _NAME_PARTICLES), 0)
    return (
        at > 0
        and all(t.casefold() not in lowercase for t, _ in buffer[:at])
        and (
            not any(common_noun(t) for t, _ in buffer[:at])
            # "Ana Maria da Costa Soares": a given name that is a dictionary word, then one
            # that is only a name
            or (at == 2 and buffer[1][0].casefold() in NAME_WORDS)
        )
    )


# Myanmar's honorifics before a name of two to four words (a name carries no family name)
_BURMESE_HONORIFICS = frozenset({"U", "Daw"})


def _vietnamese(buffer: list[tuple[str, int]]) -> bool:
    return (
        len(buffer) > 2
        and buffer[0][0].casefold() in VIET_FAMILY
        and buffer[1][0].casefold() in _VIET_MIDDLE
    )


# What opens a Malay father's name inside a full name ("Azman Mohd Ariffin").
_MALAY_FATHERS = word_set("mohd muhd md mohamad mohamed abdul abd")


def _malay_with_father(buffer: list[tuple[str, int]]) -> bool:
    """ "Harith Zulkarnain Mohd Faiz": two given names, then "Mohd" and the father's (not "Bank
    Mandiri Mohd Faiz Hasan", a body before the name)."""
    return any(t.casefold() in _MALAY_FATHERS for t, _ in buffer[2:-1]) and not any(
        t.casefold() in ORG_WORDS for t, _ in buffer[:2]
    )


# Chinese family names as Malaysia and Singapore spell them, whose given names are two
# syllables after them and an English name before ("Anthony Liew Kah Meng"). Not "Lee", which
# Korean names share: "Kunjungan Lee Kwang Soo" is a visit by a Korean actor.
_STRAITS_FAMILY = word_set(
    """tan lim ng wong chan chong chia chua chew goh koh khoo lau liew loke low ong teo quah teh
    yeo yap lai foo hew tay ooi cheah choo chin kok leong loh neo quek seah sim soh toh wee
    yeoh yong"""
)


def _apposed_name(
    text: str, starts: list[int], words: list[str], lowercase: Container[str]
) -> bool:
    """Whether a run stands between commas ("…, Lilik Dwi Hartanti Prasetyo, mengatakan") and
    each of its words can be a name's: no title, body, unit, place or dictionary word."""
    end = starts[-1] + len(words[-1])
    if not (
        text[max(0, starts[0] - 3) : starts[0]].rstrip().endswith(",")
        and text[end : end + 3].lstrip().startswith(",")
    ):
        return False
    for k, word in enumerate(words):
        folded = word.casefold()
        if folded in CONNECTORS or (0 < k < len(words) - 1 and folded in _WORDS_IN_NAMES):
            continue  # "Maria Yasinta Dua Lering": a word of the calendar inside the name
        if (
            not word.istitle()
            or word in _DOTTED_TITLES  # "Dra. Euis Komariah Suryani"
            or (folded in TITLES and folded not in NAME_WORDS)  # "Asrul Jaya Mokodompit"
            or folded in ORG_WORDS
            or folded in COMMON
            or folded in UNIT_HEADS
            or folded in FACILITY_HEADS
            or folded in _ORG_TAILS
            or folded in CLUB_SUFFIXES
            or folded in lowercase
            or (known_place(word) and folded not in GIVEN_TOO)
        ):
            return False
    return True


def _two_spanish_given(buffer: list[tuple[str, int]]) -> bool:
    """ "Ana Lucía Ccori Mendoza", "José Luis Rodríguez Zapatero": two Spanish given names,
    then the father's and the mother's family names, one person."""
    return len(buffer) == 4 and all(t.casefold() in _SPANISH_GIVEN for t, _ in buffer[:2])


_SPANISH_GIVEN = word_set(
    """ana juan carlos luis jorge pedro pablo diego miguel josé jose maría maria carmen rosa
    lucía lucia sofía sofia isabel elena laura gabriela daniela valentina camila andrea paula
    marta teresa javier alejandro fernando ricardo eduardo roberto francisco antonio manuel
    rafael sergio mario jesús jesus andrés andres ramón ramon joaquín joaquin sebastián
    sebastian martín martin verónica veronica mónica monica raúl raul óscar oscar inés ines
    patricia claudia alejandra mariana fernanda beatriz lourdes guadalupe"""
)


def _western_then_chinese(buffer: list[tuple[str, int]], lowercase: frozenset[str]) -> bool:
    """An English given name, a Chinese family name and its two syllables: one person (not
    "Kunjungan Lee Kwang Soo", a visit)."""
    first, family, *syllables = (token for token, _ in buffer)
    folded = first.casefold()
    return (
        family.casefold() in _STRAITS_FAMILY
        and first.istitle()
        and folded not in TITLES
        and folded not in ORG_WORDS
        and folded not in COMMON
        and folded not in lowercase
        and not _DERIVED_NOUN.match(folded)
        and all(token.istitle() and len(token) <= 5 for token in syllables)
    )


def _body_word(token: str, lowercase: frozenset[str], located: Container[str]) -> bool:
    """Tell whether a capitalised word belongs to the body, office or place a run names
    before a person ("Badan Pangan Nasional", "Mirae Asset Sekuritas", "Lurah Kaligawe"),
    not to the person's name: a word of institutions that is no given name, a word the
    article also writes in lower case, a derived noun, a place it names."""
    folded = token.casefold()
    if folded in NAME_WORDS or token in _INNER:
        return False
    return (
        folded in ORG_WORDS
        or token in ACRONYMS  # "Direktur Operasional Perum Bulog Agus Triyanto"
        or token in _ROMAN  # "Ketua Komisi II DPR"
        or folded in located
        or (len(folded) > 3 and folded in lowercase)
        or _DERIVED_NOUN.match(folded) is not None
        or folded.startswith("kemen")  # Kemenkes, Kemenpar: a ministry's short name
        or club_word(folded)  # "Gelandang Persib Marc Klok"
    )


# "Persib", "Persebaya", "Persipura": the Indonesian clubs' "Persatuan Sepak Bola …" names
_CLUB_WORD = re.compile(r"pers[a-z]{2,5}")


# Badminton and football clubs: "PB Djarum", "PS Barito Putera".
_CLUB_OPENERS = word_set("pb ps")
# Heads that make one name with the word after them: "Komnas HAM", "Mabes TNI".
_PAIRED_HEADS = word_set("komnas mabes")
# Regional government companies: "Perumda Air Minum …", "PDAM Tirta …", "Perusda …".
_UTILITY_HEADS = word_set("perumda perumdam pdam perusda")
_NAMED_HEADS = _CLUB_OPENERS | _PAIRED_HEADS | _UTILITY_HEADS


def _heads_body(chain: list[tuple[str, int]], n: int) -> bool:
    """Whether the word at n opens a body's name _named_body reads ("PB Djarum", not the
    "PB" of "PB NU", the party's board)."""
    word = chain[n][0]
    folded = word.casefold()
    return folded in _NAMED_HEADS and (
        folded not in _CLUB_OPENERS or (word.isupper() and chain[n + 1][0].istitle())
    )


def _named_body(chain: list[tuple[str, int]], folded_chain: list[str], at: int) -> tuple[int, int]:
    """Where the name of the body whose head stands at `at` starts and ends in the chain."""
    head = folded_chain[at]
    if head in _PAIRED_HEADS:
        # "Komnas HAM", "Komnas Perempuan": the head and the word after it are one body's
        # name, never "Komnas" alone; "Mabes Polri" is the headquarters of Polri
        return (at + 1 if head == "mabes" else at), at + 2
    if head in _UTILITY_HEADS:
        # "Perumda Air Minum Tirta Kepri", "PDAM Tirta Musi Palembang": a regional water or
        # trading company, named up to the region it serves, never "Minum Tirta"
        for n in range(at + 1, len(chain)):
            if width := _region_width(folded_chain, n) or (1 if known_place(chain[n][0]) else 0):
                return at, n + width
        # no region: a name of up to four words, or three and a person's after them
        return at, (len(chain) if len(chain) - at <= 4 else at + 3)
    # "PB Jaya Raya", "PB Djarum Kudus", "PS Barito Putera": a badminton or football club is
    # "PB"/"PS" and the words of its name, up to a region or a person's name
    end = at + 2
    while end < len(chain) and not (_region_width(folded_chain, end) or known_place(chain[end][0])):
        end += 1
    if end - at > 3:
        end = at + 2  # "PB Djarum Alan Budikusuma": the club's name, then a player's
    return at, end


def club_word(folded: str) -> bool:
    """Tell whether a folded word is an Indonesian football side's one-word name."""
    return (
        folded.startswith("pers")
        and _CLUB_WORD.fullmatch(folded) is not None
        and folded not in ROOT_WORDS
    )


def _passive_verb(folded: str) -> bool:
    """An Indonesian passive verb: "di-" and a root of four letters or more, with "-i" or
    "-kan" ("disutradarai", "didampingi", "disaksikan"), or of five with none ("dipimpin");
    not a given name that opens with "Di" ("Dimas", "Dian", "Diana")."""
    if not folded.startswith("di") or len(folded) < 7:
        return False
    root = folded[2:]
    return (
        (root.endswith("i") and len(root) > 4 and root[:-1] in ROOT_WORDS)
        or (root.endswith("kan") and len(root) > 6 and root[:-3] in ROOT_WORDS)
        or (len(root) >= 5 and root in ROOT_WORDS)
    )


def common_noun(token: str) -> bool:
    """Tell whether a capitalised word is a dictionary word that is no given name."""
    folded = token.casefold()
    return folded in ROOT_WORDS and folded not in NAME_WORDS


# Malaysia's and Brunei's honours before a name ("Tan Sri", "Datuk Seri", "Toh Puan")
_MALAY_HONOURS = frozenset({"tan", "sri", "seri", "puan", "toh", "tun", "datuk", "dato", "datin"})


def _classify(
    chain: list[tuple[str, int]], lowercase: frozenset[str], located: Container[str]
) -> list[Mention]:
    while chain and chain[-1][0] in _INNER:
        chain = chain[:-1]
    out: list[Mention] = []
    buffer: list[tuple[str, int]] = []
    folded_chain = [t.casefold() for t, _ in chain]
    if (
        ("bin" in folded_chain or "binti" in folded_chain)
        and 0
        < (at := next(n for n, f in enumerate(folded_chain) if f in ("bin", "binti")))
        < len(chain) - 1
        and chain[at][0].islower()
        and all(len(t) > 2 and t[0].isupper() and t[1:].islower() for t, _ in chain[at + 1 :])
        and folded_chain[at - 1] not in TITLES
    ):
        # "Prince Turki bin Mishaal", "Muhyiddin bin Yassin" (after "Tan Sri", an honour): the
        # names either side of "bin" are one person's, the father's after it (never "Turki",
        # Turkey)
        first = at - 1
        while (
            first > 0
            and folded_chain[first - 1] in NAME_WORDS
            and folded_chain[first - 1] not in TITLES
            and folded_chain[first - 1] not in COMMON
            and folded_chain[first - 1] not in _MALAY_HONOURS
        ):
            first -= 1
        person = Mention(" ".join(t for t, _ in chain[first:]), "person", chain[first][1])
        honours = first
        while honours and folded_chain[honours - 1] in _MALAY_HONOURS:
            honours -= 1  # the honour is no one's name
        return [*(_classify(chain[:honours], lowercase, located) if honours else []), person]
    if (
        len(chain) >= 3
        and club_word(folded_chain[0])
        and not _region_width(folded_chain, 1)
        and folded_chain[1] not in _PLACES
        and folded_chain[1] not in CLUB_SUFFIXES
    ):
        # "asisten pelatih Persib Herrie Setyawan": the side, then the man
        return [Mention(chain[0][0], "org", chain[0][1]), *_classify(chain[1:], lowercase, located)]
    if (
        not _NAMED_HEADS.isdisjoint(folded_chain)
        and (at := next((n for n in range(len(chain) - 1) if _heads_body(chain, n)), -1)) >= 0
    ):
        first, end = _named_body(chain, folded_chain, at)
        body_name = Mention(" ".join(t for t, _ in chain[first:end]), "org", chain[first][1])
        before = _classify(chain[:at], lowercase, located) if at else []
        return [*before, body_name, *_classify(chain[end:], lowercase, located)]
    if len(chain) > 1 and folded_chain[0] in _FACULTY_HEADS:
        # "Fakultas Matematika dan Ilmu Pengetahuan Alam Unsrat": a faculty's fields and the
        # campus it is of are one name, never "Alam Unsrat"
        end = 1
        while end < len(chain) and (chain[end][0] in _INNER or _plain_noun(chain[end][0])):
            end += 1
        if end < len(chain) and not (
            _region_width(folded_chain, end) or known_place(chain[end][0])
        ):
            end += 1  # the campus's name ("Unsrat"), not a place after the faculty
        faculty = Mention(" ".join(t for t, _ in chain[:end]), "org", chain[0][1])
        return [faculty, *_classify(chain[end:], lowercase, located)]
    if len(chain) > 1 and (folded_chain[-1] in _LAW_TAILS or folded_chain[0] in _LAW_HEADS):
        # "EU AI Act", "Konvensi Wina": a law's or a pact's name is one thing readers
        # follow, not a place and a person, however common its first words
        first = 0
        while (
            len(chain) - first > 2 and folded_chain[first] in COMMON and chain[first][0].istitle()
        ):
            first += 1  # "Yesterday Paris Agreement …": a word opening the sentence
        return [Mention(" ".join(t for t, _ in chain[first:]), "org", chain[first][1])]
    if "for" in folded_chain and (
        at := next((n for n, (t, _) in enumerate(chain) if t == "for"), 0)
    ):
        # "ASEAN Coordinating Centre for Humanitarian Assistance": the words before "for"
        # (from the body's first) and after it are one body's name (not "MERCY FOR NONE")
        first = 0
        while first < at - 1 and folded_chain[first] in COMMON:
            first += 1  # "The Centre for …" opening a sentence
        return [Mention(" ".join(t for t, _ in chain[first:]), "org", chain[first][1])]
    if (
        3 <= len(chain) <= 6
        and folded_chain[-1] in _BODY_ENDS
        and all(t[:1].isupper() for t, _ in chain)
        and not any(f in TITLES or f in _RANKS or f in COMMON for f in folded_chain)
    ):
        # "Ngurah Rai Immigration Office", "Jakarta Regional Police", "Garuda Indonesia
        # Airlines": an English body named for a place or a person is one name, not a place
        # (or a given name) and a fragment
        return [Mention(" ".join(t for t, _ in chain), "org", chain[0][1])]
    if (
        2 <= len(chain) <= 5
        and folded_chain[0] in _CAMPUS_HEADS
        and (_region_width(folded_chain, len(chain) - 1) or folded_chain[-1] in _PLACES)
    ):
        # "Institut Pertanian Bogor", "Universitas Negeri Jakarta": a campus and its city
        return [Mention(" ".join(t for t, _ in chain), "org", chain[0][1])]
    i = 0
    after_title = False
    noble = False  # the buffer opens on a noble title that is part of the name ("Raja Juli Antoni")

    def flush() -> None:
        nonlocal noble
        if noble:
            # "Lalu" and "Juli" are dictionary words, and "Raja" a title, but not in a name
            noble = False
            out.append(Mention(" ".join(t for t, _ in buffer), "person", buffer[0][1]))
            buffer.clear()
            return
        if not buffer:
            return
        if len(buffer) == 1:  # most runs: one word, a name unless a common word or an initial
            word, start = buffer.pop()
            folded = word.casefold()
            at = chain.index((word, start))
            if (
                len(word) > 1
                and word[-1] != "."  # "A." of "A. Marah", an answer's letter: an initial alone
                and word not in _INNER
                and folded not in COMMON
                and folded not in lowercase
                # "Kepala Bidang Perindustrian", "Direktur Irigasi": the field a title is of
                and not (
                    at
                    and folded_chain[at - 1].rstrip(".") in TITLES
                    and (folded in ORG_WORDS or _DERIVED_NOUN.match(folded))
                    and folded not in NAME_WORDS
                )
            ):
                out.append(Mention(word, "person", start))
            return
        if buffer[0][0].casefold() in _OFFICE_UNITS and all(
            t in _INNER or t.casefold() in ORG_WORDS or _plain_noun(t) for t, _ in buffer[1:]
        ):
            buffer.clear()  # "Seksi Tindak Pidana Khusus": a unit of an office, no one's name
            return
        # A run right after a title or an office's acronym ("Kepala Badan Pangan Nasional
        # Arief Prasetyo Adi", "Lurah Kaligawe Sutrisno") may name what the title heads
        # before the holder.
        first = chain.index(buffer[0])
        titled = first > 0 and (
            folded_chain[first - 1].rstrip(".") in TITLES
            or (chain[first - 1][0].isupper() and folded_chain[first - 1] not in COMMON)
        )
        while (
            buffer
            and (
                (
                    buffer[0][0].casefold() in COMMON
                    and not _balinese(buffer)
                    and not (len(buffer) > 1 and name_here(buffer[0][0].casefold(), lowercase))
                )
                or buffer[0][0] in _INNER
                or (len(buffer) == 1 and buffer[0][0].casefold() in lowercase)
                # "… Kuningan H Asep Budiman": Haji with no stop
                or (buffer[0][0] == "H" and len(buffer) >= 3 and buffer[1][0][1:].islower())
            )
        ):
            buffer.pop(0)
        while buffer and buffer[-1][0] in _INNER:
            buffer.pop()
        if (
            len(buffer) > 2
            and buffer[0][0][1:].islower()
            and f"{buffer[0][0].casefold()}s" in lowercase
            # the rest a person's name, no common words ("Saguaro National Park", "School
            # Education Atsenla Jamir")
            and not any(t.casefold() in lowercase or t.casefold() in COMMON for t, _ in buffer[1:])
        ):
            buffer.pop(0)  # "Grower Daniel Esquivel" in a story of "growers": what he is
        if (
            len(buffer) > 1
            and buffer[0][0].endswith("s")
            and buffer[0][0][:-1].casefold() in DEMONYMS
        ):
            buffer.pop(0)  # "Australians Andrew Chan and Myuran Sukumaran": who they are, then who
        if (
            len(buffer) > 1
            and (buffer[-1][0].casefold() in DEMONYMS or buffer[-1][0] in _CONTINENTAL)
            and f"{buffer[-2][0]} {buffer[-1][0]}".casefold() not in DEMONYMS
        ):
            buffer.pop()  # "2026 World Cup Asian qualifier": the demonym describes what follows
        for index in range(len(buffer) - 1, -1, -1):
            if (
                buffer[index][0].casefold() in COMMON
                and buffer[index][0] not in _AND
                # "Kandahar Chamber of Commerce": "of" inside an English body's name
                and not (
                    buffer[index][0] == "of"
                    and index
                    and buffer[index - 1][0].casefold() in _OF_HEADS
                )
                and not (
                    index == 0 and len(buffer) > 1 and name_here(buffer[0][0].casefold(), lowercase)
                )
                and not (
                    (
                        0 < index < len(buffer) - 1
                        and (
                            len(buffer[index][0].rstrip(".")) == 1
                            # "Tjhang Mei Lan": a month's name inside a name is a given name
                            or buffer[index][0].casefold() in _WORDS_IN_NAMES
                        )
                    )
                    or (index == 0 and _balinese(buffer))
                )
            ):  # "Dedie A Rachim": an initial, not the article "a"
                if [t.casefold() for t, _ in buffer[index : index + 2]] == ["sumber", "daya"]:
                    index += 2 if index + 3 < len(buffer) else 1  # "Sumber Daya Air Budi …"
                del buffer[: index + 1]  # "PT Ritel Tbk Suryanto": keep what follows the stop
                break
        if titled and len(buffer) > 1 and not _body_word(buffer[-1][0], lowercase, located):
            # The person follows the last word of the body they speak for.
            last_body = max(
                (n for n, (t, _) in enumerate(buffer) if _body_word(t, lowercase, located)),
                default=-1,
            )
            if isinstance(located, _Located):
                # "Ketua Umum Gaikindo Rudy Santoso": a short name the article gave a body
                # ("… Bermotor Indonesia (Gaikindo)") ends the body, if a name follows it
                short = located.short_names
                last_body = max(
                    (n for n, (t, _) in enumerate(buffer[:-1]) if t.casefold() in short),
                    default=last_body,
                )
            if last_body >= 0:
                if last_body == 0 and club_word(buffer[0][0].casefold()):
                    out.append(Mention(buffer[0][0], "org", buffer[0][1]))  # the player's side
                del buffer[: last_body + 1]
                if all(common_noun(t) for t, _ in buffer):
                    buffer.clear()  # "Kepala Dinas Sumber Daya Air": the body's name goes on
                while (
                    len(buffer) > 2
                    and common_noun(buffer[0][0])
                    # "Galih Saputra Wirawan": a given name that is a dictionary word too
                    and (common_noun(buffer[1][0]) or buffer[1][0].casefold() in ORG_WORDS)
                ):
                    buffer.pop(0)  # a dictionary word left of the body's name
        if (
            titled
            # a longer run is a body's whole name (read below), unless "dan" joins two fields
            # before the body's head ("Deputi Bidang Sarana dan Prasarana Otorita IKN")
            and 0 < len(buffer) <= (5 if _fields_then_body(buffer) else 3)
            and folded_chain[first - 1].rstrip(".") in TITLES
            and buffer[0][0].casefold() not in _NAMED_BODY_HEADS
            and all(t in _INNER or t.casefold() in ORG_WORDS or _plain_noun(t) for t, _ in buffer)
        ):
            buffer.clear()  # "Direktur Tindak Pidana Siber", "Kasat Reserse Narkoba": the office
            return
        if len(buffer) > 2 and chain.index(buffer[0]) > 0:
            folded_buffer = [t.casefold() for t, _ in buffer]
            # "Walhi Kalsel Kisworo Dwi Handayani": a body's short name may stand before
            at = next(
                (
                    n
                    for n in range(min(3, len(buffer) - 2))
                    if _region_width(folded_buffer, n)
                    and all(t.isupper() or _brand(t, lowercase) for t, _ in buffer[:n])
                ),
                -1,
            )
            region = _region_width(folded_buffer, at) if at >= 0 else 0
            if region and len(buffer) - at - region >= 2 and buffer[at + region][0] not in _INNER:
                # "PSM Makassar Jorge Mendonça", "DPRD Sleman Budi Santoso": the body's city,
                # then the person; one topic of each, never the two merged
                if at:
                    out.append(Mention(" ".join(t for t, _ in buffer[:at]), "org", buffer[0][1]))
                name = " ".join(folded_buffer[at : at + region])
                out.append(Mention(_REGIONS[name], "place", buffer[at][1]))
                del buffer[: at + region]
        opener = 0
        if len(buffer) > 2:
            opener = next(
                (
                    n
                    for n in range(1, len(buffer))
                    if buffer[n][0].casefold() in STRONG_PREFIXES
                    # "… Imigrasi Denpasar I Made Budiarta Wijaya"; not "Bandara I Gusti Ngurah
                    # Rai", an airport named after a man
                    or (_balinese(buffer[n:]) and buffer[n - 1][0].casefold() not in FACILITY_HEADS)
                ),
                0,
            )
        if opener:
            del buffer[:opener]  # "Kopi Gayo Teuku Rizal Mahmudi": the name opens at Teuku
        burmese = 3 <= len(buffer) <= 5 and buffer[0][0] in _BURMESE_HONORIFICS
        if burmese:
            del buffer[0]  # "U Kyaw Zin Htet", "Daw Aung San Suu Kyi": Mr, Ms, then the name
        # Only a chain of more than three words is read as a role or body before a name.
        capitalised = (
            [n for n, (t, _) in enumerate(buffer) if t not in _INNER] if len(buffer) > 3 else []
        )
        if (
            len(capitalised) > 3
            and (
                buffer[-1][0].casefold() in _ORG_TAILS
                # "Kandahar Chamber of Commerce and Investment": an English body's fields
                or (
                    any(t == "of" for t, _ in buffer)
                    and buffer[-1][0].casefold().endswith(_FIELD_ENDINGS)
                )
                # "Badan Pengembangan Sumber Daya Manusia": no one is called "Daya Manusia"
                or (
                    all(_plain_noun(buffer[n][0]) for n in capitalised[-2:])
                    and not _place_words(" ".join(buffer[n][0] for n in capitalised[-2:]))
                )
            )
        ):
            # "the Indonesian Automotive Industry Association": a body's whole English name
            out.append(Mention(" ".join(t for t, _ in buffer), "org", buffer[0][1]))
            buffer.clear()
            return
        if (
            len(capitalised) > 3
            and not (
                burmese
                or (_balinese(buffer) and len(capitalised) <= 5)
                or (
                    len(capitalised) == 4
                    and (
                        buffer[0][0].casefold() in NAME_PREFIXES
                        # "Moh. Syaiful Anam Wijaya"
                        or (buffer[0][0][-1:] == "." and buffer[0][0][:-1] in _DOTTED_NAMES)
                    )
                )
                or (len(capitalised) <= 5 and _vietnamese(buffer))
                or (len(capitalised) == 4 and _western_then_chinese(buffer, lowercase))
                or (len(capitalised) == 4 and _two_spanish_given(buffer))
                or (len(capitalised) <= 5 and _malay_with_father(buffer))
                # "Syafrimen Datuak Bandaro Kuniang": a Minangkabau's customary title after
                # the given name is part of how he is named
                or (
                    len(capitalised) <= 5
                    and any(t.casefold().rstrip(".") in _GELAR for t, _ in buffer[1:-1])
                )
                # "Omar Rashid Al Mazrouei", "Hamad bin Khalifa Al Thani": a particle after one or
                # two given names (not "Product Management Raf Van Nuffel", "Ngunduh Mantu Al …")
                or (len(capitalised) <= 5 and _particle_name(buffer, lowercase))
            )
        ):  # "I Putu Gede Wirawan", "Muhammad Hazwan Abdul Rahman" are one person
            # A long chain is a role or body followed by the person's name. The word before
            # it may be their given name ("… Gaikindo Bambang Wahyu Santoso"): the article
            # tells, if it names them by that word alone (article_names).
            body_end = max(
                (n for n in capitalised[:-2] if buffer[n][0].casefold() in _ORG_TAILS), default=-1
            )
            after_body = buffer[body_end + 1 :] if body_end >= 0 else []
            while after_body and all(
                part in TITLES or part in _RANKS for part in after_body[0][0].casefold().split("-")
            ):
                after_body.pop(0)  # "… Agency Deputy Director-General Chen Ming-hsiu"
            tail = [buffer[n][0] for n in capitalised[-2:]]
            if 2 <= len(after_body) <= 4:
                # "… Environment Protection Department Farah Naz Chaudhry": an English body's
                # name ends on its last word; the person's name is all that follows it
                buffer[:] = after_body
            elif tail[0].casefold() in ORG_WORDS and tail[0].casefold() not in NAME_WORDS:
                # "… Hasil Perkebunan Dinas Perkebunan Riau": an office of a place, no one's
                # name; its place is the topic
                if place := known_place(tail[1]):
                    out.append(Mention(place, "place", buffer[capitalised[-1]][1]))
                buffer.clear()
                return
            else:
                given = buffer[capitalised[-2] - 1]
                if given[0][:1].isupper() and not given[0].isupper():
                    out.append(Mention(given[0], "given", given[1]))
                del buffer[: capitalised[-2]]
        if len(buffer) > 1:
            if buffer[0][0].casefold() in UNIT_HEADS:
                # "Kecamatan Kutalimbaru", "Desa Cikawung": the place is what the unit is of.
                out.append(Mention(" ".join([t for t, _ in buffer[1:]]), "area", buffer[1][1]))
            elif buffer[-1][0].casefold() not in COMMON:
                out.append(Mention(" ".join([t for t, _ in buffer]), "person", buffer[0][1]))
        elif buffer:
            word = buffer[0][0]
            if len(word) > 1 and word.casefold() in _REGIONS and word.casefold() not in GIVEN_TOO:
                # "… Dinas Perkebunan Riau": the province left when the office's words go
                out.append(Mention(_REGIONS[word.casefold()], "place", buffer[0][1]))
            elif len(word) > 1 and word.casefold() not in COMMON:
                out.append(Mention(word, "person", buffer[0][1]))
        buffer.clear()

    while i < len(chain):
        if after_title and not buffer and folded_chain[i] not in TITLES:
            after_title = False
            width = _region_width(folded_chain, i)
            named_club = (
                width > 0 and i + width < len(chain) and folded_chain[i + width] in CLUB_SUFFIXES
            )
            if width and not named_club:
                region = _REGIONS[" ".join(folded_chain[i : i + width])]
                out.append(Mention(region, "place", chain[i][1]))
                i += width
                continue
        if (
            # "The Attorney General's Office" opening a sentence: the article is no name's
            (not buffer or (len(buffer) == 1 and buffer[0][0] == "The"))
            and folded_chain[i] in _SPELLED_FIRST
            and (width := _spelled_width(folded_chain, i))
        ):
            # "Bank Indonesia", "Komisi Pemberantasan Korupsi": a body kabar follows by its
            # short name, not a word and a place
            buffer.clear()
            out.append(Mention(" ".join(t for t, _ in chain[i : i + width]), "org", chain[i][1]))
            i += width
            continue
        matched = False
        # Most capitalised words start no place name; the first-word set skips the joins.
        widths = range(min(4, len(chain) - i), 0, -1) if folded_chain[i] in _PLACE_FIRST else ()
        if widths and not buffer and _given_before_surname(chain, folded_chain, i):
            widths = ()  # "Danang Wicaksono Hartanto": a person, not the city
        if widths and len(buffer) == 1 and buffer[0][0].casefold() in _SMALL_UNITS:
            # "Kecamatan Kuantan Mudik", "Desa Bali Aga": a district or a village named with a
            # place's word and more is named whole (not "Kecamatan Cibinong Kabupaten Bogor")
            width = next((w for w in widths if " ".join(folded_chain[i : i + w]) in _PLACES), 0)
            if (
                width
                and i + width < len(chain)
                and folded_chain[i + width] not in UNIT_HEADS
                and folded_chain[i + width] not in _REGION_UNITS
            ):
                widths = ()
        if (
            folded_chain[i] == "tanjung"
            and not buffer
            and i + 1 < len(chain)
            and chain[i + 1][0].istitle()
            and _region_width(folded_chain, i) <= 1
            and " ".join(folded_chain[i : i + 2]) not in _PLACES
            and folded_chain[i + 1] not in _PLACES
            and folded_chain[i + 1] not in _REGIONS
        ):
            # "Tanjung Emas", "Tanjung Perak": a cape or a port named after it, not the town
            # Tanjung and a person; the city after it is the port's ("… Semarang")
            out.append(Mention(f"{chain[i][0]} {chain[i + 1][0]}", "area", chain[i][1]))
            i += 2
            after_title = True
            continue
        for width in widths:
            place = _PLACES.get(" ".join(folded_chain[i : i + width]))
            if place and (longer := _region_width(folded_chain, i)) > width:
                # "Papua Barat Daya" is a province, not "Papua" and "Barat Daya".
                place, width = _REGIONS[" ".join(folded_chain[i : i + longer])], longer
            if place and i + width < len(chain) and folded_chain[i + width] in CLUB_SUFFIXES:
                # "Bali United", "Los Angeles Lakers": a club named for its city; "Indonesia
                # Open", "All England Open": a tournament
                first = i - 1 if buffer and buffer[-1][0] == "All" else i
                if first < i:
                    buffer.pop()
                flush()
                club = " ".join(t for t, _ in chain[first : i + width + 1])
                out.append(Mention(club, "org", chain[first][1]))
                i += width + 1
                matched = True
                break
            if (
                place == "Indonesia"
                and i + width == len(chain)
                and len(buffer) == 1
                and _brand(buffer[0][0], lowercase)
            ):
                # "Garuda Indonesia", "Telkom Indonesia", "Unilever Indonesia": a company's
                # Indonesian arm is named with the country after the brand
                out.append(Mention(f"{buffer[0][0]} {chain[i][0]}", "org", buffer[0][1]))
                buffer.clear()
                i += width
                matched = True
                break
            if (
                place
                and not buffer
                and (folded_chain[-1] in _FESTIVAL_ENDS or folded_chain[-1] in _ORG_TAILS)
                and 1 <= len(chain) - (i + width) <= 3
            ):
                # "Jogja Swara Fest", "Jakarta Fashion Week": an event named for its city;
                # "Vietnam Athletics Federation": a body named for its country
                out.append(Mention(" ".join(t for t, _ in chain[i:]), "org", chain[i][1]))
                i = len(chain)
                matched = True
                break
            if place and (
                (
                    buffer
                    and buffer[0][0].casefold() in _CAMPUS_HEADS
                    and i + width == len(chain)
                    and len(buffer) <= 4
                )
                or (
                    len(buffer) == 1
                    and buffer[0][0].casefold() in _PROGRAMME_HEADS
                    and 1 <= len(chain) - (i + width) <= 2
                    and all(f in ROOT_WORDS for f in folded_chain[i + width :])
                )
            ):
                # "Institut Teknologi Bandung", "Universitas Gadjah Mada Yogyakarta": a campus
                # named with its city is one name; so is a programme named with its region and
                # a plain word ("Kartu Jakarta Pintar", "Beasiswa Kaltara Cerdas"), not "Kartu"
                # and "Pintar"
                out.append(
                    Mention(" ".join(t for t, _ in [*buffer, *chain[i:]]), "org", buffer[0][1])
                )
                buffer.clear()
                i = len(chain)
                matched = True
                break
            if place and not (
                width == 1 and folded_chain[i] in {"us", "as", "ri"} and not chain[i][0].isupper()
            ):
                flush()
                out.append(Mention(place, "place", chain[i][1]))
                i += width
                if i < len(chain) and folded_chain[i] in _PLACE_KINDS:
                    i += 1  # "Rakhine State", "Sabah state": the place, no other name
                matched = True
                break
        if (
            not matched
            and not buffer  # "Pemko Tebing Tinggi", "Polresta Banda Aceh": an office's name
            and folded_chain[i] in _REGION_FIRST
            and (width := _region_width(folded_chain, i)) >= 2
        ):
            # "Intan Jaya", "Lampung Selatan": a regency of two words or more is no one's
            # name (one word, "Bima", "Agam", may be a person's)
            flush()
            out.append(
                Mention(_REGIONS[" ".join(folded_chain[i : i + width])], "place", chain[i][1])
            )
            i += width
            continue
        if matched:
            continue
        token, start = chain[i]
        folded = token.casefold()
        after_title = False
        if (
            not buffer
            and folded in _BODY_HEADS
            and (local := _local_body(folded_chain, i)) is not None
        ):
            # "Dinas Lingkungan Hidup Sleman", "Dinas Kesehatan Kota Banjarmasin": a local
            # office and the region it serves, never "Hidup Sleman"; its head's name may follow
            flush()
            body, seat, end = local
            out.append(Mention(" ".join(t for t, _ in chain[i:body]), "org", start))
            place = " ".join(folded_chain[seat:end])
            out.append(Mention(_REGIONS[place], "place", chain[seat][1]))
            i = end
            continue
        if (
            not buffer
            and folded in FACILITY_HEADS
            and (end := _facility_end(chain, folded_chain, i))
        ):
            # "Stadion Gelora Bung Karno"; a known place after the head ("Bandara Kulon
            # Progo") or after the name ("… Borobudur Yogyakarta") stays a place.
            flush()
            words = [f"{t}." if t in _DOTTED_TITLES else t for t, _ in chain[i:end]]
            out.append(Mention(" ".join(words), "facility", start))
            i = end
            continue
        if (
            folded in _OF_HEADS
            and i + 2 < len(chain)
            and folded_chain[i + 1] == "of"
            and all(t.casefold() in COMMON or t.casefold() in _OF_PREFIXES for t, _ in buffer)
            and (end := _of_body_end(chain, folded_chain, i))
        ):
            # "the Department of Conservation", "Reserve Bank of India": an English body
            # named with "of" is one name, not "Conservation" and "India"
            while buffer and buffer[0][0].casefold() in COMMON:
                buffer.pop(0)
            first = buffer[0][1] if buffer else start
            words = [t for t, _ in buffer] + [t for t, _ in chain[i:end]]
            buffer.clear()
            out.append(Mention(" ".join(words), "org", first))
            i = end
            continue
        if not buffer and token in _ALIAS_FIRST and (alias := _alias(chain, i)):
            flush()
            out.append(Mention(ALIASES[alias], "person", start))
            i += len(alias.split())
            continue
        if (
            token in _ROMAN
            and buffer
            and (
                buffer[-1][0].casefold() in _NUMBERED or (len(buffer) == 1 and i + 1 == len(chain))
            )
        ):
            buffer.append((token, start))  # "Komisi II DPR", "Perang Dunia II", "Artemis II"
        elif (
            (token in ACRONYMS or (token.isupper() and 2 <= len(token) <= 6 and token.isalpha()))
            and i + 1 < len(chain)
            and folded_chain[i + 1] in _EVENT_TAILS
        ):
            # "SEA Games", "AFF Cup", "APEC Summit": the event, not the body and a word
            flush()
            out.append(Mention(f"{token} {chain[i + 1][0]}", "org", start))
            i += 2
            continue
        elif (
            token.isupper()
            and 2 <= len(token) <= 4
            and (end := _company_end(chain, folded_chain, i))
        ):
            # "LG Energy Solution", "SK Hynix Group": a company named on its owner's letters
            flush()
            out.append(Mention(" ".join(t for t, _ in chain[i:end]), "org", start))
            i = end
            continue
        elif (
            folded in CLUB_LETTERS
            and 1 <= len(buffer) <= 2
            and all(t[:1].isupper() and t.casefold() not in COMMON for t, _ in buffer)
        ):
            # "Arema FC", "Sriwijaya FC": the club, not a person called Arema
            out.append(Mention(" ".join([*(t for t, _ in buffer), token]), "org", buffer[0][1]))
            buffer.clear()
        elif (
            token not in ACRONYMS
            and token.isupper()
            and 3 <= len(token) <= 5
            and token.isalpha()
            and i + 1 < len(chain)
            and (width := _region_width(folded_chain, i + 1))
            # "KRI Bima Suci", "KEK Tanjung Lesung": one more word goes on the name, not a
            # city's; a holder's name of two words may (PSM Makassar Jorge Mendonça)
            and len(chain) - (i + 1 + width) != 1
        ):
            # "PSIS Semarang", "Tim Reaksi Cepat BPBD Jember": a club or body kabar does not
            # know, named with its city; not the city alone, read as a person
            flush()
            end = i + 1 + width
            out.append(Mention(" ".join(t for t, _ in chain[i:end]), "org", start))
            i = end
            continue
        elif token in ACRONYMS or (token.isupper() and 2 <= len(token) <= 6 and token.isalpha()):
            if buffer and all(t.casefold() in ORG_WORDS for t, _ in buffer):
                buffer.clear()  # "Kantor Otorita IKN", "Dinas PUPR": the body's head words
            flush()
            if token in ACRONYMS or _defined_here(token, located):
                out.append(Mention(token, "org", start))
        elif folded in NOBLE_OPENERS and _opens_noble_name(chain, folded_chain, i):
            # "Menteri Kehutanan Raja Juli Antoni", "Gubernur NTB Lalu Muhammad Iqbal": a Malay
            # or Sasak noble title opens the holder's name; what came before is the office's,
            # unless it is an Acehnese noble's own ("Teuku Raja Mulyadi Syah")
            aceh = buffer[-1:] if buffer and buffer[-1][0].casefold() in _ACEH_NOBLE else []
            if buffer[: len(buffer) - len(aceh)] and not all(
                _body_word(t, lowercase, located) for t, _ in buffer[: len(buffer) - len(aceh)]
            ):
                del buffer[len(buffer) - len(aceh) :]
                flush()
            buffer[:] = aceh
            noble = True
            end = i + 1
            while end < len(chain) and (
                _noble_name_word(chain[end][0])
                # "Lalu Muhammad Zainul Hakim": a title's word that is a family name ends it
                or (
                    surname_title([chain[end - 1][0], chain[end][0]])
                    and (end + 1 == len(chain) or folded_chain[end + 1] not in TITLES)
                )
            ):
                end += 1
            buffer.extend(chain[i:end])
            flush()
            i = end
            continue
        elif (
            buffer
            and folded in SURNAME_TITLES
            and surname_title([buffer[-1][0], token])
            and (i + 1 == len(chain) or folded_chain[i + 1] not in TITLES)
        ):
            # "Bupati Indramayu Lucky Hakim", "Lukman Hakim Nasution": his name
            buffer.append((token, start))
        elif (
            folded == "kota"
            and not buffer
            and i + 1 < len(chain)
            and (i + 2 == len(chain) or _names_a_place(folded_chain, i + 2))
            and common_noun(chain[i + 1][0])
            and not _region_width(folded_chain, i + 1)
            and (i == 0 or folded_chain[i - 1] not in TITLES)
        ):
            # "Kota Tua", "Kota Lama": a city's old quarter, not the title of a mayor ("Wali
            # Kota") and a word
            flush()
            out.append(Mention(f"{token} {chain[i + 1][0]}", "place", start))
            i += 2
            continue
        elif (
            folded in WORK_TITLE_OPENERS
            and not buffer
            and i + 2 < len(chain)
            and folded_chain[i + 1] in TITLE_CASE_PREPOSITIONS
        ):
            # "Head Over Heels", "King Of The Hill": a work's title in title case, not an
            # office over a name (which takes no capitalised preposition after it)
            buffer.append((token, start))
        elif (folded in TITLES or folded.rstrip(".") in TITLES) and not (
            i + 1 < len(chain) and folded_chain[i + 1] in LEAGUE_WORDS
        ):
            width = 0 if buffer or folded in _ADMIN_WORDS else _region_width(folded_chain, i)
            if width > 1:
                # "Raja Ampat": a regency whose name opens on a title's word
                flush()
                region = _REGIONS[" ".join(folded_chain[i : i + width])]
                out.append(Mention(region, "place", start))
                i += width
                continue
            if (
                folded in _PORTFOLIO_TITLES
                and len(buffer) >= 2
                and all(t in _INNER or t.casefold() not in DEMONYMS for t, _ in buffer)
                and not any(known_place(t) for t, _ in buffer)
            ):
                # "Natural Resources and Environmental Sustainability Minister Azman": the
                # minister's portfolio, no one's name and no topic
                buffer.clear()
            flush()
            after_title = True
        else:
            buffer.append((token, start))
        i += 1
    flush()
    return out


# What opens the name of a government body that a region's name closes ("Dinas Kesehatan Kota
# Banjarmasin", "Kantor Imigrasi Denpasar", "Stasiun Klimatologi Bogor").
_BODY_HEADS = word_set(
    "badan dinas kantor lembaga komisi dewan balai biro direktorat satuan stasiun kementerian"
)
# The words a government body's or office's name opens with ("Data Dinas Kesehatan": the
# office's figures, "Dinas Kesehatan" the name)
GOVERNMENT_HEADS = _BODY_HEADS | OFFICE_HEADS | word_set("majelis mahkamah")
_REGION_UNITS = word_set("kota kabupaten kab provinsi")
# A Minangkabau's customary titles, after the given name: "Datuak Bandaro Kuniang".
_GELAR = word_set("datuak datuk dt sutan st bagindo")
_SMALL_UNITS = word_set(
    "kecamatan kelurahan desa dusun kampung nagari nagori gampong pekon distrik"
)
# What opens a body's own name after a title ("Ketua Federasi Serikat Guru", "Gubernur Akademi
# Angkatan Laut"): the body, not the title's field ("Direktur Tindak Pidana Siber").
_NAMED_BODY_HEADS = _BODY_HEADS | word_set(
    "majelis mahkamah partai yayasan universitas institut sekolah akademi politeknik pusat "
    "divisi satuan tim panitia forum asosiasi ikatan persatuan himpunan perkumpulan koperasi "
    "federasi komunitas serikat gabungan paguyuban komite"
)


def _local_body(folded: list[str], i: int) -> tuple[int, int, int] | None:
    """A body's name that opens at i with a head word and closes with the region it serves
    (its field in dictionary words, then the region): where the body's name ends, where the
    region starts and where it ends in the chain; None if the chain reads otherwise."""
    if i + 2 >= len(folded) or not (
        folded[i + 1] in ORG_WORDS or (folded[i] != "stasiun" and _plain_noun(folded[i + 1]))
    ):
        return None  # "Stasiun Tugu Yogyakarta": a railway station, no field of government
    for n in range(i + 2, len(folded)):
        word = folded[n]
        unit = word in _REGION_UNITS and n + 1 < len(folded)
        seat = n + 1 if unit else n
        width = _region_width(folded, seat)
        # "Sumber Daya Mineral": a region's name that is a dictionary word goes on the field
        if width and (unit or width > 1 or not common_noun(word)):
            return n, seat, seat + width  # "Kota" of "Kota Banjarmasin" is no part of either
        if not (word in ORG_WORDS or word in _AND or _plain_noun(word)):
            return None
    return None


def _noble_name_word(token: str) -> bool:
    folded = token.casefold()
    return (
        token[:1].isupper()
        and not token.isupper()
        and folded not in TITLES
        and folded not in CONNECTORS
        and token not in _ROMAN
        and folded not in _PLACES
    )


def _opens_noble_name(chain: list[tuple[str, int]], folded_chain: list[str], i: int) -> bool:
    """Tell whether the noble title at i opens a person's name: two more words of a name
    follow it, and it opens no region ("Raja Ampat")."""
    return (
        i + 2 < len(chain)
        and _noble_name_word(chain[i + 1][0])
        and _noble_name_word(chain[i + 2][0])
        and _region_width(folded_chain, i) == 0
    )


# What follows "Raden" in a Javanese noble's name before their own: "Raden Ayu Kirana".
_RADEN_RANKS = word_set("ayu mas roro rara ajeng bagus")


# Acehnese nobles' titles, which open the name another noble title may follow
_ACEH_NOBLE = frozenset({"teuku", "tengku", "cut", "t."})


def _prefix_width(words: list[str]) -> int:
    """How many words open a name before the one the press calls the person by: "Mochammad"
    of Mochammad Fachrul Rozi, "Raden Ayu" of Raden Ayu Kirana Larasati, a baptismal name;
    0 if none. The person may be called by the word after any of them."""
    first = words[0].casefold().rstrip(".")
    if first == "raden" and len(words) > 1 and words[1].casefold() in _RADEN_RANKS:
        return 2
    width = 0
    while width < len(words) - 2 and (
        (folded := words[width].casefold().rstrip(".")) in NAME_PREFIXES
        or folded in NOBLE_OPENERS
        or words[width] == "I"
        # a Latin baptismal name: "Aloysius" of Romo Krisna, Aloysius Krisna Wibawa
        or (width == 0 and len(folded) >= 6 and folded.endswith("us"))
    ):
        width += 1  # "Lalu Muhammad" of Lalu Muhammad Zainul Hakim, called Zainul
    return width


# Honorifics a street or a school keeps before the name it honours: "Jalan Kyai Tapa".
_HONOURED = frozenset(
    {"kyai", "kiai", "nyai", "syekh", "haji"}
    # a soldier's rank: "RSUD Mayjen H.A. Thalib", "Bandara Jenderal Besar Soedirman"
    | {"mayjen", "brigjen", "letjen", "jenderal", "kolonel", "letkol", "kapten", "laksamana"}
    | {"marsekal", "besar"}
)


def _facility_end(chain: list[tuple[str, int]], folded_chain: list[str], i: int) -> int:
    """Where the building's name that opens at i ends (before a known place or an
    organisation's acronym: "Gedung DPR" is where DPR sits), or 0."""
    if i and chain[i - 1][0] in {"PT", "CV"}:
        return 0  # "PT Hotel Sahid Jaya": a company
    # "RSUD Dr. Moewardi", "RSUD Mayjen H.A. Thalib", "RSUD Prof. Dr. W. Z. Johannes": the
    # titles and initials of the person a building is named for
    end = i + 1
    while end + 1 < len(chain) and _honouring(chain[end][0]):
        end += 1
    titled = end - i - 1
    while end < min(len(folded_chain), i + 5 + titled) and (
        # "Stasiun Meteorologi Kelas I Juanda": a station's class in Roman numerals
        ((chain[end][0] == "I" or chain[end][0] in _ROMAN) and folded_chain[end - 1] == "kelas")
        or (
            not (chain[end][0].isupper() and len(chain[end][0]) > 1)  # DPR, Tbk's PT
            and folded_chain[end] not in COMMON
            and folded_chain[end] not in TITLES
            and (not _names_a_place(folded_chain, end) or folded_chain[end - 1] == "trans")
        )
    ):
        # "Jalan Trans Kalimantan", "Jalan Trans Papua Barat": a highway across a region is
        # named for it
        end += 1
    return end if end > i + 1 + titled else 0


def _honouring(word: str) -> bool:
    """A title, a rank or an initial before the name of the person a building honours."""
    return (
        word in _DOTTED_TITLES
        or word.casefold() in _HONOURED
        or word in ("dr.", "drg.")
        # "H.", "MH" of "Jalan MH Thamrin"; not a building's number ("Gedung IV")
        or (_INITIALS_HONOURED.fullmatch(word) is not None and word not in _ROMAN)
    )


_INITIALS_HONOURED = re.compile(r"[A-Z][A-Z.]?")


def _names_a_place(folded_chain: list[str], i: int) -> bool:
    """Tell whether the words from i start with a place kabar knows."""
    return _region_width(folded_chain, i) > 0 or any(
        " ".join(folded_chain[i : i + width]) in _PLACES for width in (3, 2, 1)
    )


# The numbers after a name: "Komisi II", "Artemis II", "Perang Dunia II", "Paus Leo XIV".
_ROMAN = frozenset(
    {"II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"}
)
# What a number after it names: a parliament's commission, a world war.
_NUMBERED = frozenset({"komisi", "dunia"})
# Words of a region's formal name that a title may also be: "Daerah Istimewa Yogyakarta" and
# "Kota Agung" are read by the unit rules, "Raja Ampat" is a regency named so.
_ADMIN_WORDS = frozenset({"daerah", "kota"})


_SPELLED_FIRST = frozenset(name.split()[0] for name in SHORT_NAMES)


def _spelled_width(folded_chain: list[str], i: int) -> int:
    """How many words from i spell out a body kabar follows by its short name, or 0.

    A capitalised word after it is the holder's name or title ("Gubernur Bank Indonesia Perry
    Warjiyo", "Regional Representative Council Speaker Sultan Najamudin"); a place after it
    makes it another country's ("Mahkamah Agung Venezuela" is Venezuela's court, not
    Indonesia's MA)."""
    for width in range(min(7, len(folded_chain) - i), 1, -1):
        if " ".join(folded_chain[i : i + width]).replace("-", " ") in SHORT_NAMES:
            after = folded_chain[i + width] if i + width < len(folded_chain) else ""
            if not after or after in _REGIONS or after == "ri" or after in TITLES:
                # "Regional Representative Council Speaker Sultan Najamudin": its holder
                return width
            return width if after not in _PLACES else 0
    return 0


def _fields_then_body(buffer: list[tuple[str, int]]) -> bool:
    """Two fields a title heads, joined by "dan", then the head word of the body they are of
    ("Sarana dan Prasarana Otorita", "… Dinas"): no one's name."""
    last = buffer[-1][0].casefold()
    return any(t == "dan" for t, _ in buffer) and (last in _BODY_HEADS or last == "otorita")


def _region_width(folded_chain: list[str], i: int) -> int:
    """How many words from i name an Indonesian region (the longest match), or 0."""
    if folded_chain[i] not in _REGION_FIRST or folded_chain[i : i + 2] == ["sumber", "daya"]:
        return 0  # "Sumber Daya Air": resources, not Cirebon's town of Sumber
    for width in range(min(3, len(folded_chain) - i), 0, -1):
        if " ".join(folded_chain[i : i + width]) in _REGIONS:
            return width
    return 0


def _alias(chain: list[tuple[str, int]], i: int) -> str | None:
    """The nickname starting the chain at i, unless it is followed by more of a name."""
    for width in (2, 1):
        words = " ".join(t for t, _ in chain[i : i + width])
        if len(chain) >= i + width and words in ALIASES:
            rest = chain[i + width : i + width + 1]
            # "Prabowo Subianto" is already a full name; only a bare nickname is mapped.
            if not rest or rest[0][0].casefold() in TITLES or place_name(rest[0][0]):
                return words
    return None


def surname_title(words: list[str]) -> bool:
    """Tell whether a name's last word, a title, is a family name ("Lucky Hakim"); not after
    a common noun ("Majelis Hakim", "Piala Raja")."""
    return (
        len(words) > 1
        and words[-1].casefold() in SURNAME_TITLES
        and words[-2].casefold() not in ROOT_WORDS
        and words[-2].casefold() not in TITLES
    )


def _in_order(words: list[str], within: list[str]) -> bool:
    """Whether the words all stand in `within`, in the same order."""
    rest = iter(within)
    return all(word in rest for word in words)


# A hyphen between letters joins two parts of one name ("Castillejos-Mapa", "Tae-yong"); one
# before a number ("SV-5276", "U-23") is part of a code.
_NAME_PART_BREAK = re.compile(r"\s+|(?<=[^\W\d])-(?=[^\W\d])")


def _name_words(name: str) -> list[str]:
    return _NAME_PART_BREAK.split(name) if "-" in name else name.split()


def _initials_of(parts: list[str], spelled: list[str]) -> bool:
    """Whether a name with initials ("Ronald A. Sinaga") is the spelled one, word by word."""
    if len(parts) != len(spelled):
        return False
    initials = False
    for part, word in zip(parts, spelled, strict=True):
        if part == word:
            continue
        if len(part) == 2 and part[1] == "." and word[0] == part[0] and len(word) > 2:
            initials = True
            continue
        return False
    return initials


# The particles that join a Spanish or Portuguese name's two surnames ("Campos de Rivas")
_SURNAME_PARTICLES = frozenset({"de", "del", "da", "das", "do", "dos", "y"})


# The words a Balinese name opens with before the given name: "I"/"Ni", the birth order
# and the caste's titles ("I Gusti Ngurah", "Anak Agung Ayu", "Ida Bagus")
_BALINESE_HEADS = BALINESE | word_set("ayu agung anak dewa desak cokorda")


def _balinese_given(words: list[str]) -> int:
    """Where the given name starts in a Balinese name of two heads or more ("I Gusti Ngurah
    Bagus Wiratama": 3), or 0."""
    at = 1 if words[0] in ("I", "Ni") else 0
    while at < len(words) - 1 and (
        words[at].casefold() in _BALINESE_HEADS
        or (at > 0 and words[at] == "Bagus" and words[at - 1] == "Ida")
    ):
        at += 1
    return at if at >= 2 else 0


# Titles people say short before a name: "Cok Raka" for Cokorda Gde Raka Mahendra
_SAID_SHORT = {"Cok": "Cokorda", "Cokde": "Cokorda", "Gung": "Agung"}


def fullest_form(name: str, known: Iterable[str]) -> str:
    """Return the longest known name that ends with (or equals) the given one, e.g. Putin."""
    parts = _SPLIT_NAME.split(name.strip())
    best, best_size = name, len(parts)
    first, last = parts[0], parts[-1]
    inside: set[str] = set()
    for candidate in known:
        if first not in candidate and last not in candidate:
            continue  # a cheap substring test rules out most candidates before splitting
        # split at hyphens too: "Castillejos-Mapa" is the end of "Leonora Castillejos-Mapa"
        # _name_words(candidate), written out: this runs for every candidate of every name
        cparts = _NAME_PART_BREAK.split(candidate) if "-" in candidate else candidate.split()
        if (
            len(cparts) > best_size
            and (
                cparts[-len(parts) :] == parts
                or cparts[: len(parts)] == parts
                # "Anies Baswedan" (from the nickname table) and "Anies Rasyid Baswedan"
                or (len(parts) > 1 and cparts[0] == parts[0] and cparts[-1] == parts[-1])
                # "Teuku Iqbal" of "Teuku Muhammad Iqbal Fahmi": its words, in order, from the first
                or (len(parts) > 1 and cparts[0] == parts[0] and _in_order(parts[1:], cparts[1:]))
                # "Cok Raka" of "Cokorda Gde Raka Mahendra": Bali's title as people say it
                or (
                    len(parts) > 1
                    and _SAID_SHORT.get(parts[0]) == cparts[0]
                    and _in_order(parts[1:], cparts[1:])
                )
            )
        ):
            best, best_size = candidate, len(cparts)
        elif len(cparts) == best_size and "." in best and _initials_of(best.split(), cparts):
            best = candidate  # "Ronald A. Sinaga" is "Ronald Aristone Sinaga"
        elif (
            len(cparts) > len(parts) + 1
            and (width := _prefix_width(cparts))
            and any(
                len(cparts) > len(parts) + at and cparts[at : len(parts) + at] == parts
                for at in range(1, width + 1)
            )
        ):
            inside.add(candidate)  # "Fachrul", "Made Sudarsana", "Kirana" inside a longer name
        elif (at := _balinese_given(cparts)) and cparts[at : at + len(parts)] == parts:
            # "Budiarta" of "I Made Budiarta Wijaya", "Bagus" of "I Gusti Ngurah Bagus Wiratama"
            inside.add(candidate)
        elif (
            "-" in name
            and len(cparts) > len(parts)
            and any(
                cparts[at : at + len(parts)] == parts for at in range(1, len(cparts) - len(parts))
            )
        ):
            inside.add(candidate)  # "Owusu-Darkwa" of "Abena Owusu-Darkwa Mensimah"
        elif (
            len(parts) == 1
            and len(cparts) > 3
            and any(
                cparts[at] == first and cparts[at + 1] in _SURNAME_PARTICLES
                for at in range(1, len(cparts) - 2)
            )
        ):
            inside.add(candidate)  # "Campos" of "Irene Campos de Rivas": her father's name
    # After a prefix the press drops ("Mochammad", "Andi", Bali's "I Made"), the second
    # word is what a person is called: "Fachrul" for Mochammad Fachrul Rozi, "Amran" for
    # Andi Amran Sulaiman; only when no one else the article names is called so.
    if best == name and len(inside) == 1:
        return inside.pop()
    return best
