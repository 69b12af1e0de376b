"""Admin commands end to end, and refusals for everyone else."""

from __future__ import annotations

from tests.bot.conftest import Kabar

ENGLISH_ARTICLE = """Reuters
July 1, 2022 2:05 PM GMT

EU agrees new sanctions package against Russia over Ukraine war

BRUSSELS (Reuters) - European Union governments agreed on Friday a seventh package of \
sanctions against Russia, including a ban on gold imports, diplomats said.

"We are tightening the screws on the Kremlin," said Ursula von der Leyen, the president \
of the European Commission, in a statement after the meeting.

The package also extends the bloc's list of individuals under asset freezes and travel bans, \
and closes loopholes in earlier measures, according to two officials.

Hungary had held up the deal for weeks before agreeing to an exemption for oil delivered \
by pipeline, the diplomats added.
"""


async def test_push_text_stores_and_answers_with_the_card(kabar: Kabar) -> None:
    admin = kabar.admin(language_code="en")
    await admin.send("/push " + ENGLISH_ARTICLE)
    reply = await admin.wait_reply()
    assert "Stored as #1" in reply.text
    assert "EU agrees new sanctions package" in reply.text
    assert "Ursula von der Leyen" in reply.text
    await admin.send("/push " + ENGLISH_ARTICLE)
    assert "Duplicate of #1" in (await admin.wait_reply()).text


async def test_push_refused_for_non_admins_and_nothing_is_stored(kabar: Kabar) -> None:
    user = kabar.user(2001, language_code="en")
    await user.send("/push " + ENGLISH_ARTICLE)
    assert "admins only" in (await user.wait_reply()).text
    await user.send("/search sanctions")
    assert "No stories match" in (await user.wait_reply()).text
    for command in (
        "/delete 1",
        "/stats",
        "/feeds",
        "/feed_add https://example.com/rss",
        "/feed_remove 1",
    ):
        await user.send(command)
        assert "admins only" in (await user.wait_reply()).text, command


async def test_push_as_reply_to_a_text_message_and_to_a_document(
    kabar: Kabar, seed_text: str
) -> None:
    admin = kabar.admin(language_code="id")
    await admin.send(ENGLISH_ARTICLE)
    await admin.wait_reply()  # a plain message is answered as a search
    pasted = max(admin.chat.messages)
    await admin.reply(pasted, "/push")
    assert "Tersimpan sebagai #" in (await admin.wait_reply()).text

    await admin.send_document("berita.txt", seed_text.encode("utf-8"), "text/plain")
    document = max(admin.chat.messages)
    await admin.reply(document, "/push")
    stored = await admin.wait_reply()
    assert "Vladimir Putin Sebut Tekanan Politik" in stored.text

    await admin.send_document("gambar.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png")
    await admin.reply(max(admin.chat.messages), "/push")
    assert ".txt" in (await admin.wait_reply()).text


async def test_push_document_with_caption(kabar: Kabar, seed_text: str) -> None:
    admin = kabar.admin(language_code="en")
    await admin.send_document("seed.txt", seed_text.encode("utf-8"), "text/plain", caption="/push")
    assert "Vladimir Putin Sebut" in (await admin.wait_reply()).text


async def test_push_rejects_garbage_with_a_reason(kabar: Kabar) -> None:
    admin = kabar.admin(language_code="en")
    await admin.send("/push hello")
    assert "Rejected:" in (await admin.wait_reply()).text
    await admin.send("/push")
    assert "/push" in (await admin.wait_reply()).text


async def test_push_url_to_a_private_address_is_refused(kabar: Kabar) -> None:
    admin = kabar.admin(language_code="en")
    await admin.send("/push http://127.0.0.1:9/secret")
    reply = await admin.wait_reply()
    assert reply.text.startswith("Rejected:") and "private" in reply.text.lower()


async def test_refusals_read_wholly_in_the_readers_language(kabar: Kabar, seed_text: str) -> None:
    admin = kabar.admin(language_code="id")
    await admin.send("/push http://127.0.0.1:9/secret")
    private = (await admin.wait_reply()).text
    assert (
        private == "Ditolak: Alamat itu menuju jaringan privat, jadi kabar tidak akan mengambilnya."
    )
    await admin.send("/feed_add ftp://example.com/rss")
    assert (await admin.wait_reply()).text == (
        "Ditolak: Hanya tautan http dan https yang bisa menjadi feed."
    )
    await admin.send('/push {"items": [1, 2, 3], "title": "bukan berita"}')
    assert (await admin.wait_reply()).text == "Ditolak: bukan artikel: isinya data JSON"
    await admin.send(f"/push {seed_text}")
    stored = (await admin.wait_reply()).text
    await admin.send(f"/push {seed_text}")
    duplicate = (await admin.wait_reply()).text
    assert "teksnya sama dengan #" in duplicate and "same" not in duplicate, (stored, duplicate)


async def test_delete_and_stats(kabar: Kabar, seed_text: str) -> None:
    stored = await kabar.ingest(seed_text)
    admin = kabar.admin(language_code="en")
    await admin.send("/stats")
    stats = (await admin.wait_reply()).text
    assert "Articles: 1" in stats
    await admin.send("/delete abc")
    assert "/delete 12" in (await admin.wait_reply()).text
    await admin.send(f"/delete {stored.id}")
    assert f"Article #{stored.id} deleted" in (await admin.wait_reply()).text
    await admin.send(f"/delete {stored.id}")
    assert "no article" in (await admin.wait_reply()).text
    await admin.send("/search putin")
    assert "No stories match" in (await admin.wait_reply()).text


async def test_feed_commands_validate_input(kabar: Kabar) -> None:
    admin = kabar.admin(language_code="en")
    await admin.send("/feeds")
    assert "No feeds yet" in (await admin.wait_reply()).text
    await admin.send("/feed_add")
    assert "/feed_add https://" in (await admin.wait_reply()).text
    await admin.send("/feed_add not a url")
    assert "Rejected:" in (await admin.wait_reply()).text
    await admin.send("/feed_add http://10.0.0.1/rss.xml")
    assert "Rejected:" in (await admin.wait_reply()).text
    await admin.send("/feed_remove 99")
    assert "no feed #99" in (await admin.wait_reply()).text
