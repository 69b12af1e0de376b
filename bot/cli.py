"""The `kabar` command line: run the bot, ingest, summarize, search, digest, deliver, db."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from typing import Any

from telegram.error import InvalidToken, NetworkError

from bot.output import CommandError, print_text, terminal_text
from bot.settings import Settings, SettingsError, load_settings

log = logging.getLogger("kabar")


class _TerminalFormatter(logging.Formatter):
    """Log lines name files, links and headlines: their control characters are shown, not run."""

    def format(self, record: logging.LogRecord) -> str:
        return terminal_text(super().format(record))


def _iso_datetime(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not an ISO datetime such as 2026-07-01T07:00:00+07:00"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every kabar command."""
    parser = argparse.ArgumentParser(prog="kabar", description="kabar: a Telegram news-digest bot.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    commands.add_parser(
        "run",
        help="run the bot (long polling, or webhook when KABAR_WEBHOOK_URL is set)",
        description="Apply migrations, schedule digests and run the bot. Without "
        "KABAR_BOT_TOKEN it starts the local sandbox with a terminal chat.",
    )

    ingest = commands.add_parser(
        "ingest", help="store articles from files, folders, URLs, feeds or OPML files"
    )
    ingest.add_argument("inputs", nargs="+", metavar="PATH_OR_URL")
    ingest.add_argument("--json", action="store_true", help="one JSON object per item")

    summarize = commands.add_parser(
        "summarize", help="print article cards without storing anything"
    )
    summarize.add_argument("inputs", nargs="+", metavar="PATH_OR_URL", help="or - for stdin")
    summarize.add_argument("--json", action="store_true", help="print JSON")
    summarize.add_argument(
        "--sentences", type=_positive, default=2, metavar="N", help="summary length (default 2)"
    )

    search = commands.add_parser("search", help="full-text search over stored articles")
    search.add_argument("query", nargs="+")
    search.add_argument("--limit", type=_positive, default=10, metavar="N")
    search.add_argument("--json", action="store_true", help="one JSON object per hit")

    digest = commands.add_parser("digest", help="print the digest a subscriber would get")
    digest.add_argument("--chat", type=int, required=True, metavar="ID")
    digest.add_argument("--at", type=_iso_datetime, metavar="ISO_DATETIME")

    deliver = commands.add_parser("deliver", help="one delivery pass: send every due digest")
    deliver.add_argument("--at", type=_iso_datetime, metavar="ISO_DATETIME")
    deliver.add_argument("--json", action="store_true", help="print the pass report as JSON")

    database = commands.add_parser("db", help="database maintenance")
    db_commands = database.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser("upgrade", help="apply database migrations")
    return parser


def _handlers() -> dict[str, Callable[[argparse.Namespace, Settings], Coroutine[Any, Any, int]]]:
    # Imported here so `kabar --help` stays fast and a broken optional path
    # cannot stop the others from running.
    from bot import commands

    return {
        "ingest": commands.ingest,
        "summarize": commands.summarize,
        "search": commands.search_command,
        "digest": commands.digest,
        "deliver": commands.deliver,
        "db": commands.db_upgrade,
    }


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `kabar` console script."""
    args = build_parser().parse_args(argv)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_TerminalFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING, handlers=[handler]
    )
    for ours in ("bot", "digest", "storage", "kabar"):
        logging.getLogger(ours).setLevel(logging.DEBUG if args.verbose else logging.INFO)
    # httpx logs every request URL, and a Bot API URL carries the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    try:
        settings = load_settings()
        if args.command == "run":
            from bot.app import run

            return run(settings)
        return asyncio.run(_handlers()[args.command](args, settings))
    except (SettingsError, CommandError) as exc:
        print_text(f"kabar: {exc}", file=sys.stderr)
        return 1
    except InvalidToken:
        # Its own message quotes the token; this line must not.
        print(
            "kabar: Telegram rejected KABAR_BOT_TOKEN (check it with @BotFather)", file=sys.stderr
        )
        return 1
    except NetworkError as exc:
        print_text(f"kabar: cannot reach the Telegram Bot API: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
