"""Which words of a sentence are verbs, and of which form: the tests the clause reader
(:mod:`timeline.events.clauses`) cuts clauses with. A cue word is a finite verb unless quoted, a
name, after a noun marker ("the strike"), an -ing form, or a past form with its agent and no
auxiliary ("landslides set off by rain": a participle). The words are data (``words.toml``,
``inflection.toml``, ``cues.toml``); the engine knows no English.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from timeline.events.language import Words, load_language
from timeline.events.lexicon import load_lexicon

if TYPE_CHECKING:
    from timeline.events.clauses import Token

__all__ = ["after_verb", "is_finite_verb", "noun_after_preposition", "passive_participle", "past_form",
           "plural_noun_like", "verb_follows"]


@lru_cache(maxsize=1)
def _words() -> Words:
    return load_language().words


def is_finite_verb(tokens: list[Token], i: int, cues: dict) -> bool:
    """A verb cue used as a verb: not quoted, not a name, not "the strike", not "-ing"."""
    tok = tokens[i]
    cue = cues.get(tok.lower)
    if cue is None or cue.pos != "verb" or tok.quoted or tok.lower.endswith(_participles()):
        return False
    if i > 0 and tok.text[0].isupper():
        return False
    if passive_participle(tokens, i):
        return False  # "landslides set off by rain", "a panel, led by X, held": a participle
    return i == 0 or tokens[i - 1].lower not in _noun_markers()


@lru_cache(maxsize=1)
def _noun_markers() -> frozenset[str]:
    return _words().noun_markers


def passive_participle(tokens: list[Token], i: int) -> bool:
    """Is token ``i`` a participle with its agent and no auxiliary ("landslides *set* off by rain",
    "a panel, *led* by the chief justice,"): "by" follows it (perhaps after a particle) and no
    auxiliary stands before it ("was seized by rebels" is finite)?"""
    words = _words()
    if i == 0 or tokens[i - 1].lower in words.auxiliaries or not past_form(tokens[i].lower):
        return False  # "an attack by gunmen": a noun
    j = i + 1
    if j < len(tokens) and tokens[j].lower in words.particles:
        j += 1
    if not (j + 1 < len(tokens) and tokens[j].lower in words.agent_markers):
        return False
    after = tokens[j + 1].lower  # "fell by almost half", "rose by 5%": a measure, not an agent
    return not (after[:1].isdigit() or after in words.approximations or after in words.amounts
                or after in words.fractions)


@lru_cache(maxsize=1)
def _participles() -> tuple[str, ...]:
    return _words().participle_endings


def verb_follows(tokens: list[Token], i: int, cues: dict, within: int) -> bool:
    """A finite verb cue within ``within`` words from ``i`` (its subject may come first)."""
    stops = _words().verb_stops
    for j in range(i, min(len(tokens), i + within + 1)):
        if tokens[j].lower in stops:
            return False
        if is_finite_verb(tokens, j, cues) and not plural_noun_like(tokens, j, i):
            return True
    return False


def plural_noun_like(tokens: list[Token], j: int, first: int) -> bool:
    """"air and artillery strikes", "months of street protests": an -s form after other words
    is read as a plural noun unless a pronoun or a name stands right before it."""
    words = _words()
    word = tokens[j].lower
    if not word.endswith(words.third_person_endings) or word.endswith(words.not_third_person_endings) \
            or j == first:
        return False
    before = tokens[j - 1]
    return not (before.lower in words.subject_pronouns or before.text[:1].isupper())


def after_verb(tokens: list[Token], i: int, cues: dict, words: Words) -> bool:
    """Does "that" at ``i`` follow a verb right before it ("the panel held that ...", "his lawyers
    asked that he be held ...", "the court suspended that sentence")? Then it opens what the verb
    says or the noun it acts on, not a relative clause of a noun: the clause stays with its verb."""
    if tokens[i].lower not in words.determiner_relatives or i < 2:
        return False
    before, word = tokens[i - 2], tokens[i - 1]
    if (not (word.text.isalpha() and word.text.islower()) or before.lower in words.determiners
            or before.lower in words.copulas  # "she was satisfied that ...": an adjective
            or word.lower in load_lexicon().planned):  # "demanded that X pay": X's paying is planned
        return False
    return past_form(word.lower) and (is_finite_verb(tokens, i - 1, cues) or (
        word.lower.endswith(words.past_endings) and before.lower not in words.prepositions))


def past_form(word: str) -> bool:
    """Is ``word`` a past form: a verb cue's inflected form that is neither its -s nor its -ing
    form ("held", "suspended"), or any word ending like a past form ("asked")? Not a base form
    ("breach", "attack"), which may be a noun."""
    words = _words()
    cue = load_lexicon().cues.get(word)
    if cue is None or cue.pos != "verb":
        return word.endswith(words.past_endings)
    if word == cue.lemma:
        return word in load_lexicon().unchanged_past  # "set off by rain"; not "an attack by"
    return not word.endswith(words.third_person_endings + words.participle_endings)


def noun_after_preposition(tokens: list[Token], i: int) -> bool:
    """Is token ``i``, a bare or -s form, a noun in a phrase after a preposition or a number
    ("pleaded guilty to multiple *charges*", "stranded by flash *floods*", "polled 366,781 *votes*")?
    A preposition two words before, with a lower-case word between, or a number right before."""
    words = _words()
    if i < 1 or past_form(tokens[i].lower) or tokens[i].lower.endswith(_participles()):
        return False
    before = tokens[i - 1]
    if before.text[:1].isdigit():
        return True
    return (i >= 2 and tokens[i - 2].lower in words.prepositions and before.text.isalpha() and before.text.islower()
            and before.text not in words.auxiliaries and before.lower not in words.infinitive_markers)
