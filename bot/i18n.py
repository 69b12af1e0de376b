"""Reply texts in the reader's language; the texts themselves live in digest/locales/."""

from __future__ import annotations

from html import escape

from bot.settings import SUPPORTED_LANGUAGES
from digest.locales import locale


def noun(lang: str, key: str, count: int | str) -> str:
    """The noun `key` as it reads after `count`: "1 result", "2 results", "1000+ results"."""
    forms = locale(lang).nouns[key]
    return forms[0] if count == 1 or count == "1" else forms[1]


def counted(lang: str, key: str, count: int | str) -> str:
    """A count and its noun: "1 result", "3 topics", "2 hasil"."""
    return f"{count} {noun(lang, key, count)}"


def pick_language(chosen: str | None, telegram_code: str | None, default: str) -> str:
    """The reply language: the user's choice, else Telegram's language, else the default."""
    if chosen in SUPPORTED_LANGUAGES:
        return chosen
    base = (telegram_code or "").split("-")[0].lower()
    if base == "ms":  # Malay readers are served better by Indonesian than English.
        return "id"
    return base if base in SUPPORTED_LANGUAGES else default


def t(lang: str, key: str, **values: object) -> str:
    """The text `key` in `lang`, with every value HTML-escaped."""
    template = locale(lang).texts[key]
    return template.format(**{k: escape(str(v), quote=False) for k, v in values.items()})


def help_text(lang: str, *, admin: bool) -> str:
    """/help: every command of the menu, and the admin commands for an admin."""
    language = locale(lang)
    lines = [t(lang, "help_title"), *(_command_line(entry) for entry in language.commands)]
    if admin:
        lines += ["", t(lang, "help_admin_title")]
        lines += [_command_line(entry) for entry in language.admin_commands]
    return "\n".join(lines)


def _command_line(entry: tuple[str, str, str]) -> str:
    name, arguments, description = entry
    arguments = arguments.format(languages="|".join(SUPPORTED_LANGUAGES))
    usage = f"/{name} {escape(arguments, quote=False)}" if arguments else f"/{name}"
    return f"{usage} – {escape(description, quote=False)}"


def language_choices() -> str:
    """Every language kabar speaks, as /language commands: "/language id (Bahasa Indonesia), …"."""
    return ", ".join(f"/language {code} ({locale(code).name})" for code in SUPPORTED_LANGUAGES)


def menu(lang: str) -> list[tuple[str, str]]:
    """The command menu Telegram shows in `lang`: (command, description) pairs."""
    return [
        (name, description[:1].upper() + description[1:])
        for name, _, description in locale(lang).commands
    ]
