"""An OPML file cannot register a feed on a private network that /feed_add would refuse."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.services.fetch import FetchPolicy, SafeFetcher
from bot.services.opml import register_opml
from storage.feeds import FeedRepository

NOW = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)
Sessions = async_sessionmaker[AsyncSession]

PRIVATE = [
    "http://10.0.0.5/rss.xml",
    "http://192.168.1.10:8080/feed",
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]/rss",
    "http://127.0.0.1:9000/atom.xml",
    "http://0x7f.1/rss",  # 127.0.0.1 as a resolver reads it
    "http://localhost/feed.xml",
    "https://intranet.kantor.example/berita/rss",  # a name that resolves to 10.20.0.7
]
PUBLIC = [
    "https://www.antaranews.com/rss/terkini.xml",
    "https://rss.berita.example/nasional",
]
NAMES = {
    "localhost": ["127.0.0.1", "::1"],
    "intranet.kantor.example": ["10.20.0.7"],
    "rss.berita.example": ["93.184.216.34"],
}


def _opml(urls: list[str]) -> bytes:
    outlines = "\n".join(
        f'    <outline type="rss" text="Sumber {n} &#8211; Berita" xmlUrl="{url}"/>'
        for n, url in enumerate(urls)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n'
        "  <head><title>Langganan kantor / Office subscriptions</title></head>\n"
        f'  <body>\n  <outline text="Nasional">\n{outlines}\n  </outline>\n  </body>\n</opml>\n'
    ).encode()


class Network:
    """Records every look-up and request; answers look-ups from NAMES, sends nothing."""

    def __init__(self) -> None:
        self.lookups: list[str] = []
        self.requests: list[httpx.Request] = []

    async def resolve(self, host: str, port: int) -> list[str]:
        self.lookups.append(host)
        if host not in NAMES:
            raise OSError("Name or service not known")
        return NAMES[host]

    def send(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(500)


@pytest.fixture
def network() -> Network:
    """The only way out for the fetchers below."""
    return Network()


@pytest.fixture
async def http(network: Network) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client whose every request is recorded and never leaves the process."""
    async with httpx.AsyncClient(transport=httpx.MockTransport(network.send)) as client:
        yield client


async def _stored(sessions: Sessions) -> list[str]:
    async with sessions.begin() as session:
        return [feed.url for feed in await FeedRepository(session).list()]


async def test_private_feeds_are_refused_with_a_reason_and_nothing_is_sent(
    sessions: Sessions, http: httpx.AsyncClient, network: Network
) -> None:
    fetcher = SafeFetcher(http, FetchPolicy(), resolver=network.resolve)
    outlines = await register_opml(sessions, fetcher, _opml(PRIVATE + PUBLIC), now=NOW)

    refused = {o.url: o.reason for o in outlines if o.feed is None}
    assert sorted(refused) == sorted(PRIVATE)
    assert all(reason and "private network" in reason for reason in refused.values())
    assert [o.url for o in outlines if o.feed is not None] == PUBLIC
    assert all(o.created for o in outlines if o.feed is not None)
    stored = await _stored(sessions)
    assert len(stored) == 2 and not any(
        host in url for url in stored for host in ("10.", "192.168", "169.254", "localhost")
    )
    assert network.requests == []


async def test_allowing_private_addresses_registers_them_all(
    sessions: Sessions, http: httpx.AsyncClient, network: Network
) -> None:
    fetcher = SafeFetcher(http, FetchPolicy(allow_private=True), resolver=network.resolve)
    outlines = await register_opml(sessions, fetcher, _opml(PRIVATE + PUBLIC), now=NOW)

    assert [o.reason for o in outlines] == [None] * (len(PRIVATE) + len(PUBLIC))
    assert len(await _stored(sessions)) == len(PRIVATE) + len(PUBLIC)
    assert network.requests == []


async def test_links_feed_add_refuses_are_refused(
    sessions: Sessions, http: httpx.AsyncClient, network: Network
) -> None:
    fetcher = SafeFetcher(http, FetchPolicy(), resolver=network.resolve)
    urls = ["https://user:secret@rss.berita.example/feed", "http://[fe80::1]/rss", PUBLIC[1]]
    outlines = await register_opml(sessions, fetcher, _opml(urls), now=NOW)

    assert [o.feed is None for o in outlines] == [True, True, False]
    assert outlines[0].reason and "password" in outlines[0].reason
    assert await _stored(sessions) == [PUBLIC[1]]


def _kabar_ingest(opml: Path, tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KABAR_")}
    env["KABAR_DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path / 'kabar.db'}"
    env.update(extra)
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "ingest", str(opml)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )


def test_kabar_ingest_reports_each_refused_feed(tmp_path: Path) -> None:
    # Only IP literals and localhost: nothing here may be looked up on a real network.
    private = [url for url in PRIVATE if "kantor" not in url]
    opml = tmp_path / "langganan.opml"
    opml.write_bytes(_opml([*private, "https://rss.berita.invalid/nasional"]))

    result = _kabar_ingest(opml, tmp_path)

    assert result.returncode == 0, result.stderr
    lines = [line.split("\t") for line in result.stdout.splitlines()]
    rejected = {fields[2]: fields[3] for fields in lines if fields[1] == "rejected"}
    assert sorted(rejected) == sorted(private)
    assert all("private network" in reason for reason in rejected.values())
    assert [fields[1:3] for fields in lines if fields[1] == "feed added"] == [
        ["feed added", "https://rss.berita.invalid/nasional"]
    ]
    assert f"{len(private)} rejected" in result.stderr and "1 feed registered" in result.stderr

    allowed = _kabar_ingest(opml, tmp_path, KABAR_FETCH_ALLOW_PRIVATE="true")

    assert allowed.returncode == 0, allowed.stderr
    assert "rejected" not in allowed.stdout
    assert allowed.stdout.count("feed added") == len(private)


def test_an_opml_of_only_private_feeds_fails(tmp_path: Path) -> None:
    opml = tmp_path / "internal.opml"
    opml.write_bytes(_opml(["http://10.0.0.5/rss.xml", "http://192.168.1.10/feed"]))

    result = _kabar_ingest(opml, tmp_path)

    assert result.returncode == 1
    assert result.stdout.count("\trejected\t") == 2
