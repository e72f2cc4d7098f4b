"""Who "he", "she", "they" and "it" stand for, as the subject of an event.

* "He"/"She" opening an event (or its report) is the person who opens the sentence before (named,
  or a pronoun already resolved), else the last person named shortly before;
  but when the sentence before kept a person as an object pronoun of the same gender ("Masipa
  convicted him ... He was jailed"), the subject pronoun continues that person (the entity an
  article keeps as a pronoun is the one it is about);
* "They" is the last organisation named before it in the sentence, else the one that opened the
  sentence before, else the people listed as its subject (:mod:`timeline.events.grouppronouns`,
  with "it");
* "it" is the country, organisation or agency that opens its sentence, else the last one named
  before it in the sentence, else the one that opens the sentence before ("Earlier this year,
  the company had estimated ... On Wednesday, it raised ...");
* otherwise "He"/"She" is the last person named shortly before, with the exceptions of
  :mod:`timeline.events.antecedents` (a closing reporter; a sentence before that names nobody);
* "He"/"She" inside a sentence that opens with a person ("Bolt's time was ... the record he set")
  is that person; inside a sentence that has named one person before it ("The last viceroy, Lord
  Mountbatten, set the date: on June 3 he announced ..."; "... of Rupp's career; he made ..."),
  that person;
* an object "him"/"her" ("Masipa convicted him") is the last person who opened a sentence before
  it, other than the subject of its own clause; else the person the article is about, the first
  it names twice or more ("On Nov. 9 the court found Marcos guilty ... The court sentenced her").

A resolved pronoun becomes a copy of the actor's mention at the pronoun's offsets. The pronouns
are data (``rules/en/words.toml``, ``[coreference]``).
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from timeline.events.antecedents import (
    SENTENCE_OPEN,
    WORD_BEFORE,
    before_auxiliaries,
    last_person,
    opens,
    opens_unnamed,
    reporting_aside,
    untitled,
)
from timeline.events.clauses import clause_words
from timeline.events.context import DocumentContext, within
from timeline.events.grouppronouns import after_lead, main_body, person_list, with_it, with_they
from timeline.events.language import alternation
from timeline.events.lexicon import RULES_DIR
from timeline.events.participants import RuleExample, rule_examples
from timeline.events.referents import resolve_descriptions
from timeline.model import ActorMention, Sentence

__all__ = ["CoreferenceRules", "load_coreference_rules", "resolve_pronouns"]

_SUBJECT_REACH = 12  # an organisation this close to the start of a sentence is its subject
_IT_KINDS = frozenset({"country", "organisation", "agency"})
_OBJECT_REACH = 600  # characters back from an object pronoun to the person it stands for
_FIRST_WORD = re.compile(r"\w+\s+")


@dataclass(frozen=True, slots=True)
class CoreferenceRules:
    """The words of ``rules/<language>/coreference.toml`` and their examples."""

    object_pronouns: frozenset[str]
    subject_of: dict  # object pronoun -> the subject pronoun of the same person ("him" -> "he")
    possessive_too: frozenset[str]  # object pronouns that are possessives before a noun ("her husband")
    possessives: frozenset[str]  # a body's possessive ("its"): stands for the body before only opening a sentence
    descriptions: dict  # the [descriptions] table, compiled by timeline.events.referents
    examples: tuple[RuleExample, ...]


@lru_cache(maxsize=4)
def load_coreference_rules(language: str = "en") -> CoreferenceRules:
    """The pronoun rules of ``language``; an unknown example field is an error naming the file."""
    path = RULES_DIR / language / "coreference.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    descriptions = {k: v for k, v in data["descriptions"].items() if k != "examples"}
    return CoreferenceRules(frozenset(data["objects"]["object_pronouns"]),
                            dict(data["objects"].get("subject_of", {})),
                            frozenset(data["objects"].get("possessive_too", data["objects"]["object_pronouns"])),
                            frozenset(data["objects"].get("body_possessives", ())),
                            descriptions, rule_examples(path, data))


def resolve_pronouns(ctx: DocumentContext, sentence: Sentence, before: Sentence | None,
                     drafts: Sequence, mentions: Sequence[ActorMention],
                     before_mentions: Sequence[ActorMention] = (),
                     carried: tuple[Sentence, Sequence[ActorMention]] | None = None) -> Sequence[ActorMention]:
    """``mentions`` of ``sentence`` with its subject pronouns resolved; ``drafts`` are its
    (candidate, own time) pairs and ``before`` the sentence before it in the same paragraph, whose
    mentions with their pronouns resolved are ``before_mentions`` (a "He" that opened it carries
    its person on: "He was convicted in 2015. He appealed in 2016"); ``carried`` is the last
    sentence of the paragraph before and its mentions, for a sentence that opens a paragraph (a
    "He" that opened it carries its person on into the paragraph's opening "He")."""
    earlier = before_mentions or ctx.mentions
    earlier_starts = [m.start for m in earlier] if before_mentions else ctx.mention_starts
    previous = _subject_group(earlier, earlier_starts, before, frozenset({"person"}), True, ctx.text)
    mentions = resolve_descriptions(ctx, drafts, mentions, previous)
    person = previous or (_chained(ctx.text, sentence, carried) if before is None else None) or (
        None if opens_unnamed(ctx.text, before, earlier) else
        last_person(ctx.mentions, ctx.mention_starts, sentence.start, ctx.text))
    opener = _subject_group(ctx.mentions, ctx.mention_starts, sentence, frozenset({"person"}))
    kept = _kept_as_object(ctx, before, previous)
    mentions = _with_pronouns(ctx.text, drafts, mentions, person, opener, kept)
    mentions = _with_objects(ctx, sentence, drafts, mentions)
    mentions = with_they(ctx.text, drafts, mentions,
                         _subject_group(ctx.mentions, ctx.mention_starts, before),
                         person_list(ctx.text, earlier, earlier_starts, before))
    return with_it(ctx.text, drafts, mentions,
                   _subject_group(ctx.mentions, ctx.mention_starts, sentence, _IT_KINDS),
                   _subject_group(earlier, earlier_starts, before, _IT_KINDS, True, ctx.text)
                   or main_body(earlier, earlier_starts, before), load_coreference_rules().possessives)


def _chained(text: str, sentence: Sentence,
             carried: tuple[Sentence, Sequence[ActorMention]] | None) -> ActorMention | None:
    """The person a subject pronoun opening the paragraph's first ``sentence`` continues: the one
    the same pronoun stood for where it opened the last sentence of the paragraph before ("... He
    was convicted of murder in December. // He returned to the high court last month"), if so."""
    if carried is None:
        return None
    last, mentions = carried
    word = text[sentence.start : sentence.start + 4].split(" ", 1)[0]
    if word.lower() not in clause_words().personal_pronouns:
        return None
    return next((m for m in mentions if m.start == last.start and m.kind == "person" and m.text == word), None)


def _kept_as_object(ctx: DocumentContext, before: Sentence | None,
                    subject: ActorMention | None) -> dict[str, ActorMention]:
    """Subject pronoun -> the person the sentence ``before`` kept as an object pronoun of the same
    gender ("Masipa convicted him": "he" -> the person "him" stands for), other than its
    ``subject``; the last such pronoun wins."""
    if before is None:
        return {}
    rules = load_coreference_rules()
    kept: dict[str, ActorMention] = {}
    for match in _object_pronoun().finditer(ctx.text, before.start, before.end):
        word = match.group(1).lower()
        follow = ctx.text[match.end(1) : match.end(1) + 20].split()
        nxt = follow[0].lower() if follow else ""
        if word not in rules.subject_of or _possessive(word, nxt):
            continue  # "her husband": a possessive
        found = _opening_person(ctx, match.start(1), {subject.name} if subject is not None else set())
        if found is not None:
            kept[rules.subject_of[word]] = found
    return kept


def _with_pronouns(text: str, drafts: list, mentions: list[ActorMention],
                   person: ActorMention | None, opener: ActorMention | None,
                   kept: dict[str, ActorMention] | None = None) -> list[ActorMention]:
    """A subject "He"/"She" opening an event stands for the person who opens the sentence when it
    comes after that person, else for the person the sentence before kept as an object pronoun of
    the same gender (``kept``), else for the person who opens the sentence before (in the same
    paragraph), else for the last person named before the sentence."""
    kept = kept or {}
    if person is None and opener is None and not kept:
        return mentions
    added = []
    for candidate, _ in drafts:
        starts = [candidate.subject_start]
        if candidate.borrowed_subject is not None:  # "he won gold in 2016 and in 2019 ran ..."
            starts.append(candidate.borrowed_subject[0])
        if candidate.report is not None:  # '"It is ours," he said, adding ...'
            starts.append(candidate.report_start)
        comma = text.find(",", candidate.subject_start, candidate.predicate.start)
        if comma > 0 and not reporting_aside(text, comma + 1):  # "Because of that role, he received ..."
            starts.append(comma + 1)
        second = _FIRST_WORD.match(text, candidate.subject_start)
        if second is not None and second.end() < candidate.predicate.start:  # "There he tendered ..."
            starts.append(second.end())
        before = WORD_BEFORE.search(text, max(0, candidate.predicate.start - 8), candidate.predicate.start)
        if before is not None:  # '"We will not give our land," he said': the word before the verb
            starts.append(before.start())
            starts += before_auxiliaries(text, before.start())  # "Following the verdict he was taken"
        for start in starts:
            start += len(text[start : start + 3]) - len(text[start : start + 3].lstrip(";:,- "))  # "; he made"
            word = text[start : start + 4].split(" ", 1)[0]
            named = {m.name: m for m in mentions if m.kind == "person" and m.end <= start}
            who = (opener if opener is not None and opener.end <= start
                   else next(iter(named.values())) if len(named) == 1 and not opens(text, start)
                   else kept.get(word.lower(), person))
            if who is not None and word.lower() in clause_words().personal_pronouns and not any(
                    m.kind == "person" and start <= m.start < max(candidate.predicate.start, start + 4)
                    for m in mentions):
                added.append(replace(who, start=start, end=start + len(word), text=word))
                break
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _subject_group(mentions: Sequence[ActorMention], starts: Sequence[int],
                   sentence: Sentence | None, kinds: frozenset[str] = frozenset({"organisation"}),
                   lead: bool = False, text: str = "") -> ActorMention | None:
    """The actor of one of ``kinds`` that opens ``sentence`` ("The M23 seized ...", "RSF fighters
    ..."), if any; with ``lead``, also after a short leading phrase and its comma ("Earlier this
    year, the company ...")."""
    if sentence is None:
        return None
    for m in within(mentions, starts, sentence.start, sentence.end):
        head = text[sentence.start : m.start]
        head = untitled(head) if lead and m.kind == "person" else head  # "Opposition Leader Tim Nicholls"
        if m.start - sentence.start > _SUBJECT_REACH and not (lead and (after_lead(head) or not head.strip())):
            break
        if m.kind in kinds:
            return m
    return None


def _with_objects(ctx: DocumentContext, sentence: Sentence, drafts: list,
                  mentions: list[ActorMention]) -> list[ActorMention]:
    """An object "him"/"her" in an event's clauses ("Masipa convicted him", "who beat him at the
    trials") stands for the last person who opened a sentence before it, other than the subject
    of its own clause, else for the person the article is about (never the subject of its clause);
    "her" before a noun is a possessive and is left alone."""
    added: list[ActorMention] = []
    for candidate, _ in drafts:
        verb = candidate.predicate
        for clause in candidate.clauses:  # any verb's object in the event's clauses
            for match in _object_pronoun().finditer(text := ctx.text, clause.start, clause.end):
                if any(m.start == match.start(1) for m in [*mentions, *added]):
                    continue
                follow = text[match.end(1) : match.end(1) + 20].split()
                if _possessive(match.group(1).lower(), follow[0].lower() if follow else ""):
                    continue  # "her husband": a possessive; "declared him the winner" is an object
                subject = {m.name for m in mentions if candidate.subject_start <= m.start < verb.start}
                found = _opening_person(ctx, match.start(1), subject) or ctx.protagonist
                if found is not None and found.name in subject:
                    continue  # "Ada Obi told him": not Ada Obi, though the article is about her
                if found is not None:
                    added.append(replace(found, start=match.start(1), end=match.end(1), text=match.group(1)))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _possessive(pronoun: str, following: str) -> bool:
    """Is ``pronoun`` (lower-case) a possessive before the ``following`` word ("her husband")?
    Only the pronouns that can be one ("her", not "him": "declared him the winner")."""
    words = clause_words()
    return (pronoun in load_coreference_rules().possessive_too and following[:1].isalpha()
            and following not in words.prepositions and following not in words.date_words)


def _opening_person(ctx: DocumentContext, before: int, exclude: set[str]) -> ActorMention | None:
    """The last person (not named in ``exclude``) who opens a sentence shortly before ``before``."""
    text, starts = ctx.text, ctx.mention_starts
    for i in range(bisect_left(starts, before) - 1, -1, -1):
        m = ctx.mentions[i]
        if before - m.start > _OBJECT_REACH:
            return None
        if m.kind == "person" and m.name not in exclude and SENTENCE_OPEN.search(text, max(0, m.start - 4), m.start):
            return m
    return None


@lru_cache(maxsize=1)
def _object_pronoun() -> re.Pattern:
    """An object pronoun ("him", "her") right after a verb."""
    return re.compile(r"\s+(" + alternation(load_coreference_rules().object_pronouns) + r")\b")
