"""How well kabar reads real outlet pages: headline, time, source, author, body, quote, topics.

Scores `make_card` on the development corpus of copy-pasted and saved pages that sits beside
the checkout (`../shared/data/pages`, or `KABAR_PAGES`), field by field and per outlet.

Run: .venv/bin/python -m bench.pages_quality [--outlet kompas] [--show headline|quote|...]
"""

from __future__ import annotations

import argparse
import json
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.indosum import load as load_indosum
from bench.quote_baseline import regex_key_quote
from digest.card import make_card
from digest.categories import category_key
from digest.model import ArticleRejected, Card
from digest.name_words import TITLES, word_set
from digest.tag import tag

PAGES = Path(
    os.environ.get("KABAR_PAGES", Path(__file__).resolve().parents[2] / "shared" / "data" / "pages")
)
# Words that name an office, not a person, in the gold's title-only speakers.
_TITLE_ISH = word_set(
    "divisi komunikasi penerangan pusat satuan reserse kriminal pendidikan dinas agraria "
    "penyelenggaraan haji associate operating officer indramayu wali kota menteri"
)
_TOKEN = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
# What no reader would follow as a topic: function words, discourse openers, units, currency.
_JUNK_WORDS = word_set(
    """
    rp usd idr jadi nah pasalnya namun tetapi tapi kemudian lalu sementara selain bahkan
    menurut adapun yakni yaitu maka oleh karena itu ini tersebut dia ia mereka kami kita
    saya anda nomor tahun bulan hari pekan minggu jam menit persen pukul wib wita wit the a an
    and or but i i'm we you he she it they this that these those his her its their mr mrs ms
    dr prof said says according also however meanwhile so yet when while if then there here
    what why how who which senin selasa rabu kamis jumat sabtu minggu monday tuesday wednesday
    thursday friday saturday sunday januari februari maret april mei juni juli agustus
    september oktober november desember january february march june july august october
    december baca simak lihat foto video berita artikel halaman
    km kg ton us$ persen percent misalnya sebelumnya selanjutnya akhirnya sehingga padahal
    meski kendati setelah saat ketika sebanyak kemarin we're it's i've they're presiden
    menteri gubernur bupati president minister
    """
)
# A law's citation ("Undang Nomor Tahun", "Pasal Peraturan") is junk wherever these stand.
_CITATION_WORDS = word_set("nomor pasal ayat")


@dataclass(frozen=True, slots=True)
class Case:
    """One gold case: its raw page and the gold fields."""

    id: str
    raw: bytes
    gold: dict[str, Any]


def cases(outlet: str | None = None) -> Iterator[Case]:
    """Yield the corpus cases (optionally one outlet's) in file order."""
    with (PAGES / "gold.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            gold = json.loads(line)
            if outlet and gold["outlet"] != outlet:
                continue
            yield Case(gold["id"], (PAGES / gold["path"]).read_bytes(), gold)


def _norm(text: str | None) -> str:
    return _SPACE.sub(" ", (text or "").replace("\u00a0", " ")).strip().casefold()


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.casefold())


def token_f1(ours: list[str], gold: list[str]) -> float:
    """Token-level F1 of two paragraph lists (bag of words)."""
    a, b = Counter(_tokens(" ".join(ours))), Counter(_tokens(" ".join(gold)))
    common = sum((a & b).values())
    if not common:
        return 0.0 if (a or b) else 1.0
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def _quote_match(ours: str, gold: str) -> bool:
    a, b = set(_tokens(ours)), set(_tokens(gold))
    return bool(a and b) and len(a & b) / max(len(a), len(b)) >= 0.8


def _gold_person(gold: str) -> set[str] | None:
    """The name words of a gold speaker, without its titles; None when gold is a title alone
    ("Bupati", "Kepala Divisi Komunikasi"), which cannot tell a right person from a wrong one."""
    words = {w for w in _tokens(gold.split(",")[-1]) if w not in TITLES and not w.isdigit()}
    capitalised = [w for w in gold.split(",")[-1].split() if w[:1].isupper()]
    if not words or (len(capitalised) == len(gold.split(",")[-1].split()) and words <= _TITLE_ISH):
        return None
    return words


def _speaker_name_match(ours: str | None, gold: str) -> bool:
    """Name-level match: ours is the name inside gold's "Title Place Name, Role" chain, or
    gold's name words (titles dropped: "Iptu Firdaus") all stand in ours."""
    mine = _tokens(ours or "")
    if not mine:
        return False
    for part in gold.split(","):
        words = _tokens(part)
        if (len(mine) >= 2 or words[-1:] == mine) and set(mine) <= set(words):
            return True
        name = {w for w in words if w not in TITLES}
        if name and name <= set(mine):
            return True
    return False


def _speaker_match(ours: str | None, gold: str) -> bool:
    if not ours:
        return False
    a, g = _norm(ours), _norm(gold)
    # Gold keeps "Title, Name" chains as written; the person's name must be in both.
    g_name = g.split(",")[-1].strip()
    return a in (g, g_name) or (len(a) > 3 and (a in g or g_name in a))


_BALI_NAMES = frozenset(
    ["putu", "wayan", "gede", "made", "kadek", "nengah", "nyoman", "komang", "ketut", "gusti"]
)
# The scorer's own pattern, not kabar's: an amount is junk however kabar reads it.
_MONEY = re.compile(r"^(?:rp|us\$|\$|usd|idr|rm|€|£)\.?[\d.,]+[a-z]*$")


def is_junk_topic(topic: str) -> bool:
    """Tell whether a topic is one no reader would follow (a function word, unit, fragment)."""
    words = topic.split()
    if not words:
        return True
    lowered = [w.casefold().strip(".,:;") for w in words]
    if topic.isalpha() and topic.isupper() and len(topic) >= 3:
        return False  # an acronym: "WHO" is the organisation, not the pronoun
    balinese = words[0] == "I" and len(lowered) > 1 and lowered[1] in _BALI_NAMES
    # "Lalu Hendra Wijaya": a Sasak man's noble title opens his name, not the word "then"
    sasak = lowered[0] == "lalu" and len(words) > 1 and words[0] == "Lalu"
    if any(w in _JUNK_WORDS for w in (lowered[-1], *(() if balinese or sasak else (lowered[0],)))):
        return True  # "I Wayan Koster" opens on Bali's "I", not the pronoun
    if any(w in _CITATION_WORDS for w in lowered):
        return True
    if re.search(r"['’]s$", topic) or re.fullmatch(r"[\d\W]+", topic):
        return True
    if any(_MONEY.match(w) for w in lowered):
        return True  # "Rp80", "US$5": an amount, not a name
    return len(topic) < 2


def _published_ok(card: Card, gold: dict[str, Any]) -> bool:
    want = gold["published"]
    if want is None:
        return card.published is None
    if card.published is None:
        return False
    if gold["published_precision"] == "day":
        return card.published.date().isoformat() == want[:10]
    return (
        card.published.isoformat()[:16] == want[:16]
        and card.published.isoformat()[-6:] == want[-6:]
    )


def score_case(case: Case) -> dict[str, Any]:
    """Return a dict of per-field outcomes (True/False, or a float for body F1)."""
    gold = case.gold
    try:
        card = make_card(
            case.raw, content_type="text/html" if gold["input_type"] == "html" else None
        )
    except ArticleRejected as error:
        return {"rejected": str(error)}
    out: dict[str, Any] = {"card": card}
    out["headline"] = _norm(card.headline) == _norm(gold["headline"])
    aliases = {_norm(a) for a in [gold["source"], *(gold.get("source_aliases") or [])] if a}
    out["source"] = _norm(card.source) in aliases
    out["published"] = _published_ok(card, gold)
    authors = [gold["author"], *(gold.get("author_alternatives") or [])]
    out["author"] = (
        card.author is None if gold["author"] is None else _norm(card.author) in map(_norm, authors)
    )
    out["dateline"] = _norm(card.dateline) == _norm(gold["dateline"])
    out["body_f1"] = token_f1(list(card.body), gold["body"])
    quotes = gold["quotes"]
    if quotes:
        # The same scoring for kabar and for the regex baseline, on the same parsed body.
        for prefix, chosen in (("", card.key_quote), ("baseline_", regex_key_quote(card.body))):
            found = chosen and next(
                (q for q in quotes if _quote_match(chosen.text, q["text"])), None
            )
            out[f"{prefix}quote_found"] = bool(found)
            if any(q["speaker"] for q in quotes):
                # The article holds an attributed statement: a title, lyric or scare-quoted
                # term alone is not a key quote (issue 11), so those pages are left out here.
                out[f"{prefix}quote_found_statement"] = bool(found)
            if gold["key_quote"] is not None and quotes[gold["key_quote"]]["speaker"]:
                # Right speaker: the chosen quote is a gold quote and its speaker is the gold one.
                out[f"{prefix}quote_speaker"] = bool(
                    chosen
                    and found
                    and found["speaker"]
                    and _speaker_match(chosen.speaker, found["speaker"])
                )
                gold_speaker = quotes[gold["key_quote"]]["speaker"]
                named = (
                    found
                    and found["speaker"]
                    and _speaker_name_match(chosen.speaker if chosen else None, found["speaker"])
                )
                if _gold_person(gold_speaker) is not None:
                    out[f"{prefix}quote_speaker_name"] = bool(named)
    elif gold["quote_style"].startswith("none"):
        out["no_false_quote"] = card.key_quote is None
    out["junk_topics"] = [t for t in card.topics if is_junk_topic(t)]
    return out


_FIELDS = (
    "headline",
    "source",
    "published",
    "author",
    "dateline",
    "quote_found",
    "quote_found_statement",
    "quote_speaker",
    "quote_speaker_name",
    "baseline_quote_found",
    "baseline_quote_found_statement",
    "baseline_quote_speaker",
    "baseline_quote_speaker_name",
    "no_false_quote",
)


def _pct(values: list[bool]) -> str:
    return (
        f"{100 * sum(values) / len(values):5.1f}% ({sum(values)}/{len(values)})" if values else "-"
    )


def report(outlet: str | None = None, show: str | None = None) -> dict[str, float]:
    """Score every case, print a table per outlet, and return the overall rates."""
    by_outlet: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    rejected = 0
    for case in cases(outlet):
        result = score_case(case)
        group = case.gold["outlet"]
        if "rejected" in result:
            rejected += 1
            print(f"REJECTED {case.id} ({group}): {result['rejected']}")
            continue
        card: Card = result["card"]
        comp = case.gold.get("composition") or {}
        for name in _FIELDS:
            if name in result:
                for key in (group, "ALL"):
                    by_outlet[key][name].append(result[name])
        if comp.get("outlet_line"):
            by_outlet["ALL"]["headline_outlet_line"].append(result["headline"])
            by_outlet["ALL"]["source_outlet_line"].append(result["source"])
        for key in (group, "ALL"):
            by_outlet[key]["body_f1"].append(result["body_f1"])
            by_outlet[key]["junk_topic_card"].append(bool(result["junk_topics"]))
        if show and show in result and result[show] is not True and show not in _NOT_SHOWN:
            _show(case, card, show)
        if show == "body_f1" and result["body_f1"] < 0.95:
            _show(case, card, show)
        if show == "junk_topics" and result["junk_topics"]:
            print(f"{case.id}: {result['junk_topics']}  all={list(card.topics)}")
    columns = [*_FIELDS, "headline_outlet_line", "source_outlet_line", "junk_topic_card"]
    for key in sorted(by_outlet, key=lambda k: (k == "ALL", k)):
        row = by_outlet[key]
        f1 = row["body_f1"]
        print(f"\n[{key}] body F1 {100 * sum(f1) / max(1, len(f1)):.1f}")
        for name in columns:
            if row.get(name):
                print(f"  {name:22} {_pct(row[name])}")
    print(f"\nrejected: {rejected}")
    overall = by_outlet["ALL"]
    return {name: sum(v) / len(v) for name, v in overall.items() if v and name != "body_f1"}


# Fields printed their own way in report(), not by _show.
_NOT_SHOWN = frozenset({"body_f1", "junk_topics"})


def _show(case: Case, card: Card, field: str) -> None:
    gold = case.gold
    ours: Any
    want: Any
    if field.startswith("quote") or field == "no_false_quote":
        ours = card.key_quote and (card.key_quote.text[:90], card.key_quote.speaker)
        key = gold["key_quote"]
        want = [(q["text"][:90], q["speaker"]) for q in gold["quotes"]][:4]
        if key is not None:
            want = {
                "key": (gold["quotes"][key]["text"][:90], gold["quotes"][key]["speaker"]),
                "all": want,
            }
    elif field == "body_f1":
        ours, want = list(card.body)[:3], gold["body"][:3]
    else:
        ours, want = getattr(card, field), gold[field]
    print(f"--- {case.id} ({gold['outlet']}) {field}\n  ours: {ours!r}\n  gold: {want!r}")


# IndoSum's sections that name one of kabar's ("tajuk utama" is the front page, any
# section; its "hiburan" is lifestyle and travel), and the kabar sections that agree.
_INDOSUM_SECTIONS = {
    "olahraga": {"olahraga"},
    "showbiz": {"hiburan"},
    "teknologi": {"teknologi", "otomotif"},
}


def indosum_category_agreement() -> dict[str, tuple[int, int]]:
    """Per IndoSum section kabar can be checked on: (articles kabar agrees on, articles)."""
    counts = {section: [0, 0] for section in _INDOSUM_SECTIONS}
    for article in load_indosum():
        if article.category in counts:
            _, category = tag(article.to_parsed())
            counts[article.category][0] += category in _INDOSUM_SECTIONS[article.category]
            counts[article.category][1] += 1
    return {section: (agree, total) for section, (agree, total) in counts.items()}


# The section a page's address names ("money.kompas.com", "/otosport/"), for the sections
# kabar has; "nasional", "regional", "lifestyle" and the like name no topic and are left out.
_URL_SECTIONS = {
    word: section
    for section, words in {
        "ekonomi": "economy money bisnis ekbis finance properti crypto",
        "olahraga": "bola sport sports sepakbola otosport",
        "hiburan": "celebrity hot showbiz musik film seleb celeb movie",
        "internasional": "international global internasional dunia",
        "otomotif": "otomotif oto",
        "teknologi": "techno tekno inet teknologi tech",
        "kesehatan": "health kesehatan",
        "hukum": "hukum",
    }.items()
    for word in words.split()
}


def url_section(url: str | None) -> str | None:
    """The kabar section a page's address files it under, or None."""
    match = re.match(r"https?://([^/.]+)[^/]*((?:/[^/]+){0,3})", url or "")
    if not match:
        return None
    parts = [match[1], *(p for p in match[2].split("/") if p and not p.isdigit())]
    if "otosport" in parts:
        return "olahraga"  # motor sport, under the car section
    return next((_URL_SECTIONS[p] for p in parts if p in _URL_SECTIONS), None)


def url_section_agreement() -> dict[str, tuple[int, int]]:
    """Per section a dev page's address names: (pages kabar files there, pages)."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case in cases():
        want = url_section(case.gold.get("url"))
        if want is None:
            continue
        content_type = "text/html" if case.gold["input_type"] == "html" else None
        try:
            card = make_card(case.raw, content_type=content_type)
        except ArticleRejected:
            card = None
        got = category_key(card.category) if card and card.category else None
        counts[want][0] += got == want
        counts[want][1] += 1
    return {section: (agree, total) for section, (agree, total) in sorted(counts.items())}


def indosum_junk_rate() -> float:
    """Share of IndoSum dev.01 cards with at least one junk topic."""
    bad = total = 0
    for article in load_indosum():
        topics, category = tag(article.to_parsed())
        total += 1
        bad += any(is_junk_topic(t) for t in (*topics, category or "x" * 3))
    return bad / max(1, total)


def main() -> None:
    """Command-line entry: print the per-outlet table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--outlet")
    parser.add_argument("--show", help="print the failing cases of one field")
    parser.add_argument("--indosum-topics", action="store_true")
    parser.add_argument("--indosum-categories", action="store_true")
    parser.add_argument("--url-sections", action="store_true")
    args = parser.parse_args()
    report(args.outlet, args.show)
    if args.indosum_topics:
        print(f"IndoSum cards with a junk topic: {100 * indosum_junk_rate():.1f}%")
    if args.indosum_categories:
        for section, (agree, total) in indosum_category_agreement().items():
            share = 100 * agree / total
            print(f"IndoSum {section}: kabar agrees on {agree}/{total} = {share:.1f}%")
    if args.url_sections:
        agreement = url_section_agreement()
        for section, (agree, total) in agreement.items():
            print(f"section in the address {section}: kabar agrees on {agree}/{total}")
        agree, total = (sum(column) for column in zip(*agreement.values(), strict=True))
        print(f"section in the address, all: {agree}/{total} = {100 * agree / total:.1f}%")


if __name__ == "__main__":
    main()
