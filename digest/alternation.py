"""Match a long anchored alternation by a line's first character.

`re` tries every alternative of `^(?:a|b|…)$` in turn on every line, even where none of them
can open with the line's first character: furniture's two hundred kinds of page furniture
cost each line of a page about 3 µs. `ByFirstChar` reads the pattern's own source once, files
each alternative under the characters it can open with, and matches a line only against the
alternatives of its first character and those that may open with anything. It answers what
the whole pattern answers (tests/digest/test_fast_paths.py compares them line by line).

An alternative that may open with anything ("\\S.*\\s[|–-]\\s…", "(?-i:[A-Z]).{1,60}\\s+is\\s+…")
is tried on every line, and most backtrack through the whole of it. When such an alternative
holds a word it cannot match without ("reached", "funding"), it is tried only on lines that
hold that word.
"""

from __future__ import annotations

import re


def _after(source: str, i: int) -> int:
    """Where the atom at i ends: an escape, a whole character class, or one character."""
    if source[i] == "\\":
        return i + 2
    if source[i] != "[":
        return i + 1
    j = i + 1
    if source[j : j + 1] == "^":
        j += 1
    if source[j : j + 1] == "]":
        j += 1  # "[]…]": a bracket first in a class is one of its characters
    while j < len(source) and source[j] != "]":
        j += 2 if source[j] == "\\" else 1
    return j + 1


def _without_comments(source: str) -> str:
    """The source of a verbose pattern without its comments."""
    out: list[str] = []
    i = 0
    while i < len(source):
        if source[i] == "#":
            end = source.find("\n", i)
            i = len(source) if end < 0 else end
            continue
        following = _after(source, i)
        out.append(source[i:following])
        i = following
    return "".join(out)


def _close(source: str, i: int) -> int:
    """Where the bracket opened at i closes."""
    depth = 0
    while i < len(source):
        if source[i] == "(":
            depth += 1
        elif source[i] == ")":
            depth -= 1
            if depth == 0:
                return i
        i = _after(source, i)
    raise ValueError("unbalanced brackets")


def _alternatives(source: str) -> list[str]:
    """The top-level alternatives of a pattern's source."""
    parts: list[str] = []
    start = i = 0
    while i < len(source):
        if source[i] == "(":
            i = _close(source, i) + 1
            continue
        if source[i] == "|":
            parts.append(source[start:i])
            start = i + 1
        i = _after(source, i)
    parts.append(source[start:])
    return parts


# Escaped characters that stand for themselves; "\\d" stands for the digits.
_LITERAL_ESCAPES = frozenset("()[]{}*+?.#|\\-/^$&~ ")
_DIGITS = frozenset("0123456789")
_SPECIAL = frozenset("\\[(.^$|)*+?{")
_OPTIONAL = re.compile(r"(?:[?*]|\{0?,\d*\})\??")
_REQUIRED = re.compile(r"(?:\+|\{[1-9]\d*(?:,\d*)?\})\??")


def _needle(alternative: str) -> str | None:
    """The longest run of letters (four or more) every match of the alternative holds, lower
    case; None if it has none. Only letters standing on their own at the top level count: a
    group, a class, an escape, a quantifier or a space ends a run."""
    runs: list[str] = []
    run = ""
    i = 0
    while i < len(alternative):
        char = alternative[i]
        if char == "|":
            return None  # not one alternative
        end = _close(alternative, i) + 1 if char == "(" else _after(alternative, i)
        quantified = alternative[end : end + 1]
        if char.isascii() and char.isalpha() and quantified not in ("?", "*", "{"):
            run += char
            if quantified == "+":  # "s+": one letter for certain, then who knows how many
                runs.append(run)
                run = ""
        else:
            runs.append(run)
            run = ""
        i = end
    runs.append(run)
    longest = max(runs, key=len)
    return longest.lower() if len(longest) >= 4 else None


# The characters `re` matches to an ASCII letter when it ignores case (the Kelvin sign is
# "k", the long s is "s", the dotted and dotless capital I are "i"), as that letter.
ASCII_TWINS = {0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}


def folded_for_words(text: str) -> str:
    """The text in lower case with those four characters as their letters: an ASCII word
    is in it wherever a pattern ignoring case would find the word in text. (The table is
    applied only to text holding one of them: translating costs more than the search.)"""
    if not text.isascii() and any(chr(twin) in text for twin in ASCII_TWINS):
        text = text.translate(ASCII_TWINS)
    return text.lower()


def _first_chars(alternative: str, verbose: bool) -> frozenset[str] | None:
    """The ASCII characters (letters lower-cased) a match of the alternative can open with,
    or None when it may open with anything else (a space, a class, a letter outside ASCII)."""
    i = 0
    if verbose:  # whitespace outside a class means nothing
        i = len(alternative) - len(alternative.lstrip())
    if i == len(alternative):
        return None  # an empty alternative: what follows decides
    char = alternative[i]
    end = _after(alternative, i)
    found: frozenset[str] | None = None
    if char == "\\":
        escaped = alternative[i + 1 : i + 2]
        if escaped in _LITERAL_ESCAPES:
            found = frozenset(escaped)
        elif escaped == "d":
            found = _DIGITS
    elif char == "(" and alternative.startswith("(?:", i):
        end = _close(alternative, i) + 1
        chars: set[str] = set()
        for inner in _alternatives(alternative[i + 3 : end - 1]):
            inner_chars = _first_chars(inner, verbose)
            if inner_chars is None:
                return None
            chars |= inner_chars
        found = frozenset(chars)
    elif char.isascii() and char not in _SPECIAL:
        found = frozenset(char.lower())
    if found is None:
        return None
    rest = alternative[end:]
    if verbose:
        rest = rest.lstrip()
    if optional := _OPTIONAL.match(rest):
        # "(?:lanjut\s+)?scroll": an optional opening, and then what follows it
        following = _first_chars(rest[optional.end() :], verbose)
        return None if following is None else found | following
    if _REQUIRED.match(rest) or not rest[:1] or rest[:1] not in "?*{":
        return found
    return None


class ByFirstChar:
    """`^(?:…)$` split by the first character its alternatives can open with; called on a
    line, tells whether the whole pattern matches it."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        source = pattern.pattern
        verbose = bool(pattern.flags & re.VERBOSE)
        if verbose:
            source = _without_comments(source)
        source = source.strip() if verbose else source
        if not (source.startswith("^(?:") and source.endswith(")$")):
            raise ValueError("expected a pattern of the form ^(?:…)$")
        body = source[4:-2]
        if _close(source, 1) != len(source) - 2:
            raise ValueError("expected one group around the whole pattern")
        if pattern.groups:
            raise ValueError("a pattern with groups can't be split: one may refer to another")
        self.whole = pattern
        keyed: dict[str, list[str]] = {}
        anywhere: list[str] = []
        guarded: dict[str, list[str]] = {}  # a word -> the alternatives that need it
        for alternative in _alternatives(body):
            chars = _first_chars(alternative, verbose)
            if chars is None:
                if (needle := _needle(alternative)) is not None:
                    guarded.setdefault(needle, []).append(alternative)
                else:
                    anywhere.append(alternative)
            for char in chars or ():
                keyed.setdefault(char, []).append(alternative)

        self.alternatives = keyed  # first character -> the alternatives that open with it
        self.flags = pattern.flags
        self.anywhere = self._compile(anywhere)
        self._anywhere = anywhere
        self.guarded = tuple((needle, self._compile(parts)) for needle, parts in guarded.items())
        # Compiled on first use: a page's lines open with few of the characters filed.
        self._by_first: dict[str, re.Pattern[str]] = {}

    def _compile(self, parts: list[str]) -> re.Pattern[str]:
        return re.compile(f"^(?:{'|'.join(parts) or '(?!)'})$", self.flags)

    def __call__(self, line: str) -> bool:
        head = line[:1]
        if not head.isascii() and (head.lower() != head or head.upper() != head):
            # Outside ASCII, case folding can match a letter to another ("ſ", the long s, is
            # "s"): the whole pattern decides. A mark with no case ("“", "•") is only itself,
            # and no alternative filed under an ASCII character opens with it.
            return self.whole.match(line) is not None
        key = head.lower()
        pattern = self._by_first.get(key)
        if pattern is None:
            pattern = self._by_first[key] = self._first_use(key)
        if pattern.match(line) is not None:
            return True
        if self.guarded:
            folded = folded_for_words(line)
            for needle, guarded in self.guarded:
                if needle in folded and guarded.match(line) is not None:
                    return True
        return False

    def _first_use(self, key: str) -> re.Pattern[str]:
        parts = self.alternatives.get(key)
        if not parts:
            return self.anywhere
        # The ten digits, or "(" and "[", often open the same alternatives: compiled once.
        for char, known in self.alternatives.items():
            if known == parts and char in self._by_first:
                return self._by_first[char]
        return self._compile(parts + self._anywhere)
