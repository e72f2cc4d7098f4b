"""Which of the actors named in an event's clauses take part in it.

An actor named in the clauses of an event is not always its doer or done-to:

* a country named by one of its cities after a locative preposition ("in early trading in
  London"), unless the event is a visit ("arrived in Tehran"), or opening the sentence as its
  dateline ("Pretoria - ...") is where the event happened; so is a country named by its own name
  there when the event has no other actor ("landslides in Bangladesh killed 12"): with a doer it
  may be the one acted upon ("troops struck sites in Chad"), but not in the possessive, owning
  the place or time the phrase names ("the first time in Nigeria's history", "in Chad's north");
  so is one named by a city after a preposition of motion, a part or a list, but for a visit
  ("moved to Lima", "a district of Lima", "cities such as Delhi, Pune and Agra");
  nor a country a hazard strikes (:mod:`timeline.events.hazards`: "a quake shook central Peru");
* a country after "the border with" or naming a border ("blockaded the border with India", "near
  the Afghan border", "the Tajik-Kyrgyz border") is where a border runs;
* a state body or seat of power after a locative preposition ("met Trump in the Oval Office",
  "told reporters outside 10 Downing Street") is where the event happened, visit or not;
* a country after "<person> of" ("Garbiñe Muguruza of Spain") or in the possessive before a
  description and a name ("India's largest IT company Infosys"), or right before a named person
  or body ("Peru's Supreme Court"), is an affiliation of that actor; so is the state of a named
  office holder, and a name that only owns a part ("the website of X"):
  :mod:`timeline.events.offices`;
* an actor in a participle adjunct after the event's verb (", leaving Aldrin ...") or in a
  participle phrase that opens the sentence ("Speaking at the Mission Control Centre, ...") belongs
  to that adjunct, not to the event; so does one in an earlier coordinated clause ("Peru won in
  1990, and Chile became a republic": :mod:`timeline.events.coordination`);
* a people named by the plural of a demonym ("asked Kenyans not to panic", "the cheers of many
  Nigerians") or by two countries' demonyms ("British Indian history") is people, not a country;
* an actor inside a description apposed to a person or organisation ("Maria Ortiz, a senior Chile
  official, said"; "Jon Berg, once a rising star of the Labour Party, was jailed"; a person's role:
  "Ada Obi, head of the Health Agency, said") describes that
  actor: an affiliation, not a participant (a name alone after "the" is the next item of a list:
  "Brazil, the United States and Chile");
* an organisation that is the venue ("on the NGX") or who was told ("told the Financial Times"), a
  country quoted in a report or in a pair phrase ("between Britain and France"): :mod:`timeline.events.venues`.

The words are data (``rules/<language>/participants.toml``); each rule carries its examples.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from timeline.actors.places import is_place
from timeline.events.appositions import appositions, taken_role
from timeline.events.candidates import Candidate
from timeline.events.clauses import clause_words
from timeline.events.coordination import earlier_clause, in_earlier_clause
from timeline.events.demonyms import joined_demonym, plural_people
from timeline.events.hazards import hazard_subject
from timeline.events.language import alternation
from timeline.events.lexicon import RULES_DIR, load_lexicon
from timeline.events.offices import owners_only, owns_unknown_name
from timeline.events.ruleexamples import RuleExample, rule_examples  # noqa: F401 (re-exported)
from timeline.events.venues import is_addressee, is_venue, paired_apart, quoted_apart, venue_rules
from timeline.model import ActorMention

__all__ = ["ParticipantRules", "RuleExample", "event_participants", "load_participant_rules", "rule_examples"]

_PLACE_KINDS = frozenset({"country"})  # the actor kind whose city forms ("London") are places
_SEAT_KINDS = frozenset({"agency"})  # state bodies and seats of power: a venue after a locative preposition
_VENUE_KINDS = frozenset({"organisation"})  # a venue after "in the", "on the" (:mod:`timeline.events.venues`)
_TOLD_KINDS = frozenset({"organisation", "outlet"})  # who hears it after "told" (ditto)
_AFFILIATED_KINDS = frozenset({"country"})  # kinds that are an affiliation after "of" or as a possessive
_TITLE_BODY_KINDS = frozenset({"organisation", "agency"})  # bodies in a title before a person's name
_NO_DATELINE_KINDS = frozenset({"person"})  # kinds a dateline only in the story's first sentence
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s")  # a finished sentence (headlines have none)
_DATELINE_CHARS = 40  # the dated piece of a dateline after its place (", Oct. 3 (Reuters) - ")
_APPOSED = re.compile(r",\s+(?:[A-Z][a-z]{0,3}\.?\s+)?\Z")  # ", " or ", Dr " right before an apposed name
_REACH = 40  # characters looked back from a mention for its preposition
_LIST_REACH = 120  # ... and for the preposition of a list of cities ("such as Delhi, Pune and ")
_SHORTEST_PARTICIPLE = 6  # "taking": shorter -ing words are nouns ("king", "ring", "thing")


@dataclass(frozen=True, slots=True)
class ParticipantRules:
    """The words of ``participants.toml``, compiled."""

    place_before: re.Pattern  # a locative preposition (and modifiers) ending right before a place
    boundary_before: re.Pattern | None  # "the border with " right before a country: where, not who
    boundary_after: re.Pattern | None  # "( -Kyrgyz) border" right after a country ("the Afghan border")
    city_before: re.Pattern  # "moved to ", "such as Delhi, Pune and ": a city there is a place
    dated_dateline: re.Pattern  # ", June 5: " / ", Oct. 3 (Reuters) - " after a dateline's place
    host_verbs: frozenset[str]  # lemmas of visits: the city's country takes part ("arrived in Tehran")
    dateline_marks: frozenset[str]
    person_of: re.Pattern  # "<person> of (the) " between a person and a country
    title_of: re.Pattern  # " of (the) " before a country in a title apposed to a person
    title_body: re.Pattern  # " of (the) ", " in (the) " before a body in a title before a person
    person_of_body: re.Pattern  # " of (the) (X's) " between a person and their body
    possessive_reach: int
    possessive_owned_kinds: frozenset[str]  # kinds of a name right after the possessive it belongs to
    hazards: re.Pattern  # "quake", "cyclone": a subject that strikes places, not actors
    not_adjuncts: frozenset[str]
    appositive_openers: frozenset[str]  # first words of a description apposed to a name (", a ...")
    role_openers: frozenset[str]  # "as": opens the role a person takes ("as President of Chile")
    role_links: frozenset[str]  # "of": links that role to its country
    examples: tuple[RuleExample, ...]


@lru_cache(maxsize=4)
def load_participant_rules(language: str = "en") -> ParticipantRules:
    """The participant rules of ``language``; an unknown example field is an error naming the file."""
    path = RULES_DIR / language / "participants.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    examples = rule_examples(path, data)
    place, affiliation, adjunct = data["place"], data["affiliation"], data["adjunct"]
    modifiers = alternation(frozenset(place["modifiers"]))
    return ParticipantRules(
        place_before=re.compile(rf"\b(?i:{alternation(frozenset(place['prepositions']))})\s+"
                                rf"(?:(?i:{modifiers}|\d+)\s+){{0,2}}\Z"),
        boundary_before=re.compile(rf"\b(?i:{alternation(frozenset(place['boundary_phrases']))})\s+"
                                   rf"(?:(?i:{alternation(clause_words().articles)})\s+)?\Z")
        if place.get("boundary_phrases") else None,
        boundary_after=re.compile(rf"(?:-[A-Z][\w-]*)?\s+(?i:{alternation(frozenset(place['boundary_nouns']))})\b"
                                  rf"(?!\s+(?i:{alternation(frozenset(place.get('boundary_people', ['-'])))})\b)")
        if place.get("boundary_nouns") else None,
        city_before=re.compile(rf"\b(?i:{alternation(frozenset(place['city_prepositions']))})\s+"
                               rf"(?:(?i:{modifiers})\s+)?(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){{0,3}},?\s+"
                               rf"(?:(?i:{alternation(frozenset(place.get('list_joiners', ['and'])))})\s+)?){{0,4}}\Z")
        if place.get("city_prepositions") else re.compile("(?!)"),
        host_verbs=frozenset(place["host_verbs"]),
        dateline_marks=frozenset(place["dateline_marks"]),
        dated_dateline=re.compile(
            rf",[^\n]*?\d[^\n]*?\s*(?:{'|'.join(re.escape(k) for k in place['dateline_marks'])})(?=\s)"),
        person_of=re.compile(rf"\A\s+(?:{alternation(frozenset(affiliation['person_prepositions']))})\s+"
                             rf"(?:(?i:{alternation(clause_words().articles)})\s+)?\Z"),
        title_of=re.compile(rf"\s(?:{alternation(frozenset(affiliation['person_prepositions']))})\s+"
                            rf"(?:(?i:{alternation(clause_words().articles)})\s+)?\Z"),
        title_body=re.compile(rf"\s(?:{alternation(frozenset(affiliation.get('title_prepositions', ['of'])))})\s+"
                              rf"(?:(?i:{alternation(clause_words().articles)})\s+)?\Z"),
        person_of_body=re.compile(rf"\s+(?:{alternation(frozenset(affiliation['person_prepositions']))})\s+"
                                  rf"(?:(?i:{alternation(clause_words().articles)})\s+)?"
                                  rf"(?:\S+(?:{alternation(frozenset(clause_words().possessive_endings))})\s+)?\Z"),
        possessive_reach=int(affiliation["possessive_reach"]),
        possessive_owned_kinds=frozenset(affiliation.get("possessive_owned_kinds", ())),
        hazards=re.compile(rf"\b(?i:{alternation(frozenset(place.get('hazards', ['(?!)'])))})\b"),
        not_adjuncts=frozenset(adjunct["not_adjuncts"]),
        appositive_openers=frozenset(data.get("apposition", {}).get("openers", ())),
        role_openers=frozenset(affiliation.get("role_openers", ())),
        role_links=frozenset(affiliation.get("role_links", affiliation["person_prepositions"])),
        examples=tuple(examples),
    )


def event_participants(text: str, candidate: Candidate, mentions: Sequence[ActorMention],
                       sentence_start: int, sentence: Sequence[ActorMention] = ()) -> list[ActorMention]:
    """The ``mentions`` (those inside the event's clauses) that take part in the event;
    ``sentence`` holds every mention of its sentence (which begins at ``sentence_start``)."""
    rules, venues = load_participant_rules(), venue_rules()
    everyone = sorted(sentence or mentions, key=lambda m: m.start)
    adjunct = _adjunct_spans(text, candidate, sentence_start, everyone, rules)
    adjunct += appositions(text, candidate.predicate.start, everyone, rules.appositive_openers)
    joiner = earlier_clause(text, candidate.predicate.start, sentence_start, everyone)
    kept, located = [], []
    offices = owners_only(text, everyone)
    struck = hazard_subject(text, candidate.subject_start, candidate.predicate.start,
                            [o.start for o in everyone if o.kind != "place"], rules.hazards)
    for m in mentions:
        if any(s <= m.start < e for s, e in adjunct) or m.start in offices or in_earlier_clause(text, m, joiner):
            continue  # an adjunct's; "sworn in as President of Guatemala", "the website of X": owners
        if ((is_place(m.text) if m.kind in _PLACE_KINDS else m.kind not in _NO_DATELINE_KINDS
             or not _SENTENCE_END.search(text, 0, sentence_start))
                and _is_dateline(text, m, sentence_start, rules)):
            continue
        if m.kind in _SEAT_KINDS and rules.place_before.search(text, max(sentence_start, m.start - _REACH), m.start):
            continue  # "met Trump in the Oval Office", "outside 10 Downing Street": where, not who
        if (m.kind in _VENUE_KINDS and is_venue(text, m.start, sentence_start, venues)
                or m.kind in _TOLD_KINDS and is_addressee(text, m.start, m.end, sentence_start, venues)):
            continue  # "shares closed higher on the NGX", "told the Financial Times"
        at, verb = m.start, candidate.predicate.start
        if m.kind in _PLACE_KINDS and (quoted_apart(text, sentence_start, at, verb, venues) or struck and at > verb or
                                       paired_apart(text, sentence_start, at, verb, venues) and not is_place(m.text)):
            continue  # '"A sad day for Kenya," she said'; "split between Britain and France"; "a quake shook Peru"
        if m.kind in _PLACE_KINDS and (
                rules.boundary_before is not None
                and rules.boundary_before.search(text, max(sentence_start, m.start - _REACH), m.start)
                or rules.boundary_after is not None and rules.boundary_after.match(text, m.end)):
            continue  # "on the border with Iraq": where a border runs
        if (m.kind in _PLACE_KINDS and is_place(m.text) and candidate.cue.lemma not in rules.host_verbs
                and rules.city_before.search(text, max(sentence_start, m.start - _LIST_REACH), m.start)):
            continue  # "moved to Lima", "cities such as Delhi and Pune": a city, where
        if m.kind in _PLACE_KINDS and _is_place(text, m, candidate, sentence_start, rules):
            if is_place(m.text) or _owns_place(text, m):
                continue  # "in early trading in London"; "in Nigeria's history", "in Chad's north"
            located.append(m)  # "in Bangladesh": a place, unless someone acts upon it there
        if m.kind in _AFFILIATED_KINDS and (
                _is_affiliation(text, m, everyone, rules) or plural_people(m) or joined_demonym(text, m)
                or taken_role(text, m.start, sentence_start, rules.role_openers, rules.role_links)):
            continue
        if m.kind in _TITLE_BODY_KINDS and _in_title(text, m, everyone, rules):
            continue
        kept.append(m)
    if located and all(m in located for m in kept):
        return []  # "landslides in Bangladesh killed 12": where it happened, nobody acted on it
    return kept


def _is_place(text: str, m: ActorMention, candidate: Candidate, sentence_start: int,
              rules: ParticipantRules) -> bool:
    """Is the city ``m`` after a locative preposition (of an event that is no visit), or the
    dateline opening its sentence?"""
    return bool(rules.place_before.search(text, max(sentence_start, m.start - _REACH), m.start)
                and candidate.cue.lemma not in rules.host_verbs)


def _owns_place(text: str, m: ActorMention) -> bool:
    """Is the country ``m`` (after a locative preposition) in the possessive, owning the place or
    time the phrase names ("in Nigeria's history", "in Chad's north"), not acted upon?"""
    return any(text.startswith(e, m.end) for e in clause_words().possessive_endings)


def _is_dateline(text: str, m: ActorMention, sentence_start: int, rules: ParticipantRules) -> bool:
    """Does ``m`` open its sentence as a dateline: a dateline mark right after it ("Lima - ",
    "Sriharikota: "), or after a comma and a short dated piece ("New Delhi, June 5: ")?"""
    if text[sentence_start : m.start].strip(" \n\"'("):
        return False
    after = text[m.end : m.end + 3].split()
    if after and after[0] in rules.dateline_marks:
        return True
    return rules.dated_dateline.match(text, m.end, m.end + _DATELINE_CHARS) is not None


def _is_affiliation(text: str, m: ActorMention, everyone: Sequence[ActorMention],
                    rules: ParticipantRules) -> bool:
    """Is the country ``m`` the affiliation of a person before it ("X of Spain"), of the person
    its title is apposed to ("the president of Kenya, William Ruto") or of a name after its
    possessive ("Nigeria's Super Eagles")?"""
    before = [o for o in everyone if o.end <= m.start]
    if before and before[-1].kind == "person" and rules.person_of.match(text[before[-1].end : m.start]):
        return True
    after = next((o for o in everyone if o.start >= m.end), None)
    if (after is not None and after.kind == "person"
            and (_APPOSED.match(text, m.end, after.start) or text[m.end : after.start] == " ")
            and rules.title_of.search(text, max(0, m.start - _REACH), m.start)):
        # "the prime minister of the United Kingdom, Keir Starmer, said"; "Chief Justice of India B.R. Gavai"
        return True
    ending = next((e for e in clause_words().possessive_endings if text.startswith(e, m.end)), None)
    if ending is None or owns_unknown_name(text, m.end + len(ending), everyone):
        return ending is not None  # "Britain's Skynet 5B": the country owns a thing no actor names
    after = next((o for o in everyone if o.start >= m.end + len(ending)), None)
    if after is None or after.kind == "place" or after.name == m.name:
        return False
    between = text[m.end + len(ending) : after.start].split()
    if not between and after.kind in rules.possessive_owned_kinds:
        return True  # "Peru's Supreme Court", "Norway's Ada Obi": the country is the name's own
    cues = load_lexicon().cues
    words = clause_words()
    return 0 < len(between) <= rules.possessive_reach and not any(
        w.lower() in cues or w.lower() in words.prepositions or w.lower() in words.conjunctions
        or not w[-1].isalnum() for w in between)


def _in_title(text: str, m: ActorMention, everyone: Sequence[ActorMention], rules: ParticipantRules) -> bool:
    """Is the body ``m`` the end of a title right before a person's name ("a former Governor of
    Taraba State, Jolly Nyame"; "Leader of the Opposition in the National Assembly Shehbaz
    Sharif") or right after a person and "of" ("Professor Ada Obi of Lagos University's Institute
    of Water"): the person's affiliation, not an actor of the event?"""
    before = [o for o in everyone if o.end <= m.start]
    if before and before[-1].kind == "person" and rules.person_of_body.match(text, before[-1].end, m.start):
        return True  # "Professor Ada Obi of Lagos University's Institute of Water"
    after = next((o for o in everyone if o.start >= m.end), None)
    if after is None or after.kind != "person" or not (
            _APPOSED.match(text, m.end, after.start) or text[m.end : after.start] == " "):
        return False
    return rules.title_body.search(text, max(0, m.start - _REACH), m.start) is not None


def _participle(word: str, endings: tuple[str, ...], rules: ParticipantRules) -> bool:
    """Is the lower-case ``word`` a participle that opens an adjunct ("leaving", "speaking")?"""
    return len(word) >= _SHORTEST_PARTICIPLE and word.endswith(endings) and word not in rules.not_adjuncts


def _adjunct_spans(text: str, candidate: Candidate, sentence_start: int, everyone: Sequence[ActorMention],
                   rules: ParticipantRules) -> list[tuple[int, int]]:
    """Character spans of the participle adjuncts around the event's verb: one that opens the
    sentence, up to its comma, and one after the verb, up to the report or the clause's end."""
    spans = []
    endings = clause_words().participle_endings
    verb = candidate.predicate
    lead = re.match(r"[\s\"'(]*(\w+)", text[sentence_start:verb.start])
    if (lead and _participle(lead.group(1).lower(), endings, rules)
            and text[sentence_start + lead.end(1) :].lstrip()[:1].islower()  # not "Outgoing President"
            and not any(m.start == sentence_start + lead.start(1) for m in everyone)):
        comma = text.find(",", sentence_start, verb.start)
        if comma > 0:
            spans.append((sentence_start, comma))
    end = candidate.end
    for match in re.finditer(r",\s+(\w+)", text[verb.end : end]):
        word = match.group(1)
        if word.islower() and _participle(word, endings, rules):
            start = verb.end + match.start()
            stop = candidate.report_start if candidate.report is not None and candidate.report_start > start else end
            spans.append((start, stop))
            break
    return spans
