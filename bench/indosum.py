"""Load IndoSum articles and turn their tokens back into the running text kabar reads."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from digest.model import ParsedArticle

# The shared data sits beside the repository (../shared), as it does for CI's clone.
DEV_01 = Path(
    os.environ.get(
        "KABAR_INDOSUM",
        Path(__file__).resolve().parents[2] / "shared" / "data" / "indosum" / "dev.01.jsonl",
    )
)

_NO_SPACE_BEFORE = frozenset(".,;:?!)]}%'")
_NO_SPACE_AFTER = frozenset("([{")


@dataclass(frozen=True, slots=True)
class IndoSumArticle:
    """One IndoSum article: tokenized paragraphs, gold labels, reference and a headline."""

    id: str
    paragraphs: list[list[list[str]]]
    gold_labels: list[list[bool]]
    summary: list[list[str]]
    headline: str
    # IndoSum's section: "tajuk utama" (front page), "olahraga", "showbiz", "teknologi", ...
    category: str = ""

    def text_paragraphs(self) -> list[list[str]]:
        """Return each paragraph as detokenized sentences (IndoSum's own segmentation)."""
        result = []
        for paragraph in self.paragraphs:
            open_quote = False
            sentences = []
            for tokens in paragraph:
                text, open_quote = detokenize(tokens, open_quote)
                sentences.append(text)
            result.append(sentences)
        return result

    def to_parsed(self) -> ParsedArticle:
        """Return the article as kabar's parser would hand it over: plain paragraphs."""
        body = tuple(" ".join(p) for p in self.text_paragraphs() if p)
        return ParsedArticle(headline=self.headline, body=body, language="id")

    def reference(self) -> str:
        """Return the human summary as one whitespace-tokenized string."""
        return " ".join(" ".join(s) for s in self.summary)


def detokenize(tokens: list[str], open_quote: bool = False) -> tuple[str, bool]:
    """Join tokens into text; returns the text and whether a quote is still open."""
    out = ""
    glue_next = True
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        space = not glue_next
        if tok == '"':
            open_quote = not open_quote
            if not open_quote:
                space = False
            glue_next = open_quote
            out += (" " if space and out else "") + tok
            continue
        if tok in _NO_SPACE_BEFORE or (tok == "/" and prev.isdigit()):
            space = False
        if tok == "-" and prev[-1:].isalnum() and nxt[:1].islower():
            space = False
        if prev == "/" and tok.isdigit() and len(out) > 1 and out[-2].isdigit():
            space = False
        if prev == "-" and not out.endswith(" -"):
            space = False
        out += (" " if space and out else "") + tok
        glue_next = tok in _NO_SPACE_AFTER
    return out, open_quote


def _headline_from_url(url: str) -> str:
    """IndoSum has no headlines; the URL slug is the article's title in lower case."""
    segments = [s for s in url.split("?")[0].split("/") if s]
    slug = max(segments, key=lambda s: s.count("-"), default="")
    slug = re.sub(r"\.html?$", "", slug)
    words = [w for w in slug.split("-") if not w.isdigit()]
    return " ".join(words)


def load(path: Path = DEV_01) -> list[IndoSumArticle]:
    """Read every article of one IndoSum jsonl file."""
    return list(_read(path))


def _read(path: Path) -> Iterator[IndoSumArticle]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            yield IndoSumArticle(
                id=row["id"],
                paragraphs=row["paragraphs"],
                gold_labels=row["gold_labels"],
                summary=row["summary"],
                headline=_headline_from_url(row.get("source_url", "")),
                category=row.get("category", ""),
            )
