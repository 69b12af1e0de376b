"""The python-telegram-bot Application: handlers in order, shared resources, run modes."""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import time
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager, suppress
from pathlib import Path
from typing import cast
from urllib.parse import urlsplit

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import BotCommand, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.context import BotData, Handler, KabarApplication, KabarContext
from bot.handlers import admin, channel, digest, errors, mute, read, search, start, subscribe
from bot.handlers.guard import SETTINGS_COMMANDS, chat_admins_only
from bot.i18n import menu, t
from bot.metrics import MetricsServer
from bot.output import CommandError
from bot.pacing import KabarRateLimiter
from bot.redaction import redact_in_logs
from bot.runtime import open_runtime
from bot.services.alerts import send_alerts
from bot.services.delivery import deliver_due
from bot.services.feeds import REPORT_FAILING_AFTER, FeedPollReport, poll_due_feeds
from bot.settings import SUPPORTED_LANGUAGES, Settings
from storage.feeds import FeedAlert
from storage.send_budget import SendBudgetStore, budget_key

log = logging.getLogger(__name__)
SANDBOX_TOKEN = "123456:SANDBOX-not-a-real-token"
SANDBOX_USER_ID = 1001
SANDBOX_ADMIN_ID = 1
# Connections for concurrent sends: a delivery pass runs 8 workers beside command replies.
DELIVERY_POOL = 16


def _register_handlers(application: KabarApplication) -> None:
    """Every handler, in the order python-telegram-bot tries them."""
    add = application.add_handler
    users: dict[str, Handler] = {}
    # 1. Commands anyone may use; in a group, those that change the group's settings only
    #    from its administrators.
    for name, callback in (
        ("start", start.start),
        ("help", start.help_command),
        ("stop", start.stop),
        ("language", start.language),
        ("time", start.digest_time),
        ("timezone", start.timezone),
        ("schedule", start.schedule),
        ("silent", start.silent),
        ("alerts", start.alerts),
        ("topics", subscribe.topics),
        ("subscribe", subscribe.subscribe_command),
        ("unsubscribe", subscribe.unsubscribe_command),
        ("mytopics", subscribe.mytopics),
        ("mute", mute.mute_command),
        ("unmute", mute.unmute_command),
        ("search", search.search_command),
        ("latest", search.latest),
        ("digest", digest.digest_now),
        ("read", read.read_command),
        ("preview", start.preview),
    ):
        guarded = chat_admins_only(callback) if name in SETTINGS_COMMANDS else callback
        add(CommandHandler(name, guarded))
        users[name] = guarded
    # The same commands posted in a channel the bot administers (channel_post updates).
    add(
        MessageHandler(
            filters.UpdateType.CHANNEL_POST & filters.COMMAND, channel.channel_commands(users)
        )
    )
    # 2. Admin commands; each checks the sender itself and refuses everyone else.
    for name, guarded in (
        ("push", admin.push),
        ("delete", admin.delete),
        ("stats", admin.stats_command),
        ("feeds", admin.feeds),
        ("feed_add", admin.feed_add),
        ("feed_remove", admin.feed_remove),
    ):
        add(CommandHandler(name, guarded))
    # 3. A document whose caption is /push.
    add(
        MessageHandler(
            filters.Document.ALL & filters.CaptionRegex(r"^/push(@\w+)?\b"), admin.push_document
        )
    )
    # 4. Buttons.
    add(CallbackQueryHandler(chat_admins_only(subscribe.topic_button), pattern=r"^(sub|subk|uns):"))
    add(CallbackQueryHandler(search.search_button, pattern=r"^s:"))
    add(CallbackQueryHandler(read.read_button, pattern=r"^read:"))
    add(CallbackQueryHandler(chat_admins_only(mute.unmute_button), pattern=r"^unm:"))
    # 5. Anything else: unknown commands get a hint, plain private text is a search.
    add(MessageHandler(filters.COMMAND, _unknown_command))
    add(MessageHandler(filters.TEXT & filters.ChatType.PRIVATE, search.text_as_search))
    application.add_error_handler(errors.on_error)


async def _unknown_command(update: Update, context: KabarContext) -> None:
    """Point at /help."""
    from bot.context import reply

    language, _ = await context.reader(update)
    await reply(update, t(language, "unknown_command"))


async def _set_commands(application: KabarApplication, default_language: str) -> None:
    bot = application.bot
    for language in SUPPORTED_LANGUAGES:
        commands = [BotCommand(name, text) for name, text in menu(language)]
        await bot.set_my_commands(commands, language_code=language)
    await bot.set_my_commands([BotCommand(n, d) for n, d in menu(default_language)])


async def _delivery_job(context: KabarContext) -> None:
    """One delivery pass; also the liveness heartbeat the container health check reads."""
    runtime = context.runtime
    report = await deliver_due(
        runtime.sessions,
        context.bot,
        at=context.now(),
        settings=runtime.settings,
        owner=f"{socket.gethostname()}:{os.getpid()}",
    )
    if report.sent or report.failed or report.uncertain:
        log.info("delivery pass: %s", report)
    alerts = await send_alerts(
        runtime.sessions, context.bot, at=context.now(), settings=runtime.settings
    )
    if alerts:
        log.info("breaking alerts sent: %s", alerts)
    await asyncio.to_thread(_touch, Path(runtime.settings.heartbeat_file))


async def _feeds_job(context: KabarContext) -> None:
    """Poll every feed whose time has come; each feed's outcome is stored on the feed."""
    runtime = context.runtime
    reports = await poll_due_feeds(runtime.sessions, runtime.fetcher, now=context.now())
    for report in reports:
        if report.new or report.error:
            log.info("feed #%s: %s", report.feed_id, report)
        if report.alert is not None:
            await _alert_admins(context, report)


async def _alert_admins(context: KabarContext, report: FeedPollReport) -> None:
    """Tell every admin that a feed has been failing for a day, or works again."""
    language = context.runtime.settings.language
    notice = report.alert
    if notice is None:
        return
    if notice.kind == FeedAlert.FAILING:
        hours = int(REPORT_FAILING_AFTER.total_seconds() // 3600)
        text = t(language, "feed_failing", id=report.feed_id, hours=hours, url=notice.url,
                 error=report.error or "")  # fmt: skip
    else:
        text = t(language, "feed_recovered", id=report.feed_id, url=notice.url)
    for admin_id in sorted(context.bot_data.admin_ids):
        try:
            await context.bot.send_message(
                admin_id, text, parse_mode=ParseMode.HTML, disable_web_page_preview=True
            )
        except TelegramError as exc:
            log.warning("could not tell admin %s about feed #%s: %s", admin_id, report.feed_id, exc)


async def _serve_metrics(
    application: KabarApplication, stack: AsyncExitStack, host: str, port: int
) -> None:
    """Serve /metrics and /healthz on this loop until post_shutdown closes the stack."""

    def sessions() -> async_sessionmaker[AsyncSession] | None:
        runtime = application.bot_data.runtime
        return runtime.sessions if runtime is not None else None

    server = MetricsServer(sessions)
    try:
        await server.start(host, port)
    except OSError as exc:
        raise CommandError(
            f"KABAR_METRICS_PORT: cannot serve metrics on {host}:{port} ({exc.strerror or exc})"
        ) from None
    stack.push_async_callback(server.stop)
    application.bot_data.metrics_port = server.port
    log.info("metrics on http://%s:%s/metrics, health on /healthz", host, server.port)


def _touch(path: Path) -> None:
    with suppress(OSError):
        path.write_text(str(time.time()))


def build_application(
    settings: Settings,
    *,
    token: str,
    api_url: str,
    admin_ids: frozenset[int] | None = None,
    schedule_deliveries: bool = True,
    job_interval: float = 60,
) -> KabarApplication:
    """Build the Application; shared resources open in post_init and close in post_shutdown."""
    # The secret half of the token is what grants control of the bot.
    redact_in_logs(token)
    redact_in_logs(token.partition(":")[2])
    stack = AsyncExitStack()

    async def post_init(application: KabarApplication) -> None:
        application.bot_data.runtime = await stack.enter_async_context(open_runtime(settings))
        limiter = application.bot.rate_limiter
        if isinstance(limiter, KabarRateLimiter):
            # One budget for the token, with `kabar deliver` and any other instance.
            limiter.share(SendBudgetStore(application.bot_data.runtime.sessions, budget_key(token)))
        if settings.metrics_port is not None:
            await _serve_metrics(application, stack, settings.metrics_host, settings.metrics_port)
        try:
            await _set_commands(application, settings.language)
        except Exception as exc:
            log.warning("could not register the command menu: %s", exc)
        if schedule_deliveries and application.job_queue is not None:
            # Both run as tasks beside command handling; a slow pass is skipped, not stacked.
            once = {"misfire_grace_time": 30, "coalesce": True, "max_instances": 1}
            jobs = application.job_queue
            jobs.run_repeating(
                _delivery_job, job_interval, first=1, name="deliver", job_kwargs=once
            )
            jobs.run_repeating(_feeds_job, job_interval, first=5, name="feeds", job_kwargs=once)

    async def post_shutdown(application: KabarApplication) -> None:
        await stack.aclose()
        application.bot_data.runtime = None

    context_types = ContextTypes(context=KabarContext, bot_data=BotData)
    # The builder's generic parameters don't follow custom ContextTypes; the cast names them.
    application = cast(
        "KabarApplication",
        ApplicationBuilder()
        .token(token)
        .base_url(f"{api_url}/bot")
        .base_file_url(f"{api_url}/file/bot")
        .context_types(context_types)
        .rate_limiter(KabarRateLimiter(settings.send_rate, max_in_flight=DELIVERY_POOL))
        .connection_pool_size(DELIVERY_POOL)
        .pool_timeout(30.0)
        .concurrent_updates(8)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build(),
    )
    application.bot_data.admin_ids = settings.admin_ids if admin_ids is None else admin_ids
    _register_handlers(application)
    return application


@asynccontextmanager
async def running(
    application: KabarApplication, *, poll_timeout: float = 10
) -> AsyncIterator[None]:
    """Run an application with long polling inside the caller's event loop (sandbox, tests)."""
    async with application:
        if application.post_init:
            await application.post_init(application)
        await application.start()
        updater = application.updater
        if updater is None:
            raise RuntimeError("the application was built without an updater")
        await updater.start_polling(poll_interval=0, timeout=int(poll_timeout))
        try:
            yield
        finally:
            await updater.stop()
            await application.stop()
            if application.post_shutdown:
                await application.post_shutdown(application)


async def _run_sandbox(settings: Settings) -> None:
    from bot.sandbox.server import SandboxServer
    from bot.sandbox.terminal import run_terminal_chat

    server = SandboxServer()
    url = await server.start()
    admins = settings.admin_ids | {SANDBOX_ADMIN_ID}
    application = build_application(settings, token=SANDBOX_TOKEN, api_url=url, admin_ids=admins)
    print(
        f"kabar: no KABAR_BOT_TOKEN, so kabar talks to a local Telegram stand-in at {url}",
        flush=True,
    )
    try:
        async with running(application, poll_timeout=1):
            await run_terminal_chat(
                server,
                user_id=SANDBOX_USER_ID,
                admin_id=SANDBOX_ADMIN_ID,
                language_code=settings.language,
            )
    finally:
        await server.stop()


def run(settings: Settings) -> int:
    """`kabar run`: sandbox without a token, else webhook or long polling until stopped."""
    if settings.bot_token is None:
        asyncio.run(_run_sandbox(settings))
        return 0
    application = build_application(
        settings, token=settings.bot_token.get_secret_value(), api_url=settings.telegram_api_url
    )
    # Reach the Bot API once before python-telegram-bot starts: its own start-up logs a
    # failure with a traceback before raising it, while from here it ends as one line.
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        loop.run_until_complete(application.initialize())
    except BaseException:
        loop.close()
        raise
    if settings.webhook_url:
        # Telegram posts to the public URL; its path is the one we listen on behind a proxy.
        application.run_webhook(
            listen="0.0.0.0",
            port=settings.port,
            url_path=urlsplit(settings.webhook_url).path.strip("/"),
            webhook_url=settings.webhook_url,
            secret_token=(
                settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
            ),
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        application.run_polling(allowed_updates=Update.ALL_TYPES)
    return 0
