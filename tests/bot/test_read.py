"""/read: a stored story whole — card, then paragraphs page by page — from a digest too."""

from __future__ import annotations

from bot.sandbox.client import SandboxUser
from digest.model import Card
from digest.render import TELEGRAM_LIMIT, render_paragraphs, utf16_len
from tests.bot.conftest import Kabar

PARAGRAPH = (
    "Pemerintah daerah menyiapkan {n} posko pengungsian di sepanjang bantaran sungai, "
    "lengkap dengan dapur umum, tenaga kesehatan dan perahu karet untuk evakuasi warga."
)


def _long_article(paragraphs: int = 60) -> str:
    body = "\n\n".join(PARAGRAPH.format(n=n) for n in range(paragraphs))
    return f"Banjir Besar Rendam Ribuan Rumah di Bekasi\n\nBEKASI - Banjir besar.\n\n{body}\n"


async def _answer(user: SandboxUser, command: str) -> str:
    await user.send(command)
    return (await user.wait_reply()).text


def test_pages_hold_whole_paragraphs_and_every_word() -> None:
    body = (*(PARAGRAPH.format(n=n) for n in range(80)), "kata " * 2000)
    pages = render_paragraphs(Card(headline="H", body=body, summary=(), lede="Lede <b>"))
    assert len(pages) > 2 and all(utf16_len(page) <= TELEGRAM_LIMIT for page in pages)
    assert pages[0].startswith("Lede &lt;b&gt;")
    assert pages[-1].endswith(f"<i>{len(pages)}/{len(pages)}</i>")
    text = " ".join(pages)
    assert all(PARAGRAPH.format(n=n) in text for n in range(80))
    assert text.count("kata") == 2000


async def test_read_shows_the_card_then_the_paragraphs(kabar: Kabar, seed_text: str) -> None:
    stored = await kabar.ingest(seed_text)
    user = kabar.user(1501, language_code="en")
    card = await _answer(user, f"/read #{stored.id}")
    assert "Vladimir Putin Sebut" in card and f"#{stored.id}" in card
    body = (await user.wait_reply()).text
    assert stored.card is not None and stored.card.body[0][:40] in body


async def test_more_pages_through_a_long_story(kabar: Kabar) -> None:
    stored = await kabar.ingest(_long_article())
    user = kabar.user(1502, language_code="id")
    await _answer(user, f"/read {stored.id}")
    page = await user.wait_reply()
    seen = [page.text]
    while page.callback_data:
        assert page.callback_data[0].startswith(f"read:{stored.id}:")
        query = await user.press(page.message_id, page.callback_data[0])
        await user.wait_callback_answer(query)
        # The pressed button goes; the next page comes with its own.
        assert (await user.wait_edit(page.message_id)).callback_data == []
        pressed = page.message_id
        while (page := await user.wait_reply()).message_id == pressed:
            pass  # the edit just seen
        seen.append(page.text)
    assert len(seen) > 1 and seen[-1].endswith(f"{len(seen)}/{len(seen)}")
    assert "\n".join(seen).count("Banjir besar.") == 1
    assert all(PARAGRAPH.format(n=n) in "\n".join(seen) for n in range(60))


async def test_bad_and_missing_ids(kabar: Kabar, seed_text: str) -> None:
    stored = await kabar.ingest(seed_text)
    user = kabar.user(1503, language_code="en")
    assert "/read 123" in await _answer(user, "/read")
    assert "/read 123" in await _answer(user, "/read abc")
    assert "/read 123" in await _answer(user, "/read " + "9" * 30)
    assert "no story #999999" in await _answer(user, "/read 999999")
    admin = kabar.admin(language_code="en")
    await _answer(admin, f"/delete {stored.id}")
    assert f"no story #{stored.id}" in await _answer(user, f"/read {stored.id}")


async def test_a_digest_has_a_read_button_for_each_story(kabar: Kabar, seed_text: str) -> None:
    stored = await kabar.ingest(seed_text)
    user = kabar.user(1504, language_code="en")
    await _answer(user, "/start")
    await user.send("/digest")
    digest = await user.wait_reply()
    assert digest.callback_data == [f"read:{stored.id}"]
    assert digest.buttons[0][0][0] == f"📖 Read #{stored.id}"
    query = await user.press(digest.message_id, f"read:{stored.id}")
    await user.wait_callback_answer(query)
    assert "Vladimir Putin Sebut" in (await user.wait_reply()).text
