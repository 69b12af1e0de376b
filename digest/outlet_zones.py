"""The zone an outlet prints its times in when its page gives a time and no zone.

A reader of the Korea Herald or France 24 knows the "15:12" under a headline is Seoul's or
Paris's time; kabar knows it from the outlet's name at the top of the page (or, for an outlet
whose name is shared, its address on the page).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta, timezone, tzinfo
from functools import cache
from importlib import resources
from typing import TypeVar
from zoneinfo import ZoneInfo, available_timezones

from digest.dates import WIB, WIT, WITA
from digest.furniture import is_furniture, outlet_of_logo
from digest.name_words import word_set
from digest.places import PLACE_ZONES, REGION_ABBREVIATIONS, region_name, word_list


def _names(*names: str) -> re.Pattern[str]:
    return re.compile(
        "^(?:" + "|".join(n.replace(" ", r"\s+") for n in names) + ")$", re.IGNORECASE
    )


_OUTLETS: tuple[tuple[re.Pattern[str], tzinfo], ...] = (
    # Jakarta, Bangkok, Hanoi, Phnom Penh (UTC+7)
    (
        _names(
            # (not "The Nation" alone: Lahore's and Lagos's are called so too)
            "the jakarta post", "jakarta globe", "bangkok post", "(?:the )?nation thailand",
            "vnexpress(?: international)?", "khmer times", "the phnom penh post",
            "viet nam news", "vietnam news", "tuoi tre news",
        ),
        WIB,
    ),
    # Indonesia's central and eastern papers print WITA and WIT times without saying so
    (
        _names(
            "fajar(?:\\.co\\.id)?", "tribun[- ]?timur(?:\\.com)?", "manado\\s*post",
            "pos[- ]?kupang(?:\\.com)?", "lombok\\s*post", "bali\\s*post",
            "tribun[- ]?bali(?:\\.com)?",
            "banjarmasin\\s*post(?:\\.co\\.id)?", "kaltim\\s*post", "tribun[- ]?kaltim(?:\\.co)?",
            "radar\\s*bali", "nusa\\s*bali(?:\\.com)?", "floresa(?:\\.co)?", "inside\\s*lombok",
            "benuanta(?:\\.co\\.id)?",
        ),
        WITA,
    ),
    (
        _names(
            "jubi", "cenderawasih\\s*pos", "tribun[- ]?papua(?:\\.com)?", "tabura\\s*pos",
            "wagadei",
            # Timor-Leste keeps Jayapura's clock
            "tatoli", "tatoli agência noticiosa de timor-leste",
        ),
        WIT,
    ),
    # Singapore, Kuala Lumpur, Hong Kong, Manila, Taipei (UTC+8)
    (
        _names(
            "cna", "channel newsasia", "(?:the )?straits times", "the star", "new straits times",
            "nst(?: online)?",
            "malay mail", "free malaysia today", "fmt", "bernama", "south china morning post",
            "scmp",
            "(?:philippine daily )?inquirer(?:\\.net)?", "rappler", "philstar(?:\\.com)?",
            "the philippine star", "manila bulletin", "taipei times", "focus taiwan",
            "today(?:online)?", "global times", "xinhua(?:net| news agency)?", "china daily",
            "the edge malaysia",
            "mothership(?:\\.sg)?", "borneo post(?: online)?", "the borneo post",
            "the business times", "gma news", "gma integrated news", "gmanetwork\\.com",
            "malaysiakini(?:\\.com)?", "the sun malaysia", "thesun(?:\\.my)?",
            "philippine news agency", "pna", "dayakdaily", "taiwan news", "sunstar",
            # the Malay press of Malaysia, Singapore and Brunei
            "sinar harian", "berita harian(?: singapura)?", "harian metro", "utusan malaysia",
            "kosmo!?", "astro awani", "borneo bulletin", "pelita brunei", "the scoop",
        ),
        timezone(timedelta(hours=8)),
    ),
    # Seoul, Tokyo (UTC+9)
    (
        _names(
            "(?:the )?korea herald", "(?:the )?korea times", "yonhap(?: news agency)?",
            "korea joongang daily", "koreajoongangdaily\\.joins\\.com", "(?:the )?japan times",
            "kyodo news", "nhk world(?:-japan)?",
            "the mainichi", "the asahi shimbun",
        ),
        timezone(timedelta(hours=9)),
    ),
    # India (UTC+5:30)
    (
        _names(
            "(?:the )?times of india", "hindustan times", "the hindu", "ndtv",
            "(?:the )?indian express",
        ),
        timezone(timedelta(hours=5, minutes=30)),
    ),
    # Dhaka (UTC+6)
    (
        _names("dhaka tribune", "the daily star", "prothom alo", "bdnews24(?:\\.com)?"),
        timezone(timedelta(hours=6)),
    ),
    # Sydney and Melbourne, Auckland, with their summer time
    (
        _names(
            "the sydney morning herald", "the age", "sbs news", "sbs", "the australian",
            "news\\.com\\.au", "herald sun", "the canberra times", "afr", "newcastle herald",
            "the australian financial review",
        ),
        ZoneInfo("Australia/Sydney"),
    ),
    # Perth (UTC+8, no summer time)
    (_names("the west australian", "perthnow", "watoday"), ZoneInfo("Australia/Perth")),
    (
        _names("(?:the )?nz herald", "(?:the )?new zealand herald", "rnz", "stuff", "1news"),
        ZoneInfo("Pacific/Auckland"),
    ),
    # Johannesburg (UTC+2), Lagos (UTC+1), Nairobi and Kampala (UTC+3)
    (
        _names(
            "iol", "news24", "timeslive", "daily maverick", "mail & guardian", "sowetan(?:live)?",
            "sabc news", "the south african", "eyewitness news", "ewn",
        ),
        ZoneInfo("Africa/Johannesburg"),
    ),
    (
        _names(
            "premium times", "punch(?: newspapers)?", "vanguard", "the guardian nigeria",
            "channels (?:television|tv)", "daily trust", "thisday", "the cable", "sahara reporters",
        ),
        ZoneInfo("Africa/Lagos"),
    ),
    (
        _names(
            "daily nation", "nation africa", "citizen digital", "the star kenya",
            "the eastafrican", "daily monitor", "new vision",
        ),
        ZoneInfo("Africa/Nairobi"),
    ),
    # Riyadh (UTC+3), Dubai (UTC+4)
    (
        _names("arab news", "saudi gazette", "anadolu agency", "anadolu ajansı"),
        timezone(timedelta(hours=3)),
    ),
    (
        _names(
            "gulf news", "khaleej times", "the national", "wam", "emirates news agency",
            "oman observer", "times of oman", "muscat daily",
        ),
        timezone(timedelta(hours=4)),
    ),
    # Washington and New York, with their summer time
    (
        _names(
            "voice of america", "voa", "npr", "the washington post", "the new york times",
            "politico", "the hill", "upi", "united press international",
        ),
        ZoneInfo("America/New_York"),
    ),
    # Paris and London, with their summer time
    (_names("france 24", "rfi", "le monde"), ZoneInfo("Europe/Paris")),
    (_names("euractiv", "the brussels times"), ZoneInfo("Europe/Brussels")),
    (_names("the irish times", "irish independent", "rté", "rte"), ZoneInfo("Europe/Dublin")),
    # Karachi (UTC+5), Kathmandu (UTC+5:45), Apia (UTC+13)
    (_names("the express tribune", "dawn", "the news international"), timezone(timedelta(hours=5))),
    (
        _names("the kathmandu post", "the himalayan times"),
        timezone(timedelta(hours=5, minutes=45)),
    ),
    (_names("samoa observer"), ZoneInfo("Pacific/Apia")),
    # the Pacific: Suva (UTC+12), Port Moresby (UTC+10)
    (_names("the fiji times", "fiji sun", "fbc news"), ZoneInfo("Pacific/Fiji")),
    (_names("post-courier", "png post-courier"), timezone(timedelta(hours=10))),
    # Accra (UTC); and the BBC, whose pages show each reader's own clock and whose stamps
    # are UTC's, wherever its story is from
    (
        _names("graphic online", "daily graphic", "myjoyonline", "bbc", "bbc news"),
        timezone(timedelta(0)),
    ),
    (
        _names(
            "sky news", "the telegraph", "the independent", "daily mail", "evening standard",
            # the UK's papers no other country's share a name with (not the Daily Express of
            # Sabah, the Daily Mirror of Sri Lanka, Nigeria's or Trinidad's Guardian, the Daily
            # Record of Morristown)
            "the scotsman", "manchester evening news", "liverpool echo",
            "yorkshire post", "wales online", "belfast telegraph",
        ),
        ZoneInfo("Europe/London"),
    ),
)  # fmt: skip

_ANY_OUTLET = re.compile(
    "|".join(f"(?:{pattern.pattern})" for pattern, _ in _OUTLETS), re.IGNORECASE
)

# Outlets whose name another outlet shares ("ABC News"), known by their address instead.
_ADDRESSES: tuple[tuple[str, tzinfo], ...] = (("abc.net.au", ZoneInfo("Australia/Sydney")),)

_BARE_ADDRESS = re.compile(r"[-–\s]*(?:https?://)?(?:www\.)?((?:[a-z0-9\-]+\.)+[a-z]{2})/?[-–\s]*")


def printed_address_zone(lines: list[str]) -> tzinfo | None:
    """The clock of the country a site's address ends in (address_zone), where the page
    prints the address alone on a line near its top: "cambridge-news.co.uk" under
    Flipboard's bar, "- https://garhwalpost.in -" under a print view's title, the story's
    link a chat shares over the page ("https://www.melakamail.my/news/…") or a feed reader's
    "Link:" field."""
    for line in lines[:12]:
        # ("pahangherald.my  ·  3 min read": with a reader's reading time beside it)
        cell = line.split(" · ", 1)[0]
        if len(cell) <= 60 and "." in cell and (bare := _BARE_ADDRESS.fullmatch(cell)):
            return address_zone(bare[1])
        # (a clipper's "Clipped 2031-08-28 · source: https://…ph/… · tags: …" too)
        for cell in line.split(" · ") if "://" in line else ():
            if (link := _LINK.fullmatch(cell.strip())) and (zone := address_zone(link[1])):
                return zone
    return None


_LINK = re.compile(
    r"(?i:(?:Link|Tautan|Source|Sumber|URL):\s*)?https?://(?:www\.)?((?:[a-z0-9\-]+\.)+[a-z]{2})/\S+"
)


# A regional paper of central or eastern Indonesia names its region ("Timor Express",
# "Suara NTB", "Malut Post", "Radar Sulteng"): its times are that region's, said or not.
_REGION_WORDS = {
    **dict.fromkeys(
        word_set(
            "bali denpasar lombok mataram ntb ntt kupang timor flores sumba bima makassar "
            "sulsel sulteng sultra sulbar sulut gorontalo manado palu kendari mamuju palopo "
            "toraja celebes kaltim kalsel kaltara banjarmasin balikpapan samarinda tarakan "
            "buton baubau wakatobi muna kolaka konawe bone bulukumba sulawesi"
        ),
        WITA,
    ),
    **dict.fromkeys(
        word_set(
            "maluku malut ambon ternate tidore halmahera papua jayapura sorong manokwari "
            # "Siwalima", Maluku's own name for itself, as its paper is called
            "timika merauke nabire biak cenderawasih siwalima"
        ),
        WIT,
    ),
    # and every regency, city and seat of theirs ("alorpos.id", "Kalabahi")
    **{
        word: WITA if clock == "WITA" else WIT
        for word, _, clock in (line.partition("\t") for line in word_list("eastern_places.txt"))
    },
}
_PAPER_WORDS = word_set(
    "pos post ekspres express news times today terkini online tribun radar suara harian "
    "koran berita info media pers independen independent tv kabar warta raya com id"
)
_NAME_WORD = re.compile(r"[a-z]+")
_GLUED_PAPER = re.compile(r"([a-z]{3,})(pos|post|ekspres|express|news|times|today|online|terkini)")


def _regional_zone(line: str) -> tzinfo | None:
    """The zone of the region a paper's name holds, when the line is such a name: "Timor
    Express", or a tagline ("Harian Ekonomi Sulawesi Selatan", under Upeks's logo)."""
    if len(line) > 40:
        return None
    words = _NAME_WORD.findall(line.casefold())
    if words and words[0].startswith("radar") and words[0][5:] in _REGION_WORDS:
        words[:1] = ["radar", words[0][5:]]  # "RADARBUTON.ID": the paper's word glued on
    elif words and (glued := _GLUED_PAPER.fullmatch(words[0])) and glued[1] in _REGION_WORDS:
        words[:1] = [glued[1], glued[2]]  # "alorpos.id": the paper's word glued after
    elif len(words) == 2 and words[1] in _DOMAINS and (region := _glued_region(words[0])):
        words[:1] = [region]  # "salampapua.com": the region's name glued last
    if not 2 <= len(words) <= 4 or not (
        any(word in _PAPER_WORDS for word in words)
        or words[0] in _GOVERNMENT_HEADS
        # "Rakyat Maluku", "POLDA KALSEL": a people's paper or a command, and its region only
        # (not a headline: "Rakyat Papua Tolak Pemekaran", "Polda Papua Tangkap …")
        or (len(words) == 2 and words[0] in _REGIONAL_HEADS)
    ):
        return None
    # "PEMERINTAH PROVINSI GORONTALO" over its portal: a regional government's own site
    return _eastern_clock(words)


_DOMAINS = word_set("com id net org")
# The first word of a regional government's name over its own site
_GOVERNMENT_HEADS = word_set("pemerintah pemprov pemkab pemkot")
# A region's people's paper (FAJAR's "Rakyat Maluku") and its police and army commands over
# their own sites ("POLDA KALSEL"), each with the region's name alone
_REGIONAL_HEADS = word_set("rakyat polda polres polresta kodam korem lantamal kejati")


def _glued_region(word: str) -> str | None:
    """The region a site's name ends on, glued to the words before it ("salampapua")."""
    return next(
        (word[-n:] for n in range(5, min(len(word) - 3, 11) + 1) if word[-n:] in _REGION_WORDS),
        None,
    )


def eastern_place_clock(place: str) -> tzinfo | None:
    """The clock of a town or regency of central or eastern Indonesia ("LARANTUKA": WITA)."""
    return _REGION_WORDS.get(_fold(place))


def _eastern_clock(words: Iterable[str]) -> tzinfo | None:
    """The clock of the first word that names a place of central or eastern Indonesia."""
    return next((_REGION_WORDS[word] for word in words if word in _REGION_WORDS), None)


def outlet_zone(lines: list[str]) -> tzinfo | None:
    """The zone the outlet named at the top of the page prints its times in, if kabar knows."""
    # The first four lines, and the first four after them that are not "Skip to content",
    # "Our network" and the like (the SMH names itself under five of them)
    later = [line for line in lines[4:12] if _ANY_OUTLET.match(line.split(" - ", 1)[0])]
    if later:  # most pages: one scan says none of the outlets is named
        later = [line for line in lines[4:12] if not is_furniture(line)][:4]
    for line in (*lines[:4], *later):
        # "Sky News - back to home", "philstar GLOBAL"
        name = line.split(" - ", 1)[0]
        name = outlet_of_logo(name) or name
        if not _ANY_OUTLET.match(name) or name == "Today":
            continue  # "Today" over a chat's messages or a feed's items: a day, not TODAY
        for pattern, zone in _OUTLETS:
            if pattern.match(name):
                return zone
    for line in lines[:4]:
        # the paper's name under an app's bar ("✕ kabarlabuanbajo.id ⋯", "Dibuka dari
        # Instagram") too
        if regional := _regional_zone(outlet_of_logo(line) or line):
            return regional
    for line in lines[:2]:
        if masthead := _masthead_zone(line, lines[:12]):
            return masthead
        if " - " in line and len(line) <= 90 and _TAGLINE_WORDS.search(line):
            # "Daily Mirror - Sri Lanka Latest Breaking News and Headlines": the site's title
            # names the country whose paper it is (not a headline's "CNN - Israel and Saudi
            # Arabia resume talks")
            name, _, tail = line.partition(" - ")
            country = next(_places_named(tail), None)
            if len(name.split()) <= 4 and country in country_names():
                return city_zone(country)
    for line in lines[1:3]:
        # "Norfolk Island's weekly newspaper since 1965" under "THE NORFOLK ISLANDER", "Koran
        # Terbesar di Sulawesi Tengah" under "METROSULAWESI.ID": the place a tagline says the
        # paper is of
        if len(line) <= 80 and _PAPER_OF.search(line):
            if place := next(_places_named(line), None):
                return city_zone(place)
            if region := _eastern_clock(_fold(line).split()):
                return region
    for line in lines[1:3]:
        # "Local news for Ōtaki, Waikanae, Paraparaumu, Raumati and Paekākāriki" under the
        # Kapiti News's name: the towns it serves, of one clock
        served = SERVES.search(line) if len(line) <= 120 else None
        if served and (clock := _towns_clock(_SERVED_SPLIT.split(served[1]))):
            return clock
    for line in lines[1:3]:
        # "Orange, NSW" under the Central Western Daily's name: the paper's town and its
        # state, whose clock beats a larger namesake's (Orange, California)
        placed = _TOWN_AND_REGION.fullmatch(line) if len(line) <= 40 else None
        if placed and (clock := city_zone(placed[2]) or region_zone(placed[2])):
            return clock
    if regencies := _regencies_zone(lines[:20]):
        return regencies
    for line in lines[:40]:
        for address, zone in _ADDRESSES:
            if address in line:
                return zone
    return None


# A paper's tagline naming the places it serves: "Local news for Ōtaki, Waikanae …", "News
# from Cagliari, Sassari, Nuoro and the island" (never a headline)
SERVES = re.compile(
    r"\b(?:news|voice|paper|newspaper)\s+(?:for|from|of)\s+(.+?)\.?$", re.IGNORECASE
)
_SERVED_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*")


def _towns_clock(names: list[str]) -> tzinfo | None:
    """The one clock of the towns a paper's tagline lists, any size, if kabar knows any and
    they agree."""
    clocks = {
        str(clock): clock
        for name in names
        if (clock := city_zone(name.strip()) or town_zone(_plain(name.strip()), people=0))
    }
    return next(iter(clocks.values())) if len(clocks) == 1 else None


_TOWN_AND_REGION = re.compile(
    r"([A-Z][\w'\-]*(?: [A-Z][\w'\-]*){0,2}), ([A-Z][\w.'\-]*(?: [A-Z][\w'\-]*){0,2})"
)
_PAPER_OF = re.compile(
    # "Harian Umum Barito Post, Banjarmasin": a daily and its town
    r"\b(?:newspaper|news\s+agency|paper\s+of\s+record|koran|surat\s+kabar|harian\s+umum)\b",
    re.IGNORECASE,
)


def _regencies_zone(top: list[str]) -> tzinfo | None:
    """The clock of the regencies a regional paper's menu lists, one an item ("Bulukumba
    Selayar  Sinjai  Bantaeng  Jeneponto  Pemerintahan  Hukum", Radar Selatan): three places
    or more, all of them of one eastern clock. A national site's menu of regions spans the
    clocks."""
    zones = [
        _eastern_clock(_fold(line).split()) or WIB
        for line in top
        if len(line) <= 30 and region_name(line)
    ]  # "Lombok Timur", "Kepulauan Selayar": the words that name an eastern place
    if len(zones) < 3 or len(set(zones)) != 1 or zones[0] is WIB:
        return None
    return zones[0]


def address_zone(host: str) -> tzinfo | None:
    """The clock of the country a site's address ends in, when that country keeps one
    ("mg.co.za": Johannesburg's; "timesofmalta.com" says nothing). Endings sold to sites of any
    country (".co", ".io", ".tv", ".me") say nothing either, nor do Indonesia's own (".id":
    three clocks)."""
    code = host.rpartition(".")[2].upper()
    if len(code) != 2 or code.casefold() in _WORLD_ENDINGS:
        return None
    return country_zone("GB" if code == "UK" else code)


# Country endings that sites anywhere buy for their letters.
_WORLD_ENDINGS = word_set(
    "co io tv me fm ly ai cc ws gg sh ac st nu to tk ml la im gs ag am dj vc bz cx ms re ga cf"
)


def city_zone(place: str) -> tzinfo | None:
    """The clock of the city a story is datelined in, if kabar knows it: a regional paper of
    eastern Indonesia ("TARAKAN") or an outlet abroad it has not been told of
    ("KARACHI:", "MUSCAT, April 17 –") prints the time where it is."""
    folded = _fold(place)  # "Timor-Leste": "timor leste"
    if folded in _REGION_WORDS:
        return _REGION_WORDS[folded]
    key = PLACE_ZONES.get(folded) or _country_zones().get(folded) or _zone_cities().get(folded)
    if key is None:
        return None
    return _INDONESIAN.get(key) or ZoneInfo(key)


def dateline_zone(place: str) -> tzinfo | None:
    """The clock of the town a story is datelined in: one kabar knows (city_zone), or any
    town of 15,000 people the zone database names no zone after ("ERBIL", "Ohrid", "MÁLAGA",
    "ZANESVILLE"). Only a dateline is sure to name a town: in a paper's name or a sentence,
    "Nice" and "Reading" are words."""
    found = city_zone(place) or town_zone(place, people=0)
    if found is None and place[-5:].casefold() == " city":
        # "TACLOBAN CITY –", "ILOILO City –": a city's, one of 30,000 people or more ("LEGAZPI
        # CITY" is no Legazpi of Spain's 19,000)
        town = place[:-5]
        return city_zone(town) or town_zone(town)
    return found


def region_zone(region: str) -> tzinfo | None:
    """The clock of a state or province as a dateline abbreviates it after its town
    ("CROSSVILLE, Tenn. —", "AMHERST, N.S. —"), in the style of the AP and the Canadian
    Press: the clock most of it keeps."""
    key = REGION_ABBREVIATIONS.get(region.strip().casefold())
    return ZoneInfo(key) if key is not None else None


# The fewest people a town has whose name kabar reads as the town outside a dateline: the
# smaller towns' names are more often a name's ("DC Thomson" is no Thomson, Singapore)
TOWN_PEOPLE = 30_000


def town_zone(place: str, *, people: int = TOWN_PEOPLE) -> tzinfo | None:
    """The clock of a town of `people` people or more that city_zone does not know, from the
    world's towns (city_zones.txt, every town of 15,000 or more), or None."""
    town = _towns().get(_fold(place))
    return ZoneInfo(town[0]) if town is not None and town[1] >= people else None


def paper_town(word: str) -> bool:
    """Whether a word of a paper's name is the town of 30,000 people or more it is named for
    ("Dumfries" of the "Dumfries & Galloway Standard", "Bristol" of the Bristol Post), not
    one of the words papers and their areas are called by ("Bay", a Philippine town's name)."""
    folded = word.casefold()
    return (
        folded not in _AREA_WORDS and folded not in MASTHEAD_WORDS and town_zone(word) is not None
    )


def word_town_zone(place: str) -> tzinfo | None:
    """The clock of a town of 15,000 people or more named by a word of the Indonesian
    dictionary ("SEREMBAN", "KAJANG"), which only a dateline over an English sentence names."""
    town = _towns(words=True).get(_fold(place))
    return ZoneInfo(town[0]) if town is not None else None


def _towns(*, words: bool = False) -> dict[str, tuple[str, int]]:
    """The world's towns, their zones and people (city_zones.txt, derived from GeoNames):
    those whose names are words of Indonesian too (marked "word") or all others."""
    return _town_lists()[words]


@cache
def _town_lists() -> tuple[dict[str, tuple[str, int]], dict[str, tuple[str, int]]]:
    """city_zones.txt read once: the towns not marked "word", then those marked."""
    plain: dict[str, tuple[str, int]] = {}
    marked: dict[str, tuple[str, int]] = {}
    for line in word_list("city_zones.txt"):
        name, zone, people, *mark = line.split("\t")
        (marked if mark else plain)[name] = (zone, int(people))
    return plain, marked


@cache
def _zone_cities() -> dict[str, str]:
    """The cities the zone database names its zones after ("Asia/Karachi": "karachi")."""
    cities = {}
    for key in available_timezones():
        area, _, city = key.rpartition("/")
        if area and area.split("/")[0] in _AREAS:
            cities[city.replace("_", " ").replace("-", " ").casefold()] = key
    return cities


# A paper's name words: "Vanuatu Daily Post", "Jamaica Gleaner", "Rwanda's Leading Daily".
MASTHEAD_WORDS = word_set(
    "times post daily news gleaner observer herald tribune monitor gazette journal star sun "
    "mail express chronicle courier standard telegraph guardian independent nation the "
    "spectator today globe insight press bulletin messenger advertiser examiner record "
    "dispatch sentinel ledger enquirer inquirer register beacon argus mirror echo leader"
)


# A site's tagline's words after its name: "… Latest Breaking News and Headlines"
_TAGLINE_WORDS = re.compile(
    r"\b(?:[Ll]atest|[Bb]reaking|[Hh]eadlines|[Nn]ews)\s*(?:[Aa]nd\s+\w+\s*)?$"
)
# A city this big names its paper alone ("The Seattle Times"); a smaller town's paper is
# known by its name only where the page names the town again
_BIG_CITY = 400_000
# Big cities whose name a paper elsewhere also carries: the Victoria News (British Columbia,
# not Hong Kong's Victoria), the Birmingham News (Alabama), the Alexandria Times (Virginia)
_NAMESAKE_CITIES = frozenset(
    {"victoria", "birmingham", "alexandria", "hamilton", "kingston", "portland", "hyderabad",
     "richmond", "cambridge", "columbus", "jackson", "georgetown", "santiago", "valencia",
     "cordoba", "london", "paris", "melbourne", "sydney", "toledo", "memphis", "athens",
     # the Naples Herald (Florida), the Manchester Journal (Vermont), the Lima News (Ohio)
     "manchester", "naples", "lima", "dublin", "rome", "berlin", "moscow", "florence",
     "venice", "delhi", "cairo", "warsaw", "odessa", "plymouth", "durham", "lancaster"}
)  # fmt: skip


def _masthead_zone(line: str, top: list[str]) -> tzinfo | None:
    """The clock of the place a paper's name holds: "Times of Malta", "VANUATU DAILY POST",
    "Jamaica Gleaner", or its people ("The Namibian"). A headline naming a country is no
    paper's name: the line must hold a paper's word."""
    if not 1 < len(line.split()) <= 4 or not _brand_case(line):
        return None
    words = _NAME_WORD.findall(line.casefold())
    if MASTHEAD_WORDS.isdisjoint(words):
        return None
    if place := next(_places_named(line.title() if line.isupper() else line), None):
        # "SAMOA NEWS", "American Samoa's Newspaper of Record": the page's top names the
        # wider name that holds the paper's
        wider = (p for p in _places_named("\n".join(top)) if p.endswith(f" {place}"))
        return city_zone(next(wider, place))
    if (
        len(words) == 2
        and words[1] in MASTHEAD_WORDS
        and (town := town_zone(words[0], people=0))
        and any(words[0] in _NAME_WORD.findall(x.casefold()) for x in top if x != line)
    ):
        # "Townsville Bulletin" over a menu that names Townsville: a town's name and a paper's
        # word ("Victoria News" alone may be any Victoria's); a small town too, named twice
        # ("Ashburton Guardian" over "Ashburton College …", 21,600 people)
        return town
    named = words[1:] if words[0] == "the" else words
    if (
        len(named) == 2
        and named[1] in MASTHEAD_WORDS
        and named[0] not in MASTHEAD_WORDS
        and named[0] not in _NAMESAKE_CITIES
        and (city := town_zone(named[0], people=_BIG_CITY))
    ):
        # "The Seattle Times", "Denver Post": a big city's name and a paper's word
        return city
    if own := next((p for p in (" ".join(words[:3]), words[0]) if p in _MASTHEAD_PLACES), None):
        # "Jersey Evening Post", "Guernsey Press", "Isle of Man Today": a place no story
        # names alone (a shirt, New Jersey) is the paper's own
        return city_zone(own)
    # "The Namibian", "Kenyan Times", "The Slovak Spectator": the country its people are
    # called after
    # (a country's, not any zone's city: "Eastern Daily Press" is no Easter Island paper)
    countries = country_names()
    return next(
        (
            z
            for w in words
            if (w[-1:] in ("n", "i") and w[:-1] in countries and (z := city_zone(w[:-1])))
            or (f"{w}ia" in countries and (z := city_zone(f"{w}ia")))
        ),
        None,
    )


def site_zone(name: str) -> tzinfo | None:
    """The clock of the place a site's own name holds, as its pages name it (og:site_name):
    "Notes From Poland", "Times of Malta". A site's name is no headline, so it needs no
    paper's word; the whole name must hold one place only."""
    if not 1 < len(name.split()) <= 5 or not _brand_case(name):
        return None
    places = list(_places_named(name))
    words = _NAME_WORD.findall(name.casefold())
    if not places and words[1:] and MASTHEAD_WORDS.issuperset(words[1:]):
        return town_zone(words[0])  # "Casper Star-Tribune": a town's name, the paper's words
    if (
        not places
        and words[2:]
        and words[1] in _AREA_WORDS
        and MASTHEAD_WORDS.issuperset(words[2:])
    ):
        return town_zone(words[0])  # "Tampa Bay Times": the town's area, then the paper's words
    return city_zone(places[0]) if len(places) == 1 else None


_AREA_WORDS = frozenset({"bay", "valley", "coast", "county", "area", "region"})


def _brand_case(line: str) -> bool:
    """A name's case: every word capitalised, or the small words of "Times of Malta"."""
    return all(word[:1].isupper() or word in ("of", "the", "&") for word in line.split())


def home_zone(lines: Iterable[str]) -> tzinfo | None:
    """The clock of the place abroad an English story is about, when it names one more than
    any other ("Hong Kong" three times, The Standard of Hong Kong): an outlet kabar does not
    know mostly writes of where it is. Indonesia's own places do not count: the stories kabar
    reads are about Indonesians, at home and abroad."""
    # counted by clock: "Kampala" and "Uganda" are one place's
    counts: dict[tzinfo, int] = {}
    # a menu's labels are no story's places ("Perth & Kinross" on The Courier's, of Dundee)
    for name in _places_named("\n".join(_without_menus(list(lines)))):
        if (zone := city_zone(name) or town_zone(name, people=0)) is not None:
            counts[zone] = counts.get(zone, 0) + 1
    return _most_named(counts)


def _without_menus(lines: list[str]) -> list[str]:
    """The lines but a menu's: runs of three or more labels of a few words and no figure
    ("Fife" / "Perth & Kinross" / "Angus & The Mearns"; "Mount Gambier 19°C", the weather of
    the paper's town, stays). A run's last label, the kicker over the headline, stays too
    ("NUNAVUT" over Nunatsiaq News's story)."""
    label = [len(line.split()) <= 4 and not any(c.isdigit() for c in line) for line in lines]
    kept: list[str] = []
    for n, line in enumerate(lines):
        run = (
            label[n]
            and n + 1 < len(lines)
            and label[n + 1]
            and ((n >= 1 and label[n - 1]) or (n + 2 < len(lines) and label[n + 2]))
        )
        if not run:
            kept.append(line)
    return kept


def named_place_zone(lines: list[str]) -> tzinfo | None:
    """The clock of the place an English page is of, for an outlet kabar does not know that
    states no offset: the country a link at its top ends in (printed_address_zone), the
    place it names most (home_zone), the one money it counts in (currency_zone), or the town
    it names most (town_home), in that order; last, the one place abroad it names at all
    (sole_place_zone)."""
    return (
        printed_address_zone(lines)
        or home_zone(lines)
        or currency_zone(lines)
        or town_home(lines)
        or sole_place_zone(lines)
    )


_SENTENCE_ENDS = frozenset('.!?"”’')


def sole_place_zone(lines: Iterable[str]) -> tzinfo | None:
    """The clock of the only place abroad a story's sentences name, however often: "the
    Northern Territory", said once in the Katherine Times, is where it is written. Only
    sentences count: "Vietnam launches mangrove fund", a headline of more stories under a
    newsletter's, is no place of its own."""
    sentences = (
        line for line in lines if len(line.split()) >= 12 and line.rstrip()[-1:] in _SENTENCE_ENDS
    )
    zones = {
        zone
        for name in _places_named("\n".join(sentences))
        if (zone := city_zone(name) or town_zone(name, people=0)) is not None
    }
    return zones.pop() if len(zones) == 1 else None


# Money only one country prints: the pound sterling, the rupee's sign, the naira, the cedi,
# the Kenyan shilling, the peso's sign, the ringgit, New Zealand's dollar, the rand
_CURRENCY_ZONES = (
    (re.compile(r"£\s?\d"), "Europe/London"),
    (re.compile(r"₹\s?\d"), "Asia/Kolkata"),
    (re.compile(r"₦\s?\d"), "Africa/Lagos"),
    (re.compile(r"GH[¢₵]\s?\d"), "Africa/Accra"),
    (re.compile(r"\bK[Ss]h\.?\s?\d"), "Africa/Nairobi"),
    (re.compile(r"₱\s?\d"), "Asia/Manila"),
    (re.compile(r"\bRM\s?\d"), "Asia/Kuala_Lumpur"),
    (re.compile(r"\bNZ\$\s?\d"), "Pacific/Auckland"),
    # the rand, in the amounts South African stories count in: "R61 billion", "R61bn"
    (
        re.compile(r"\bR\s?\d[\d,.]*\s?(?:bn|billion|m|million|tn|trillion)\b"),
        "Africa/Johannesburg",
    ),
)


def currency_zone(lines: Iterable[str]) -> tzinfo | None:
    """The clock of the one country whose money an English story counts in, twice or more
    and in no other ("£250,000", "£14m": a British paper's), or None."""
    text = "\n".join(lines)
    found = [(len(money.findall(text)), key) for money, key in _CURRENCY_ZONES]
    counted = [(count, key) for count, key in found if count]
    if len(counted) != 1 or counted[0][0] < 2:
        return None
    return ZoneInfo(counted[0][1])


def town_home(lines: Iterable[str]) -> tzinfo | None:
    """The clock of the town abroad an English story names most, when it names it twice or
    more and more than any other ("Charleston" in The Post and Courier, "Spokane" in The
    Spokesman-Review): a local paper datelines no local story. A word the story also writes in
    lower case is a word ("Reading", "Mobile"); Indonesia's towns do not count (home_zone)."""
    text = "\n".join(lines)
    lower = frozenset(_LOWER_WORD.findall(text))
    counts: dict[str, int] = {}
    for run in _TITLED_RUN.findall(text):
        words = run.split()
        towns = (" ".join(words), words[0]) if len(words) > 1 else (words[0],)
        if len(words) > 1 and words[0] == "The":
            # "The Bronx"; "The Boston School Committee", "The Boston Teachers Union": Boston
            towns = (" ".join(words), words[1])
        for town in towns:
            if " " not in town and (town.casefold() in lower or town.casefold() in _NO_TOWNS):
                continue
            found = _towns().get(_fold(town))
            if found is not None and found[1] >= TOWN_PEOPLE:
                if not found[0].startswith(_INDONESIAN_AREAS):
                    counts[found[0]] = counts.get(found[0], 0) + 1
                break
    key = _most_named(counts)
    return ZoneInfo(key) if key is not None else None


_Named = TypeVar("_Named")


def _most_named(counts: dict[_Named, int]) -> _Named | None:
    """The one named most, twice or more and more often than any other, or None."""
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


# whole words only: "SaltWire" is no "Salt"
# Words a story capitalises in a body's name, or a surname, that are towns' names too
# ("Ontario Provincial Police" is no Police, Poland; "Forest Fire Management" no Forest,
# Belgium)
_NO_TOWNS = frozenset(
    {"police", "army", "navy", "court", "union", "bank", "university", "forest", "murray"}
)
# a word of a hyphened pair of names is no town of its own: "Kalgoorlie-Boulder" is no Boulder
_TITLED_RUN = re.compile(r"(?<!\w)(?<![A-Za-z]-)[A-Z][a-z]+(?: [A-Z][a-z]+)?\b(?!-[A-Z])")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_INDONESIAN_AREAS = ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "Asia/Pontianak")


def _places_named(text: str) -> Iterator[str]:
    """The places abroad a text names whose clock kabar knows, folded, in order."""
    names = _home_places()
    words = _WORD.findall(text)
    # a name after an initial or a title is a person's, wherever the text says it again:
    # "Nicholas V. Santiago", "Mr. Santiago" are no Santiago, Chile
    people = {
        words[k].casefold()
        for k in range(1, len(words))
        if words[k][0].isupper()
        and (
            (len(words[k - 1]) == 1 and words[k - 1] not in "AI" and words[k - 1].isupper())
            or words[k - 1] in _TITLES
        )
    }
    i = 0
    while i < len(words):
        if not words[i][0].isupper():
            i += 1
            continue
        for width in (3, 2, 1):
            name = " ".join(words[i : i + width]).casefold().replace("-", " ")
            if not name.isascii():
                name = _plain(name)
            if width == 1 and name in people:
                i += 1
                break
            if width == 1 and i and name in names and words[i - 1][0].isupper():
                town = f"{words[i - 1]} {words[i]}".casefold()
                if town in _towns():
                    # "Mount Gambier" is a town of its own, not the Gambier Islands
                    yield town
                    i += 1
                    break
            if name in names:
                yield name
                i += width
                break
        else:
            i += 1


# The titles a person's surname follows ("Mr. Santiago", "Dr Lima")
_TITLES = frozenset({"Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Dame", "Rev", "Fr"})
# Words without a possessive's "'s" ("Hong Kong's": "Hong", "Kong").
_WORD = re.compile(r"[A-Za-z][\w\-]*")


@cache
def _home_places() -> frozenset[str]:
    return frozenset({*PLACE_ZONES, *_country_zones(), *_zone_cities()} - _NOT_HOME)


@cache
def country_names() -> frozenset[str]:
    """Every country's name as the zone database writes it, folded ("tonga", "indonesia")."""
    return frozenset(_spoken(name) for name in _country_table().values())


@cache
def _country_zones() -> dict[str, str]:
    """The countries of one clock, by the names the zone database gives them ("Vanuatu":
    "Pacific/Efate", "Rwanda": "Africa/Kigali"), from its own country tables."""
    names = _country_table()
    return {
        _spoken(names.get(code, "")): zone for code, zone in _code_zones().items() if code in names
    }


def _spoken(name: str) -> str:
    """A country's name as stories write it, folded: "Samoa (American)" -> "american samoa"."""
    if name.endswith(")") and " (" in name:
        outer, _, inner = name[:-1].partition(" (")
        name = f"{inner} {outer}"
    return _fold(name)


@cache
def country_zone(code: str) -> tzinfo | None:
    """The clock of a country of one clock by its code ("ZA"; "MY", whose Kuala Lumpur and
    Kuching keep one clock all year), or None."""
    found = _zone_lists().get(code.upper(), [])
    return ZoneInfo(found[0]) if found and len(set(map(_offsets, found))) == 1 else None


@cache
def _code_zones() -> dict[str, str]:
    """The countries of one zone by their codes ("VU": "Pacific/Efate"), from tzdata."""
    return {code: found[0] for code, found in _zone_lists().items() if len(found) == 1}


@cache
def _zone_lists() -> dict[str, list[str]]:
    """Every country's zones by its code, from tzdata."""
    zones: dict[str, list[str]] = {}
    for line in _tzdata_lines("zone.tab"):
        code, _, zone = line.split("\t")[:3]
        zones.setdefault(code, []).append(zone)
    return zones


@cache
def _offsets(key: str) -> tuple[timedelta | None, ...]:
    """A zone's offsets from UTC in January and July."""
    zone = ZoneInfo(key)
    return tuple(datetime(2026, month, 15, 12, tzinfo=zone).utcoffset() for month in (1, 7))


def _country_table() -> dict[str, str]:
    """tzdata's countries by their codes: "VU" -> "Vanuatu" (iso3166.tab)."""
    return dict(line.split("\t")[:2] for line in _tzdata_lines("iso3166.tab"))


def _tzdata_lines(table: str) -> list[str]:
    """The data lines of one of tzdata's tables (iso3166.tab, zone.tab)."""
    text = (resources.files("tzdata") / "zoneinfo" / table).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and line[0] != "#"]


def _fold(name: str) -> str:
    if not name.isascii():
        name = _plain(name)  # "Curaçao": curacao, as the zone database spells it
    return " ".join(_NAME_WORD.findall(name.casefold()))


def _plain(name: str) -> str:
    """The name without its marks ("Curaçao" -> "Curacao", "Bogotá" -> "Bogota")."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


# Zone names that are no place a story is about (old names of Australia's zones, a feast,
# people's names) and Indonesia's own cities.
_NOT_HOME = frozenset(
    {
        "jakarta", "pontianak", "makassar", "jayapura", "north", "south", "east", "west",
        "central", "eastern", "western", "mountain", "pacific", "atlantic", "general", "easter",
        "center",  # America/North_Dakota/Center: "the center of town"
        "norfolk",  # Pacific/Norfolk: England's county and Virginia's city more often
        "christmas", "wake", "midway", "reunion", "jersey", "regina", "victoria", "darwin",
        "phoenix", "adelaide", "lima", "guernsey", "isle of man", "queensland", "tasmania",
        "chad", "georgia",
        # the zone database's towns that are surnames more often ("Karen Wallis said")
        "wallis", "dawson", "johnston", "knox", "currie", "lindeman",
    }
)  # fmt: skip


_MASTHEAD_PLACES = frozenset(
    {"jersey", "guernsey", "isle of man", "regina", "phoenix", "darwin", "adelaide"}
)
_INDONESIAN: dict[str, tzinfo] = {
    "Asia/Jakarta": WIB, "Asia/Pontianak": WIB, "Asia/Makassar": WITA, "Asia/Jayapura": WIT,
}  # fmt: skip
_AREAS = frozenset(
    {"Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"}
)


# Outlets whose English pages print a numeric date month first ("11/06/2025" is 6 November):
# DW's English site, American outlets, and Tuoi Tre's English site.
_MONTH_FIRST = _names(
    "dw", "deutsche welle", "cnn", "fox news", "nbc news", "cbs news", "abc news", "npr", "voa",
    "voice of america", "the new york times", "the washington post", "usa today", "cnbc",
    "bloomberg", "newsweek", "time", "politico", "the hill", "axios", "the wall street journal",
    "tuoi tre news", "tuoitrenews", "focus taiwan",
)  # fmt: skip
_NUMERIC_DAY = re.compile(r"^(?P<before>\D{0,30}?)(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?=\d{4})")


def month_first(lines: list[str]) -> list[str]:
    """The lines of an English page whose outlet prints dates month first, its numeric dates
    read day first as the rest of kabar does ("11/06/2025" of DW: "06/11/2025")."""
    if not any(prints_month_first(line.split(" - ", 1)[0]) for line in lines[:4]):
        return lines
    return day_first(lines)


def prints_month_first(outlet: str) -> bool:
    """Tell whether the outlet's English pages print a numeric date month first."""
    return _MONTH_FIRST.match(outlet) is not None


def day_first(lines: Iterable[str]) -> list[str]:
    """The lines with their numeric dates turned day first ("11/06/2025": "06/11/2025")."""
    return [_swap(line) if "/" in line and len(line) <= 60 else line for line in lines]


def _swap(line: str) -> str:
    found = _NUMERIC_DAY.match(line)
    if found is None or int(found["month"]) > 12 or int(found["day"]) > 31:
        return line
    return f"{found['before']}{found['day']}/{found['month']}/{line[found.end() :]}"
