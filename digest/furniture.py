"""Recognise the page furniture around an article: captions, related links, bylines, prompts."""

from __future__ import annotations

import re

from digest.names import word_set

# Lines that are never part of an article, whatever comes around them.
_FURNITURE = re.compile(
    r"""^(?:
        advertisement|advertisment|iklan|ads?|sponsored|scroll\s+to\s+(?:continue|resume).*
      | (?:lanjut(?:kan)?\s+)?scroll(?:\s+ke\s+bawah)?.*|gulir\s+ke\s+bawah.*
      | bagikan(?:\s+artikel(?:\s+ini)?)?|share(?:\s+this(?:\s+article|\s+story)?)?|komentar
      | comments?|copy\s+link|salin\s+tautan|link\s+copied|tautan\s+disalin|tweet|email|print
      | cetak|facebook|twitter|whatsapp|telegram|line|linkedin|pinterest|x
      | ikuti\s+(?:kami|berita).*|follow\s+us.*|dapatkan\s+(?:update|berita).*
      | (?:download|unduh)\s+(?:aplikasi|app).*|sign\s+up\s+(?:for|to).*|subscribe.*newsletter.*
      | (?:simak|tonton|saksikan|lihat)\s+(?:juga|pula|selengkapnya|video).*|video\s+pilihan.*
      | baca(?:_|\s+)?(?:juga|pula|selengkapnya|berita\s+lain(?:nya)?)\b.*|baca:.*
      | read\s+(?:more|also|next|the\s+full).*|related\s*:.*|see\s+also\s*:.*|also\s+read.*
      | (?:©|\(c\)|copyright|hak\s+cipta).*|all\s+rights\s+reserved.*
      | halaman\s*:?[\s\d,]*|page\s+\d+(?:\s+of\s+\d+)?|selanjutnya|next|sebelumnya|previous
      | (?:editor|penyunting|redaktur|fotografer|photographer|sumber)\s*:.*
      | (?:tags?|topik|topics?|kata\s+kunci|keywords?)\s*:.*|rekomendasi|recommended.*
      | (?:berita|artikel)\s+(?:terkait|lainnya|terpopuler|pilihan|populer|terbaru).*
      | terpopuler|populer|terkini|most\s+(?:read|popular).*|trending.*|headline
      | home|beranda|menu|login|masuk|daftar|register|cari|search|close|tutup|loading.*
      | \d+\s+(?:komentar|comments?|shares?|views?|dibaca)|dibaca\s+\d+.*
      | listen\s+to\s+this\s+article.*|dengarkan\s+(?:artikel|berita).*
      | \(?[a-z]{2,4}(?:/[a-z]{2,4})+\)?
      | \((?:red|ant|\*+)\)|[-–—•*|]+
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Sections below which nothing belongs to the article any more.
_END_OF_ARTICLE = re.compile(
    r"^(?:rekomendasi|berita\s+terkait|artikel\s+terkait|berita\s+lainnya|baca\s+berita\s+lainnya"
    r"|terpopuler|berita\s+terpopuler|more\s+from.*|related\s+(?:articles|stories|news|coverage)"
    r"|most\s+(?:read|popular)|you\s+may\s+also\s+like.*|recommended\s+for\s+you|halaman\s*:?"
    r"|(?:tags?|topik)\s*:?.*|komentar|comments?)$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:[•·\-–—*]\s*)?(?:(?:penulis|reporter|author|writer|oleh|ditulis\s+oleh|laporan)"
    r"\s*:?\s*|by\s+)(?P<name>[^\n|]{2,80}?)\s*(?:[|,]\s*.*)?$",
    re.IGNORECASE,
)
_EDITOR_TAG = re.compile(r"\s*[\(\[](?:[a-z]{2,5}(?:\s*/\s*[a-z*]{1,5}){0,3}|\*+)[\)\]]\s*$")
_SOURCE_TAG = re.compile(r"\s*\[\s*[\w.\- ]{2,40}\s*\]\s*$")
_INLINE_RELATED = re.compile(
    r"(?<=[.!?”\"])\s+(?:baca\s+juga|baca\s+pula|simak\s+juga|read\s+more|related)\s*:.*$",
    re.IGNORECASE,
)
_CREDIT_WORDS = re.compile(
    r"foto|photo|dok\.?|doc|getty|reuters|afp|\bap\b|antara|istimewa|shutterstock|ilustrasi"
    r"|illustration|file|courtesy|image|/|screenshot|tangkapan\s+layar|youtube|instagram",
    re.IGNORECASE,
)
_CAPTION_PREFIX = re.compile(
    r"^(?:foto|photo|ilustrasi|illustration|gambar|image|video|caption|keterangan)\s*:",
    re.IGNORECASE,
)
_TRAILING_PAREN = re.compile(r"\(([^()]{2,80})\)\s*$")
_SMALL_WORDS = word_set(
    "di ke dari dan yang untuk dengan atau pada dalam oleh soal usai jadi akan bagi of the a an "
    "and or to in on at for with by from as is vs is not are"
)
_SENTENCE_END = (".", "!", "?", "”", '"', "…", ":", "»", "’")


def is_furniture(line: str) -> bool:
    """Tell whether a line is page furniture (sharing prompts, related links, ads, credits)."""
    return len(line) <= 160 and bool(_FURNITURE.match(line))


def ends_article(line: str) -> bool:
    """Tell whether a line opens a section that follows the article (related, tags, comments)."""
    return len(line) <= 60 and bool(_END_OF_ARTICLE.match(line))


def byline_author(line: str) -> str | None:
    """Return the author named by a byline such as "By Jane Doe" or "Penulis: Tino Aditia"."""
    if len(line) > 100:
        return None
    match = _BYLINE.match(line.strip())
    if not match:
        return None
    name = re.sub(r"\s*[-–—]\s*\w+\.(?:com|id|co\.id)\b.*$", "", match["name"]).strip(" .:-")
    words = name.split()
    if not 1 <= len(words) <= 8 or not words[0][:1].isupper():
        return None
    return name


def is_caption(line: str) -> bool:
    """Tell whether a line is an image caption or credit rather than article text."""
    if _CAPTION_PREFIX.match(line):
        return True
    words = line.split()
    if len(words) > 40:
        return False
    match = _TRAILING_PAREN.search(line)
    if not match:
        return False
    credit = match.group(1)
    if re.fullmatch(r"[\d/\s.:-]+", credit) or re.fullmatch(r"[a-z]{2,5}(?:/[a-z]{2,5})*", credit):
        return False
    before = line[: match.start()].rstrip()
    if _CREDIT_WORDS.search(credit):
        return True
    return len(credit.split()) <= 4 and not before.endswith((".", "!", "?", "”", '"'))


def is_title_like(line: str) -> bool:
    """Tell whether a line reads like a headline: short, title-cased, no closing punctuation."""
    words = line.split()
    if not 2 <= len(words) <= 22 or line.endswith(_SENTENCE_END[:-1]) or line.endswith(","):
        return False
    content = [w for w in words if w[:1].isalpha() and w.lower() not in _SMALL_WORDS]
    if not content:
        return False
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised / len(content) >= 0.75


def clean_paragraph(paragraph: str) -> str:
    """Drop editor initials, bracketed source tags and inline "Baca juga" links from the end."""
    # Most paragraphs have none of these; the cheap tests spare them three regex scans.
    text = _INLINE_RELATED.sub("", paragraph) if ":" in paragraph else paragraph
    for _ in range(2):
        if not text.rstrip().endswith((")", "]")):
            break
        text = _EDITOR_TAG.sub("", text)
        text = _SOURCE_TAG.sub("", text)
    return text.strip()
