"""Sentence splitting for Indonesian and English news paragraphs, without any model data."""

from __future__ import annotations

import re

from digest.name_words import SHORTENED_NAMES

# Titles and prefixes: the word after them is always part of the same sentence; given
# names written short ("Moh. Syaiful", "Md. Yunus", Manipur's "Th. Rajendro Meitei").
_TITLES = frozenset(
    """
    dr drs dra prof ir h hj kh jl jln no nomor kec kab kel kota prov pt cv ud tn ny nn sdr sdri bpk
    st mr mrs ms mt mgr rev pdt hi gen col lt sgt capt gov sen rep pres brig kol letjen mayjen
    vs vol hal tel telp fax ref art pasal ayat bab gg rt rw ds kp
    jan feb mar apr jun jul aug agu sep sept oct okt nov dec des
    a.n u.p s.h m.si m.h s.e s.kom s.pd s.ag s.t m.m m.a m.sc ph.d s.ip s.sos m.pd m.kes
    e.g i.e cf approx dept est fig
    """.split(),  # noqa: SIM905 - a word list reads better as prose
)

# Abbreviations that often close a sentence too: split after them only before a
# capitalised word, since a proper noun rarely follows them mid-sentence.
_TERMINAL = frozenset(
    "dll dsb dkk dst tbk inc ltd co corp etc jr sr bros plc llc".split()  # noqa: SIM905
)

# Abbreviations that also end sentences but are usually followed by a proper noun
# ("U.S. President", "Budi, S.H. Ketua"): split only before a typical sentence opener.
_AMBIGUOUS = frozenset({"u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "s.h", "m.si"})

# Words that typically open a sentence; used to decide the ambiguous cases above.
_OPENERS = frozenset(
    """
    Ia Dia Mereka Kami Kita Saya Aku Ini Itu Hal Namun Tetapi Tapi Sementara Selain Saat Ketika
    Pada Di Dalam Dengan Untuk Sebelumnya Kemudian Lalu Setelah Sejak Menurut Adapun Sedangkan
    Bahkan Oleh Karena Akibatnya Meski Meskipun Walaupun Jika Kalau Apabila Bila Para Sebab
    Seperti Hingga Sampai Berdasarkan Terkait Sebanyak Sekitar Selanjutnya Tak Tidak Belum Sudah
    Akan Juga Hanya Diketahui Dikatakan Disebutkan Adalah Yang Sebagai Sehingga Maka
    The He She It They We I You This That These Those But And Or So In On At For With As
    After Before When While Although However Meanwhile Its His Her Their Our A An There Then
    """.split(),  # noqa: SIM905 - a word list reads better as prose
)

# A run of stops, or one ellipsis character, then closing quotes, before a space. The
# pattern opens with one character class so the search skips ahead to it in C.
_CANDIDATE = re.compile(r"[.!?…](?:(?<=…)|(?<!…)[.!?]*)[\"”’')\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"([\w.]+)$", re.UNICODE)
_NEXT_WORD = re.compile(r"[\"“'‘(\[]*([\w]+)", re.UNICODE)
_INITIALS = re.compile(r"^(?:[A-Z]\.)*[A-Z]$")
_QUOTE_MARK = re.compile(r'[“”"]')
_HAS_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Return (open, close) index pairs of balanced double quotes; unmatched quotes are ignored."""
    spans: list[tuple[int, int]] = []
    curly_open: int | None = None
    straight_open: int | None = None
    for match in _QUOTE_MARK.finditer(text):
        i, ch = match.start(), match.group()
        if ch == "“":
            curly_open = i
        elif ch == "”" and curly_open is not None:
            spans.append((curly_open, i))
            curly_open = None
        elif ch == '"':
            if straight_open is None:
                straight_open = i
            else:
                spans.append((straight_open, i))
                straight_open = None
    return spans


def _inside_quote(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < pos < end for start, end in spans)


def _is_boundary(text: str, punct_start: int, next_start: int) -> bool:
    """Decide whether the punctuation at punct_start ends a sentence."""
    nxt = _NEXT_WORD.match(text, next_start)
    next_char = text[next_start]
    if next_char.islower():
        return False
    next_word = nxt.group(1) if nxt else ""
    if text[punct_start] != ".":
        return True
    if text.startswith("..", punct_start) or text[punct_start] == "…":
        return True
    # The word cannot reach back past a space (the text is space-joined), and searching
    # from 0 would retry the pattern at every earlier position of the paragraph.
    before = _WORD_BEFORE.search(text, text.rfind(" ", 0, punct_start) + 1, punct_start)
    if not before:
        return True
    word = before.group(1)
    key = word.lower().rstrip(".")
    if key in _TITLES or (key in SHORTENED_NAMES and word[1:].rstrip(".").islower()):
        return False  # "Md. Yunus", not "Mahfud MD."
    if key in _TERMINAL:
        return next_word[:1].isupper() or next_word[:1].isdigit()
    if key in _AMBIGUOUS or _INITIALS.match(word.rstrip(".")):
        return next_word in _OPENERS
    return True


def split_sentences(paragraph: str, language: str = "id") -> list[str]:
    """Split one paragraph into sentences, keeping quotes that span sentences whole."""
    text = " ".join(paragraph.split())
    if not text:
        return []
    spans = _quote_spans(text)
    sentences: list[str] = []
    start = 0
    for match in _CANDIDATE.finditer(text):
        punct_start = match.start()
        end = match.end()
        # A closing quote right after the period belongs to this sentence, so the
        # quote test looks at the gap after it, not at the period itself.
        if end + 1 >= len(text) or _inside_quote(end, spans):
            continue
        if not _is_boundary(text, punct_start, end + 1):
            continue
        piece = text[start:end].strip()
        if piece and _HAS_LETTER.search(piece):
            sentences.append(piece)
            start = end
    tail = text[start:].strip()
    if tail:
        if sentences and not _HAS_LETTER.search(tail):
            sentences[-1] = f"{sentences[-1]} {tail}"
        else:
            sentences.append(tail)
    return sentences
