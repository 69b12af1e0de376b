"""/mute and /unmute through the sandbox: what a reader stops seeing, and what stays."""

from __future__ import annotations

from tests.bot.conftest import Kabar

CORRUPTION = "\n\n".join(
    [
        "Dana Desa Dikorupsi, Kepala Desa Sukamaju Ditahan",
        "JAKARTA - Kepala Desa Sukamaju, Budi Santoso, ditahan jaksa karena dana desa tahun"
        " 2025 diduga dikorupsi untuk membeli mobil pribadi.",
        "Jaksa menyebut kerugian negara mencapai Rp 1,2 miliar. Budi diperiksa selama delapan"
        " jam sebelum ditahan.",
        '"Kami sudah mengantongi dua alat bukti," kata Kepala Kejaksaan Negeri Bogor, Andi Wijaya.',
    ]
)

CHILLI = "\n\n".join(
    [
        "Harga Cabai di Pasar Bogor Turun Jelang Akhir Tahun",
        "BOGOR - Harga cabai rawit di sejumlah pasar tradisional Bogor turun tajam dalam sepekan"
        " terakhir karena pasokan dari petani melimpah.",
        "Pedagang di Pasar Anyar menjual cabai rawit Rp 40.000 per kilogram, turun dari"
        " Rp 60.000 pekan lalu.",
        '"Pembeli mulai ramai lagi," ujar Siti Aminah, pedagang cabai.',
    ]
)


async def _answer(user, command: str) -> str:  # type: ignore[no-untyped-def]
    await user.send(command)
    return (await user.wait_reply()).text


async def test_a_muted_word_hides_its_stories_from_digest_and_latest_not_search(
    kabar: Kabar,
) -> None:
    await kabar.ingest(CORRUPTION)
    await kabar.ingest(CHILLI)
    user = kabar.user(1301, language_code="id")
    await _answer(user, "/start")
    before = await _answer(user, "/digest")
    assert "Dana Desa Dikorupsi" in before and "Harga Cabai" in before

    muted = await _answer(user, "/mute korupsi")
    assert "<b>korupsi</b>" in muted or "korupsi" in muted
    digest = await _answer(user, "/digest")
    assert "Harga Cabai" in digest and "Dana Desa" not in digest
    latest = await _answer(user, "/latest")
    assert "Harga Cabai" in latest and "Dana Desa" not in latest
    # A reader who searches asks for it.
    assert "Dana Desa" in await _answer(user, "/search dikorupsi")

    listed = await _answer(user, "/mytopics")
    assert "korupsi" in listed
    assert "sudah dibisukan" in await _answer(user, "/mute dikorupsi")
    assert "tidak dibisukan lagi" in await _answer(user, "/unmute dikorupsi")
    assert "Dana Desa Dikorupsi" in await _answer(user, "/digest")


async def test_a_phrase_mute_and_its_refusals_in_english(kabar: Kabar) -> None:
    await kabar.ingest(CORRUPTION)
    await kabar.ingest(CHILLI)
    user = kabar.user(1302, language_code="en")
    await _answer(user, "/start")
    assert "/mute football" in await _answer(user, "/mute")
    assert "no word to mute" in await _answer(user, "/mute !!! ???")
    assert "at most 100 characters" in await _answer(user, "/mute " + "x" * 101)
    assert "isn't muted" in await _answer(user, "/unmute banjir")
    await _answer(user, "/mute Pasar Anyar")
    digest = await _answer(user, "/digest")
    assert "Dana Desa Dikorupsi" in digest and "Harga Cabai" not in digest
    # The button under /unmute shows it again.
    await user.send("/unmute")
    pick = await user.wait_reply()
    assert pick.callback_data == ["unm:pasar anyar"]
    await user.press(pick.message_id, "unm:pasar anyar")
    assert "no longer muted" in (await user.wait_reply()).text
    assert "Harga Cabai" in await _answer(user, "/digest")


async def test_mutes_need_a_registered_chat(kabar: Kabar) -> None:
    user = kabar.user(1303, language_code="en")
    assert "/start" in await _answer(user, "/mute korupsi")
