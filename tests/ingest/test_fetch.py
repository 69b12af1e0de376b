"""SafeFetcher against real local HTTP servers: SSRF refusals, limits, charsets, caching."""

from __future__ import annotations

import asyncio
import gzip
import ipaddress
import time
from collections.abc import AsyncIterator

import httpx
import pytest
from aiohttp import web

from bot.services.fetch import FetchError, FetchPolicy, SafeFetcher, address_is_public

LOCALHOST = ipaddress.ip_address("127.0.0.1")
PAGE = "<html><head><title>Berita</title></head><body><p>Presiden berkata.</p></body></html>"


def _only_localhost_and_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return address == LOCALHOST or address_is_public(address)


async def _page(request: web.Request) -> web.Response:
    if request.headers.get("If-None-Match") == '"v1"':
        return web.Response(status=304, headers={"ETag": '"v1"'})
    body = PAGE.replace("Berita", f"Host {request.headers['Host']}")
    return web.Response(
        text=body, content_type="text/html", headers={"ETag": '"v1"', "Last-Modified": "x"}
    )


async def _redirect(request: web.Request) -> web.Response:
    left = int(request.match_info["left"])
    raise web.HTTPFound("/page" if left == 0 else f"/redirect/{left - 1}")


async def _to_internal(request: web.Request) -> web.Response:
    raise web.HTTPFound(f"http://internal.example:{request.url.port}/page")


async def _big(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Type": "text/html"})
    await response.prepare(request)
    chunk = b"<p>" + b"a" * 65_530 + b"</p>"
    try:
        for _ in range(100):  # 6.5 MB, no Content-Length
            await response.write(chunk)
    except (ConnectionError, RuntimeError):
        pass
    return response


def _gzip_response(payload: bytes) -> web.Response:
    return web.Response(
        body=gzip.compress(payload, 9),
        headers={"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"},
    )


async def _bomb(request: web.Request) -> web.Response:
    return _gzip_response(b"\0" * 50_000_000)


async def _gzipped(request: web.Request) -> web.Response:
    return _gzip_response(PAGE.encode())


async def _slow(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Type": "text/html"})
    await response.prepare(request)
    try:
        for _ in range(100):
            await response.write(b"a")
            await asyncio.sleep(0.1)
    except (ConnectionError, RuntimeError):
        pass
    return response


async def _png(request: web.Request) -> web.Response:
    return web.Response(body=b"\x89PNG\r\n\x1a\n" + b"\0" * 100, content_type="image/png")


async def _pdf(request: web.Request) -> web.Response:
    return web.Response(body=b"%PDF-1.4", content_type="application/pdf")


async def _cp1252(request: web.Request) -> web.Response:
    body = '<html><head><meta charset="windows-1252"></head><body>\x93Kami\x94 caf\xe9</body>'
    return web.Response(body=body.encode("latin-1"), headers={"Content-Type": "text/html"})


async def _latin1(request: web.Request) -> web.Response:
    return web.Response(
        body="Ekspor kopi ke caf\xe9 Eropa".encode("latin-1"),
        headers={"Content-Type": "text/plain; charset=ISO-8859-1"},
    )


async def _missing(request: web.Request) -> web.Response:
    return web.Response(status=404, text="nope")


@pytest.fixture(scope="module")
async def server() -> AsyncIterator[int]:
    app = web.Application()
    app.router.add_get("/page", _page)
    app.router.add_get("/redirect/{left}", _redirect)
    app.router.add_get("/to-internal", _to_internal)
    app.router.add_get("/big", _big)
    app.router.add_get("/bomb", _bomb)
    app.router.add_get("/gzipped", _gzipped)
    app.router.add_get("/slow", _slow)
    app.router.add_get("/png", _png)
    app.router.add_get("/pdf", _pdf)
    app.router.add_get("/cp1252", _cp1252)
    app.router.add_get("/latin1", _latin1)
    app.router.add_get("/missing", _missing)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    yield port
    await runner.cleanup()


class FakeDNS:
    """news.example is "public" but served locally; internal.example is a private host."""

    def __init__(self) -> None:
        self.lookups: list[str] = []

    async def __call__(self, host: str, port: int) -> list[str]:
        self.lookups.append(host)
        table = {"news.example": ["127.0.0.1"], "internal.example": ["10.0.0.5"]}
        if host not in table:
            raise OSError("no such host")
        return table[host]


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(follow_redirects=False, trust_env=False) as client:
        yield client


def _fetcher(client: httpx.AsyncClient, dns: FakeDNS | None = None, **limits: float) -> SafeFetcher:
    policy = FetchPolicy(address_allowed=_only_localhost_and_public, **limits)  # type: ignore[arg-type]
    return SafeFetcher(client, policy, resolver=dns or FakeDNS())


async def test_fetches_through_pinned_address_with_real_host_header(client, server) -> None:
    dns = FakeDNS()
    page = await _fetcher(client, dns).fetch(f"http://news.example:{server}/redirect/2")
    # news.example exists only in FakeDNS: connecting at all proves we dialled the checked IP
    assert page.url == f"http://news.example:{server}/page"
    assert f"Host news.example:{server}" in page.text
    assert page.status == 200 and page.content_type == "text/html"
    assert dns.lookups == ["news.example"] * 4  # one resolution per hop, reused to connect


async def test_redirect_into_private_network_is_refused(client, server) -> None:
    with pytest.raises(FetchError, match="private network"):
        await _fetcher(client).fetch(f"http://news.example:{server}/to-internal")


async def test_more_than_five_redirects_refused(client, server) -> None:
    fetcher = _fetcher(client)
    assert (await fetcher.fetch(f"http://127.0.0.1:{server}/redirect/4")).status == 200
    with pytest.raises(FetchError, match=r"Too many redirects \(more than 5\)"):
        await fetcher.fetch(f"http://127.0.0.1:{server}/redirect/5")


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1/", "private network"),
        ("http://localhost/", "private network"),
        ("http://[::1]/", "private network"),
        ("http://2130706433/", "private network"),
        ("http://0x7f.1/", "private network"),
        ("http://0177.0.0.1/", "private network"),
        ("http://[::ffff:127.0.0.1]/", "private network"),
        ("http://[2002:c0a8:101::1]/", "private network"),
        ("http://169.254.169.254/latest/meta-data", "private network"),
        ("http://100.64.1.1/", "private network"),
        ("http://192.168.1.1:8080/admin", "private network"),
        ("ftp://example.com/file", "Only http and https"),
        ("file:///etc/passwd", "Only http and https"),
        ("http://user:secret@example.com/", "user name or password"),
    ],
)
async def test_default_policy_refuses_non_public_targets(client, url, reason) -> None:
    with pytest.raises(FetchError, match=reason):
        await SafeFetcher(client).fetch(url)


async def test_host_with_one_private_record_among_public_ones_is_refused(client) -> None:
    async def mixed(host: str, port: int) -> list[str]:
        return ["93.184.216.34", "10.1.2.3"]

    with pytest.raises(FetchError, match="private network"):
        await SafeFetcher(client, resolver=mixed).fetch("https://news.example/a")


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.216.34", True),
        ("2606:4700:4700::1111", True),
        ("2002:5db8:d822::1", True),  # 6to4 around a public v4 address
        ("10.0.0.5", False),
        ("172.16.0.1", False),
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("255.255.255.255", False),
        ("240.0.0.1", False),
        ("fc00::1", False),
        ("fe80::1", False),
        ("::ffff:10.0.0.1", False),
        ("64:ff9b::a00:1", False),  # NAT64 of 10.0.0.1
    ],
)
def test_address_is_public(address: str, public: bool) -> None:
    assert address_is_public(ipaddress.ip_address(address)) is public


async def test_oversized_body_cut_off(client, server) -> None:
    with pytest.raises(FetchError, match=r"^The page is larger than 5 MB\.$"):
        await _fetcher(client).fetch(f"http://127.0.0.1:{server}/big")


async def test_gzip_bomb_cut_off_after_decompression(client, server) -> None:
    fetcher = _fetcher(client)
    page = await fetcher.fetch(f"http://127.0.0.1:{server}/gzipped")
    assert page.text == PAGE
    with pytest.raises(FetchError, match="larger than 5 MB"):
        await fetcher.fetch(f"http://127.0.0.1:{server}/bomb")


async def test_slow_drip_cut_off_by_total_deadline(client, server) -> None:
    fetcher = _fetcher(client, read_timeout=5.0, total_timeout=0.8)
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"longer than 0\.8 seconds"):
        await fetcher.fetch(f"http://127.0.0.1:{server}/slow")
    assert time.monotonic() - started < 2.5


@pytest.mark.parametrize(("path", "kind"), [("/png", "image/png"), ("/pdf", "application/pdf")])
async def test_non_page_content_refused(client, server, path, kind) -> None:
    with pytest.raises(FetchError, match=f"doesn't point to a web page \\(it is {kind}\\)"):
        await _fetcher(client).fetch(f"http://127.0.0.1:{server}{path}")


async def test_accept_narrows_the_allowed_types(client, server) -> None:
    with pytest.raises(FetchError, match="it is text/html"):
        await _fetcher(client).fetch(
            f"http://127.0.0.1:{server}/page", accept=("application/rss+xml",)
        )


async def test_meta_charset_windows_1252(client, server) -> None:
    page = await _fetcher(client).fetch(f"http://127.0.0.1:{server}/cp1252")
    assert "“Kami” café" in page.text
    assert page.charset == "cp1252"


async def test_header_charset_iso_8859_1(client, server) -> None:
    page = await _fetcher(client).fetch(f"http://127.0.0.1:{server}/latin1")
    assert page.text == "Ekspor kopi ke café Eropa"


async def test_etag_gives_not_modified(client, server) -> None:
    fetcher = _fetcher(client)
    first = await fetcher.fetch(f"http://127.0.0.1:{server}/page")
    assert first.etag == '"v1"' and not first.not_modified
    again = await fetcher.fetch(f"http://127.0.0.1:{server}/page", etag=first.etag)
    assert again.not_modified and again.text == "" and again.etag == '"v1"'


async def test_http_error_status_is_one_sentence(client, server) -> None:
    with pytest.raises(FetchError) as caught:
        await _fetcher(client).fetch(f"http://127.0.0.1:{server}/missing")
    assert str(caught.value) == "The site answered 404 Not Found."


async def test_unknown_host_is_a_clear_error(client) -> None:
    with pytest.raises(FetchError, match=r"couldn't find the site nowhere\.example"):
        await _fetcher(client).fetch("http://nowhere.example/")
