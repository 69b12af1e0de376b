"""An article's lead picture as a URL: the one its page or feed names, never a logo or a pixel."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

from digest.htmltree import class_words

# Meta tags that name the picture a page wants shown when it is shared, best first.
_META_KEYS = (
    "og:image:secure_url",
    "og:image",
    "og:image:url",
    "twitter:image",
    "twitter:image:src",
)
# Path words of pictures that are page furniture, not the story's photo.
_FURNITURE_WORD = re.compile(
    r"(?:^|[/_.\-])(?:logo\w*|icons?|favicon\w*|avatars?|gravatar|sprite\w*|placeholder\w*"
    r"|badge\w*|emoji\w*|banner\w*)(?=$|[/_.\-])",
    re.IGNORECASE,
)
# Words that only mark furniture as a whole folder or file name ("/pixel.gif", "/ads/"):
# inside a story's slug ("banjir-track-…") they are the story's own words.
_FURNITURE_NAME = re.compile(
    r"/(?:pixel|spacer|blank|track|tracking|beacon|1x1|ads?|adserver)(?:\.\w+)?(?=$|/)",
    re.IGNORECASE,
)
# Class or id words of an image (or the box around it) that is not the article's picture.
_FURNITURE_CLASS = re.compile(
    r"^(?:logo\w*|icons?|avatar\w*|author\w*|byline\w*|profile|emoji|ads?|adv\w*|iklan|banner\w*"
    r"|sponsor\w*|share\w*|social\w*|related\w*|terkait|pixel)$"
)
_LAZY_SOURCES = ("data-src", "data-original", "data-lazy-src", "data-url", "src")
# Pictures drawn smaller than this (by their width/height attributes) are icons or pixels.
_MIN_SIDE = 100
_MAX_URL = 2048
# How many boxes up from the article text a lead photo beside it is looked for.
_LEVELS = 2


def image_url(raw: Any, base: str | None) -> str | None:
    """A picture address as kabar keeps it: absolute http(s), never data:, svg or furniture."""
    if not isinstance(raw, str):
        return None
    candidate = raw.strip()
    if not candidate or candidate.startswith("data:") or len(candidate) > _MAX_URL:
        return None
    if candidate.startswith("//") and base is None:
        candidate = f"https:{candidate}"
    resolved = urljoin(base, candidate) if base else candidate
    try:
        parts = urlsplit(resolved)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    path = parts.path
    if path.casefold().endswith((".svg", ".svgz", ".ico")) or (
        _FURNITURE_WORD.search(path) or _FURNITURE_NAME.search(path)
    ):
        return None
    return resolved.replace(" ", "%20")


def meta_image(metas: dict[str, str], ld: dict[str, Any], base: str | None) -> str | None:
    """The picture the page's meta tags or JSON-LD name for sharing the article."""
    for key in _META_KEYS:
        found = image_url(metas.get(key), base)
        if found:
            return found
    for value in (ld.get("image"), ld.get("thumbnailUrl")):
        for raw in _ld_urls(value):
            found = image_url(raw, base)
            if found:
                return found
    return None


def _ld_urls(value: Any, depth: int = 0) -> Iterator[str]:
    """URLs in a JSON-LD image value: a string, an ImageObject, or a list of either."""
    if depth > 3:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _ld_urls(item, depth + 1)
    elif isinstance(value, dict):
        yield from _ld_urls(value.get("url") or value.get("contentUrl"), depth + 1)


def body_image(box: Any, base: str | None) -> str | None:
    """The first real picture in the article's own box (or the <article> holding it)."""
    for scope in _picture_scopes(box):
        for img in scope.iter("img"):
            if _too_small(img) or _in_furniture(img, scope):
                continue
            for raw in _sources(img):
                found = image_url(raw, base)
                if found:
                    return found
    return None


def _picture_scopes(box: Any) -> list[Any]:
    """Where the article's picture may sit: its <article>, else the box and what leads it.

    Outlets print the lead photo just above the text box (`<div class="photo">` beside
    `<div class="body">`, or beside the wrapper holding it), so the earlier siblings of
    the box and of its parent count, in page order; nothing that follows the text does.
    """
    article = next((a for a in (box, *box.iterancestors()) if a.tag == "article"), None)
    if article is not None:
        return [article]
    scopes = [box]
    node = box
    for _ in range(_LEVELS):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        leading = []
        for sibling in parent:
            if sibling is node:
                break
            if isinstance(sibling.tag, str):
                leading.append(sibling)
        scopes = [*leading, *scopes]
        node = parent
    return scopes


def _sources(img: Any) -> Iterator[str]:
    for attribute in _LAZY_SOURCES:
        value = img.get(attribute)
        if value:
            yield value
    srcset = img.get("data-srcset") or img.get("srcset") or ""
    for entry in srcset.split(","):
        words = entry.split()
        if words:
            yield words[0]


def _too_small(img: Any) -> bool:
    for attribute in ("width", "height"):
        digits = re.fullmatch(r"\s*(\d+)\s*(?:px)?\s*", img.get(attribute) or "")
        if digits and int(digits.group(1)) < _MIN_SIDE:
            return True
    return False


def _in_furniture(img: Any, scope: Any) -> bool:
    for element in (img, *img.iterancestors()):
        if element is scope:
            return False
        if element.tag in ("aside", "nav", "footer", "header") or any(
            _FURNITURE_CLASS.match(word) for word in class_words(element)
        ):
            return True
    return False
