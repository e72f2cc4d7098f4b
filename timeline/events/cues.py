"""Cue words in a sentence: used as a verb or as a noun, and the type an open verb takes.

"the strike", "Strike Force" and "A missile strike on Sunday killed" use the cue "strike" as a
noun; "Protests erupted" is a protest because the open verb "erupt" takes the type of the nearest
noun cue of its clause.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from timeline.events.clauses import Clause, Token, clause_words
from timeline.events.lexicon import Cue, load_lexicon

if TYPE_CHECKING:
    from timeline.events.candidates import Candidate

__all__ = ["has_verb_cue", "is_noun_use", "is_past_form", "may_be_to_come", "typed_by_noun", "without_compound_nouns"]

_NOUN_REACH = 6  # tokens either side of an open verb where its noun is looked for


def has_verb_cue(tokens: list[Token], clause: Clause) -> bool:
    """Does ``clause`` hold an unquoted verb cue ("who *seized* ...")?"""
    cues = load_lexicon().cues
    return any(
        not t.quoted and (c := cues.get(t.lower)) is not None and c.pos == "verb"
        for t in tokens[clause.first : clause.stop]
    )


def is_noun_use(tokens: list[Token], i: int, cue: Cue) -> bool:
    """A cue word that is not a verb here: "the support of", "its strike", "State news agency".

    Capitalised words are names ("Strike Force", "State Department"), except an -ing form
    opening the sentence ("Speaking on Monday, ...").
    """
    word = tokens[i].text
    if word[0].isupper() and not (i == 0 and word.endswith(clause_words().participle_endings)):
        return True
    if cue.pos != "verb" or i == 0:
        return False
    return tokens[i - 1].lower in clause_words().noun_markers


def without_compound_nouns(tokens: list[Token], verbs: list) -> list:
    """"A missile strike on Sunday killed three": a bare verb form ("strike", "attack") followed in
    its clause by an inflected verb ("killed") is a noun there."""
    words = clause_words()
    out = []
    for n, (i, cue, clause) in enumerate(verbs):
        bare = (tokens[i].lower == cue.lemma and i > clause.first
                and tokens[i - 1].text not in words.auxiliaries
                and tokens[i - 1].lower not in words.infinitive_markers)
        if bare and any(c is clause and is_past_form(tokens[j].lower, c2.lemma)
                        for j, c2, c in verbs[n + 1:]):
            continue
        out.append((i, cue, clause))
    return out


def is_past_form(word: str, lemma: str) -> bool:
    """"killed", "struck", "fought": not the lemma, not "-s" or "-ing"."""
    return word != lemma and not word.endswith(clause_words().not_past_endings)


def may_be_to_come(text: str, candidate: Candidate) -> bool:
    """May the predicate of ``candidate`` tell of a happening still to come, as its tense allows
    ("the team plays on Friday", "is playing", "will play")? Not a noun, a past form, an
    infinitive, whose time is its governor's ("agreed to build"), nor a bare participle ("starting
    with the capital"), but one after an auxiliary ("is starting").
    """
    words = clause_words()
    word = candidate.predicate.lower
    before = " ".join(text[candidate.start : candidate.predicate.start].lower().split()[-1:])
    return candidate.cue.pos == "verb" and not is_past_form(word, candidate.cue.lemma) and (
        before not in words.infinitive_markers) and (
        not word.endswith(words.participle_endings) or before in words.finite_auxiliaries)


def typed_by_noun(tokens: list[Token], clause: Clause, index: int, cue: Cue) -> Cue:
    """An open verb ("erupted", "struck", "began") takes the type of the nearest noun cue of its
    clause: "Protests erupted" is a protest, "An earthquake struck" a disaster."""
    nouns = load_lexicon().noun_types
    best: tuple[int, str] | None = None
    for i in range(max(clause.first, index - _NOUN_REACH), min(clause.stop, index + _NOUN_REACH + 1)):
        found = nouns.get(tokens[i].lower)
        if (i != index and found is not None and not tokens[i].quoted
                and (best is None or abs(i - index) < best[0])):
            best = (abs(i - index), found)
    return replace(cue, event_type=best[1]) if best is not None else cue
