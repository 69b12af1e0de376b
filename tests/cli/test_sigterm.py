"""SIGTERM (`kill`, `docker stop`) ends a one-shot command, wherever it lands, and its cleanup runs.

A command here is `kabar search` with its work replaced by a coroutine that stands for a long
ingest: the signal arrives at the awkward moments a real run meets.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

# Runs `kabar search x` with `work` as its body; what the body prints shows how far it got.
RUNNER = """
import asyncio, os, signal, sys, time
from bot import cli

{work}

cli._handlers = lambda: {{"search": work}}
sys.exit(cli.main(["search", "x"]))
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _start(work: str, tmp_path: Path) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KABAR_")}
    env["KABAR_DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path / 'kabar.db'}"
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    return subprocess.Popen(
        [sys.executable, "-c", RUNNER.format(work=textwrap.dedent(work))],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=tmp_path,
    )


def _finish(process: subprocess.Popen[bytes], timeout: float) -> tuple[int, str, str]:
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        pytest.fail(f"still running {timeout} s after SIGTERM; stderr: {err.decode()[-2000:]}")
    return process.returncode, out.decode(), err.decode()


def test_sigterm_landing_inside_a_finalizer_still_ends_the_command(tmp_path: Path) -> None:
    # The garbage collector runs library callbacks (SQLAlchemy's weakref callbacks, a
    # `__del__`) at any moment. An exception raised by the signal handler inside one is
    # printed as "Exception ignored" and swallowed, so the run went on as if never told to stop.
    work = """
    class Dying:
        def __del__(self):
            os.kill(os.getpid(), signal.SIGTERM)
            for _ in range(100_000):  # Python code runs here, so the handler runs here too
                pass

    async def work(args, settings):
        print("started", flush=True)
        Dying()
        try:
            await asyncio.sleep(30)
            print("never told to stop", flush=True)
        finally:
            print("cleaned up", flush=True)
        return 0
    """
    started = time.monotonic()
    code, out, err = _finish(_start(work, tmp_path), timeout=20)
    assert time.monotonic() - started < 20
    assert out.splitlines() == ["started", "cleaned up"]
    assert code == 128 + signal.SIGTERM
    assert "Traceback" not in err and "Exception ignored" not in err, err


def test_sigterm_ends_the_command_even_when_nobody_reads_its_output(tmp_path: Path) -> None:
    # `kabar ingest big/ | slow-reader`: the pipe fills and the command blocks writing a line.
    # The terminal's default action would kill it there; kabar's cleanup must not wait forever
    # on a reader that never comes, or `kill` does nothing.
    work = """
    async def work(args, settings):
        line = "#1\\tnew\\tartikel.txt\\t" + "x" * 100 + "\\n"
        while True:
            sys.stdout.write(line)
            await asyncio.sleep(0)
    """
    process = _start(work, tmp_path)
    try:
        # Blocked: its output pipe is full and nobody reads it.
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            wchan = Path(f"/proc/{process.pid}/wchan")
            if not wchan.exists() or "pipe" in wchan.read_text():
                break
            time.sleep(0.1)
        time.sleep(0.5)
        assert process.poll() is None
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        pytest.fail("a command blocked on a full output pipe ignored SIGTERM")
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate()
    assert process.returncode == 128 + signal.SIGTERM
