"""Places by one spelling: the world's countries and cities as Indonesian writes them, with
their English names, and Indonesia's provinces, regencies and cities."""

from __future__ import annotations

from pathlib import Path

from digest.name_words import word_set


def word_list(name: str) -> list[str]:
    """The lines of a word list under digest/data/, without its comment lines."""
    text = (Path(__file__).with_name("data") / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


# Capitals and datelines the zone database does not name a zone after, states, provinces and
# regions, and countries of one clock as English stories name them ("suva": "Pacific/Fiji",
# "nepal": "Asia/Kathmandu", "madhya pradesh": "Asia/Kolkata"), read once for every reader
PLACE_ZONES: dict[str, str] = dict(line.split("\t") for line in word_list("place_zones.txt"))

# One spelling per place, so a reader who follows "Rusia" also gets stories that say "Russia".
PLACES: dict[str, str] = {}
for _canonical, _variants in {
    "Rusia": "Russia, Russian Federation, Federasi Rusia",
    "Belarusia": "Belarus, Belarussia, Byelorussia",
    "Ukraina": "Ukraine",
    "Amerika Serikat": "United States, United States of America, USA, US, AS, U.S., America, "
    "Amerika",
    # the continents, so "Amerika" alone is the United States as the press writes it
    "Amerika Latin": "Latin America",
    "Amerika Selatan": "South America",
    "Amerika Utara": "North America",
    "Tiongkok": "China, Cina, RRT, Republik Rakyat Tiongkok, People's Republic of China",
    "Indonesia": "Republik Indonesia, RI, NKRI",
    "Jakarta": "DKI Jakarta, Jakarta Raya",
    "Inggris": "Britain, United Kingdom, UK, Great Britain, England",
    "Jepang": "Japan",
    "Korea Selatan": "South Korea, Korsel",
    "Korea Utara": "North Korea, Korut",
    "Jerman": "Germany",
    "Prancis": "France, Perancis",
    "Belanda": "Netherlands, Holland",
    "Arab Saudi": "Saudi Arabia",
    "Finlandia": "Finland",
    "Swedia": "Sweden",
    "Turki": "Turkey, Turkiye, Türkiye",
    "Israel": "",
    "Palestina": "Palestine",
    "Iran": "",
    "Irak": "Iraq",
    "Suriah": "Syria",
    "Mesir": "Egypt",
    "India": "",
    "Pakistan": "",
    "Australia": "",
    "Malaysia": "",
    "Singapura": "Singapore",
    "Thailand": "",
    "Filipina": "Philippines",
    "Vietnam": "Viet Nam",
    "Myanmar": "Burma",
    "Brasil": "Brazil",
    "Argentina": "",
    "Spanyol": "Spain",
    "Italia": "Italy",
    "Polandia": "Poland",
    "Kanada": "Canada",
    "Meksiko": "Mexico",
    "Afrika Selatan": "South Africa",
    "Selandia Baru": "New Zealand",
    "Kamboja": "Cambodia",
    "Laos": "",
    "Brunei Darussalam": "Brunei",
    "Bangladesh": "",
    "Nepal": "",
    "Sri Lanka": "",
    "Qatar": "Katar",
    "Afghanistan": "",
    "Yaman": "Yemen",
    "Uni Emirat Arab": "United Arab Emirates, UEA, UAE",
    "Kuwait": "",
    "Mongolia": "",
    "Uni Eropa": "European Union, EU",
    "Taiwan": "",
    "Hong Kong": "Hongkong",
    "Moskow": "Moscow, Moskwa",
    "Kyiv": "Kiev",
    "Beijing": "",
    "Washington": "Washington DC, Washington D.C.",
    "London": "",
    "Tokyo": "",
    "Surabaya": "",
    "Bandung": "",
    "Yogyakarta": "Jogja, Jogjakarta, Yogya",
    "Bali": "",
    "Papua": "",
    "Jawa Barat": "West Java, Jabar",
    "Jawa Tengah": "Central Java, Jateng",
    "Jawa Timur": "East Java, Jatim",
    # the provinces the press shortens ("Walhi Kalsel", "Polda Sumut")
    "Kalimantan Selatan": "South Kalimantan, Kalsel",
    "Kalimantan Timur": "East Kalimantan, Kaltim",
    "Kalimantan Barat": "West Kalimantan, Kalbar",
    "Kalimantan Tengah": "Central Kalimantan, Kalteng",
    "Kalimantan Utara": "North Kalimantan, Kaltara",
    "Sulawesi Selatan": "South Sulawesi, Sulsel",
    "Sulawesi Utara": "North Sulawesi, Sulut",
    "Sulawesi Tengah": "Central Sulawesi, Sulteng",
    "Sulawesi Tenggara": "Southeast Sulawesi, Sultra",
    "Sulawesi Barat": "West Sulawesi, Sulbar",
    "Sumatera Utara": "North Sumatra, Sumut",
    "Sumatera Selatan": "South Sumatra, Sumsel",
    "Sumatera Barat": "West Sumatra, Sumbar",
    "Nusa Tenggara Barat": "West Nusa Tenggara, NTB",
    "Nusa Tenggara Timur": "East Nusa Tenggara, NTT",
    "Kepulauan Riau": "Riau Islands, Kepri",
    "Maluku Utara": "North Maluku, Malut",
    "Gaza": "Gaza Strip, Jalur Gaza",
    "Timor Leste": "Timor-Leste, East Timor",
    # Seas and straits the region's stories are about
    "Laut China Selatan": "South China Sea, Laut Cina Selatan, LCS",
    "Laut Natuna Utara": "North Natuna Sea",
    "Selat Malaka": "Strait of Malacca, Malacca Strait, Straits of Malacca",
    # Capitals and cities the Indonesian press datelines often. Cities that name a club too
    # ("Madrid", "Milan", "Roma", "Paris", "Manchester") are left out: "Real Madrid" is a club.
    "Kuala Lumpur": "",
    "Bangkok": "",
    "Manila": "",
    "Hanoi": "",
    "Ho Chi Minh City": "HCM City",
    "Seoul": "",
    "Canberra": "",
    "Sydney": "",
    "New York": "New York City",
    "Dubai": "",
    "Riyadh": "",
    "Mekkah": "Makkah, Mekah",  # not "Mecca": Zaskia Adya Mecca is a person
    "Madinah": "Medina",
    "Jeddah": "Jedah, Jiddah",
    "Kairo": "Cairo",
    "Teheran": "Tehran",
    "Baghdad": "Bagdad",
    "Brussel": "Brussels",
    "Jenewa": "Geneva",
    "Den Haag": "The Hague",
    "Phnom Penh": "",
    "Dili": "",
    "New Delhi": "",
    "Islamabad": "",
    "Ankara": "",
    "Doha": "",
    "Abu Dhabi": "",
    "Ottawa": "",
    "Taipei": "",
    "Yerusalem": "Jerusalem",
    "Tel Aviv": "",
    "Beirut": "",
    "Damaskus": "Damascus",
    "Kabul": "",
    "Shanghai": "",
    "Los Angeles": "",
    "San Francisco": "",
    "Las Vegas": "",
}.items():
    PLACES[_canonical.casefold()] = _canonical
    for _variant in filter(None, (v.strip() for v in _variants.split(","))):
        PLACES[_variant.casefold()] = _canonical

# The rest of the world, from a list: "Indonesian | English | other spellings".
_WORLD_ENGLISH: dict[str, str] = {}
for _line in word_list("places_world.txt"):
    _canonical, _english, _others = (part.strip() for part in _line.split("|"))
    for _variant in (_canonical, _english, *_others.split(",")):
        if _variant.strip():
            PLACES.setdefault(_variant.strip().casefold(), _canonical)
    if _english and _english != _canonical:
        _WORLD_ENGLISH[_canonical] = _english

# How an English article spells the places whose Indonesian spelling kabar keys them on.
_ENGLISH_PLACES = {
    "Rusia": "Russia", "Belarusia": "Belarus", "Ukraina": "Ukraine",
    "Amerika Serikat": "United States", "Tiongkok": "China", "Inggris": "Britain",
    "Jepang": "Japan", "Korea Selatan": "South Korea", "Korea Utara": "North Korea",
    "Laut China Selatan": "South China Sea", "Laut Natuna Utara": "North Natuna Sea",
    "Selat Malaka": "Strait of Malacca", "Timor Leste": "Timor-Leste",
    "Amerika Latin": "Latin America", "Amerika Selatan": "South America",
    "Amerika Utara": "North America",
    "Jerman": "Germany", "Prancis": "France", "Belanda": "Netherlands",
    "Arab Saudi": "Saudi Arabia", "Finlandia": "Finland", "Swedia": "Sweden",
    "Turki": "Turkey", "Palestina": "Palestine", "Irak": "Iraq", "Suriah": "Syria",
    "Mesir": "Egypt", "Singapura": "Singapore", "Filipina": "Philippines", "Brasil": "Brazil",
    "Spanyol": "Spain", "Italia": "Italy", "Polandia": "Poland", "Kanada": "Canada",
    "Meksiko": "Mexico", "Afrika Selatan": "South Africa", "Selandia Baru": "New Zealand",
    "Uni Eropa": "European Union", "Moskow": "Moscow", "Jawa Barat": "West Java",
    "Jawa Tengah": "Central Java", "Jawa Timur": "East Java", "Mekkah": "Makkah",
    "Madinah": "Medina", "Kairo": "Cairo", "Teheran": "Tehran", "Brussel": "Brussels",
    "Jenewa": "Geneva", "Den Haag": "The Hague", "Yerusalem": "Jerusalem",
    "Damaskus": "Damascus", "Kamboja": "Cambodia", "Yaman": "Yemen", "Brunei Darussalam": "Brunei",
    "Uni Emirat Arab": "United Arab Emirates",
    **_WORLD_ENGLISH,
}  # fmt: skip


# Indonesia's provinces, regencies and cities: after a title ("Bupati Bogor Rudy Susmanto")
# the place is split from the person instead of read as their first name.
REGIONS = {name.casefold(): name for name in word_list("places_id.txt")}
REGION_FIRST = frozenset(key.split()[0] for key in REGIONS)

FOREIGN_PLACES = frozenset(
    name
    for name in PLACES.values()
    if name not in {"Indonesia", "Jakarta", "Surabaya", "Bandung", "Yogyakarta", "Bali", "Papua"}
    and not name.startswith("Jawa")
    and name.casefold() not in REGIONS  # "Kalsel" is Kalimantan Selatan, at home
)

# An English story names a region by its compass point first: "Papua Selatan" is "South
# Papua", "Nusa Tenggara Timur" "East Nusa Tenggara", "Sumatera Utara" "North Sumatra".
_COMPASS = {
    "barat daya": "Southwest", "barat laut": "Northwest", "timur laut": "Northeast",
    "utara": "North", "selatan": "South", "timur": "East", "barat": "West", "tengah": "Central",
    "tenggara": "Southeast",
}  # fmt: skip
_ENGLISH_BASES = {"Jawa": "Java", "Sumatera": "Sumatra"}


def _english_region(name: str) -> str | None:
    for point, english in _COMPASS.items():
        base = name[: -len(point) - 1]
        if name.casefold().endswith(f" {point}") and len(base.split()) <= 2 and base != "Nusa":
            return f"{english} {_ENGLISH_BASES.get(base, base)}"
    return None


for _region in REGIONS.values():
    if _region.startswith("Sumatera "):  # "Sumatra Utara": the island spelled the English way
        PLACES.setdefault(f"sumatra {_region[9:].casefold()}", _region)
    if (_compass := _english_region(_region)) is not None:
        PLACES.setdefault(_compass.casefold(), _region)
        _ENGLISH_PLACES.setdefault(_region, _compass)
PLACE_FIRST = frozenset(key.split()[0] for key in PLACES)
# A city whose one-word name Javanese parents give: "Danang" before a surname is a person's
# ("Danang Wicaksono Hartanto"); Indonesian writes the city "Da Nang".
GIVEN_TOO = frozenset({"danang"})


# An English story's "Indonesian President" or "Russian forces" is about the country (only
# a demonym standing alone: "Indonesian Masters" is a tournament).
DEMONYMS = {
    "indonesian": "Indonesia", "malaysian": "Malaysia", "singaporean": "Singapura",
    "filipino": "Filipina", "vietnamese": "Vietnam", "australian": "Australia",
    "russian": "Rusia", "ukrainian": "Ukraina", "israeli": "Israel", "palestinian": "Palestina",
    "iranian": "Iran", "iraqi": "Irak", "syrian": "Suriah", "saudi": "Arab Saudi",
    "chinese": "Tiongkok", "thai": "Thailand", "cambodian": "Kamboja", "japanese": "Jepang",
    "indian": "India", "american": "Amerika Serikat", "british": "Inggris",
    "french": "Prancis", "german": "Jerman", "italian": "Italia", "spanish": "Spanyol",
    "dutch": "Belanda", "turkish": "Turki", "egyptian": "Mesir", "pakistani": "Pakistan",
    "burmese": "Myanmar", "taiwanese": "Taiwan", "brazilian": "Brasil", "mexican": "Meksiko",
    "canadian": "Kanada", "polish": "Polandia", "swedish": "Swedia", "laotian": "Laos",
    "south korean": "Korea Selatan", "north korean": "Korea Utara", "korean": "Korea Selatan",
    "south african": "Afrika Selatan", "bangladeshi": "Bangladesh", "qatari": "Qatar",
    "norwegian": "Norwegia", "danish": "Denmark", "swiss": "Swiss", "austrian": "Austria",
    "belgian": "Belgia", "greek": "Yunani", "portuguese": "Portugal", "irish": "Irlandia",
    "scottish": "Skotlandia", "welsh": "Wales", "hungarian": "Hongaria", "czech": "Ceko",
    "romanian": "Rumania", "serbian": "Serbia", "croatian": "Kroasia", "nigerian": "Nigeria",
    "kenyan": "Kenya", "ethiopian": "Etiopia", "moroccan": "Maroko", "algerian": "Aljazair",
    "sudanese": "Sudan", "somali": "Somalia", "colombian": "Kolombia", "chilean": "Chili",
    "peruvian": "Peru", "venezuelan": "Venezuela", "argentine": "Argentina",
    "argentinian": "Argentina", "cuban": "Kuba", "lebanese": "Lebanon", "omani": "Oman",
    "kuwaiti": "Kuwait", "emirati": "Uni Emirat Arab", "afghan": "Afghanistan",
    "nepali": "Nepal", "sri lankan": "Sri Lanka", "mongolian": "Mongolia", "fijian": "Fiji",
    "finnish": "Finlandia", "yemeni": "Yaman", "bruneian": "Brunei Darussalam",
    "timorese": "Timor Leste", "ghanaian": "Ghana", "ugandan": "Uganda",
    "tanzanian": "Tanzania", "zimbabwean": "Zimbabwe", "congolese": "Kongo",
    "senegalese": "Senegal", "tunisian": "Tunisia", "libyan": "Libya", "jordanian": "Yordania",
    "bahraini": "Bahrain", "uzbek": "Uzbekistan", "kazakh": "Kazakhstan", "samoan": "Samoa",
    "tongan": "Tonga", "belarusian": "Belarusia", "lithuanian": "Lituania",
    "latvian": "Latvia", "estonian": "Estonia", "slovak": "Slowakia", "slovenian": "Slovenia",
    "bulgarian": "Bulgaria", "papua new guinean": "Papua Nugini", "nepalese": "Nepal",
    "maldivian": "Maladewa", "zambian": "Zambia", "rwandan": "Rwanda",
    "cameroonian": "Kamerun",
    # the peoples of the countries the list below names (demonyms.txt)
    **dict(line.split("\t") for line in word_list("demonyms.txt")),
}  # fmt: skip


def place_name(text: str) -> str | None:
    """Return the one spelling kabar uses for a place, or None if it is not in the gazetteer."""
    return PLACES.get(text.casefold())


def known_place(text: str) -> str | None:
    """Return a place from either gazetteer (world places in kabar's spelling first)."""
    return place_name(text) or region_name(text)


def region_name(text: str) -> str | None:
    """Return an Indonesian province, regency or city as the list spells it, or None."""
    return REGIONS.get(text.casefold())


def english_place(name: str) -> str:
    """Return how English spells a place kabar names in Indonesian ("Rusia" -> "Russia")."""
    return _ENGLISH_PLACES.get(name, name)


# A state or province as a dateline abbreviates it after its town, in the style of the AP
# and the Canadian Press ("CROSSVILLE, Tenn. —", "AMHERST, N.S. —"), and the zone of the
# clock most of it keeps (digest.outlet_zones.region_zone)
REGION_ABBREVIATIONS: dict[str, str] = {
    **dict.fromkeys(
        word_set(
            "conn. del. fla. ga. md. mass. mich. n.h. n.j. n.y. n.c. pa. r.i. s.c. vt. va. w.va. "
            "ky. ohio"
        ),
        "America/New_York",
    ),
    **dict.fromkeys(
        word_set(
            "ala. ark. ill. kan. la. minn. miss. mo. neb. n.d. okla. s.d. tenn. wis. texas iowa"
        ),
        "America/Chicago",
    ),
    **dict.fromkeys(word_set("colo. mont. n.m. wyo. utah"), "America/Denver"),
    **dict.fromkeys(word_set("calif. nev. ore. wash."), "America/Los_Angeles"),
    "ariz.": "America/Phoenix",
    "ind.": "America/Indiana/Indianapolis",
    "idaho": "America/Boise",
    "alaska": "America/Anchorage",
    "hawaii": "Pacific/Honolulu",
    **dict.fromkeys(word_set("n.s. n.b. p.e.i."), "America/Halifax"),
    "n.l.": "America/St_Johns",
    "que.": "America/Toronto",
    "ont.": "America/Toronto",
    "man.": "America/Winnipeg",
    "sask.": "America/Regina",
    "alta.": "America/Edmonton",
    "b.c.": "America/Vancouver",
}
