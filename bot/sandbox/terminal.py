"""A terminal chat with the bot through the sandbox, so a new user can try kabar at once."""

from __future__ import annotations

import asyncio
import sys
import threading
from html.parser import HTMLParser
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
    "Type a button's number to press it; /admin acts as admin {admin}, /user switches back, "
    "/quit leaves.\n"
)


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


def render_message(message: SentMessage, *, color: bool = False) -> tuple[str, list[str]]:
    """Return a bot message as terminal text plus the button values, numbered from 1."""
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
    values: list[str] = []
    for row in message.buttons:
        cells = []
        for text, value in row:
            values.append(value)
            cells.append(f"[{len(values)}] {terminal_text(text)}")
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
        self.buttons: dict[int, tuple[int, list[str]]] = {}
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
    try:
        while line := await lines.get():
            text = line.strip()
            if text == "/quit":
                break
            if text in people:
                current = people[text]
                screen.write(f"(now writing as user {current.user_id})")
            elif text.isdigit() and current.chat_id in screen.buttons:
                await _press(current, screen, int(text))
            elif text:
                await current.send(text)
    finally:
        printer.cancel()


async def _press(user: SandboxUser, screen: _Screen, number: int) -> None:
    message_id, values = screen.buttons[user.chat_id]
    if not 1 <= number <= len(values):
        screen.write(f"(no button {number}; the last message has {len(values)})")
    elif "://" in values[number - 1]:
        screen.write(f"(that button opens {values[number - 1]})")
    else:
        try:
            await user.press(message_id, values[number - 1])
        except ValueError:
            screen.write("(that keyboard is gone; the bot changed the message)")
