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

__all__ = ["aside_ends_opening", "clause_after_and", "comparison", "content_subject", "fixed_adverb", "has_cue",
           "joins_name", "main_verb_after", "name_and_verb", "open_subject", "opening_clause", "past_follows",
           "report_follows", "reported_after", "subject_and_verb", "verb_no_cue"]

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


def aside_ends_opening(tokens: list[Token], i: int, aside: int, cues: dict, words: Words) -> bool:
    """Does the aside (from ``aside``) whose comma is token ``i`` close a sentence-opening adverbial?
    "In Ijaw, which has 9,000 voters, Dickson scored": an adverb, then a verb cue or a name and a past
    form; "Over the survey, which began in 2015, the engineers mapped": a preposition and no verb
    before the aside, then either of those or a determiner's noun phrase and a past form."""
    within = _MAIN_AFTER_ASIDE
    main = verb_follows(tokens, i + 1, cues, within) or name_and_verb(tokens, i + 1, within)
    if tokens[0].lower in words.leading_adverbials and main:
        return True
    if tokens[0].lower not in words.prepositions or any(
            is_finite_verb(tokens, j, cues) or past_follows(tokens, j) or tokens[j].text in words.finite_auxiliaries
            for j in range(aside)):
        return False
    j = i + 1
    if main or j >= len(tokens) or tokens[j].lower not in words.determiners or tokens[j].lower in words.relative:
        return main
    j += 1  # "the engineers [mapped]": lower-case words up to the verb
    while j < min(len(tokens), i + 1 + within) and tokens[j].text.isalpha() and tokens[j].text.islower() and (
            not past_follows(tokens, j)):
        j += 1
    return j > i + 2 and past_follows(tokens, j)


_MAIN_AFTER_ASIDE = 4  # at most this many words between the aside's comma and the main verb


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
_ADVERBIAL_WORDS = 6  # ... and this many more when the clause opens with an adverbial ("on the same day")


def clause_after_and(tokens: list[Token], start: int, i: int, cues: dict, words: Words) -> bool:
    """Does a clause with its own subject and verb cue follow ", and" at ``i``, after a clause (from
    ``start``) whose past form no cue names but an open verb may ("The mayor opened the bridge, and
    the governor was freed"; not a stop verb: "linked five cases" would be no event, its words are
    kept with the next)? An opening adverbial, a preposition first, leaves more room ("and on the
    same day the governor was freed"). Not a verb without its subject ("and on Monday announced"),
    nor what a reporter after a comma says (:func:`reported_after`); the first verb after ", and"
    is a cue or a finite auxiliary (", and it placed" split off events too weak to be kept)."""
    from timeline.events.openverbs import load_open_verbs  # noqa: PLC0415 - it imports the clauses
    stops = load_open_verbs().stop_forms
    if i + 1 >= len(tokens) or not any(past_follows(tokens, j) and tokens[j].lower not in stops
                                       for j in range(start, i)):
        return False
    if tokens[i + 1].lower in words.relative or tokens[i + 1].lower in words.subordinators:
        return False  # ", and if ...", ", and that ...": a condition, a second thing said
    within = _SUBJECT_WORDS + (_ADVERBIAL_WORDS if tokens[i + 1].lower in words.prepositions else 0)
    verb = next((j for j in range(i + 1, min(len(tokens), i + within + 1))
                 if tokens[j].lower in words.verb_stops or tokens[j].lower in words.relative
                 or tokens[j].text in words.finite_auxiliaries or past_follows(tokens, j)
                 or is_finite_verb(tokens, j, cues)), None)  # the first verb, cue or not
    if verb is None or not (is_finite_verb(tokens, verb, cues) or tokens[verb].text in words.finite_auxiliaries):
        return False  # ", and ordered that ...", ", and it placed": no clause of its own with a cue
    before = verb - 1
    while before > i and tokens[before].lower in words.auxiliaries:
        before -= 1  # "the governor was [freed]"
    subject = tokens[before]
    return before > i and not (subject.lower in words.date_words or subject.lower in words.prepositions
                               or not subject.text.isalpha()) and not reported_after(tokens, i)


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
        if tokens[j].lower in words.conjunctions and joins_names(tokens, j):
            continue  # "..., Microsoft and Nokia took the wraps off ...": two names, one subject
        if tokens[j].lower == "," and _named_aside(tokens, comma + 1, j, words):
            return True  # "As the members took the oath, Uddhav Thackeray, who ..., met ...": a name, its aside
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


def _capitalised(token: Token | None) -> bool:
    return token is not None and token.text[:1].isupper() and token.text[:1].isalpha()


def joins_name(tokens: list[Token], i: int, words: Words) -> bool:
    """Is token ``i`` ("and") inside a name of several words ("the Independent Electoral and
    Boundaries Commission", "the Centre for Disease Control and Prevention (NCDC)")? The words on
    both sides are capitalised, the name runs on after the next word (a capitalised word or its
    short form in brackets; or it opens like "the Ministry of") and began before the word before (a
    capitalised word, a determiner, or a joiner after one: "the Department of Transport and Skills").
    "... attacked Ukraine and Vladimir Putin said": the name does not run back past "Ukraine"."""
    def at(j: int) -> Token | None:  # None before the first token and after the last
        return tokens[j] if 0 <= j < len(tokens) else None
    after, before = at(i + 2), at(i - 2)
    joined = before is not None and before.lower in words.name_joiners and _capitalised(at(i - 3))  # "Ministry of"
    return (_capitalised(at(i - 1)) and _capitalised(at(i + 1))
            and (_capitalised(after) or (after is not None and after.text == "(") or joined)
            and (_capitalised(before) or joined or (before is not None and before.lower in words.determiners)))


def joins_names(tokens: list[Token], i: int) -> bool:
    """Is token ``i`` ("and") between two capitalised words ("Microsoft and Nokia")?"""
    return 0 < i < len(tokens) - 1 and _capitalised(tokens[i - 1]) and _capitalised(tokens[i + 1])


def _named_aside(tokens: list[Token], first: int, comma: int, words: Words) -> bool:
    """Do the tokens from ``first`` to ``comma`` make a name (capitalised words) that a relative
    clause about a person follows (", who ...")?"""
    return (first < comma and comma + 1 < len(tokens) and tokens[comma + 1].lower in words.person_relatives
            and all(_capitalised(t) for t in tokens[first:comma]))


def fixed_adverb(tokens: list[Token], i: int, words: Words) -> bool:
    """Is the subordinator at ``i`` part of a fixed adverb ("at once", "once again": ``adverb_phrases``)
    rather than a clause's opener?"""
    before = f"{tokens[i - 1].lower} {tokens[i].lower}" if i > 0 else ""
    after = f"{tokens[i].lower} {tokens[i + 1].lower}" if i + 1 < len(tokens) else ""
    return before in words.adverb_phrases or after in words.adverb_phrases


def main_verb_after(tokens: list[Token], i: int, start: int, cues: dict, words: Words) -> bool:
    """Is token ``i`` the verb of the main clause, after a relative clause that a subject without a
    verb opened ("Two buildings that suffered damage *became* the focus")? It is a finite verb or a
    past form or a finite auxiliary, some words after the relative clause's own verb (not a
    reporting verb: "the man who police said *shot* him"), with no punctuation, conjunction or
    auxiliary between. The relative clause starts at ``start``."""
    verb = next((j for j in range(start + 1, i) if is_finite_verb(tokens, j, cues) or past_follows(tokens, j)), -1)
    if verb < 0 or i - verb < 2 or tokens[i].quoted:
        return False
    cue = cues.get(tokens[verb].lower)
    if cue is not None and cue.reporting is not None:
        return False
    if any(t.lower in words.verb_stops or t.quoted for t in tokens[start + 1 : i]) or any(
            t.lower in words.auxiliaries or t.lower in words.infinitive_markers or t.lower in words.relative
            for t in tokens[verb + 1 : i]):
        return False
    if tokens[i].text in words.finite_auxiliaries:
        return True
    before = tokens[i - 1]
    if before.lower in words.determiners or before.lower in words.amounts or any(c.isdigit() for c in before.text):
        return False  # "an 18-month suspended sentence": a past form before its noun describes it
    return past_follows(tokens, i)


def open_subject(tokens: list[Token], start: int, end: int, cues: dict, words: Words) -> int | None:
    """Where a subject still waiting for its verb starts, in the clause from ``start`` to the
    relative clause at ``end`` ("Two buildings in the city centre [that ...]"): ``start`` when the
    clause holds no verb (finite verb or auxiliary, past or -ing form), the conjunction after the
    clause's verb when a subject of its own follows it ("..., and two buildings [that ...]"), else None."""
    def verb(j: int) -> bool:
        return (tokens[j].text in words.finite_auxiliaries or tokens[j].lower.endswith(words.participle_endings)
                or is_finite_verb(tokens, j, cues) or past_follows(tokens, j))

    for j in range(end - 1, start - 1, -1):
        if tokens[j].lower in words.verb_stops:
            if j == end - 1:
                return None
            if not any(verb(k) for k in range(start, j)):
                return start
            return j if tokens[j].lower in words.verb_coordinators else None
        if verb(j):
            return None
    return start


def verb_no_cue(tokens: list[Token], i: int, words: Words) -> bool:
    """Is token ``i`` a finite auxiliary or a past form, a verb no event cue may name ("were", "became")?"""
    return tokens[i].text in words.finite_auxiliaries or past_follows(tokens, i)
