"""`kabar ingest` of a feed URL, a page URL and an OPML file, against a local web server."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT / "seeds" / "000_779917d36cb11d91.txt").read_text(encoding="utf-8")
PAGE = """<html><head><title>Harga Cabai Rawit Turun Tajam</title>
<meta property="article:published_time" content="2022-07-02T10:00:00+07:00"></head>
<body><nav>Beranda | Ekonomi</nav><article><h1>Harga Cabai Rawit Turun Tajam</h1>
<p>JAKARTA, KOMPAS.com - Harga cabai rawit merah di Pasar Induk Kramat Jati turun tajam dalam
sepekan terakhir seiring melimpahnya pasokan dari sentra produksi di Jawa Tengah.</p>
<p>Pedagang mengatakan harga cabai rawit kini Rp 45.000 per kilogram, turun dari Rp 80.000
pada pekan lalu, sementara pembeli mulai kembali ramai.</p>
<p>Dinas Ketahanan Pangan memperkirakan harga akan stabil hingga akhir bulan.</p>
</article><footer>Copyright 2022</footer></body></html>"""


@pytest.fixture
async def site() -> AsyncIterator[str]:
    """A news site on 127.0.0.1 with an RSS feed of two entries, one of them broken."""
    base = ""

    async def feed(_: web.Request) -> web.Response:
        items = "".join(
            f"<item><title>{t}</title><link>{base}{path}</link></item>"
            for t, path in (("Cabai", "/cabai"), ("Hilang", "/missing"))
        )
        rss = (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Kabar Pasar</title>'
            f"{items}</channel></rss>"
        )
        return web.Response(text=rss, content_type="application/rss+xml")

    async def page(_: web.Request) -> web.Response:
        return web.Response(text=PAGE, content_type="text/html")

    app = web.Application()
    app.router.add_get("/rss.xml", feed)
    app.router.add_get("/cabai", page)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    base = f"http://127.0.0.1:{port}"
    yield base
    await runner.cleanup()


async def _kabar(tmp_path: Path, *args: str) -> tuple[int, str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KABAR_")}
    env["KABAR_DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path / 'kabar.db'}"
    env["KABAR_FETCH_ALLOW_PRIVATE"] = "true"
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", *args, cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(process.communicate(), 120)
    return process.returncode or 0, out.decode(), err.decode()


async def test_ingest_feed_url_stores_entries_and_reports_the_broken_one(
    site: str, tmp_path: Path
) -> None:
    code, out, err = await _kabar(tmp_path, "ingest", f"{site}/rss.xml", "--json")
    assert code == 0, err
    lines = {line["input"]: line for line in map(json.loads, out.splitlines())}
    assert lines[f"{site}/cabai"]["status"] == "new"
    assert lines[f"{site}/missing"]["status"] == "rejected"
    assert "404" in lines[f"{site}/missing"]["reason"]
    code, out, _ = await _kabar(tmp_path, "ingest", f"{site}/cabai")
    assert "duplicate" in out


async def test_private_addresses_are_refused_unless_allowed(site: str, tmp_path: Path) -> None:
    env_backup = os.environ.pop("KABAR_FETCH_ALLOW_PRIVATE", None)
    try:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli", "summarize", f"{site}/cabai", cwd=tmp_path,
            env={**{k: v for k, v in os.environ.items() if not k.startswith("KABAR_")}},
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        _, err = await process.communicate()
    finally:
        if env_backup is not None:
            os.environ["KABAR_FETCH_ALLOW_PRIVATE"] = env_backup
    assert process.returncode == 1
    assert "private" in err.decode().lower()


async def test_ingest_opml_registers_feeds(site: str, tmp_path: Path) -> None:
    opml = tmp_path / "langganan.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>'
        f'<outline text="Pasar"><outline type="rss" text="Kabar Pasar" xmlUrl="{site}/rss.xml"/>'
        "</outline></body></opml>",
        encoding="utf-8",
    )
    code, out, err = await _kabar(tmp_path, "ingest", str(opml))
    assert code == 0, err
    assert "feed added" in out and "/rss.xml" in out
