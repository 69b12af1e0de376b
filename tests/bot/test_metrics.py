"""/metrics and /healthz of the running bot, read over HTTP as Prometheus and a load balancer do."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import aiohttp
import pytest
from prometheus_client import REGISTRY
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import make_url
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.app import build_application, running
from bot.context import KabarApplication
from bot.sandbox.server import SandboxServer
from bot.services.delivery import deliver_due
from bot.services.delivery_bot import build_delivery_bot
from bot.settings import Settings, SettingsError, load_settings
from storage.db import upgrade
from tests.bot.conftest import ADMIN_ID, TOKEN, Kabar, joined_yesterday
from tests.bot.test_run_modes import _env
from tests.conftest import PostgresServer, _free_port
from tests.delivery.conftest import MORNING, News, card, subscribe

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


@dataclass
class Watched:
    """A running bot with metrics served, its sandbox, and its HTTP endpoints."""

    kabar: Kabar
    application: KabarApplication | None
    base: str

    async def get(self, path: str) -> tuple[int, str]:
        """GET a path of the metrics server."""
        async with aiohttp.ClientSession() as http, http.get(self.base + path) as response:
            return response.status, await response.text()

    async def samples(self) -> Samples:
        """Every sample of /metrics, parsed by Prometheus's own parser."""
        status, body = await self.get("/metrics")
        assert status == 200
        return {
            (sample.name, tuple(sorted(sample.labels.items()))): sample.value
            for family in text_string_to_metric_families(body)
            for sample in family.samples
        }


def _value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def _settings(tmp_path: Path, url: str, port: int, **extra: object) -> Settings:
    return Settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'kabar.db'}",
        admin_ids=frozenset({ADMIN_ID}),
        telegram_api_url=url,
        send_rate=1000,
        metrics_port=port,
        metrics_host="127.0.0.1",
        heartbeat_file=str(tmp_path / "heartbeat"),
        **extra,  # type: ignore[arg-type]
    )


@pytest.fixture
async def watched(tmp_path: Path) -> AsyncIterator[Watched]:
    """kabar running with KABAR_METRICS_PORT set, no scheduled passes."""
    server = SandboxServer()
    url = await server.start()
    port = _free_port()
    settings = _settings(tmp_path, url, port)
    await upgrade(settings.database_url)
    application = build_application(settings, token=TOKEN, api_url=url, schedule_deliveries=False)
    try:
        async with running(application, poll_timeout=1):
            yield Watched(Kabar(server, settings), application, f"http://127.0.0.1:{port}")
    finally:
        await server.stop()


async def test_send_counters_match_what_telegram_saw(watched: Watched) -> None:
    server = watched.kabar.server
    before = await watched.samples()
    calls_before = len(server.calls("sendMessage"))

    reader = watched.kabar.user(2001, language_code="en")
    await reader.send("/start")
    await reader.wait_reply()
    await reader.send("/help")
    await reader.wait_reply()
    # One flood-control answer: the reply still arrives after retry_after.
    server.inject("sendMessage", error_code=429, description="Too Many Requests", retry_after=1)
    await reader.send("/mytopics")
    await reader.wait_reply(timeout=10)
    # A user who blocked the bot: Telegram answers 403.
    blocked = watched.kabar.user(2002, language_code="en")
    server.block(blocked.chat_id)
    await blocked.send("/help")
    for _ in range(50):
        if len(server.calls("sendMessage")) - calls_before >= 5:
            break
        await asyncio.sleep(0.1)
    await asyncio.sleep(0.2)

    after = await watched.samples()
    requests = len(server.calls("sendMessage")) - calls_before
    delivered = len(reader.replies)
    sent = _value(after, "kabar_messages_sent_total") - _value(before, "kabar_messages_sent_total")
    assert delivered == 3
    assert sent == delivered

    def failures(reason: str) -> float:
        name = "kabar_send_failures_total"
        return _value(after, name, reason=reason) - _value(before, name, reason=reason)

    assert failures("rate_limited") == 1
    assert failures("blocked") == 1
    assert failures("bad_request") == 0
    # Every request the fake Telegram received was either accepted or refused for a reason.
    total_failures = sum(failures(r) for r in ("rate_limited", "blocked", "bad_request", "other"))
    assert sent + total_failures + failures("network") == requests
    retry = "kabar_retry_after_seconds_total"
    assert _value(after, retry) - _value(before, retry) == pytest.approx(1.0)


async def test_articles_stored_and_search_latency(watched: Watched, seed_text: str) -> None:
    assert _value(await watched.samples(), "kabar_articles_stored") == 0
    await watched.kabar.ingest(seed_text)
    before = await watched.samples()
    assert _value(before, "kabar_articles_stored") == 1

    reader = watched.kabar.user(2003, language_code="en")
    await reader.send("/search Putin")
    await reader.wait_reply()
    after = await watched.samples()
    count = "kabar_search_seconds_count"
    assert _value(after, count) - _value(before, count) == 1
    assert _value(after, "kabar_card_seconds_count") >= 1


class _Outage:
    """A TCP forwarder to PostgreSQL that can be stopped and started like the server itself."""

    def __init__(self, host: str, port: int) -> None:
        self._target = (host, port)
        self._server: asyncio.Server | None = None
        self._open: set[asyncio.StreamWriter] = set()
        self.port = 0

    async def start(self) -> None:
        """Accept connections (on the same port as before, after a stop)."""
        self._server = await asyncio.start_server(self._forward, "127.0.0.1", self.port)
        self.port = int(self._server.sockets[0].getsockname()[1])

    async def stop(self) -> None:
        """Refuse new connections and cut the open ones, as a stopped server would."""
        if self._server is not None:
            self._server.close()
            self._server = None
        for writer in list(self._open):
            writer.close()
        self._open.clear()

    async def _forward(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection(*self._target)
        self._open |= {writer, up_writer}

        async def pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
            try:
                while data := await source.read(65536):
                    sink.write(data)
                    await sink.drain()
            except (ConnectionError, OSError):
                pass
            finally:
                sink.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))


async def test_healthz_turns_503_while_postgresql_is_down(
    tmp_path: Path, postgres_server: PostgresServer
) -> None:
    target = make_url(postgres_server.url())
    outage = _Outage(target.host or "127.0.0.1", target.port or 5432)
    await outage.start()
    server = SandboxServer()
    url = await server.start()
    port = _free_port()
    settings = _settings(tmp_path, url, port).model_copy(
        update={"database_url": target.set(port=outage.port).render_as_string(False)}
    )
    await upgrade(settings.database_url)
    application = build_application(settings, token=TOKEN, api_url=url, schedule_deliveries=False)
    watched = Watched(Kabar(server, settings), application, f"http://127.0.0.1:{port}")
    try:
        async with running(application, poll_timeout=1):
            assert await watched.get("/healthz") == (200, "ok\n")
            await outage.stop()
            status, _ = await watched.get("/healthz")
            assert status == 503
            # A scrape still answers while the database is down.
            assert (await watched.get("/metrics"))[0] == 200
            await outage.start()
            assert (await watched.get("/healthz"))[0] == 200
            # And the bot itself works again.
            reader = watched.kabar.user(2004, language_code="en")
            await reader.send("/start")
            assert (await reader.wait_reply()).text
    finally:
        await server.stop()
        await outage.stop()


async def test_a_scheduled_digest_is_counted_with_its_lag(tmp_path: Path, seed_text: str) -> None:
    server = SandboxServer()
    url = await server.start()
    port = _free_port()
    settings = _settings(tmp_path, url, port, timezone="UTC", digest_time="00:00")
    await upgrade(settings.database_url)
    kabar = Kabar(server, settings)
    await kabar.ingest(seed_text)
    application = build_application(settings, token=TOKEN, api_url=url, job_interval=0.5)
    watched = Watched(kabar, application, f"http://127.0.0.1:{port}")
    try:
        async with running(application, poll_timeout=1):
            before = await watched.samples()
            reader = kabar.user(5001, language_code="en")
            await reader.send("/start")
            await reader.wait_reply()
            await joined_yesterday(settings.database_url, 5001)
            await reader.wait_reply(timeout=15)
            await asyncio.sleep(1)
            after = await watched.samples()
    finally:
        await server.stop()

    def delta(name: str) -> float:
        return _value(after, name) - _value(before, name)

    assert delta("kabar_digests_delivered_total") == 1
    assert delta("kabar_digests_due_total") == 1
    assert delta("kabar_delivery_lag_seconds_count") == 1
    # Due at 00:00 UTC today, sent now: the lag is the time since midnight.
    assert delta("kabar_delivery_lag_seconds_sum") > 0
    assert _value(after, "kabar_deliveries_claimed") == _value(before, "kabar_deliveries_claimed")


def test_a_bad_metrics_port_stops_start_up_with_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KABAR_METRICS_PORT", "ninety")
    with pytest.raises(SettingsError, match=r"^KABAR_METRICS_PORT: 'ninety' is not a TCP port"):
        load_settings()
    monkeypatch.setenv("KABAR_METRICS_PORT", "9464")
    settings = load_settings()
    assert (settings.metrics_port, settings.metrics_host) == (9464, "0.0.0.0")


HOUR = timedelta(hours=1)


def _registry(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


async def test_kabar_delivers_counts_on_its_aiohttp_path(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    """`kabar deliver` sends through AiohttpRequest: its sends count as the bot's do."""
    sandbox = SandboxServer()
    await sandbox.start()
    bot = build_delivery_bot("123456:metrics-test", api_url=sandbox.url, send_rate=500)
    await bot.initialize()
    news = News(sessions)
    await news.add(card("Kabar Rusia nomor 0", topics=["Rusia"]), stored_at=MORNING - HOUR)
    chats = (31, 32, 33, 34)
    for chat in chats:
        await subscribe(sessions, chat, topics=["Rusia"], sandbox=sandbox)
    sandbox.block(34)
    sandbox.inject("sendMessage", error_code=429, description="Too Many Requests",
                   retry_after=1, chat_id=31)  # fmt: skip
    names = ("kabar_messages_sent_total", "kabar_digests_delivered_total",
             "kabar_digests_due_total", "kabar_delivery_lag_seconds_count",
             "kabar_delivery_lag_seconds_sum", "kabar_retry_after_seconds_total")  # fmt: skip
    before = {name: _registry(name) for name in names}
    blocked_before = _registry("kabar_send_failures_total", reason="blocked")
    limited_before = _registry("kabar_send_failures_total", reason="rate_limited")
    try:
        settings = Settings(_env_file=None, send_rate=500)  # type: ignore[call-arg]
        at = MORNING + timedelta(minutes=10)
        report = await deliver_due(sessions, bot, at=at, settings=settings, owner="metrics")
    finally:
        await bot.shutdown()
        await sandbox.stop()
    delta = {name: _registry(name) - before[name] for name in names}

    accepted = sum(len(sandbox.sent_messages(chat)) for chat in chats)
    assert (report.sent, report.failed, accepted) == (3, 1, 3)
    assert delta["kabar_messages_sent_total"] == accepted
    assert delta["kabar_digests_delivered_total"] == 3
    assert delta["kabar_digests_due_total"] == 4
    assert delta["kabar_delivery_lag_seconds_count"] == 3
    # Due at 07:00 Jakarta (MORNING), sent ten minutes later by the pass's clock.
    assert 3 * 600 <= delta["kabar_delivery_lag_seconds_sum"] < 3 * 600 + 30
    assert _registry("kabar_send_failures_total", reason="blocked") - blocked_before == 1
    assert _registry("kabar_send_failures_total", reason="rate_limited") - limited_before == 1
    assert delta["kabar_retry_after_seconds_total"] == 1
    assert _registry("kabar_deliveries_claimed") == 0


async def test_kabar_run_in_webhook_mode_serves_metrics_that_match_telegram(
    tmp_path: Path,
) -> None:
    server = SandboxServer()
    api = await server.start()
    port, metrics_port = _free_port(), _free_port()
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "run", cwd=tmp_path,
        env=_env(
            tmp_path,
            KABAR_BOT_TOKEN="424243:metrics-webhook-token",
            KABAR_TELEGRAM_API_URL=api,
            KABAR_WEBHOOK_URL=f"http://127.0.0.1:{port}/hook",
            KABAR_PORT=str(port),
            KABAR_METRICS_PORT=str(metrics_port),
            KABAR_METRICS_HOST="127.0.0.1",
        ),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    watched = Watched(Kabar(server, Settings()), None, f"http://127.0.0.1:{metrics_port}")
    try:
        for _ in range(200):
            if server.calls("setWebhook"):
                break
            await asyncio.sleep(0.05)
        assert await watched.get("/healthz") == (200, "ok\n")
        user = server.user(7101, language_code="en")
        await user.send("/help")
        await user.wait_reply(timeout=15)
        await user.send("/mytopics")
        await user.wait_reply(timeout=15)
        samples = await watched.samples()
    finally:
        process.terminate()
        await asyncio.wait_for(process.communicate(), 30)
        await server.stop()
    assert _value(samples, "kabar_messages_sent_total") == len(server.calls("sendMessage")) == 2
    assert _value(samples, "kabar_send_failures_total", reason="other") == 0
