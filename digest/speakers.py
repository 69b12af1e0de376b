"""Who said a quote: the attribution around it, resolved to a person the article names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum

from digest.name_words import ACRONYMS, NAME_WORDS, TITLES, word_set
from digest.names import ArticleNames, mentions
from digest.places import DEMONYMS
from digest.speaker_names import has_title, person_in_chain, take_chain, trailing_chain


class Attribution(IntEnum):
    """How firmly the text around a quote says who spoke."""

    NONE = 0
    PRONOUN = 1  # "katanya", "he said": the person last quoted or named
    NAMED = 2  # "kata Budi", "Budi mengatakan", "kata Presiden": the text names the speaker


@dataclass(frozen=True, slots=True)
class Said:
    """The attribution found next to one quote."""

    strength: Attribution
    speaker: str | None = None


_SAID_ID = (
    r"kata|ujar|ucap|tutur|ungkap|jelas|terang|imbuh|tambah|tegas|pungkas|sebut|papar|lanjut"
    r"|tandas|kilah|seru|bilang|beber|urai|sambung|cetus|klaim|aku|jawab|tanya|timpal|sahut"
    r"|tulis|harap|pesan|ajak|pinta|kenang|akui|katakan|cerita|kisah|imbau|singgung|ulas|bantah"
    r"|sesal|simpul|sindir|keluh|celetuk|teriak|terus"
)

_SAID_PASSIVE = (
    r"di(?:katakan|sampaikan|ungkapkan|jelaskan|tegaskan|utarakan|paparkan|ucapkan|terangkan"
    r"|tuturkan|kemukakan)(?:\s+oleh)?"
)

_SAID_EN = (
    r"said|says|told|added|explained|wrote|noted|insisted|asked|stated|warned|argued|recalled"
    r"|continued|replied|tweeted|posted|admitted|declared|announced"
    # a judge's "observed", a minister's "asserted"; science writing's present tense
    r"|asserted|observed|remarked|stressed|emphasi[sz]ed|acknowledged|conceded|cautioned"
    r"|adds|notes|explains|argues|tells|writes|warns|recalls|insists|asks|admits|cautions"
)

# Indonesian verbs of saying that introduce a quote ("Budi mengatakan, “…”").
_SAY_ME = (
    r"mengatakan|menyatakan|menjelaskan|menegaskan|mengungkapkan|menuturkan|menyampaikan"
    r"|menambahkan|menyebutkan|menyebut|memaparkan|menerangkan|mengimbau|menekankan|mengakui"
    r"|mengaku|mengingatkan|meminta|mengungkap|menilai|berkata|bilang|berpesan|berujar"
    r"|berharap|menuliskan|menulis|mencontohkan|melanjutkan|menyimpulkan|mengklaim|menjawab"
    r"|bertanya|menanggapi|menandaskan|mengutarakan|mengemukakan|berucap"
)

# A verb of saying right after a name: "Wright menyebut …", "Bailey said".
SAYS_AFTER_NAME = re.compile(
    rf"\s+(?:juga\s+|pun\s+|also\s+|sempat\s+)?(?:{_SAY_ME}|{_SAID_EN}|menyebut\w*)\b"
)

_AFTER_VERB = re.compile(
    rf"^[\s,.:;–—-]*(?i:(?:demikian|hal\s+(?:itu|ini|tersebut))\s+)?"
    rf"(?:(?i:(?P<id>{_SAID_ID})(?P<nya>nya)?|{_SAID_PASSIVE})|(?P<en>{_SAID_EN})"
    r"|(?i:according\s+to|menurut))\b"
)

_PRONOUN_NEXT = re.compile(r"\s*(?:dia|ia|beliau|he|she)\b")
_GROUP_NEXT = re.compile(r"\s*(?:mereka|kami|kita|they|we)\b")  # a group: no one person

_LOWER_RUN = re.compile(
    r"\s*(?:the\s+|seorang\s+|sang\s+)?((?:[a-z][\w'’\-]*,?\s+){0,5}?)[,:]?\s*(?=[A-Z]|dr\.|drg\.)"
)

_NAME_FIRST = re.compile(
    rf"^[\s,.]*(?:the\s+)?(?P<chain>(?:[A-Z][\w'’.\-]*\s+){{0,6}}?[A-Z][\w'’.\-]*)\s+"
    rf"(?:juga\s+|pun\s+|also\s+)?(?:{_SAID_EN}|menambahkan|mengatakan|menjelaskan|melanjutkan)\b"
)
# '," union representative Yusran Ahmad Lamba told Reuters', '," the airline's chief
# commercial officer, Melissa Tan Hui Ling, said': a description in lower case, then the name.
_DESCRIBED_NAME_FIRST = re.compile(
    rf"^[\s,.]*(?:(?:the|a|an)\s+)?(?:[a-z][\w'’\-]*\s+){{1,6}}?(?:[a-z][\w'’\-]*,\s+)?"
    rf"(?P<chain>(?:[A-Z][\w'’.\-]*\s+){{0,5}}?[A-Z][\w'’.\-]*),?\s+(?:also\s+)?(?:{_SAID_EN})\b"
)

# "…,” Carney, who took office in March, said", "…,” Altman, 40, told AFP", "…,” Dr. Tomás
# Echeverría-Ruiz, an epidemiologist with the county health department, told NPR".
_NAME_ASIDE = re.compile(
    rf"^[\s,.]*(?:the\s+)?(?P<chain>(?:[A-Z][\w'’.\-]*\s+){{0,4}}?[A-Z][\w'’.\-]*),\s+"
    rf"(?:\d{{1,3}}|(?:who|yang|an?|the)\b[^\"“”.]{{0,100}}?)\s*,\s+(?:also\s+|juga\s+)?"
    rf"(?:{_SAID_EN}|mengatakan|menambahkan|menjelaskan)\b"
)

_TITLE_FIRST = re.compile(
    rf"^[\s,.]*the\s+(?P<title>(?:[\w\-]+\s+){{0,2}}[\w\-]+)\s+(?:{_SAID_EN})\b"
)

# "kata pria berusia 45 tahun itu", "ujar politikus PDIP tersebut": the person just named;
# "kata pemain asal Kecamatan Pare, Kabupaten Kediri, tersebut": where they come from, by
# its units, may take commas
_DESCRIBED = re.compile(
    r"\s+[a-z][^,.;:!?\"“”()]{0,60}?"
    r"(?:,\s+(?i:kabupaten|kota|kecamatan|provinsi|desa|kelurahan)\s[^,.;:!?\"“”()]{1,30}?)*"
    # ("… ini" after a description, not after a time: "yang ditemui pagi ini")
    r",?\s(?:itu|tersebut|(?<!hari\s)(?<!pagi\s)(?<!siang\s)(?<!sore\s)(?<!malam\s)(?<!saat\s)"
    r"(?<!tahun\s)(?<!kali\s)(?<!pekan\s)(?<!minggu\s)(?<!bulan\s)(?<!waktu\s)ini)\b"
)

_PRONOUN_FIRST = re.compile(rf"^[\s,.]*(?:he|she)\s+(?:{_SAID_EN})\b", re.IGNORECASE)

_BEFORE_VERB = re.compile(
    rf"(?:\s+(?:juga|pun|lalu|kemudian|kembali|sempat|also|then|had))?\s+"
    rf"(?P<verb>{_SAY_ME}|(?:{_SAID_EN})(?:\s+(?:[A-Z]\w+|reporters|the\s+\w+))?"
    # "told a regular press briefing in Beijing that “…”"
    rf"|(?:{_SAID_EN})\s+[^.!?\"“”:;]{{1,80}}?(?=\s+that\s*$)"
    # "Head coach Marco Lindqvist speaking to BBC Radio Oxford: “…”" (a live blog's entry)
    r"|(?:speaking|talking)\s+(?:to|with)\s+[^.!?\"“”:;]{1,60}?(?=\s*:\s*$)"
    r"|(?i:kata|ujar|tutur)"
    r"(?:\s+(?P<direct>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,5}))?)"
    r"\s*(?:,|:|\bbahwa\b|\bthat\b)?\s*$"
)

# "Ia mengatakan, “…”", "She said the cuts were fair and added: “…”": the sentence's subject.
_PRONOUN_BEFORE = re.compile(
    rf"(?:^|[.!?]\s+|,\s+)(?:dia|ia|beliau|he|she)\s[^.!?]{{0,120}}?\b(?:{_SAY_ME}|{_SAID_EN})"
    r"\s*(?:,|:|\bbahwa\b|\bthat\b)?\s*$",
    re.IGNORECASE,
)

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_AGE = re.compile(r",\s*\d{1,3}\s*,?\s*$")  # "Musk, 52, said"

# "Menurut Budi, …", "Menurut pengamat ekonomi dari Universitas Indonesia Fithra Faisal, …",
# "Menurut kuasa hukum warga, Lukman Hakim Nasution, …": a description may come between.
_ACCORDING_BEFORE = re.compile(
    r"(?i:menurut|according\s+to)\s+(?P<described>(?:[a-z][\w\-]*,?\s+){0,8}?)$"
)


def attribution(
    before: str, after: str, names: ArticleNames, lead: str = ""
) -> tuple[Said, str | None]:
    """Read the text after and before one quote; return the attribution and an unresolved title
    (or, for "the witness said", the description the quote is attributed by).

    `before` is the narrative since the previous quote, `lead` all of the paragraph before it.
    """
    said, title = _after(after[:200], names)
    if said.strength:
        return said, title
    return _before(before[-220:], names, (lead or before)[-220:])


def _after(after: str, names: ArticleNames) -> tuple[Said, str | None]:
    match = _AFTER_VERB.match(after)
    if match:
        rest = after[match.end() :]
        described = _DESCRIBED.match(rest)
        if described and _a_person(described[0]):
            # "ujar pelatih asal Brasil itu": the coach named before, not the scorer named last
            head = described[0].split()[0]
            return Said(Attribution.PRONOUN), head if head in TITLES else None
        if match["nya"] or _PRONOUN_NEXT.match(rest):
            return Said(Attribution.PRONOUN), None
        if _GROUP_NEXT.match(rest):
            return Said(Attribution.NONE), None
        return _named(rest, names)
    match = _NAME_FIRST.match(after) or _NAME_ASIDE.match(after)
    if not match and (described := _DESCRIBED_NAME_FIRST.match(after)):
        description = after[: described.start("chain")].replace(",", " ").split()
        # "a spokesman for Prabowo said": not Prabowo
        person = None if description[-1] in _OF_WHOM else person_in_chain(described["chain"], names)
        if person:
            return Said(Attribution.NAMED, person), None
    if (
        match
        and match.re is _NAME_FIRST
        and " " not in match["chain"]
        and after[: match.start("chain")].split()[-1:] == ["the"]
        and not _speaking_body(match["chain"])
    ):
        # '," the Kalon said' (Phayul): no one's name follows "the"; the title is looked up
        # ("Education Kalon Dolma Tsering Lhamo")
        return Said(Attribution.NAMED), match["chain"]
    if match:
        person = person_in_chain(match["chain"], names)
        if person:
            return Said(Attribution.NAMED, person), None
        if _speaking_body(match["chain"]):
            return Said(Attribution.NAMED, match["chain"]), None
        # "the White House said": attributed, but to no person the card could name; a title
        # ("Prime Minister said") is looked up.
        return Said(Attribution.NAMED), match["chain"] if has_title(match["chain"]) else None
    match = _TITLE_FIRST.match(after)
    if match and _titles_only(match["title"]):
        return Said(Attribution.NAMED), match["title"]
    if match and _a_person(match["title"]):
        # "the 45-year-old said": the person last named; "the witness told the court": one the
        # story may never name (key_quote looks the description up)
        return Said(Attribution.PRONOUN), match["title"]
    if _PRONOUN_FIRST.match(after):
        return Said(Attribution.PRONOUN), None  # "he said"
    match = _SUBJECT_FIRST.match(after)
    person = _subject_person(match["subject"], names) if match else None
    if person:
        return Said(Attribution.NAMED, person), None
    return Said(Attribution.NONE), None


def _subject_person(subject: str, names: ArticleNames) -> str | None:
    """The person a subject of any description names at one of its ends."""
    words = subject.replace(",", " ").split()
    if any(w.casefold() in _CLAUSE_WORDS for w in words):
        return None  # "the report, which cited Budi Santosa,": not the subject itself
    if subject.rstrip().endswith(","):
        # "Kariyanto Hardjosoemarto, VinFast Indonesia's chief executive," / "the firm's
        # chief, Kariyanto Hardjosoemarto,": the name is the part that is a chain alone.
        for part in subject.split(",")[:2]:
            part = part.strip().removeprefix("the ")
            if part and take_chain(part) == part:
                return person_in_chain(part, names)
        return None
    chain = trailing_chain(subject, names.lowercase)
    described = subject[: len(subject) - len(chain)].split()
    if described and described[-1].casefold() in _DETERMINERS:
        described.pop()
    if described and described[-1].casefold() in {"of", "at", "from"} and len(described) > 1:
        # "lead author Dian Puspitasari of the Bogor Agricultural University": where they work;
        # unless the body's name ends on its officer's: "Secretary … at the Ministry of
        # Commerce Farrukh Ilyas Mirza"
        found = mentions(chain, names.lowercase)
        if found and found[-1].kind == "person" and chain.endswith(found[-1].name):
            return person_in_chain(found[-1].name, names)
        return _subject_person(" ".join(described[:-1]), names)
    if not chain or (described and described[-1].casefold() in _OF_WHOM):
        return None  # "a spokesman for Prabowo": not Prabowo
    return person_in_chain(chain, names)


# '," VinFast Indonesia chief executive Kariyanto Hardjosoemarto said', '," People's Party
# leader Natthaphong Ruengpanyawut said', '," Kariyanto Hardjosoemarto, VinFast Indonesia's
# chief executive, said': a subject of capitalised and lower-case words, then the verb.
_SUBJECT_FIRST = re.compile(
    rf"^[\s,.]*(?P<subject>[^\"“”.!?;:()\n]{{3,160}}?)\s+(?:also\s+)?(?:{_SAID_EN})\b"
)
_CLAUSE_WORDS = word_set("who whom which that whose when where while after before as if")
_OF_WHOM = word_set("of for to from at with by in on about against behind near")


def _named(rest: str, names: ArticleNames) -> tuple[Said, str | None]:
    """The speaker named after a verb of saying: "Budi", "salah satu warga, Budi", "Presiden"."""
    listed = _OFFICE_LIST.match(rest)
    if listed and has_title(listed["office"]):
        # "kata Direktur Industri Maritim, Alat Transportasi, dan Alat Pertahanan Kemenperin,
        # Hendro Kusumo Wardhana": an office whose name lists things, then its holder
        person = person_in_chain(listed["name"].rstrip("."), names)
        if person:
            return Said(Attribution.NAMED, person), None
    lead = _LOWER_RUN.match(rest)
    lower_words = lead.group(1).replace(",", " ").split() if lead else []
    if lead and not any(w in _STOP_LEAD for w in lower_words):
        chain = take_chain(rest[lead.end() :])
        if chain.casefold() in DEMONYMS and (
            described := _DESCRIBED_AFTER.match(rest, lead.end() + len(chain))
        ):
            # "said the rapporteur, Dutch liberal MEP Jorien Aaldering-Vos": the nationality
            # and the party describe the person named after them
            chain = take_chain(rest[described.end() :])
        if chain and lower_words and lower_words[-1] in _RELATIONS and "," not in chain:
            return Said(Attribution.NONE), None  # "kata kuasa hukum Hasto": not Hasto himself
        if chain and lower_words:
            # "kata juru bicara militer Sudan, Santo Domic Chol": the first part describes,
            # unless it names the person before "of" ("said lead author Dr Róisín Hegarty of
            # UCC's School of Biological, Earth and Environmental Sciences")
            if "," in chain:
                head, chain = chain.split(",", 1)
                if " of " in head and (person := person_in_chain(head, names)):
                    return Said(Attribution.NAMED, person), None
            elif lower_words[-1] in _OF_WHAT:
                # "kata pengguna Youtube", "pelatih asal Serbia": a thing or place, no person.
                return Said(Attribution.NONE), None
        if (
            chain
            and not lower_words
            and (described := _OFFICER_AFTER.match(rest, lead.end() + len(chain)))
            and _describes_person(described["role"].split())
            and (person := person_in_chain(take_chain(described["name"]), names))
        ):
            # "said Leilani Park resident Tomas Ferreira": the place describes the person;
            # "said Grandvalira Resorts general manager Marc Ribas Torrent": the company
            return Said(Attribution.NAMED, person), None
        if chain:
            person = person_in_chain(chain, names)
            if person:
                return Said(Attribution.NAMED, person), None
            if not lower_words and _speaking_body(chain):
                # "kata OCHA": the body itself ("said EMA chief executive Lim Kwang Wei", its
                # officer by name, is read above)
                return Said(Attribution.NAMED, chain), None
            if has_title(chain):
                # "tutur CEO sekaligus penggagas produk ini, Azar Talibzade"
                named = _NAME_AFTER_COMMA.match(rest, lead.end() + len(chain))
                person = named and person_in_chain(take_chain(named["name"]), names)
                return (
                    (Said(Attribution.NAMED, person), None)
                    if person
                    else (Said(Attribution.NAMED), chain)
                )
            return Said(Attribution.NONE), None
    title = rest.strip().split(".")[0].split(",")[0]
    title = " ".join(title.split()[:3])
    if title.removeprefix("the ") and _titles_only(title.removeprefix("the ")):
        return Said(Attribution.NAMED), title.removeprefix("the ")
    return Said(Attribution.NONE), None


# Capitalised words of an office's name, with "dan" and a short form in brackets.
_OFFICE_WORDS = r"[A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|\([^()]{1,20}\)|dan|and|&))*"
_OFFICE_LIST = re.compile(
    rf"\s*(?P<office>{_OFFICE_WORDS}(?:,\s*(?:dan\s+|and\s+)?{_OFFICE_WORDS}){{1,6}}),"
    r"\s*(?P<name>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,4})"
    r"\s*(?:[,.]|$|\s+(?:di|saat|usai|seusai|kepada|dalam|pada|ketika|in|at|on)\b)"
)
_DESCRIBED_AFTER = re.compile(r"(?:\s+[a-z][\w\-]*){0,3}\s+(?=[A-Z])")
# "tutur CEO sekaligus penggagas produk ini, Azar Talibzade"; "kata Pambakal atau Kepala Desa
# Lasung Batu, Jumberi": the title's other words, then the name after a comma
_NAME_AFTER_COMMA = re.compile(r"[^,.;“”\"]{1,60},\s+(?P<name>[A-Z].{0,80})")
# The office in lower case and the name after a body's acronym: " chief executive Lim Kwang Wei"
_OFFICER_AFTER = re.compile(r"\s+(?P<role>(?:[a-z][\w\-]*\s+){1,4})(?P<name>[A-Z].{0,80})")


def _describes_person(role: list[str]) -> bool:
    """Lower-case words between a place or a body and a name that say who the person is:
    "resident", "general manager", "chief executive"; not where or when they spoke ("dalam
    konferensi pers di Mapolres …"), nor what the person before them is ("Ujesh Desai selaku
    general manager Logitech G")."""
    return (role[-1] in _WHO_THEY_ARE or has_title(role[-1])) and _NOT_ROLE.isdisjoint(role)


_NOT_ROLE = word_set(
    "di dalam saat ketika pada kepada usai seusai setelah sebelum at in on during to from after "
    "before when while selaku sebagai as yang who"
)
# What a person is, after the place or the body that says where ("Leilani Park resident")
_WHO_THEY_ARE = word_set(
    "resident residents native farmer fisherman vendor trader student teacher nurse mother "
    "father owner shopkeeper driver worker fan villager parent grower growers winemaker "
    "rancher breeder retailer businessman businesswoman entrepreneur miner fisher veteran "
    "volunteer commuter homeowner landlord tenant survivor campaigner activist pastor "
    "player athlete runner swimmer climber diver surfer beekeeper orchardist grazier"
)
_OF_WHAT = word_set(
    "asal dari pengguna laporan pernyataan keterangan akun situs laman media klub tim warga "
    "penduduk sutradara penulis produser pabrikan perusahaan report statement user fans"
)

_RELATIONS = word_set(
    "hukum istri suami anak ayah ibu adik kakak keluarga ibunda ayahanda putra putri pengacara "
    "kuasa rekan teman sahabat tetangga tua wife husband son daughter father mother lawyer "
    "brother sister friend"
)

_STOP_LEAD = word_set(
    "di saat ketika pada dalam kepada usai seusai setelah sebelum dari ke kemarin sambil with "
    "in at on during after before from to yang seperti dilansir dikutip mengutip melansir via"
)


def _titles_only(words: str) -> bool:
    parts = words.casefold().split()
    return bool(parts) and all(p in TITLES for p in parts)


def _before(before: str, names: ArticleNames, lead: str) -> tuple[Said, str | None]:
    if _PRONOUN_BEFORE.search(lead):
        return Said(Attribution.PRONOUN), None
    head = before.rstrip()
    head = head[:-1].rstrip() if head.endswith((",", ":")) else head
    chain = trailing_chain(head, names.lowercase)
    according = chain and _ACCORDING_BEFORE.search(head[: len(head) - len(chain)])
    if according:
        described = according["described"].split()
        if described and described[-1] in _RELATIONS:
            return Said(Attribution.NONE), None  # "menurut kuasa hukum Hasto": not Hasto
        person = person_in_chain(chain, names)
        return Said(Attribution.NAMED, person), None if person else chain
    opening = head[: len(head) - len(chain)].rstrip()
    if chain and before.rstrip().endswith(":") and (not opening or opening[-1] in ".!?"):
        person = person_in_chain(chain, names)  # "Budi: “Kami siap.”"
        if person:
            return Said(Attribution.NAMED, person), None
    match = _BEFORE_VERB.search(before)
    if not match and before.rstrip().endswith(":"):
        # "Kadmirah Suryana menggambarkan kondisi di lapangan dengan nada kesal:" then the
        # quote: the sentence's subject speaks.
        sentence = _SENTENCE_END.split(before.strip())[-1]
        chain = take_chain(sentence) if sentence[:1].isupper() else ""
        person = person_in_chain(chain, names) if chain else None
        if person and (" " in person or has_title(chain)):  # not "Seperti diriwayatkan …:"
            return Said(Attribution.NAMED, person), None
    if not match:
        return Said(Attribution.NONE), None
    head = _AGE.sub("", before[: match.start()])
    if (
        not match["direct"]
        and head.endswith(",")
        and (apposed := _APPOSED.match(_SENTENCE_END.split(head.strip())[-1]))
    ):
        # "Prof Martin Greaves, the chief executive of Care England, which represents
        # independent providers, said: “…”": the sentence's subject, not "Care England"
        person = person_in_chain(apposed["chain"], names)
        if person:
            return Said(Attribution.NAMED, person), None
    if (
        not match["direct"]
        and any(word in head[-160:] for word in _CONTACTED_WORDS)
        and (contacted := _CONTACTED.search(head[-160:]))
        and (person := person_in_chain(contacted["chain"], names))
    ):
        # "Fransiskus Dapur, yang dihubungi Floresa pada malam harinya mengatakan": the one
        # the outlet reached speaks, not the outlet
        return Said(Attribution.NAMED, person), None
    chain = match["direct"] or trailing_chain(head, names.lowercase)
    if not chain and (aside := _ASIDE.search(head[-90:])):
        # "Budi dalam keterangannya mengatakan": skip the aside between name and verb.
        chain = trailing_chain(head[-90:][: aside.start()], names.lowercase)
    if not chain:
        return Said(Attribution.NONE), None
    person = person_in_chain(chain, names)
    if person:
        return Said(Attribution.NAMED, person), None
    return (Said(Attribution.NAMED), chain) if has_title(chain) else (Said(Attribution.NONE), None)


# A sentence's subject, then a description of them between commas before the verb.
_APPOSED = re.compile(
    r"^(?P<chain>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,5}),\s+(?:[a-z][\w'’\-]*)\b"
    r"[^.!?\"“”]*,$"
)


def _a_person(description: str) -> bool:
    """A description of a person ("pria itu"), not of a body ("perusahaan tersebut"); a
    party's member is a person whatever the party ("politikus Partai Amanat Nasional itu")."""
    words = description.casefold().split()
    return bool(words) and (words[0] in _PARTY_MEMBERS or not any(w in _BODIES for w in words))


_PARTY_MEMBERS = word_set("politikus politisi kader anggota")


_BODIES = word_set(
    """perusahaan pemerintah kementerian lembaga instansi organisasi partai klub tim kantor
    polisi kepolisian pengadilan badan otoritas pihak government statement report firm club
    team spokesperson spokesman spokeswoman official officials source sources"""
)

# A subject, then who reached them, before the verb: "…, yang dihubungi Floresa pada malam
# harinya", "…, who spoke to the Herald on Monday,"
_CONTACTED = re.compile(
    r"(?P<chain>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,5}),?\s+"
    r"(?:yang\s+|saat\s+|ketika\s+|who\s+|when\s+)"
    r"(?:di(?:hubungi|temui|konfirmasi|wawancarai|mintai\s+keterangan)|spoke\s+to|talked\s+to"
    r"|was\s+(?:contacted|reached|interviewed)\s+by|contacted\s+by)\s[^.;!?“”\"]*,?\s*$"
)
_CONTACTED_WORDS = ("yang di", "saat di", "ketika di", " who ", " when ")
_ASIDE = re.compile(
    r"\s(?:dalam|saat|ketika|kepada|di|usai|seusai|setelah|sebelum|pada|in|at|on|during|when)"
    r"\s[^.;:!?]*$"
)


def _speaking_body(chain: str) -> bool:
    """An organisation named by its acronym as the one speaking ("kata OCHA", "KPK said")."""
    if chain.casefold() in TITLES:
        return False  # "tutur CEO": a title, not a body
    return chain in ACRONYMS or (chain.isalpha() and chain.isupper() and 2 < len(chain) < 7)


_DETERMINERS = word_set("the a an sang si")


# What a title names a building after: "Kantor Bupati", "Rumah Dinas Wali Kota".
_BUILDINGS = ("kantor", "rumah", "gedung", "pendopo", "pendapa", "rumdin", "dinas")


# Titles the press uses for one another: "the skipper" is the captain named before
_SAME_TITLE = {"skipper": ("captain",), "boss": ("manager", "coach")}
# English titles a story writes in lower case before a name ("captain Kieron Mohammed-Ali")
_LOWER_TITLES = frozenset(
    {"captain", "skipper", "coach", "manager", "boss", "spokesman", "spokeswoman",
     "spokesperson", "chairman", "chairwoman", "striker", "midfielder", "defender",
     "goalkeeper", "winger", "batsman", "bowler", "opener", "wicketkeeper"}
)  # fmt: skip


def resolve_title(title: str, paragraphs: tuple[str, ...], names: ArticleNames) -> str | None:
    """The person the article names with a title: "Presiden" -> "Joko Widodo"."""
    words = [w for w in title.replace(",", " ").split() if w.casefold() not in _DETERMINERS]
    keys = [" ".join(w[:1].upper() + w[1:] for w in words)]
    if len(words) > 1:
        # "Menteri Luar Negeri" is a kind of "Menteri"; a "foreign minister" is a "Minister".
        keys += [keys[0].split()[0], keys[0].split()[-1]]
    if len(words) == 1 and words[0] in _LOWER_TITLES:
        # "Knight Riders captain Kieron Mohammed-Ali" for "the captain" (or "the skipper"):
        # the English press writes a title before a name in lower case
        keys += [" ".join(words), *_SAME_TITLE.get(" ".join(words), ())]
    for key in keys:
        for paragraph in paragraphs:
            at = paragraph.find(key + " ")
            while at >= 0:
                if paragraph[max(0, at - 8) : at].rstrip().casefold().endswith(_BUILDINGS) or (
                    key.islower()
                    and at
                    and (paragraph[at - 1] not in ' (“"' or paragraph[:at].endswith("vice "))
                ):
                    # "di Kantor Bupati Minahasa Utara, Airmadidi": the office's building and
                    # its town, not the holder; "vice-captain Ravi Singh" is no captain
                    at = paragraph.find(key + " ", at + 1)
                    continue
                if (" " not in key and key.casefold() not in TITLES) or key.islower():
                    # "Kalon Dolma Tsering Lhamo": a title kabar does not know; the name is
                    # what follows it
                    chain = take_chain(paragraph[at + len(key) + 1 :])
                else:
                    chain = take_chain(paragraph[at:])
                person = person_in_chain(chain, names) if chain else None
                if not person and (listed := _OFFICE_LIST.match(paragraph, at)):
                    # "Direktur Penyuluhan, Pelayanan, dan Hubungan Masyarakat DJP, Tigor …"
                    person = person_in_chain(listed["name"].rstrip("."), names)
                if person:
                    return person
                at = paragraph.find(key + " ", at + 1)
    return _described(words, paragraphs, names)


def _described(words: list[str], paragraphs: tuple[str, ...], names: ArticleNames) -> str | None:
    """The person the article describes with a title after their name: "Kenji Hayashida, a
    professor at Hokkaido University" for "the professor"."""
    if not words:
        return None
    apposed = re.compile(
        r",\s+(?:(?:a|an|the|seorang|sang)\s+)?" + r"\s+".join(map(re.escape, words)) + r"\b",
        re.IGNORECASE,
    )
    for paragraph in paragraphs:
        for match in apposed.finditer(paragraph):
            chain = trailing_chain(paragraph[: match.start()], names.lowercase)
            if chain and (person := person_in_chain(chain, names)):
                return person
    return None


def spelled_office(acronym: str, paragraphs: tuple[str, ...]) -> str | None:
    """The office an acronym the press makes of its words' heads stands for, as the article
    spells it out: "Dirtipidsiber" for "Direktur Tindak Pidana Siber" (Dir-Ti-Pid-Siber); the
    office opens on a title, has two words or more, and the acronym is no one's name."""
    folded = acronym.casefold()
    if len(folded) < 6 or not folded.isalpha() or folded in NAME_WORDS:
        return None
    # where the office may open: its acronym's first letters, or a title it cuts otherwise
    # ("Kasatreskrim": "Kepala")
    heads = [acronym[:2]]
    heads += [word.title() for word, cuts in _CUT_HEADS.items() if folded.startswith(cuts)]
    for paragraph in paragraphs:
        for head in heads:
            at = paragraph.find(head)
            while at >= 0:
                if at == 0 or not paragraph[at - 1].isalnum():
                    words = [w.strip(",.;:()") for w in paragraph[at:].split(maxsplit=6)[:6]]
                    if words[0].casefold() in TITLES and (size := _heads_spell(folded, words)) > 1:
                        return " ".join(words[:size])
                at = paragraph.find(head, at + 1)
    return None


# Heads the press cuts from a word other than by its first letters: "Ses" of Sekretaris
# (Seskab, Sesjen), "Ka" of Kepala (Kasatreskrim, Kadisdik)
_CUT_HEADS = {"sekretaris": ("ses",), "kepala": ("ka",)}


def _heads_spell(acronym: str, words: list[str], i: int = 0) -> int:
    """How many of the words, from i, spell the acronym by heads of two letters or more; 0 if
    they do not."""
    if not acronym:
        return i
    if i == len(words) or not words[i][:1].isupper():
        return 0
    word = words[i].casefold()
    heads = [word[:size] for size in range(min(len(word), len(acronym)), 1, -1)]
    for head in (*_CUT_HEADS.get(word, ()), *heads):
        if acronym.startswith(head) and (found := _heads_spell(acronym[len(head) :], words, i + 1)):
            return found
    return 0


def titled_holder(short: str, body: tuple[str, ...], names: ArticleNames) -> str | None:
    """The person an article names right after an office's acronym used as a title
    ("Dirresnarkoba Polda Sulteng Kombes Pol. I Ketut Adnyana"), when a quote falls to the
    acronym alone ("Dirresnarkoba menjelaskan, …", "tegasnya"): only capitalised words between."""
    folded = short.casefold()
    if (
        not (short.istitle() and len(short) >= 6 and folded.startswith(_OFFICE_HEADS))
        or folded in NAME_WORDS
    ):
        return None
    return _named_after(f"{short} ", body, names, capitalised_between=True)


# How the press's acronyms of offices open: Direktur, Kepala, Wakil, Komandan, Panglima
_OFFICE_HEADS = ("dir", "ka", "wadir", "waka", "dan", "pang")


def bracketed_holder(short: str, body: tuple[str, ...], names: ArticleNames) -> str | None:
    """The person an article names right after an office's short name in brackets
    ("Kepala Seksi Penerangan Hukum (Kasipenkum) Kejati DKI Jakarta, Syahrul Ramadhan, …"),
    when the short name is what a quote is attributed to ("kata Kasipenkum")."""
    if not (short.istitle() and len(short) >= 6):
        return None  # "(MOH)", "(SGX)": a body's acronym in capitals is no office
    return _named_after(f"({short})", body, names)


def _named_after(
    marked: str, body: tuple[str, ...], names: ArticleNames, *, capitalised_between: bool = False
) -> str | None:
    """The fullest form of the first person of two words or more the article names within 80
    characters after `marked` (in the paragraphs holding it as a word of its own, in order)."""
    for paragraph, found in zip(body, names.paragraphs, strict=True):
        at = paragraph.find(marked)
        if at < 0 or (at and paragraph[at - 1].isalnum()):
            continue
        end = at + len(marked)
        for mention in found:
            if mention.kind != "person" or " " not in mention.name or mention.position < end:
                continue
            between = paragraph[end : mention.position].split()
            if mention.position <= at + 80 and not (
                capitalised_between and not all(w[:1].isupper() for w in between)
            ):
                return names.full(mention.name)
            if capitalised_between:
                break
    return None


def unnamed_description(description: str, paragraphs: tuple[str, ...]) -> bool:
    """Whether "the witness" or "the woman" a quote is attributed to is someone the story
    never names: a common noun for a person that no name stands beside anywhere in it
    ("witness Ana Lee", "Ana Lee, a witness"). Then the quote is no one's the card can name,
    not the last person named ("read aloud by Crown attorney Sonia Baptiste, one mother
    said …" / "“…,” the woman wrote")."""
    noun = description.split()[-1].casefold()
    if noun not in _PERSON_NOUNS:
        return False
    beside = re.compile(
        rf"(?i:\b{noun}s?)\s+[A-Z][\w'’\-]+\s+[A-Z]"
        rf"|[A-Z][\w'’\-]+\s+[A-Z][\w'’\-]+,\s+(?:\d{{1,3}},\s+)?(?:a|an|the)\s+"
        rf"(?:[\w'’\-]+\s+){{0,3}}?{noun}\b"
    )
    return not any(beside.search(paragraph) for paragraph in paragraphs)


# Common nouns for a person an English story may quote without naming
_PERSON_NOUNS = word_set(
    """woman man mother father parent resident witness neighbour neighbor victim survivor girl
    boy teenager student driver passenger shopper worker farmer voter patient customer tenant"""
)
