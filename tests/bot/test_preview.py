"""/preview on|off: a digest leads with its top story's picture, and never a broken one."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import build_application, running
from bot.sandbox.client import SandboxUser, SentMessage
from bot.sandbox.server import SandboxServer
from bot.services.delivery import deliver_due
from bot.services.delivery_bot import build_delivery_bot
from bot.settings import Settings
from digest.caption import visible_length
from digest.model import Card
from storage.articles import ArticleRepository
from storage.db import create_engine, create_sessionmaker, upgrade
from tests.bot.conftest import TOKEN, joined_yesterday

PHOTO = "https://img.example.id/foto/banjir-demak.jpg"


@dataclass
class Setup:
    """The running bot, its sandbox and its settings."""

    server: SandboxServer
    settings: Settings

    async def store(
        self, headline: str, *, image: str | None = None, words: int = 30, hours_old: int = 1
    ) -> None:
        """Store one story with an optional lead picture."""
        summary = (f"{headline}, kata petugas kepada wartawan di lokasi. " * 2).strip()
        card = Card(
            headline=headline,
            body=(summary, "Lanjutan berita. " * words),
            summary=(summary[: 40 + words * 4],),
            source="Kompas",
            image=image,
        )
        now = datetime.now(UTC)
        engine = create_engine(self.settings.database_url)
        try:
            async with create_sessionmaker(engine).begin() as session:
                await ArticleRepository(session).add(
                    card,
                    content_hash=hashlib.sha256(headline.encode()).hexdigest(),
                    stored_at=now - timedelta(hours=hours_old),
                )
        finally:
            await engine.dispose()

    async def deliver(self) -> None:
        """One delivery pass, as `kabar deliver` runs it."""
        bot = build_delivery_bot(TOKEN, api_url=self.server.url, send_rate=500, read_timeout=2)
        engine = create_engine(self.settings.database_url)
        await bot.initialize()
        try:
            await deliver_due(
                create_sessionmaker(engine),
                bot,
                at=datetime.now(UTC),
                settings=self.settings,
                owner="test",
            )
        finally:
            await bot.shutdown()
            await engine.dispose()

    async def reader(self, preview: str | None) -> SandboxUser:
        """A registered English reader who has sent `/preview {preview}` (if given)."""
        user = self.server.user(7001, language_code="en")
        await user.send("/start")
        await user.wait_reply()
        await joined_yesterday(self.settings.database_url, 7001)
        if preview is not None:
            await user.send(f"/preview {preview}")
            await user.wait_reply()
        return user


@pytest.fixture
async def setup(tmp_path: Path) -> AsyncIterator[Setup]:
    """kabar polling a fresh sandbox; every reader's digest is due at once (00:00 UTC)."""
    server = SandboxServer()
    url = await server.start()
    settings = Settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'kabar.db'}",
        telegram_api_url=url,
        timezone="UTC",
        digest_time="00:00",
        send_rate=1000,
    )
    await upgrade(settings.database_url)
    application = build_application(settings, token=TOKEN, api_url=url, schedule_deliveries=False)
    try:
        async with running(application, poll_timeout=1):
            yield Setup(server, settings)
    finally:
        await server.stop()


def digests(user: SandboxUser) -> list[SentMessage]:
    """The bot's digest messages in the user's chat (they name the stories stored)."""
    return [m for m in user.replies if "Banjir rendam" in m.text or "Berita lain" in m.text]


async def test_preview_needs_registration_and_on_or_off(setup: Setup) -> None:
    stranger = setup.server.user(7002, language_code="id")
    await stranger.send("/preview on")
    assert "/start" in (await stranger.wait_reply()).text
    reader = await setup.reader(None)
    await reader.send("/preview maybe")
    assert "/preview on" in (await reader.wait_reply()).text


async def test_preview_on_and_off_answer_in_the_readers_language(setup: Setup) -> None:
    reader = await setup.reader("ON")
    assert "picture" in reader.replies[-1].text
    await reader.send("/language id")
    await reader.wait_reply()
    await reader.send("/preview off")
    assert "tanpa gambar" in (await reader.wait_reply()).text


async def test_short_digest_is_sent_as_the_top_storys_photo_with_caption(setup: Setup) -> None:
    await setup.store("Banjir rendam ribuan rumah di Demak", image=PHOTO)
    reader = await setup.reader("on")
    await setup.deliver()
    [digest] = digests(reader)
    assert digest.raw["photo"] and "text" not in digest.raw
    assert "Banjir rendam ribuan rumah di Demak" in digest.raw["caption"]
    assert any(e["type"] == "bold" for e in digest.raw["caption_entities"])
    [call] = setup.server.calls("sendPhoto")
    assert call.params["photo"] == PHOTO and call.params["parse_mode"] == "HTML"


async def test_long_first_message_gets_a_large_preview_of_the_picture_above(
    setup: Setup,
) -> None:
    await setup.store("Banjir rendam ribuan rumah di Demak", image=PHOTO, words=120)
    for n in range(6):
        # Older, so the story with the picture is the digest's top story.
        await setup.store(f"Berita lain nomor {n} tentang harga beras", words=120, hours_old=3)
    reader = await setup.reader("on")
    await setup.deliver()
    first = digests(reader)[0]
    assert first.html is not None and visible_length(first.html) > 1024
    assert "photo" not in first.raw
    assert first.raw["link_preview_options"] == {
        "url": PHOTO,
        "prefer_large_media": True,
        "show_above_text": True,
    }
    assert setup.server.calls("sendPhoto") == []


async def test_top_story_without_picture_gives_the_plain_digest(setup: Setup) -> None:
    await setup.store("Banjir rendam ribuan rumah di Demak")
    reader = await setup.reader("on")
    await setup.deliver()
    [digest] = digests(reader)
    assert "photo" not in digest.raw
    assert digest.raw["link_preview_options"] == {"is_disabled": True}
    assert setup.server.calls("sendPhoto") == []


async def test_preview_off_gives_the_plain_digest(setup: Setup) -> None:
    await setup.store("Banjir rendam ribuan rumah di Demak", image=PHOTO)
    reader = await setup.reader("off")
    await setup.deliver()
    [digest] = digests(reader)
    assert "photo" not in digest.raw and "Demak" in digest.text
    assert setup.server.calls("sendPhoto") == []


async def test_refused_photo_falls_back_to_the_plain_digest_once(setup: Setup) -> None:
    await setup.store("Banjir rendam ribuan rumah di Demak", image=PHOTO)
    setup.server.refuse_photo(PHOTO, "wrong type of the web page content")
    reader = await setup.reader("on")
    await setup.deliver()
    await setup.deliver()  # a second pass finds the digest sent
    [digest] = digests(reader)
    assert "photo" not in digest.raw and "Banjir rendam ribuan rumah di Demak" in digest.text
    assert len(setup.server.calls("sendPhoto")) == 1


async def test_digest_now_follows_the_preview_option(setup: Setup) -> None:
    await setup.store("Banjir rendam ribuan rumah di Demak", image=PHOTO)
    reader = await setup.reader("on")
    await reader.send("/digest")
    shown = await reader.wait_reply()
    assert shown.raw["photo"] and "Demak" in shown.raw["caption"]
    assert setup.server.calls("sendPhoto")[-1].params["photo"] == PHOTO
