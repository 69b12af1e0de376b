"""Sentence splitting (placeholder until the real splitter lands)."""

import re


def split_sentences(paragraph: str, language: str = "id") -> list[str]:
    """Split one paragraph into sentences."""
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", paragraph.strip()) if s]
