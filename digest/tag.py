"""Name what an article is about: the people, places and organisations in it, and its section."""

from __future__ import annotations

import re
import string
from collections import Counter
from functools import lru_cache
from itertools import takewhile

from digest.categories import categorize, category_key
from digest.model import ParsedArticle
from digest.name_words import ACRONYMS, CLUB_LETTERS, word_set
from digest.names import Mention, alias_name, article_names, ascii_fold
from digest.outlet_zones import paper_town, town_zone
from digest.places import (
    DEMONYMS,
    FOREIGN_PLACES,
    english_place,
    known_place,
    place_name,
    region_name,
)
from digest.spelled_out import SHOWN, short_name
from digest.topic_words import (
    STOP_WORDS,
    common_word,
    followable,
    plain_word,
    strip_possessive,
)

MAX_TOPICS = 8

# Outlets and agencies are who reported the story, not what it is about.
_OUTLETS = word_set(
    "reuters afp ap antara xinhua bernama kyodo cnn kompas detik tempo kumparan okezone "
    "liputan6 tribunnews republika suara merdeka viva sindonews jitunews bbc"
)

# An apostrophe joins the name it is in ("Mu'ti" is "muti"); other marks part words.
_PUNCTUATION = str.maketrans(
    {c: "" if c in "'‘’" else " " for c in string.punctuation + "“”‘’«»„–—"}
)

_BRACKETED = re.compile(r"\(([A-Z][a-z][\w\-]*)\)")
# The titles of posts an office's short name stands for ("Kasipenkum", "Pangkoopsudnas").
_POSTS = word_set(
    "kepala ketua wakil direktur panglima menteri sekretaris komandan asisten inspektur "
    "kasi kabag kabid kasubag kasat"
)
# "Penerangan", "Kebudayaan": nouns a prefix and suffix make of a root word.
_DERIVED_NOUN = re.compile(r"(?:pe|ke)[a-z]{4,}an")
# The letters after a football club's name ("Arema FC", "Semen Padang FC"): the club is
# named without them too, and followed under either name.
_CLUB_ENDS = tuple(f" {letters}" for letters in CLUB_LETTERS)
# Places nearly every Indonesian story names: kept as topics, offered after specific ones.
GENERIC_TOPIC_KEYS = frozenset({"indonesia", "jakarta"})
# A lower-case letter straight before a capital: two names run together ("UnitedManchester").
_GLUED = re.compile(r"[a-z][A-Z][a-z]")
_FOREIGN = FOREIGN_PLACES | {english_place(name) for name in FOREIGN_PLACES}


@lru_cache(maxsize=16384)
def topic_key(name: str) -> str:
    """Return the key topics are matched on: case, accents, punctuation and spelling folded."""
    folded = " ".join(ascii_fold(name).casefold().translate(_PUNCTUATION).split())
    # "/subscribe politics" follows the section an Indonesian article calls "politik".
    section = category_key(folded)
    if section:
        return section
    # "/subscribe jokowi" must match the topic "Joko Widodo" that tag() emits, and
    # "/subscribe Bank Indonesia" the stories that say "BI".
    if folded.endswith(_CLUB_ENDS):
        folded = folded.rsplit(" ", 1)[0]  # "/subscribe arema" follows "Arema FC"
    canonical = place_name(folded) or alias_name(folded) or short_name(folded)
    return " ".join(ascii_fold(canonical).casefold().split()) if canonical else folded


def tag(
    article: ParsedArticle, *, speaker: str | None = None
) -> tuple[tuple[str, ...], str | None]:
    """Return the article's topics (most prominent first, at most 8) and its category.

    Both are spelt in the article's language: an English story names "Russia" and "economy"
    where an Indonesian one names "Rusia" and "ekonomi"; topic_key matches the two. The
    person who says the key quote (`speaker`) is a topic even if the story names them once.
    """
    topics, foreign = _topics(article, speaker)
    return topics, categorize(article, foreign)


def _topics(article: ParsedArticle, speaker: str | None = None) -> tuple[tuple[str, ...], int]:
    names = article_names(article.headline, article.body)
    # the outlet's own words are no topic, but the place a paper is named for is
    # ("Cilacap" of "Kabar Cilacap", "Dumfries" of the "Dumfries & Galloway Standard")
    outlet_words = {
        w.casefold()
        for w in re.findall(r"[A-Za-z0-9]+", article.source or "")
        # "KABAR CILACAP" too
        if not known_place(w.title()) and not paper_town(w.title())
    }
    # the town a paper is named for, its name less its last word ("Haida Gwaii" of the
    # Haida Gwaii Signal), is a topic; a site's address names none
    outlet_name = (article.source or "").casefold().split()
    town = (
        " ".join(outlet_name[:-1]) if len(outlet_name) > 1 and "." not in outlet_name[-1] else None
    )
    english = article.language == "en"

    brackets: list[frozenset[str]] = []

    def bracketed() -> frozenset[str]:
        """The capitalised words the article gives in brackets, read once when first asked."""
        if not brackets:
            brackets.append(
                frozenset(w for p in article.body if "(" in p for w in _BRACKETED.findall(p))
            )
        return brackets[0]

    def shown(mention: Mention) -> str | None:
        words = mention.name.casefold().split()
        if (
            not _OUTLETS.isdisjoint(words)
            # a one-word outlet, its brand in any name ("WhatsApp Channel TribunJakarta")
            or (len(outlet_name) == 1 and not outlet_words.isdisjoint(words))
            # a longer name whole or in part ("Tungkal Pos"), not "Kuala Tungkal" or "Haida
            # Nation" beside the Tungkal Pos or the Haida Gwaii Signal
            or (outlet_words.issuperset(words) and " ".join(words) != town)
        ):
            return None
        if mention.kind == "place":
            return english_place(mention.name) if english else mention.name
        if mention.kind == "area":
            # "Kelurahan Panjang Wetan": a village's name as the text gives it after its unit,
            # dictionary words and all (not "Wetan")
            return mention.name
        if english and (country := DEMONYMS.get(mention.name.casefold())):
            return english_place(country)  # "Indonesian President Prabowo": Indonesia
        name = strip_possessive(mention.name)
        if (
            mention.kind == "person"
            and name.istitle()
            and name in bracketed()
            and _office_short_name(name, article.body)
        ):
            return None  # "Kepala Seksi Penerangan Hukum (Kasipenkum)": a post, not a name
        if mention.kind != "person":
            if _in_quotes(name, article.body):
                return name  # a work's title as printed: "Sepuluh Tahun Bercerita", not cut
            return followable(name, article.language)
        full = names.full(name)
        topic = followable(full, article.language)
        if (
            topic
            and topic != full
            and topic in full
            and not _DERIVED_NOUN.fullmatch(full.split()[0].casefold())
            and _set_off(full, article.body)
        ):
            # "OJK, Melati Anggraeni Suryadinata, menilai": a name the body sets off between a
            # title or a comma and a comma is whole; no dictionary word ("Melati", "Dimara",
            # "Permana") at its edges is a word a title-case headline glued to it. A noun
            # opens no one's name ("…, Perwakilan Polresta Pekanbaru, …": its envoy).
            return full
        if topic and " " not in topic and full.endswith(f" {topic}"):
            # "Targetnya Aurelia": the given name left when a glued word goes is the person
            # the article names in full ("Aurelia Kinanti Putri")
            named = names.full(topic)
            if named.startswith(f"{topic} ") and named in names.people:
                topic = followable(named, article.language) or topic
        return topic

    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    display: dict[str, str] = {}
    mid_sentence: set[str] = set()
    offset = 0
    # (topic, key) for each name and kind the article gives, worked out at its first mention.
    read: dict[tuple[str, str], tuple[str, str] | None] = {}
    for paragraph, found in zip(article.body, names.paragraphs, strict=True):
        for mention in found:
            if (mention.name, mention.kind) in read:
                known = read[mention.name, mention.kind]
            else:
                topic = shown(mention)
                # The section is added once, as the category.
                known = (
                    None
                    if topic is None or category_key(topic)
                    # "Kejaksaan Agung" of an article that spells out "Kejagung" is Kejagung
                    else (topic, topic_key(names.bodies.get(topic, topic)))
                )
                read[mention.name, mention.kind] = known
            if known is None:
                continue
            topic, key = known
            if key not in display:
                # "Komisi Pemberantasan Korupsi (KPK)": shown as readers follow it, "KPK"
                display[key] = SHOWN.get(key, topic)
            counts[key] += 1
            first_seen.setdefault(key, offset + mention.position)
            if key not in mid_sentence and _named_alone(paragraph, mention):
                mid_sentence.add(key)
        offset += len(paragraph) + 1
    if not english:
        # "Lokasi" or "Pasalnya" opening sentences is a common word, not a name.
        # "Guru" left of "Hari Guru" and "Guru Honorer" in a story that writes "guru": a word
        # the story also writes in lower case is a common one wherever it stands.
        for key in [
            k
            for k in counts
            if (k not in mid_sentence or k in names.lowercase) and common_word(display[k])
        ]:
            del counts[key]
    else:
        # "Police", "Mining", "Fishers" opening sentences, "Asian", "Indonesians": a word the
        # story also writes in lower case, or who people are, is no name a reader follows
        # a name inside the headline, not the word that opens it ("Visitor arrivals up 31%")
        headline_keys = {topic_key(m.name) for m in names.headline if m.position > 0}
        for key in [
            k
            for k in counts
            if _english_word(display[k], names.lowercase)
            # "Officials said …", "Villagers say …": a plural that only ever opens a sentence
            or (k not in mid_sentence and _opening_plural(display[k]))
            # "Lava fountains reached …", "Consumer groups pushed back": a word that only ever
            # opens a sentence, whom the story never names in full and the headline not at all
            or (
                k not in mid_sentence
                and k not in headline_keys
                and _opening_word(display[k])
                and names.full(display[k]) == display[k]
                and display[k] not in bracketed()  # "The … Teachers' Union (Nantu)"
                and k != (article.dateline or "").casefold()  # "DUBROVNIK – Dubrovnik will …"
            )
        ]:
            del counts[key]
    _fold_glued(counts, first_seen, display)
    if article.source:
        # "told the Post-Courier": the outlet that wrote the story is no topic of it
        counts.pop(topic_key(article.source), None)
    for key in [k for k in counts if k in _EVENT_WORDS]:
        # "the Games" after "the SEA Games": the event named before
        longer = [k for k in counts if k.endswith(f" {key}")]
        if len(longer) == 1:
            counts[longer[0]] += counts.pop(key)
            first_seen.pop(key)
    if speaker and " " in speaker:
        key = topic_key(followable(speaker, article.language) or speaker)
        if key in counts:
            counts[key] += 1  # "kata Perry Warjiyo" once: the voice of the story
    # Only names the body gives count; the headline adds weight to them.
    in_headline = {
        _headline_key(topic, display) for m in names.headline if (topic := shown(m)) is not None
    }

    def score(key: str) -> float:
        return counts[key] + (3 if key in in_headline else 0) - first_seen[key] / 5000

    ranked = sorted(counts, key=score, reverse=True)
    chosen = [k for k in ranked if counts[k] >= 2 or k in in_headline]
    foreign = sum(count for key, count in counts.items() if display[key] in _FOREIGN)
    return tuple(display[k] for k in chosen[:MAX_TOPICS]), foreign


# Who people are, not a name: continents' and peoples' adjectives, compass adjectives; and
# what an office is of, left when its title goes ("Deputy Interior Minister", "Deputy Digital").
_PEOPLES = word_set(
    "asian european african american indigenous malay english western eastern northern southern "
    "interior digital foreign home finance defence defense trade transport javanese sundanese "
    "balinese acehnese philippine"
)
# What members of a house are called ("MPs walked out", "Opposition MP …")
_HOUSE_MEMBERS = word_set("mp mps mla mlas mep meps")
_MAN = re.compile(r"(?:wo)?m[ae]n$")


def _set_off(name: str, body: tuple[str, ...]) -> bool:
    """Whether the body gives a name between commas, or after a title and before a comma
    ("Brigjen Pol. Yudhistira Aji Permana, S.I.K."), as an apposition names a person whole."""
    closed = f"{name},"
    paragraphs = [paragraph for paragraph in body if closed in paragraph]
    if not paragraphs:
        return False  # most names trimmed for a topic are never followed by a comma
    pattern = _set_off_pattern(closed)
    return any(pattern.search(paragraph) for paragraph in paragraphs)


@lru_cache(maxsize=256)
def _set_off_pattern(closed: str) -> re.Pattern[str]:
    return re.compile(r"(?:, |\b(?:" + _TITLE_BEFORE + r")\.? )" + re.escape(closed))


_TITLE_BEFORE = "Pol|AKBP|AKP|Kompol|Iptu|Ipda|Brigjen|Irjen|Kombes|Dr|Ir|Drs|Prof|H|Hj"


def _english_word(topic: str, lowercase: frozenset[str]) -> bool:
    """A one-word English topic that is a word, not a name: the story also writes it in lower
    case ("Police" and "police"), or it says who people are ("Asian", "Indonesians")."""
    folded = topic.casefold()
    if "-" in topic and " " not in topic:
        # "Filipino-Indonesian": who someone is, twice over
        return all(part in DEMONYMS or part in _PEOPLES for part in folded.split("-"))
    if folded in _HOUSE_MEMBERS:
        return True  # "Opposition MP Clyde Arrindell": what he is
    if " " in topic or topic.isupper() or known_place(topic) or alias_name(topic):
        return False
    stem = _MAN.sub("", folded)
    return (
        folded in lowercase
        # "Frenchman", "Englishwomen"
        or (stem != folded and (stem in DEMONYMS or stem in _PEOPLES))
        or folded in _PEOPLES
        or folded in DEMONYMS
        or (folded.endswith("s") and (folded[:-1] in DEMONYMS or folded[:-1] in _PEOPLES))
        # "Residents … Another resident": the word in the plural at a sentence's start
        or (folded.endswith("s") and folded[:-1] in lowercase)
        or (folded.endswith("ies") and f"{folded[:-3]}y" in lowercase)
    )


def _in_quotes(name: str, body: tuple[str, ...]) -> bool:
    """Whether the article prints a name of several words whole between quotes."""
    return " " in name and any(
        f'"{name}"' in p or f"“{name}”" in p or f"”{name}”" in p for p in body if name in p
    )


def _opening_word(topic: str) -> bool:
    """A one-word English topic in lower-case letters after its capital, no place or body
    ("Dubrovnik" and "Invercargill" open their stories' sentences too)."""
    return (
        " " not in topic
        and topic[1:].islower()
        and not known_place(topic)
        and topic not in ACRONYMS
        and not alias_name(topic)
        and town_zone(topic) is None
    )


def _opening_plural(topic: str) -> bool:
    """A one-word English plural in lower-case letters after its capital ("Officials")."""
    return (
        " " not in topic
        and len(topic) > 4
        and topic.endswith("s")
        and topic[1:].islower()
        and not known_place(topic)
        and topic not in ACRONYMS
    )


def _office_short_name(word: str, body: tuple[str, ...]) -> bool:
    """Whether the article gives a word in brackets after an office's name opened by a title
    ("Kepala Seksi Penerangan Hukum (Kasipenkum) Kejati DKI")."""
    marked = f"({word})"
    for paragraph in body:
        at = paragraph.find(marked)
        if at > 0:
            before = paragraph[max(0, at - 80) : at].split(",")[-1].split()
            office = list(takewhile(lambda w: w[:1].isupper(), reversed(before)))[::-1]
            while office and office[0].casefold() in STOP_WORDS:
                office.pop(0)  # "Menurut Kepala Seksi …"
            # a post's title, then words of the office's name: no one's name ("Presiden Joko
            # Widodo (Jokowi)" gives a nickname); a body ("Dinas Kesehatan (Dinkes)", "Peraturan
            # Menteri Perdagangan (Permendag)") is a topic
            # The short name opens as the post's title does: "Kasipenkum" is the head of the
            # section, "Kepala Biro Tata Pemerintahan (Tapem)" names the bureau
            return (
                len(office) > 1
                and office[0].casefold() in _POSTS
                and office[0][0] == word[0]
                and all(plain_word(w) or _DERIVED_NOUN.fullmatch(w.casefold()) for w in office[1:])
            )
    return False


def _named_alone(paragraph: str, mention: Mention) -> bool:
    """Whether a capitalised word stands as a name here: inside a sentence, and not the head
    of a longer name whose number or capitals were read apart ("Liga 1", "Film KAMASUTRA")."""
    index = mention.position - 1
    while index >= 0 and paragraph[index] == " ":
        index -= 1
    if index < 0 or not (paragraph[index].isalnum() or paragraph[index] == ","):
        return False
    after = paragraph[mention.position + len(mention.name) :].lstrip(" ")
    word = after.split(" ", 1)[0].rstrip(".,;:)")
    return not (word[:1].isdigit() or (len(word) > 1 and word.isupper()))


_EVENT_WORDS = frozenset({"games", "cup", "open", "summit", "championship", "championships"})
_ISLANDS = frozenset(
    {"sumatera", "sumatra", "jawa", "java", "kalimantan", "sulawesi", "papua", "maluku"}
    | {"halmahera", "nusa tenggara", "lombok", "flores", "sumba", "timor", "bangka", "seram"}
)


def _fold_glued(counts: Counter[str], first_seen: dict[str, int], display: dict[str, str]) -> None:
    """Count names that lost a space or gained a word as the names the article gives.

    "Nikita Mirzani Bebas" (a headline verb) and "Tamara Bleszynskibukan" (a lost space) are
    "Nikita Mirzani" and "Tamara Bleszynski"; "Manchester UnitedManchester City" is both clubs.
    """
    for key in list(counts):
        parts: list[tuple[str, str]] = []  # (key, display) of the names it stands for
        shorter, _, last = key.rpartition(" ")
        if (
            shorter in counts
            and plain_word(last)
            # "Afrika Selatan" and "Jawa Barat" are places, not "Afrika" or "Jawa" and a word
            # ("Jakarta Selatan" is counted with Jakarta)
            and not (place_name(display[key]) and not known_place(display[shorter]))
            # "Sulawesi Tenggara" and "Papua Selatan" are provinces of their islands, not them;
            # "Tangerang Selatan" a city beside Tangerang (Jakarta's five are Jakarta's)
            and not (shorter in _ISLANDS and known_place(display[key]))
            and not (region_name(display[key]) and shorter != "jakarta")
        ):
            parts = [(shorter, display[shorter])]
        elif glued := _GLUED.search(display[key]):
            cut = glued.start() + 1
            pieces = (display[key][:cut], display[key][cut:])
            parts = [(topic_key(piece), piece) for piece in pieces]
            if not any(part in counts for part, _ in parts):
                parts = []
        elif known := _glued_to(key, counts):
            parts = [(known, display[known])]
        if not parts:
            continue
        count, seen = counts.pop(key), first_seen.pop(key)
        for part, shown in parts:
            display.setdefault(part, shown)
            counts[part] += count
            first_seen[part] = min(first_seen.get(part, seen), seen)


def _glued_to(key: str, counts: Counter[str]) -> str | None:
    """The name the key is with a word glued on ("tamara bleszynskibukan"), if the article
    gives it: the first in counts of key's prefixes that leave a plain word."""
    start = len(key)
    while start and key[start - 1].isalpha():
        start -= 1  # what is left after a prefix has letters only
    found = {
        key[:cut] for cut in range(start, len(key)) if key[:cut] in counts and plain_word(key[cut:])
    }
    if len(found) > 1:
        return next(known for known in counts if known in found)
    return found.pop() if found else None


def _headline_key(topic: str, body: dict[str, str]) -> str:
    """The body topic a headline name stands for: a title-case headline glues on words."""
    key = topic_key(topic)
    if key in body:
        return key
    if key in _ISLANDS:
        # "… push in Papua" over a story about "South Papua": the province it is about
        province = [known for known in body if known.startswith(f"{key} ") and known_place(known)]
        if len(province) == 1:
            return province[0]
    # "Natasha Wilona Tanggapi ..." in a headline is "Natasha Wilona" in the body.
    words = key.split()
    best = ""
    for known in body:
        if len(known) > len(best) and f" {known} " in f" {' '.join(words)} ":
            best = known
    return best or key
