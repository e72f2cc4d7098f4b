"""One name per entity in an article: short forms, acronyms and repeats of open-world actors.

Over the mentions of one document (gazetteer, rules and model joined, sorted):

* a person named by one or more words of a fuller person's name ("Williams" after "Serena
  Williams", "Kaplan" before or after "Lewis Kaplan") is that person;
* an acronym in brackets right after an organisation ("the Competition and Markets Authority
  (CMA)"), or after a comma and an ``acronym_cues`` word ("the Japan Aerospace Exploration
  Agency, or JAXA"), is that organisation wherever it is used; so is the acronym of the
  capitals of a name the model took for a person's ("the ruling Georgian Dream (GD) party"),
  which makes it an organisation; so is an acronym made of the capitals of an
  organisation's name (and of its legal form: "RIL" for Reliance Industries), and a name that
  differs only by a legal form ("AbbVie Inc." / "AbbVie") or is the first words of a fuller one
  ("the Smithsonian" / "the Smithsonian Institution");
* a word the model labelled an organisation that is a person's name ("Cook") is the person, and
  a word it labelled a person that is an organisation's short form ("Xiaomi" after "Xiaomi
  Corp") is the organisation; a name of two or three words the model labelled an organisation
  that has the shape of a person's ("Enrique Peña Nieto", "Lazaro Baez": no word of
  organisations, sites or outlets, none the text writes in lower case) takes its short forms
  ("Peña Nieto", "Baez"), and is a person where one of them is labelled so; a short form never
  takes a name shorter than its own;
* every later occurrence of a known name or short form that the model missed is a mention too,
  and a one-word name after a given name the model left out is that full name ("Eliud Kipchoge").

The canonical name of an entity is its fullest form in the article. Nothing here knows words
of a language: the legal forms are ``company_suffixes`` of ``rules/en/words.toml``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

import ahocorasick_rs

from timeline.actors.context import in_title_case_line
from timeline.actors.gazetteer import Gazetteer, key_text
from timeline.actors.names import given_start, lower_words, slug
from timeline.model import ActorMention

__all__ = ["one_name_per_entity"]

_OPEN = ("person:", "org:")
_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z&.]{1,9})\)")
_KINDS = frozenset({"person", "organisation", "outlet"})


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _core(name: str, suffixes: frozenset[str]) -> str:
    words = name.split()
    while len(words) > 1 and words[-1].rstrip(",") in suffixes:
        words.pop()
    return " ".join(words).rstrip(",")


class _Entities:
    """The entities of one document: a canonical mention per id and the forms that name it."""

    def __init__(self) -> None:
        self.best: dict[str, ActorMention] = {}  # id -> the mention with the fullest name
        self.forms: dict[str, str] = {}  # a form (as written) -> id

    def add(self, m: ActorMention, form: str | None = None) -> None:
        best = self.best.get(m.actor_id)
        if best is None or (m.actor_id.startswith(_OPEN) and len(m.name) > len(best.name)):
            self.best[m.actor_id] = m
        self.forms.setdefault(form or m.text, m.actor_id)


class _Index:
    """The fuller names of a document, indexed so that each short form is looked up in constant
    time (a document with thousands of names stays linear)."""

    def __init__(self, people: list[ActorMention], orgs: list[ActorMention], suffixes: frozenset[str]) -> None:
        self.suffixes = suffixes
        self.by_word: dict[str, dict[str, ActorMention]] = {}  # a word of a person's name -> people
        for p in people:
            for w in set(p.name.split()):
                self.by_word.setdefault(w, {}).setdefault(p.actor_id, p)
        self.by_core: dict[str, set[str]] = {}  # an organisation's name without legal form
        self.by_initials: dict[str, set[str]] = {}  # the capitals of its words ("CMC")
        self.by_prefix: dict[str, set[str]] = {}  # its first words ("Smithsonian")
        self.names: dict[str, str] = {}  # id -> its longest name
        for o in orgs:
            if len(o.name) > len(self.names.get(o.actor_id, "")):
                self.names[o.actor_id] = o.name
            self.by_core.setdefault(_core(o.name, suffixes), set()).add(o.actor_id)
            initials = _initials(o.text)
            if len(initials) > 1:
                self.by_initials.setdefault(initials, set()).add(o.actor_id)
                for legal in {f[0] for f in suffixes if f[:1].isupper()}:  # "RIL": Reliance Industries Ltd
                    self.by_initials.setdefault(initials + legal, set()).add(o.actor_id)
            words = o.name.split()
            for k in range(1, len(words)):
                self.by_prefix.setdefault(" ".join(words[:k]), set()).add(o.actor_id)

    def person(self, m: ActorMention) -> ActorMention | None:
        """The fuller person whose name has all the words of ``m``'s (the nearest one named
        before ``m`` when several fit: "Armstrong" after "Neil Armstrong", not his son)."""
        words = m.name.split()
        groups = [self.by_word.get(w, {}) for w in words]
        if not all(groups):
            return None
        fits = [p for pid, p in groups[0].items() if len(p.name.split()) > len(words)
                and all(pid in g for g in groups[1:])]
        if len(fits) > 1:
            before = [p for p in fits if p.start < m.start]
            fits = [max(before, key=lambda p: p.start)] if before else fits[:1]
        return fits[0] if fits else None

    def organisation(self, name: str, own: str, acronyms: dict[str, str]) -> str | None:
        """The id of the one organisation ``name`` is a short form of."""
        if name in acronyms:
            return acronyms[name]
        core = _core(name, self.suffixes)
        fits = set(self.by_core.get(core, ())) | set(self.by_prefix.get(core, ()))
        if name.isupper():
            fits |= self.by_initials.get(name, set()) | self.by_initials.get(name[1:], set())
        fits.discard(own)
        fits = {f for f in fits if len(self.names.get(f, "")) > len(name)}  # only ever to a longer name
        return next(iter(fits)) if len(fits) == 1 else None


def one_name_per_entity(text: str, mentions: list[ActorMention], gaz: Gazetteer) -> list[ActorMention]:
    """``mentions`` with every short form of an open-world actor given the actor's one id and
    name, and the occurrences the model missed added (sorted by start)."""
    suffixes = frozenset(gaz.rules.company_suffixes)
    mentions = _given_names(text, mentions, gaz)
    people = [m for m in mentions if m.kind == "person" and " " in m.name]
    orgs = [m for m in mentions if m.kind in ("organisation", "outlet", "agency")]
    acronyms: dict[str, str] = {}
    cued = _cued(gaz.rules.acronym_cues)
    for o in orgs:
        found = _ACRONYM.match(text, o.end) or cued.match(text, o.end)
        if found and (sum(c.isupper() for c in found.group(1)) > 1 or _short_of(found.group(1), o.name)):
            acronyms.setdefault(found.group(1), o.actor_id)  # "(CMA)", "(Num)", "(Phivolcs)"; not "(Amendment)"
    for p in people:  # "Georgian Dream (GD)": the capitals of a "person's" name in brackets
        found = _ACRONYM.match(text, p.end) or cued.match(text, p.end)
        if found and found.group(1) == _initials(p.name) and p.actor_id.startswith(_OPEN) \
                and p.name.split()[-1] not in gaz.rules.facility_heads:  # a site keeps its own acronym
            acronyms.setdefault(found.group(1), p.actor_id)
            orgs.append(p)
    mentions = [replace(m, kind="organisation") if m.actor_id in acronyms.values() and m.kind == "person" else m
                for m in mentions]
    people, common = [m for m in mentions if m.kind == "person" and " " in m.name], lower_words(text)
    people += [o for o in orgs if o.kind == "organisation" and o.actor_id.startswith(_OPEN)
               and _personal(o.name, gaz, common)]
    index = _Index(people, orgs, suffixes)
    ids: dict[str, str] = {}  # open-world id -> id of the entity it is a short form of
    seen: set[str] = set()
    for m in mentions:
        if not m.actor_id.startswith(_OPEN) or m.actor_id in seen:
            continue
        seen.add(m.actor_id)
        owner = index.person(m) if m.kind in ("person", "organisation") else None
        if owner is not None and owner.actor_id != m.actor_id:
            ids[m.actor_id] = owner.actor_id
        elif m.kind in ("organisation", "outlet") or m.name in acronyms or m.name.isupper() or (
                m.kind == "person" and " " not in m.name):  # "Xiaomi said" after "Xiaomi Corp"
            org = index.organisation(m.name, m.actor_id, acronyms)
            if org is not None:
                ids[m.actor_id] = org
    ids.update(_namesakes(mentions, index, gaz))
    entities = _Entities()
    typed: dict[str, ActorMention] = {m.actor_id: m for m in mentions}
    persons = {t for t in (ids[m.actor_id] for m in mentions if m.kind == "person" and m.actor_id in ids)
               if typed[t].kind == "organisation" and _personal(typed[t].name, gaz, common)}  # "Peña Nieto"
    out = []
    for m in mentions:
        target = ids.get(m.actor_id, m.actor_id)
        if target != m.actor_id:
            owner = typed[target]
            m = replace(m, actor_id=target, kind=owner.kind, country=owner.country, name=owner.name)
        if target in persons:
            m = replace(m, kind="person")  # "Enrique Peña Nieto", whom the model took for an organisation
        out.append(m)
        if m.kind in _KINDS and m.actor_id.startswith(_OPEN):
            entities.add(m)
    for acronym, org in acronyms.items():
        entities.forms.setdefault(acronym, ids.get(org, org))
    for p in people:  # surnames of the people named in full (the gazetteer's people too)
        pid = ids.get(p.actor_id, p.actor_id)
        words = p.name.split()  # and the middle of three ("Tumwebaze" of "Jane Tumwebaze Aisha")
        middle = len(words) == 3 and words[1].isalpha() and words[1].lower() not in common
        for w in (words[-1], words[1]) if middle else words[-1:]:
            if pid.startswith(_OPEN):
                entities.forms.setdefault(w, pid)
    out = _named(out, entities)
    out += _repeats(text, out, entities)
    return sorted(out, key=lambda m: m.start)


def _personal(name: str, gaz: Gazetteer, common: frozenset[str]) -> bool:
    """A name of two or three capitalised words of letters, none a word of organisations, sites,
    outlets or no names, nor one the text writes in lower case (``common``): "Lazaro Baez",
    which the model may call an organisation; not "Diamond Bank", "Focus Competition"."""
    words, rules = name.split(), gaz.rules
    lists = (rules.organisation_heads, rules.company_suffixes, rules.facility_heads, rules.media_words)
    return 2 <= len(words) <= 3 and not name.isupper() and all(
        w[:1].isupper() and w.replace("-", "").isalpha() and w not in rules.non_name_set
        and w.lower() not in common and not any(w in lst for lst in lists) for w in words)


@lru_cache(maxsize=4)
def _cued(cues: tuple[str, ...]) -> re.Pattern:
    """An acronym after a comma and one of ``cues`` (", or JAXA")."""
    joined = "|".join(re.escape(c) for c in cues) or "(?!)"
    return re.compile(rf",[ \t]+(?:{joined})[ \t]+([A-Z][A-Z&.]{{1,9}})\b")


def _short_of(word: str, name: str) -> bool:
    """Whether a bracketed word written with one capital is the short form of ``name``: its
    capitals' initials ("Num" of "National Union of Mineworkers") or its first syllable
    ("Phivolcs" of "Philippine Institute of Volcanology and Seismology").

    >>> _short_of("Num", "National Union of Mineworkers"), _short_of("Amendment", "Water Resources")
    (True, False)
    """
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return word.upper() == initials or (len(word) > 3 and word[:3].lower() == name[:3].lower())


def _given_names(text: str, mentions: list[ActorMention], gaz: Gazetteer) -> list[ActorMention]:
    """``mentions`` with the full names the model missed of people it names by one word:
    "Eliud Kipchoge" where the model found only "Kipchoge" (see :func:`given_start`); one
    pass over the text for all such names."""
    single = {m.text for m in mentions if m.kind == "person" and m.actor_id.startswith(_OPEN)
              and " " not in m.text and m.text.isalpha() and m.text[:1].isupper()}
    if not single:
        return mentions
    words = gaz.rules
    skip = words.not_given_names | words.role_word_set | frozenset(words.name_determiners) | {
        c.capitalize() for c in words.thing_cues}
    taken = bytearray(len(text) + 1)
    for m in mentions:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    ends, common, added = {m.end for m in mentions}, lower_words(text), []
    pattern = re.compile(rf"(?<![\w\-])(?:{'|'.join(sorted(map(re.escape, single)))})(?![\w\-])")
    for found in pattern.finditer(text):
        start, end = found.span()
        first = given_start(text, start, end, skip, ends, common)
        if first < start and 1 not in taken[first:end] and not in_title_case_line(text, first):
            name = text[first:end]
            added.append(ActorMention(first, end, name, f"person:{slug(name)}", name, "person"))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _namesakes(mentions: list[ActorMention], index: _Index, gaz: Gazetteer) -> dict[str, str]:
    """A surname the gazetteer gave to a leader whose full name the article never writes is the
    person the article names in full ("Pistorius" in an article about Oscar Pistorius is not
    Boris Pistorius)."""
    full = {m.actor_id for m in mentions if m.kind == "person" and " " in m.text.strip()}
    out = {}
    for m in mentions:
        if m.kind == "person" and gaz.actor(m.actor_id) is not None and m.actor_id not in full \
                and " " not in m.text.strip():
            owner = index.person(replace(m, name=m.text))
            if owner is not None and gaz.actor(owner.actor_id) is None:
                out[m.actor_id] = owner.actor_id
    return out


def _named(mentions: list[ActorMention], entities: _Entities) -> list[ActorMention]:
    """Every open-world mention with the fullest name of its entity."""
    return [replace(m, name=entities.best[m.actor_id].name) if m.actor_id in entities.best else m
            for m in mentions]


def _repeats(text: str, mentions: list[ActorMention], entities: _Entities) -> list[ActorMention]:
    """Occurrences of the known forms that no mention covers (one automaton, one pass)."""
    forms = {key_text(f).strip(): i for f, i in entities.forms.items() if len(f) > 1 and f[0].isupper()}
    forms = {k: i for k, i in forms.items() if k}
    if not forms:
        return []
    keys = list(forms)
    automaton = ahocorasick_rs.AhoCorasick([f" {k} " for k in keys],
                                           matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    taken = bytearray(len(text) + 1)
    for m in mentions:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    keyed = key_text(text)
    out = []
    for idx, kstart, kend in automaton.find_matches_as_indexes(keyed, overlapping=False):
        start, end = kstart, kend - 2  # the key text has one space of padding: offsets shift by one
        if not text[start : start + 1].isupper() or 1 in taken[start:end]:
            continue
        best = entities.best[forms[keys[idx]]]
        if text[start:end].isupper() and not keys[idx].upper() == text[start:end] and len(keys[idx]) > 4:
            continue  # a shouted headline word is not a name
        taken[start:end] = b"\x01" * (end - start)
        out.append(replace(best, start=start, end=end, text=text[start:end]))
    return out
