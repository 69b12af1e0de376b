"""/topics, /subscribe, /unsubscribe, /mytopics and their buttons."""

from __future__ import annotations

from html import escape

from telegram import Update

from bot.context import KabarContext, chat_id, command_argument, keyboard, reply
from bot.i18n import counted, t
from bot.services.subscribers import (
    MAX_SUBSCRIPTIONS,
    SubscribeOutcome,
    popular_topics,
    subscribe,
    subscribe_topic_id,
    unsubscribe,
)
from digest.categories import category_label

CALLBACK_LIMIT = 64


def _fits(data: str) -> bool:
    return len(data.encode("utf-8")) <= CALLBACK_LIMIT


def _outcome_text(language: str, outcome: SubscribeOutcome) -> str:
    if outcome.status == "added":
        return t(language, "subscribed", topic=category_label(outcome.name, language))
    if outcome.status == "already":
        return t(language, "already_subscribed", topic=category_label(outcome.name, language))
    if outcome.status == "too_many":
        return t(language, "too_many_topics", limit=counted(language, "topic", MAX_SUBSCRIPTIONS))
    if outcome.status == "not_registered":
        return t(language, "not_registered")
    return t(language, "subscribe_usage")


async def topics(update: Update, context: KabarContext) -> None:
    """Show popular topics as buttons that subscribe with one tap."""
    language, _ = await context.reader(update)
    found = await popular_topics(context.runtime.sessions)
    if not found:
        await reply(update, t(language, "topics_empty"))
        return
    # A section reads in the reader's language ("politik" is "politics" in English).
    buttons = [(category_label(topic.name, language)[:40], f"sub:{topic.id}") for topic in found]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    await reply(update, t(language, "topics"), keyboard(rows))


async def subscribe_command(update: Update, context: KabarContext) -> None:
    """Follow a topic or keyword; near misses get suggestion buttons."""
    language, _ = await context.reader(update)
    wanted = command_argument(update)
    if not wanted:
        await reply(update, t(language, "subscribe_usage"))
        return
    outcome = await subscribe(context.runtime.sessions, chat_id(update), wanted, now=context.now())
    if outcome.status != "suggest":
        await reply(update, _outcome_text(language, outcome))
        return
    rows = [[(topic.name[:40], f"sub:{topic.id}")] for topic in outcome.suggestions]
    anyway = f"subk:{outcome.name}"
    if _fits(anyway):
        rows.append([(t(language, "keyword_anyway", topic=outcome.name[:30]), anyway)])
    await reply(update, t(language, "did_you_mean", topic=outcome.name), keyboard(rows))


async def unsubscribe_command(update: Update, context: KabarContext) -> None:
    """Stop following a topic."""
    language, _ = await context.reader(update)
    wanted = command_argument(update)
    if not wanted:
        await mytopics(update, context)
        return
    outcome = await unsubscribe(context.runtime.sessions, chat_id(update), wanted)
    key = {"removed": "unsubscribed", "not_found": "not_subscribed"}.get(outcome.status)
    await reply(update, t(language, key or "not_registered", topic=outcome.name))


async def mytopics(update: Update, context: KabarContext) -> None:
    """List what this chat follows and mutes, each with a button to drop it."""
    language, subscriber = await context.reader(update)
    if subscriber is None:
        await reply(update, t(language, "not_registered"))
        return
    if not subscriber.topics and not subscriber.mutes:
        await reply(update, t(language, "mytopics_empty"))
        return
    names = [category_label(name, language) for _, name in subscriber.topics]
    lines = [t(language, "mytopics")] + [f"• {escape(name)}" for name in names]
    if not subscriber.topics:
        lines = [t(language, "mytopics_empty")]
    rows = [
        [(f"✕ {name[:40]}", f"uns:{key}")] for key, name in subscriber.topics if _fits(f"uns:{key}")
    ]
    if subscriber.mutes:
        lines += ["", t(language, "mytopics_mutes")]
        lines += [f"🔇 {escape(mute.phrase)}" for mute in subscriber.mutes]
        rows += [
            [(f"🔔 {mute.phrase[:40]}", f"unm:{mute.key}")]
            for mute in subscriber.mutes
            if _fits(f"unm:{mute.key}")
        ]
    await reply(update, "\n".join(lines), keyboard(rows))


async def topic_button(update: Update, context: KabarContext) -> None:
    """Handle sub:/subk:/uns: buttons."""
    query = update.callback_query
    if query is None:
        return
    await query.answer()
    language, _ = await context.reader(update)
    action, _, value = (query.data or "").partition(":")
    chat, sessions, now = chat_id(update), context.runtime.sessions, context.now()
    if action == "sub" and value.isdigit():
        text = _outcome_text(
            language, await subscribe_topic_id(sessions, chat, int(value), now=now)
        )
    elif action == "subk" and value:
        text = _outcome_text(language, await subscribe(sessions, chat, value, now=now, exact=True))
    elif action == "uns" and value:
        outcome = await unsubscribe(sessions, chat, value)
        key = "unsubscribed" if outcome.status == "removed" else "not_subscribed"
        text = t(language, key, topic=outcome.name)
    else:
        return
    await reply(update, text)
