"""Span repair of the model's names: the words at the edges of an entity that are no part of
the name it gives.

The small model's spans carry what a reader leaves out of a name: a hyphenated descriptor
("State-run Canara Bank", "Kochi-based Federal Bank", "BJP-led National Democratic Alliance"),
the letters after a person's name ("Donna McColgan KC") and a period's code ("Federal Bank Q2").
The words are data (``descriptor_suffixes``, ``post_nominals``, ``period_codes`` in
``rules/<language>/words.toml``); :func:`timeline.actors.open_world.clean_span` calls these with
the other edge rules (determiners, titles, possessives). A name the model labelled an
organisation that opens with initials and has no organisation word is a person's
(:func:`initialled_person`: "K. Narayana Swamy"). A span is cut before a bracket it does not
close ("Jatiya Oikya Front (National Unity Front") and a spaced dash ("Pratap Jena - Health"),
and without a coordinator at its end ("Ecobank Transnational and") (:func:`cut_span`); a span that
lists names is split (:func:`split_lists`: "Qualcomm, Telefonica Ventures", "Japarov and Rahmon").
"""

from __future__ import annotations

import re

from timeline.actors.language import ActorWords
from timeline.actors.ner import Entity
from timeline.actors.places import is_place

__all__ = ["cut_span", "initialled_person", "no_name", "split_lists", "undescribed", "with_kept_stop",
           "without_period_code", "without_post_nominals"]

_LONE_LETTER = re.compile(r"[ \t]+([A-Z])\Z")


def undescribed(text: str, start: int, end: int, words: ActorWords) -> int:
    """Where the name starts after a hyphenated descriptor ("State-run", "Kochi-based") or an
    indefinite article ("An Election Commission official") that opens a span of two words or
    more; an article before an initial is a name's ("A S Kiran Kumar").

    >>> from timeline.actors.language import load_language
    >>> text = "Shares of Kochi-based Federal Bank"
    >>> text[undescribed(text, 0, len(text), load_language()):]
    'Federal Bank'
    >>> [t[undescribed(t, 0, len(t), load_language()):] for t in ("An Election Board", "A S Rao")]
    ['Election Board', 'A S Rao']
    """
    out = start
    for m in re.finditer(r"(\S+)[ \t]+(?=\S)", text[start:end]):
        if m.group(1).lower().endswith(tuple(words.descriptor_suffixes)):
            out = start + m.end()  # "Shares of Kochi-based Federal Bank": the name is after it
    opener = re.match(r"(\S+)[ \t]+(?=\S+[ \t]*\S)(?![A-Z]\.?[ \t])", text[out:end])
    return out + opener.end() if opener and opener.group(1) in words.name_articles else out


def without_post_nominals(text: str, start: int, end: int, words: ActorWords) -> int:
    """Where a person's name ends without the letters after it ("KC", "MP"), when two words stay.

    >>> from timeline.actors.language import load_language
    >>> text = "Donna McColgan KC said"
    >>> text[:without_post_nominals(text, 0, 17, load_language())]
    'Donna McColgan'
    """
    parts = text[start:end].rsplit(None, 1)
    while len(parts) == 2 and parts[1].rstrip(",") in words.post_nominals and " " in parts[0].strip():
        end = start + len(parts[0].rstrip(" \t,"))
        parts = text[start:end].rsplit(None, 1)
    return end


def without_period_code(text: str, start: int, end: int, words: ActorWords) -> int:
    """Where a name ends without the lone letter of a period's code whose number was cut off
    before ("Federal Bank Q" of "Federal Bank Q2"); a product's code stays ("Star One C").

    >>> from timeline.actors.language import load_language
    >>> text = "Federal Bank Q2 profit"
    >>> text[:without_period_code(text, 0, 14, load_language())]
    'Federal Bank'
    """
    lone = _LONE_LETTER.search(text, start, end)
    return lone.start() if lone and lone.group(1) in words.period_codes else end


_OPENING_INITIAL = re.compile(r"(?:[A-Z]\.[ \t]*)+[A-Z][a-z]")  # "K. Narayana Swamy", "R.K. Roja"


def initialled_person(name: str, words: ActorWords) -> bool:
    """Whether an organisation's name is a person's: it opens with initials with their stops, has
    two to four words, none of them an organisation's head word or a company suffix.

    >>> from timeline.actors.language import load_language
    >>> words = load_language()
    >>> initialled_person("K. Narayana Swamy", words), initialled_person("H.J. Heinz Company", words)
    (True, False)
    """
    parts = name.split()
    if _OPENING_INITIAL.match(name) is None or not 2 <= len(parts) <= 4:
        return False
    heads = {w for head in words.organisation_heads for w in head.split()} | set(words.company_suffixes)
    return not any(p in heads or p in words.media_words for p in parts)


_OPEN_BRACKET = re.compile(r"[ \t]*\([^)]*\Z")
_SPACED_DASH = re.compile(r"[ \t]+[-–—][ \t]+")


def cut_span(text: str, start: int, end: int, words: ActorWords) -> int:
    """Where a name ends: before a bracket the span opens and does not close, before a spaced
    dash, without a coordinator at its end.

    >>> from timeline.actors.language import load_language
    >>> text = "the Jatiya Oikya Front (National Unity Front), and Pratap Jena - Health and"
    >>> words = load_language()
    >>> text[4:cut_span(text, 4, 38, words)], text[51:cut_span(text, 51, 75, words)]
    ('Jatiya Oikya Front', 'Pratap Jena')
    """
    span = text[start:end]
    bracket = _OPEN_BRACKET.search(span)
    if bracket and bracket.start() > 0:
        end = start + bracket.start()
    dash = _SPACED_DASH.search(text, start, end)
    if dash:
        end = dash.start()
    parts = text[start:end].rsplit(None, 1)
    if len(parts) == 2 and parts[1] in words.coordinators and not _law_after(text, end, words):
        end = start + len(parts[0].rstrip())
    return end


_CAPITALS_AFTER = re.compile(r"[ \t]+((?:[A-Z][\w\-]*[ \t]+){0,3}[A-Z][\w\-]*)")


def _law_after(text: str, end: int, words: ActorWords) -> bool:
    """Whether the capitalised words after ``end`` end a name the model cut short ("the
    Parliamentary Powers and | Privileges Bill"): their last word a law's or a thing's head."""
    m = _CAPITALS_AFTER.match(text, end)
    return m is not None and m.group(1).split()[-1] in {*words.law_heads, *words.non_agent_heads}


def split_lists(text: str, ents: list[Entity], person_words: set[str], words: ActorWords) -> list[Entity]:
    """Entities that list names, split: parts joined by commas, each opening with a capital,
    the later ones neither a place nor a name's or company's suffix ("Qualcomm, Telefonica
    Ventures"; not "University of California, Los Angeles", "Ramon del Rosario, Jr."), and
    surnames of people the article names joined by a coordinator ("Japarov and Rahmon").

    >>> from timeline.actors.language import load_language
    >>> text = "Qualcomm, Telefonica Ventures and Japarov and Rahmon"
    >>> ents = [Entity(0, 29, "ORG"), Entity(34, 52, "PERSON")]
    >>> [text[e.start:e.end] for e in split_lists(text, ents, {"Japarov", "Rahmon"}, load_language())]
    ['Qualcomm', 'Telefonica Ventures', 'Japarov', 'Rahmon']
    """
    joint = re.compile(rf",[ \t]+|[ \t]+(?:{'|'.join(map(re.escape, words.coordinators)) or '(?!)'})[ \t]+")
    suffixes = {s.rstrip(".") for s in (*words.name_suffixes, *words.company_suffixes)}
    out: list[Entity] = []
    for e in ents:
        cuts = [(m.start(), m.end(), m.group().strip()) for m in joint.finditer(text, e.start, e.end)]
        parts, at = [], e.start
        for s, t, _ in cuts:
            parts.append((at, s))
            at = t
        parts.append((at, e.end))
        names = [text[s:t].strip() for s, t in parts]
        commas = all(c == "," for _, _, c in cuts)
        if len(parts) > 1 and commas and all(n[:1].isupper() for n in names) and e.label in ("ORG", "PERSON") \
                and not any(is_place(n) or n.rstrip(".") in suffixes for n in names[1:]):
            out += [Entity(s, t, e.label) for s, t in parts]
        elif len(parts) > 1 and e.label == "PERSON" and all(n in person_words for n in names):
            out += [Entity(s, t, "PERSON") for s, t in parts]
        else:
            out.append(e)
    return out


def with_kept_stop(text: str, start: int, end: int, words: ActorWords) -> int:
    """Where a name ends with the full stop of its last word when that word is a company's or a
    name's suffix ("Samsung Electronics Co.", "Harry Thomas Jr.").

    >>> from timeline.actors.language import load_language
    >>> text = "Harry Thomas Jr. said"
    >>> text[:with_kept_stop(text, 0, 15, load_language())]
    'Harry Thomas Jr.'
    """
    last = text[start:end].split()[-1:] if start < end else []
    if last and text[end : end + 1] == "." and (last[0] + "." in words.company_suffixes or
                                                   last[0] in words.name_suffixes):
        return end + 1
    return end


def no_name(name: str, words: ActorWords, roles: bool = True) -> bool:
    """Words that name no one by themselves: a non-name word ("The", "Ministry", "MPs"), a title
    of several words ("Leader of Opposition"), and one word that is a title or role ("Taoiseach",
    "Opposition") or a noun that refers to a person named before ("the Spaniard"); not a title
    that is part of a name ("King", "Queen"); with ``roles`` False (a team: "the Chiefs") only the
    non-name words.

    >>> from timeline.actors.language import load_language
    >>> [no_name(n, load_language()) for n in ("Taoiseach", "MPs", "Spaniard", "King", "Kelvo")]
    [True, True, True, False, False]
    >>> no_name("Additional Solicitor General", load_language())  # a title of several words, no name after it
    True
    """
    if name in words.non_name_set or name.lower() in words.non_name_set:
        return True
    if roles and " " in name and name in words.title_set:
        return True  # "Additional Solicitor General", "Leader of Opposition": a title with no name
    if not roles or " " in name or name in words.name_titles:
        return False
    return name.lower() in words.role_word_set or name in words.person_reference_nouns
