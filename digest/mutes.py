"""Mute words: a reader's phrases that hide every article mentioning them.

A mute matches the way search does (digest.terms): each word by its stems, Indonesian and
English, so muting `korupsi` hides an article saying `dikorupsi` and muting `election`
hides `elections`. A phrase of several words matches where its words stand together.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from digest.model import Card
from digest.terms import WORD_PATTERN, token_stems, word_stems, words

MAX_MUTE_CHARACTERS = 100
MAX_MUTE_WORDS = 8

Groups = tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class Mute:
    """One muted phrase: as the reader typed it, its stored key, its words' stems."""

    phrase: str
    key: str
    groups: Groups


def parse_mute(phrase: str) -> Mute | None:
    """The mute for a phrase, or None when it has no word to match (or too many)."""
    folded = words(phrase)
    if not folded or len(folded) > MAX_MUTE_WORDS:
        return None
    groups = tuple(word_stems(word) for word in folded)
    # The Indonesian stem of each word: `korupsi` and `dikorupsi` are one mute.
    key = " ".join(group[0] for group in groups)
    return Mute(" ".join(phrase.split()), key, groups)


def same_mute(a: Mute, b: Mute) -> bool:
    """True when two mutes name the same words (each word sharing a stem)."""
    return len(a.groups) == len(b.groups) and all(
        set(x) & set(y) for x, y in zip(a.groups, b.groups, strict=True)
    )


class MutedText:
    """An article's words as stems, read once, to test any number of mutes against."""

    __slots__ = ("_sequence", "_stems")

    def __init__(self, texts: Iterable[str]) -> None:
        self._sequence: list[frozenset[str]] = []
        for text in texts:
            self._sequence += [token_stems(token) for token in WORD_PATTERN.findall(text)]
            # No phrase runs from one part (headline, paragraph, topic) into the next.
            self._sequence.append(frozenset())
        self._stems = frozenset().union(*self._sequence)

    def matches(self, mute: Mute) -> bool:
        """True when the mute's words stand here, in order."""
        first, rest = mute.groups[0], mute.groups[1:]
        if not any(stem in self._stems for stem in first):
            return False
        if not rest:
            return True
        if not all(any(stem in self._stems for stem in group) for group in rest):
            return False
        sequence, size = self._sequence, len(mute.groups)
        for start in range(len(sequence) - size + 1):
            if all(
                not sequence[start + i].isdisjoint(group) for i, group in enumerate(mute.groups)
            ):
                return True
        return False

    def hidden_by(self, mutes: Sequence[Mute]) -> bool:
        """True when any of the mutes matches."""
        return any(self.matches(mute) for mute in mutes)


def card_text(card: Card) -> MutedText:
    """A card's headline, lede, body and topics as a mute sees them."""
    return MutedText([card.headline, card.lede or "", *card.body, *card.topics])
