"""Words that look like a clause's opener but are not one, and clauses that open without one of
the event cues: "as many as 40 people" compares (no clause opens at "as"); "..., and she has been on
bail since" opens a clause of its own though "been" is no event cue. The words are data
(``rules/en/words.toml`` ``[clauses]``); see :func:`timeline.events.clauses.split_clauses`.

>>> from timeline.events.clauses import split_clauses
>>> text = "As many as 40 people were killed, and the town was evacuated."
>>> [(c.kind, text[c.start:c.end]) for c in split_clauses(text, 0, len(text))]
[('main', 'As many as 40 people were killed'), ('coord', 'and the town was evacuated.')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline.events.language import load_language
from timeline.events.lexicon import load_lexicon
from timeline.events.verbforms import is_finite_verb, passive_participle, past_form, verb_follows

if TYPE_CHECKING:
    from timeline.events.clauses import Token
    from timeline.events.language import Words

__all__ = ["comparison", "content_subject", "has_cue", "name_and_verb", "opening_clause", "past_follows",
           "report_follows", "reported_after", "subject_and_verb"]

_REPORTER_WORDS = 10  # words of a reporter ("a U.N. panel of experts") before its reporting verb


def comparison(tokens: list[Token], i: int, words: Words) -> bool:
    """Is the subordinator at ``i`` the first word of a comparison ("as many as", "as much as"),
    the same word two words on, rather than a clause's opener ("as soon as" opens one)?"""
    return (i + 2 < len(tokens) and tokens[i + 2].lower == tokens[i].lower
            and tokens[i + 1].lower not in words.subordinating_comparisons)


def past_follows(tokens: list[Token], i: int) -> bool:
    """Is token ``i`` a verb in the past ("scored", "stood": a past form, regular or listed in the
    lexicon) and not a participle with its agent ("led by")? After an aside ("The striker, who did
    not play, *scored* twice") it resumes the main clause though no event cue names it."""
    if i >= len(tokens) or not (tokens[i].text.isalpha() and tokens[i].text.islower()):
        return False
    word = tokens[i].lower
    return (past_form(word) or word in load_lexicon().past_forms) and not passive_participle(tokens, i) and (
        not word.endswith(_participle_endings()))


def _participle_endings() -> tuple[str, ...]:
    return load_language().words.participle_endings


def name_and_verb(tokens: list[Token], i: int, within: int) -> bool:
    """Does a name (capitalised words) start at ``i``, with a verb in the past right after it,
    within ``within`` words ("Dickson scored", "Gen. Ana Ruiz resigned")?"""
    j = i
    while j < min(len(tokens), i + within) and tokens[j].text[:1].isupper():
        j += 1
    return j > i and past_follows(tokens, j)


def reported_after(tokens: list[Token], i: int) -> bool:
    """Does a reporter come after token ``i``, a comma and a few words before a reporting verb
    ("..., and seven more have died, officials said")? Then what comes before it is all reported:
    the clauses stay together under their reporter."""
    cues = load_lexicon().cues
    for j in range(i, len(tokens)):
        if tokens[j].lower == "," and any(
                (cue := cues.get(t.lower)) is not None and cue.reporting is not None and not t.quoted
                for t in tokens[j + 1 : j + 1 + _AFTER_COMMA]):
            return True
    return False


_AFTER_COMMA = 6  # ", the state health department said": at most this many words after the comma


def has_cue(tokens: list[Token]) -> bool:
    """Does any of ``tokens`` (not quoted) name a happening (an event cue, verb or noun)?"""
    cues = load_lexicon().cues
    return any(t.lower in cues and not t.quoted for t in tokens)


def subject_and_verb(tokens: list[Token], i: int, words: Words) -> bool:
    """Does a clause with its own subject start at ``i`` (after ", and")? Within a few words and
    before any punctuation or conjunction, a finite auxiliary after at least one word ("she has
    been", "Ms Ardern was due"): a verb the event cues may not know. (A past form after a subject
    pronoun, ", and it placed", was measured too: two summaries better, but the split-off clause
    "It prompted an investigation" fell under the keep threshold and a key event of news6 with it.)
    Not ", and that ..." (a second thing said) nor ", and if ..."."""
    if i < len(tokens) and (tokens[i].lower in words.relative or tokens[i].lower in words.subordinators):
        return False  # ", and that ...", ", and if ...": what the clause before says, or a condition
    for j in range(i, min(len(tokens), i + _SUBJECT_WORDS + 1)):
        word = tokens[j]
        if word.lower in words.verb_stops or word.quoted:
            return False
        if j > i and word.text in words.finite_auxiliaries:
            return True
    return False


_SUBJECT_WORDS = 6  # at most this many words between ", and" and the verb of a clause of its own


def report_follows(tokens: list[Token], i: int, cues: dict) -> bool:
    """Is the first finite verb from token ``i`` a reporting verb after a subject of its own ("and
    the bank warned", not "and added")?"""
    for j in range(i, min(len(tokens), i + _REPORTER_WORDS + 1)):
        if tokens[j].lower in (",", ";", ":"):
            return False
        if is_finite_verb(tokens, j, cues):
            cue = cues.get(tokens[j].lower)
            return j > i and cue is not None and cue.reporting is not None
    return False


_PUNCTUATION = frozenset({",", ";", ":"})


def opening_clause(tokens: list[Token], comma: int, cues: dict, words: Words, has_verb: bool) -> bool:
    """Does the sentence open with a clause of its own that ends at ``comma`` ("After the rebels
    seized the airport, the army ...")? It has a verb, and a finite verb or auxiliary follows the
    comma before the next one, or a past form after a word of its subject (not a list: "When X led
    the entry, descent and landing team, ...")."""
    if not has_verb and not any(t.lower.endswith(words.past_endings) for t in tokens[1:comma]):
        return False
    for j in range(comma + 1, len(tokens)):
        if tokens[j].lower in _PUNCTUATION or tokens[j].lower in words.conjunctions:
            return False
        if tokens[j].lower in words.finite_auxiliaries or is_finite_verb(tokens, j, cues):
            return j > comma + 1  # a subject first
        if j > comma + 1 and past_follows(tokens, j) and tokens[j - 1].text.isalpha() and (
                tokens[j - 1].lower not in words.determiners and tokens[j - 1].lower not in words.prepositions):
            return True  # "When the storm hit, the mayor ordered ...": a past form no cue names
    return False


def content_subject(tokens: list[Token], verb: int, i: int, cues: dict, words: Words) -> bool:
    """Is token ``i`` ("and") inside the subject of what a saying verb reports without "that" ("The
    agency said the driver and his passenger were ...")? The last verb before it says (a
    ``claimed`` reporting verb), no comma nor verb stands between them, and no verb follows "and"."""
    cue = cues.get(tokens[verb].lower) if verb >= 0 else None
    if cue is None or cue.reporting != "claimed" or i - verb < 2:
        return False
    if any(t.lower in _PUNCTUATION or t.quoted for t in tokens[verb + 1 : i]):
        return False
    return not (verb_follows(tokens, i + 1, cues, 1) or past_follows(tokens, i + 1)
                or tokens[i + 1].text in words.auxiliaries)
