"""Faults an operator meets end in one clear line on stderr and exit 1, never a traceback.

Every test runs the real `kabar` process outside the checkout against local stand-ins: a Bot
API that answers a proxy's HTML error page, a closed port, a PostgreSQL that is not there.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

TOKEN = "7012345678:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
SECRET = TOKEN.partition(":")[2]
PROXY_PAGE = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)
SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_779917d36cb11d91.txt"


def kabar(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run `kabar` as an operator would, with only the KABAR_* variables given."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("KABAR_")}
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        timeout=20,
    )


def assert_one_line_fault(result: subprocess.CompletedProcess[str], *words: str) -> str:
    """Exit 1, a single `kabar:` line on stderr naming `words`, no traceback, no token."""
    output = result.stdout + result.stderr
    assert "Traceback" not in output, result.stderr
    assert SECRET not in output
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kabar: ")
    for word in words:
        assert word in lines[0]
    return lines[0]


class _BotApi(BaseHTTPRequestHandler):
    """A Bot API behind a proxy: methods in `ok` answer like Telegram, the rest the proxy's page."""

    ok: frozenset[str] = frozenset()
    status = 502

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        method = self.path.rsplit("/", 1)[-1]
        if method in self.ok:
            result: object = True
            if method == "getMe":
                result = {"id": 7012345678, "is_bot": True, "first_name": "kabar", "username": "k"}
            self._answer(200, "application/json", json.dumps({"ok": True, "result": result}))
        else:
            self._answer(self.status, "text/html", PROXY_PAGE.decode())

    do_GET = do_POST

    def _answer(self, status: int, kind: str, body: str) -> None:
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


def _serve(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(params=[502, 200], ids=["502", "200"])
def proxy_page_api(request: pytest.FixtureRequest) -> Iterator[str]:
    """A Bot API URL where every method answers an HTML page instead of JSON."""
    handler = type("ProxyPage", (_BotApi,), {"status": request.param})
    yield from _serve(handler)


@pytest.fixture
def flaky_api() -> Iterator[str]:
    """A Bot API that starts fine, then answers getUpdates with the proxy's page."""
    ok = frozenset({"getMe", "deleteWebhook", "setMyCommands"})
    yield from _serve(type("Flaky", (_BotApi,), {"ok": ok}))


@pytest.fixture
def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def sqlite_env(tmp_path: Path) -> dict[str, str]:
    """A fresh SQLite database for one test."""
    return {"KABAR_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'kabar.db'}"}


@pytest.mark.parametrize("command", ["run", "deliver"])
def test_a_proxy_page_instead_of_json_is_one_line(
    command: str, proxy_page_api: str, sqlite_env: dict[str, str], tmp_path: Path
) -> None:
    env = {**sqlite_env, "KABAR_BOT_TOKEN": TOKEN, "KABAR_TELEGRAM_API_URL": proxy_page_api}
    line = assert_one_line_fault(kabar(command, env=env, cwd=tmp_path), "not JSON")
    assert proxy_page_api in line
    assert "<html" not in line


@pytest.mark.parametrize("command", ["run", "deliver"])
def test_an_unreachable_bot_api_is_one_line(
    command: str, closed_port: int, sqlite_env: dict[str, str], tmp_path: Path
) -> None:
    api = f"http://127.0.0.1:{closed_port}"
    env = {**sqlite_env, "KABAR_BOT_TOKEN": TOKEN, "KABAR_TELEGRAM_API_URL": api}
    assert_one_line_fault(kabar(command, env=env, cwd=tmp_path), "cannot reach", api)


@pytest.mark.parametrize(
    "args",
    [["run"], ["deliver"], ["ingest", str(SEED)], ["search", "banjir"], ["db", "upgrade"]],
    ids=lambda args: args[0],
)
def test_an_unreachable_postgresql_is_one_line(
    args: list[str], closed_port: int, flaky_api: str, tmp_path: Path
) -> None:
    env = {
        "KABAR_DATABASE_URL": f"postgresql+asyncpg://kabar:hunter2@127.0.0.1:{closed_port}/kabar",
        "KABAR_TELEGRAM_API_URL": flaky_api,
    }
    if args[0] == "deliver":
        env["KABAR_BOT_TOKEN"] = TOKEN
    result = kabar(*args, env=env, cwd=tmp_path)
    line = assert_one_line_fault(result, f"127.0.0.1:{closed_port}")
    assert "hunter2" not in result.stdout + result.stderr
    assert "postgresql+asyncpg://kabar:***@" in line


def test_a_bot_api_failing_mid_run_logs_short_lines(
    flaky_api: str, sqlite_env: dict[str, str], tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KABAR_")}
    env.update(sqlite_env, KABAR_BOT_TOKEN=TOKEN, KABAR_TELEGRAM_API_URL=flaky_api)
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "run"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    try:
        time.sleep(8)
        assert process.poll() is None, "a Bot API that fails after start-up must not stop the bot"
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert "Traceback" not in stderr
    assert SECRET not in stderr
    lines = stderr.strip().splitlines()
    retries = [line for line in lines if "getUpdates" in line or "Bad Gateway" in line]
    assert retries, stderr
    assert all(len(line) <= 500 for line in lines), stderr
    assert process.returncode == 0
