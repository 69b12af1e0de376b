"""Keep the bot token out of every log line, whoever logs it (httpx logs request URLs)."""

from __future__ import annotations

import logging
import traceback
from typing import Any

_installed: set[str] = set()
MASK = "[token]"


def redact_in_logs(secret: str) -> None:
    """Replace `secret` with a mask in the message, arguments and traceback of every log record."""
    if not secret or secret in _installed:
        return
    _installed.add(secret)
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:
            return record
        if secret in message:
            record.msg, record.args = message.replace(secret, MASK), None
        if record.exc_info and record.exc_info[1] is not None:
            text = "".join(traceback.format_exception(*record.exc_info))
            if secret in text:
                record.exc_text = text.replace(secret, MASK).rstrip("\n")
        return record

    logging.setLogRecordFactory(factory)
