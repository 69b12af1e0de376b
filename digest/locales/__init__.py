"""The languages kabar speaks: one module per language in this package, found at import.

Each module (`id.py`, `en.py`, …) holds every text kabar shows a reader in that language:
`NAME`, `TEXTS` (replies by key), `PROBLEMS` (why something was refused), `COMMANDS` and `ADMIN_COMMANDS` (the command
menu and /help, built from the same list), `NOUNS` (singular and plural), `DAYS`,
`MONTHS` and `LABELS` (inside cards and digests). A new language is one new file: it is
found here, accepted by `/language` and `KABAR_LANGUAGE`, and given its own command menu.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from types import ModuleType

FALLBACK = "en"

Command = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class Locale:
    """Every text of one language."""

    code: str
    name: str
    texts: dict[str, str]
    problems: dict[str, str]
    commands: tuple[Command, ...]
    admin_commands: tuple[Command, ...]
    nouns: dict[str, tuple[str, str]]
    days: tuple[str, ...]
    months: tuple[str, ...]
    labels: dict[str, str]


def _locale(code: str, module: ModuleType) -> Locale:
    return Locale(
        code=code,
        name=module.NAME,
        texts=module.TEXTS,
        problems=module.PROBLEMS,
        commands=module.COMMANDS,
        admin_commands=module.ADMIN_COMMANDS,
        nouns=module.NOUNS,
        days=module.DAYS,
        months=module.MONTHS,
        labels=module.LABELS,
    )


def _discover() -> dict[str, Locale]:
    found = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name):
        if not info.ispkg and not info.name.startswith("_"):
            found[info.name] = _locale(
                info.name, importlib.import_module(f"{__name__}.{info.name}")
            )
    return found


LOCALES: dict[str, Locale] = _discover()
# Indonesian first: it is kabar's first language and the default reply language.
LANGUAGES: tuple[str, ...] = tuple(sorted(LOCALES, key=lambda code: (code != "id", code)))


def locale(code: str | None) -> Locale:
    """The language `code` ("id", "en", also "en-GB"), or English when kabar lacks it."""
    base = (code or "").split("-")[0].lower()
    return LOCALES.get(base) or LOCALES[FALLBACK]


def text(code: str | None, key: str, **values: object) -> str:
    """The text `key` in a language, filled with `values` as given (no escaping)."""
    return locale(code).texts[key].format(**values)
