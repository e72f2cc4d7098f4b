"""Vetting the model's names: what the statistical model calls a person or organisation but the
article shows to be a thing, a fragment or a credit.

The small NER model labels a rover, an asteroid, a drug, a typhoon or a lab test as a person or
an organisation. The article itself usually says what the name is; the cues are the word lists
of the ``[vetting]`` table of ``rules/<language>/words.toml``:

* **things, from evidence anywhere in the article**: a name right after a thing cue ("the
  asteroid Bennu", "Typhoon Haiyan", "the arthritis treatment Humira", "the first rover,
  Sojourner", "a capsule the crew named Resilience", "the satellite, named Daichi") or right
  before a thing head ("NASA's Curiosity rover", "Lassa fever", "Legionnaires' disease", "a
  PCR test", "the Sensex index") is a thing in every mention of the article,
  unless the article also writes it as an owner ("Curiosity's") or with a company suffix, or
  makes it act ("NASA says"): a maker's name before its products ("a SpaceX rocket") stays an
  actor. A name whose own last
  word is a thing head ("Gale Crater") is a thing;
* **descriptors, at the mention**: a name right before a descriptor head ("the Madheshi
  community", "the Lok Sabha elections") describes the noun after it, there only;
* **fragments**: a name cut inside a hyphenated word ("OSIRIS" of "OSIRIS-REx") or before a
  digit written onto it ("Star One C" of "Star One C1"), ending in a joining word ("Second Launch
  Pad of"), a plural of a role ("Union Ministers"), or a person written as the author of a
  quoted work ("Beethoven's \"Ode to Joy\""; not after a role: "director Vladimir Kott's \"Mukha\"");
* **designations**: a name right after a model code ("F-15E Strike Eagles", "BGM-71 TOW
  missiles") is that model's name, a thing;
* **links**: any actor, known or not, right before a hyphen and a ``link_suffixes`` word ("the
  al-Qaida-linked Nusra Front"), or between an indefinite article and a lower-case noun ("a
  United Nations expert", "a Vodafone contract", "a High Court judge"; not a role that speaks: "a
  Microsoft spokesperson said"), a person's name between a determiner and an organisation
  noun ("the Hindutva party"), and a name right before a law's last word ("the Kenya National
  Examinations Council (Amendment) Bill") qualifies the noun after it; that mention is no actor;
* **non-actor acronyms**: an acronym defined in brackets after words that are no actor ("near
  field communication (NFC)") is no actor; ``never_actors`` (celestial bodies, time zones)
  never are; a name the model calls a place once and an actor elsewhere is that actor;
* **portfolios**: a name right after a portfolio title and "of" ("former Minister of Petroleum
  Resources Diezani"), or after a further "of" of the same title ("Minister of Welfare of Tea
  Tribes and of Labour and Employment"), is the office, not an organisation;
* **quoted words**: one word alone in quotes ('"Maintained," the judge said') is a word said;
* **credits**: a name inside a bracketed credit ("(File photo/Reuters)", "(UNI):") or after a
  credit cue ("analysts polled by FactSet") is attribution (kind ``outlet``), never an actor.

Only the model's own names (people and organisations no gazetteer entry knows) are vetted: the
gazetteer's actors are known. Evidence is gathered in one pass over the text, so the step stays linear.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from timeline.actors.gazetteer import Gazetteer
from timeline.actors.language import ActorWords, alternation
from timeline.model import ActorMention

__all__ = ["thing_names", "vet"]

_OPEN_KINDS = frozenset({"person", "organisation"})
_WORD = re.compile(r"[^\W_][\w.'’\-]*")
_LOOK = 60  # characters read on either side of a cue
_QUOTED_WORD = re.compile(r"[\"“‘'][\w\-]+[,.!?]?[\"”’']")  # '"Maintained," the judge said': a word said
_MAX_WORDS = 4  # words of a name next to a cue
_DESIGNATION = re.compile(r"\d[\w.\-]*|[IVX]+|[a-z]+-[a-z]+")  # a model number or a compound adjective
_CREDIT_BRACKET = re.compile(r"\(([^()\n]{1,60})\)")
_CREDIT_END = re.compile(r"\)[ \t]*(?::|[-–—])")  # "(UNI):", "(AP) -": a wire credit
_NOUN_AFTER = re.compile(r"[ \t]+([a-z][a-z\-]+)\b(?![ \t]*\()")  # "a Vodafone| contract"
_CODE_BEFORE = re.compile(r"(?<![\w\-])[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Za-z]{0,2}[ \t]+\Z")  # "F-15E ", "BGM-71 "


@lru_cache(maxsize=4)
def _patterns(words: ActorWords) -> tuple[re.Pattern, ...] | None:
    if not words.thing_cues or not words.thing_heads:
        return None
    naming = alternation(words.naming_verbs) if words.naming_verbs else "(?!)"
    cue = re.compile(rf"\b(?:{alternation(words.thing_cues)})\b,?(?:[ \t]+[a-z]+){{0,3}}?[ \t]+(?:{naming})\b"
                     rf"[ \t]*['‘\"“]?|\b(?:{alternation(words.thing_cues)})\b[ \t]*,?[ \t]*['‘\"“]?", re.IGNORECASE)
    head = re.compile(rf"(?:['’]s?)?[ \t\-]+(?:{alternation(words.thing_heads)})\b", re.IGNORECASE)
    portfolio = alternation(words.portfolio_titles) if words.portfolio_titles else "(?!)"
    credit = re.compile(rf"\b(?:{alternation(words.credit_cues)})[ \t]+\Z" if words.credit_cues else r"(?!)")
    determiners = alternation(words.name_determiners)
    preps = alternation(words.role_prepositions)
    joiners = alternation(words.name_joiners)
    det = rf"(?:(?:{determiners})[ \t]+)?"
    titled = re.compile(rf"\b(?:{portfolio})[ \t]+(?:{preps})[ \t]+{det}"
                        rf"(?:(?:(?:[A-Z][\w\-]*,?|{joiners})[ \t]+)+?(?:{preps})[ \t]+{det})?\Z")
    # "Minister of Petroleum Resources", "Minister of Welfare of Tea Tribes and of Labour and Employment"
    return cue, head, credit, titled


def thing_names(text: str, words: ActorWords) -> frozenset[str]:
    """The names the article writes next to a thing cue or head (every 1 to 4 words of them).

    >>> from timeline.actors.language import load_language
    >>> names = thing_names("NASA's Curiosity rover landed. The asteroid Bennu is far.", load_language())
    >>> "Curiosity" in names, "Bennu" in names, "NASA" in names
    (True, True, False)
    """
    pats = _patterns(words)
    if pats is None:
        return frozenset()
    cue, head = pats[:2]
    found: set[str] = set()
    for m in cue.finditer(text):
        after = []
        for w in _WORD.finditer(text, m.end(), min(len(text), m.end() + _LOOK)):
            token = w.group().rstrip(".,'’")
            if not token[:1].isupper() or (after and w.start() - after[-1][1] > 1):
                break
            after.append((token, w.end()))
            if len(after) == _MAX_WORDS:
                break
        found.update(" ".join(t for t, _ in after[:k]) for k in range(1, len(after) + 1))
    for m in head.finditer(text):
        before = text[max(0, m.start() - _LOOK) : m.start()].split()[-_MAX_WORDS:]
        while len(before) > 1 and _DESIGNATION.fullmatch(before[-1]):
            before.pop()  # "Tegra 4 quad-core chipset", "an Atlas V rocket": the name before the model
        while before and before[0][:1].islower():
            before.pop(0)
        found.update(" ".join(before[-k:]) for k in range(1, len(before) + 1)
                     if before[-k][:1].isupper())
    return frozenset(found)


def _same_labels(mentions: list[ActorMention], opened: list[ActorMention]) -> list[ActorMention]:
    """A name the model calls a place in one sentence and an organisation or person in another,
    and that no place data knows (``country`` empty), is that actor everywhere ("the Super
    Eagles")."""
    actors = {m.name: m for m in opened}
    return [replace(m, kind=actors[m.name].kind, actor_id=actors[m.name].actor_id)
            if m.kind == "place" and not m.country and m.name in actors else m for m in mentions]


def _bracketed_non_actors(text: str, mentions: list[ActorMention], opened: list[ActorMention]) -> set[str]:
    """Acronyms defined in brackets after words that name no actor ("near field communication
    (NFC)", "the Africa Cup of Nations (AFCON)" when the cup is no actor): not actors either."""
    ends = {m.end for m in mentions if m.kind not in ("place", "outlet")}
    out = set()
    for m in opened:
        if m.name.isupper() and text[m.start - 1 : m.start] == "(" and text[m.end : m.end + 1] == ")":
            before = m.start - 1
            while before > 0 and text[before - 1] in " \t":
                before -= 1
            if before not in ends:
                out.add(m.name)
    return out


def _owners(text: str, names: set[str], words: ActorWords) -> set[str]:
    """The names the article writes as an owner ("Curiosity's") or with a company suffix; one
    pass over the text (the 1 to 4 words before every possessive or suffix)."""
    if not names:
        return set()
    marks = [*words.possessive_endings, *(f" {s}" for s in words.company_suffixes)]
    found: set[str] = set()
    for m in re.finditer(rf"(?:{alternation(marks)})(?!\w)", text):
        before = text[max(0, m.start() - _LOOK) : m.start()].split()[-_MAX_WORDS:]
        found.update(" ".join(before[-k:]) for k in range(1, len(before) + 1))
    return names & found


def _acting(text: str, names: set[str], opened: list[ActorMention], words: ActorWords) -> set[str]:
    """The names some mention of which acts: an ``agent_verbs`` verb right after it ("NASA says
    the upper stage separated" beside "a NASA spacecraft"): a maker, not a thing."""
    if not names or not words.agent_verbs:
        return set()
    acts = re.compile(rf"[ \t]+(?:{alternation(words.agent_verbs)})\b")
    return {m.name for m in opened if m.name in names and acts.match(text, m.end)}


def _open(m: ActorMention, gaz: Gazetteer) -> bool:
    """Whether ``m`` is one of the model's own people or organisations (no gazetteer actor)."""
    return m.kind in _OPEN_KINDS and gaz.actor(m.actor_id.split("@", 1)[0]) is None


def vet(text: str, mentions: list[ActorMention], gaz: Gazetteer) -> list[ActorMention]:
    """``mentions`` without the model's names the article shows to be things, descriptors or
    fragments; credits become outlets (attribution). See the module doc.

    >>> from timeline.actors.gazetteer import load_gazetteer
    >>> text = "The asteroid Bennu was sampled. Bennu is old."
    >>> ms = [ActorMention(13, 18, "Bennu", "person:bennu", "Bennu", "person"),
    ...       ActorMention(32, 37, "Bennu", "person:bennu", "Bennu", "person")]
    >>> vet(text, ms, load_gazetteer())
    []
    """
    words = gaz.rules
    pats = _patterns(words)
    linked = _linked(text, mentions, words)
    mentions = [m for m in mentions if m.start not in linked]
    opened = [m for m in mentions if _open(m, gaz)]
    if pats is None or not opened:
        return mentions
    mentions = _same_labels(mentions, opened)
    things = thing_names(text, words) & {m.name for m in opened}
    things -= _owners(text, things, words)
    things -= _acting(text, things, opened, words)
    things |= _bracketed_non_actors(text, mentions, opened)
    things |= set(words.never_actors)
    heads = {h.lower() for h in words.thing_heads}
    descriptors = frozenset(words.descriptor_heads)
    credits = _credit_spans(text)
    out = []
    for m in mentions:
        if not _open(m, gaz):
            out.append(m)
            continue
        credited = pats[2].search(text, max(0, m.start - _LOOK), m.start)
        if credited or any(s <= m.start and m.end <= e for s, e in credits):
            out.append(replace(m, kind="outlet"))
            continue
        if pats[3].search(text, max(0, m.start - _LOOK), m.start):
            continue  # "Minister of Petroleum Resources": a portfolio, not an organisation
        last = m.name.split()[-1]
        if m.name in things or (last.lower() in heads and " " in m.name) or _fragment(text, m, words) \
                or _QUOTED_WORD.match(text, m.start - 1, m.end + 3) \
                or _CODE_BEFORE.search(text, max(0, m.start - 12), m.start):
            continue
        after = re.match(r"[ \t]+([\w\-]+)", text[m.end : m.end + 30])
        if after and after.group(1).lower() in descriptors:
            continue
        out.append(m)
    return out


@lru_cache(maxsize=4)
def _described(words: ActorWords) -> tuple[re.Pattern, re.Pattern]:
    """An organisation noun right after a name, and a determiner right before one."""
    return (re.compile(rf"[ \t]+(?:{alternation(words.reference_nouns) or '(?!)'})\b"),
            re.compile(rf"\b(?:{alternation(words.name_determiners)})[ \t]+\Z"))


def _linked(text: str, mentions: list[ActorMention], words: ActorWords) -> set[int]:
    """Starts of the actor mentions (not places or countries) that only qualify a noun: the
    first half of a hyphenated modifier ("al-Qaida-linked", "Hamas-affiliated"), or a name
    between an indefinite article and a lower-case noun ("a United Nations expert", "a Vodafone
    contract", "a Trump supporter")."""
    if not words.link_suffixes:
        return set()
    link = re.compile(rf"-(?:{alternation(words.link_suffixes)})\b"
                      + (rf"|(?:[ \t]+\([A-Z][\w ]{{0,30}}\))?[ \t]+(?:{alternation(words.law_heads)})\b"
                         if words.law_heads else ""))  # "... Council (Amendment) Bill"
    article = re.compile(rf"(?:^|[\s(])(?:{alternation(words.indefinite_articles)})[ \t]+\Z", re.IGNORECASE) \
        if words.indefinite_articles else None
    speaks = re.compile(rf"(?:[ \t]+[\w\-]+){{0,2}}?[ \t]+(?:{alternation(words.agent_verbs)})\b"
                        if words.agent_verbs else r"(?!)")  # "a Microsoft spokesperson said": the company speaks
    out = set()
    for m in mentions:
        if m.kind in ("place", "outlet", "country"):
            continue
        noun_after, determiner = _described(words)
        if m.kind == "person" and noun_after.match(text, m.end) \
                and determiner.search(text, max(0, m.start - 6), m.start):
            out.add(m.start)  # "the Hindutva party": the name describes the party, no person
            continue
        noun = _NOUN_AFTER.match(text, m.end)
        modifies = noun is not None and noun.group(1) not in words.function_words \
            and noun.group(1) not in words.thing_heads \
            and not ((noun.group(1) in words.role_word_set or noun.group(1) in words.organ_nouns)
                     and speaks.match(text, noun.end()))  # "a U.N. panel of experts said": the U.N. speaks
        if link.match(text, m.end) or (article is not None and modifies
                                       and article.search(text, max(0, m.start - 10), m.start)):
            out.add(m.start)
    return out


def _fragment(text: str, m: ActorMention, words: ActorWords) -> bool:
    """A cut name: inside a hyphenated word, ending in a joining word, a plural of a role, or a
    person written as the author of a quoted work (not after a role word: "director Ann Lee's")."""
    if re.match(r"-\w", text[m.end : m.end + 2]) or re.search(r"\w-\Z", text[max(0, m.start - 2) : m.start]):
        return True
    if text[m.end : m.end + 1].isdigit() and text[m.end - 1 : m.end].isalpha():
        return True  # "Star One C" of "Star One C1": a model designation cut before its digit
    parts = m.text.split()
    if parts[-1] in words.name_joiners:
        return True
    if len(parts) > 1 and (parts[-1].lower() in words.plural_roles or parts[0].lower() in words.plural_roles):
        return True  # "Union Ministers", "Ministers of State": people of a role, not a name
    before = text[max(0, m.start - _LOOK) : m.start].split()[-1:]  # "director Vladimir Kott's \"Mukha\"": a
    return m.kind == "person" and re.match(r"['’]s[ \t]+[\"“‘]", text[m.end : m.end + 5]) is not None \
        and not (before and before[0].lower() in words.role_word_set)  # person of the story, in a role


def _credit_spans(text: str) -> list[tuple[int, int]]:
    """Brackets that hold a credit: a slash or a bar ("(File photo/Reuters)", "(Photo | PTI)")
    or a wire's name before a colon or dash ("(UNI):")."""
    spans = []
    for m in _CREDIT_BRACKET.finditer(text):
        inner = m.group(1)
        if "/" in inner or "|" in inner or (_CREDIT_END.match(text, m.end() - 1) and inner.replace(".", "").isupper()):
            spans.append(m.span())
    return spans
