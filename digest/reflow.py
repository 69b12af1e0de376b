"""Text broken into lines of a fixed width (an e-paper's PDF, a plain-text e-mail), joined back
into the paragraphs it was set from."""

from __future__ import annotations

import re

# A word broken at the line's end: "hono-" over "rer yang sudah …" is "honorer".
_BROKEN_WORD = re.compile(r"[a-z]-$")
_SENTENCE_END = (".", "!", "?", '"', "”", "’", ":")
_PARAGRAPH_LINE = re.compile(r"[^\n]{160}")
_CELLS = re.compile(r"\S {4,}\S")
_ATTRIBUTION_END = re.compile(
    r"[,.!?][\"”]\s+(?:[a-z]+nya|(?:he|she|they|[A-Z][\w\-]+)\s+(?:said|says|added))\.$"
)
_CELL_GAP = re.compile(r" {4,}")
_BYLINE_OPENING = re.compile(r"(?:Oleh|OLEH|Penulis|PENULIS|Reporter|Pewarta|By|BY)\b:?\s*[A-Z]")
_DAY_OPENING = re.compile(
    r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Mon|Tue|Wed|Thu|Fri|Sat|Sun"
    r"|Published|Updated|Diterbitkan|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+(?:19|20)\d\d)"
)
_STAMP_END = re.compile(r"\b(?:19|20)\d\d\b.{0,12}(?:\d{1,2}[:.]\d{2}|WIB|WITA|WIT|GMT)$")
_PAGE_CELL = re.compile(r"(?:Halaman|Hal\.?|Page)\s*\d{1,3}|\d{1,3}|Rp\s?\d{1,3}(?:\.\d{3})*")


def hard_wrapped(text: str) -> int:
    """The width text is wrapped at, when most of its lines stop near one width and
    mid-sentence (a PDF's column, a mail at 72 characters); 0 for a page as copied, whose
    paragraphs are lines of their own."""
    if _PARAGRAPH_LINE.search(text, 0, 4000) or text.count("\n") * 90 < len(text):
        return 0  # most pages: a line as long as a paragraph near the top says so
    lengths = [len(line.rstrip()) for line in text.split("\n")]
    long_lines = sorted(n for n in lengths if n >= 20)
    if len(long_lines) < 12:
        return 0
    width = long_lines[int(len(long_lines) * 0.9)]
    if width > 100:
        return 0
    full = [n for n in lengths if width - 20 <= n <= width]
    mid_sentence = sum(
        not line.rstrip().endswith(_SENTENCE_END)
        for line in text.split("\n")
        if width - 20 <= len(line.rstrip()) <= width
    )
    if len(full) < 0.6 * len(long_lines) or mid_sentence < 0.5 * len(full):
        return 0
    return width


def reflow(text: str, width: int) -> str:
    """Join each run of full lines into one paragraph; a short line or a blank one ends it.
    A word broken over two lines is whole again."""
    out: list[str] = []
    paragraph = ""
    raws = text.split("\n")
    for n, raw in enumerate(raws):
        line = raw.strip()
        if not line:
            if paragraph:
                out.append(paragraph)
                paragraph = ""
            out.append("")
            continue
        if _CELLS.search(line):
            # "SUARA NTB          Senin, 17 November 2025": a masthead's or a footer's cells,
            # set apart by wide spaces, each a line of its own
            if paragraph:
                out.append(paragraph)
                paragraph = ""
            cells = _CELL_GAP.split(line)
            if not any(_PAGE_CELL.fullmatch(cell) for cell in cells):
                out.extend(cells)
            # else a page's running head or foot ("Harian Pagi NTB   Halaman 1   Rp 5.000",
            # "suarantb.com   11"): its number and price say none of its cells is the story
            continue
        if paragraph and line[:1] in '"“' and paragraph.endswith(_SENTENCE_END):
            out.append(paragraph)  # a quote opens a paragraph of its own
            paragraph = ""
        elif paragraph and (
            (not paragraph.endswith(_SENTENCE_END) and _BYLINE_OPENING.match(line))
            or (len(line) <= 60 and _STAMP_END.search(line) and _DAY_OPENING.match(line))
        ):
            # a headline's last line over the byline ("Oleh …"), a byline over the stamp
            # ("Selasa, 11 November 2025 | 17:40 WIB"): lines of their own
            out.append(paragraph)
            paragraph = ""
        if not paragraph:
            paragraph = line
        elif _BROKEN_WORD.search(paragraph) and line[:1].islower():
            paragraph = paragraph[:-1] + line
        else:
            paragraph = f"{paragraph} {line}"
        if (
            (
                len(raw.rstrip()) < width - 15
                # "Sabtu, 15 Desember 2029 | 10:12 WIB", "14th December 2029 – 11:08": a stamp ends
                # its line, however near the column's edge
                or _STAMP_END.search(line) is not None
                or (
                    # '… pemerintah daerah," jelasnya.', '… again," he said.': a quote's attribution
                    # closes its paragraph, however near the column's edge it stops
                    line[-1:] == "." and _ATTRIBUTION_END.search(line) is not None
                )
                or (
                    # a sentence that stops well short of the column's edge
                    line[-1:] in ".!?" and len(raw.rstrip()) < width - 10
                )
            )
            and not _headline_goes_on(paragraph, line, raws[n + 1] if n + 1 < len(raws) else "")
        ):
            out.append(paragraph)  # a line that stops short ends its paragraph
            paragraph = ""
    if paragraph:
        out.append(paragraph)
    return "\n".join(out)


def _headline_goes_on(paragraph: str, line: str, below: str) -> bool:
    """Whether a short line is a headline's, set in a larger type, that goes on in lower case
    on the line below ("Kumasi records 214 cholera" over "cases in three weeks as")."""
    below = below.strip()
    return (
        len(paragraph) <= 150
        and paragraph[:1].isupper()
        and line[-1:].isalnum()
        and 2 <= len(below.split()) <= 8
        and below[:1].islower()
        and not _STAMP_END.search(below)
    )
