"""Extract an article's main text and metadata from an HTML page with trafilatura."""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass

import trafilatura

# A 5 MB page is mostly scripts and markup; the article itself is far smaller than this.
MAX_HTML_CHARS = 1_000_000

_SCRIPT_OPEN = re.compile(r"<(script|style|noscript|svg)\b", re.IGNORECASE)
_META_DATE = re.compile(
    r"<meta\b[^>]{0,300}?(?:property|name|itemprop)\s*=\s*[\"'](?:article:published_time"
    r"|og:published_time|datePublished|pubdate|publishdate|publish-date|dc\.date|date)[\"']"
    r"[^>]{0,300}?>",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"content\s*=\s*[\"']([^\"']{4,60})[\"']", re.IGNORECASE)
_JSONLD_DATE = re.compile(r"\"datePublished\"\s*:\s*\"([^\"]{4,60})\"")
_TIME_TAG = re.compile(r"<time\b[^>]{0,200}?datetime\s*=\s*[\"']([^\"']{4,60})[\"']", re.IGNORECASE)
_TITLE_SUFFIX = re.compile(r"\s+[|\-–—:]\s+[^|\-–—:]{2,40}$")


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """The readable parts of an HTML page: title, metadata and paragraphs (one per line)."""

    title: str | None
    text: str
    published: str | None
    author: str | None
    sitename: str | None


def extract_page(html: str, *, url: str | None = None) -> HtmlPage:
    """Return the main text of an HTML page and what its metadata says about the article."""
    if len(html) > 200_000:
        html = strip_scripts(html)[:MAX_HTML_CHARS]
    published = _published(html)
    document = trafilatura.bare_extraction(
        html,
        url=url,
        include_comments=False,
        include_tables=False,
        include_images=False,
        with_metadata=True,
        # trafilatura's dedup cache is process-global: it would drop paragraphs from the
        # next page that repeats them, so the same input would not give the same card.
        deduplicate=False,
    )
    if document is None:
        return HtmlPage(None, "", published, None, None)
    data = document if isinstance(document, dict) else document.as_dict()
    sitename = data.get("sitename") or None
    author = (data.get("author") or "").split(";")[0].strip()
    return HtmlPage(
        title=_clean_title(data.get("title"), sitename),
        text=data.get("text") or "",
        published=published or data.get("date"),
        author=author or None,
        sitename=sitename,
    )


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


def _published(html: str) -> str | None:
    head = html[:300_000]
    for tag in _META_DATE.finditer(head):
        content = _CONTENT.search(tag.group())
        if content:
            return html_lib.unescape(content.group(1))
    for pattern in (_JSONLD_DATE, _TIME_TAG):
        match = pattern.search(head)
        if match:
            return match.group(1)
    return None


def _clean_title(title: str | None, sitename: str | None) -> str | None:
    if not title:
        return None
    title = " ".join(title.split())
    suffix = _TITLE_SUFFIX.search(title)
    if suffix:
        tail = suffix.group().strip(" |-–—:").casefold()
        looks_like_site = (
            "." in tail or (sitename and sitename.casefold() in tail) or len(tail.split()) <= 2
        )
        if looks_like_site:
            title = title[: suffix.start()]
    return title.strip() or None
