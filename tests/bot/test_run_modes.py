"""`kabar run` as a process: webhook mode against the sandbox, and start-up refusals."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
from pathlib import Path

from bot.sandbox.server import SandboxServer


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _env(tmp_path: Path, **values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KABAR_")}
    env["KABAR_DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path / 'kabar.db'}"
    env["KABAR_HEARTBEAT_FILE"] = str(tmp_path / "heartbeat")
    env.update(values)
    return env


async def test_webhook_mode_answers_updates_posted_by_telegram(tmp_path: Path) -> None:
    server = SandboxServer()
    api = await server.start()
    port = _free_port()
    token = "424242:webhook-test-token"
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "run", cwd=tmp_path,
        env=_env(
            tmp_path,
            KABAR_BOT_TOKEN=token,
            KABAR_TELEGRAM_API_URL=api,
            KABAR_WEBHOOK_URL=f"http://127.0.0.1:{port}/kabar-hook",
            KABAR_WEBHOOK_SECRET="s3cret-header",
            KABAR_PORT=str(port),
        ),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        for _ in range(200):
            if server.calls("setWebhook"):
                break
            await asyncio.sleep(0.05)
        hook = server.calls("setWebhook")[-1].params
        assert hook["url"] == f"http://127.0.0.1:{port}/kabar-hook"
        assert hook["secret_token"] == "s3cret-header"
        user = server.user(7001, language_code="en")
        await user.send("/help")
        reply = await user.wait_reply(timeout=15)
        assert "kabar commands" in reply.text
    finally:
        process.terminate()
        _, stderr = await asyncio.wait_for(process.communicate(), 30)
        await server.stop()
    assert token.split(":")[1] not in stderr.decode()


async def test_run_refuses_a_bad_setting_with_one_line(tmp_path: Path) -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "run", cwd=tmp_path,
        env=_env(tmp_path, KABAR_BOT_TOKEN="1:x", KABAR_WEBHOOK_URL="ftp://nope"),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    _, stderr = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 1
    assert stderr.decode().strip() == "kabar: KABAR_WEBHOOK_URL: 'ftp://nope' is not an http(s) URL"
