"""Reasons a reader may be shown (a page refused, an input rejected), in every language.

A problem names a text of the locales (`PROBLEMS[key]` in digest/locales/<code>.py) and
the values that fill it, so the bot says it in the reader's language while logs, the
command line and stored feed errors keep the English sentence (`str()`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from digest.locales import FALLBACK, locale


@dataclass(frozen=True, slots=True)
class Problem:
    """One reason, as a locale key and its values."""

    key: str
    values: dict[str, Any] = field(default_factory=dict)

    def text(self, language: str | None = FALLBACK) -> str:
        """The reason in a language (English when kabar does not speak it)."""
        return locale(language).problems[self.key].format(**self.values)

    def __str__(self) -> str:
        return self.text(FALLBACK)


class Explained(Exception):
    """An error whose message exists in every language; str() is the English one."""

    def __init__(self, key: str, /, **values: Any) -> None:
        self.problem = Problem(key, values)
        super().__init__(str(self.problem))

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from its key and values when it crosses to another process.
        return (_rebuild, (type(self), self.problem.key, self.problem.values))


def _rebuild(kind: type[Explained], key: str, values: dict[str, Any]) -> Explained:
    return kind(key, **values)
