"""Tell Indonesian from English by how often each language's function words occur."""

from __future__ import annotations

import re

from digest.name_words import word_set

_INDONESIAN = word_set(
    "yang dan di itu dengan untuk dari ini ke tidak akan pada juga dalam adalah ada oleh "
    "karena bahwa atau sudah telah saat kami kita mereka tersebut bisa para lebih masih "
    "namun sebagai hal menjadi setelah kata ujar dia ia"
)
_ENGLISH = word_set(
    "the and of to is in that for it was on with as by at from are be this have has "
    "not but his her they their which were been will would said an who"
)
_WORD = re.compile(r"[a-z]+")


def detect_language(text: str) -> str:
    """Return "id" or "en" for the language text is written in (Indonesian when unsure)."""
    indonesian = english = 0
    for word in _WORD.findall(text[:6000].lower()):
        if word in _INDONESIAN:
            indonesian += 1
        elif word in _ENGLISH:
            english += 1
    return "en" if english > indonesian else "id"
