"""What an article's own words say about a name: whom it calls by one word as they speak, and
which words it uses in other names ("Persija Jakarta" beside "Pelatih Persija Mauricio Souza")."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from digest.name_words import CONNECTORS, ORG_WORDS, TITLES, word_set
from digest.places import known_place


def _neighbours(text: str, word: str) -> Iterator[tuple[str, list[str]]]:
    """The word right before each use of a word in the text and the two after it ("" or
    fewer where punctuation or the text's edge comes between): cheap str.find scans, no
    pattern per word."""
    start = 0
    while (at := text.find(word, start)) >= 0:
        start = at + len(word)
        if (at and text[at - 1].isalnum()) or (start < len(text) and text[start].isalnum()):
            continue  # inside a longer word
        before = text[max(0, at - 40) : at]
        previous = before.split()[-1] if before.endswith(" ") and before.strip() else ""
        following: list[str] = []
        if text[start : start + 1] == " ":
            for next_word in text[start : start + 60].split(maxsplit=2)[:2]:
                if next_word[:1] in _EDGES:
                    break
                following.append(next_word.rstrip(_EDGES))
                if next_word[-1] in _EDGES:
                    break
        yield ("" if previous[-1:] in _EDGES else previous.lstrip(_EDGES)), following


@lru_cache(maxsize=512)
def referred_to(word: str, text: str) -> bool:
    """Tell whether the text names someone by this word alone as they speak ("ujar Souza",
    "Souza menambahkan"); in "Kepala Rutan Pondok Bambu mengatakan" it is part of a name."""
    for previous, following in _neighbours(text, word):
        if previous.casefold() in _SAID_BEFORE_NAME:
            return True
        verbs = [w.casefold() for w in following]
        if verbs and verbs[0] in _ADVERBS:
            verbs = verbs[1:]
        if verbs and verbs[0] in _SAYS_AFTER_NAME and not previous[:1].isupper():
            return True
    return False


@lru_cache(maxsize=512)
def names_something_else(first: str, second: str, text: str) -> bool:
    """Tell whether the article uses a word in another name: "Persija Jakarta" beside
    "Pelatih Persija Mauricio Souza", "Real Madrid" beside "Madrid Zinedine Zidane"; a title
    before it ("Kompol Fadillah"), an acronym ("DPRD DKI Prasetyo") or a place ("DKI Jakarta
    Prasetyo") is not another name."""
    for previous, following in _neighbours(text, first):
        if following and following[0][:1].isupper() and following[0] != second:
            return True
        if (
            previous[:1].isupper()
            and not previous.isupper()
            and previous.casefold().rstrip(".") not in TITLES
            and not known_place(previous)
        ):
            return True
    return False


@lru_cache(maxsize=512)
def named_as_thing(word: str, text: str) -> bool:
    """Tell whether the article names a word alone as a place or a thing, not a person: "di
    Promogo", "aplikasi Gogobli", "at Wavecell" beside "CEO Promogo Andrew Tanyono"."""
    return any(previous.casefold() in _THING_BEFORE for previous, _ in _neighbours(text, word))


_EDGES = ",.;:!?()[]“”\"'‘’«»„"
_SAID_BEFORE_NAME = word_set(
    "kata ujar ucap tutur ungkap jelas terang imbuh tambah tegas pungkas sebut papar lanjut "
    "menurut said says told"
)
# Words before a name that make it a place, a firm or a product: no one is "di Andrew".
_THING_BEFORE = word_set(
    "di ke dari aplikasi perusahaan platform layanan startup situs merek brand produk bisnis "
    "pengguna menggunakan ekspansi aset at from app company firm"
)
_ADVERBS = word_set("juga pun sempat kemudian lalu lantas also then")
_SAYS_AFTER_NAME = word_set(
    "mengatakan menjelaskan menyebut menuturkan menambahkan menegaskan mengungkapkan mengaku "
    "menilai said says told added"
)


def leading_entities(
    names: Iterable[str], text: str, derived: Callable[[str], bool]
) -> dict[str, str]:
    """ "Pelatih Persija Mauricio Souza": a club, party or place named before a person whose
    name kabar cannot tell from it. When the article calls the person by a later word ("ujar
    Souza"), never by the first, and the first word is an institution's ("Haji dan Umrah
    Hilman Latief") or used in another name ("Persija Jakarta gagal menang"), the first word
    is not the person's. Returns each three-word-or-longer name trimmed so (or as it is)."""
    trimmed: dict[str, str] = {}
    for name in names:
        words = name.split()
        if len(words) < 3 or name in trimmed:
            continue
        first = words[0]
        folded = first.casefold()
        body = folded in ORG_WORDS or derived(folded)
        if not body and text.count(first) <= text.count(name):
            trimmed[name] = name  # the first word is never used apart from the name
            continue
        # After an institution's word the person is called by the next word ("kata
        # Hilman"); "Universitas Gadjah Mada, Mada Sukmajati" is a university's name.
        later = words[1:2] if body else [w for w in words[1:] if w not in CONNECTORS]
        if (
            (body or names_something_else(first, words[1], text) or named_as_thing(first, text))
            and not referred_to(first, text)
            and any(referred_to(w, text) for w in later)
        ):
            trimmed[name] = " ".join(words[1:])
        else:
            trimmed[name] = name
    return trimmed
