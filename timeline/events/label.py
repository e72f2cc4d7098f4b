"""Short "who did what" labels for events: the main actor as the article names it, the verb group
up to the predicate, and its object, cut at a word (the chart's text on each mark).

Made from the event's own fields, nothing re-parsed: ``summary`` (the statement of the event),
``predicate`` (the word naming the happening), ``actor_roles`` and ``actor_kinds`` (who; the
agent first, then the source), ``date_text`` (the date words, left out with the preposition that
introduces them: the chart shows the date by position). When the actor is not named in the
summary (a pronoun, "the company"), its canonical name stands in for the subject. Without any
actor, the summary's own words are shortened the same way. The English words the engine needs
(articles, prepositions, auxiliaries, titles) are in ``rules/<language>/labels.toml``.

>>> event_label({"summary": "Russian President Vladimir Putin thanked Kim Jong Un for sending troops",
...              "predicate": "thanked", "actor_roles": [["Vladimir Putin", "agent"], ["Kim Jong Un", "patient"]],
...              "actor_kinds": [["Vladimir Putin", "person"], ["Kim Jong Un", "person"]]})
'Putin thanked Kim Jong Un'
>>> event_label({"summary": "The court will publish the judgement within 21 days", "predicate": "publish"})
'Court will publish judgement…'
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from timeline.events.label_names import (
    EDGE,
    LONG_NAME,
    POSSESSIVE,
    LabelWords,
    bare,
    find_name,
    load_label_words,
    occurrence,
    short_name,
    surfaces,
)

__all__ = ["LabelWords", "event_label", "load_label_words"]

_ROLES = ("agent", "source")  # whose name leads the label, in this order
_END = re.compile(r"[,;:()\[\]\u2014\u2013]")  # punctuation that ends the object
_TOKEN = re.compile(r"\S+")


def _text(value: Any) -> str:
    """A text field's value; empty for a missing one (None, or NaN in a frame)."""
    return value if isinstance(value, str) else ""


def _pairs(value: Any) -> list[tuple[str, str]]:
    if value is None or isinstance(value, float) or isinstance(value, str):
        return []
    return [(str(p[0]), str(p[1])) for p in value if len(p) >= 2]


def _cut(words_out: list[str], limit: int, words: LabelWords) -> str:
    """The words joined, cut at a word within ``limit`` characters (then '…'), never ending on a
    word that leads on."""
    text = " ".join(words_out)
    if len(text) <= limit:
        return text
    kept: list[str] = []
    for word in words_out:
        if len(" ".join([*kept, word])) > limit - 1:
            break
        kept.append(word)
    while len(kept) > 1 and (bare(kept[-1]).lower() in words.weak_ends | words.prepositions
                             or bare(kept[-1]).lower() in words.dropped):
        kept.pop()
    if not kept:
        return text[: limit - 1].rstrip() + "…"
    kept[-1] = kept[-1].strip(EDGE.replace(".", "")) or kept[-1]  # no quote left open before '…'
    return " ".join(kept) + "…"


def _date_tokens(tokens: list[str], date_text: str, words: LabelWords) -> set[int]:
    """The tokens of the date words in the summary, with the preposition before them."""
    if not date_text:
        return set()
    found = find_name(tokens, date_text)
    if found is None:
        return set()
    start, end = found
    if start > 0 and tokens[start - 1].lower() in words.prepositions:
        start -= 1
    return set(range(start, end))


def event_label(event: Mapping[str, Any], limit: int = 32, language: str = "en") -> str:
    """A short "who did what" label of ``event`` (a mapping with the events table's columns:
    ``summary``, ``predicate``, ``actor_roles``, ``actor_kinds``, ``date_text``; any may be
    missing), at most ``limit`` characters."""
    words = load_label_words(language)
    summary = " ".join(_text(event.get("summary")).split()).rstrip("…").rstrip()
    tokens = _TOKEN.findall(summary)
    if not tokens:
        return ""
    gone = _date_tokens(tokens, _text(event.get("date_text")), words)
    predicate = bare(_text(event.get("predicate"))).lower()
    kinds = dict(_pairs(event.get("actor_kinds")))
    roles = _pairs(event.get("actor_roles"))
    trigger = next((i for i, t in enumerate(tokens) if bare(t).lower() == predicate and i not in gone), None)
    who, start, shown = _subject(tokens, trigger, roles, kinds, gone, words, surfaces(event))
    end = len(tokens)
    for i in range(max(start, trigger if trigger is not None else start), len(tokens)):
        if i > start and _END.match(tokens[i][0]):
            end = i
            break
        if _END.search(tokens[i][-1]):
            end = i + 1
            break
    body = [i for i in range(start, end) if i not in gone and bare(tokens[i]).lower() not in words.dropped]
    head = [shown] if who else []
    out = head + [bare(tokens[i]) if i == body[-1] else tokens[i] for i in body] if body else head
    out = [w for w in out if w]
    if who and len(" ".join(out)) > limit and trigger is not None:
        out = head + _to_object(tokens, body, trigger, roles, kinds, words)
    if not who and out and body[0] > 0:  # the summary's first words left out: a capital again
        first = out[0].lstrip(EDGE)
        out[0] = first[:1].upper() + first[1:]
    return _cut(out, limit, words)


def _subject(tokens: list[str], trigger: int | None, roles: list[tuple[str, str]], kinds: dict[str, str],
             gone: set[int], words: LabelWords, surfaces: dict[str, tuple[str, ...]]) -> tuple[str | None, int, str]:
    """``(actor, first token of the verb group, the actor's short name)``: the agent (else the
    source) the summary names as a subject nearest before the predicate; one it names after a
    preposition or an article ("according to Kagwe", "the Armstrong family") is not a subject.
    An actor the summary does not name stands for a short subject of its own (a pronoun, "the
    company"); with none, ``(None, 0, "")``: the summary's own words."""
    for role in _ROLES:
        named = [(name, occurrence(tokens, name, kinds.get(name, ""), words, surfaces.get(name, ())))
                 for name, r in roles if r == role]
        subjects = [(name, at) for name, at in named if at is not None and (trigger is None or at[1] <= trigger)
                    and not _object_of(tokens, at[0], kinds.get(name, ""), words)
                    and not POSSESSIVE.search(tokens[at[1] - 1].rstrip(",;:.!?\"\u201d"))]
        if subjects:
            who, (first, last) = max(subjects, key=lambda p: p[1][1])
            shown = short_name(who, kinds.get(who, ""), words)
            said = [POSSESSIVE.sub("", bare(t)) for t in tokens[first:last]]
            said = [w for w in said if w.lower() not in words.dropped]
            if said and len(" ".join(said)) < len(shown) and (all(w[:1].isupper() for w in said)
                                                              or len(shown) > LONG_NAME):
                # as the article names it: "Sharif" for Nawaz Sharif; "agency" for a long name
                shown = " ".join(said)
                shown = shown[:1].upper() + shown[1:]
            acronym = bare(tokens[last]) if last < len(tokens) else ""
            if acronym.isupper() and tokens[last].startswith("(") and len(acronym) < len(shown):
                shown, last = acronym, last + 1  # "the Nigeria Centre for Disease Control (NCDC)"
            if last < len(tokens) and tokens[last - 1].endswith(",") and trigger is not None:
                # an apposition: "Lei Jun, the founder of Xiaomi, walked" (not across a clause)
                close = next((i + 1 for i in range(last, trigger) if tokens[i][-1] in ",;:"), last)
                last = close if tokens[close - 1].endswith(",") else last
            if trigger is not None and trigger - last > 4:  # named far from its verb: the verb group
                last = _verb_group(tokens, trigger, words)
            return who, last, shown
        unnamed = [name for name, at in named if at is None]
        shown = short_name(unnamed[0], kinds.get(unnamed[0], ""), words) if unnamed else ""
        if unnamed and trigger is not None and len(shown) <= LONG_NAME:
            start = _verb_group(tokens, trigger, words)
            own = [i for i in range(start) if i not in gone and bare(tokens[i]).lower() not in words.dropped]
            if own and bare(tokens[own[0]]).lower() in words.pronouns:  # "He declined to ..."
                return unnamed[0], own[0] + 1, shown
            if len(own) == 1:  # "The company said", "The 23-year-old ran"
                return unnamed[0], start, shown
    return None, 0, ""


def _object_of(tokens: list[str], at: int, kind: str, words: LabelWords) -> bool:
    """Whether the name at token ``at`` is not a subject: after a preposition ("according to
    Kagwe"), or a person's name after an article ("the Armstrong family")."""
    before = bare(tokens[at - 1]).lower() if at > 0 else ""
    return before in words.prepositions or (kind == "person" and before in words.dropped)


def _verb_group(tokens: list[str], trigger: int, words: LabelWords) -> int:
    """The first token of the verb group ending at ``trigger`` (its auxiliaries, at most 3)."""
    start = trigger
    while start > 0 and tokens[start - 1].lower() in words.auxiliaries and trigger - start < 3:
        start -= 1
    return start


def _to_object(tokens: list[str], body: list[int], trigger: int, roles: list[tuple[str, str]],
               kinds: dict[str, str], words: LabelWords) -> list[str]:
    """The verb group and the head of its object: a patient named after the predicate, the words
    before it left out but the preposition just before it ("buy its rival Shire" -> "buy Shire",
    "met on Monday with Putin" -> "met with Putin")."""
    verb = [tokens[i] for i in body if i <= trigger]
    after = [i for i in body if i > trigger]
    for name, role in roles:
        if role != "patient":
            continue
        at = occurrence(tokens, name, kinds.get(name, ""), words)
        if at is None or at[0] <= trigger:
            continue
        kept = [tokens[at[0] - 1]] if at[0] - 1 in after and tokens[at[0] - 1].lower() in words.prepositions else []
        return verb + kept + [short_name(name, kinds.get(name, ""), words)]
    return verb + [tokens[i] for i in after]
