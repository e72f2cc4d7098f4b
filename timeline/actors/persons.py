"""Unknown people found by rule: a title before a capitalised name, or a name with a role after.

* ``spokesperson Koo Byoungsam``, ``President Jane Doe``, ``Gen. John Smith``, ``Mr. Kim`` (a
  one-word name only after a formal title, and as the person already named when there is one);
* ``Koo Byoungsam, the ministry's spokesperson``.

Names already known to the gazetteer are left to it. A found person's country comes from the
words around the title ("Russian President X", "Ukraine's envoy X"), else, when the role names an
organisation ("the ministry's spokesperson"), from the last body with a country in the same or
the previous sentence; otherwise, when the role is a government one ("Health Minister",
"spokesperson"), the first country the document names; otherwise it stays empty. Later bare
mentions of the full name or the family name ("Koo" after "Koo Byoungsam") resolve to the same
person. The vocabulary is in ``rules/en/words.toml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

import ahocorasick_rs

from timeline.actors.gazetteer import Gazetteer, key_text
from timeline.actors.name_tails import continued_name
from timeline.actors.names import slug
from timeline.actors.spans import with_kept_stop
from timeline.model import ActorMention

_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_TOKEN = rf"[{_UPPER}](?:\.|[\w\-]*(?:['’][^\W\ds][\w\-]*)?)"  # a word or an initial "S."
_LOOKBACK = 1500  # characters searched back for the previous sentence
_CLAUSE_END = re.compile(r"[,;.:\n]")
_INITIAL = re.compile(rf"[{_UPPER}]\.?")
_SENTENCE_END = re.compile(r"(?:[.!?][\"”’)]*\s+|\n\s*)(?=[\"“‘(\w])")


class _PersonMatch(NamedTuple):
    rule: str  # title | appositive
    name_start: int
    name: str  # raw capitalised words, cleaned later
    lead_start: int  # where the title (or the whole appositive) starts
    desc: tuple[int, int] = (0, 0)  # the words between the comma and the role noun


class _Patterns(NamedTuple):
    after_title: re.Pattern  # "President Jane Doe": the name after a title
    appositive: re.Pattern  # ", the ministry's spokesperson": a role after a comma
    name_before: re.Pattern  # the capitalised words before that comma
    organisation: re.Pattern  # a word of the role that names a body ("ministry", "army")
    possessive_gap: re.Pattern  # "Russian" or "Ukraine's" right before the title


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in words)


@lru_cache(maxsize=4)
def _compiled(gaz: Gazetteer) -> _Patterns:
    rules = gaz.rules
    particles = _alternation(rules.name_particles)
    prefixes = _alternation(rules.name_prefixes)
    word = rf"(?:(?:{prefixes})-)?{_TOKEN}"  # "al-Ansari"
    suffixes = _alternation(rules.name_suffixes)
    name = rf"{_TOKEN}(?:[ \t]+(?:(?:{particles})[ \t]+)?{word}){{0,3}}(?:,?[ \t]+(?:{suffixes})\.)?"
    after_title = re.compile(rf"(?:,[ \t]*|[ \t]+)(?P<name>{name})")
    roles = "|".join(re.escape(r) for r in sorted(rules.role_nouns, key=len, reverse=True))
    determiners = _alternation(rules.appositive_determiners)
    prepositions = _alternation(rules.role_prepositions)
    appositive = re.compile(
        rf",\s+(?:(?:{determiners})\s+|(?=[A-Z])|(?=(?:{roles})\s+(?:{prepositions})\b))"
        rf"(?P<desc>(?:[\w'’\-]+\s+){{0,6}}?)(?P<role>{roles})\b"
    )
    name_before = re.compile(rf"(?P<name>(?:(?:[{_UPPER}]\.){{2,}}|{_TOKEN})(?:[ \t]+{_TOKEN}){{1,3}})\Z")
    organisation = re.compile(rf"\b(?:{_alternation(rules.organisation_role_words)})")
    possessives = _alternation(sorted(rules.possessive_endings + rules.bare_possessive_endings, key=len, reverse=True))
    return _Patterns(after_title, appositive, name_before, organisation, re.compile(rf"(?:{possessives})?\s*"))


def _matches(text: str, keyed: str, gaz: Gazetteer) -> list[_PersonMatch]:
    after_title, appositive, name_before, _, _ = _compiled(gaz)
    out = []
    for _, kstart, kend in gaz.titles.find_matches_as_indexes(keyed, overlapping=True):
        start, end = kstart, kend - 2
        if start > 0 and text[start - 1] == ".":
            continue
        nxt = text[end + 1 : end + 3]  # cheap test first: a capital must follow (", " allowed)
        if not (nxt[:1].isupper() or (nxt[:1] == " " and nxt[1:].isupper())):
            continue
        m = after_title.match(text, end)
        if m:
            out.append(_PersonMatch("title", m.start("name"), m.group("name"), start))
    for m in appositive.finditer(text):
        comma = m.start()
        n = name_before.search(text, max(0, comma - 80), comma)
        if n:
            clause = _CLAUSE_END.search(text, m.end("role"), m.end("role") + 80)
            desc = (m.start("desc"), clause.start() if clause else m.end("role"))
            out.append(_PersonMatch("appositive", n.start("name"), n.group("name"), n.start(), desc))
    return out


_DOTTED_INITIAL = re.compile(r"[A-Z]\.")


def _clean_name(raw: str, non_names: frozenset[str], roles: frozenset[str] = frozenset()) -> tuple[int, str]:
    """Drop non-name words at both ends, and the words of ``roles`` (lower-case words of titles
    and roles) that open a name of three words or more; return (offset of the kept part, kept
    text).

    >>> _clean_name("Opposition Whip Ann Lee", frozenset(), frozenset({"opposition", "whip"}))
    (16, 'Ann Lee')
    >>> _clean_name("Police Col", frozenset({"Police Col."}) | {"Col."})
    (0, 'Police')
    """
    tokens = [(m.start(), m.group()) for m in re.finditer(r"\S+", raw)]
    while tokens and (tokens[0][1] in non_names or tokens[0][1].rstrip(".,") in non_names) \
            and not (len(tokens) > 2 and _INITIAL.fullmatch(tokens[0][1]) and _INITIAL.fullmatch(tokens[1][1])) \
            and not (len(tokens) > 1 and _DOTTED_INITIAL.fullmatch(tokens[0][1])):
        tokens.pop(0)  # ... but "A S Kiran Kumar": two initials open a name; "A. Suresh": one with its stop
    while len(tokens) > 2 and tokens[0][1].lower() in roles:
        tokens.pop(0)  # "Opposition Whip Gayantha Karunatilaka": the rest of a title
    while tokens and (tokens[-1][1].rstrip(".,") in non_names or tokens[-1][1].rstrip(".,") + "." in non_names
                      or any(c.isdigit() for c in tokens[-1][1])):  # ... a title cut before its stop: "Police
        tokens.pop()  # Col" of "chief Police Col. Ana Ibay"; an amount: "Carlos Garcia P407.8 million"
    if not tokens:
        return 0, ""
    first, last = tokens[0][0], tokens[-1][0] + len(tokens[-1][1])
    kept = raw[first:last].rstrip(".,")
    return first, kept


def _covered(taken: bytearray, start: int, end: int) -> bool:
    return 1 in taken[start:end]


def find_persons(text: str, keyed: str, mentions: list[ActorMention], gaz: Gazetteer) -> list[ActorMention]:
    """Rule-found people not already in ``mentions`` (sorted by start, with their country)."""
    non_names = gaz.rules.not_given_names  # non-name words and titles ("Colonel")
    starts = [m.start for m in mentions]
    national = gaz.rules.national_role_words
    single_titles = frozenset(gaz.rules.single_name_titles)
    main: str | None = None  # the document's main country, computed when first needed
    taken = bytearray(len(text) + 1)
    for m in mentions:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    found: dict[int, ActorMention] = {}  # by start
    for cand in _matches(text, keyed, gaz):
        offset, name = _clean_name(cand.name, non_names, gaz.rules.role_word_set)
        start = cand.name_start + offset
        if not name:
            continue  # the name goes on past "Amy St" ("Amy St. Eve"), keeps the stop of "Jr."
        end = with_kept_stop(text, start, continued_name(text, start, start + len(name), gaz.rules), gaz.rules)
        name = text[start:end]
        if start in found and (not found[start].country or end > found[start].end):  # a second rule on it:
            country = found[start].country or _country_for(text, cand, mentions, starts, gaz)  # the longer
            old = found[start].end  # the longer name ("Chief Election Commissioner KM Nurul Huda", not
            end = old if end < old or _covered(taken, old, end) else end  # "KM Nurul"), unless it runs
            taken[start:end] = b"\x01" * (end - start)  # into a mention found before ("Kim Russia")
            found[start] = _person(text, start, end, text[start:end], country)
            continue
        if _covered(taken, start, end):
            continue
        if " " not in name:  # "Mr. Smith": a short form of a person already named, if any
            earlier = _earlier_person(name, start, mentions, found)
            if earlier is not None:
                taken[start:end] = b"\x01" * (end - start)
                found[start] = ActorMention(start, end, name, earlier.actor_id, earlier.name, "person", earlier.country)
                continue
            title = text[cand.lead_start : cand.name_start].strip(" ,")
            if cand.rule != "title" or title not in single_titles or name in gaz.rules.short_form_set:
                continue  # "spokesperson Smith", "General Motors" too weak; "Mr. Lee" one of ours
            if title in gaz.rules.name_titles and text.endswith(title + " ", 0, start):
                start -= len(title) + 1  # "Queen Elizabeth": the title is part of a one-word name
                name = text[start:end]
        country = _country_for(text, cand, mentions, starts, gaz)
        if not country and _national_role(text, cand, national):  # "Health Minister X" in Tanzania
            main = main if main is not None else _main_country(mentions)
            country = main
        taken[start:end] = b"\x01" * (end - start)
        found[start] = _person(text, start, end, name, country)
    return sorted(found.values(), key=lambda m: m.start)


def _earlier_person(
    token: str, pos: int, mentions: list[ActorMention], found: dict[int, ActorMention]
) -> ActorMention | None:
    """The last person before ``pos`` whose name has ``token`` as a word ("Smith")."""
    best = None
    for m in list(mentions) + list(found.values()):
        if m.kind == "person" and m.start < pos and token in m.name.split():
            if best is None or m.start > best.start:
                best = m
    return best


def _person(text: str, start: int, end: int, name: str, country: str) -> ActorMention:
    return ActorMention(
        start=start,
        end=end,
        text=text[start:end],
        actor_id="person:" + slug(name),
        name=name,
        kind="person",
        country=country,
    )


def _country_for(text: str, cand: _PersonMatch, mentions: list[ActorMention], starts: list[int],
                 gaz: Gazetteer) -> str:
    """The country of a found person, from the words around the rule match."""
    if cand.rule == "title":
        lead_start = cand.lead_start
        i = bisect_left(starts, lead_start)
        for m in reversed(mentions[max(0, i - 3) : i]):
            if m.end <= lead_start and lead_start - m.end <= 4 and m.country:
                if _compiled(gaz).possessive_gap.fullmatch(text[m.end : lead_start]):
                    return m.country
        window = text[max(0, lead_start - 25) : lead_start].lower()
    else:
        desc_start, desc_end = cand.desc
        i, j = bisect_left(starts, desc_start), bisect_left(starts, desc_end)
        inside = [m for m in mentions[i:j] if m.country]
        if inside:
            return inside[0].country
        window = text[desc_start:desc_end].lower()
    if _compiled(gaz).organisation.search(window):
        return _recent_body_country(text, cand.name_start, mentions, starts)
    return ""


def _national_role(text: str, cand: _PersonMatch, words: tuple[str, ...]) -> bool:
    """A government role ("Health Minister", "the ministry's spokesperson") names the person."""
    if cand.rule == "title":  # the title and the words before it in the sentence ("Armed forces chief Gen.")
        before = text[max(0, cand.lead_start - 30) : cand.lead_start].split(". ")[-1].split("\n")[-1]
        role = before + text[cand.lead_start : cand.name_start]
    else:
        role = text[slice(*cand.desc)]
    role = role.lower()
    return any(w in role for w in words)


def _main_country(mentions: list[ActorMention]) -> str:
    """The country the document is about: the first one it names (news leads with its subject;
    datelines and venues are not mentions)."""
    return next((m.name for m in mentions if m.kind == "country"), "")


def _recent_body_country(text: str, pos: int, mentions: list[ActorMention], starts: list[int]) -> str:
    """Country of the last body (agency/organisation) in the same or the previous sentence."""
    look_from = max(0, pos - _LOOKBACK)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, look_from, pos + 1)]
    window_start = ends[-2] if len(ends) >= 2 else look_from
    i = bisect_left(starts, pos)
    for m in reversed(mentions[bisect_left(starts, window_start) : i]):
        if m.kind in ("agency", "organisation") and m.country:
            return m.country
    return ""


def later_mentions(
    text: str, persons: list[ActorMention], mentions: list[ActorMention], gaz: Gazetteer, keyed: str
) -> list[ActorMention]:
    """Bare repeats of people after their first mention (found by rule or named in the
    gazetteer: "Edmundo González ... González left"): full name or family name.

    One small Aho-Corasick automaton over the document's key text for all the found people.
    """
    family_first = frozenset(gaz.rules.family_name_first)
    first: dict[str, ActorMention] = {}
    for p in persons:
        if " " in p.name:
            first.setdefault(p.actor_id, p)
    if not first:
        return []
    keys: dict[str, ActorMention] = {}
    non_names = gaz.rules.non_name_set
    for p in first.values():
        tokens = p.name.split()
        family = tokens[0] if tokens[0] in family_first else tokens[-1]
        # a family name that is also a month or a common word ("May") repeats only in full
        forms = (p.name,) if family in non_names else (p.name, family)
        for form in forms:
            keys.setdefault(key_text(form), p)  # the first person named so wins a shared surname
    automaton = ahocorasick_rs.AhoCorasick(list(keys), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    taken = bytearray(len(text) + 1)
    for m in mentions + persons:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    out: list[ActorMention] = []
    key_list = list(keys)
    for idx, kstart, kend in automaton.find_matches_as_indexes(keyed, overlapping=False):
        start, end = kstart, kend - 2
        p = keys[key_list[idx]]
        if start < p.end or not text[start].isupper() or _covered(taken, start, end):
            continue
        taken[start:end] = b"\x01" * (end - start)
        out.append(ActorMention(start, end, text[start:end], p.actor_id, p.name, "person", p.country))
    return out
