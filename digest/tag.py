"""Name what an article is about: the people, places and organisations in it, and its section."""

from __future__ import annotations

import re
import string
from collections import Counter

from digest.model import ParsedArticle
from digest.names import (
    FOREIGN_PLACES,
    alias_name,
    article_names,
    ascii_fold,
    place_name,
    word_set,
)

MAX_TOPICS = 8

# Outlets and agencies are who reported the story, not what it is about.
_OUTLETS = word_set(
    "reuters afp ap antara xinhua bernama kyodo cnn kompas detik tempo kumparan okezone "
    "liputan6 tribunnews republika suara merdeka viva sindonews jitunews bbc"
)

_LEXICON: dict[str, frozenset[str]] = {
    "politik": word_set(
        "politik partai pemilu pilkada pilpres dpr mpr kampanye koalisi oposisi capres cawapres "
        "legislatif parlemen kabinet menteri presiden gubernur election parliament senate "
        "congress campaign vote voters party lawmakers"
    ),
    "ekonomi": word_set(
        "ekonomi rupiah inflasi investasi ekspor impor harga saham bursa pasar bank pajak "
        "anggaran apbn utang perdagangan bisnis perusahaan industri pertumbuhan economy "
        "inflation investment stocks shares market prices trade tax budget company revenue"
    ),
    "internasional": word_set(
        "internasional luar negeri global bilateral diplomatik diplomat kedutaan duta pbb "
        "nato sanksi perang invasi international foreign sanctions war embassy"
    ),
    "olahraga": word_set(
        "pertandingan laga gol klub pemain pelatih liga turnamen juara skor tim sepak bola "
        "bulu tangkis babak kemenangan kekalahan klasemen stadion atlet match goal club coach "
        "league tournament champion striker football olympic medal"
    ),
    "teknologi": word_set(
        "teknologi aplikasi internet digital smartphone ponsel android iphone software startup "
        "data siber perangkat fitur pengguna online ai chip technology app users cyber device"
    ),
    "hukum": word_set(
        "hukum polisi kpk korupsi tersangka terdakwa pengadilan hakim jaksa vonis penjara "
        "sidang kasus penyidik ditangkap pidana court judge police arrested trial prosecutor"
    ),
    "kesehatan": word_set(
        "kesehatan rumah sakit pasien dokter virus penyakit vaksin covid obat pandemi gizi "
        "health hospital patients doctor vaccine disease"
    ),
    "hiburan": word_set(
        "film musik lagu album konser artis aktor aktris penyanyi selebriti sinetron band "
        "sutradara drama movie music song concert singer actor actress celebrity"
    ),
    "pendidikan": word_set(
        "pendidikan sekolah siswa mahasiswa guru kampus universitas kurikulum ujian beasiswa "
        "education school students teachers university"
    ),
    "otomotif": word_set(
        "mobil motor otomotif kendaraan mesin sepeda motor dealer car cars vehicle automotive"
    ),
    "sains": word_set(
        "ilmuwan penelitian peneliti spesies planet astronom nasa fosil iklim gempa "
        "scientists research species climate study"
    ),
}
_KEYWORDS = {word: category for category, words in _LEXICON.items() for word in words}
_WORD = re.compile(r"[a-z]+")
_PUNCTUATION = str.maketrans({c: " " for c in string.punctuation + "“”‘’«»„–—"})


def topic_key(name: str) -> str:
    """Return the key topics are matched on: case, accents, punctuation and spelling folded."""
    folded = " ".join(ascii_fold(name).casefold().translate(_PUNCTUATION).split())
    # "/subscribe jokowi" must match the topic "Joko Widodo" that tag() emits.
    canonical = place_name(folded) or alias_name(folded)
    return " ".join(ascii_fold(canonical).casefold().split()) if canonical else folded


def tag(article: ParsedArticle) -> tuple[tuple[str, ...], str | None]:
    """Return the article's topics (most prominent first, at most 8) and its category."""
    topics, foreign = _topics(article)
    return topics, _category(article, foreign)


def _topics(article: ParsedArticle) -> tuple[tuple[str, ...], int]:
    names = article_names(article.headline, article.body)
    outlet_words = {w.casefold() for w in re.findall(r"[A-Za-z0-9]+", article.source or "")}
    skip = _OUTLETS | outlet_words
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    offset = 0
    for paragraph, found in zip(article.body, names.paragraphs, strict=True):
        for mention in found:
            full = names.full(mention.name) if mention.kind == "person" else mention.name
            if not skip.isdisjoint(w.casefold() for w in mention.name.split()):
                continue
            counts[full] += 1
            first_seen.setdefault(full, offset + mention.position)
        offset += len(paragraph) + 1
    merged, merged_first = counts, first_seen
    headline_full = {names.full(m.name) if m.kind == "person" else m.name for m in names.headline}

    def score(name: str) -> float:
        return merged[name] + (3 if name in headline_full else 0) - merged_first[name] / 5000

    ranked = sorted(merged, key=score, reverse=True)
    chosen = [n for n in ranked if merged[n] >= 2 or n in headline_full]
    foreign = sum(count for name, count in merged.items() if name in FOREIGN_PLACES)
    return tuple(chosen[:MAX_TOPICS]), foreign


def _category(article: ParsedArticle, foreign_mentions: int) -> str | None:
    scores: Counter[str] = Counter()
    text = " ".join((article.headline, article.headline, *article.body)).casefold()
    for word, count in Counter(_WORD.findall(text)).items():
        category = _KEYWORDS.get(word)
        if category:
            scores[category] += count
    # Foreign places are the strongest sign of a world story, whatever else it touches.
    scores["internasional"] += foreign_mentions
    if not scores:
        return None
    category, best = scores.most_common(1)[0]
    return category if best >= 3 else None
