"""What the actor model reads of each candidate entity: cheap features the pipeline already has.

For the candidates of one text (:class:`timeline.actors.candidates.Candidates`), the open-world
entities left after the hand vetting (no gazetteer entry knows them: the gazetteer's actors are
known, as the hand vetting holds too; cross-validation agrees, see ``tools/train_actors.py``) each
get one row of numbers, in the order of :func:`feature_names`:

- the entity: its kind (:func:`timeline.actors.kinds.kind_of`), whether the place data knows its
  name, whether it has a country, how many words its name has, capitals only, the share of its
  words the text also writes in lower case ("Turnout") and whether its first one is ("Actors
  Gaurav Kapoor"), a title or role word opening it ("Prof
  Zana Akpagu"), inside another entity's longer name ("Y.S. Jagan" of "Y.S. Jagan Mohan Reddy");
- its mentions: how many, their share of the text's mentions, the most mentioned, where the
  first one is, whether one is in the opening block (headline) or the lead paragraph;
- the statistical model's labels on its mentions (PERSON, ORG, GPE, NORP, another, none);
- the words around its mentions (shares of its mentions): a possessive after it, a saying or
  acting verb after it, a place preposition, a title or role before it, brackets around it, a
  capitalised word after it (inside a longer name), an indefinite article before it, written in
  another form than its name (a demonym, a short form), a sentence start, inside quotes;
- products of a kind and a feature (``PAIRS``): what one word means for one kind of entity;
- each hand vetting step's verdict (:data:`timeline.actors.candidates.VETTING`): it took some of
  the entity's mentions away, or it added the entity.

No English here: the word classes are the lists of ``rules/<language>/words.toml`` (venue words,
place prepositions, agent and person verbs, role words, possessive endings, indefinite articles).
The names are stable: the weights file lists the names it was trained on and
:mod:`timeline.actors.actorscore` refuses a file whose names differ.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache

from timeline.actors.candidates import VETTING, Candidates, entity_name
from timeline.actors.gazetteer import Gazetteer
from timeline.actors.kinds import kind_of
from timeline.actors.language import ActorWords, alternation
from timeline.actors.names import lower_words
from timeline.actors.places import is_place
from timeline.model import ActorMention

__all__ = ["KINDS", "LABELS", "MENTION_FLAGS", "entity_features", "feature_names"]

KINDS = ("person", "organisation", "country")  # kinds.kind_of; the rarer kinds (international, armed group): none
LABELS = ("PERSON", "ORG", "GPE", "NORP")  # the model's labels read; others count as "other"
MENTION_FLAGS = ("possessive_after", "verb_after", "place_before", "title_before", "in_brackets", "capital_after",
                 "indefinite_before", "other_form", "in_opening", "in_lead", "sentence_start", "in_quotes")
_ANY = frozenset({"in_opening", "in_lead"})  # whether any mention is there (the others: shares)
PAIRS = (("kind_country", "one_mention"), ("kind_country", "other_form"), ("kind_country", "verb_after"),
         ("kind_country", "place_before"), ("kind_organisation", "one_mention"), ("kind_person", "one_mention"))
"""Products of two features: what one word means for one kind of entity."""
_WORD_BEFORE = re.compile(r"([\w\-]+)[ \t]+\Z")
_SENTENCE_START = re.compile(r"(?:[.!?][\"”’]?[ \t]+|\n[ \t]*)\Z")


def feature_names() -> tuple[str, ...]:
    """The features, in row order (the weights file must list the same)."""
    return ("bias_term", "log_mentions", "one_mention", "mention_share", "most_mentioned", "first_position",
            *(f"kind_{k}" for k in KINDS), "place_name", "has_country", "one_word", "three_words",
            "all_capitals", "common_words", "common_first", "titled_name", "inside_other",
            *(f"ner_{label.lower()}" for label in LABELS), "ner_other", "ner_none",
            *MENTION_FLAGS, *(f"{name}_reduced" for name, _ in VETTING),
            *(f"{name}_added" for name, _ in VETTING), *(f"{a}*{b}" for a, b in PAIRS))


@lru_cache(maxsize=4)
def _patterns(words: ActorWords) -> tuple[re.Pattern, frozenset[str], frozenset[str], re.Pattern]:
    verbs = alternation({*words.agent_verbs, *words.person_verbs}) or "(?!)"
    acts = re.compile(rf"(?:['’]s)?[ \t]+(?:{verbs})\b")
    places = frozenset(w.lower() for w in (*words.venue_words, *words.place_prepositions))
    articles = frozenset(w.lower() for w in words.indefinite_articles)
    possessive = re.compile(rf"(?:{alternation(words.possessive_endings) or '(?!)'})(?!\w)")
    return acts, places, articles, possessive


def _word_before(text: str, start: int, determiners: frozenset[str]) -> str:
    """The word before ``start`` (over a determiner: "in the United States" gives "in")."""
    before = text[max(0, start - 40) : start]
    m = _WORD_BEFORE.search(before)
    if m and m.group(1) in determiners:
        m = _WORD_BEFORE.search(before[: m.start()])
    return m.group(1).lower() if m else ""


def _flags(text: str, m: ActorMention, words: ActorWords, blocks: tuple[int, int]) -> dict[str, bool]:
    acts, places, articles, possessive = _patterns(words)
    before = _word_before(text, m.start, frozenset(words.name_determiners))
    after = re.match(r"[ \t]+(\S)", text[m.end : m.end + 4])
    return {
        "possessive_after": possessive.match(text, m.end) is not None,
        "verb_after": acts.match(text, m.end) is not None,
        "place_before": before in places,
        "title_before": before in words.role_word_set,
        "in_brackets": text[m.start - 1 : m.start] == "(" and text[m.end : m.end + 1] == ")",
        "capital_after": after is not None and after.group(1).isupper(),
        "indefinite_before": before in articles,
        "other_form": m.text != m.name,
        "in_opening": m.start < blocks[0],
        "in_lead": blocks[0] <= m.start < blocks[1],
        "sentence_start": _SENTENCE_START.search(text, max(0, m.start - 4), m.start) is not None or m.start == 0,
        "in_quotes": text.count("\"", text.rfind("\n", 0, m.start) + 1, m.start) % 2 == 1
        or text.count("“", max(0, m.start - 300), m.start) > text.count("”", max(0, m.start - 300), m.start),
    }


def _blocks(text: str) -> tuple[int, int]:
    """Where the opening block (date line and headline) and the lead paragraph end; a text
    without a blank line has no opening block and is all lead."""
    first = text.find("\n\n")
    if first < 0:
        return 0, len(text)
    second = text.find("\n\n", first + 2)
    return first, len(text) if second < 0 else second


def entity_features(text: str, candidates: Candidates, gaz: Gazetteer) -> dict[str, list[float]]:
    """Entity name -> its feature row, for every open-world entity left after the hand vetting
    (none of whose mentions the gazetteer knows)."""
    words = gaz.rules
    by_name: dict[str, list[ActorMention]] = {}
    for m in candidates.after:
        name = entity_name(m, gaz)
        if name:
            by_name.setdefault(name, []).append(m)
    if not by_name:
        return {}
    total = sum(len(ms) for ms in by_name.values())
    most = max(len(ms) for ms in by_name.values())
    ents = sorted(candidates.entities, key=lambda e: e.start)
    starts = [e.start for e in ents]
    blocks = _blocks(text)
    counts = candidates.counts
    common = lower_words(text)
    rows = {}
    for name, ms in by_name.items():
        if any(gaz.actor(m.actor_id.split("@", 1)[0]) is not None for m in ms):
            continue  # known: the gazetteer's actors are not the model's to decide
        labels: Counter[str] = Counter()
        flags: Counter[str] = Counter()
        for m in ms:
            i = bisect_right(starts, m.end - 1) - 1
            label = ents[i].label if i >= 0 and ents[i].end > m.start else ""
            labels[label if label in LABELS or not label else "other"] += 1
            flags.update(k for k, v in _flags(text, m, words, blocks).items() if v)
        n = len(ms)
        first = ms[0]
        kind = kind_of(first, gaz)
        size = len(name.split())
        row = [1.0, math.log1p(n), float(n == 1), n / total, float(n == most), first.start / max(1, len(text)),
               *(float(kind == k) for k in KINDS), float(is_place(name)),
               float(bool(first.country)), float(size == 1), float(size >= 3),
               float(name.isupper() and len(name) > 1),
               sum(w.lower() in common for w in name.split()) / size,
               float(size > 1 and name.split()[0].lower() in common),
               float(name.split()[0].lower().rstrip(".") in words.role_word_set),
               float(any(name != other and name in other for other in by_name)),
               *(labels[label] / n for label in LABELS), labels["other"] / n, labels[""] / n,
               *(flags[f] / n if f not in _ANY else float(flags[f] > 0) for f in MENTION_FLAGS),
               *(float(counts[i + 1].get(name, 0) < counts[i].get(name, 0)) for i in range(len(VETTING))),
               *(float(name in counts[i + 1] and name not in counts[i]) for i in range(len(VETTING)))]
        at = {n: i for i, n in enumerate(feature_names()[: len(row)])}
        row += [row[at[a]] * row[at[b]] for a, b in PAIRS]
        rows[name] = row
    return rows
