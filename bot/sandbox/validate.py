"""Telegram's checks on outgoing text: the HTML parse mode, length limits and inline buttons."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bot.sandbox.errors import ApiError, bad_request

MAX_TEXT_UTF16 = 4096
MAX_CAPTION_UTF16 = 1024
MAX_CALLBACK_DATA_BYTES = 64

_ENTITY_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "tg-emoji": "custom_emoji",
}
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ENTITY_RE = re.compile(r"&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));")
_ATTR_NAME_RE = re.compile(r"[A-Za-z0-9_-]+")
# Where plain text ends: the next tag or character reference.
_MARKUP = re.compile(r"[<&]")


def utf16_len(text: str) -> int:
    """Return the length of text in UTF-16 code units, the unit Telegram counts in."""
    return len(text.encode("utf-16-le")) // 2


@dataclass
class _OpenTag:
    name: str
    start: int
    attrs: dict[str, str]
    language: str | None = None


def _parse_error(reason: str) -> ApiError:
    return bad_request(f"can't parse entities: {reason}")


def _byte_offset(source: str, index: int) -> int:
    return len(source[:index].encode("utf-8"))


def _decode_entity(source: str, index: int) -> tuple[str, int] | None:
    """Decode the HTML entity at index into (character, end index), or None if there is none."""
    match = _ENTITY_RE.match(source, index)
    if match is None:
        return None
    decimal, hexadecimal, name = match.groups()
    if name is not None:
        char = _NAMED_ENTITIES.get(name.lower())
        return (char, match.end()) if char is not None else None
    code = int(decimal) if decimal is not None else int(hexadecimal, 16)
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return None
    return chr(code), match.end()


def _decode_text(source: str, start: int, end: int) -> str:
    """Decode entities in an attribute value; Telegram is lenient with `&` inside attributes."""
    out: list[str] = []
    i = start
    while i < end:
        decoded = _decode_entity(source, i) if source[i] == "&" else None
        if decoded is None:
            out.append(source[i])
            i += 1
        else:
            out.append(decoded[0])
            i = decoded[1]
    return "".join(out)


def _read_attributes(source: str, i: int, tag: str, begin: int) -> tuple[dict[str, str], int]:
    """Read `name="value"` pairs up to the closing `>`; return them and the index after it."""
    attrs: dict[str, str] = {}
    n = len(source)
    while True:
        while i < n and source[i].isspace():
            i += 1
        if i >= n:
            raise _parse_error(f"Unclosed start tag at byte offset {_byte_offset(source, begin)}")
        if source[i] == ">":
            return attrs, i + 1
        match = _ATTR_NAME_RE.match(source, i)
        if match is None:
            raise _parse_error(
                f'Empty attribute name in the tag "{tag}" at byte offset '
                f"{_byte_offset(source, begin)}"
            )
        name = match.group().lower()
        i = match.end()
        while i < n and source[i].isspace():
            i += 1
        if i >= n or source[i] != "=":
            attrs[name] = ""  # a bare attribute such as `<blockquote expandable>`
            continue
        i += 1
        while i < n and source[i].isspace():
            i += 1
        if i < n and source[i] in "'\"":
            quote = source[i]
            close = source.find(quote, i + 1)
            if close < 0:
                raise _parse_error(
                    f"Unclosed start tag at byte offset {_byte_offset(source, begin)}"
                )
            attrs[name] = _decode_text(source, i + 1, close)
            i = close + 1
        else:
            start = i
            while i < n and not source[i].isspace() and source[i] != ">":
                i += 1
            attrs[name] = _decode_text(source, start, i)


def _entity_for(tag: _OpenTag, offset: int, length: int) -> dict[str, Any]:
    kind = _ENTITY_TYPES[tag.name]
    entity: dict[str, Any] = {"type": kind, "offset": offset, "length": length}
    if tag.name == "a":
        entity["url"] = tag.attrs.get("href", "")
    elif tag.name == "pre" and tag.language:
        entity["language"] = tag.language
    elif tag.name == "blockquote" and "expandable" in tag.attrs:
        entity["type"] = "expandable_blockquote"
    elif tag.name == "tg-emoji":
        entity["custom_emoji_id"] = tag.attrs.get("emoji-id", "")
    return entity


def _open_tag(source: str, i: int, begin: int) -> tuple[_OpenTag, int]:
    """Parse a start tag whose `<` is at begin; i points after the `<`."""
    n = len(source)
    start = i
    while i < n and not source[i].isspace() and source[i] != ">":
        i += 1
    name = source[start:i].lower()
    if name not in _ENTITY_TYPES:
        raise _parse_error(
            f'Unsupported start tag "{name}" at byte offset {_byte_offset(source, begin)}'
        )
    attrs, i = _read_attributes(source, i, name, begin)
    if name == "span" and attrs.get("class") != "tg-spoiler":
        raise _parse_error(
            f'Tag "span" must have class "tg-spoiler" at byte offset {_byte_offset(source, begin)}'
        )
    if name == "tg-emoji" and not attrs.get("emoji-id", "").isdigit():
        raise _parse_error(
            f'Tag "tg-emoji" must have attribute "emoji-id" at byte offset '
            f"{_byte_offset(source, begin)}"
        )
    return _OpenTag(name, 0, attrs), i


def parse_html(source: str) -> tuple[str, list[dict[str, Any]]]:
    """Parse Telegram-flavoured HTML into plain text and Bot API entities (UTF-16 offsets)."""
    out: list[str] = []
    position = 0  # UTF-16 length of everything in `out`
    stack: list[_OpenTag] = []
    entities: list[dict[str, Any]] = []
    i, n = 0, len(source)
    while i < n:
        char = source[i]
        if char == "&":
            decoded = _decode_entity(source, i)
            if decoded is None:
                # Stricter than Telegram on purpose: a bare `&` means text was not escaped.
                raise _parse_error(
                    "Character '&' must be escaped as &amp; at byte offset "
                    f"{_byte_offset(source, i)}"
                )
            out.append(decoded[0])
            position += utf16_len(decoded[0])
            i = decoded[1]
            continue
        if char != "<":
            # The plain run up to the next tag or entity at once: a character at a time cost
            # ~0.5 ms for a page of search results, more than the rest of the request.
            special = _MARKUP.search(source, i)
            end = special.start() if special else n
            out.append(source[i:end])
            position += utf16_len(source[i:end])
            i = end
            continue
        begin = i
        if i + 1 < n and source[i + 1] == "/":
            close = source.find(">", i)
            if close < 0:
                raise _parse_error(f"Unclosed end tag at byte offset {_byte_offset(source, begin)}")
            name = source[i + 2 : close].strip().lower()
            i = close + 1
            if not stack:
                raise _parse_error(
                    f"Unexpected end tag at byte offset {_byte_offset(source, begin)}"
                )
            tag = stack.pop()
            if tag.name != name:
                raise _parse_error(
                    f"Unmatched end tag at byte offset {_byte_offset(source, begin)}, "
                    f'expected "</{tag.name}>", found "</{name}>"'
                )
            if tag.name == "code" and stack and stack[-1].name == "pre":
                # <pre><code class="language-x"> is one pre entity carrying the language.
                css = tag.attrs.get("class", "")
                if css.startswith("language-"):
                    stack[-1].language = css.removeprefix("language-")
                continue
            # Like Telegram: empty ranges and links without an address carry no entity.
            if position > tag.start and (tag.name != "a" or tag.attrs.get("href")):
                entities.append(_entity_for(tag, tag.start, position - tag.start))
            continue
        tag, i = _open_tag(source, i + 1, begin)
        tag.start = position
        stack.append(tag)
    if stack:
        raise _parse_error(f'Can\'t find end tag corresponding to start tag "{stack[-1].name}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def check_text(text: str, *, limit: int = MAX_TEXT_UTF16) -> None:
    """Raise Telegram's error when parsed message text is empty or too long."""
    if not text.strip():
        raise bad_request("message text is empty")
    if utf16_len(text) > limit:
        raise bad_request("message is too long")


def _check_button(button: Any) -> None:
    if not isinstance(button, dict) or not isinstance(button.get("text"), str):
        raise bad_request('can\'t parse inline keyboard button: field "text" must be a String')
    if "callback_data" in button:
        data = button["callback_data"]
        size = len(data.encode("utf-8")) if isinstance(data, str) else 0
        if not 1 <= size <= MAX_CALLBACK_DATA_BYTES:
            raise bad_request("BUTTON_DATA_INVALID")
    elif "url" in button:
        url = button["url"]
        if not isinstance(url, str) or not re.match(r"(https?|tg)://\S+$", url):
            raise bad_request("BUTTON_URL_INVALID")
    elif not any(key in button for key in ("switch_inline_query", "web_app", "login_url", "pay")):
        raise bad_request(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
        )


def check_reply_markup(markup: Any) -> dict[str, Any] | None:
    """Validate reply_markup; return it when it is an inline keyboard (the part Telegram echoes)."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" not in markup:
        return None
    rows = markup["inline_keyboard"]
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array')
    for row in rows:
        for button in row:
            _check_button(button)
    return {"inline_keyboard": rows}


_PREVIEW_FLAGS = ("is_disabled", "prefer_small_media", "prefer_large_media", "show_above_text")


def check_link_preview(options: Any) -> dict[str, Any] | None:
    """Validate LinkPreviewOptions: an object of booleans and an optional URL string."""
    if options is None:
        return None
    if not isinstance(options, dict):
        raise bad_request("can't parse link preview options JSON object")
    for flag in _PREVIEW_FLAGS:
        if flag in options and not isinstance(options[flag], bool):
            raise bad_request(f'field "{flag}" of the LinkPreviewOptions must be a Boolean')
    if "url" in options and not isinstance(options["url"], str):
        raise bad_request('field "url" of the LinkPreviewOptions must be a String')
    return options
