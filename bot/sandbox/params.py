"""Bot API parameters as they arrive: JSON, form fields or query string, typed on demand."""

from __future__ import annotations

import json
from typing import Any

from bot.sandbox.errors import bad_request


class Params:
    """One request's parameters; nested objects may be real JSON or JSON-encoded strings."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw

    def __contains__(self, name: str) -> bool:
        return self.raw.get(name) not in (None, "")

    def text(self, name: str, default: str | None = None) -> str | None:
        """Return a string parameter, or default when absent."""
        value = self.raw.get(name)
        if value is None:
            return default
        return value if isinstance(value, str) else json.dumps(value)

    def integer(self, name: str, default: int | None = None) -> int | None:
        """Return an integer parameter, or default when absent; 400 when not a number."""
        value = self.raw.get(name)
        if value is None or value == "":
            return default
        if isinstance(value, bool):
            raise bad_request(f"invalid {name} specified")
        try:
            return int(value)
        except (TypeError, ValueError):
            raise bad_request(f"invalid {name} specified") from None

    def number(self, name: str, default: float = 0.0) -> float:
        """Return a number parameter, or default when absent."""
        value = self.raw.get(name)
        if value is None or value == "":
            return default
        try:
            return float(value)
        except (TypeError, ValueError):
            raise bad_request(f"invalid {name} specified") from None

    def flag(self, name: str, default: bool = False) -> bool:
        """Return a boolean parameter the way Telegram reads `true`, `1`, `false`, `0`."""
        value = self.raw.get(name)
        if value is None or value == "":
            return default
        if isinstance(value, bool):
            return value
        return str(value).strip().lower() in ("true", "1")

    def json_obj(self, name: str) -> Any:
        """Return a nested object parameter, decoding it when it came as a JSON string."""
        value = self.raw.get(name)
        if isinstance(value, str):
            if value == "":
                return None
            try:
                return json.loads(value)
            except json.JSONDecodeError:
                raise bad_request(f"can't parse {name} JSON object") from None
        return value

    def chat_id(self) -> int:
        """Return chat_id; Telegram answers `chat not found` for anything it cannot resolve."""
        if "chat_id" not in self:
            raise bad_request("chat_id is empty")
        try:
            return int(self.raw["chat_id"])
        except (TypeError, ValueError):
            raise bad_request("chat not found") from None
