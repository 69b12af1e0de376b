"""Extract an article's paragraphs and metadata from a saved HTML page."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import trafilatura

from digest.htmlmeta import read_facts
from digest.htmltree import class_words, parse_tree
from digest.language import detect_language
from digest.leadimage import body_image
from digest.name_words import word_set

# A 5 MB page is mostly scripts and markup; the article itself is far smaller than this.
MAX_HTML_CHARS = 1_000_000
# Below this many characters the box found may be a teaser: trafilatura's reading is compared.
CHECKED_ARTICLE_CHARS = 800

_SCRIPT_OPEN = re.compile(r"<(script|style|noscript|svg)\b", re.IGNORECASE)
# Elements that never hold the article's own words.
_DROP = word_set(
    "script style noscript svg iframe form button nav footer aside figure figcaption select input"
    " textarea template video audio picture img header label object embed canvas dialog"
)
_BLOCKS = word_set(
    "p div section article main blockquote ul ol li h2 h3 h4 h5 h6 table tbody thead tr td th"
    " dl dt dd pre center address hr"
)
# Class or id words of page furniture inside an article container.
_FURNITURE_CLASS = re.compile(
    r"^(?:share\w*|social\w*|sosmed|socmed|related\w*|terkait|baca\w*|lihatjg|linksisip"
    r"|readalso|also|newsletter\w*|subscri\w*|langganan|tags?|topik|keywords?|comments?"
    r"|komentar|ads?|ads\w*|detads|adv|advert\w*|iklan|gpt|promo\w*|banner\w*|breadcrumbs?|sidebar\w*"
    r"|widget\w*|popular\w*|populer|terpopuler|trending|recommend\w*|rekomendasi|caption\w*"
    r"|credit\w*|author\w*|byline\w*|date\w*|time|meta|paging|pagination|pager|video\w*"
    r"|embed\w*|gallery|galeri|modal|popup|footer|nav|navigation|menu|toolbar|print|follow"
    r"|ikuti|download|copyright|disclaimer|inarticle|parallax|sisip\w*|editor\w*"
    r"|terbaru|latest|indeks|index|more|lainnya|list|lists|instagram|tiktok)$"
)
# Lines that point elsewhere: "BeritaTerbaru Index »", "Lihat Semua »", a share bar.
_POINTER = re.compile(r"(?:»|›|>>)\s*$")
_SHARE_WORDS = word_set(
    "bagikan share facebook twitter x whatsapp telegram line linkedin email e-mail salin copy"
    " link tautan tweet pinterest print cetak artikel ini this article komentar"
)
# A dateline left outside the first paragraph: "<strong>Jakarta</strong> - <p>…".
_LOOSE_DATELINE = re.compile(r"^[^.!?\"“”]{2,60}?\s*(?:-|--|–|—)$")
# Prompts outlets print inside the article box, below or between its paragraphs.
_PROMPT = re.compile(
    r"^(?:pilihan\s+editor\s*:|(?:ikuti|follow)\s+(?:berita|update|kanal|saluran|kami|us)\b"
    r"|(?:dapatkan|simak)\s+(?:update|berita|breaking|informasi)\b.{0,300}$"
    r"|(?:sign\s+up|subscribe)\b.{0,120}newsletter|get\s+our\b.{0,80}newsletter"
    r"|(?:download|install)\s+(?:aplikasi|the\s+app)|unduh\s+aplikasi|advertisement$|scroll\s+to\s+(?:continue|resume)"
    r"|\[gambas:[^\]]*\]$|artikel\s+ini\s+(?:telah|sudah)\s+tayang\b|\*?\s*fakta\s+atau\s+hoaks\b"
    r"|dilarang\s+keras\s+mengambil\s+konten|baca\s+berita\s+dengan\s+sedikit\s+iklan"
    r"|(?:explore\s+more\s+on\s+these\s+topics|reuse\s+this\s+content|related\s+topics)$)",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """The readable parts of an HTML page: title, metadata and paragraphs (one per line)."""

    title: str | None
    text: str
    published: datetime | None
    author: str | None
    sitename: str | None
    # The article's lead picture as an absolute URL (None when the page has none).
    image: str | None = None
    dateline: str | None = None  # where the story was filed, from a line under the headline
    # The country its language tag names (<html lang="en-ZA">): "ZA"
    country: str | None = None


def extract_page(html: str, *, url: str | None = None) -> HtmlPage:
    """Return the main text of an HTML page and what the page states about the article."""
    if len(html) > 200_000:
        html = strip_scripts(html)[:MAX_HTML_CHARS]
    root = parse_tree(html)
    paragraphs, box = _article_paragraphs(root) if root is not None else ([], None)
    if sum(len(p) for p in paragraphs) < CHECKED_ARTICLE_CHARS:
        other = _trafilatura_paragraphs(html, url)
        if sum(map(len, other)) > 1.5 * sum(map(len, paragraphs)):
            paragraphs = other
    if root is None or not paragraphs:
        # A page with no readable text is empty, whatever its <title> says.
        return HtmlPage(None, "\n\n".join(paragraphs), None, None, None)
    language = detect_language(" ".join(paragraphs)[:6000])
    facts = read_facts(root, language, paragraphs, url=url)
    return HtmlPage(
        title=facts.headline,
        text="\n\n".join(paragraphs),
        published=facts.published,
        author=facts.author,
        sitename=facts.source,
        image=facts.image or (body_image(box, url) if box is not None else None),
        dateline=facts.dateline,
        country=_country(root.get("lang") or ""),
    )


def _country(language: str) -> str | None:
    """The country a page's language tag names ("en-ZA": "ZA"), or None ("en")."""
    return language[-2:].upper() if _LANG_COUNTRY.fullmatch(language) else None


# A language tag with its country's code: "en-ZA", "en_GB", "id-ID"
_LANG_COUNTRY = re.compile(r"[a-zA-Z]{2,3}[-_][a-zA-Z]{2}")


def strip_scripts(html: str) -> str:
    """Drop script, style and svg elements in one linear pass (an unclosed one ends the page)."""
    lowered = html.lower()
    kept: list[str] = []
    position = 0
    # A lazy ".*?</script>" regex rescans the rest of the page for every unclosed tag;
    # finding each closer once, from where the last element ended, keeps this linear.
    while match := _SCRIPT_OPEN.search(html, position):
        kept.append(html[position : match.start()])
        close = lowered.find(f"</{match.group(1).lower()}", match.end())
        if close < 0:
            return "".join(kept)
        end = lowered.find(">", close)
        position = len(html) if end < 0 else end + 1
        kept.append(" ")
    kept.append(html[position:])
    return "".join(kept)


def _trafilatura_paragraphs(html: str, url: str | None) -> list[str]:
    text = trafilatura.extract(
        html,
        url=url,
        include_comments=False,
        include_tables=False,
        include_images=False,
        # trafilatura's dedup cache is process-global: it would drop paragraphs from the
        # next page that repeats them, so the same input would not give the same card.
        deduplicate=False,
    )
    return _tidy([line for line in (text or "").split("\n")])


def _is_furniture_box(element: Any) -> bool:
    if element.tag in _DROP:
        return True
    return any(_FURNITURE_CLASS.match(token) for token in class_words(element))


def _article_paragraphs(root: Any) -> tuple[list[str], Any]:
    """The paragraphs of the element that holds most paragraph text (and its sibling pages),
    and that element (None when the page has no paragraphs)."""
    scores: dict[Any, int] = {}
    for paragraph in root.iter("p"):
        _score(scores, paragraph.getparent(), len(paragraph.text_content().strip()))
    for br in root.iter("br"):
        parent = br.getparent()
        if parent is not None and parent.tag != "p":
            _score(scores, parent, len((br.tail or "").strip()))
    for div in root.iter("div"):
        # Outlets that set paragraphs as <div><span>…</span></div> have no <p> to count.
        if not any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in div):
            length = len(div.text_content().strip())
            if length >= 80:
                _score(scores, div.getparent(), length)
    if not scores:
        return [], None
    total = sum(scores.values())
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    # A box inside a wrapper named "app" or "has-sidebar" is still the article when it holds
    # most of the page's paragraph text; a smaller one there is a related or sidebar box.
    best = next((e for e, score in ranked[:12] if score * 2 >= total or not _in_furniture(e)), None)
    if best is None:
        return [], None
    blocks: list[str] = []
    for container in _article_boxes(best, scores):
        line: list[str] = []
        _collect(container, blocks, line, scores[best])
        _flush(line, blocks)
    return _tidy(blocks), best


def _score(scores: dict[Any, int], element: Any, length: int) -> None:
    if element is not None and length:
        scores[element] = scores.get(element, 0) + length


def _article_boxes(best: Any, scores: dict[Any, int]) -> list[Any]:
    """The best box and the boxes that continue it: its paragraph-holding siblings, its pages."""
    parent = best.getparent()
    kind = (best.tag, best.get("class"))
    # A lead paragraph beside the box, or boxes of the same kind, continue the article; a
    # different box beside it (a sidebar column) does not.
    siblings = [
        child
        for child in (parent if parent is not None else [best])
        if child is best
        or (
            (child.tag == "p" or (child in scores and child.tag == kind[0]))
            and child.get("class") in (kind[1], None)
            and not _is_furniture_box(child)
        )
    ]
    siblings += [lead for lead in _leads_before(best, scores) if lead not in siblings]
    # Outlets that split an article into pages print every page in a box of the same class.
    # (not the next story's box, which a page that loads it as the reader scrolls sets in an
    # <article> of its own)
    story = _article_of(best)
    pages = [
        e
        for e in scores
        if kind[1]
        and (e.tag, e.get("class")) == kind
        and e not in siblings
        and _article_of(e) is story
    ]
    boxes = siblings + [e for e in pages if not _in_furniture(e)]
    if len(boxes) == 1:
        return boxes
    order = {element: index for index, element in enumerate(best.getroottree().iter())}
    boxes.sort(key=lambda element: order.get(element, 0))
    chosen = set(boxes)
    return [box for box in boxes if not any(a in chosen for a in box.iterancestors())]


def _article_of(element: Any) -> Any:
    """The <article> an element stands in, or None."""
    return next((a for a in element.iterancestors() if a.tag == "article"), None)


def _leads_before(best: Any, scores: dict[Any, int]) -> list[Any]:
    """Lead-paragraph boxes just before the article's box or the box around it (Liputan6's
    "…__item-lead" beside "…__item-page", which holds "…__item-content")."""
    found = []
    node = best
    for _ in range(2):
        parent = node.getparent()
        if parent is None:
            break
        for child in parent:
            if child is node:
                break
            if (
                (child in scores or _text_box(child))
                and _lead_box(child, node)
                # (a paywall's free opening is named as its subscribers' box is: both are the
                # story's)
                and (not _is_furniture_box(child) or _paywall_halves(child, node))
            ):
                found.append(child)  # ERR's "err-lead": the lead, as text in its own box
        node = parent
    return found


def _paywall_halves(preview: Any, rest: Any) -> bool:
    """BLOX's "subscriber-preview" over "subscriber-only": the story's free opening and the
    rest of it."""
    return "preview" in class_words(preview) and class_words(preview)[:1] == class_words(rest)[:1]


def _text_box(box: Any) -> bool:
    """A box of text with no paragraphs inside: "<div class="err-lead">The Rescue Board …"."""
    return (
        box.tag == "div"
        and not any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in box)
        and len(box.text_content().strip()) >= 80
    )


def _lead_box(box: Any, best: Any) -> bool:
    """Tell whether a box before the article's is its lead paragraph, set apart: named for
    it ("lead-article"), the paywall's free opening ("subscriber-preview" over BLOX's
    "subscriber-only"), or a part of the same block ("…__item-lead" beside "…__item-page")."""
    if any("lead" in word or "intro" in word or word == "preview" for word in class_words(box)):
        return True
    mine, theirs = (box.get("class") or "").split(), (best.get("class") or "").split()
    return any(
        "__" in a and "__" in b and a.split("__")[0] == b.split("__")[0]
        for a in mine
        for b in theirs
    )


def _in_furniture(element: Any) -> bool:
    return any(_is_furniture_box(e) for e in (element, *element.iterancestors()))


def _collect(element: Any, blocks: list[str], line: list[str], size: int) -> None:
    """Append the element's text to blocks, one block per paragraph or line, skipping furniture."""
    if element.text:
        line.append(element.text)
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if not tag or (_is_furniture_box(child) and not _holds_article(child, size)):
            pass
        elif tag == "br":
            # A line break inside the text ends a line: "Pewarta: X<br>Editor: Y" are two.
            _flush(line, blocks)
        elif tag in _BLOCKS:
            _flush(line, blocks)
            _collect(child, blocks, line, size)
            _flush(line, blocks)
        else:
            _collect(child, blocks, line, size)
        if child.tail:
            line.append(child.tail)


def _holds_article(element: Any, size: int) -> bool:
    """A box named like furniture ("body has-ads") that holds most of the article is the article."""
    if element.tag in _DROP:
        return False
    return len(element.text_content()) * 2 >= size


def _flush(line: list[str], blocks: list[str]) -> None:
    text = _SPACE.sub(" ", "".join(line)).strip()
    line.clear()
    if text:
        blocks.append(text)


def _tidy(blocks: list[str]) -> list[str]:
    """Rejoin a dateline left outside its paragraph; drop share bars and "Index »" pointers."""
    out: list[str] = []
    carry = ""
    for block in blocks:
        block = block.strip()
        if not block:
            continue
        if carry:
            block = f"{carry} {block}"
            carry = ""
        elif len(block) <= 70 and _LOOSE_DATELINE.match(block) and len(out) < 3:
            carry = block
            continue
        words = block.split()
        if len(words) <= 8 and _POINTER.search(block):
            continue
        if {w.casefold().strip(":|·•") for w in words} <= _SHARE_WORDS or _PROMPT.match(block):
            continue
        out.append(block)
    if carry:
        out.append(carry)
    return out
