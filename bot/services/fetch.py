"""Fetching admin-supplied URLs without letting kabar be aimed at private networks (SSRF)."""

from __future__ import annotations

import asyncio
import codecs
import ipaddress
import logging
import re
import socket
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from digest.problems import Explained

log = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Awaitable[list[str]]]

USER_AGENT = "kabar/0.1 (+https://github.com/kabar-bot/kabar)"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_XML_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/xml", "text/xml"}
)
# Networks that ipaddress still calls global but that no news site is reachable on.
_NOT_PUBLIC = (
    ipaddress.ip_network("100.64.0.0/10"),
    ipaddress.ip_network("64:ff9b:1::/48"),
)


class FetchError(Explained):
    """A URL could not or would not be fetched; str() is one sentence for an admin."""


class HostNotFound(FetchError):
    """The host name did not resolve (now): nothing says yet where it points."""


class SiteBusy(FetchError):
    """The site answered 429 or 503; `retry_after` is its Retry-After header, if any."""

    def __init__(self, key: str, /, *, status: int, retry_after: str | None, **values: Any) -> None:
        super().__init__(key, **values)
        self.status = status
        self.retry_after = retry_after


def address_is_public(address: IPAddress) -> bool:
    """Say whether an address is on the public internet (not private, loopback, local, …)."""
    if isinstance(address, ipaddress.IPv6Address):
        # v6 forms that carry a v4 address are judged by the address they carry
        if address.ipv4_mapped is not None:
            return address_is_public(address.ipv4_mapped)
        if address.sixtofour is not None:
            return address_is_public(address.sixtofour)
        if address.teredo is not None:
            return all(address_is_public(inner) for inner in address.teredo)
        if address in ipaddress.ip_network("64:ff9b::/96"):
            return address_is_public(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
        if address.is_site_local:
            return False
    if any(address in network for network in _NOT_PUBLIC):
        return False
    return address.is_global and not (
        address.is_multicast
        or address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_reserved
        or address.is_unspecified
    )


@dataclass(frozen=True)
class FetchPolicy:
    """What kabar may fetch: address rules, size, redirect and time limits, content types."""

    allow_private: bool = False
    # host names the operator trusts even when they resolve to private addresses (an intranet
    # news server); compared case-insensitively, without port
    allowed_hosts: frozenset[str] = frozenset()
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    total_timeout: float = 30.0
    allowed_types: tuple[str, ...] = (
        "text/html",
        "application/xhtml+xml",
        "text/plain",
        "application/rss+xml",
        "application/atom+xml",
        "application/xml",
        "text/xml",
    )
    # replaces the public-address rule when set (tests allow exactly 127.0.0.1 with it)
    address_allowed: Callable[[IPAddress], bool] | None = field(default=None, compare=False)

    def permits(self, host: str, address: IPAddress) -> bool:
        """Say whether a connection to `address` (resolved from `host`) is allowed."""
        if self.allow_private or host.lower() in self.allowed_hosts:
            return True
        check = self.address_allowed or address_is_public
        return check(address)


@dataclass(frozen=True)
class FetchedPage:
    """A fetched response: final URL, decoded text, raw bytes and cache validators."""

    url: str
    status: int
    content_type: str
    charset: str | None
    text: str
    raw: bytes
    etag: str | None
    last_modified: str | None
    not_modified: bool = False


def _size(limit: int) -> str:
    """Render a byte limit the way an admin would say it."""
    if limit >= 1_000_000:
        return f"{limit / 1_000_000:g} MB"
    if limit >= 1_000:
        return f"{limit / 1_000:g} KB"
    return f"{limit} bytes"


_NUMERIC_HOST = re.compile(r"^(0x[0-9a-f]+|[0-9]+)(\.(0x[0-9a-f]+|[0-9]+)){0,3}$", re.IGNORECASE)


def _ip_literal(host: str) -> IPAddress | None:
    """Parse every spelling of an IP literal (`2130706433`, `0x7f.1`, `0177.0.0.1`, `::1`)."""
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    # browsers and the C resolver read these legacy forms as IPv4, so kabar must too
    if _NUMERIC_HOST.match(host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


@dataclass(frozen=True)
class _Target:
    """A checked URL: where to connect and what to tell the server."""

    url: str
    host: str
    port: int
    host_header: str


def _check_url(url: str) -> _Target:
    """Validate scheme, credentials and host of a URL, or raise FetchError."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise FetchError("invalid_url") from exc
    if parts.scheme.lower() not in {"http", "https"}:
        raise FetchError("scheme")
    if parts.username is not None or parts.password is not None:
        raise FetchError("credentials")
    if not parts.hostname:
        raise FetchError("invalid_url")
    host = parts.hostname.rstrip(".")
    if _ip_literal(host) is None:
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError as exc:
            raise FetchError("invalid_url") from exc
    scheme = parts.scheme.lower()
    default = 443 if scheme == "https" else 80
    real_port = port or default
    shown = f"[{host}]" if ":" in host else host
    header = shown if real_port == default else f"{shown}:{real_port}"
    return _Target(url=url.strip(), host=host, port=real_port, host_header=header)


async def _system_resolver(host: str, port: int) -> list[str]:
    """Resolve a host name with the operating system's resolver, without blocking the loop."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-z0-9_.:-]+)""", re.IGNORECASE)
# Browsers decode these labels as windows-1252 (WHATWG Encoding), and pages labelled
# ISO-8859-1 routinely contain its curly quotes; strict latin-1 would turn them into controls.
_AS_WINDOWS_1252 = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii"})
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _codec(label: str | None) -> str | None:
    """Return a Python codec for a charset label, or None when the label is unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _AS_WINDOWS_1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_body(raw: bytes, mime: str, header_charset: str | None) -> tuple[str, str]:
    """Decode a body: byte-order mark, then header charset, then in-document declaration."""
    for bom, bom_codec in _BOMS:
        if raw.startswith(bom):
            return raw.decode(bom_codec, errors="replace"), bom_codec
    codec = _codec(header_charset)
    if codec is None:
        head = raw[:4096]
        declared = None
        if mime in _HTML_TYPES:
            declared = _META_CHARSET.search(head)
        elif mime in _XML_TYPES or head.lstrip().startswith(b"<?xml"):
            declared = _XML_ENCODING.search(head)
        codec = _codec(declared.group(1).decode("ascii")) if declared else None
        # a document that could be read to find an ASCII meta tag is not UTF-16
        if codec is not None and codec.startswith("utf-16"):
            codec = "utf-8"
    codec = codec or "utf-8"
    return raw.decode(codec, errors="replace"), codec


class _BoundedDecoder:
    """Undo gzip/deflate transfer compression without ever producing more than `limit` bytes."""

    def __init__(self, encoding: str, limit: int) -> None:
        self._limit = limit
        self.total = 0
        self._encoding = encoding
        self._obj = self._new(encoding)
        self._started = False

    @staticmethod
    def _new(encoding: str, raw_deflate: bool = False) -> zlib._Decompress | None:
        if encoding == "gzip":
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        if encoding == "deflate":
            return zlib.decompressobj(-zlib.MAX_WBITS if raw_deflate else zlib.MAX_WBITS)
        return None

    def _count(self, piece: bytes) -> bytes:
        self.total += len(piece)
        if self.total > self._limit:
            raise FetchError("too_large", size=_size(self._limit))
        return piece

    def feed(self, data: bytes) -> bytes:
        """Decode one network chunk; raise FetchError once the decoded size passes the limit."""
        if self._obj is None:
            return self._count(data)
        if not self._started and self._encoding == "deflate":
            self._started = True
            try:
                return self._drain(data)
            except zlib.error:
                # some servers send raw deflate without the zlib header the RFC asks for
                self._obj = self._new("deflate", raw_deflate=True)
        return self._drain(data)

    def _drain(self, data: bytes) -> bytes:
        assert self._obj is not None
        out = bytearray()
        while data:
            # max_length keeps a decompression bomb from expanding past the limit in memory
            out += self._count(self._obj.decompress(data, self._limit - self.total + 1))
            data = self._obj.unconsumed_tail
        return bytes(out)

    def flush(self) -> bytes:
        """Return whatever the decompressor still holds."""
        return self._count(self._obj.flush()) if self._obj is not None else b""


class SafeFetcher:
    """Fetch http(s) URLs under a FetchPolicy: public addresses only, bounded size and time."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        policy: FetchPolicy = FetchPolicy(),
        resolver: Resolver | None = None,
    ) -> None:
        self._client = client
        self._policy = policy
        self._resolve = resolver or _system_resolver

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: tuple[str, ...] | None = None,
    ) -> FetchedPage:
        """Fetch a URL (following up to max_redirects checked redirects) or raise FetchError."""
        policy = self._policy
        try:
            async with asyncio.timeout(policy.total_timeout):
                return await self._follow(url, etag, last_modified, accept)
        except TimeoutError:
            error = FetchError("slow_total", seconds=f"{policy.total_timeout:g}")
        except httpx.ConnectTimeout:
            error = FetchError("no_answer", seconds=f"{policy.connect_timeout:g}")
        except httpx.TimeoutException:
            error = FetchError("no_answer", seconds=f"{policy.read_timeout:g}")
        except httpx.ConnectError:
            error = FetchError("no_connection")
        except httpx.InvalidURL:
            error = FetchError("invalid_url")
        except (httpx.TransportError, httpx.DecodingError):
            error = FetchError("broken_connection")
        except FetchError as exc:
            error = exc
        log.info("refused or failed to fetch %s: %s", url, error)
        raise error

    async def refusal(self, url: str) -> str | None:
        """Why the policy refuses `url` (bad link, private address), found without connecting.

        None when it may be fetched, or when its host does not resolve now: that is a
        fetch's failure to report later, not a refusal.
        """
        try:
            async with asyncio.timeout(self._policy.connect_timeout):
                await self._checked_address(_check_url(url))
        except (HostNotFound, TimeoutError):
            return None
        except FetchError as exc:
            return str(exc)
        return None

    async def _follow(
        self,
        url: str,
        etag: str | None,
        last_modified: str | None,
        accept: tuple[str, ...] | None,
    ) -> FetchedPage:
        """Walk the redirect chain, checking every hop before connecting to it."""
        current = url
        for _ in range(self._policy.max_redirects + 1):
            target = _check_url(current)
            address = await self._checked_address(target)
            response = await self._send(target, address, etag, last_modified, accept)
            try:
                if response.status_code in _REDIRECTS:
                    location = response.headers.get("location")
                    if not location:
                        raise FetchError("redirect_nowhere")
                    current = urljoin(target.url, location.strip())
                    continue
                return await self._page(target, response, etag, last_modified, accept)
            finally:
                await response.aclose()
        raise FetchError("too_many_redirects", limit=self._policy.max_redirects)

    async def _checked_address(self, target: _Target) -> IPAddress:
        """Resolve the host once and refuse it if any address it resolves to is not allowed."""
        literal = _ip_literal(target.host)
        if literal is not None:
            addresses: list[IPAddress] = [literal]
        else:
            try:
                found = await self._resolve(target.host, target.port)
            except (OSError, UnicodeError) as exc:
                raise HostNotFound("host_not_found", host=target.host) from exc
            try:
                addresses = [ipaddress.ip_address(a.split("%", 1)[0]) for a in found]
            except ValueError as exc:
                raise HostNotFound("host_not_found", host=target.host) from exc
        if not addresses:
            raise HostNotFound("host_not_found", host=target.host)
        # ANY bad address refuses the host: a name with one public and one private record
        # would otherwise let the attacker pick which one we connect to
        if not all(self._policy.permits(target.host, a) for a in addresses):
            raise FetchError("private_address")
        return addresses[0]

    async def _send(
        self,
        target: _Target,
        address: IPAddress,
        etag: str | None,
        last_modified: str | None,
        accept: tuple[str, ...] | None,
    ) -> httpx.Response:
        """Send the request to the checked address itself, so DNS can't change in between."""
        policy = self._policy
        pinned = httpx.URL(target.url).copy_with(host=str(address))
        headers = {
            "Host": target.host_header,
            "User-Agent": USER_AGENT,
            "Accept": ", ".join((*(accept or policy.allowed_types), "*/*;q=0.1")),
            # only what _BoundedDecoder can undo with a size bound
            "Accept-Encoding": "gzip, deflate",
        }
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        timeout = httpx.Timeout(
            connect=policy.connect_timeout,
            read=policy.read_timeout,
            write=policy.read_timeout,
            pool=policy.connect_timeout,
        )
        # sni_hostname makes TLS send and verify the certificate for the real host name.
        # httpx pools connections by the IP we dial, so a kept-alive connection may serve
        # another name on the same IP; it is still that verified server answering.
        request = self._client.build_request(
            "GET",
            pinned,
            headers=headers,
            timeout=timeout,
            extensions={"sni_hostname": target.host},
        )
        return await self._client.send(request, stream=True, follow_redirects=False)

    async def _page(
        self,
        target: _Target,
        response: httpx.Response,
        etag: str | None,
        last_modified: str | None,
        accept: tuple[str, ...] | None,
    ) -> FetchedPage:
        """Turn a final (non-redirect) response into a FetchedPage, enforcing type and size."""
        policy = self._policy
        new_etag = response.headers.get("etag") or None
        new_modified = response.headers.get("last-modified") or None
        if response.status_code == 304:
            return FetchedPage(
                url=target.url,
                status=304,
                content_type="",
                charset=None,
                text="",
                raw=b"",
                etag=new_etag or etag,
                last_modified=new_modified or last_modified,
                not_modified=True,
            )
        if response.status_code in (429, 503):
            raise SiteBusy(
                "site_answered",
                status_text=_status(response.status_code),
                status=response.status_code,
                retry_after=response.headers.get("retry-after"),
            )
        if not 200 <= response.status_code < 300:
            raise FetchError("site_answered", status_text=_status(response.status_code))
        content_type = response.headers.get("content-type", "")
        mime = content_type.split(";", 1)[0].strip().lower()
        if mime and mime not in (accept or policy.allowed_types):
            raise FetchError("not_a_page_type", mime=mime)
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > policy.max_bytes:
            raise FetchError("too_large", size=_size(policy.max_bytes))
        raw = await self._read(response)
        if not mime and b"\x00" in raw[:1024] and not raw.startswith(_UTF16_BOMS):
            raise FetchError("not_a_page_file")
        text, codec = decode_body(raw, mime, response.charset_encoding)
        return FetchedPage(
            url=target.url,
            status=response.status_code,
            content_type=mime,
            charset=codec,
            text=text,
            raw=raw,
            etag=new_etag,
            last_modified=new_modified,
        )

    async def _read(self, response: httpx.Response) -> bytes:
        """Read the body, undoing compression ourselves so the size limit counts decoded bytes."""
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        if encoding not in {"identity", "", "gzip", "x-gzip", "deflate"}:
            raise FetchError("unknown_encoding", encoding=encoding)
        decoder = _BoundedDecoder(
            "gzip" if encoding == "x-gzip" else encoding, self._policy.max_bytes
        )
        body = bytearray()
        try:
            async for chunk in response.aiter_raw():
                body += decoder.feed(chunk)
            body += decoder.flush()
        except zlib.error as exc:
            raise FetchError("corrupt_compression") from exc
        return bytes(body)


_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _status(code: int) -> str:
    """Render an HTTP status as `404 Not Found`."""
    try:
        return f"{code} {HTTPStatus(code).phrase}"
    except ValueError:
        return str(code)
