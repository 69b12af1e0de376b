"""Tell a topic a reader can follow from words that open a sentence, count, date or cite a law."""

from __future__ import annotations

import re
from functools import lru_cache

from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

from digest.name_words import (
    ACRONYMS,
    BALINESE,
    COMMON,
    GROUP_GENITIVES,
    LEAGUE_WORDS,
    NAME_WORDS,
    NOBLE_OPENERS,
    NUMBERED_NAMES,
    ORG_WORDS,
    ROOT_WORDS,
    TITLE_CASE_PREPOSITIONS,
    TITLE_RANKS,
    TITLES,
    VIET_FAMILY,
    WORK_TITLE_OPENERS,
    word_set,
)
from digest.names import GOVERNMENT_HEADS, alias_name, named_for, surname_title
from digest.places import english_place, known_place, place_name, region_name, word_list
from digest.spelled_out import short_name

# Sastrawi's Indonesian list and kabar's English one; a few Sastrawi words are also names
# ("Dini", "Salam") and are left out so "Dini" alone stays a topic.
STOP_WORDS = (
    frozenset(StopWordRemoverFactory().get_stop_words()) - {"dini", "salam", "bung"}
) | frozenset(word_list("stopwords_en.txt"))


# Money and measures: "Rp" or "Km" is a number's unit, never what a story is about.
UNITS = word_set(
    """rp rp. rupiah idr us$ usd dolar dollar dollars euro eur yuan yen ringgit won pound
    sterling baht peso km kg gr gram ton mw gw kw kwh twh mwh cm mm ml liter litre ha hektare
    hektar meter persen percent bps mbps gb mb tb kb ghz mhz rpm cc hp ps nm celsius
    fahrenheit derajat"""
)
# Calendar words and their abbreviations: a date is when, not what.
CALENDAR = word_set(
    """tahun bulan hari pekan minggu jam menit detik pukul tanggal abad dekade kuartal triwulan
    semester malam pagi siang sore jan feb mar apr jun jul agu agt ags sep sept okt nov des
    aug oct dec year years month week day hour minute quarter morning night evening"""
)
# The scaffold of a legal citation ("Undang-Undang Nomor 1 Tahun 2023, Pasal 5 ayat 2").
_LEGAL = word_set("nomor no. no pasal ayat huruf butir bab lampiran")
_EDGE_LEGAL = word_set("undang uu perpres permen perda keppres pp perppu inpres kepmen")
# A company's legal form: "Samsung Electronics Co.", "Apple Inc", "Toyota Motor Corp"
_COMPANY_FORM = word_set("co corp inc ltd plc llc bhd perum")
# Kinds of place in the plural, after the last of two names: "the Ratnapura and Kalutara
# Districts" are two districts, and "Districts" is part of neither name
_PLACE_KINDS_PLURAL = word_set("districts provinces counties regencies municipalities")
_POSSESSIVE = re.compile(r"['’]s?$")
_JOINERS = frozenset({"dan", "and", "&", "of"})
_NUMBERISH = re.compile(r"^[\d.,:/%+-]+$")
_AGE_GROUP = re.compile(r"(?:under|u)-?\d{2}", re.IGNORECASE)
# An amount of money is no name: "Rp80", "Rp80.000", "US$5", "Rp1,5triliun".
MONEY = re.compile(
    # and "Dh1.4m" (dirhams), "KSh2,000" (Kenyan shillings), "₦50bn" (naira)
    r"^(?:(?:rp|us\$|s\$|a\$|\$|usd|idr|rm|€|£|dh|aed|ksh|ugx|tzs|gh₵|₦)\.?\s?[\d.,]+[a-z]*"
    # "P16" (pesos), "Rs2,000" (rupees), "NT$20,000": digits only, so "P3K" is no amount
    r"|(?:₱|p|rs|nt\$)\.?\s?\d[\d.,]*)$",
    re.IGNORECASE,
)


def _discourse(word: str) -> bool:
    """A stop word with a clitic ("Pasalnya", "Misalnya", "Jadilah") opens a sentence."""
    if word.endswith("nya"):
        stem = word[:-3]
        # "Sesungguhnya", "Sebenarnya": se-, a root, -nya
        return (
            stem in ROOT_WORDS
            or stem in STOP_WORDS
            or (stem[:2] == "se" and stem[2:] in ROOT_WORDS)
        )
    return particle(word)


def particle(folded: str) -> bool:
    """A word ending in the particle -lah/-kah ("Dialah", "Apakah", "Carilah") or a root word
    that ends so ("Sekolah"): not a name ending so ("Abdullah", "Fadillah", "Jamilah")."""
    if not folded.endswith(("lah", "kah")):
        return False
    base = folded[:-3]
    if folded in ROOT_WORDS or base in STOP_WORDS or base in COMMON:
        return True
    # "-llah" ends names built on Allah; "fadil" is also a word, and "Fadillah" a name.
    return base in ROOT_WORDS and not folded.endswith("llah")


# Every word that cannot open or close a topic, in one set so each edge costs one look-up.
_EDGE_JUNK = (
    STOP_WORDS
    | COMMON
    | UNITS
    | CALENDAR
    | _LEGAL
    | _EDGE_LEGAL
    | TITLES
    | _COMPANY_FORM
    | TITLE_RANKS  # "Deputy Interior Minister …": the rank goes with the title
    | _PLACE_KINDS_PLURAL
)


# The alert levels of a volcano or a flood gate, capitalised in the story: no one's name
_ALERT_LEVELS = word_set("normal waspada siaga awas")
_LEVEL = re.compile(r"(?i:level)\s+(?:[IVX]{1,4}|\d)")


def _junk_edge(word: str) -> bool:
    if word in ACRONYMS:
        return False  # "WHO" is the organisation, "who" the pronoun
    bare = word.casefold().rstrip(".,:;")
    return (
        word == "Rs"  # rupees written apart from the amount ("Rs 2,000"); "RS" is a hospital
        or bare in _EDGE_JUNK
        or _NUMBERISH.match(bare) is not None
        or MONEY.match(bare) is not None
        or _discourse(bare)
        or _glued(word)
    )


_PREFIXES = ("memper", "mem", "men", "meng", "meny", "me", "ber", "ter", "di", "pem", "pen",
             "peng", "peny", "per", "pe", "ke", "se")  # fmt: skip
_SUFFIXES = ("kan", "an", "i")
_CAMEL = re.compile(r"^([A-Z][a-z]{2,})([A-Z][a-z]{2,})$")


def _derived(word: str, *, need_suffix: bool) -> bool:
    """An Indonesian root with affixes: "Pemberontakan", "Berdasarkan", "Diterima"."""
    for prefix in _PREFIXES:
        if word.startswith(prefix):
            core = word[len(prefix) :]
            if not need_suffix and len(core) >= 4 and core in ROOT_WORDS:
                return True
            for suffix in _SUFFIXES:
                stem = core[: -len(suffix)]
                if core.endswith(suffix) and len(stem) >= 3 and stem in ROOT_WORDS:
                    return True
    return False


# Not "me-" or "ber-": "Merapi" and "Berkarya" are a volcano and a party.
_VERB_PREFIXES = ("memper", "meng", "meny", "mem", "men", "ter", "di")


def _verb(word: str) -> bool:
    """An Indonesian verb: a root after a verb's prefix ("diculik", "mendominasi")."""
    if not word.startswith(_VERB_PREFIXES) or word in NAME_WORDS:
        return False
    for prefix in _VERB_PREFIXES:
        core = word[len(prefix) :]
        # "Menteng", "Menpora": a district, an office (a root of four after "men-")
        if word.startswith(prefix) and len(core) >= (4 if prefix in ("di", "ter") else 5):
            stems = (core, core[:-3] if core.endswith("kan") else "")
            if any(len(stem) >= 4 and stem in ROOT_WORDS for stem in stems):
                return True
    return False


def _common_noun(word: str) -> bool:
    """A single capitalised word that is an Indonesian root or a plain derived form of one."""
    folded = word.casefold()
    if folded in ROOT_WORDS or _discourse(folded) or _derived(folded, need_suffix=False):
        return True
    for suffix in _SUFFIXES:  # "Tanggapi", "Lampiran"
        if folded.endswith(suffix) and folded[: -len(suffix)] in ROOT_WORDS:
            return len(folded) - len(suffix) >= 4
    return _glued(word)


def plain_word(word: str) -> bool:
    """A word of the Indonesian dictionary or a stop word in either language."""
    folded = word.casefold()
    return folded in ROOT_WORDS or folded in STOP_WORDS


def _glued(word: str) -> bool:
    """Two common words run together by a lost line break: "TiadaKabar", "DuniaDetik"."""
    parts = _CAMEL.match(word)
    return parts is not None and all(p.casefold() in ROOT_WORDS for p in parts.groups())


# Nouns that name a kind of body or place, not one: "Dinas", "Komisi" (VII), "Liga" (1).
_HEAD_NOUNS = word_set(
    """dinas komisi liga dewan badan lembaga kantor kementerian partai pengadilan polsek polres
    polda tim klub desa kecamatan kelurahan kabupaten kota provinsi jalan gedung rumah sekolah
    universitas pasar bank grup perusahaan pemkab pemkot pemprov nabi satpol fraksi kampung
    pemerintah kendaraan direktorat balai kitab polisi inspektur embarkasi debarkasi
    departemen polresta polrestabes polsekta biro lapas rutan kejaksaan kodim koramil korem
    kodam pemuda rakyat piala festival bandara inspektorat kongres fakultas peraturan
    keputusan informasi militer pria wanita perempuan anak plus bunda nak
    perseroan pemohon termohon penggugat tergugat pelapor terlapor
    ministry embassy department government agency council band church camp migrant migrants
    kingdom parliament cabinet authority board court police kejuaraan tuhan state test prophet
    mosque panitia komite house opposition ayah people
    utara selatan timur barat tengah tenggara north south east west central southeast southwest
    northeast northwest"""
)  # a compass point alone is what is left of a place's name ("Pulang ke Selatan")


# What a mountain, river or island is called after: the word after it is its name.
_NATURE_HEADS = word_set("gunung sungai danau pulau teluk selat bukit kali pantai tanjung kawah")


def strip_possessive(name: str) -> str:
    """Return the name a possessive is about: "Labour's" -> "Labour", "Chelsea's Cole Palmer"
    -> "Cole Palmer"."""
    if "'" not in name and "’" not in name:
        return name
    if short_name(name.casefold()):
        return name  # "Attorney General's Office": a body readers follow as "Kejagung"
    words = name.split()
    for index in range(len(words) - 2, -1, -1):
        if _POSSESSIVE.search(words[index]) and not _group_genitive(words[index]):
            if named_for(words, index):
                return name  # "Queen's Park", "St. Mary's Hospital": named for its owner
            if not known_place(" ".join(words[index : index + 2])):  # "Cox's Bazar"
                words = words[index + 1 :]
            break
    return _POSSESSIVE.sub("", " ".join(words))


def _group_genitive(word: str) -> bool:
    """A possessive that is part of a name, "People's" of "People's Party" or "Women's"
    of "Women's World Cup", not the owner of what follows."""
    return _POSSESSIVE.sub("", word).casefold() in GROUP_GENITIVES


_INITIAL = re.compile(r"[A-GI-QS-Z]\.")
# Indonesian stop words that open English names
_NAMES_IN_EN = word_set("dan di yang ada")


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,5}s")


# Dictionary words that close names ("Departemen Tenaga Kerja", "Pelita Jaya", "Hamka
# Parewangi Said"): not trimmed from a topic's end.
_NAME_ENDINGS = word_set("kerja baru jaya said")
# Everyday phrases a story capitalises: a birthday, the homeland.
_EVERYDAY_PHRASES = frozenset(
    {
        "ulang tahun",
        "hari ulang tahun",
        "tanah air",
        "tuhan yang maha esa",
        "maha esa",
        # a crime's kind, what a law or an office is about: "Direktur Tindak Pidana …"
        "tindak pidana",
    }
)
# A league's or a tournament's group, named by a letter or a point of the compass.
_GROUP_WORDS = word_set("grup group pool")
_GROUP_NAMES = word_set(
    "barat timur utara selatan tengah east west north south central eastern western"
)


_NUMBERED_LEAGUE = re.compile(rf"(?:{'|'.join(NUMBERED_NAMES)}) \d{{1,2}}")


@lru_cache(maxsize=32768)
def followable(name: str, language: str = "id") -> str | None:
    """Return the topic a reader could follow in this name, trimmed, or None if there is none.

    Possessives lose their "'s"; words that open a sentence or give a unit, a date, a title
    or a law's number are trimmed from either end; a law's citation is dropped. Known places,
    nicknames and acronyms are kept as they are.
    """
    name = strip_possessive(name.strip())
    if name[-1:].isdigit() and _NUMBERED_LEAGUE.fullmatch(name):
        return name  # "Liga 1", "Formula 1": the number is the competition's name
    if name[-1:] == "s" and _PLURAL_ACRONYM.fullmatch(name):
        name = name[:-1]  # "EVs", "NGOs", "CLCs": the acronym a reader follows
    if known_place(name) or alias_name(name) or short_name(" ".join(name.casefold().split())):
        # "Attorney General's Office": a body kabar follows by its short name, title and all
        if name.isupper() and len(name) > 3:  # "CIREBON," opening the story is Cirebon
            place = place_name(name)
            if place:
                return english_place(place) if language == "en" else place
            return region_name(name) or name
        return name
    words = name.split()
    if (len(words) == 1 and name.casefold() in _ALERT_LEVELS) or _LEVEL.fullmatch(name):
        return None  # "dari Normal menjadi Waspada (Level II)": a volcano's alert level
    if len(words) > 1 and words[0][-2:] in ("'s", "’s") and named_for(words, 0):
        return name  # "Queen's Park" again: "Queen's" is no title opening the name
    if (
        len(words) >= 2
        and words[0].casefold() in _GROUP_WORDS
        and (len(words[1]) == 1 or words[1].casefold() in _GROUP_NAMES)
    ):
        return None  # "Grup Barat", "Group A": a league's group, no one a reader follows
    if any(w.casefold() in _LEGAL for w in words[1:-1]):
        return None  # "Undang Nomor Tahun", "Permenkes Nomor Tahun"
    if (
        len(words) >= 3
        and words[0].casefold() in WORK_TITLE_OPENERS
        and words[1].casefold() in TITLE_CASE_PREPOSITIONS
        and words[1][:1].isupper()
    ):
        return name  # "Head Over Heels": a work's title in title case, kept whole
    while (
        words
        and _junk_edge(words[0])
        and not known_place(" ".join(words))
        and not (words[0] == "I" and len(words) > 1 and words[1].casefold() in BALINESE)
        and not (words[0].casefold() in NOBLE_OPENERS and len(words) > 2)
        # "Kali Mas", "Sungai Barito": a river or a mountain is called after its name
        and not (len(words) > 1 and words[0].casefold() in _NATURE_HEADS)
        # in English, "Dan Smith", "Yang Dong-hoon", "Di Maria": a name, not Indonesian's
        # "dan", "yang", "di"
        and not (language == "en" and len(words) > 1 and words[0].casefold() in _NAMES_IN_EN)
        # an initial opens "K. Ilango Selvaraj", "T. Nagar" ("H." is Haji, a title)
        and not (len(words) > 1 and _INITIAL.fullmatch(words[0]) is not None)
        and not (len(words) > 1 and words[1].casefold() in LEAGUE_WORDS)  # "Premier League"
    ):  # "I Nyoman Suadnyana" keeps Bali's "I", "Lalu Muhammad Iqbal" his "Lalu"
        words.pop(0)
    if len(words) > 1 and words[0].casefold() == "raya" and words[1][:1].isupper():
        words.pop(0)  # "Raya Waisak" left of "Hari Raya Waisak": the feast is Waisak
    if (
        len(words) > 2
        and words[1].casefold() in _NATURE_HEADS
        and words[0].casefold() not in _NATURE_HEADS
        and words[0].casefold() not in _HEAD_NOUNS  # "Universitas Tanjung Pura", "Festival …"
        and _common_noun(words[0])
    ):
        words.pop(0)  # "Debit Sungai Katingan": the river's flow, the river is the topic
    if (
        len(words) > 2
        and words[1].casefold() in GOVERNMENT_HEADS
        and words[0].casefold() not in ORG_WORDS
        and words[0].casefold() not in TITLES
        and words[0].casefold() not in _HEAD_NOUNS
        and _common_noun(words[0])
    ):
        words.pop(0)  # "Data Dinas Kesehatan": the office's figures, the office is the topic
    while (
        words
        and _junk_edge(words[-1])
        and not known_place(" ".join(words))
        and not surname_title(words)  # "Lucky Hakim"
        # "Departemen Tenaga Kerja", "Pangkalan Koto Baru", "Pelita Jaya", "Hamka Parewangi
        # Said": dictionary words that close names
        and not (len(words) > 1 and words[-1].casefold() in _NAME_ENDINGS)
        and not (len(words) == 2 and words[0].casefold() in _NATURE_HEADS)  # "Kali Mas"
        # "Nguyen Thi Thu Ha": a Vietnamese given name's last word, not a stop word
        and not (len(words) >= 3 and words[0].casefold() in VIET_FAMILY)
    ):
        words.pop()
    if language != "en":
        # A title-case headline glues a verb to a name: "Rohali Diterima".
        if (
            len(words) > 1
            and not words[-2].islower()  # "Pulang ke Selatan": a title's last word
            and _derived(words[-1].casefold(), need_suffix=False)
            and words[-2].casefold() not in _JOINERS  # "Pariwisata dan Kebudayaan" is a name
            and words[-2].casefold() not in _NATURE_HEADS  # "Gunung Merapi" is no verb
            and words[-1].casefold() not in _GROUP_NAMES  # "Dolo Selatan" is no "selat-an"
        ):
            words.pop()
        # "Kedatangan Sherly Tjoanda": a noun of the sentence before a person's name.
        rest = words[1:-1] if surname_title(words) else words[1:]
        if (
            # "Pelunasan Bipih": a -an noun opening the sentence before a name of one word
            (
                len(words) > 2
                or (
                    len(words) == 2
                    and words[0].casefold().endswith("an")
                    # "Pengadilan Tipikor", "Perusahaan Gas": a body, not a sentence's noun
                    and words[0].casefold() not in ORG_WORDS
                    and words[0].casefold() not in _HEAD_NOUNS
                    and "-" not in words[1]  # "Perserikatan Bangsa-Bangsa"
                )
            )
            and _derived(words[0].casefold(), need_suffix=True)
            and not any(plain_word(w) for w in rest)
        ):
            words.pop(0)
        # "Instagramnya" is "his Instagram".
        if words and words[-1].endswith("nya") and len(words[-1]) >= 8 and words[-1][0].isupper():
            words[-1] = words[-1][:-3]
    if len(words) == 1 and (
        words[0].casefold() in _HEAD_NOUNS
        or words[0].casefold() in _NATURE_HEADS
        or words[0] == "May"
        or _NUMBERISH.match(words[0])
        or _AGE_GROUP.fullmatch(words[0])  # "Under-22" alone: the side of which team?
        # "Diculik", "Mendominasi" left of a title-case headline: a verb, never a name
        or (language != "en" and _verb(words[0].casefold()))
        # "Hilirisasi", "Digitalisasi": a policy's name is no one a reader follows by itself
        or (words[0].endswith("isasi") and len(words[0]) > 8)
    ):
        return None  # "in May" alone is the month ("Theresa May" stays a name)
    while words and words[-1].casefold() in _JOINERS:
        words.pop()
    if not words or (len(words[0]) < 2 and not (words[0] == "I" and len(words) > 1)):
        return None  # "I Nyoman Suadnyana" opens on Bali's "I"
    if all(_INITIAL.fullmatch(word) for word in words):
        return None  # "A." left of "A. Marah …", an answer to a quiz
    topic = " ".join(words)
    if topic.casefold() in _EVERYDAY_PHRASES:
        return None  # "kado Ulang Tahun Kemerdekaan", "di Tanah Air": what, not who
    return topic


def common_word(topic: str) -> bool:
    """A one-word topic that is an Indonesian common word ("Lokasi", "Pemberontakan", "Jadi").

    Only telling for a word the article capitalises at the start of sentences alone: "Arsenal"
    in the middle of one is the club.
    """
    if " " in topic or topic.isupper() or topic in ACRONYMS:
        return False
    if len(topic) <= 2:
        return True  # "Al", "Jo": the rest of the name was lost
    if known_place(topic) or alias_name(topic):
        return False
    return _common_noun(topic)
