"""A local fake Telegram Bot API server over real HTTP, with fault injection for tests."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import json
import logging
import math
import re
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aiohttp import ClientError, ClientSession, ClientTimeout, TCPConnector, web

from bot.sandbox.errors import ApiError, bad_request
from bot.sandbox.methods import METHODS
from bot.sandbox.params import Params
from bot.sandbox.state import Chat, ChatEvent, RecordedRequest, SandboxState, Webhook

if TYPE_CHECKING:
    from bot.sandbox.client import SandboxChannel, SandboxUser

_SENDING = frozenset(
    {
        "sendmessage",
        "editmessagetext",
        "editmessagereplymarkup",
        "senddocument",
        "copymessage",
        "sendphoto",
    }
)
_SECRET_RE = re.compile(r"[A-Za-z0-9_-]{1,256}")
log = logging.getLogger(__name__)
_NOT_FOUND = {"ok": False, "error_code": 404, "description": "Not Found"}


@dataclass
class _Fault:
    method: str
    error: ApiError
    chat_id: int | None
    times: int


class _Bucket:
    """A token bucket: `rate` sends per second, bursts up to max(1, rate)."""

    def __init__(self, rate: float) -> None:
        self.rate = rate
        self.capacity = max(1.0, rate)
        self.tokens = self.capacity
        self.stamp = time.monotonic()

    def take(self) -> float:
        """Spend one token; return 0, or the seconds until one is available (nothing spent)."""
        now = time.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        return (1 - self.tokens) / self.rate


def _bot_user(username: str, first_name: str) -> dict[str, Any]:
    return {
        "id": 1,
        "is_bot": True,
        "first_name": first_name,
        "username": username,
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


async def _read_params(request: web.Request) -> dict[str, Any]:
    """Merge query string and body (JSON, urlencoded or multipart) into one dict."""
    params: dict[str, Any] = dict(request.query)
    if not request.can_read_body:
        return params
    if request.content_type == "application/json":
        try:
            body = await request.json()
        except json.JSONDecodeError:
            raise bad_request("can't parse JSON request body") from None
        if not isinstance(body, dict):
            raise bad_request("request body must be a JSON object")
        params.update(body)
        return params
    form = await request.post()
    for name, value in form.items():
        if isinstance(value, web.FileField):
            params[name] = value.file.read()
        else:
            params[name] = value if isinstance(value, str) else bytes(value)
    return params


class SandboxServer:
    """A Bot API lookalike: real HTTP, Telegram's shapes and errors, in-memory chats."""

    def __init__(
        self, *, username: str = "kabar_sandbox_bot", first_name: str = "kabar sandbox"
    ) -> None:
        self.state = SandboxState(_bot_user(username, first_name))
        self.requests: list[RecordedRequest] = []
        self.tokens: set[str] = set()
        self._faults: list[_Fault] = []
        self._delays: dict[str, float] = {}
        self._rate: _Bucket | None = None
        self._chat_rate: float | None = None
        self._chat_buckets: dict[int, _Bucket] = {}
        self._poll_generation = 0
        self._closing = False
        self._runner: web.AppRunner | None = None
        self._url: str | None = None
        self._http: ClientSession | None = None
        self._webhook_task: asyncio.Task[None] | None = None

    @property
    def url(self) -> str:
        """The root URL (`{url}/bot{token}/{method}`); raises before start()."""
        if self._url is None:
            raise RuntimeError("SandboxServer is not started")
        return self._url

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Start listening (port 0 picks a free one); return the root URL."""
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        bound_port = self._runner.addresses[0][1]
        self._url = f"http://{host}:{bound_port}"
        return self._url

    async def stop(self) -> None:
        """Stop webhook delivery and the HTTP server."""
        self._closing = True  # lets waiting long polls answer now instead of at their timeout
        self.state.notify()
        await self._stop_webhook()
        if self._http is not None:
            await self._http.close()
            self._http = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # -- test controls -------------------------------------------------------------------

    def inject(
        self,
        method: str,
        *,
        error_code: int,
        description: str,
        retry_after: int | None = None,
        migrate_to_chat_id: int | None = None,
        chat_id: int | None = None,
        times: int = 1,
    ) -> None:
        """Make the next `times` calls of method (optionally for one chat) fail this way."""
        parameters: dict[str, Any] = {}
        if retry_after is not None:
            parameters["retry_after"] = retry_after
        if migrate_to_chat_id is not None:
            parameters["migrate_to_chat_id"] = migrate_to_chat_id
        error = ApiError(error_code, description, parameters)
        self._faults.append(_Fault(method.lower(), error, chat_id, times))

    def block(self, chat_id: int) -> None:
        """Act as if the user blocked the bot: every send to the chat gets 403."""
        self.state.blocked.add(chat_id)

    def unblock(self, chat_id: int) -> None:
        """Undo block()."""
        self.state.blocked.discard(chat_id)

    def migrate(self, chat_id: int, new_chat_id: int) -> None:
        """Upgrade a group to a supergroup: sends to the old id fail with migrate_to_chat_id."""
        old = self.state.chats.get(chat_id)
        title = old.title if old else None
        self.state.add_chat(Chat(new_chat_id, "supergroup", title=title))
        self.state.migrated[chat_id] = new_chat_id

    def refuse_photo(self, url: str, reason: str = "wrong type of the web page content") -> None:
        """Make sendPhoto with this URL fail as Telegram does when it can't use the picture."""
        self.state.refused_photos[url] = reason

    def rate_limit(self, per_second: float | None, *, per_chat: float | None = None) -> None:
        """Answer 429 with retry_after when sends exceed per_second overall or per_chat."""
        self._rate = _Bucket(per_second) if per_second else None
        self._chat_rate = per_chat
        self._chat_buckets = {}

    def delay(self, method: str, seconds: float) -> None:
        """Hold every call of method for seconds before answering (0 removes the delay)."""
        if seconds > 0:
            self._delays[method.lower()] = seconds
        else:
            self._delays.pop(method.lower(), None)

    def user(
        self,
        user_id: int,
        *,
        first_name: str = "Ana",
        language_code: str = "id",
        username: str | None = None,
        chat_type: str = "private",
        chat_id: int | None = None,
        title: str | None = None,
        status: str | None = None,
        topic: int | None = None,
    ) -> SandboxUser:
        """Return a user who can talk to the bot; registers the chat so the bot may reply.

        In a group, `status` is the user's ChatMember status there: "member" unless given
        ("creator", "administrator", …); getChatMember answers with it. With `topic`, the
        supergroup is a forum and the user writes inside that topic (message_thread_id)."""
        from bot.sandbox.client import SandboxUser

        return SandboxUser(
            self,
            user_id,
            first_name=first_name,
            language_code=language_code,
            username=username,
            chat_type=chat_type,
            chat_id=chat_id,
            title=title,
            status=status,
            topic=topic,
        )

    def set_topic(self, chat_id: int, thread_id: int, status: str | None) -> None:
        """Open, close ("closed") or delete (None) a forum topic, as its admins would."""
        topics = self.state.chats[chat_id].topics
        if status is None:
            topics.pop(thread_id, None)
        else:
            topics[thread_id] = status

    def channel(self, chat_id: int, title: str = "Sandbox channel") -> SandboxChannel:
        """A channel the bot administers; its posts reach the bot as channel_post updates."""
        from bot.sandbox.client import SandboxChannel

        return SandboxChannel(self, chat_id, title)

    def calls(self, method: str) -> list[RecordedRequest]:
        """Return the recorded requests of one method, oldest first."""
        return [r for r in self.requests if r.method.lower() == method.lower()]

    def sent_messages(self, chat_id: int) -> list[ChatEvent]:
        """Return everything the bot sent, edited or deleted in one chat, oldest first."""
        return [e for e in self.state.events if e.chat_id == chat_id]

    # -- HTTP ----------------------------------------------------------------------------

    async def _handle_method(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        method = request.match_info["method"]
        try:
            raw = await _read_params(request)
            self._note_token(token)
            self.requests.append(RecordedRequest(method, raw, time.time(), token))
            result = await self._call(method.lower(), Params(raw))
        except ApiError as error:
            return web.json_response(error.to_json(), status=error.error_code)
        except Exception:
            # A sandbox bug must look like Telegram's own 500, not a dropped connection.
            log.exception("sandbox failed on %s", method)
            body = {"ok": False, "error_code": 500, "description": "Internal Server Error"}
            return web.json_response(body, status=500)
        return web.json_response({"ok": True, "result": result})

    async def _handle_file(self, request: web.Request) -> web.Response:
        path = request.match_info["path"]
        stored = next((f for f in self.state.files.values() if f.file_path == path), None)
        if stored is None:
            return web.json_response(_NOT_FOUND, status=404)
        return web.Response(body=stored.content, content_type=stored.mime_type)

    def _note_token(self, token: str) -> None:
        self.tokens.add(token)
        bot_id = token.split(":", 1)[0]
        if bot_id.isdigit():
            # Telegram's bot id is the number before the colon of the token.
            self.state.bot_user["id"] = int(bot_id)

    async def _call(self, method: str, p: Params) -> Any:
        if seconds := self._delays.get(method):
            await asyncio.sleep(seconds)
        self._raise_injected(method, p)
        if method in _SENDING:
            self._check_rate(p)
        if method == "getupdates":
            return await self._get_updates(p)
        if method == "setwebhook":
            return self._set_webhook(p)
        if method == "deletewebhook":
            return await self._delete_webhook(p)
        if method == "getwebhookinfo":
            return self._webhook_info()
        handler = METHODS.get(method)
        if handler is None:
            raise ApiError(404, "Not Found")
        return handler(self.state, p)

    def _raise_injected(self, method: str, p: Params) -> None:
        for fault in self._faults:
            if fault.method != method or fault.times <= 0:
                continue
            if fault.chat_id is not None:
                try:
                    target = p.chat_id()
                except ApiError:
                    continue
                if target != fault.chat_id:
                    continue
            fault.times -= 1
            self._faults = [f for f in self._faults if f.times > 0]
            raise ApiError(fault.error.error_code, fault.error.description, fault.error.parameters)

    def _check_rate(self, p: Params) -> None:
        waits = [self._rate.take()] if self._rate else []
        if self._chat_rate and "chat_id" in p:
            chat_id = p.chat_id()
            bucket = self._chat_buckets.setdefault(chat_id, _Bucket(self._chat_rate))
            waits.append(bucket.take())
        wait = max(waits, default=0.0)
        if wait > 0:
            retry_after = max(1, math.ceil(wait))
            raise ApiError(
                429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after}
            )

    # -- updates: long polling and webhooks ------------------------------------------------

    async def _get_updates(self, p: Params) -> list[dict[str, Any]]:
        if self.state.webhook is not None:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        self._poll_generation += 1
        generation = self._poll_generation
        self.state.notify()  # an older poll still waiting must learn it was superseded
        offset = p.integer("offset")
        if offset is not None:
            self.state.confirm_updates(offset)
        allowed = p.json_obj("allowed_updates")
        if isinstance(allowed, list):
            self.state.allowed_updates = allowed or None
        limit = min(max(p.integer("limit", 100) or 100, 1), 100)

        def outcome() -> str | None:
            if self._closing:
                return "closing"
            if generation != self._poll_generation or self.state.webhook is not None:
                return "conflict"
            return "ready" if self.state.pending else None

        if await self.state.wait_for(outcome, max(p.number("timeout"), 0.0)) == "conflict":
            raise ApiError(
                409,
                "Conflict: terminated by other getUpdates request; "
                "make sure that only one bot instance is running",
            )
        return copy.deepcopy(self.state.pending[:limit])

    def _set_webhook(self, p: Params) -> bool:
        url = p.text("url") or ""
        if not url:
            self.state.webhook = None
            self.state.notify()
            return True
        if not re.match(r"https?://[^/\s]+", url):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        secret = p.text("secret_token")
        if secret is not None and not _SECRET_RE.fullmatch(secret):
            raise bad_request("secret token contains unallowed characters")
        if p.flag("drop_pending_updates"):
            self.state.pending.clear()
        allowed = p.json_obj("allowed_updates")
        self.state.webhook = Webhook(
            url,
            secret,
            p.integer("max_connections", 40) or 40,
            allowed if isinstance(allowed, list) and allowed else None,
        )
        self.state.notify()
        if self._webhook_task is not None:
            self._webhook_task.cancel()
        self._webhook_task = asyncio.create_task(self._deliver(self.state.webhook))
        return True

    async def _delete_webhook(self, p: Params) -> bool:
        await self._stop_webhook()
        if p.flag("drop_pending_updates"):
            self.state.pending.clear()
        return True

    async def _stop_webhook(self) -> None:
        self.state.webhook = None
        self.state.notify()
        task, self._webhook_task = self._webhook_task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def _webhook_info(self) -> dict[str, Any]:
        hook = self.state.webhook
        info: dict[str, Any] = {
            "url": hook.url if hook else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self.state.pending),
        }
        if hook is not None:
            info["max_connections"] = hook.max_connections
            if hook.allowed_updates:
                info["allowed_updates"] = hook.allowed_updates
            if hook.last_error_date is not None:
                info["last_error_date"] = hook.last_error_date
                info["last_error_message"] = hook.last_error_message
        return info

    async def _deliver(self, hook: Webhook) -> None:
        """POST pending updates to the webhook one at a time, retrying failures with backoff."""
        if self._http is None:
            # No keep-alive: an idle pooled connection would hold up the receiver's shutdown.
            self._http = ClientSession(
                timeout=ClientTimeout(total=10), connector=TCPConnector(force_close=True)
            )
        headers = (
            {"X-Telegram-Bot-Api-Secret-Token": hook.secret_token} if hook.secret_token else {}
        )
        backoff = 0.05
        while self.state.webhook is hook:
            update = await self.state.wait_for(
                lambda: self.state.pending[0] if self.state.pending else None, 30.0
            )
            if update is None or self.state.webhook is not hook:
                continue
            try:
                async with self._http.post(hook.url, json=update, headers=headers) as response:
                    failure = (
                        None
                        if 200 <= response.status < 300
                        else f"Wrong response from the webhook: {response.status} {response.reason}"
                    )
            except (ClientError, OSError, TimeoutError) as error:
                failure = f"Connection failed: {error}"
            if failure is None:
                if self.state.pending and self.state.pending[0] is update:
                    self.state.pending.pop(0)
                backoff = 0.05
                continue
            hook.last_error_date = self.state.now()
            hook.last_error_message = failure
            self.state.notify()
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, 2.0)
