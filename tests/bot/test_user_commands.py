"""User commands end to end: the real Application over HTTP against the sandbox."""

from __future__ import annotations

from tests.bot.conftest import Kabar


async def test_start_registers_and_greets_in_the_users_language(kabar: Kabar) -> None:
    ana = kabar.user(1001, first_name="Ana", language_code="id")
    await ana.send("/start")
    reply = await ana.wait_reply()
    assert "Halo, Ana" in reply.text and "07:00" in reply.text and "WIB" in reply.text
    assert reply.parse_mode == "HTML"

    bob = kabar.user(1002, first_name="Bob", language_code="en-GB")
    await bob.send("/start")
    assert "Hi, Bob" in (await bob.wait_reply()).text


async def test_unsupported_telegram_language_falls_back_to_the_default(kabar: Kabar) -> None:
    user = kabar.user(1003, language_code="fr")
    await user.send("/help")
    assert "Perintah kabar" in (await user.wait_reply()).text


async def test_help_shows_admin_commands_only_to_admins(kabar: Kabar) -> None:
    user = kabar.user(1004, language_code="en")
    await user.send("/help")
    text = (await user.wait_reply()).text
    assert "/search" in text and "/push" not in text

    admin = kabar.admin(language_code="en")
    await admin.send("/help")
    assert "/push" in (await admin.wait_reply()).text


async def test_search_finds_the_seed_and_bolds_the_match(kabar: Kabar, seed_text: str) -> None:
    stored = await kabar.ingest(seed_text)
    user = kabar.user(1005, language_code="en")
    await user.send("/search putin")
    reply = await user.wait_reply()
    assert "Vladimir Putin Sebut Tekanan Politik" in reply.text
    assert f"#{stored.id}" in reply.text
    assert "<b>Putin</b>" in (reply.html or "")


async def test_command_with_bot_username_suffix(kabar: Kabar, seed_text: str) -> None:
    await kabar.ingest(seed_text)
    user = kabar.user(1006, language_code="en")
    await user.send("/search@kabar_sandbox_bot belarus")
    assert "Vladimir Putin Sebut" in (await user.wait_reply()).text


async def test_plain_text_in_private_chat_is_a_search(kabar: Kabar, seed_text: str) -> None:
    await kabar.ingest(seed_text)
    user = kabar.user(1007, language_code="id")
    await user.send("Lukashenko")
    assert "Vladimir Putin Sebut" in (await user.wait_reply()).text


async def test_hostile_search_input_gets_an_answer_not_an_error(
    kabar: Kabar, seed_text: str
) -> None:
    await kabar.ingest(seed_text)
    user = kabar.user(1008, language_code="en")
    hostile = [
        '/search "putin',
        "/search <script>alert(1)</script> & <b>",
        "/search putin AND OR NOT NEAR * - : ^ ( )",
        "/search " + "x" * 5000,
        "/search 🇷🇺🔥 putin 🙂",
        "/search '; DROP TABLE articles; --",
        "/search",
    ]
    for text in hostile:
        await user.send(text)
        reply = await user.wait_reply()
        assert "something went wrong" not in reply.text, text
        assert len(reply.text) <= 4096
    await user.send("/search putin")
    assert "Vladimir Putin Sebut" in (await user.wait_reply()).text


async def test_search_pages_with_next_and_previous_buttons(kabar: Kabar) -> None:
    for number in range(7):
        await kabar.ingest(
            f"Banjir Bandang Melanda Desa Nomor {number} di Kabupaten Garut\n\n"
            f"GARUT, KOMPAS.com - Banjir bandang melanda desa nomor {number} pada Senin pagi "
            f"setelah hujan deras mengguyur wilayah itu selama {number + 3} jam berturut-turut.\n\n"
            f"Warga desa {number} mengungsi ke balai desa dan masjid terdekat, kata kepala "
            f"desa setempat. Kerugian ditaksir mencapai {number + 1} miliar rupiah."
        )
    user = kabar.user(1009, language_code="en")
    await user.send("/search banjir")
    first = await user.wait_reply()
    assert "7 results" in first.text and "(1–5)" in first.text
    next_button = [data for data in first.callback_data if data.startswith("s:")]
    assert len(next_button) == 1
    await user.press(first.message_id, next_button[0])
    second = await user.wait_edit(first.message_id)
    assert "(6–7)" in second.text
    assert any("‹" in label for row in second.buttons for label, _ in row)


async def test_subscribe_mytopics_unsubscribe(kabar: Kabar, seed_text: str) -> None:
    await kabar.ingest(seed_text)
    user = kabar.user(1010, language_code="en")
    await user.send("/subscribe ekonomi")
    assert "not registered" in (await user.wait_reply()).text
    await user.send("/start")
    await user.wait_reply()
    await user.send("/subscribe vladimir putin")
    assert "You now follow" in (await user.wait_reply()).text
    await user.send("/subscribe Vladimir  PUTIN")
    assert "already follow" in (await user.wait_reply()).text
    await user.send("/mytopics")
    listing = await user.wait_reply()
    assert "Vladimir Putin" in listing.text
    await user.press(listing.message_id, listing.callback_data[0])
    assert "no longer follow" in (await user.wait_reply()).text
    await user.send("/mytopics")
    assert "don't follow any topics" in (await user.wait_reply()).text


async def test_misspelled_topic_gets_suggestions(kabar: Kabar, seed_text: str) -> None:
    await kabar.ingest(seed_text)
    user = kabar.user(1011, language_code="en")
    await user.send("/start")
    await user.wait_reply()
    await user.send("/subscribe Lukashenkoo")
    question = await user.wait_reply()
    assert "Did you mean" in question.text
    labels = [label for row in question.buttons for label, _ in row]
    assert "Alexander Lukashenko" in labels
    suggestion = question.callback_data[labels.index("Alexander Lukashenko")]
    await user.press(question.message_id, suggestion)
    assert "You now follow Alexander Lukashenko" in (await user.wait_reply()).text


async def test_topics_buttons_subscribe_in_one_tap(kabar: Kabar, seed_text: str) -> None:
    await kabar.ingest(seed_text)
    user = kabar.user(1012, language_code="id")
    await user.send("/start")
    await user.wait_reply()
    await user.send("/topics")
    menu = await user.wait_reply()
    assert menu.buttons, "popular topics are offered as buttons"
    label, data = menu.buttons[0][0]
    await user.press(menu.message_id, data)
    assert f"Kamu sekarang mengikuti {label}" in (await user.wait_reply()).text


async def test_time_timezone_language_stop_and_resume(kabar: Kabar) -> None:
    user = kabar.user(1013, language_code="id")
    await user.send("/start")
    await user.wait_reply()
    await user.send("/time 25:99")
    assert "HH:MM" in (await user.wait_reply()).text
    await user.send("/time 6.30")
    assert "06:30" in (await user.wait_reply()).text
    await user.send("/timezone WITA")
    assert "WITA" in (await user.wait_reply()).text
    await user.send("/timezone Mars/Olympus")
    assert "tidak dikenal" in (await user.wait_reply()).text
    await user.send("/timezone europe/berlin")
    assert "Europe/Berlin" in (await user.wait_reply()).text
    await user.send("/timezone +05:30")
    assert "Asia/Kolkata" in (await user.wait_reply()).text
    await user.send("/language en")
    assert "Language set to English" in (await user.wait_reply()).text
    await user.send("/language fr")
    assert "/language id" in (await user.wait_reply()).text
    await user.send("/stop")
    assert "paused" in (await user.wait_reply()).text
    await user.send("/start")
    resumed = (await user.wait_reply()).text
    assert "Welcome back" in resumed and "06:30" in resumed


async def test_latest_and_empty_states(kabar: Kabar, seed_text: str) -> None:
    user = kabar.user(1014, language_code="en")
    await user.send("/latest")
    assert "No stories stored yet" in (await user.wait_reply()).text
    await kabar.ingest(seed_text)
    await user.send("/latest")
    assert "Vladimir Putin Sebut" in (await user.wait_reply()).text


async def test_digest_now_shows_top_stories_without_subscriptions(
    kabar: Kabar, seed_text: str
) -> None:
    await kabar.ingest(seed_text)
    user = kabar.user(1015, language_code="en")
    await user.send("/start")
    await user.wait_reply()
    await user.send("/digest")
    digest = await user.wait_reply()
    assert "Vladimir Putin Sebut" in digest.text
    assert "Vladimir Putin" in digest.text  # the key quote's speaker


async def test_unknown_command_points_to_help(kabar: Kabar) -> None:
    user = kabar.user(1016, language_code="en")
    await user.send("/frobnicate now")
    assert "/help" in (await user.wait_reply()).text


async def test_command_menu_is_registered_in_both_languages(kabar: Kabar) -> None:
    calls = kabar.server.calls("setMyCommands")
    languages = {call.params.get("language_code") for call in calls}
    assert {"id", "en", None} <= languages
    english = next(c for c in calls if c.params.get("language_code") == "en")
    assert "search" in str(english.params["commands"])


async def test_group_chat_registers_the_group_and_answers_commands(
    kabar: Kabar, seed_text: str
) -> None:
    await kabar.ingest(seed_text)
    member = kabar.user(
        4001,
        language_code="en",
        chat_type="supergroup",
        chat_id=-1001234567890,
        title="Newsroom",
        status="creator",
    )
    await member.send("/start@kabar_sandbox_bot")
    assert "Hi" in (await member.wait_reply()).text
    await member.send("/search@kabar_sandbox_bot putin")
    assert "Vladimir Putin Sebut" in (await member.wait_reply()).text
    # Plain chatter in a group is not a search request.
    await member.send("good morning everyone")
    await member.send("/help")
    assert "kabar commands" in (await member.wait_reply()).text
