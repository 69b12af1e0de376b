"""A killed `kabar ingest` takes its parsing workers with it: no orphans holding memory."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_779917d36cb11d91.txt"
ARTICLES = 3000


def _children(pid: int) -> set[int]:
    """Live processes whose parent is `pid`, read from /proc."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        if fields[1] == str(pid) and fields[0] != "Z":
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    """Running, not a zombie (whoever adopted it may never reap it)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


@pytest.fixture(scope="module")
def many_articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of small, distinct articles: enough for the worker pool and a few seconds."""
    folder = tmp_path_factory.mktemp("articles")
    seed = SEED.read_text()
    for n in range(ARTICLES):
        text = seed.replace("Putin", f"Putin ({n})", 1) + f"\nCatatan redaksi nomor {n}.\n"
        (folder / f"artikel-{n:05d}.txt").write_text(text)
    return folder


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM], ids=["kill-9", "sigterm"])
def test_killing_ingest_mid_run_leaves_no_workers(
    how: signal.Signals, many_articles: Path, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KABAR_")}
    env["KABAR_DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path / 'kabar.db'}"
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "ingest", str(many_articles)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=tmp_path,
    )
    workers: set[int] = set()
    try:
        assert process.stdout is not None
        # Mid-run: the pool is up and the first articles are stored.
        for _ in range(64):
            process.stdout.readline()
        deadline = time.monotonic() + 20
        while len(workers) < 2 and time.monotonic() < deadline:
            workers = _children(process.pid)
            time.sleep(0.05)
        assert len(workers) >= 2, "ingest of a big folder should parse in worker processes"
        assert process.poll() is None, "the run ended before it could be killed"
        process.send_signal(how)
        process.wait(timeout=15)
        deadline = time.monotonic() + 5
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = sorted(pid for pid in workers if _alive(pid))
        assert not left, f"workers {left} outlived `kabar ingest`"
    finally:
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        if process.poll() is None:
            process.kill()
        _, stderr = process.communicate(timeout=15)
    assert b"Traceback" not in stderr
    assert process.returncode == (-how if how == signal.SIGKILL else 128 + how)
