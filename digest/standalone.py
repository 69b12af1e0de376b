"""Whether a body sentence reads cold in a summary, or leans on a sentence the summary left out."""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum

from digest.furniture import is_furniture
from digest.name_words import COMMON, ORG_WORDS, TITLES, word_set
from digest.names import common_noun, mentions
from digest.places import known_place
from digest.speaker_names import named_as_person


class Leans(Enum):
    """What a sentence needs around it in a summary to make sense to a reader (worst last)."""

    NOTHING = 0  # reads cold
    ON_PREVIOUS = 1  # a connective ("Namun,", "Hal tersebut", "However,"): the sentence before
    ON_NAMED = 2  # a pronoun ("Ia", "She"): the sentence that last named someone
    ON_NEARBY = 3  # "Kedua negara itu", "Sebelumnya": a summary sentence shortly before it
    UNSPOKEN = 4  # opens on a quote, quotes with no speaker named, or says the key quote again
    DEBRIS = 5  # page furniture the parser let through: never summary material


# Connectives that only link the sentence to the one before: without it, what follows reads cold.
_DETACHABLE = re.compile(
    r"""^(?:
        pasalnya|namun|akan\s+tetapi|tetapi|tapi|sementara\s+itu|sementara(?=\s*,)|sedangkan
      | selain\s+(?:itu|daripada\s+itu)|oleh\s+(?:karena|sebab)\s+(?:itu|nya)|karena(?:\s+itu|nya)
      | untuk\s+itu|maka(?:nya|\s+dari\s+itu)?|dengan\s+(?:demikian|begitu)
      | (?:kendati|meski(?:pun)?|walau(?:pun)?|biarpun|sekalipun)\s+(?:demikian|begitu)
      | (?:tak|tidak|bukan)\s+(?:hanya|cuma|sampai)\s+(?:itu|di\s+situ)|sebaliknya|justru|padahal
      | apalagi|bahkan|lebih\s+lanjut|selanjutnya|kemudian|lalu(?!\s+lintas)
      | (?:setelah|sesudah)\s+itu
      | akibatnya|alhasil|adapun|misalnya|contohnya|jadi(?=\s*,)|nah|di\s+(?:sisi|pihak)\s+lain
      | di\s+lain\s+pihak|however|but|yet|so(?!\s+far)|also|still|meanwhile|in\s+addition
      | additionally|moreover|furthermore|besides|nevertheless|nonetheless|therefore|thus|hence
      | instead|likewise|similarly|even\s+so|as\s+a\s+result|for\s+(?:example|instance)
      | in\s+contrast|by\s+contrast|on\s+the\s+other\s+hand|then(?!-)|after\s+that|consequently
      | accordingly|indeed
    )(?:\s*,\s*|\s+)(?=[A-Za-z0-9])""",
    re.IGNORECASE | re.VERBOSE,
)
# Openers that are the link itself ("Hal tersebut", "Menurut dia", "Itulah"): they need the
# sentence before them; lower-case after a detachable connective ("Namun polisi") counts too.
_CONNECTIVES = re.compile(
    r"""^(?:
        pasalnya|namun|akan\s+tetapi|tetapi|tapi|sementara(?:\s+itu|\s*,)|sedangkan
      | selain\s+(?:itu|daripada\s+itu)|oleh\s+(?:karena|sebab)\s+(?:itu|nya)|karena(?:\s+itu|nya)
      | untuk\s+itu|maka(?:nya|\s+dari\s+itu)?|dengan\s+(?:demikian|begitu)
      | (?:kendati|meski(?:pun)?|walau(?:pun)?|biarpun|sekalipun)\s+(?:demikian|begitu)
      | (?:tak|tidak|bukan)\s+(?:hanya|cuma|sampai)\s+(?:itu|di\s+situ)|hal\s+(?:senada|serupa)
      | hal\s+(?:itu|ini|tersebut)|senada|di\s+antaranya|antara\s+lain
      | salah\s+(?:satunya|satu\s+(?:yang|di\s+antaranya))
      | sebaliknya|justru|padahal|apalagi|bahkan
      | lebih\s+lanjut|selanjutnya|kemudian|lalu(?!\s+lintas)|(?:setelah|sesudah|sebelum)\s+itu
      | akibatnya
      | alhasil|hasilnya|adapun|yakni|yaitu|misalnya|contohnya|jadi\s*,|nah|sehingga|atau
      | itulah|itu\s+sebabnya|demikian|begitu\s+(?:pula|juga)|di\s+(?:sisi|pihak)\s+lain
      | di\s+lain\s+pihak|bagaimana\s+tidak|jawabannya|sebab|pun|juga|(?:dan|and)(?=\s+(?-i:[a-z]))
      | however|but|yet|so(?!\s+far)|also|still|meanwhile|in\s+addition|additionally|moreover
      | furthermore|besides|nevertheless|nonetheless|therefore|thus|hence|instead|likewise
      | similarly|otherwise|even\s+so|as\s+a\s+result|that(?:'s|’s|\s+is)\s+why
      | because\s+of\s+(?:this|that)|for\s+(?:example|instance)|in\s+contrast|by\s+contrast
      | on\s+the\s+other\s+hand|then(?!-)|after\s+(?:that|this)|as\s+such|in\s+turn|consequently
      | accordingly|after\s+all|despite\s+(?:this|that)|even\s+then|the\s+(?:latter|former)
    )(?!\w)""",
    re.IGNORECASE | re.VERBOSE,
)
# Pronouns: who they mean is whoever the sentence before named.
_PRONOUNS = word_set(
    """
    ia dia beliau mereka dirinya menurutnya katanya ujarnya tambahnya he she they it his her
    their its him them
    """
)
# Words that point back at something said a little earlier.
_POINTERS = word_set(
    "ini keduanya ketiganya sang sebelumnya sesudahnya setelahnya this that these those such both"
)
# Sentence-initial "-nya" words that read cold ("Biasanya", "Sayangnya"); any other ("Istrinya",
# "Tujuannya") owns something named before.
_NYA_COLD = word_set(
    """
    hanya punya tanya sebenarnya biasanya sayangnya umumnya tampaknya nampaknya sepertinya
    seharusnya semestinya sepatutnya tentunya untungnya rencananya kabarnya agaknya rupanya
    khususnya terutama utamanya lazimnya idealnya hakikatnya intinya singkatnya akhirnya
    nantinya awalnya mulanya adanya banyaknya sedikitnya setidaknya sekurangnya selambatnya
    secepatnya sebaiknya semuanya seluruhnya lainnya pertamanya bersamanya
    """
)
# "X ini" is "this X" only after a word of time ("tahun ini", "saat ini").
_TIME_WORDS = word_set(
    "hari tahun bulan pekan minggu saat malam pagi siang sore musim kini era masa "
    "week year month morning afternoon evening weekend season"
)
# Nouns that look like verbs by their prefix (me-, ber-, di-, ter-).
_NOUNS = word_set(
    "menteri direktur dirut dirjen direksi dinas ditjen terdakwa tersangka terpidana berita "
    "media merek medis meja"
)
_VERB_PREFIX = ("me", "ber", "di", "ter", "per")
# Words inside an opening noun phrase that point back: "Kedua negara itu", "Suporter mereka".
_DEMONSTRATIVES = frozenset(("itu", "tersebut", "tadi", "ini", "ia", "dia", "mereka", "beliau"))
_WORDS = re.compile(r"[^\W\d_]+")
_LEADING = re.compile(r"^[\s(\[\-–—•*]+")

# A statement's speaker named inside the sentence: "kata Budi", "ujar Kepala Dinas X",
# "Budi mengatakan", "menurut X", "said Jones", "Jones said", "according to X".
_SAID = (
    r"kata|ujar|ucap|tutur|ungkap|jelas|terang|imbuh|tambah|tegas|pungkas|sebut|papar|lanjut"
    r"|tandas|bilang|beber|sambung|cetus|menurut|said|says|told|added|explained|according\s+to"
)
_PRONOUN = r"(?:dia|ia|beliau|mereka|kami|he|she|they|we|it|i)\b"
_SAID_THEN = re.compile(
    rf"\b(?:{_SAID})\s*,?\s+(?!{_PRONOUN})((?:[\w.'’-]+,?\s*){{1,6}})", re.IGNORECASE
)
_NAME_THEN_SAID = re.compile(
    r"([A-Z][\w.'’-]+)\s+(?:juga\s+|pun\s+)?(?:mengatakan|menyatakan|menegaskan|menjelaskan"
    r"|menambahkan|mengungkapkan|menuturkan|menyebut(?:kan)?|berkata|said|says|told|added)\b"
)
_SAID_PRONOUN = re.compile(r"(?:menurut|kata|ujar)\s+(?:dia|ia|beliau|mereka)\b", re.IGNORECASE)
_OPENING_QUOTE = re.compile(r'^[\s(\[]*[„«“”"]')
# British copy quotes in single marks: ‘We are ready,’ she said. (’ inside a word is an apostrophe.)
_OPENING_SINGLE = re.compile(r"^[\s(\[]*‘(.+?)’(?!\w)")
_OPENS = frozenset("„«")
_CLOSES = frozenset("»")
_QUOTE_MARK = re.compile('[„«»“”"]')

_SHARE_WORDS = word_set(
    "bagikan share facebook twitter x whatsapp telegram line linkedin email salin copy tautan "
    "tweet pinterest print cetak"
)
# Page debris that can hide inside a sentence the parser kept, each form behind a word it must
# hold, so most sentences cost a few substring tests and no regex scan.
_DEBRIS_FORMS = tuple(
    (hint, re.compile(pattern))
    for hint, pattern in (
        ("baca", r"baca\s+(?:juga|pula)\b"),
        ("lihat", r"lihat\s+juga\s*:"),
        ("simak", r"simak\s+(?:juga|video)\b"),
        ("tonton", r"tonton\s+(?:juga|video)\b"),
        ("advertisement", r"advertisement"),
        ("scroll", r"scroll\s+(?:to|untuk|ke)\b"),
        ("gulir", r"gulir\s+(?:untuk|ke)\b"),
        ("[gambas", r"\[gambas:"),
        ("artikel", r"artikel\s+ini\s+(?:telah|sudah)\s+(?:tayang|terbit)"),
        ("halaman", r"halaman\s+(?:selanjutnya|berikutnya)"),
        ("salin", r"salin\s+(?:link|tautan)"),
        ("copy", r"copy\s+link"),
        ("download", r"download\s+(?:aplikasi|app)"),
        ("unduh", r"unduh\s+(?:aplikasi|app)"),
        ("ikuti", r"ikuti\s+(?:kami|saluran|berita)"),
        ("follow", r"follow\s+us"),
        ("google", r"google\s+news"),
        ("klik", r"klik\s+di\s*sini"),
        ("click", r"click\s+here"),
        (":", r"^(?:foto|photo|video|ilustrasi|sumber|editor|penulis|reporter|pewarta)\s*:"),
        ("(", r"\((?:foto|photo|dok|doc|ilustrasi)\b"),
        ("getty", r"getty\s+images"),
        ("shutterstock", r"shutterstock"),
        (".com/", r"\.com/\w"),
    )
)
_SHARE_HINTS = ("facebook", "whatsapp", "twitter", "bagikan", "share", "telegram", "linkedin")
# An editor's initials closing the text: "(dpw/dpw)", "(rdp/imk)".
_EDITOR_TAG = re.compile(r"\(\s*[a-z]{2,5}(?:\s*/\s*[a-z*]{1,5})+\s*\)\s*$")


def _debris(sentence: str) -> bool:
    """Tell whether page debris hides in the sentence: "Baca juga", "ADVERTISEMENT", a photo
    credit, "(dpw/dpw)", or a share bar ("Bagikan Facebook X WhatsApp") glued to the text."""
    lower = sentence.casefold()
    if any(hint in lower and form.search(lower) for hint, form in _DEBRIS_FORMS):
        return True
    if sentence.endswith(")") and _EDITOR_TAG.search(sentence, max(len(sentence) - 40, 0)):
        return True
    if any(hint in lower for hint in _SHARE_HINTS):
        return sum(w in _SHARE_WORDS for w in _WORDS.findall(lower)) >= 3
    return False


def still_open(sentence: str, open_at_start: bool) -> bool:
    """Tell whether a quote is open at the end of the sentence (the next one starts inside it)."""
    inside = open_at_start
    for char in _QUOTE_MARK.findall(sentence):
        inside = char in _OPENS or (char not in _CLOSES and not inside)
    return inside


def quote_parts(sentence: str, open_at_start: bool = False) -> tuple[list[str], str]:
    """Split a sentence into its quoted stretches and its unquoted text."""
    inside = open_at_start
    quoted: list[str] = []
    outside: list[str] = []
    start = 0
    for mark in _QUOTE_MARK.finditer(sentence):
        index, char = mark.start(), mark.group()
        (quoted if inside else outside).append(sentence[start:index])
        inside = char in _OPENS or (char not in _CLOSES and not inside)
        start = index + 1
    (quoted if inside else outside).append(sentence[start:])
    return quoted, " ".join(outside)


def _statement(stretch: str) -> bool:
    """A quote that opens a sentence as someone's words: it ends on its own punctuation
    ("Kami siap," kata …), where a quoted phrase used as a noun does not."""
    return stretch.rstrip()[-1:] in ",.!?…"


def _said(stretch: str) -> bool:
    """Tell a statement from a title or a scare quote ("The Heirs", "mahkota"): three words or
    more, most of them lower-case."""
    words = stretch.split()
    return len(words) >= 3 and 2 * sum(w[:1].isupper() for w in words) < len(words)


def leans(sentence: str, open_at_start: bool = False) -> Leans:
    """Tell what a body sentence needs around it to read well in a summary."""
    if is_furniture(sentence) or _debris(sentence):
        return Leans.DEBRIS
    stretches, outside = quote_parts(sentence, open_at_start)
    quoted = sum(len(q) for q in stretches if _said(q))
    # A sentence that opens on a quote is the speaker's, not the story's; one that quotes a fifth
    # of its words or more needs the speaker named in it.
    opening = _OPENING_QUOTE.match(sentence) and stretches
    if open_at_start or (opening and _statement(stretches[0])):
        return Leans.UNSPOKEN
    single = _OPENING_SINGLE.match(sentence)
    if single and _statement(single.group(1)):
        return Leans.UNSPOKEN
    if quoted and 4 * quoted >= len(outside) and not _names_speaker(outside):
        return Leans.UNSPOKEN
    text = _LEADING.sub("", sentence)
    if _CONNECTIVES.match(text):
        return Leans.ON_PREVIOUS
    words = _WORDS.findall(text[:80].casefold())
    if not words:
        return Leans.DEBRIS
    first = words[0]
    if first in _PRONOUNS or _SAID_PRONOUN.match(text):
        return Leans.ON_NAMED
    if first in _POINTERS:
        cold = first == "this" and len(words) > 1 and words[1] in _TIME_WORDS
        return Leans.NOTHING if cold else Leans.ON_NEARBY
    if first.endswith("nya") and len(first) > 5 and first not in _NYA_COLD:
        return Leans.ON_NEARBY
    return Leans.ON_NEARBY if _demonstrative_subject(words) else Leans.NOTHING


def _names_speaker(text: str) -> bool:
    """Tell whether text names who spoke: "kata Budi", "ujar Kepala Dinas X, Nama", "Jones said";
    a title alone ("kata Pelatih") or a pronoun ("kata dia", "he said") is no name."""
    for match in _SAID_THEN.finditer(text):
        if any(_is_name(word) for word in match.group(1).split()):
            return True
    return any(_is_name(match.group(1)) for match in _NAME_THEN_SAID.finditer(text))


def _is_name(word: str) -> bool:
    word = word.strip(",.")
    folded = word.casefold()
    return (
        word[:1].isupper()
        and folded not in COMMON
        and folded not in TITLES
        and folded not in _PRONOUNS
    )


def names_no_one_new(between: Sequence[str], before: str) -> bool:
    """Tell whether before names a person and the sentences between name no other (first and last
    name): a pronoun after them still means whoever before named."""
    named = [m.name for m in mentions(before, frozenset()) if m.kind == "person"]
    if not named:
        return False
    known = before.casefold()
    for sentence in between:
        for mention in mentions(sentence, frozenset()):
            if (
                mention.kind == "person"
                and " " in mention.name
                and mention.name.casefold() not in known
            ):
                return False
    return True


_SAID_BEFORE = re.compile(rf"^(?:{_SAID})$", re.IGNORECASE)
_SAYS_AFTER = re.compile(
    r",?\s+(?:juga\s+|pun\s+|also\s+)?(?:mengatakan|menyatakan|menjelaskan|menyebut\w*"
    r"|menuturkan|menambahkan|menegaskan|mengungkapkan|mengaku|menilai|meminta|berharap"
    r"|said|says|told|added|explained)\b"
)
_SUBJECT_PRONOUN = re.compile(r"^(?:Ia|Dia|Beliau|He|She)(?=\s+(?:pun\s+|juga\s+)?[a-z])")
_ACCORDING_PRONOUN = re.compile(r"^(?:Menurutnya|Menurut\s+(?:dia|ia|beliau))(?=\s*,)")


def person_named(sentence: str) -> str | None:
    """The one person a sentence names in full and shows as one ("Menteri Kesehatan Budi
    Gunadi Sadikin meminta", "kata Budi Gunadi Sadikin"), or None when it names no one,
    several people, or a body or place kabar cannot tell from a person."""
    people = [
        (m.name, m.position)
        for m in mentions(sentence, frozenset())
        if m.kind == "person"
        and not any(w.casefold() in ORG_WORDS or known_place(w) for w in m.name.split())
    ]
    full = {name for name, _ in people if " " in name}
    if len(full) != 1:
        return None
    name = full.pop()
    if any(other not in name.split() for other, _ in people if other != name):
        return None  # "Mr Anwar … after meeting Paetongtarn Shinawatra": two people
    at = min(at for other, at in people if other == name)
    if not (named_as_person(sentence, at, name) and _acts_as_person(sentence, at, name)):
        return None
    words = name.split()
    while len(words) > 2 and common_noun(words[0]):
        words.pop(0)  # "spesialis Anestesi Stefanus Taofik": the field, then the person
    return " ".join(words)


def _acts_as_person(sentence: str, at: int, name: str) -> bool:
    """A title or a verb of saying next to the name: "Gubernur X", "kata X", "X mengatakan"."""
    before = sentence[:at].split()[-1:]
    after = sentence[at + len(name) :].split()[:2]
    if after and after[0][:1].isupper():
        return False  # "Kapolsek Pondok Gede Kompol Agus": a place between title and holder
    if after[:1] == [","] and after[1:] and known_place(after[1].strip(",.")):
        return False  # "Asrama Haji Pondok Gede, Jakarta": a place in a place
    if before and (before[0].casefold().strip(",.") in TITLES or _SAID_BEFORE.search(before[0])):
        return True
    return _SAYS_AFTER.match(sentence, at + len(name)) is not None


def mentions_someone(sentence: str) -> bool:
    """Tell whether a sentence names any person (or a body kabar cannot tell from one)."""
    return any(m.kind == "person" for m in mentions(sentence, frozenset()))


def name_pronoun(sentence: str, name: str) -> str | None:
    """The sentence with its opening pronoun ("Ia", "Menurutnya", "She") replaced by the
    person it stands for, when the rest then reads cold; else None."""
    match = _SUBJECT_PRONOUN.match(sentence)
    if match:
        named = name + sentence[match.end() :]
    elif match := _ACCORDING_PRONOUN.match(sentence):
        named = f"Menurut {name}{sentence[match.end() :]}"
    else:
        return None
    return named if leans(named) is Leans.NOTHING else None


def detach(sentence: str) -> str | None:
    """The sentence without a leading link word ("Namun, Polri …" → "Polri …", "Namun kini,
    mulai …" → "Kini, mulai …") when the rest reads cold; else None."""
    match = _DETACHABLE.match(sentence)
    if not match:
        return None
    rest = sentence[match.end() :]
    rest = rest[0].upper() + rest[1:]
    return rest if leans(rest) is Leans.NOTHING else None


def _demonstrative_subject(words: list[str]) -> bool:
    """Tell whether the sentence opens on "Kedua negara itu", "Dalam sidang tersebut", "Pria yang
    ditangkap itu": a noun phrase that points back."""
    relative = False
    for index, word in enumerate(words[:5]):
        if (
            index
            and word in _DEMONSTRATIVES
            and (word != "ini" or words[index - 1] not in _TIME_WORDS)
        ):
            return True
        if word == "yang":
            relative = True
        elif (
            not relative and len(word) > 4 and word.startswith(_VERB_PREFIX) and word not in _NOUNS
        ):
            return False
    return False


class KeyQuote:
    """The card's key quote, as the summary checks that no sentence says it again."""

    __slots__ = ("text", "words")

    def __init__(self, text: str | None) -> None:
        self.text = text or ""
        self.words = frozenset(_WORDS.findall(self.text.casefold()))

    def said_again(self, sentence: str, open_at_start: bool = False) -> bool:
        """Tell whether the sentence's quoted words are mostly the key quote's, or (a quote
        found without its marks) the sentence nearly all lies inside the quote."""
        if not self.words:
            return False
        if open_at_start or _QUOTE_MARK.search(sentence):
            stretches = quote_parts(sentence, open_at_start)[0]
            quoted = set(_WORDS.findall(" ".join(stretches).casefold()))
            if len(quoted) > 2 and len(quoted & self.words) >= 0.6 * len(quoted):
                return True
        middle = len(sentence) // 3
        if sentence[middle : middle + 12] not in self.text:
            return False  # cheap: a sentence inside the quote shares its middle verbatim
        every = set(_WORDS.findall(sentence.casefold()))
        return len(every) > 4 and len(every & self.words) >= 0.8 * len(every)
