"""The plain baseline kabar's key quote is measured against: a thirty-line regex.

It takes the first direct quote (three words or more, in "…", “…” or Kompas' ”…”) whose
`kata|ujar|… NAME` attribution follows it, else the first quote; the speaker is that NAME.
"""

from __future__ import annotations

import re

from digest.model import Quote

_QUOTE = re.compile(r"[“”\"]([^“”\"]+)[”\"]")
_SAID = re.compile(
    r"^\s*,?\s*(?:kata|ujar|ucap|ungkap|jelas|tutur|imbuh|tegas|tambah|terang|papar|tandas"
    r"|pungkas|lanjut|sebut|said|says|told)\s+"
    r"(?P<name>[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*)*)"
)
_NAME_SAID = re.compile(r"^\s*,?\s*(?P<name>[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*)*)\s+said\b")


def regex_key_quote(body: list[str] | tuple[str, ...]) -> Quote | None:
    """Return the first attributed quote of the body (else the first quote), or None."""
    first: Quote | None = None
    for paragraph in body:
        for match in _QUOTE.finditer(paragraph):
            text = match.group(1).strip().rstrip(",").strip()
            if len(text.split()) < 3:
                continue
            after = paragraph[match.end() : match.end() + 120]
            said = _SAID.match(after) or _NAME_SAID.match(after)
            if said:
                return Quote(text, said["name"])
            first = first or Quote(text, None)
    return first
