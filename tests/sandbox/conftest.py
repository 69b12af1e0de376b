"""Fixtures: a fresh sandbox server per test and a real python-telegram-bot Application on it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.sandbox.server import SandboxServer

TOKEN = "123:ABC"


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet by name with one button, the way kabar's /start does."""
    assert update.effective_user and update.effective_message
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Next ›", callback_data="page:2")]])
    await update.effective_message.reply_html(
        f"Halo <b>{update.effective_user.first_name}</b>!", reply_markup=keyboard
    )


async def whoami(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reply with the sender's id so tests can tell identities apart."""
    assert update.effective_user and update.effective_message
    await update.effective_message.reply_text(f"id {update.effective_user.id}")


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Echo plain text back."""
    assert update.effective_message and update.effective_message.text
    await update.effective_message.reply_text(f"echo: {update.effective_message.text}")


async def document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Download the document and report its size and first line."""
    message = update.effective_message
    assert message and message.document
    file = await message.document.get_file()
    content = bytes(await file.download_as_bytearray())
    first_line = content.decode("utf-8").splitlines()[0]
    await message.reply_text(f"{len(content)} bytes; {first_line}")


async def page(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer the press and turn the page by editing the message."""
    query = update.callback_query
    assert query and query.data
    await query.answer(f"Halaman {query.data.split(':')[1]}")
    await query.edit_message_text(f"<i>Halaman {query.data.split(':')[1]}</i>", parse_mode="HTML")


def build_application(url: str) -> Application:
    """Build a PTB Application pointed at the sandbox."""
    app = (
        ApplicationBuilder()
        .token(TOKEN)
        .base_url(f"{url}/bot")
        .base_file_url(f"{url}/file/bot")
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("whoami", whoami))
    app.add_handler(MessageHandler(filters.Document.ALL, document))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    app.add_handler(CallbackQueryHandler(page, pattern=r"^page:"))
    return app


@pytest.fixture
async def server() -> AsyncIterator[SandboxServer]:
    """A started sandbox server, stopped after the test."""
    sandbox = SandboxServer()
    await sandbox.start()
    yield sandbox
    await sandbox.stop()


@pytest.fixture
async def bot(server: SandboxServer) -> AsyncIterator[Bot]:
    """A bare Bot on the sandbox, for calling methods directly."""
    async with Bot(
        TOKEN, base_url=f"{server.url}/bot", base_file_url=f"{server.url}/file/bot"
    ) as client:
        yield client


@pytest.fixture
async def app(server: SandboxServer) -> AsyncIterator[Application]:
    """The test Application, long polling the sandbox."""
    application = build_application(server.url)
    await application.initialize()
    assert application.updater is not None
    await application.updater.start_polling(poll_interval=0, timeout=1)
    await application.start()
    yield application
    await application.updater.stop()
    await application.stop()
    await application.shutdown()
