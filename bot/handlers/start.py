"""/start, /help, /stop and the preference commands /language, /time, /timezone, /preview."""

from __future__ import annotations

from telegram import Update

from bot.context import KabarContext, command_argument, reply
from bot.i18n import help_text, language_choices, pick_language, t
from bot.services.subscribers import register, update_subscriber
from bot.settings import SUPPORTED_LANGUAGES
from digest.clock import parse_clock
from digest.locales import locale
from digest.rhythm import DAILY, TWICE, WEEKLY, parse_schedule, slot_times
from digest.zones import parse_timezone, zone_label
from storage.subscribers import SubscriberView


async def start(update: Update, context: KabarContext) -> None:
    """Register the chat with default settings, or resume its paused digests."""
    chat, user, settings = update.effective_chat, update.effective_user, context.runtime.settings
    if chat is None:
        return
    # Digests go out with no update to read a language from: keep the one the chat uses now.
    first_language = pick_language(None, user.language_code if user else None, settings.language)
    subscriber, _created, resumed = await register(
        context.runtime.sessions,
        chat.id,
        chat.type,
        timezone=settings.timezone,
        digest_time=settings.digest_time,
        now=context.now(),
        language=first_language,
    )
    message = update.effective_message
    # In a forum, the group's digests go to the topic /start was sent in.
    thread = message.message_thread_id if message and message.is_topic_message else None
    if thread != subscriber.thread_id:
        changed = await update_subscriber(context.runtime.sessions, chat.id, thread_id=thread)
        subscriber = changed or subscriber
    language = subscriber.language or first_language
    values = {"time": subscriber.digest_time, "zone": zone_label(subscriber.timezone)}
    if resumed:
        await reply(update, t(language, "resumed", when=when(language, subscriber), **values))
        return
    name = user.first_name if user else chat.title or ""
    await reply(update, t(language, "welcome", name=name, **values))


async def help_command(update: Update, context: KabarContext) -> None:
    """List the commands this user may run."""
    language, _ = await context.reader(update)
    await reply(update, help_text(language, admin=context.is_admin(update)))


async def stop(update: Update, context: KabarContext) -> None:
    """Pause this chat's daily digests."""
    language, _ = await context.reader(update)
    chat = update.effective_chat
    changed = chat and await update_subscriber(context.runtime.sessions, chat.id, paused=True)
    await reply(update, t(language, "stopped" if changed else "not_registered"))


async def language(update: Update, context: KabarContext) -> None:
    """Set the reply language: /language id|en."""
    current, subscriber = await context.reader(update)
    wanted = command_argument(update).lower()
    if wanted not in SUPPORTED_LANGUAGES:
        await reply(update, t(current, "language_usage", choices=language_choices()))
        return
    if subscriber is None:
        await reply(update, t(current, "not_registered"))
        return
    await update_subscriber(context.runtime.sessions, subscriber.chat_id, language=wanted)
    await reply(update, t(wanted, "language_set"))


async def _set_preference(
    update: Update, context: KabarContext, usage: str, **change: str | bool | None
) -> tuple[str, SubscriberView] | None:
    """Apply one parsed preference, or answer with the usage or registration hint."""
    current, subscriber = await context.reader(update)
    if any(value is None for value in change.values()):
        await reply(update, t(current, usage))
        return None
    if subscriber is None:
        await reply(update, t(current, "not_registered"))
        return None
    updated = await update_subscriber(context.runtime.sessions, subscriber.chat_id, **change)
    return current, updated or subscriber


def when(language: str, subscriber: SubscriberView) -> str:
    """When the chat's digests come, in words: "every day at 07:00 and 19:00"."""
    times = slot_times(subscriber.schedule, subscriber.digest_time, subscriber.second_time)
    values: dict[str, object] = {"time": times[0], "second": times[-1]}
    if subscriber.schedule == WEEKLY:
        values["day"] = locale(language).days[subscriber.weekly_day or 0]
    return t(language, f"when_{subscriber.schedule}", **values)


async def _answer_schedule(
    update: Update, language: str, subscriber: SubscriberView, key: str
) -> None:
    zone = zone_label(subscriber.timezone)
    await reply(update, t(language, key, when=when(language, subscriber), zone=zone))


async def digest_time(update: Update, context: KabarContext) -> None:
    """Set the local delivery time: /time HH:MM, or /time HH:MM HH:MM for twice a day."""
    words = command_argument(update).split()
    times = sorted(time for word in words if (time := parse_clock(word)))
    if not 1 <= len(words) <= 2 or len(times) != len(words):
        times = []
    change: dict[str, str | bool | None] = {"digest_time": times[0] if times else None}
    if len(times) == 2:
        if times[0] == times[1]:
            language, _ = await context.reader(update)
            await reply(update, t(language, "time_same"))
            return
        change["second_time"] = times[1]
    done = await _set_preference(update, context, "time_usage", **change)
    if done is None:
        return
    language, subscriber = done
    if len(times) == 2 and subscriber.schedule == DAILY:
        # Two times say "twice a day" for a daily reader; other rhythms keep theirs.
        subscriber = (
            await update_subscriber(context.runtime.sessions, subscriber.chat_id, schedule=TWICE)
            or subscriber
        )
    elif subscriber.second_time == subscriber.digest_time:
        subscriber = (
            await update_subscriber(context.runtime.sessions, subscriber.chat_id, second_time=None)
            or subscriber
        )
    await _answer_schedule(update, language, subscriber, "time_set")


async def schedule(update: Update, context: KabarContext) -> None:
    """How often digests come: /schedule daily|twice|weekdays|weekly DAY."""
    wanted = parse_schedule(command_argument(update))
    if wanted is None:
        language, subscriber = await context.reader(update)
        if subscriber is None:
            await reply(update, t(language, "not_registered"))
        else:
            await _answer_schedule(update, language, subscriber, "schedule_usage")
        return
    kind, day = wanted
    done = await _set_preference(update, context, "schedule_usage", schedule=kind)
    if done:
        language, subscriber = done
        if kind == WEEKLY:
            subscriber = (
                await update_subscriber(
                    context.runtime.sessions, subscriber.chat_id, weekly_day=day
                )
                or subscriber
            )
        await _answer_schedule(update, language, subscriber, "schedule_set")


async def alerts(update: Update, context: KabarContext) -> None:
    """Breaking alerts on followed topics, or not: /alerts on|off."""
    wanted = {"on": True, "off": False}.get(command_argument(update).lower())
    done = await _set_preference(update, context, "alerts_usage", alerts=wanted)
    if done:
        language, subscriber = done
        await reply(update, t(language, "alerts_on" if subscriber.alerts else "alerts_off"))


async def silent(update: Update, context: KabarContext) -> None:
    """Digests without a notification sound, or with: /silent on|off."""
    wanted = {"on": True, "off": False}.get(command_argument(update).lower())
    done = await _set_preference(update, context, "silent_usage", silent=wanted)
    if done:
        language, subscriber = done
        await reply(update, t(language, "silent_on" if subscriber.silent else "silent_off"))


async def timezone(update: Update, context: KabarContext) -> None:
    """Set the subscriber's zone: IANA name, WIB/WITA/WIT, or an offset like +07:00."""
    done = await _set_preference(
        update, context, "timezone_usage", timezone=parse_timezone(command_argument(update))
    )
    if done:
        language, subscriber = done
        await _answer_schedule(update, language, subscriber, "timezone_set")


async def preview(update: Update, context: KabarContext) -> None:
    """Lead digests with the top story's picture, or not: /preview on|off."""
    wanted = {"on": True, "off": False}.get(command_argument(update).lower())
    done = await _set_preference(update, context, "preview_usage", preview=wanted)
    if done:
        language, subscriber = done
        await reply(update, t(language, "preview_on" if subscriber.preview else "preview_off"))
