"""Generate the country gazetteer from the ``countryinfo`` package (MIT) plus curated overrides.

Run time never scans countryinfo: this script writes two committed files,

* ``data/countries.actors.jsonl``: one line per country ``{"id", "name", "kind", "country", ...}``;
* ``data/countries.patterns.jsonl``: spaCy-style pattern lines ``{"label", "pattern", "id"}``
  (plus ``via``: name | official | alt | code | capital | demonym, and ``case: "exact"`` for codes).

Regenerate after editing ``data/country_overrides.json`` or upgrading countryinfo::

    python -m timeline.actors.build_gazetteer

Choices (each one data in ``country_overrides.json``):

* ISO alpha-2 codes are NOT patterns: they collide with words and acronyms (IN, IT, TO, AI, PM,
  TV). Alpha-3 codes are exact-case patterns unless they are English words or common acronyms
  (``alpha3_stoplist``: AND, CAN, ARE, EST, VAT...). Curated codes (US, UK, DPRK, ROK, PRC)
  are in ``exact_aliases``.
* Capitals stand for their country ("Moscow said") except ambiguous or non-metonymic ones
  (``capital_stoplist``: Jerusalem, Victoria, Kingston, Georgetown, city-states...).
* A demonym shared by several entries goes to the most populous one ("American" -> United
  States, not the Northern Mariana Islands); ``ambiguous_demonyms`` ("Korean", "Congolese")
  never match.
* "Congo" alone is the Democratic Republic of the Congo (as in most news); the other Congo is
  "Republic of the Congo", "Congo-Brazzaville" or "Brazzaville".
* ``name_like`` countries (Chad, Jordan, Georgia) and every capital do not match when a
  capitalised word (not a title) follows ("Jordan Bardella", "Chad Smith", "Stockholm
  International Peace Research Institute", "Seoul Central District Court"; "Kyiv Mayor X" still
  matches).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from timeline.actors.names import ascii_fold, slug

DATA = Path(__file__).with_name("data")
_LATIN_EXTRA = set(" '-.&()")


def is_latin(text: str) -> bool:
    """True when every character is a Latin letter, a digit or simple punctuation."""
    for c in text:
        if c in _LATIN_EXTRA or c.isdigit():
            continue
        if not unicodedata.name(c, "").startswith("LATIN"):
            return False
    return True


def _plural(demonym: str, no_plural: set[str], rule: dict) -> str | None:
    """The plural of a demonym by the ``demonym_plurals`` rule of the overrides, or None."""
    if demonym.endswith(tuple(rule["always_after"])):
        return demonym + rule["suffix"]
    if demonym in no_plural or demonym.endswith(tuple(rule["never_after"])):
        return None
    return demonym + rule["suffix"]


def load_countryinfo() -> dict[str, dict]:
    """Every country of the ``countryinfo`` package (installed only to regenerate the data)."""
    from countryinfo import CountryInfo

    return CountryInfo.all()


def build(raw: dict[str, dict], overrides: dict) -> tuple[list[dict], list[dict]]:
    """Return (actor lines, pattern lines) for every kept country."""
    merged: dict[str, dict] = {}
    extra = {k: v for k, v in overrides.get("extra_countries", {}).items() if not k.startswith("_")}
    for key, info in (raw | extra).items():  # ours replace countryinfo's ("wales" has the UK's codes)
        if key in overrides["drop"]:
            continue
        target = overrides["merge"].get(key, key)
        entry = merged.setdefault(target, {"alts": [], "caps": []})
        if target == key:
            entry["info"] = info
        entry["alts"] += info.get("altSpellings") or []
        cap = info.get("capital")
        entry["caps"] += cap if isinstance(cap, list) else [cap] if cap else []
    names = {k: overrides["rename"].get(k, v["info"]["name"]) for k, v in merged.items()}
    owner = _demonym_owners(merged, overrides, names)
    actors, patterns = [], []
    for key, entry in sorted(merged.items(), key=lambda kv: names[kv[0]]):
        info, name = entry["info"], names[key]
        actor_id = "country:" + slug(name)
        iso = info.get("ISO") or {}
        actor = {"id": actor_id, "name": name, "kind": "country", "country": name}
        if key not in overrides["no_codes"] and iso.get("alpha2"):
            actor |= {"iso2": iso["alpha2"], "iso3": iso.get("alpha3", "")}
        actors.append(actor)
        patterns += _patterns(key, entry, info, name, actor_id, overrides, owner)
    return actors, _dedupe(patterns)


def _demonym_owners(merged: dict, overrides: dict, names: dict) -> dict[str, str]:
    candidates: dict[str, list[tuple[int, str]]] = {}
    for key, entry in merged.items():
        for dem in _demonyms(key, entry["info"], overrides):
            population = entry["info"].get("population") or 0
            candidates.setdefault(dem, []).append((population, key))
    return {dem: max(c)[1] for dem, c in candidates.items()}


def _demonyms(key: str, info: dict, overrides: dict) -> list[str]:
    fixes = overrides["demonym_fixes"]
    if key in fixes:
        found = fixes[key]
    else:
        found = re.split(r"[,/]", info.get("demonym") or "")
    return [d.strip() for d in found if d.strip() and d.strip() not in overrides["ambiguous_demonyms"]]


def _patterns(key, entry, info, name, actor_id, overrides, owner) -> Iterator[dict]:
    def line(pattern: str, via: str, exact: bool = False) -> dict:
        out = {"label": "GPE", "pattern": pattern, "id": actor_id, "via": via}
        if exact:
            out["case"] = "exact"
        if pattern in overrides["name_like"] or via == "capital":
            out["name_like"] = True
        return out

    drop = set(overrides["drop_aliases"])  # applies to countryinfo's spellings, not ours
    extra = overrides["extra_aliases"].get(key, [])
    texts = [(name, "name"), (info["name"], "name")]
    texts += [(a, "alt") for a in entry["alts"] if a.strip() not in drop] + [(a, "alt") for a in extra]
    for text, via in texts:
        text = text.strip()
        if not text or "," in text or not is_latin(text):
            continue
        if len(text) <= 3 and text.isupper():
            continue  # codes are handled below, case-exactly
        official = any(f" {w} " in text for w in overrides["official_name_words"]["words"])
        via = "official" if via == "alt" and official else via
        yield line(text, via)
        if ascii_fold(text) != text:
            yield line(ascii_fold(text), via)
    iso3 = (info.get("ISO") or {}).get("alpha3")
    if iso3 and key not in overrides["no_codes"] and iso3 not in overrides["alpha3_stoplist"]:
        yield line(iso3, "code", exact=True)
    for code in overrides["exact_aliases"].get(key, []):
        yield line(code, "code", exact=True)
    stop = set(overrides["capital_stoplist"])
    for cap in entry["caps"] + overrides["extra_capitals"].get(key, []):
        for variant in dict.fromkeys([cap, ascii_fold(cap)]):
            if variant and variant not in stop and is_latin(variant):
                yield line(variant, "capital")
    no_plural = set(overrides["no_plural_demonyms"])
    for dem in _demonyms(key, info, overrides):
        if owner.get(dem) != key:
            continue
        yield line(dem, "demonym")
        plural = _plural(dem, no_plural, overrides["demonym_plurals"])
        if plural and not dem.endswith(tuple(overrides["demonym_plurals"]["not_compounds"])):
            yield line(plural, "demonym")


def _dedupe(patterns: list[dict]) -> list[dict]:
    seen, out = set(), []
    for p in patterns:
        key = (p["pattern"], p["id"], p.get("case", ""))
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def write_jsonl(path: Path, rows: list[dict]) -> None:
    """Write ``rows`` to ``path``, one JSON object a line (UTF-8, not ASCII-escaped)."""
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> None:
    """Regenerate ``data/countries.actors.jsonl`` and ``data/countries.patterns.jsonl``."""
    overrides = json.loads((DATA / "country_overrides.json").read_text(encoding="utf-8"))
    actors, patterns = build(load_countryinfo(), overrides)
    write_jsonl(DATA / "countries.actors.jsonl", actors)
    write_jsonl(DATA / "countries.patterns.jsonl", patterns)
    print(f"{len(actors)} countries, {len(patterns)} patterns written to {DATA}")


if __name__ == "__main__":
    main()
