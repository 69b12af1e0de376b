"""Split the dateline ("MOSKOW, JITUNEWS.COM -", "LONDON (Reuters) -") off a first paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass

from digest.names import COMMON, TITLES

_OUTLETS = re.compile(
    r"^(?:[\w\-]+\.(?:com|co\.id|id|net|org|co|tv|news|go\.id|or\.id)"
    r"|cnn\s+indonesia|antara(?:news)?|reuters|ap|afp|xinhua|bernama|kyodo|bloomberg|tempo"
    r"|kompas(?:\s*tv)?|detik\w*|tribun\w*|kumparan|okezone|sindonews|viva|republika|bisnis"
    r"|metrotvnews|suara|merdeka|jawapos|cnbc\s+indonesia|the\s+associated\s+press|upi|dpa)$",
    re.IGNORECASE,
)
_PLACE = r"[A-Z][A-Za-z'’.]*(?:\s+[A-Z][A-Za-z'’.]*){0,3}"
_DATELINE = re.compile(
    r"^(?P<first>[^\W\d_][\w.’' ]{0,39}?)"
    r"(?:\s*,\s*(?P<second>[^\W\d_][\w.’' ]{0,39}?))?"
    r"\s*(?:\((?P<agency>[^()]{2,30})\))?"
    r"\s*(?P<dash>--|- -|-|–|—|:)\s+(?=\S)"
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """What a dateline says: the city it was filed from and the outlet that filed it."""

    place: str | None
    outlet: str | None
    rest: str


def split_dateline(paragraph: str) -> Dateline | None:
    """Return the dateline of a paragraph and the paragraph without it, or None if it has none."""
    match = _DATELINE.match(paragraph)
    if not match:
        return None
    parts = [p.strip() for p in (match["first"], match["second"]) if p]
    agency = match["agency"]
    outlets = [p for p in parts if _OUTLETS.match(p)]
    places = [p for p in parts if p not in outlets and re.fullmatch(_PLACE, p)]
    if agency:
        if not _OUTLETS.match(agency.strip()):
            return None
        outlets.append(agency.strip())
    if len(outlets) + len(places) != len(parts) + (1 if agency else 0) or len(places) > 1:
        return None
    place = places[0] if places else None
    if place and not outlets and not place.isupper():
        # "Jakarta - ..." (detik style) is a dateline; "Menurut Budi - ..." is not.
        if len(place.split()) > 2 or not place.istitle() or match["dash"] == ":":
            return None
        if place.split()[0].casefold() in TITLES | COMMON:
            return None
    rest = paragraph[match.end() :].lstrip()
    if not rest or not (rest[0].isupper() or rest[0] in "“\"'«‘"):
        return None
    return Dateline(place, outlets[0] if outlets else None, rest)
