"""Open-world event verbs: a finite verb no cue names still reports a happening.

The cue list (``rules/en/cues.toml``) will never hold every verb of the news ("The president
*addressed* the nation", "The oath was *administered* by the chief justice", "A man *stabbed* two
commuters"). With ``Settings.open_verbs`` on, a clause whose content has no cue takes its finite
verb as the predicate, with the generic cue type of ``rules/en/openverbs.toml`` (the learned type
model decides the type). The verb is recognised by its form and its neighbours: a past form after
its subject, a past form after "was" or "has", a base form after "will" or "did", an -s form after
"she". Verbs that never report a happening (states, thought, feeling: "seemed", "is based") are a
data list. The words are data; the engine knows no English.

>>> from timeline.events.clauses import split_clauses, tokenize
>>> text = "The president addressed the nation on Monday."
>>> tokens = tokenize(text, 0, len(text))
>>> [(tokens[i].text, cue.lemma) for i, cue, _ in open_found(tokens, split_clauses(text, 0, len(text), tokens))]
[('addressed', 'address')]
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from timeline.events.clauses import Clause, Token, clause_words
from timeline.events.lexicon import Cue, SuffixRule, inflect, load_inflection, load_lexicon
from timeline.events.verbforms import is_finite_verb, noun_after_preposition

__all__ = ["OpenVerbs", "is_open_verb", "lemma_of", "load_open_verbs", "open_found", "open_verb",
           "present_passive"]

RULES = Path(__file__).parent / "rules"
_STOPS = frozenset({",", ";", ":", "(", ")", "-", "–", "—"})  # punctuation no subject or verb crosses


@dataclass(frozen=True, slots=True)
class OpenVerbs:
    """``openverbs.toml``: the cue type of an open verb, the verbs (lemmas and forms) that never
    report a happening, the irregular past forms, the lemma rules, the words that only look like
    past forms, the auxiliaries that make a form a verb, and the examples (sentence, predicate or
    "" for none, lemma)."""

    event_type: str
    stop_lemmas: frozenset[str]
    stop_forms: frozenset[str]
    irregular: dict[str, str]
    lemma_rules: tuple[SuffixRule, ...]
    ing_rules: tuple[SuffixRule, ...]
    not_verbs: frozenset[str]
    not_after: frozenset[str]
    min_length: int
    participle_after: frozenset[str]
    progressive_after: frozenset[str]
    base_after: frozenset[str]
    present: frozenset[str]
    third_person_subjects: frozenset[str]
    examples: tuple[tuple[str, str, str], ...]


@lru_cache(maxsize=4)
def load_open_verbs(language: str = "en") -> OpenVerbs:
    """The open-verb rules of ``language``; a missing table is an error naming the file."""
    path = RULES / language / "openverbs.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    try:
        stop = frozenset(data["stop"]["lemmas"])
        forms = {f for lemma in stop for f in inflect(lemma, language)} | set(data["stop"]["forms"])
        aux = data["auxiliaries"]
        return OpenVerbs(
            event_type=data["event_type"],
            stop_lemmas=stop,
            stop_forms=frozenset(forms),
            irregular=dict(data["irregular"]),
            lemma_rules=_suffix_rules(data["lemma"]["rules"]),
            ing_rules=_suffix_rules(data["lemma"]["ing_rules"]),
            not_verbs=frozenset(data["forms"]["not_verbs"]),
            not_after=frozenset(data["forms"]["not_after"]),
            min_length=int(data["forms"]["min_length"]),
            participle_after=frozenset(aux["participle"]),
            progressive_after=frozenset(aux["progressive"]),
            base_after=frozenset(aux["base"]),
            present=frozenset(aux["present"]),
            third_person_subjects=frozenset(aux["third_person_subjects"]),
            examples=tuple((e["text"], e["predicate"], e.get("lemma", "")) for e in data.get("examples", ())),
        )
    except (KeyError, TypeError) as error:
        raise ValueError(f"{path}: missing or bad {error}") from None


def _suffix_rules(rows: list[dict]) -> tuple[SuffixRule, ...]:
    return tuple(SuffixRule(add=r.get("add", ""), endings=tuple(r["endings"]), drop=r.get("drop", 0)) for r in rows)


def lemma_of(word: str) -> str:
    """The lemma of a verb form: from the irregular forms, else by the first lemma rule whose
    ending fits a past form, else the word itself.

    >>> lemma_of("tabled"), lemma_of("paid"), lemma_of("addressed"), lemma_of("running")
    ('table', 'pay', 'address', 'run')
    """
    rules = load_open_verbs()
    if word in rules.irregular:
        return rules.irregular[word]
    for endings, table in ((clause_words().past_endings, rules.lemma_rules),
                           (clause_words().participle_endings, rules.ing_rules)):
        if word.endswith(endings):
            vowels = load_inflection().vowels
            rule = next((r for r in table if r.fits(word, vowels) is not None), None)
            return word if rule is None else word[: len(word) - rule.drop] + rule.add
    if word.endswith(clause_words().third_person_endings) and not word.endswith(
            clause_words().not_third_person_endings):
        return word[: -len(next(e for e in clause_words().third_person_endings if word.endswith(e)))]
    return word


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """Words that are never an open verb: auxiliaries, determiners, pronouns, conjunctions..."""
    w = clause_words()
    return (w.auxiliaries | w.determiners | w.prepositions | w.conjunctions | w.subject_pronouns
            | w.personal_pronouns | w.relative | w.subordinators | w.infinitive_markers | w.noun_markers
            | load_lexicon().negation)


def _skippable(token: Token) -> bool:
    """An adverb or negation between an auxiliary and its verb ("has also paid", "did not pay")."""
    rules = load_open_verbs()
    word = token.lower
    if word in rules.participle_after or word in rules.base_after:
        return False
    return word in clause_words().auxiliaries or word in load_lexicon().negation or (
        word.endswith(clause_words().adverb_endings) and token.text.isalpha() and token.text.islower())


def _is_past(word: str, rules: OpenVerbs) -> bool:
    return word in rules.irregular or (
        word.endswith(clause_words().past_endings) and len(word) >= rules.min_length)


def open_verb(tokens: list[Token], i: int, clause: Clause) -> Cue | None:
    """The generic cue of token ``i`` of ``clause`` when it is a finite verb that no cue names
    and no stop verb; else None."""
    rules = load_open_verbs()
    tok = tokens[i]
    word = tok.lower
    if (tok.quoted or not tok.text.isalpha() or not tok.text.islower() or word in load_lexicon().cues
            or word in rules.stop_forms or word in rules.not_verbs or word in _function_words()):
        return None
    j = i - 1
    while j >= clause.first and _skippable(tokens[j]):
        j -= 1
    prev = tokens[j] if j >= clause.first else None
    past = _is_past(word, rules)
    ing = word.endswith(clause_words().participle_endings)
    if ing:
        ok = prev is not None and prev.lower in rules.progressive_after  # "are asking", "is still dealing"
    elif prev is not None and prev.lower in rules.participle_after:
        ok = past  # "was received", "has paid", "were hospitalised"
    elif prev is not None and prev.lower in rules.base_after:
        ok = not past or rules.irregular.get(word) == word  # "will address", "did not pay", "will put"
    elif past and prev is None and clause.kind == "cont":
        ok = True  # "The striker, who won the cup, *retired*": the subject stands before the aside
    elif past and prev is not None and prev.text == "," and _closes_subject_aside(tokens, j, clause):
        ok = not _inside_subject(tokens, i, clause)  # "Ann Lee, a former clerk, gave the car ..."
    elif past:
        ok = _after_subject(prev) and not _inside_subject(tokens, i, clause)
    else:
        ok = (prev is not None and prev.lower in rules.third_person_subjects and j == i - 1
              and word.endswith(clause_words().third_person_endings)
              and not word.endswith(clause_words().not_third_person_endings))  # "she resigns"
    if not ok:
        return None
    lemma = lemma_of(word)
    return None if lemma in rules.stop_lemmas else Cue(lemma, rules.event_type, "verb")


def _after_subject(prev: Token | None) -> bool:
    """Can ``prev`` end the subject of a verb: a name, a pronoun, a noun? Not a determiner, a
    preposition, a conjunction, a number or punctuation ("the injured", "in detailed talks", ", led")."""
    if prev is None or not prev.text.isalpha():
        return False
    words = clause_words()
    word = prev.lower
    if word in words.subject_pronouns or word in words.personal_pronouns:
        return True  # "she apologised", "which handed"
    return not (word in _function_words() or word in load_open_verbs().not_after or word in words.superlatives)


def _closes_subject_aside(tokens: list[Token], comma: int, clause: Clause) -> bool:
    """Does the comma at ``comma`` close an aside after the subject that opens the clause ("Ann
    Lee, a former clerk, gave ...")? The clause opens with a capitalised word that is no
    function word ("In 2004, ..." opens with a phrase), one comma before holds the aside, which
    has no auxiliary (then it is a clause of its own), and a word, not a number, ends the subject."""
    words = clause_words()
    opening = tokens[clause.first]
    commas = [k for k in range(clause.first + 1, comma) if tokens[k].text == ","]
    if not (opening.text[:1].isupper() and opening.text.isalpha()) or opening.lower in _function_words() and (
            opening.lower not in words.determiners) or len(commas) != 1:
        return False
    if opening.lower in words.leading_adverbials or not tokens[commas[0] - 1].text.isalpha():
        return False
    return not any(t.text in words.auxiliaries for t in tokens[commas[0] + 1 : comma])


def _inside_subject(tokens: list[Token], i: int, clause: Clause) -> bool:
    """Does a verb of the clause follow token ``i`` before a comma, conjunction or relative word
    ("the bill *tabled* on Monday was passed")? Then ``i`` is a participle inside the subject.
    A past form with its agent and no auxiliary ("a plan backed by Paris") is one too."""
    words = clause_words()
    cues = load_lexicon().cues
    nxt = i + 1
    if nxt < clause.stop and tokens[nxt].lower in words.particles:
        nxt += 1
    if nxt < clause.stop and tokens[nxt].lower in words.agent_markers:
        return True
    for k in range(i + 1, clause.stop):
        t = tokens[k]
        if (t.lower in _STOPS or t.lower in words.conjunctions or t.lower in words.relative
                or t.lower in words.subordinators):
            return False
        if t.text in words.finite_auxiliaries:  # "may", not the month of "in May"
            return True
        if (is_finite_verb(tokens, k, cues) and tokens[k].lower != cues[tokens[k].lower].lemma
                and not noun_after_preposition(tokens, k)):
            return True  # "the man arrested on Friday *died*"; not "paid a visit"
    return False


def open_found(tokens: list[Token], group: list[Clause]) -> list[tuple[int, Cue, Clause]]:
    """The open verbs of the clauses of ``group``, as (token index, cue, clause), in text order."""
    return [(i, cue, clause) for clause in group for i in range(clause.first, clause.stop)
            if (cue := open_verb(tokens, i, clause)) is not None]


def is_open_verb(predicate: Token, cue: Cue) -> bool:
    """Is ``predicate`` an open-world verb (a verb no cue of ``cues.toml`` names)?"""
    return cue.pos == "verb" and predicate.lower not in load_lexicon().cues


def present_passive(text: str, predicate: Token, cue: Cue) -> bool:
    """Is the open verb ``predicate`` a passive in the present ("is powered by", "are located")?
    Undated, such a clause describes, it reports no happening.

    >>> text = "The phone is powered by a fast chip."
    >>> present_passive(text, tokenize_word(text, "powered"), Cue("power", "happening", "verb"))
    True
    """
    if not is_open_verb(predicate, cue):
        return False
    rules = load_open_verbs()
    before = text[max(0, predicate.start - 40) : predicate.start].lower().split()
    while before and before[-1] in clause_words().auxiliaries and before[-1] not in rules.present and (
            before[-1] not in rules.participle_after):
        before.pop()  # "is also used", "are still located"
    return bool(before) and before[-1] in rules.present


def tokenize_word(text: str, word: str) -> Token:
    """The token of the first ``word`` of ``text`` (for examples and tests)."""
    from timeline.events.clauses import tokenize  # noqa: PLC0415 - a helper of the examples

    return next(t for t in tokenize(text, 0, len(text)) if t.text == word)
