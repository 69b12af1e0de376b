"""A terminal chat with the bot through the sandbox, so a new user can try kabar at once."""

from __future__ import annotations

import asyncio
import mimetypes
import shlex
import sys
import threading
from html.parser import HTMLParser
from pathlib import Path
from typing import TextIO

from bot.output import terminal_text
from bot.sandbox.client import SandboxUser, SentMessage
from bot.sandbox.server import SandboxServer

_STYLES = {
    "b": ("\033[1m", "\033[22m"),
    "strong": ("\033[1m", "\033[22m"),
    "i": ("\033[3m", "\033[23m"),
    "em": ("\033[3m", "\033[23m"),
    "u": ("\033[4m", "\033[24m"),
    "ins": ("\033[4m", "\033[24m"),
    "s": ("\033[9m", "\033[29m"),
    "strike": ("\033[9m", "\033[29m"),
    "del": ("\033[9m", "\033[29m"),
    "code": ("\033[2m", "\033[22m"),
    "pre": ("\033[2m", "\033[22m"),
}
_HELP = (
    "kabar sandbox: you are chatting as user {user}. Try /start or /help.\n"
    "[label] presses a button; a pasted text of several lines is one message (or write one "
    'between two lines of """); /file PATH [caption] sends a file (/file article.html /push); '
    "/reply N text answers message N; /admin acts as admin {admin}, /user switches back, "
    "/quit leaves.\n"
)
# Bracketed paste: a terminal that knows it wraps pasted text in these.
_PASTE_ON, _PASTE_START, _PASTE_END = "\033[?2004h", "\033[200~", "\033[201~"
_BLOCK = '"""'
_MAX_FILE = 20 * 1024 * 1024


class _TerminalHtml(HTMLParser):
    """Turns Telegram HTML into terminal text: ANSI styles (optional) and `text (url)` links."""

    def __init__(self, color: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.color = color
        self.parts: list[str] = []
        self.links: list[tuple[int, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.links.append((len(self.parts), dict(attrs).get("href") or ""))
        elif self.color and tag in _STYLES:
            self.parts.append(_STYLES[tag][0])

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self.links:
            start, href = self.links.pop()
            label = "".join(self.parts[start:])
            if href and href != label:
                self.parts.append(f" ({terminal_text(href)})")
        elif self.color and tag in _STYLES:
            self.parts.append(_STYLES[tag][1])

    def handle_data(self, data: str) -> None:
        # Article text must not drive the terminal; only the styles above may.
        self.parts.append(terminal_text(data))


def render_html(html: str, *, color: bool = False) -> str:
    """Render Telegram HTML as readable terminal text."""
    parser = _TerminalHtml(color)
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


def render_message(
    message: SentMessage, *, color: bool = False
) -> tuple[str, list[tuple[str, str]]]:
    """Return a bot message as terminal text plus its buttons as (label, value)."""
    body = (
        render_html(message.html, color=color)
        if message.parse_mode == "HTML" and message.html is not None
        else terminal_text(message.text)
    )
    label = "kabar (edited)" if message.edited else "kabar"
    lines = [f"{label} › {body}"]
    # A photo, or a picture shown as the link preview (/preview on), named above the text.
    picture = message.raw.get("link_preview_options", {}).get("url")
    if message.raw.get("photo") or picture:
        lines.insert(0, f"{label} › [picture{f': {terminal_text(picture)}' if picture else ''}]")
    values: list[tuple[str, str]] = []
    for row in message.buttons:
        cells = []
        for text, value in row:
            values.append((text, value))
            cells.append(f"[{terminal_text(text)}]")
        lines.append("  " + "   ".join(cells))
    return "\n".join(lines), values


def _read_lines(stdin: TextIO, loop: asyncio.AbstractEventLoop, queue: asyncio.Queue[str]) -> None:
    """Read stdin in a daemon thread; blocking reads must never stall the event loop."""
    while True:
        line = stdin.readline()
        try:
            loop.call_soon_threadsafe(queue.put_nowait, line)
        except RuntimeError:  # the loop closed while we were blocked in readline
            return
        if not line or line.strip() == "/quit":
            return


class _Screen:
    """Prints what the bot does in the watched chats and remembers the latest buttons."""

    def __init__(self, server: SandboxServer, stdout: TextIO, chats: dict[int, str]) -> None:
        self.state = server.state
        self.stdout = stdout
        self.chats = chats  # chat id -> how to label it ("" for the user's own chat)
        self.color = stdout.isatty()
        self.buttons: dict[int, tuple[int, list[tuple[str, str]]]] = {}
        self.cursor = len(self.state.events)
        self.answers = len(self.state.callback_answers)

    def write(self, text: str) -> None:
        """Print a line right away."""
        self.stdout.write(text + "\n")
        self.stdout.flush()

    def _flush(self) -> None:
        for event in self.state.events[self.cursor :]:
            if event.chat_id in self.chats and event.kind != "deleted":
                text, values = render_message(SentMessage.from_event(event), color=self.color)
                self.write(self.chats[event.chat_id] + text)
                if values:
                    self.buttons[event.chat_id] = (event.message["message_id"], values)
        self.cursor = len(self.state.events)
        for answer in self.state.callback_answers[self.answers :]:
            if answer.text:
                self.write(f"kabar ⓘ {terminal_text(answer.text)}")
        self.answers = len(self.state.callback_answers)
        return None

    async def run(self) -> None:
        """Print forever; cancelled when the chat ends."""
        while True:
            await self.state.wait_for(self._flush, 3600)


async def run_terminal_chat(
    server: SandboxServer,
    *,
    user_id: int,
    admin_id: int,
    language_code: str,
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
) -> None:
    """Chat with the bot from a terminal until /quit or end of input."""
    people: dict[str, SandboxUser] = {
        "/user": server.user(user_id, first_name="You", language_code=language_code),
        "/admin": server.user(admin_id, first_name="Admin", language_code=language_code),
    }
    current = people["/user"]
    labels = {people["/admin"].chat_id: "(to admin) ", people["/user"].chat_id: ""}
    screen = _Screen(server, stdout, labels)
    screen.write(_HELP.format(user=user_id, admin=admin_id))
    lines: asyncio.Queue[str] = asyncio.Queue()
    loop = asyncio.get_running_loop()
    threading.Thread(target=_read_lines, args=(stdin, loop, lines), daemon=True).start()
    printer = asyncio.create_task(screen.run())
    if stdout.isatty():
        stdout.write(_PASTE_ON)  # pasted text then arrives marked, as one message
    block: list[str] | None = None
    closing = ""
    try:
        while line := await lines.get():
            if block is not None:
                # Inside a paste or a """ block: collect until it closes.
                if closing in line:
                    block.append(line.split(closing, 1)[0].rstrip("\n"))
                    await _send_block(current, screen, block)
                    block = None
                else:
                    block.append(line.rstrip("\n"))
                continue
            if _PASTE_START in line:
                rest = line.split(_PASTE_START, 1)[1]
                if _PASTE_END in rest:
                    await _send_block(current, screen, [rest.split(_PASTE_END, 1)[0]])
                else:
                    block, closing = [rest.rstrip("\n")], _PASTE_END
                continue
            text = line.strip()
            if text == "/quit":
                break
            if text == _BLOCK:
                block, closing = [], _BLOCK
            elif text in people:
                current = people[text]
                screen.write(f"(now writing as user {current.user_id})")
            elif text.startswith("[") and text.endswith("]") and len(text) > 2:
                await _press(current, screen, text[1:-1])
            elif text.split(maxsplit=1)[0] == "/file":
                await _send_file(current, screen, text)
            elif text.split(maxsplit=1)[0] == "/reply":
                await _reply(current, screen, text)
            elif text:
                await current.send(text)
    finally:
        printer.cancel()


async def _send_block(user: SandboxUser, screen: _Screen, lines: list[str]) -> None:
    text = "\n".join(lines).strip("\n")
    if not text.strip():
        return
    await user.send(text)
    count = len(text.splitlines())
    screen.write(f"(sent as message {user.chat.next_message_id - 1}: {count} lines)")


async def _send_file(user: SandboxUser, screen: _Screen, command: str) -> None:
    try:
        words = shlex.split(command)
    except ValueError as exc:
        screen.write(f"(cannot read that: {exc})")
        return
    if len(words) < 2:
        screen.write("(usage: /file PATH [caption], e.g. /file article.html /push)")
        return
    path = Path(words[1])
    try:
        content = await asyncio.to_thread(_read_file, path)
    except OSError as exc:
        screen.write(f"(cannot read {terminal_text(str(path))}: {exc.strerror or exc})")
        return
    if content is None:
        screen.write("(that file is over 20 MB, more than Telegram lets a bot download)")
        return
    caption = " ".join(words[2:]) or None
    await user.send_document(path.name, content, mimetypes.guess_type(path.name)[0], caption)
    screen.write(f"(sent {terminal_text(path.name)} as message {user.chat.next_message_id - 1})")


def _read_file(path: Path) -> bytes | None:
    """The file's bytes, or None when it is over the size a bot may download."""
    path = path.expanduser()
    if path.stat().st_size > _MAX_FILE:
        return None
    return path.read_bytes()


async def _reply(user: SandboxUser, screen: _Screen, command: str) -> None:
    parts = command.split(maxsplit=2)
    if len(parts) < 3 or not parts[1].isdigit():
        screen.write("(usage: /reply N text, N the number of the message answered)")
        return
    try:
        await user.reply(int(parts[1]), parts[2])
    except ValueError:
        screen.write(f"(there is no message {parts[1]} in this chat)")


async def _press(user: SandboxUser, screen: _Screen, label: str) -> None:
    """Press the button of the last keyboard whose label is (or starts with) `label`."""
    if user.chat_id not in screen.buttons:
        screen.write("(no buttons to press here yet)")
        return
    message_id, buttons = screen.buttons[user.chat_id]
    wanted = label.strip().casefold()
    found = [b for b in buttons if b[0].casefold() == wanted] or [
        b for b in buttons if b[0].casefold().startswith(wanted)
    ]
    if len(found) != 1:
        shown = ", ".join(f"[{terminal_text(text)}]" for text, _ in buttons)
        screen.write(f"(no single button [{terminal_text(label)}]; the last ones: {shown})")
    elif "://" in found[0][1]:
        screen.write(f"(that button opens {terminal_text(found[0][1])})")
    else:
        try:
            await user.press(message_id, found[0][1])
        except ValueError:
            screen.write("(that keyboard is gone; the bot changed the message)")
