"""Read a speaker's name out of a run of capitalised words: roles, bodies and places dropped.

"Kepala Dinas Kesehatan DKI Jakarta, Ani Ruspitawati" names Ani Ruspitawati; "Bupati Bogor
Rudy Susmanto" names Rudy Susmanto; "Gunung Baru Jari" and "Promo" name nobody.
"""

from __future__ import annotations

import re

from digest.name_words import (
    ACRONYMS,
    BALINESE,
    COMMON,
    NAME_WORDS,
    NOBLE_OPENERS,
    OFFICES_OF,
    ORG_WORDS,
    PORTFOLIO_WORDS,
    ROOT_WORDS,
    SHORTENED_NAMES,
    STRONG_PREFIXES,
    TITLES,
    UNDOTTED_DEGREES,
    UNIT_HEADS,
    word_set,
)
from digest.names import (
    GLUED_INITIAL,
    GLUED_WORDS,
    ArticleNames,
    alias_name,
    common_noun,
    name_here,
    surname_title,
)
from digest.places import DEMONYMS, GIVEN_TOO, known_place
from digest.topic_words import particle

_CHAIN_TOKEN = re.compile(r"[\w'’.\-]+|,|[()]")

_CONNECT = frozenset({"bin", "binti", "van", "von", "de", "der", "del", "al", "da", "dos", "la"})

# Words that name a body, a role or a place, never a person: a speaker chain drops them
# ("Kepala Dinas Kesehatan DKI Jakarta, Ani Ruspitawati" -> "Ani Ruspitawati").
_ROLES = word_set(
    """dinas badan balai biro bagian divisi satuan unit komisi lembaga kantor kanwil kementerian
    pemerintah pemkab pemkot pemprov dewan majelis partai yayasan perusahaan universitas fakultas
    sekolah polsek satreskrim reskrim satlantas reserse kriminal lalu lintas kalapas kadis kadinkes
    kasi kasubbag kasatreskrim kasatlantas kasatpol kapolsek kajari kajati kajagung camat lurah
    kades sekda sekdes danramil plh ketum waketum pol polisi warga pakar ahli analis ekonom
    tokoh petugas pejabat pengurus pimpinan pemimpin pemilik warganet netizen sumber saksi korban
    pelaku tersangka terdakwa pihak tim panitia ketua kepala wakil humas kasubdit kabid
    iptu ipda aiptu aipda bripka brigadir briptu bripda kompol kombes akbp akp serda sertu serka
    serma pelda peltu letda lettu kapten mayor letkol kolonel jenderal laksma laksda laksdya
    marsma marsda marsdya pratu prada kopda koptu wabup wawali wawalkot almarhum almarhumah
    syekh kiai kyai ustad ustadzah ustazah penerangan kapuspen kadispen mabes komunikasi korporat
    nasional pertanahan agraria duta besar dubes konsul atase madya muda pertama professor
    doctor bishop archbishop rabbi imam sheikh detective inspector sergeant officer
    commissioner superintendent ambassador envoy economist analyst researcher scientist lawmaker
    chancellor premier dean pastor cardinal psikolog psikiater perawat bidan guru mahasiswa siswa
    pelajar penulis komika selebgram youtuber influencer pengusaha petani nelayan pedagang sopir
    seniman budayawan sejarawan wartawan jurnalis nabi polhukam marves pmk kemaritiman ekuin
    kesra perekonomian
    commission committee ministry department council agency office bureau union party
    university bank group company corporation association foundation institute court police
    army navy rights human national federal state world international organisation
    organization authority board service news agency spokesman spokeswoman official officials
    promo diskon harga produk"""  # the last: things a shop "says" in an advert
)

# The first word of a place, however it goes on: a speaker is never a place.
_PLACE_HEADS = word_set(
    """jalan jl gunung gn pantai sungai pulau danau bukit teluk selat kabupaten kab kota
    kecamatan kelurahan desa dusun kampung provinsi gedung stadion bandara pelabuhan terminal
    stasiun masjid gereja pura rumah rs rsud puskesmas pasar mal plaza hotel taman lapangan
    tol gang perumahan kompleks istana wisma graha balai alun-alun kawasan wilayah tanjung ujung
    muara kuala"""
)

_COMPASS = word_set("timur barat utara selatan tengah raya tenggara daya laut darat")

_PROVINCE_SHORT = word_set(
    """sumut sumbar sumsel sulsel sulut sulteng sultra sulbar kaltim kalbar kalsel kalteng
    kaltara jabar jateng jatim babel kepri malut jabodetabek jabotabek"""
)


def has_title(chain: str) -> bool:
    """Whether a chain holds a title ("Kepala Dinas Pendidikan"), so a holder can be looked up."""
    return any(w.casefold() in TITLES for w in chain.replace(",", " ").split())


def take_chain(text: str) -> str:
    """The run of capitalised words (with commas and name particles) that opens the text."""
    out: list[str] = []
    tokens = _CHAIN_TOKEN.findall(text[:160])
    index = 0
    while index < len(tokens):
        token = tokens[index]
        index += 1
        following = tokens[index] if index < len(tokens) else ""
        if token == "(" and out and ")" in tokens[index : index + 5]:
            index = tokens.index(")", index) + 1  # "Kepala Pusat Penerangan (Kapuspen) Mabes …"
            continue
        if token == ",":
            if not out or not _starts_name(following):
                break
            out.append(",")
            continue
        if out and _joins(token) and _starts_name(following):
            out.append(token)  # "Dirjen Penyelenggaraan Haji dan Umrah", "SD Negeri 3 Cianjur"
            continue
        if token.endswith(("’s", "'s")) and token[0].isupper():
            # "Keir Starmer’s spokesman, Dave Pares": the person is the one after the comma.
            # "McDonald’s Indonesia Meta Rostika": a possessive inside a body's name runs on.
            comma = tokens.index(",", index) if "," in tokens[index : index + 5] else -1
            between = tokens[index:comma] if comma >= 0 else []
            if (
                between
                and all(t[:1].islower() for t in between)
                and _starts_name(tokens[comma + 1] if comma + 1 < len(tokens) else "")
            ):
                out, index = [], comma + 1
                continue
            if not _starts_name(following):
                if "," not in out:
                    return ""
                # "Kariyanto Hardjosoemarto, VinFast Indonesia's chief executive": the name
                # before the comma; the possessive opens its description.
                del out[len(out) - out[::-1].index(",") - 1 :]
                break
        if _starts_name(token) or (out and token in _CONNECT):
            if token.endswith(".") and not _abbreviation(token):
                out.append(token.rstrip("."))  # "Djajadi." ends the sentence; "H." does not
                break
            out.append(token)
            continue
        break
    while out and (out[-1] == "," or out[-1] in _CONNECT):
        out.pop()
    return " ".join(out).replace(" ,", ",")


def _starts_name(token: str) -> bool:
    return token[:1].isupper() or token in _LOWER_TITLES


def _joins(token: str) -> bool:
    return token in _JOINERS or token[0].isdigit()


_JOINERS = word_set("dan and & untuk bidang urusan of for")

_LOWER_TITLES = frozenset({"dr.", "dr", "drg.", "drg", "drs.", "drs", "ir.", "ir", "prof."})

_ABBREVIATIONS = word_set(
    "dr. drg. ir. h. hj. drs. dra. prof. st. jr. sr. mr. mrs. ms. muh. moh. kh. k.h. m. a. "
    "pdt. mgr. hi. hon. rev. gen. col. capt. lt. sgt. sen. rep. gov. "
    # police and army ranks as the Canadian and British press abbreviate them
    "const. cst. cpl. insp. supt. det. maj. cmdr. eng."
)

_DEGREE = re.compile(r"[A-Z][a-z]{0,3}\.[A-Za-z]")  # "Sp.N", "S.H.", "M.Si": after a name
_GLUED_NAME = re.compile(GLUED_INITIAL)  # "Ch.Batsaikhan": a name, its father's initial glued


def _abbreviation(token: str) -> bool:
    return (
        token.casefold() in _ABBREVIATIONS
        # a given name written short: "Th. Rajendro Meitei", not "Mahfud MD."
        or (token[1:-1].islower() and token[:-1].casefold() in SHORTENED_NAMES)
        or (len(token) == 2 and token[0].isupper())
        or _INITIALS.fullmatch(token) is not None  # "R.K. Tamang": a name's dotted initials
    )


_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def trailing_chain(text: str, lowercase: frozenset[str]) -> str:
    """The run of capitalised words (with commas) that ends the text; "Dan" may open a name
    ("Dan Joslin") where the story's `lowercase` words hold no "dan"."""
    tokens = _CHAIN_TOKEN.findall(text[-160:])
    out: list[str] = []
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        if token == ",":
            if out and out[0] == ",":
                break
            if out:
                out.insert(0, ",")
            continue
        if out and _joins(token) and index and tokens[index - 1][:1].isupper():
            out.insert(0, token)
            continue
        if out and token == "the" and index > 1 and tokens[index - 1] in ("for", "of"):
            out.insert(0, token)  # "Minister for the Environment Grace Fu"
            continue
        if token[0].isupper() or (out and token in _CONNECT):
            if (token.endswith(".") and len(token) > 4) or (
                token.casefold() in COMMON
                and token != "I"
                and not name_here(token.casefold(), lowercase)
            ):
                break  # a sentence ends, or opens: "Menurut Ketua KPU …"
            out.insert(0, token)
            continue
        break
    while out and (out[0] == "," or out[0] in _CONNECT or _joins(out[0])):
        out.pop(0)
    if len(out) > 2 and out[1] == "," and _OPENING_PARTICIPLE.fullmatch(out[0]):
        del out[:2]  # "Sentencing, Judge Catherine Rawlinson told …": the judge
    return " ".join(out).replace(" ,", ",")


# A sentence's opening participle before its subject: "Sentencing,", "Speaking,", "Responding,"
_OPENING_PARTICIPLE = re.compile(r"[A-Z][a-z]{3,}ing")


def person_in_chain(chain: str, names: ArticleNames) -> str | None:
    """The person in "Kepala Dinas X, Nama" / "Nama, Ketua Y" / "Bupati Bogor Rudy Susmanto"."""
    # a degree without its stops is no word of the name ("Benhur Tumanggor MSi")
    # "Rep. Daniel Ashby, R-Kaysville": the party and the district after a lawmaker's name
    if " bin " in chain or " binti " in chain:
        # "Prince Turki bin Mishaal": a name with its father's, which the article reads whole
        spaced = f" {chain} "
        held = [p for p in names.people if (" bin " in p or " binti " in p) and f" {p} " in spaced]
        if held:
            return _fullest(max(held, key=len), names)
    segments = [s.split() for s in chain.split(",") if s.strip() and not _PARTY_TAG.fullmatch(s)]
    if any(not UNDOTTED_DEGREES.isdisjoint(words) for words in segments):
        segments = [[w for w in words if w not in UNDOTTED_DEGREES] for words in segments]
        segments = [words for words in segments if words]
    if segments and (person := _name_before_of(segments[0], names)):
        # "Dr Róisín Hegarty of UCC's School of Biological, Earth and Environmental Science":
        # the name before "of", whatever the body's name lists after it
        return _fullest(person, names)
    # "Nama, Ketua Y": a first segment that holds no role is the person ("Marketing Director
    # PT Toyota-Astra Motor, Wijaya Santoso": one that does is the office).
    # A doctor's or a professor's name is still a name: "Dr Khalid Al Suwaidi, Minister of
    # Human Resources and Emiratisation" names the minister first.
    ordered = (
        segments
        if segments and (not any(map(_is_role, segments[0])) or _titled_name(segments[0]))
        else segments[::-1]
    )
    if (
        len(segments) == 2
        and all(word[:1].isupper() for words in segments for word in words)
        and not any(map(_is_role, segments[1]))
        and len(segments[1]) > len(segments[0])
        and (later := _name_after_roles(segments[1], names))
        and " " in later
        and " " not in (_name_after_roles(segments[0], names) or " ")
    ):
        # "warga Batu Merah, Abdul Rahman Lessy mengatakan": the place where they live, then
        # their whole name; the place read as one word ("Merah") is no one's
        return _fullest(later, names)
    if (
        len(segments) == 2
        and len(segments[0]) == 1
        and any(map(_is_role, segments[1][:-2]))
        and (later := _name_after_roles(segments[1], names))
        and later in names.people
    ):
        # "President of the Senate, Senator Ibrahim Danladi, said": the office's last word,
        # then the holder under a title (not "Wandono, Kepala Bidang … Tsunami BMKG": a
        # person, then the office)
        return _fullest(later, names)
    for words in ordered:
        person = _name_after_roles(words, names)
        if person:
            return _fullest(person, names)
    return None


_PARTY_TAG = re.compile(r"\s*[RDI]-[A-Z][\w.' ]{1,30}")


def _titled_name(words: list[str]) -> bool:
    """Two words or more of a name under courtesy titles alone ("Dr Khalid Al Suwaidi",
    "Prof. Dr. Budi Santoso"), no office."""
    at = 0
    while at < len(words) and words[at].casefold().rstrip(".") in _COURTESY_TITLES:
        at += 1
    return at > 0 and len(words) - at >= 2 and not any(map(_is_role, words[at:]))


_COURTESY_TITLES = frozenset(
    {"dr", "prof", "mr", "mrs", "ms", "miss", "sir", "dame", "rev", "drs", "ir", "hj", "sheikh"}
)


def _name_before_of(words: list[str], names: ArticleNames) -> str | None:
    """The person of "Commissioner Ray Dunmore of Miles City", "Professor Ann Lee of Monash
    University": a full name before "of" and where the person is from or works after it (not
    "Secretary of State Marco Rubio", "Bank of England Governor Andrew Bailey")."""
    if "of" not in words:
        return None
    person = _name_after_roles(words[: words.index("of")], names)
    if not person or len(person.split()) < 2 or any(map(has_title, person.split())):
        return None  # "Associate Director of Communications McDonald's Indonesia Meta …"
    return person


def _is_role(word: str) -> bool:
    folded = word.casefold().rstrip(".")
    return (
        folded in TITLES
        or folded in _ROLES
        or folded.startswith(("co-", "ex-", "vice-"))  # "Co-organiser", "Ex-minister"
        or bool(_DEGREE.match(word) and not _GLUED_NAME.fullmatch(word))
    )


def _not_name(word: str) -> bool:
    """A role, body, opener, region or acronym: a word a person's name does not start with."""
    folded = word.casefold().rstrip(".")
    return (
        _is_role(word)
        or folded in ORG_WORDS  # "Menengah Abdul Mu'ti" of "Pendidikan Dasar dan Menengah"
        or folded in COMMON
        or folded in _PROVINCE_SHORT
        or folded in _CHAIN_BREAKS
        or word in ACRONYMS
        or particle(folded)
        or any(c.isdigit() for c in word)  # "P2Humas", "K3": an office's short form
        or (word.isupper() and len(word.rstrip(".")) > 1)  # "AKBP", not the initial "F."
        or folded in DEMONYMS  # "Dutch liberal MEP Jorien Aaldering-Vos"
    )


_CHAIN_BREAKS = word_set(
    "dan and & untuk bidang urusan of for idul hari tahun hut natal lebaran ramadan ramadhan imlek"
)


def _name_after_roles(words: list[str], names: ArticleNames) -> str | None:
    """The words after the last role, body or place word of a chain, if they can be a name."""
    start = 0
    i = 0
    # "kata Danang": the article's Danang Wicaksono Hartanto, not the city
    # "Sukadana menjelaskan": the article's I Made Sukadana Putra, not the district
    given_alone = (words[-1].casefold() in GIVEN_TOO or len(words) == 1) and names.full(
        words[-1]
    ) != words[-1]
    while i < len(words):
        width = 0 if given_alone and i == len(words) - 1 else _place_width(words, i)
        if i + max(width, 1) >= len(words) and start < i:
            break  # a name may end in a word that is also a place or a title: "Lucky Hakim"
        if width:
            i += width
            start = i
            continue
        if (
            words[i] == "for" or (words[i] == "of" and i and words[i - 1].casefold() in OFFICES_OF)
        ) and start <= i:
            # "Secretary for Trade Policy": the portfolio after an office is no one's name
            i += 1
            while i < len(words) and words[i].casefold() in PORTFOLIO_WORDS:
                i += 1
            start = i
            continue
        if (
            _not_name(words[i])
            and not (words[i] == "I" and i + 1 < len(words))
            # "Dan Joslin of Croyde Surf Club" in a story with no "dan" in lower case
            and not (
                i == start
                and i + 1 < len(words)
                and name_here(words[i].casefold(), names.lowercase)
            )
            and not alias_name(words[i])  # "SBY" is a person
            and not (start < i and surname_title(words[start : i + 1]))  # "Lukman Hakim …"
        ):
            start = i + 1  # Balinese "I Ketut Sukadana" keeps its "I"
        i += 1
    rest = words[start:]
    if rest and rest[0].casefold() in _PLACE_HEADS:
        return None  # "Gunung Baru Jari", "Jalan Sudirman"
    if len(rest) == 1 and start and words[start - 1].casefold() in _PLACE_HEADS:
        return None  # "Camat Tanjung Morawa", "Kapolres Tanjung Priok": the place's own name
    if start and words[start - 1].casefold() in UNIT_HEADS:
        return None  # "… di Kecamatan Cipocok Jaya": a district's name, never a person's
    if len(rest) == 1 and rest[0] in names.area_words:
        return None  # "Kanit Reskrim Polsek Kutalimbaru": the article's "Kecamatan Kutalimbaru"
    while rest and (
        rest[0] in _CONNECT
        or (
            len(rest) > 1
            and _not_name_word(rest[0], names)
            and not _bali_i(rest)
            # "Firman Hadi Wijayakusuma": a given name before two more (not "Firman Allah")
            and not (len(rest) > 2 and rest[0].casefold() in NAME_WORDS)
        )
    ):
        rest = rest[1:]  # "Keseharian Julia Perez", "Madrid Zinedine Zidane"
    while len(rest) > 1 and _not_name_end(rest[-1], names):
        rest = rest[:-1]  # "Kaka Isyaratkan Pensiun"
    opener = next((n for n in range(1, len(rest)) if rest[n].casefold() in STRONG_PREFIXES), 0)
    rest = rest[opener:]  # "Kopi Gayo Teuku Rizal Mahmudi": the name opens at "Teuku"
    if len(rest) > 3 and not any(word in ("bin", "binti") for word in rest[1:-1]):
        # "Direktur Utama PT Hutama Karya Budi Harto"; not a Malay name with its father's
        # ("Nur Amalina binti Pengiran Hashim")
        rest = _known_tail(rest, names)
    if not rest:
        return None
    if len(rest) == 1 and (
        rest[0].casefold() in names.lowercase or len(rest[0]) < 3 or _affixed(rest[0].casefold())
    ):
        return None  # a capitalised common word ("Promo", "Pengumuman") is not a name
    # "kata Firman" of the article's Firman Hadi Wijayakusuma is his, not a word of God
    fuller = len(rest) == 1 and rest[0].casefold() in NAME_WORDS and names.full(rest[0]) != rest[0]
    if (
        rest[0].casefold() in _PLACE_HEADS
        or rest[-1].casefold() in _COMPASS
        or (rest[0].casefold() in _NOT_PERSON_WORDS and not fuller)
        or (rest[-1].casefold() in _NOT_PERSON_WORDS and not fuller)
        or (known_place(rest[0]) and len(rest) == 1 and not given_alone)
    ):
        return None
    return " ".join(rest)


def _known_tail(words: list[str], names: ArticleNames) -> list[str]:
    """The end of a long chain that is a name: one the article uses alone, else four or three."""
    for start in range(1, len(words) - 1):
        if any(key.split()[0] == words[start] for key in names.fullest):
            return words[start:]
    for start in range(len(words) - 1):
        if _bali_i(words[start:]) or words[start].casefold() in STRONG_PREFIXES:
            return words[start:]  # "… Polres Metro Bekasi Kota AKBP I Putu Gede Wirawan"
    return words if len(words) == 4 else words[-3:]  # "Kombes Ade Ary Syam Indradi"


def _place_width(words: list[str], i: int) -> int:
    """How many words from i name a place ("Tebing Tinggi", "Jawa Timur"), or 0."""
    for width in (3, 2, 1):
        if i + width <= len(words) and known_place(" ".join(words[i : i + width])):
            if width == 1 and _given_too(words, i):
                return 0
            return width
    return 0


def _given_too(words: list[str], i: int) -> bool:
    """A city's name that opens a person's ("Danang Wicaksono Hartanto"): a name word next."""
    return (
        words[i].casefold() in GIVEN_TOO
        and i + 1 < len(words)
        and words[i + 1].istitle()
        and not _not_name(words[i + 1])
        and not known_place(words[i + 1])
    )


def _fullest(name: str, names: ArticleNames) -> str | None:
    """The fullest form of a name the article gives, without a place glued in front of it."""
    full = alias_name(name) or names.full(name)
    if full == name and " " not in name and len(name) >= 4:
        # "Pak Tarno" of "Pak Sutarno Adiwibowo": a Javanese short name, the end of the given
        # name of the one person the article names so
        folded = name.casefold()
        called = [
            person
            for person in names.people
            if len(first := person.split()[0]) > len(name) + 1
            and first[1:].islower()  # not "DepokSupian", two words run together
            and first.casefold().endswith(folded)
        ]
        if len(called) == 1:
            full = called[0]
    if full == name and " " not in name:
        # "Alfaro said" of "Rodrigo Alfaro Villalobos", "Loizides" of "Marios Loizides
        # Panayi": a family name before a second one, of the one person the story so names
        middle = [
            person
            for person in names.people
            if name in (words := person.split())[1:-1]
            and len(words) >= 3
            and not common_noun(words[0])  # "Nama Armand Maulana" opening a sentence
            and not any(_not_name_word(word, names) for word in words)
        ]
        if len(middle) == 1 and not _named_apart(middle[0].split()[0], middle[0], names):
            full = middle[0]
    words = full.split()
    if full != name and name in full:
        # Words the longer form adds must be name words too: not "Diakui Gatot", "Kata Indro".
        at = full.index(name)
        head, tail = full[:at].split(), full[at + len(name) :].split()
        noble = full.split()[0].casefold() in NOBLE_OPENERS and full in names.people
        while (
            head
            and _not_name_word(head[0], names)
            and not _bali_i([*head, *name.split()])
            and not noble  # "Lalu Muhammad Iqbal", "Raja Juli Antoni": the title is his name's
        ):
            head = head[1:]
        # "Aurelia Kinanti Putri", the name the story gives her, though "tunggal putri" is
        # in lower case there: a word the article also writes in lower case ends a name it
        # reads as a person's
        person = full in names.people
        while tail and _not_name_end(tail[-1], names, lower_ok=person):
            tail = tail[:-1]
        words = [*head, *name.split(), *tail]
    while (
        len(words) > 1
        and (known_place(words[0]) or _is_role(words[0]))
        and " ".join(words) not in names.people
    ):
        words = words[1:]
    while len(words) > 1 and len(words[-1].rstrip(".")) == 1:
        words = words[:-1]  # "Hendrik F" is "Hendrik F. Aritonang" cut at the initial's dot
    if words[0].casefold() in _PLACE_HEADS:
        return name  # "Jalan Sudirman" is named after the man; "kata Sudirman" is the man
    return " ".join(words) or None


_AFFIXED_FORM = re.compile(r"\w{3,}(?:nya|kan)|ke\w{3,}an|pe[mnr]\w{3,}an|di\w{3,}(?:i|kan)")
_VERB_PREFIXES = ("di", "me", "ber", "ter", "per", "pe")


def _affixed(folded: str) -> bool:
    """An Indonesian word with affixes ("sampaikan", "timnasnya", "diterima"): a word with
    "-kan" and no prefix must have a root before it, so a Turkish "Serkan" or an "Erkan" is a
    name."""
    if _AFFIXED_FORM.fullmatch(folded) is None:
        return False
    if folded.endswith("kan") and not folded.startswith(_VERB_PREFIXES):
        return folded[:-3] in ROOT_WORDS
    if folded.startswith("ke") and folded.endswith("an") and not folded.endswith("kan"):
        # "kebersihan", "kesehatan": a noun of "ke-…-an" has a root inside it; a Tanimbar
        # family name ("Kelbulan") has none
        root = folded[2:-2]
        return root in ROOT_WORDS or any(
            root.startswith(prefix) and root[len(prefix) :] in ROOT_WORDS
            for prefix in ("ter", "ber", "per", "se", "pe")  # "keseharian", "keberhasilan"
        )
    return True


def _bali_i(words: list[str]) -> bool:
    """ "I Putu Gede Wirawan": Bali's "I" before a birth-order name is part of the name."""
    return len(words) > 1 and words[0] == "I" and words[1].casefold() in BALINESE


def _named_apart(word: str, person: str, names: ArticleNames) -> bool:
    """Whether the story names a word of a person's run on its own or opening another name:
    "Promogo" of "Promogo Andrew Tanyono" is the company, named alone elsewhere."""
    return any(
        mention.name != person and mention.name.split()[0] == word
        for found in names.paragraphs
        for mention in found
    )


def _not_name_word(word: str, names: ArticleNames) -> bool:
    """A word a name the article repeats may not add: a common word, an affixed verb or noun."""
    folded = word.casefold()
    if name_here(folded, names.lowercase):
        return False  # "Dan Smith" in a story with no "dan" in lower case
    return (
        folded in names.lowercase
        or _not_name(word)
        or (known_place(word) is not None and folded not in GIVEN_TOO)
        or _affixed(folded)
        or folded in _NOT_PERSON_WORDS
        or bool(GLUED_WORDS.search(word))
    )


def _not_name_end(word: str, names: ArticleNames, *, lower_ok: bool = False) -> bool:
    """A word that cannot end a name ("Isyaratkan"), though a title may ("Lucky Hakim")."""
    folded = word.casefold()
    return (
        (folded in names.lowercase and not lower_ok)
        or _affixed(folded)
        or folded in _NOT_PERSON_WORDS
        or folded in COMMON
    )


# Words that head or end the name of a thing, an event or a team, never of a person.
_NOT_PERSON_WORDS = word_set(
    """candi galeri misa proyek saham satelit republik kloter undang pasal air museum festival
    piala liga stadion aplikasi program produk merek tes vaksin operasi kapal pesawat
    alhasil ternyata bagi kata istri suami aksi prestasi terbaik olahraga pariwisata informatika
    city united fc games station world live rescue group news media times post club
    madrid milan barcelona juventus liverpool chelsea arsenal manchester motogp catalunya
    persija persib arema persebaya munich bayern paris roma inter napoli dortmund psg tottenham
    everton blackpink shallallahu rahimahullah radhiyallahu alaihissalam firman sabda hadis
    hadits ayat surat surah allah tuhan god
    kompas tempo antara reuters afp ap bloomberg cnn bbc detik detikcom liputan6 tribunnews
    okezone kumparan republika suara sindonews tirto katadata kontan viva vivanews merdeka inews
    jawapos guardian xinhua sputnik tass jazeera"""  # outlets report; they are not speakers
)

_NOT_AFTER = word_set(
    """di ke pada dalam menuju at in to of the klub tim aplikasi tes film lagu album
    grup band program acara produk merek situs laman akun media stasiun kota desa jalan
    kapal pesawat operasi festival piala liga"""
)

_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Za-z]{1,7}\)")


def named_as_person(paragraph: str, at: int, name: str) -> bool:
    """Whether a name at `at` reads as a person, not "tes Prostate Specific Antigen (PSA)"."""
    before = paragraph[max(0, at - 20) : at].split()
    if before and not before[-1].endswith(",") and before[-1].casefold() in _NOT_AFTER:
        return False  # "tim Persija"; "Ketua tim, Nur Fadhilah Rahman" names the person
    words = name.split()
    if words[0].casefold() in _NOT_PERSON_WORDS or words[-1].casefold() in _NOT_PERSON_WORDS:
        return False
    if len(words) > 1 and _noun_of_root(words[0].casefold()):
        return False  # "Pantauan Radar Madura di gudang …": the paper's observation, no one
    return not _ACRONYM_AFTER.match(paragraph, at + len(name))


def _noun_of_root(word: str) -> bool:
    """A noun made of a dictionary root and "-an" ("pantauan", "catatan", "temuan"), that no
    name is ("Setiawan", "Ridwan": no root)."""
    return (
        len(word) > 6
        and word.endswith("an")
        and word[:-2] in ROOT_WORDS
        and word not in NAME_WORDS
        and word[:-2] not in NAME_WORDS
    )
