"""The apps and tools a copied page passes through, whose names are never the outlet's."""

from __future__ import annotations

import re

from digest.places import word_list

APPS: frozenset[str] = frozenset(word_list("apps.txt"))
# Those that keep a copy of a page as it was, with their own time of the copy
ARCHIVES = frozenset(name for name in APPS if "archive" in name or "cache" in name)
# What an app's bar shows after its name: icons, arrows, an address ("UC Browser 🔒
# lensawaingapu.com/…", "Kurio ›")
_AFTER_NAME = re.compile(r"[^\w\s]|\S+\.[a-z]{2,}\S*")


def is_app(name: str) -> bool:
    """Tell whether a line read as the outlet names an app or a tool instead: "Signal",
    "Ground News", "Microsoft Teams", "UC Browser 🔒 lensawaingapu.com/…"."""
    words = name.split()
    if not words or len(words) > 12:
        return False
    if " - " in name and is_app(name.split(" - ", 1)[0]):
        return True  # a window's title: "Ditto - Clip 1,284"
    if " ".join(words).casefold().rstrip(" ›»⋯…") in APPS:
        return True
    for n in (3, 2, 1):
        if len(words) > n and " ".join(words[:n]).casefold() in APPS:
            # the app's name, then its bar's icons or the page's address
            return all(_AFTER_NAME.match(word) for word in words[n:])
    return False
