"""Duplicate detection: canonical URLs, exact content hashes and MinHash/LSH."""

from __future__ import annotations

import contextlib
import hashlib
import re
import struct
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from operator import eq
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

_MASK64 = (1 << 64) - 1

# Query parameters that only say where a click came from; two links differing only in these
# point at the same article.
_TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "ttclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "ref",
        "ref_src",
        "ref_url",
        "cmpid",
        "_ga",
        "_gl",
        "s_cid",
        "spm",
        "ocid",
        "ncid",
        "mkt_tok",
        "_hsenc",
        "_hsmi",
        "wt.mc_id",
        "wt_mc",
        "oly_enc_id",
        "oly_anon_id",
        "vero_id",
        "li_fat_id",
        "__twitter_impression",
    }
)
_TRACKING_PREFIXES = ("utm_",)
# Hosts prefixes that are the same newsroom's desktop/mobile/AMP copies of one article.
_MIRROR_PREFIXES = ("www.", "m.", "mobile.", "amp.")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_PCT = re.compile(r"%([0-9A-Fa-f]{2})")
_PATH_SAFE = "/:@!$&'()*+,;=-._~%"


def _normalise_percent(text: str, safe: str) -> str:
    """Decode escapes of unreserved characters, upper-case the rest, escape what must be."""

    def fix(match: re.Match[str]) -> str:
        char = chr(int(match.group(1), 16))
        return char if char in _UNRESERVED else "%" + match.group(1).upper()

    return quote(_PCT.sub(fix, text), safe=safe)


def _remove_dot_segments(path: str) -> str:
    """Resolve `.` and `..` path segments as RFC 3986 section 5.2.4 does."""
    out: list[str] = []
    segments = path.split("/")
    for index, segment in enumerate(segments):
        last = index == len(segments) - 1
        if segment == ".":
            if last:
                out.append("")
        elif segment == "..":
            if len(out) > 1:
                out.pop()
            if last:
                out.append("")
        else:
            out.append(segment)
    return "/".join(out)


def _canonical_host(host: str) -> str:
    """Lower-case, punycode and strip mirror prefixes (www/m/amp) from a host name."""
    host = host.rstrip(".").lower()
    # an IPv6 literal or an invalid IDN label is kept as typed
    with contextlib.suppress(UnicodeError):
        host = host.encode("idna").decode("ascii")
    # The canonical URL is an identity key, not an address to fetch: news sites serve the same
    # article on www., m. (mobile) and amp. hosts, so those prefixes must not make two links
    # look different. Only strip when a registrable name remains ("m.id" stays as it is).
    for prefix in _MIRROR_PREFIXES:
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix) :]
            break
    return host


def _canonical_path(path: str) -> str:
    """Normalise a URL path and remove AMP markers and the trailing slash."""
    path = _remove_dot_segments(_normalise_percent(path or "/", _PATH_SAFE))
    segments = [s for s in path.split("/") if s]
    # AMP copies live under a leading or trailing `amp` segment (`/amp/news/1`, `/news/1/amp`)
    # or as `story.amp.html`; a middle segment named "amp" may be a real slug, so keep those.
    if segments and segments[-1].lower() == "amp":
        segments.pop()
    if segments and segments[0].lower() == "amp":
        segments.pop(0)
    if segments:
        last = segments[-1]
        if last.lower().endswith(".amp"):
            segments[-1] = last[:-4]
        elif ".amp." in last.lower():
            cut = last.lower().index(".amp.")
            segments[-1] = last[:cut] + last[cut + 4 :]
    return "/" + "/".join(s for s in segments if s)


def _keep_param(key: str, value: str) -> bool:
    """Say whether a query parameter identifies content rather than tracking or AMP mode."""
    lowered = key.lower()
    if lowered in _TRACKING_PARAMS or lowered.startswith(_TRACKING_PREFIXES):
        return False
    if lowered == "amp" or lowered == "amp_js_v":
        return False
    return not (lowered in {"outputtype", "output"} and value.lower() == "amp")


def _unwrap_amp_cache(scheme: str, host: str, path: str) -> tuple[str, str, str] | None:
    """Turn a Google AMP cache URL (`*.cdn.ampproject.org/c/s/host/path`) into the origin."""
    if not host.endswith(".cdn.ampproject.org"):
        return None
    parts = path.split("/", 4)  # "", "c", "s", host, rest
    if len(parts) < 4 or parts[1] not in {"c", "v", "i"}:
        return None
    if parts[2] == "s" and len(parts) >= 4:
        inner = parts[3:]
        scheme = "https"
    else:
        inner = parts[2:]
        scheme = "http"
    origin_host, _, rest = "/".join(inner).partition("/")
    return scheme, origin_host, "/" + rest


def canonical_url(url: str) -> str:
    """Return the identity key of a link: same article on www/m/AMP/tracking links → same key."""
    url = url.strip()
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return url
    host, path = parts.hostname, parts.path
    unwrapped = _unwrap_amp_cache(scheme, host.lower(), path)
    if unwrapped is not None:
        scheme, origin_host, origin_path = unwrapped
        return canonical_url(
            urlunsplit((scheme, origin_host, origin_path, parts.query, parts.fragment))
        )
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = _canonical_host(host)
    if ":" in netloc:
        netloc = f"[{netloc}]"
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        netloc = f"{netloc}:{port}"
    params = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if _keep_param(k, v)
    ]
    query = urlencode(sorted(params), quote_via=quote, safe="")
    return urlunsplit((scheme, netloc, _canonical_path(path), query, ""))


_NON_WORD = re.compile(r"[^\w]+")


def normalise_words(text: str) -> list[str]:
    """Split text into case-folded words with punctuation and symbols removed."""
    return _NON_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).split()


def content_hash(headline: str, body: Sequence[str]) -> str:
    """Return a sha256 hex digest that ignores case, punctuation and whitespace edits."""
    return _content_hash(normalise_words(headline), [normalise_words(p) for p in body])


def _content_hash(headline: list[str], paragraphs: Sequence[list[str]]) -> str:
    head = " ".join(headline)
    text = " ".join(" ".join(words) for words in paragraphs)
    return hashlib.sha256(f"{head}\x1f{text}".encode()).hexdigest()


def _shingle_hashes(body: Sequence[str] | str, size: int) -> list[bytes]:
    """Hash each run of `size` consecutive words to 8 bytes (fewer words: one shingle)."""
    text = body if isinstance(body, str) else "\n".join(body)
    return _word_shingle_hashes(normalise_words(text), size)


def _word_shingle_hashes(words: list[str], size: int) -> list[bytes]:
    if not words:
        return []
    if len(words) <= size:
        shingles = [" ".join(words)]
    else:
        shingles = [" ".join(words[i : i + size]) for i in range(len(words) - size + 1)]
    blake2b = hashlib.blake2b
    return [blake2b(s.encode(), digest_size=8).digest() for s in shingles]


def _signed64(value: int) -> int:
    """Map an unsigned 64-bit value into the signed range so it fits a BIGINT column."""
    return value - (1 << 64) if value >= 1 << 63 else value


def minhash(
    body: Sequence[str] | str, num_perm: int = 64, *, shingle_size: int = 5
) -> tuple[int, ...]:
    """Return a one-permutation MinHash signature (num_perm signed ints) of word shingles."""
    # One-permutation hashing (Li, Owen & Zhang 2012) with rotation densification
    # (Shrivastava 2017): one hash per shingle, split into num_perm bins, minimum per bin.
    # It estimates Jaccard like num_perm independent hashes do, at 1/num_perm of the cost.
    return _minhash(_shingle_hashes(body, shingle_size), num_perm)


def _minhash(digests: list[bytes], num_perm: int) -> tuple[int, ...]:
    if num_perm < 1:
        raise ValueError("num_perm must be at least 1")
    empty = 1 << 64
    bins = [empty] * num_perm
    unique = set(digests)
    # One C call turns all the big-endian 8-byte digests into ints.
    for value in struct.unpack(f">{len(unique)}Q", b"".join(unique)):
        rest, index = divmod(value, num_perm)
        if rest < bins[index]:
            bins[index] = rest
    if all(v == empty for v in bins):
        return tuple([_signed64(_MASK64)] * num_perm)
    filled = list(bins)
    for index in range(num_perm):
        offset = 1
        while filled[index] == empty:
            donor = bins[(index + offset) % num_perm]
            if donor != empty:
                # the offset is mixed in so borrowed bins only match when borrowed alike
                filled[index] = donor + offset * 0x9E3779B97F4A7C15 & _MASK64
            offset += 1
    return tuple(_signed64(v & _MASK64) for v in filled)


def jaccard_estimate(sig_a: Sequence[int], sig_b: Sequence[int]) -> float:
    """Estimate the Jaccard similarity of two documents from their MinHash signatures."""
    if len(sig_a) != len(sig_b) or not sig_a:
        raise ValueError("MinHash signatures must be non-empty and of equal length")
    # map(eq) counts in C: bulk ingest compares each article with dozens of candidates.
    return sum(map(eq, sig_a, sig_b)) / len(sig_a)


def lsh_bands(signature: Sequence[int], bands: int = 16) -> tuple[int, ...]:
    """Hash each band of a MinHash signature to a signed 64-bit key for an indexed lookup."""
    if bands < 1 or len(signature) % bands:
        raise ValueError("the signature length must be a multiple of the number of bands")
    rows = len(signature) // bands
    keys = []
    for band in range(bands):
        chunk = signature[band * rows : (band + 1) * rows]
        data = band.to_bytes(2, "big") + b"".join((v & _MASK64).to_bytes(8, "big") for v in chunk)
        keys.append(_signed64(int.from_bytes(hashlib.blake2b(data, digest_size=8).digest())))
    return tuple(keys)


_ENGLISH_STOP_WORDS = frozenset(
    {
        "about",
        "after",
        "again",
        "also",
        "among",
        "been",
        "before",
        "being",
        "between",
        "both",
        "could",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "from",
        "further",
        "have",
        "having",
        "here",
        "into",
        "itself",
        "just",
        "more",
        "most",
        "other",
        "over",
        "said",
        "says",
        "same",
        "should",
        "some",
        "such",
        "than",
        "that",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "under",
        "until",
        "very",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "will",
        "with",
        "would",
        "your",
    }
)


def _story_stop_words() -> frozenset[str]:
    """Indonesian (Sastrawi's list) and common English function words."""
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    return frozenset(StopWordRemoverFactory().get_stop_words()) | _ENGLISH_STOP_WORDS


_STORY_STOP_WORDS = _story_stop_words()


def _story_words(words: list[str]) -> set[str]:
    """Content words that name what a story is about: no function words, no short tokens."""
    return {w for w in words if len(w) >= 4 and w not in _STORY_STOP_WORDS}


def story_minhash(headline: str, body: Sequence[str], num_perm: int = 64) -> tuple[int, ...]:
    """Return a MinHash signature of the set of content words, for `same_story`."""
    return _story_minhash(normalise_words(headline + "\n" + "\n".join(body)), num_perm)


def _story_minhash(words: list[str], num_perm: int = 64) -> tuple[int, ...]:
    return minhash(" ".join(sorted(_story_words(words))), num_perm, shingle_size=1)


@dataclass(frozen=True, slots=True)
class Fingerprints:
    """What duplicate and story detection store for one article."""

    content_hash: str
    near: tuple[int, ...]  # `minhash` of the body
    story: tuple[int, ...]  # `story_minhash` of headline and body


def fingerprints(headline: str, body: Sequence[str]) -> Fingerprints:
    """`content_hash`, `minhash` and `story_minhash` of one article, normalising it once."""
    # Normalising is per character (NFKC, casefold); a newline between parts never merges
    # with its neighbours, so the words of the joined text are the parts' words in turn.
    head = normalise_words(headline)
    paragraphs = [normalise_words(p) for p in body]
    words = [w for p in paragraphs for w in p]
    return Fingerprints(
        content_hash=_content_hash(head, paragraphs),
        near=_minhash(_word_shingle_hashes(words, 5), 64),
        story=_story_minhash(head + words),
    )


# Both thresholds are calibrated in docs/benchmarks.md ("Duplicates"). Replacing any one of
# the seed article's seven paragraphs leaves 5-shingle Jaccard between 0.63 and 0.80, while no
# pair of the 750 IndoSum dev articles goes above 0.09 (shared site footers): 0.5 sits several
# standard deviations of a 64-bin estimate away from both.
NEAR_DUPLICATE_JACCARD = 0.5
# A rewrite of the seed story in other words shares 0.44 of its content words; unrelated
# IndoSum articles on a recurring topic (sports results, startup funding) stay below 0.3.
SAME_STORY_JACCARD = 0.3


def is_near_duplicate(a_sig: Sequence[int], b_sig: Sequence[int]) -> bool:
    """Say whether two `minhash` signatures belong to the same text, lightly edited."""
    return jaccard_estimate(a_sig, b_sig) >= NEAR_DUPLICATE_JACCARD


def same_story(a_sig: Sequence[int], b_sig: Sequence[int]) -> bool:
    """Say whether two `story_minhash` signatures tell the same story (compare within days)."""
    # Content words alone cannot tell this week's landslide from last month's on the same
    # railway line, so callers only compare articles published a few days apart.
    return jaccard_estimate(a_sig, b_sig) >= SAME_STORY_JACCARD
