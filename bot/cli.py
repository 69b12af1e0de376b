"""The `kabar` command line: run the bot, ingest, summarize, search, digest, deliver, db."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from telegram.error import InvalidToken, NetworkError, TelegramError

from bot.output import CommandError, print_text, terminal_text
from bot.settings import Settings, SettingsError, load_settings

log = logging.getLogger("kabar")


# A log line longer than this is cut: a proxy's error page can be quoted whole in a message.
LOG_LINE_LIMIT = 500


class _TerminalFormatter(logging.Formatter):
    """Log lines name files, links and headlines: their control characters are shown, not run.

    Unless `verbose`, every record is one line: an exception becomes "(Type: message)" after
    it, never a traceback; --verbose keeps the traceback for whoever debugs.
    """

    def __init__(self, fmt: str, *, verbose: bool) -> None:
        super().__init__(fmt)
        self.verbose = verbose

    def format(self, record: logging.LogRecord) -> str:
        if self.verbose:
            return terminal_text(super().format(record))
        line = self.formatMessage(_one_line_record(record, self))
        line = " ".join(line.split())
        if len(line) > LOG_LINE_LIMIT:
            line = line[: LOG_LINE_LIMIT - 1] + "…"
        return terminal_text(line)


def _one_line_record(record: logging.LogRecord, formatter: logging.Formatter) -> logging.LogRecord:
    """A copy of the record whose message carries the exception's last line, if any."""
    copy = logging.makeLogRecord(record.__dict__)
    copy.message = copy.getMessage()
    if formatter.usesTime():
        copy.asctime = formatter.formatTime(copy)
    summary = _exception_summary(record)
    if summary:
        copy.message = f"{copy.message} ({summary})"
    return copy


def _exception_summary(record: logging.LogRecord) -> str:
    # bot.redaction leaves a masked exc_text wherever the token was in the traceback; its
    # last line is then the exception's own, masked. Without it the text holds no token.
    if record.exc_text:
        lines = [line for line in record.exc_text.splitlines() if line.strip()]
        return lines[-1].strip() if lines else ""
    if record.exc_info and record.exc_info[1] is not None:
        return "".join(traceback.format_exception_only(record.exc_info[1])).strip()
    return ""


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
    handler.setFormatter(
        _TerminalFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s", verbose=args.verbose)
    )
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING, handlers=[handler]
    )
    for ours in ("bot", "digest", "storage", "kabar"):
        logging.getLogger(ours).setLevel(logging.DEBUG if args.verbose else logging.INFO)
    # httpx logs every request URL, and a Bot API URL carries the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    if not args.verbose:
        # It logs a non-JSON answer (a proxy's HTML page) whole before raising the error
        # that says the same, and that error reaches the operator in one line.
        logging.getLogger("telegram.request").setLevel(logging.CRITICAL)
    settings: Settings | None = None
    try:
        settings = load_settings()
        if args.command == "run":
            from bot.app import run

            return run(settings)
        termination = _Termination()
        signal.signal(signal.SIGTERM, termination.handle)
        return asyncio.run(termination.run(_handlers()[args.command](args, settings)))
    except (SettingsError, CommandError) as exc:
        print_text(f"kabar: {exc}", file=sys.stderr)
        return 1
    except InvalidToken:
        # Its own message quotes the token; this line must not.
        print(
            "kabar: Telegram rejected KABAR_BOT_TOKEN (check it with @BotFather)", file=sys.stderr
        )
        return 1
    except TelegramError as exc:
        print_text(f"kabar: {_telegram_fault(exc, settings)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if args.verbose:
            raise
        line = f"{type(exc).__name__}: {exc}".strip().splitlines()[0]
        print_text(
            f"kabar: unexpected error: {_without_token(line, settings)} (-v shows the traceback)",
            file=sys.stderr,
        )
        return 1


class _Termination:
    """SIGTERM ends a one-shot command the way Ctrl-C does: its task is cancelled, so `finally`
    blocks run (the ingest pool stops its workers, the database closes), and it exits 143.

    The handler raises nothing: Python runs it wherever the main thread is, and an exception
    raised inside a garbage-collector callback (SQLAlchemy has weakref ones) is printed and
    swallowed, so the run would go on. It schedules the cancel on the event loop instead. The
    process also ends after `GRACE_SECONDS` whatever happens: a command blocked writing to a
    pipe nobody reads never gets back to its loop. (`kabar run` leaves SIGTERM to
    python-telegram-bot.)
    """

    GRACE_SECONDS = 5.0

    def __init__(self) -> None:
        self.signum: int | None = None
        self.task: asyncio.Task[Any] | None = None
        self.loop: asyncio.AbstractEventLoop | None = None

    def handle(self, signum: int, frame: object) -> None:
        if self.signum is not None:
            return  # already ending
        self.signum = signum
        timer = threading.Timer(self.GRACE_SECONDS, os._exit, args=(128 + signum,))
        timer.daemon = True
        timer.start()
        if self.task is None or self.loop is None:
            raise SystemExit(128 + signum)  # no command under way: nothing to clean up
        self.loop.call_soon_threadsafe(self.task.cancel)

    async def run(self, command: Coroutine[Any, Any, int]) -> int:
        self.loop, self.task = asyncio.get_running_loop(), asyncio.current_task()
        try:
            return await command
        except asyncio.CancelledError:
            if self.signum is None:
                raise
            return 128 + self.signum
        finally:
            self.task = None


def _without_token(text: str, settings: Settings | None) -> str:
    token = settings.bot_token.get_secret_value() if settings and settings.bot_token else ""
    for secret in (token, token.partition(":")[2]):
        if secret:
            text = text.replace(secret, "[token]")
    return text


def _telegram_fault(exc: TelegramError, settings: Settings | None) -> str:
    """One sentence on why the Bot API failed; a proxy's HTML page is named, not quoted."""
    where = "the Telegram Bot API"
    if settings is not None:
        parts = urlsplit(settings.telegram_api_url)
        # Only scheme, host and port: a proxy's user and password stay out of the line.
        where += f" at {parts.scheme}://{parts.netloc.rpartition('@')[2]}"
    message = str(exc)
    status, parsing, _ = message.partition(". Parsing the server response")
    if parsing or message == "Invalid server response":
        status = status if parsing else "OK"
        reason = f"{where} answered {status} with a page that is not JSON (a proxy in the way?)"
    elif not isinstance(exc, NetworkError):
        reason = f"{where} refused the request: {message}"
    else:
        reason = (
            f"cannot reach {where}: {message.splitlines()[0] if message else type(exc).__name__}"
        )
    return _without_token(reason, settings)


if __name__ == "__main__":
    sys.exit(main())
