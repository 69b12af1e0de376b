"""Split the dateline ("MOSKOW, JITUNEWS.COM -", "LONDON (Reuters) -") off a first paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from digest.name_words import ACRONYMS, COMMON, ORG_WORDS, ROOT_WORDS, TITLES, word_set
from digest.places import PLACE_ZONES, REGION_ABBREVIATIONS, known_place, place_name, region_name

# Outlets and agencies by name; any web address ("Beritasatu.com", "POS-KUPANG.COM") is one too.
_KNOWN_OUTLETS = re.compile(
    r"^(?:the\s+)?(?:cnn(?:\s+indonesia)?|cnbc(?:\s+indonesia)?|antara(?:\s*news)?|reuters|ap|afp"
    r"|agence\s+france[- ]presse|kyodo\s+news|xinhua\s+news\s+agency"
    r"|xinhua|bernama|kyodo|bloomberg|(?-i:PTI|IANS|ANI)|tempo|kompas(?:\s*tv|\s+id)?|detik\w*|tribun\w*|kumparan\w*"
    r"|okezone|sindonews|viva|republika|bisnis|metrotvnews|metro\s+tv|suara|merdeka|jawapos"
    r"|associated\s+press|upi|dpa|goal(?:\s+indonesia)?|liputan\s*6|idn\s*times|katadata|kontan"
    r"|jpnn|inews|beritasatu|medcom|gatra|antv|tvone(?:news)?|kapanlagi|posmetro|serambinews"
    r"|pikiran\s+rakyat|bbc(?:\s+news)?(?:\s+indonesia)?|voa(?:\s+indonesia)?|voice\s+of\s+america|cbc(?:\s+news)?|rnz|dawn(?:\.com)?|dw(?:\s+indonesia)?"
    r"|guardian|al\s+jazeera|jakarta\s+(?:post|globe)|new\s+york\s+times|washington\s+post"
    r"|wall\s+street\s+journal|financial\s+times|independent|telegraph|sky\s+news|nbc\s+news"
    r"|abc\s+news|cbs\s+news|fox\s+news|npr|politico|axios|cnbc|straits\s+times|channel\s+newsasia"
    r"|cna|south\s+china\s+morning\s+post|scmp|nikkei\s+asia|usa\s+today|daily\s+mail|espn"
    r"|france\s*24|euronews|the\s+hill|time|economist|warta\s+ekonomi|fajar|jitunews"
    r"|pos\s*kota|kbrn|rri|voi|radar\s+\w+|nu\s+online"
    # papers of the regions, and Jakarta's others
    r"|media\s+indonesia|waspada|akurat(?:\.co)?|rmol(?:\.id)?|inilah(?:\.com)?|alinea(?:\.id)?"
    r"|validnews|manado\s+post|pontianak\s+post|sumut\s+pos|padang\s+ekspres|riau\s+pos"
    r"|lombok\s+post|pos\s+kupang|bangka\s+pos|suara\s+surabaya|warta\s+kota|harian\s+haluan"
    r"|banjarmasin\s+post|bali\s+post|kaltim\s+post|tribun\s+\w+"
    # lifestyle and sport sites of the big networks ("Annisa Putri - wolipop", "Dream - Film …")
    r"|wolipop|haibunda|insertlive|beautynesia|dream(?:\.co\.id)?|brilio(?:\.net)?|fimela"
    r"|bola\.net|bolasport|gridoto|prokal|batampos|solopos|hops(?:\.id)?"
    r"|the\s+conversation|coconuts(?:\s+\w+)?|sydney\s+morning\s+herald|the\s+age|nz\s+herald"
    r"|new\s+zealand\s+herald|fmt|the\s+times|wall\s+street\s+journal|wsj|los\s+angeles\s+times"
    r"|politico|the\s+atlantic|irish\s+times|vietnam\s+news|viet\s+nam\s+news"
    # English outlets of Asia, and others whose name says nothing of news ("The Star", not a
    # section called "Star")
    r"|the\s+star|malay\s+mail|new\s+straits\s+times|free\s+malaysia\s+today"
    r"|vnexpress(?:\s+international)?|mothership(?:\.sg)?|(?:the\s+)?borneo\s+post(?:\s+online)?"
    r"|rest\s+of\s+world|eco-business|the\s+interpreter|lowy\s+institute"
    r"|times\s+of\s+india|hindustan\s+times|the\s+hindu|ndtv|indian\s+express|khmer\s+times"
    r"|phnom\s+penh\s+post|korea\s+(?:herald|times|joongang\s+daily)|yonhap(?:\s+news\s+agency)?"
    r"|japan\s+times|asahi\s+shimbun|mainichi|taipei\s+times|focus\s+taiwan|arab\s+news"
    r"|gulf\s+news|khaleej\s+times|rappler|inquirer(?:\.net)?|philippine\s+daily\s+inquirer"
    r"|philstar(?:\.com)?|manila\s+bulletin|the\s+diplomat|bangkok\s+post|nation\s+thailand"
    r"|deutsche\s+welle|the\s+verge|techcrunch|yahoo(?:\s+(?:news|entertainment|finance|sports))?|msn"
    # aggregators, which show other outlets' stories under their own name
    r"|microsoft\s+start|google\s+news|opera\s+news|line\s+today|flipboard|kurio"
    r"|babe(?:\s+-\s+baca\s+berita)?"
    # the Caribbean's wire
    r"|cmc|caribbean\s+media\s+corporation)$",
    re.IGNORECASE,
)
_WEB_ADDRESS = re.compile(
    r"^(?:[\w\-]+\.)+(?:com|co\.id|id|net|org|co|tv|news|info|my\.id|or\.id|go\.id|co\.uk|com\.au"
    r"|com\.sg|com\.my|today|asia|online|media|ph|com\.ph|co\.nz|ac\.id)$"
    # any country's address, in lower case as a site prints it: "eng.lsm.lv", "24.kg"
    r"|^(?-i:[a-z0-9][a-z0-9\-]*\.)+(?-i:[a-z]{2})$",
    re.IGNORECASE,
)
# A place's name in capitals or title case, with its marks ("HÀ NỘI", "Đà Nẵng")
_PLACE = re.compile(
    r"[A-ZÀ-ÖØ-ÞĐ][^\W\d_'’.\-]*(?:['’.\-][^\W\d_]*)*"
    r"(?:\s+[A-ZÀ-ÖØ-ÞĐ][^\W\d_'’.\-]*(?:['’.\-][^\W\d_]*)*){0,3}"
)
# A town in capitals and the day, alone on a line: "NAGPUR, June 16", "KUPANG, 16 Juni"
_PLACE_DAY_ALONE = re.compile(
    r"(?P<place>[A-Z][A-Z .'’\-]{2,30}),\s+"
    # "KATHMANDU, JUNE 24" (The Himalayan Times): the month in capitals too
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}"
    r"|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC|JANUARY|FEBRUARY|MARCH|APRIL"
    r"|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\.?\s+\d{1,2})"
)
# "Chandigarh, May 27" under The Tribune's byline: a town in title case, a month and its day
_TOWN_DAY_ALONE = re.compile(
    r"(?P<place>[A-Z][a-z'’\-]{2,20}(?: [A-Z][a-z'’\-]{2,20})?),\s+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April"
    r"|June|July|August|September|October|November|December)\.?\s+\d{1,2}"
)
# "ILOILO City", "BACOLOD City": a city's name in capitals, the word "City" not
_CAPS_CITY = re.compile(r"[A-Z]{3,}(?: [A-Z]{3,})? City")
_DATELINE = re.compile(
    r"^(?P<first>[^\W\d_][\w.’'\-/ ]{0,39}?)"
    # "Jakarta, 20 Januari 2026 –" (a press release), "JAKARTA, 22nd January, 2026 (WAM) --"
    # "Tahuna, Pendam XIII/Merdeka –": an army command's desk, its unit after a slash
    r"(?:\s*,\s*(?P<second>[^\W_][\w.’'\- ]{0,39}?(?:/[A-Z][\w\-]{1,20})?(?:,\s(?:19|20)\d\d)?))?"
    # "SAN PEDRO DE ATACAMA, Chile, Dec 12 (Chile Dispatch) -": the town, its country, the day
    # ("Basseterre, St Kitts, May 11th 2027 (SKNVIBES) --")
    r"(?:,\s*(?P<third>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?))?"
    # "DUSHANBE, May 12, 2027, Asia-Plus --": after the day, the outlet with no brackets
    r"(?:,\s*(?P<tail>[A-Z][\w.\-]+(?:\s[A-Z][\w.\-]+){0,2}))?"
    r"\s*,?\s*(?:\((?P<agency>[^()]{2,30})\)\.?)?"  # "SERANG, (KB).-": Kabar Banten's stop
    r"(?:/(?P<slashed>[A-Z][A-Za-z\-]{1,14})/)?"  # "Chisinau, April 9 /IPN/ –" (IPN)
    r"\s*(?:(?P<dash>---|--|- -|-|–|—|:|•)(?:\s+(?=\S)|\s*$)|(?P<glued>[–—]|--)(?=[A-Z“\"])"
    # "Taipei, Nov. 23 (CNA) Taiwan's …": a known agency's name in brackets, then the story;
    # "Ulaanbaatar, May 22 (MONTSAME). A joint …": with a full stop
    r"|(?:(?<=\))|(?<=\)\.))\s+(?=[A-Z“\"]))"
)
# "Jakarta, NU Online Pengurus …": a city, a comma, an outlet kabar knows and no dash at all.
_PLACE_OUTLET_BARE = re.compile(
    r"^(?P<place>[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*)?),\s+(?P<words>(?:\S+\s+){1,3})(?=[A-Z“\"])"
)
_PLACE_COUNTRY_AGENCY = re.compile(
    r"^(?P<place>[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,2}) \((?P<country>[A-Z][\w ]{2,30})\)"
    r" \((?P<agency>[A-Za-z]{2,8})\)\s*[-–—]\s+(?=[A-Z“\"])"
)
_PLACE_SITE_ALONE = re.compile(
    r"(?P<place>[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,2}),\s+(?P<outlet>[\w\-]+(?:\.[\w\-]+)+)$"
)
# "Kisaran (SIB)": a town and its paper in brackets, alone on a line over the story
_PLACE_AGENCY_ALONE = re.compile(
    r"(?P<place>[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*)?),? \((?P<agency>[^()]{2,20})\)"
)
_SITE_NAME_DASH = re.compile(
    r"^(?P<outlet>[\w\-]+\.(?:com|co\.id|id|net))\s+[A-Z]\w+(?:\s+[A-Z]\w+){0,2}\s+[-–—]\s+"
    r"(?=[A-Z“\"])"
)
# "kaltimkece.id Populasi pesut …", "AKURAT.CO Badan Legislasi …": a site's address in one
# case, then the story
_SITE_BARE = re.compile(
    r"^(?P<outlet>[a-z][\w\-]*\.(?:com|co\.id|id|net|co)"
    r"|[A-Z][A-Z\d\-]*\.(?:COM|CO\.ID|ID|NET|CO)),?\s+(?=[A-Z“\"])"
)
_SITE_PIPE_PLACE = re.compile(
    r"^(?P<outlet>[\w\-]+\.(?:com|co\.id|id|net))\s*\|\s*(?P<place>[A-Z][\w'’ ]{1,30}?)"
    r"\s*[–—-]{1,2}\s+(?=[A-Z“\"])",
    re.IGNORECASE,
)
_PLACE_PREFECTURE = re.compile(
    r"(?P<place>[A-Z][A-Z'’\- ]{2,30}), [A-Z][a-z]+ Pref\. [–—-]{1,2}\s+(?=[A-Z“\"])"
)
# "November 17, 2027 (PORT SUDAN) – …": the day, then the town in capitals in brackets
_DAY_THEN_PLACE = re.compile(
    r"(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})"
    r" \((?P<place>[A-Z][A-Z .'’\-]{2,30})\)\s*[-–—]{1,2}\s+(?=[A-Z“\"])"
)
# "Redelong | LintasGAYO.co – …": the place, a bar, the site, a dash
_PLACE_PIPE_SITE = re.compile(
    r"^(?P<place>[A-Z][\w'’ ]{1,30}?)\s*\|\s*(?P<outlet>[\w\-]+\.(?i:com|co\.id|co|id|net))"
    r"\s*[–—-]{1,2}\s+(?=[A-Z“\"])"
)
# "TEBINGTINGGI | Satuan Reserse …" (Tebingtinggi Pos): the city in capitals, a bar
_CAPS_PLACE_PIPE = re.compile(r"^(?P<place>[A-Z][A-Z'’ ]{2,30}?) \| (?=[A-Z“\"])")
# "Tokyo | Ganda putra …" (PBSI): a town in title case and a bar
_TOWN_PIPE = re.compile(r"^(?P<place>[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){0,2}) \| (?=[A-Z“\"])")
# "Doha, Qatar: Qatar Tourism …" (The Peninsula): the town, its country and a colon
_TOWN_COUNTRY_COLON = re.compile(
    r"^(?P<place>[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){0,2}),"
    r" (?P<country>[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){0,2}): (?=[A-Z“\"])"
)
_SITE_PLACE_BARE = re.compile(r"^(?P<outlet>[\w\-]+\.(?:com|co\.id|id|net)),\s+(?=[A-Z])")
_STORY_OPENERS = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZ“"')
_PLACE_PAPER_STOP = re.compile(
    r"^(?P<place>[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*)?),?\s*"
    r"\((?P<outlet>[^()]{2,30})\)\.\s+(?=[A-Z“\"])"
)
_BRACKETED_PLACE = re.compile(r"\[(?P<place>[A-Z][A-Z .\-]{2,30})\]\s+(?=[A-Z“\"])")
_PLACE_NAMED_STOP = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?), (?P<outlet>[A-Z][A-Za-z]{2,20})\.\s+(?=[A-Z])"
)
_OUTLET_STOP = re.compile(r"^(?P<outlet>[A-Z][A-Za-z0-9]{1,15})\.\s+(?=[A-Z“\"])")
# "KONTAN.CO.ID - JAKARTA. Harga emas …": the outlet, then the place ending in a full stop.
_PLACE_AFTER = re.compile(r"^(?P<place>[A-Z][A-Z' \-]{2,30})\.\s+(?=[A-Z“\"])")


# "BOGOR-RADAR BOGOR, …" (the Jawa Pos Radar papers): city, hyphen, paper, comma, story.
_PLACE_DASH_OUTLET = re.compile(
    r"^(?P<place>[A-Z][A-Z]+(?: [A-Z]+)?)\s?[-–]\s?(?P<outlet>RADAR(?: [A-Z]+){1,2}),"
    r"\s+(?=[A-Z“\"])"
)
# "PURWOKERTO-SATELITPOS-Sebanyak 214 guru …" (Satelit Pos): the city and the paper in
# capitals, each glued by a hyphen
_CAPS_PLACE_PAPER_HYPHEN = re.compile(
    r"^(?P<place>[A-Z]{3,}(?: [A-Z]{3,})?)[-–](?P<outlet>[A-Z][A-Z.]{3,24})[-–](?=[A-Z][a-z])"
)
# "JAYAPURA-Polresta …" (Cenderawasih Pos): a city in capitals glued by a hyphen to the
# story's first word, in ordinary case ("JAKARTA-BANDUNG" is a route).
_CAPS_PLACE_HYPHEN = re.compile(r"^(?P<place>[A-Z]{3,}(?: [A-Z]{3,})?)-(?=[A-Z][a-z])")
# The last word of a paper's name ("Kendari Pos", "MALANGTIMES", "Lombok Post").
PAPER_WORDS = frozenset(
    ("pos", "post", "ekspres", "express", "times", "news", "today", "tv", "media")
)
# The first word of an Indonesian paper's name ("Kabar Rangkas", "Suara Lewotana")
PAPER_FIRST_WORDS = frozenset(
    ("suara", "harian", "radar", "tribun", "koran", "warta", "kabar", "berita")
)
# The word a paper's name glued in capitals ends in: "RIAUONLINE", "TRIBUNNEWS"
_GLUED_PAPER_WORDS = ("online", "news", "pos", "post", "times", "today", "ekspres", "terkini")
# The information desks of the armed forces and the police: "Pendam XIII/Merdeka".
INFORMATION_DESKS = frozenset(
    ("pendam", "penrem", "pendim", "puspen", "dispen", "dispenad", "dispenal", "dispenau")
)
# A place's name in title case, a word or two: "Kolonia", "Pohnpei", "Port Moresby".
_TITLED_PLACE = re.compile(r"[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+)?")
# "YEREVAN, OCTOBER 29, ARMENPRESS. An Earth …": the city, the day and the agency, a stop.
_PLACE_DAY_AGENCY = re.compile(
    r"^(?P<place>[A-Z][A-Z'’ \-]{2,30}), (?P<day>[A-Z][A-Za-z]{2,8}\.? \d{1,2}), "
    r"(?P<agency>[A-Z]{3,15})\.\s+(?=[A-Z“\"])"
)
# A body's press desk and a stop after the city: "Humas BRIN.", "Biro Humas Kemenkes."
_DESK_STOP = re.compile(r"^(?P<desk>(?:Biro\s+)?Humas\s+[A-Z][\w\-]{1,15})\.\s+(?=[A-Z“\"])")
# What a periodical calls itself before its name: "Majalah Farmasetika", "Harian Kompas".
_PAPER_KINDS = frozenset(("majalah", "harian", "koran", "tabloid", "buletin"))
_PLACE_NAMED_PAPER = re.compile(r"(?P<place>[A-Z]{3,})(?:TIMES|POST|POS|EKSPRES|NEWS|TODAY)")


_DAY = re.compile(
    # "DILI, 08 april 2026 (TATOLI)—": the month in lower case too
    # "MUSCAT, APRIL 17 –" (Oman Observer): in capitals too
    # "BELIZE CITY, Tues. Aug. 18, 2026--" (Amandala): the weekday first, cut short too
    r"^(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
    r"(?:[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z][a-z]{2,8})"
    r"(?:,?\s+(?:19|20)\d\d)?$"
)
_NUMERIC_DAY = re.compile(r"\d{1,2}/\d{1,2}(?:/(?:\d{2}|\d{4}))?")
# "Jakarta, Senin –": a release's city and weekday
_WEEKDAY = re.compile(
    r"Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
)
# "kumparanNEWS", "HanTer", "IDXChannel", "SINDOnews": a brand's mixed case
_DIGITED = re.compile(r"[A-Za-z]{3,}\d{1,4}[A-Za-z]*")
_CAMEL = re.compile(r"^\S*(?:[a-z][A-Z]|[A-Z]{2}[a-z])\S*$")


@dataclass(frozen=True, slots=True)
class Dateline:
    """What a dateline says: the city it was filed from and the outlet that filed it."""

    place: str | None
    outlet: str | None
    rest: str


_PLACE_DOT_SITE = re.compile(
    r"(?P<place>[A-Z][A-Z ]{2,30})\.(?P<site>[A-Z][A-Z0-9\-]+\.(?:ASIA|COM|CO\.ID|ID|NET|ORG))"
)
_PLACE_DASH = re.compile(r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) [-–—] (?=[A-Z“\"])")
_PLACE_STOP = re.compile(r"(?P<place>[A-Z][a-z]+(?: (?:es )?[A-Z][a-z]+){0,2})\. (?=[A-Z][a-z])")
_DERIVED = re.compile(r"^(?:ke|pe[mnr]?|peng|peny)[a-z]{3,}an$")


def _colon_place(place: str, rest: str) -> bool:
    """Tell whether "PLACE:" opens a story: a place kabar knows, or a city in capitals before
    a sentence in ordinary case (not the capitals of a title's subject)."""
    if known_place(place) or any(
        len(town.split()) <= 3
        and all(word[:1].isupper() for word in town.split())
        and not town.isupper()
        and _world_town(town)
        for town in place.split("/")
    ):  # ("Ras Al Khaimah: Scientists have …", a town of three words)
        # "Thiruvananthapuram: The Kerala cabinet …" (Onmanorama); "Mysore/Mysuru: …" (Star of
        # Mysore), the city's two names
        return True
    first, *after = rest.split(maxsplit=2) if rest.strip() else [""]
    words = place.casefold().split()
    return (
        place.isupper()
        and len(words) <= 3
        and not (
            first.isupper()
            and len(first) > 1
            # "DODOMA: THE government plans …" (Daily News, Tanzania): a town's, over a
            # sentence whose first word alone is in capitals
            and not (after and after[0].islower() and _world_town(place))
        )  # "A recruitment agent …" is a sentence
        # "PENTING:", "BREAKING:", "VIDEO:": a label, not a city
        and not any(w in _LABELS for w in words)
        # "TEMA:", "GAYA:" are labels too; "SEREMBAN: A joint-venture …" is a town's dateline
        and (not any(w in ROOT_WORDS for w in words) or _word_town_over_english(place, rest))
    )


def _word_town_over_english(place: str, rest: str) -> bool:
    """Whether a town named by a word of Indonesian ("SEREMBAN", "KAJANG") datelines an
    English sentence (_english_opening)."""
    from digest.outlet_zones import word_town_zone  # outlet_zones reads furniture, which reads us

    return _english_opening(rest) and word_town_zone(place) is not None


# The labels of a header's fields (a feed reader's, a mail's), which a colon follows as it
# does a town's name in "KARACHI:"
_FIELD_LABELS = word_set(
    "date time author title link feed flags published posted updated source from to subject "
    "tanggal waktu penulis judul tautan sumber diterbitkan diperbarui dari kepada subjek"
)
_LABELS = word_set(
    "breaking update updated exclusive watch video photo photos analysis opinion live "
    "explainer review interview editorial comment exklusif infografis"
)


def _unknown_town(word: str) -> bool:
    """A town kabar does not know, in capitals, one word that is no acronym, no common word
    and no office ("SENTANI", "SELATPANJANG"; not "TNI", "KPK", "PEMKAB")."""
    return len(word) >= 5 and word.isalpha() and word.isupper() and word.casefold() not in _NO_TOWN


# The dictionary's words, titles and common words, built once (the roots are many)
_WORDS_AND_TITLES = ROOT_WORDS | TITLES | COMMON
# Words no town is called (built once: the dictionary's roots are many), with the acronyms
# in any case ("GERINDRA", "GOLKAR")
_NO_TOWN = frozenset(word.casefold() for word in ACRONYMS) | _WORDS_AND_TITLES | ORG_WORDS


def _unknown_agency(name: str) -> bool:
    """An outlet's name kabar does not know, in brackets after a city it does: "(Waspada)",
    "(KB)", "(Suara NTB)"; up to three words, each capitalised or a short acronym."""
    words = name.split()
    if len(words) == 1 and name.casefold() in COMMON:
        return False  # "Jakarta (Senin) -": a day, not an outlet
    return 1 <= len(words) <= 3 and all(
        word.istitle()
        or (word.isalpha() and word.isupper() and len(word) <= 14)  # "(KB)", "(RIAUTERKINI)"
        or _CAMEL.match(word) is not None  # "(NTBSatu)"
        for word in words
    )


_UNITS = frozenset({"kota", "kabupaten", "kab.", "kab"})
# What a country's parts are called after their names in an English dateline
_SUBDIVISIONS = frozenset(
    {"county", "province", "state", "district", "region", "parish", "island", "islands"}
    | {"prefecture", "governorate", "department", "territory", "municipality"}
)
_PROVINCE_INITIALS = frozenset(
    {"NTT", "NTB", "DIY", "DKI", "Sumut", "Sumbar", "Sumsel", "Sulsel", "Sulut", "Sulteng"}
    | {"Sultra", "Kaltim", "Kalbar", "Kalsel", "Kalteng", "Jatim", "Jateng", "Jabar", "Malut"}
)
_PROVINCE_CAPITALS = frozenset(initials.upper() for initials in _PROVINCE_INITIALS)


# The words a town's name opens with that are also the language's: "Kuala Simpang",
# "Tana Paser", "Muara Teweh"
_PLACE_HEADS = word_set(
    "kuala tanjung muara teluk sungai pulau tana tanah batu bukit air lubuk pangkalan "
    "labuhan kota padang rantau parit nusa ujung"
)


def _headed_place(words: list[str]) -> bool:
    """A town's name in two or three words under a head of places ("KUALA SIMPANG"), none
    of them a verb or a noun made of one (a caption label's "SUNGAI MELUAP" says what
    happened)."""
    return (
        2 <= len(words) <= 3
        and words[0] in _PLACE_HEADS
        and not any(
            (w.startswith(("me", "ber", "di", "ter", "ke", "pe")) and _stem(w) != w)
            or _DERIVED.match(w)
            for w in words[1:]
        )
    )


@cache
def _stem(word: str) -> str:
    """A word's Indonesian root (Sastrawi): "meluap" is "luap", a verb made of one; "penida"
    stays "penida", a name ("NUSA PENIDA")."""
    return _stemmer().stem(word)


@cache
def _stemmer() -> Any:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


def _known_or_unit(place: str) -> bool:
    """A place kabar knows, or one it knows after its unit ("KOTA BATU", "KABUPATEN MALANG")."""
    if known_place(place):
        return True
    unit, _, rest = place.partition(" ")
    return unit.casefold() in _UNITS and bool(rest) and bool(known_place(rest))


def _english_opening(text: str) -> bool:
    """Whether a story opens in English: two of its first eight words are English's own."""
    return sum(w in _ENGLISH_WORDS for w in text.casefold().split()[:8]) >= 2


_ENGLISH_WORDS = word_set("a an the who which was were is are has have had will of in on for to")


def _world_town(name: str) -> bool:
    """Whether a name is a town abroad kabar knows the clock of ("PORT VILA", "Dodoma")."""
    from digest.outlet_zones import dateline_zone  # outlet_zones reads furniture, which reads us

    return dateline_zone(name) is not None


def _country(name: str) -> bool:
    from digest.outlet_zones import country_names  # outlet_zones reads furniture, which reads us

    return " ".join(re.findall(r"[a-z]+", name.casefold())) in country_names()


def is_outlet(name: str) -> bool:
    """Tell whether a name is a news outlet or agency ("KOMPAS.com", "Reuters", "detikNews")."""
    name = name.strip()
    return len(name) <= 40 and bool(_KNOWN_OUTLETS.match(name) or _WEB_ADDRESS.match(name))


def named_outlet(name: str) -> bool:
    """Tell whether kabar knows an outlet by its name ("Kompas", "Tribun Ambon"): unlike
    is_outlet, a web address kabar has never seen ("Kabartimurnews.com") is not one."""
    return bool(_KNOWN_OUTLETS.match(name.strip()))


def split_dateline(paragraph: str) -> Dateline | None:
    """Return the dateline of a paragraph and the paragraph without it, or None if it has none."""
    found = _split_dateline(paragraph)
    if found is None:
        if " | " in paragraph[:32] and (piped := _TOWN_PIPE.match(paragraph)):
            place = piped["place"]
            if known_place(place) or _world_town(place):
                # "Odense | Ganda putra Indonesia …" (PBSI): the town, a bar, the story
                return Dateline(place, None, paragraph[piped.end() :])
        return None
    if (
        found.outlet
        and not found.place
        and (placed := _CAPS_PLACE_DASH.match(found.rest))
        and (known_place(placed["place"]) or _world_town(placed["place"]))
    ):
        # "Krjogja.com - BANTUL - Sebanyak …": the site first, then the town in capitals (not
        # a label: "Krjogja.com - VIRAL - …")
        return Dateline(placed["place"], found.outlet, found.rest[placed.end() :])
    return found


_TOWN_PIPE = re.compile(r"(?P<place>[A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})?) \| (?=[A-Z“\"])")
_CAPS_PLACE_DASH = re.compile(r"(?P<place>[A-Z]{3,}(?: [A-Z]{2,}){0,2}) ?[-–—]{1,2} (?=[A-Z“\"])")


def _split_dateline(paragraph: str) -> Dateline | None:
    if (
        len(paragraph) <= 50
        and (bold := _PLACE_SITE_ALONE.match(paragraph))
        and known_place(bold["place"])
        and is_outlet(bold["outlet"])
    ):
        # "Labuhanbatu, MISTAR.ID" in bold on a line of its own, the story under it
        return Dateline(bold["place"], bold["outlet"], "")
    if (
        len(paragraph) <= 40
        and (bracketed := _PLACE_AGENCY_ALONE.fullmatch(paragraph))
        and known_place(bracketed["place"])
        and (is_outlet(bracketed["agency"]) or _unknown_agency(bracketed["agency"]))
    ):
        # "Kisaran (SIB)" on a line of its own over the story (Harian SIB)
        return Dateline(bracketed["place"], bracketed["agency"], "")
    if len(paragraph) <= 40 and (dated_alone := _PLACE_DAY_ALONE.fullmatch(paragraph)):
        # "NAGPUR, June 16" on a line of its own over the story (an e-paper's text view)
        return Dateline(dated_alone["place"], None, "")
    if (
        len(paragraph) <= 40
        and (town_dated := _TOWN_DAY_ALONE.fullmatch(paragraph))
        and (known_place(town_dated["place"]) or _world_town(town_dated["place"]))
    ):
        return Dateline(town_dated["place"], None, "")  # "Chandigarh, May 27" (The Tribune)
    if (
        "." in paragraph[:20]
        and (named_site := _SITE_NAME_DASH.match(paragraph))
        and is_outlet(named_site["outlet"])
    ):
        # "RM.id Rakyat Merdeka - Pemerintah …": the site's address, its name, a dash
        return Dateline(None, named_site["outlet"], paragraph[named_site.end() :])
    if " Pref. " in paragraph[:60] and (prefectured := _PLACE_PREFECTURE.match(paragraph)):
        # "NISHINOMIYA, Hyogo Pref. – Kenta …" (The Japan Times): the town and its prefecture
        return Dateline(prefectured["place"], None, paragraph[prefectured.end() :])
    if paragraph[:1].isupper() and (day_first := _DAY_THEN_PLACE.match(paragraph)):
        # "November 17, 2027 (PORT SUDAN) – Sudan's …" (Sudan Tribune): the day, then the town
        return Dateline(day_first["place"], None, paragraph[day_first.end() :])
    if (filed := _PLACE_DAY_AGENCY.match(paragraph)) and _DAY.match(filed["day"]):
        # "YEREVAN, OCTOBER 29, ARMENPRESS. An Earth observation …" (Armenpress)
        return Dateline(filed["place"], filed["agency"], paragraph[filed.end() :])
    if (
        (stopped := _PLACE_STOP.match(paragraph))
        and (
            known_place(stopped["place"])
            # "Dodoma. The National Assembly …" (The Citizen): a town abroad kabar knows the
            # clock of, over an English story
            or (_english_opening(paragraph[stopped.end() :]) and _world_town(stopped["place"]))
        )
    ):
        # "Zanzibar. Seaweed farmers …" (The Citizen), "Jakarta. President Prabowo …" (Jakarta
        # Globe): the city and a full stop
        return Dateline(stopped["place"], None, paragraph[stopped.end() :])
    if (
        ": " in paragraph[:40]
        and (countried := _TOWN_COUNTRY_COLON.match(paragraph))
        and known_place(countried["country"])
        and (known_place(countried["place"]) or _world_town(countried["place"]))
        and len(paragraph) - countried.end() > 40
    ):
        # "Doha, Qatar: Qatar Tourism has announced …" (The Peninsula)
        return Dateline(countried["place"], None, paragraph[countried.end() :])
    match = _DATELINE.match(paragraph)
    # "PORT VILA, May 5 –", "Ulaanbaatar, May 22 (MONTSAME).": a day between the place and the
    # dash or the agency says it is a dateline, whatever the place and the agency
    dated = bool(
        match and (match["third"] or (match["second"] and _DAY.match(match["second"].strip())))
    )
    if match and (match["tail"] or match["slashed"]) and (not dated or match["agency"]):
        match = None  # an outlet after a comma or between slashes only follows the day
    if match and not (match["dash"] or match["glued"]):
        # no dash: only "Taipei, Nov. 23 (CNA) …", an agency kabar knows in brackets, or one
        # it does not after a day
        agency = match["agency"]
        if not (agency and (is_outlet(agency.strip()) or (dated and _unknown_agency(agency)))):
            match = None
    if not match:
        radar = _PLACE_DASH_OUTLET.match(paragraph)
        if radar and known_place(radar["place"]):
            # "BOGOR-RADAR BOGOR, Pemerintah …": the city, a hyphen, the paper, a comma
            return Dateline(radar["place"], radar["outlet"], paragraph[radar.end() :])
        papered = _CAPS_PLACE_PAPER_HYPHEN.match(paragraph)
        if papered and (
            (known_place(papered["place"]) or _unknown_town(papered["place"]))
            and not known_place(papered["outlet"])
            and papered["outlet"].casefold() not in _NO_TOWN
        ):
            return Dateline(papered["place"], papered["outlet"], paragraph[papered.end() :])
        glued = _CAPS_PLACE_HYPHEN.match(paragraph)
        if glued and (known_place(glued["place"]) or _unknown_town(glued["place"])):
            # "JAYAPURA-Polresta Jayapura Kota menangkap …": the city in capitals, a hyphen;
            # "SENTANI-Komisi …", a town kabar does not know (not "TNI-Polri")
            return Dateline(glued["place"], None, paragraph[glued.end() :])
        bare = _PLACE_OUTLET_BARE.match(paragraph)
        if bare and known_place(bare["place"]):
            # the outlet's name takes the longest run of words that is one; the story follows
            words = bare["words"].split()
            for n in range(len(words), 0, -1):
                if is_outlet(" ".join(words[:n])):
                    pieces = paragraph[bare.start("words") :].split(maxsplit=n)
                    story = pieces[n] if len(pieces) > n else ""
                    if story[:1].isupper() and len(story.split()) >= 5:
                        return Dateline(bare["place"], " ".join(words[:n]), story)
                    break
        placed = _PLACE_COUNTRY_AGENCY.match(paragraph)
        if placed and is_outlet(placed["agency"]) and known_place(placed["country"]):
            # "Mont-de-Marsan (France) (AFP) – …": the town, its country, the agency
            return Dateline(placed["place"], placed["agency"], paragraph[placed.end() :])
        bare_site = _SITE_BARE.match(paragraph)
        if bare_site and len(paragraph) - bare_site.end() > 40:
            # "kaltimkece.id Populasi pesut …": the site's name in bold, then the story
            return Dateline(None, bare_site["outlet"], paragraph[bare_site.end() :])
        piped = _SITE_PIPE_PLACE.match(paragraph) or _PLACE_PIPE_SITE.match(paragraph)
        if piped and is_outlet(piped["outlet"]):
            # "DIALEKSIS.COM | Singkil – Tim gabungan …": the site, a bar, the place, a dash
            return Dateline(piped["place"], piped["outlet"], paragraph[piped.end() :])
        barred = _CAPS_PLACE_PIPE.match(paragraph) or _TOWN_PIPE.match(paragraph)
        if barred and known_place(barred["place"]) and len(paragraph) - barred.end() > 40:
            return Dateline(barred["place"], None, paragraph[barred.end() :])
        site = _SITE_PLACE_BARE.match(paragraph)
        if site and is_outlet(site["outlet"]):
            # "Fimela.com, Jakarta Film …": the site, a comma, the city and no dash at all
            words = paragraph[site.end() :].split(" ", 3)
            for n in (2, 1):
                where = " ".join(words[:n])
                story = paragraph[site.end() + len(where) + 1 :]
                # "Beritabali.com, Badung. Pemerintah …": a stop after the city
                city = where[:-1] if where.endswith(".") else where
                if len(words) > n and known_place(city) and story[:1] in _STORY_OPENERS:
                    return Dateline(city, site["outlet"], story)
        paper = _PLACE_PAPER_STOP.match(paragraph) if "). " in paragraph[:60] else None
        if paper and (
            known_place(paper["place"])
            # "Kotapinang (Analisa). …": a town kabar does not know, one word that is no
            # common word, and a paper's name
            or (
                " " not in paper["place"]
                and paper["place"].istitle()
                and paper["place"].casefold() not in _WORDS_AND_TITLES
                and _unknown_agency(paper["outlet"])
            )
        ):
            # "Medan, (Analisa). Harga cabai …": the city, the paper in brackets, a stop
            return Dateline(paper["place"], paper["outlet"], paragraph[paper.end() :])
        if paragraph[:1] == "[" and (bracketed := _BRACKETED_PLACE.match(paragraph)):
            # "[JAKARTA] Singapore-based investors …" (The Business Times)
            return Dateline(bracketed["place"], None, paragraph[bracketed.end() :])
        stopped_paper = _PLACE_NAMED_STOP.match(paragraph)
        if (
            stopped_paper
            and _known_or_unit(stopped_paper["place"])
            and stopped_paper["outlet"].casefold() not in _WORDS_AND_TITLES
            and not _DAY.match(stopped_paper["outlet"])
        ):
            # "Kota Pasuruan, Bhirawa. Pemerintah …" (Harian Bhirawa): the city, the paper's
            # name and a full stop
            return Dateline(
                stopped_paper["place"], stopped_paper["outlet"], paragraph[stopped_paper.end() :]
            )
        named = _OUTLET_STOP.match(paragraph) if paragraph.find(". ", 0, 18) > 1 else None
        if named and is_outlet(named["outlet"]):
            # "RMOL. Komisi II DPR RI …": the outlet, a full stop, the story
            return Dateline(None, named["outlet"], paragraph[named.end() :])
        return None
    # "JAKARTA, June 18 (Reuters) -": the day between place and agency is neither.
    parts = [p.strip() for p in (match["first"], match["second"]) if p and not _DAY.match(p)]
    if len(parts) == 2 and _WEEKDAY.fullmatch(parts[1]):
        del parts[1]
    if match["dash"] == ":" and parts and parts[0].casefold() in _FIELD_LABELS:
        return None  # "Date: Fri, 14 Feb 2031 07:30:00 +0000", a feed's field: no Date, Japan
    if match["glued"] and not parts:
        return None  # "Thursday 17–June 2032, 5:12 pm": a day cut by a dash, no place
    if (
        match["glued"]
        and not (
            parts[-1].isupper()
            or is_outlet(parts[-1])
            or (len(parts) == 2 and parts[0].isupper())
            # "Kolonia, Pohnpei—Pohnpei's public high schools …": a town and its state, a long
            # dash with no spaces (The Kaselehlie Press)
            or (
                match["glued"] == "—"
                and len(parts) == 2
                and all(_TITLED_PLACE.fullmatch(p) for p in parts)
            )
            # "Tuapejat—Tim peneliti …" (Puailiggoubat): a town kabar knows, not a route to
            # another ("Jakarta—Bandung")
            or (
                match["glued"] == "—"
                and len(parts) == 1
                and known_place(parts[0])
                and not known_place(paragraph[match.end() :].split(" ", 1)[0])
            )
        )
    ):
        return None  # "JOGJA—Balai …", "RUMOI, Hokkaido--The …"; not "Januari–Maret"
    named = _PLACE_NAMED_PAPER.fullmatch(parts[0]) if len(parts) == 1 else None
    if named and known_place(named["place"]):
        # "MALANGTIMES -": a paper named after its city; the city is the dateline. A paper
        # named after its province ("JATIMTIMES -") names no town.
        if named["place"] in _PROVINCE_CAPITALS:
            return Dateline(None, parts[0], paragraph[match.end() :])
        return Dateline(named["place"], parts[0], paragraph[match.end() :])
    if len(parts) == 1 and parts[0].isupper() and " " in parts[0]:
        # "POSMETRO MEDAN –": the outlet and the place with no comma between them
        brand, _, rest = parts[0].partition(" ")
        if is_outlet(brand) and not is_outlet(parts[0]):
            parts = [brand, rest]
    elif len(parts) == 1 and " " in parts[0] and not is_outlet(parts[0]):
        # "Hong Kong CNN —": the place, then the outlet
        where, _, brand = parts[0].rpartition(" ")
        if is_outlet(brand) and known_place(where):
            parts = [where, brand]
    agency = (match["agency"] or match["slashed"] or match["tail"] or "").strip()
    if "/" in agency and _DAY.match(agency.rpartition("/")[2].strip()):
        agency = agency.rpartition("/")[0].strip()  # "DAVAO CITY (MindaNews / 06 March) —"
    if len(parts) == 1 and "/" in parts[0] and is_outlet(parts[0].rpartition("/")[2]):
        # "PANGKALAN BUN/TABENGAN.CO.ID –": the town, a slash, the site's address
        parts = [p.strip() for p in parts[0].rpartition("/")[::2]]
    if agency and (_DAY.match(agency) or _NUMERIC_DAY.fullmatch(agency)):
        # "KUALA LUMPUR (Nov 18):" (The Edge, Borneo Post), "Jakarta, Senin (12/11/2025) –"
        # (a press release): the day, no agency
        agency = ""
    if (
        len(parts) == 2
        and not agency
        and parts[0].isalpha()
        and parts[0].isupper()
        and 2 <= len(parts[0]) <= 4
        and not parts[1].isupper()  # not "TOBA, METRO –" (Metro Tapanuli's)
        and not known_place(parts[0])
        and known_place(parts[1])
    ):
        # "KBR, Jakarta -": an outlet by its initials, then the city in ordinary case, as
        # "Liputan6.com, Jakarta -" prints its address
        return Dateline(parts[1], parts[0], paragraph[match.end() :])
    # A camel-cased brand ("HanTer", "kumparanNEWS") is an outlet too, known or not, and so
    # is a name of one word with digits in it ("Papua60detik", "Suara24").
    outlets = [p for p in parts if is_outlet(p) or _CAMEL.search(p) or _DIGITED.fullmatch(p)]
    # "BANGKOK/PHNOM PENH, June 2 (Reuters) -": a story filed from two cities
    places = [
        p
        for p in parts
        if p not in outlets and all(_PLACE.fullmatch(city) for city in p.split("/"))
    ]
    if agency:
        # "MEDAN (Waspada):", "SERANG, (KB).-": an outlet kabar does not know, after a city it
        # knows, by its name or its initials
        if (
            not is_outlet(agency)
            and len(parts) == 1
            and known_place(agency)
            and (_CAMEL.search(parts[0]) or parts[0].istitle())
            and " " not in parts[0]
            and not known_place(parts[0])
            and parts[0].casefold() not in ROOT_WORDS
            and parts[0].casefold() not in TITLES
            and parts[0].casefold() not in COMMON
        ):
            # "Analisadaily (Dolok Sanggul) -": the outlet, then where it filed from in brackets
            return Dateline(known_place(agency), parts[0], paragraph[match.end() :])
        if (
            not is_outlet(agency)
            and len(places) == 1
            and agency.istitle()
            and agency.casefold() in PLACE_ZONES
        ):
            # "Indore (Madhya Pradesh):": the town's state in brackets, no agency
            return Dateline(places[0], None, paragraph[match.end() :])
        if not is_outlet(agency) and not (
            # "Kabupaten Bandung (Dispenad) –": a city kabar knows after its unit;
            # "Haranggaol (SIB) -": a town it does not, one word of a name, then the paper's
            # initials
            # "PORT OF SPAIN, Trinidad (CMC) —": a city in capitals and its country
            (
                len(places) == 1
                # "CHARLESTOWN, Nevis (NP) —": a town in capitals and its island or country
                or (
                    len(places) == 2
                    and places[0].isupper()
                    and (known_place(places[1]) or places[1].casefold() in PLACE_ZONES)
                )
                or (len(places) == 2 and dated)  # "Basseterre, St Kitts, May 11th 2027 (…)"
            )
            and (
                _unknown_agency(agency)
                # "RANTAUPRAPAT (Detak) –": a paper's one word after a town in capitals, a
                # word of the language too, but no day
                or (
                    places[0].isupper()
                    and agency.istitle()
                    and " " not in agency
                    and not _WEEKDAY.fullmatch(agency)
                )
            )
            and (
                _known_or_unit(places[0])
                or dated
                or len(places) == 2  # the country kabar knows says the city is one
                or (
                    # "RANTAUPRAPAT (Detak) –"; "Bagansiapiapi (Bagan Pos) -": a paper's name
                    # by its paper's word
                    (
                        agency.isupper()
                        or places[0].isupper()
                        or agency.rsplit(" ", 1)[-1].casefold() in PAPER_WORDS
                        # "Rangkasbitung (Kabar Rangkas) -": or by its first word
                        or (" " in agency and agency.split()[0].casefold() in PAPER_FIRST_WORDS)
                    )
                    and " " not in places[0]
                    and (places[0].istitle() or _unknown_town(places[0]))
                    and places[0].casefold() not in _WORDS_AND_TITLES
                )
                # "Pangkalan Brandan (Warta Brandan) -": a paper named after the town, by its
                # paper's first word and the town's last
                or (
                    " " in agency
                    and agency.split()[0].casefold() in PAPER_FIRST_WORDS
                    and len(places[0].split()) <= 3
                    and places[0].istitle()
                    and agency.split()[-1].casefold() == places[0].split()[-1].casefold()
                )
            )
        ):
            return None
        outlets.append(agency)
    elif len(places) == 2 and all(p.isupper() for p in places):
        # "SURABAYA, WARTA -": an agency kabar does not know, in the all-caps dateline shape;
        # "RIAUONLINE, TEMBILAHAN -": the outlet first, a paper's name glued to its word, when
        # only the second is a place (not "DOLOKSANGGUL, METRO –", Metro Tapanuli's)
        first = (
            0
            if known_place(places[1])
            and not known_place(places[0])
            and (
                places[0].casefold().endswith(_GLUED_PAPER_WORDS)
                # "TIMESINDONESIA, PROBOLINGGO –": the word first
                or (len(places[0]) > 8 and places[0].casefold().startswith(_GLUED_PAPER_WORDS))
            )
            else -1
        )
        outlets.append(places.pop(first))
    elif (
        len(places) == 2
        and (
            " " not in places[1]
            or places[1].split()[-1].casefold() in PAPER_WORDS
            # "Maumere, Ekora NTT –": a name and its province's initials
            or (len(places[1].split()) == 2 and places[1].split()[-1] in _PROVINCE_INITIALS)
            # "Jakarta, Kejaksaan Agung —": the body whose desk wrote it; "Tahuna, Pendam
            # XIII/Merdeka –": an army command's information desk
            or (len(places[1].split()) <= 3 and places[1].split()[0].casefold() in ORG_WORDS)
            or places[1].split()[0].casefold() in INFORMATION_DESKS
            # "NGANJUK, JP Radar Kediri –", "PELAIHARI, Mata Banua -": the city in capitals,
            # then a paper's name of a few words
            or (
                places[0].isupper()
                and len(places[1].split()) <= 5
                and all(word[:1].isupper() for word in places[1].split())
            )
        )
        # "Jakarta, TAMBANG –": a magazine's name in capitals
        and (
            places[1].split()[0].istitle()
            or (places[1].isupper() and len(places[1]) >= 4)
            or (places[0].isupper() and " " in places[1])  # "NGANJUK, JP Radar Kediri –"
        )
        # "Parit Malintang, Singgalang –": a town under a head of places is one too;
        # "KOTA, JP Radar Kediri –": the paper's own city, by its unit alone
        and (
            _known_or_unit(places[0])
            or _headed_place(places[0].casefold().split())
            or (places[0].isupper() and places[0].casefold() in _UNITS)
            # "KUMURKEK, PBD Post -": a town kabar does not know, in capitals, before a name
            # that ends in a paper's word
            or (_unknown_town(places[0]) and places[1].split()[-1].casefold() in PAPER_WORDS)
        )
        and not known_place(places[1])
        and places[1].casefold() not in COMMON  # "Jakarta, Desember -": a month, not an outlet
    ):
        # "Jayapura, Jubi –", "Kendari, Kendari Pos –": a known city, then an outlet kabar
        # does not know by name
        outlets.append(places.pop())
    elif (
        len(places) == 2
        and len(places[0].split()) <= 3
        # "ITS News": a campus's initials and a paper's word
        and all(word[:1].isupper() for word in places[0].split())
        and not places[0].isupper()  # not "RUMOI, Hokkaido--", a town and its region
        and known_place(places[1])
        and not _country(places[1])  # "Nuku'alofa, Tonga —": a city, then its country
        and places[1].casefold() not in REGION_ABBREVIATIONS  # "Lubbock, Texas —": its state
        and not known_place(places[0])
        # named for an outlet kabar knows, or as papers are: "Bloomberg Technoz", "Sumut News";
        # or one word that is no title or common word ("Parlementaria", the DPR's news desk)
        and (
            is_outlet(places[0].split()[0])
            or places[0].split()[-1].casefold() in PAPER_WORDS
            or (" " not in places[0] and places[0].casefold() not in TITLES | COMMON)
        )
    ):
        # "Bloomberg Technoz, Jakarta –": an outlet kabar does not know, then the city, as
        # "Liputan6.com, Jakarta -" prints it
        outlets.append(places.pop(0))
    elif (
        len(places) == 2
        and places[0].isupper()
        and " " not in places[0]
        and len(places[0]) >= 5
        and not places[1].isupper()
        and region_name(places[1])
        and not known_place(places[0])
        and places[0].casefold() not in ROOT_WORDS
    ):
        # "BORNEONEWS, Kasongan -": the outlet in capitals, then an Indonesian town (not
        # "RUMOI, Hokkaido--", a town and its region)
        outlets.append(places.pop(0))
    if len(outlets) + len(places) != len(parts) + (1 if agency else 0):
        return None
    if (
        match["dash"] == ":"
        and not dated  # "NAGPUR, May 16: THE CITY reeled …" (The Hitavada)
        and not outlets
        and not (len(places) == 1 and _colon_place(places[0], paragraph[match.end() :]))
        # "BATAM, Indonesia:" (CNA): a city in capitals, then its country
        and not (len(places) == 2 and places[0].isupper() and place_name(places[1]))
    ):
        # "GOWOK: KAMASUTRA JAWA ..." is a title and its subject; "Jakarta: Kejaksaan …"
        # (Medcom) and "KUALA LUMPUR: Malaysian …" (CNA) are datelines
        return None
    # "MANILA, Philippines –" (Inquirer, Rappler): the city, then its country or region
    regioned = (
        (
            len(places) == 2
            and places[0].isupper()
            and not places[1].isupper()
            and (
                known_place(places[1])
                # "CORCORAN, Calif. —", "RUMOI, Hokkaido--": an English dateline's state or region
                or (
                    (match["dash"] in ("—", "--") or match["glued"]) and len(places[1].split()) <= 2
                )
                # "LA TRINIDAD, Benguet – Farmers …" (Baguio Midland Courier): a province by
                # an en dash, over a story in English
                or (
                    match["dash"] == "–"
                    and len(places[1].split()) <= 2  # "ORANJESTAD, St. Eustatius –"
                    and _english_opening(paragraph[match.end() :])
                )
                # "GANTA, Nimba County –", "LAE, Morobe Province -": one that says it is one
                or (
                    len(places[1].split()) <= 3
                    and places[1].split()[-1].casefold() in _SUBDIVISIONS
                )
            )
        )
        or (
            len(places) == 2 and match["glued"] == "—"  # "Kolonia, Pohnpei—"
        )
        # "Clay, N.Y. —", "Lubbock, Texas —": a town in title case, then its state as the
        # AP abbreviates it
        or (len(places) == 2 and places[1].casefold() in REGION_ABBREVIATIONS)
        or (
            # "Medan, Indonesia –" (Al Jazeera): a city kabar knows and its country, by a long dash;
            # "Nuku'alofa, Tonga —": any city before a country's name
            len(places) == 2
            and match["dash"] in ("–", "—")
            and ((known_place(places[0]) and known_place(places[1])) or _country(places[1]))
        )
    )
    if regioned:
        places.pop()
    if len(places) > 1 and not agency:
        return (
            None  # "Mataram, NTB (ANTARA) -" names a region after the city; two bare places do not
        )
    place = places[0] if places else None
    if (
        place
        and not outlets
        and place.isupper()
        and not _known_or_unit(place)
        # an English paper's long dash after a city in capitals ("HÀ NỘI —"): a dateline
        and not (match["dash"] == "—" and not place.isascii())
        and not dated  # "PORT VILA, May 5 –": no caption's label has a day
        and not regioned  # "DAKAR, Senegal —": nor a country or a region
    ):
        # "GEDUNG KEJAGUNG - Suasana …", "KEBAKARAN CAKUNG - Petugas …": Tribun's caption
        # labels hold a dictionary word; a city no gazetteer knows holds none, in up to four
        # words ("SOUTH TARAWA –", "PORT OF SPAIN —"), or only a head of places' and nouns
        # ("KUALA SIMPANG –", "TANA PASER –").
        words = place.casefold().replace("'s", "").replace("’s", "").split()
        if (
            len(words) > 4
            or (
                any(w in ROOT_WORDS or _DERIVED.match(w) for w in words)
                and not _headed_place(words)
                and not _world_town(place)  # "PORT VILA —": the words of a town abroad
                # "BANGOR — A Lewiston man who …": an English story's town, whatever Indonesian's
                # dictionary holds
                and not _english_opening(paragraph[match.end() :])
            )
        ):
            return None
    if place and not outlets and not place.isupper() and not dated:
        # "Jakarta - ..." (detik style) is a dateline; "Menurut Budi - ..." is not; a day
        # after the place says it is one ("Sri Vijaya Puram, June 24:", Andaman Sheekha)
        # "Nuku'alofa" is in title case though str.istitle() reads "alofa" as a word of its own
        if (
            # (three words of a town abroad kabar knows the clock of: "Ras Al Khaimah:")
            (len(place.split()) > 2 and not _world_town(place))
            or not all(w[:1].isupper() and not w[1:].isupper() for w in place.split())
        ) and not _CAPS_CITY.fullmatch(place):
            # "ILOILO City –" (Panay News): the city's name in capitals, its kind not
            return None
        if place.split()[0].casefold() in TITLES | COMMON and not known_place(place):
            return None  # not "Kota Kinabalu:" (the Daily Express), a city kabar knows
        if " " in place and place.split()[0].casefold() in _PAPER_KINDS:
            # "Majalah Farmasetika –": a magazine's or a paper's name, not a place
            outlets, place = [place], None
    rest = paragraph[match.end() :].lstrip()
    if not rest:
        # "Jakarta, CNN Indonesia --" on a line of its own, the story on the next
        if outlets:
            return Dateline(place, outlets[0], "")
        # "Jakarta -" or "Odense -" alone (detik copied): a known place, or one capitalised
        # word no dictionary or title list has
        alone = (
            place
            # "NAGPUR, May 16:" (The Hitavada): a day after the town says it is a dateline
            and (match["dash"] != ":" or dated)
            and (
                dated
                or known_place(place)
                or (
                    " " not in place
                    and place.istitle()
                    and place.casefold() not in _WORDS_AND_TITLES
                )
            )
        )
        return Dateline(place, None, "") if alone else None
    if not (
        rest[0].isupper()
        or rest[0] in "“\"'«‘"
        # "JAKARTA - 5 Gejala hipertensi …": a story may open on a number under a city in
        # capitals or its outlet
        or (
            rest[0].isdigit()
            and match["dash"] not in (None, ":")  # a dash, not "Kota Kinabalu:"
            and (outlets or (place and place.isupper() and known_place(place)))
        )
    ):
        return None
    if outlets and not place and (after := _PLACE_AFTER.match(rest)):
        place, rest = after["place"].strip(), rest[after.end() :]
    elif (
        outlets
        and not place
        and (stopped := _PLACE_STOP.match(rest) or _PLACE_DASH.match(rest))
        and known_place(stopped["place"])
    ):
        # "MedanBisnis - Simalungun. Harga jagung …": the place in ordinary case; or after a
        # dash ("CAKAPLAH.com - Bengkalis - Abrasi …")
        place, rest = stopped["place"], rest[stopped.end() :]
    if place and not outlets and (desk := _DESK_STOP.match(rest)):
        # "Jakarta – Humas BRIN. Tim peneliti …": the city, then the body's press desk and a stop
        outlets, rest = [desk["desk"]], rest[desk.end() :]
    addressed = place if not outlets else outlets[0] if not place else None
    if (
        addressed
        and "." in addressed
        and (site := _PLACE_DOT_SITE.fullmatch(addressed))
        and known_place(site["place"])  # not "SURYA.CO.ID", a paper's address
    ):
        # "TARAKAN.NIAGA.ASIA –": the city glued to the site's address (Niaga.Asia)
        return Dateline(site["place"], site["site"], rest)
    if place and place[-1] == "." and len(place.rsplit(" ", 1)[-1]) > 4:
        place = place[:-1]  # "Santo Domingo.-" (Dominican Today): the stop before the dash
    outlet = outlets[0] if outlets else None
    if outlet and outlet.casefold() in REGION_ABBREVIATIONS:
        outlet = None  # "SUMMERSIDE, P.E.I. —": the town's province, no outlet
    if outlet and outlet[-1] == "." and outlet.count(".") == 1:
        outlet = outlet[:-1]  # "Kota Bima, Kahaba.-": the paper's stop before the dash
    return Dateline(place, outlet, rest)
