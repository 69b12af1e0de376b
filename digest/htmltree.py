"""Small readers over a parsed HTML page that the page's metadata readers share."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree
from lxml import html as lxml_html

_TOKENS = re.compile(r"[^a-z0-9]+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# Containers whose dates and names belong to other articles.
_ELSEWHERE = re.compile(
    r"^(?:related\w*|terkait|popular\w*|populer\w*|terpopuler|sidebar\w*|widget\w*|aside"
    r"|recommend\w*|rekomendasi|trending|terbaru|latest|index|footer|nav|menu|comment\w*"
    r"|komentar|list\w*|box\w*|feed)$"
)


def parse_tree(html: str) -> Any:
    """Parse HTML into an lxml tree (None when lxml finds no document in it)."""
    # lxml refuses text that declares its own encoding, as saved XHTML pages start by doing;
    # the text is decoded already, so the declaration says nothing.
    html = _XML_DECLARATION.sub("", html, count=1)
    try:
        return lxml_html.document_fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return None


def text_of(element: Any) -> str:
    """The element's text with its whitespace collapsed."""
    return " ".join(element.text_content().split())


def broken_lines(element: Any) -> list[str]:
    """The lines an element's own `<br>`s break its text into ("Laporan: Hendra Gunawan
    Siregar<br>Editor: Desi Marlina"), which `text_of` runs together."""
    pieces = (element.text, *(br.tail for br in element.findall("br")))
    return [" ".join(piece.split()) for piece in pieces if piece and piece.strip()]


def fold(text: str) -> str:
    """Text as compared: case-folded, one space between words, no closing dot."""
    return " ".join(text.casefold().split()).strip(" .")


def class_words(element: Any) -> list[str]:
    """The words of an element's class and id ("detail__date" gives "detail", "date")."""
    names = f"{element.get('class') or ''} {element.get('id') or ''}".casefold()
    padded = f" {names}"
    if " type-" in padded and (" tag-" in padded or " category-" in padded):
        # WordPress's classes of a post name its tags and sections ("tag-mobil-listrik",
        # "category-news"): the site's words, no part of the page's layout ("listrik" is no
        # "list")
        names = " ".join(name for name in names.split() if not name.startswith(_TERM_CLASSES))
    return [token for token in _TOKENS.split(names) if token]


_TERM_CLASSES = ("tag-", "category-")


def in_article_scope(element: Any) -> bool:
    """Tell whether microdata puts an element in the article's own scope (an itemscope of an
    Article or a BlogPosting): Blogger sets the post, its title and its time in a "widget"."""
    return _ARTICLE_SCOPE.search(" ".join(_SCOPE(element))) is not None


_SCOPE = etree.XPath("ancestor-or-self::*[@itemscope][1]/@itemtype")
_ARTICLE_SCOPE = re.compile(r"(?:News|Blog|Report)?Article|BlogPosting")


def elsewhere(element: Any) -> bool:
    """Tell whether an element sits in a box about other articles (related, popular, footer)."""
    for ancestor in element.iterancestors():
        if ancestor.tag in ("aside", "nav", "footer"):
            return True
        if ancestor.tag == "body":
            break  # Drupal's <body class="one-sidebar sidebar-second">: the page's layout
        words = class_words(ancestor)
        if any(
            _ELSEWHERE.match(token)
            # "mg-blog-post-box", "box-author": the post's own boxes, not boxes of other posts;
            # Bootstrap's
            # "list-inline" sets a row of the story's facts, not a list of stories
            and not (token.startswith("box") and n and words[n - 1] in _OWN_BOX)
            # WordPress's "entry-footer" (or "post-", "story-", "single-" …): the post's own
            # foot, its writer's and tags' line
            and not (token == "footer" and n and words[n - 1] in _OWN_BOX)
            and not (token == "box" and words[n + 1 : n + 2] and words[n + 1] in _OWN_PARTS)
            and not (token == "list" and words[n + 1 : n + 2] == ["inline"])
            for n, token in enumerate(words)
        ):
            return True
    return False


# The parts of the article a "box-" names (Bola.net: "box-info", "box-author", "box-content")
_OWN_PARTS = frozenset({"author", "penulis", "info", "date", "content", "title", "detail", "body"})
# The words a class names the article's own box with: "post-box", "article-box"
_OWN_BOX = frozenset({"post", "article", "entry", "single", "story", "detail", "berita"})
