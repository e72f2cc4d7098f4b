"""Names that are no agent: laws, prizes, products, sites and outlets the model calls a person or
an organisation.

The small model labels "the Traffic (Amendment) Act", "the USL Cup", "GSLV Mk III", "the Satish
Dhawan Space Centre", "Adiala prison" or "the newspaper Dawn" as people or organisations. The
name itself, or the words the article writes around it, say what it is; the cues are the
``[non_agents]`` lists of ``rules/<language>/words.toml``:

* **kinds of things, from the name's head** (its last word, or the word before its first "of"):
  a law, a prize or contest, an exam, a vehicle, an oath ("Act", "Cup", "Certificate of ...",
  "Oath of ...") is no actor; nor is a name cut inside a bracket ("the Traffic (Amendment") or
  a product model (a version word before a numeral: "Mk III", "Mark 2"), nor a one-word name
  the article also writes in lower case ("Having", "the Cup", "the House") or a common noun
  opening a sentence (:mod:`timeline.actors.common_nouns`: "Turnout was 53 percent.");
* **sites**: a name whose head is a facility head ("... Space Centre", "... Airport"; not "the
  High Court of the Federal Capital Territory"), or a place of the data with its region word
  ("Taraba State"), is a place, unless some mention of it acts (an
  ``agent_verbs`` verb right after it, or after its bracketed acronym: "the Carter Centre said",
  "the Flood Warning Centre (FWC) said");
* **places by their use**: a name with no organisation head ("... Laboratory" stays) nor trade
  word (:mod:`timeline.actors.trade_names`: "Profits at Kelvo Sugar") every
  mention of which is in a place phrase (after "at", "inside", "near"; for people's names also
  after "in" and "from"; after "the island of", "the district of"; before "prison", "flats",
  "district" or "seat"; in a list before a place noun: "the Tessa, Varno and Kell districts";
  before an apposition headed by one: "the Eifel, a volcanic region of ..."; after a known
  place and a comma: "Palu, Central Sulawesi"; or in a dateline) is a place, unless a mention
  acts; "in" before an organisation's name is a place phrase only where another mention is a
  strong one ("the Swat valley ... in Swat"), and "officials in Swat said" makes no act of Swat;
* **outlets**: a name right after a media noun ("the newspaper Dawn", "the local newspaper
  Daily Nation"), right before one ("the BSS news agency"), opening or closing with a media word
  ("Daily ...", "... Gazette"), ending in a web domain ("bdnews24.com") or after a channel
  cue ("said on Twitter") is attribution (kind ``outlet``) in every mention; so is a writer's
  name in a byline ("Ade Bello, Abuja") and a name alone on a line after "By" ("By PTI").

Only the model's own names (no gazetteer entry) are judged; evidence is read around each
mention, so the step stays linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from timeline.actors.common_nouns import common_noun_starts
from timeline.actors.context import dateline_ends
from timeline.actors.gazetteer import Gazetteer
from timeline.actors.language import ActorWords, alternation
from timeline.actors.names import lower_words, slug
from timeline.actors.places import place_country, region_country
from timeline.actors.trade_names import trade_name
from timeline.model import ActorMention

__all__ = ["head_word", "non_agents"]

_OPEN_KINDS = frozenset({"person", "organisation"})
_LOOK = 60  # characters read before a mention for its cue
_NUMERAL = re.compile(r"(?:[IVX]+|\d+[A-Za-z]?)\Z")
_LIST = 8  # names of a list read after a mention (bounded: a long line of names stays linear)
_NAME = r"[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2}"  # a name of one to three capitalised words


@lru_cache(maxsize=4)
def _patterns(words: ActorWords) -> dict[str, re.Pattern]:
    det = rf"(?:(?:{alternation(words.name_determiners)})[ \t]+)?"
    adjs = r"(?:[a-z][\w\-]*[ \t]+){0,2}"  # "the local newspaper", "the official ... news agency"
    never = "(?!)"
    places = alternation(words.place_nouns) if words.place_nouns else never
    media = alternation(words.media_cues) if words.media_cues else never
    return {
        "venue": re.compile(rf"(?:^|[\s(])(?:{alternation(words.site_prepositions) or never})[ \t]+{det}\Z"),
        "venue_person": re.compile(rf"(?:^|[\s(])(?:{alternation(words.venue_words)})[ \t]+{det}\Z",
                                   re.IGNORECASE),
        "from": re.compile(rf"(?:^|[\s(])(?:{alternation(words.source_prepositions) or never})[ \t]+{det}\Z"),
        "line_place": re.compile(r"[ \t]*(?:\([A-Z]{2,8}\)|:)"),  # "Sriharikota (AP), July 22", "Sriharikota:"
        "place_of": re.compile(rf"\b(?:{places})[ \t]+of[ \t]+{det}\Z"),
        "place_after": re.compile(rf"(?:['’]s)?[ \t]+(?:{places})\b"),
        # "the Waziristan, Khyber and Kurram districts": every name of a list before a place noun
        # "the Eifel, a volcanic region of ...": an apposition whose head is a place noun
        "apposed": re.compile(rf",[ \t]+(?:[a-z][\w\-]*[ \t]+){{1,3}}?(?:{places})"
                              rf"(?=[ \t]*[,.;:)]|[ \t]+(?:{alternation(words.head_joiners)})\b)"),
        "listed": re.compile(rf"(?:[ \t]*,[ \t]+{_NAME}){{0,{_LIST}}}[ \t]*,?[ \t]+"
                             rf"(?:{alternation(words.coordinators)})"
                             rf"[ \t]+{_NAME}[ \t]+(?:{places})\b"),
        "comma_place": re.compile(r"(?P<place>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2}),[ \t]+"
                                  r"(?:[A-Z][\w'’\-]*[ \t]+)?\Z"),  # "Palu, [Central] Sulawesi"
        "media_before": re.compile(rf"\b(?:{media})[ \t]+{det}\Z|\b{det}{adjs}(?:{media})[ \t]+\Z", re.IGNORECASE),
        "media_after": re.compile(rf"[ \t]+(?:{media})\b", re.IGNORECASE),
        "byline": re.compile(rf"(?:^|\n)[ \t]*(?:{alternation(words.byline_words) or never})[ \t]+\Z"),
        "channel": re.compile(rf"\b(?:{alternation(words.channel_cues)})[ \t]+\Z" if words.channel_cues else never),
        "acts": re.compile(rf"(?:['’]s)?(?:[ \t]+\([A-Z][A-Za-z&.]{{1,9}}\))?"  # "the X Centre (XC) said"
                           rf"[ \t]+(?:{alternation(words.agent_verbs)})\b" if words.agent_verbs else never),
    }


def head_word(name: str, joiners: tuple[str, ...]) -> str:
    """The head of a name: the word before its first joiner ("of"), else its last word.

    >>> head_word("Kenya Certificate of Primary Education", ("of",)), head_word("USL Cup", ("of",))
    ('Certificate', 'Cup')
    """
    words = name.split()
    first = next((i for i, w in enumerate(words) if i and w in joiners), None)
    head = words[first - 1] if first is not None else words[-1]
    return head.strip("()[],.")


def _thing(name: str, words: ActorWords) -> bool:
    """A law, prize, exam, vehicle, oath, product model or a name cut inside a bracket."""
    if name in words.non_agent_heads:
        return True  # "the Cup", "the Bill": the head alone
    if name.count("(") != name.count(")"):
        return True  # "Traffic (Amendment": cut inside the bracket of a longer name
    parts = name.split()
    if len(parts) > 1 and _NUMERAL.match(parts[-1]) and parts[-2] in words.version_words:
        return True
    if any(w in words.non_agent_openers or " ".join(parts[i : i + 2]) in words.non_agent_openers
           for i, w in enumerate(parts[:-1])):
        return True  # "Tropical Cyclone Seroja"
    head = head_word(name, words.head_joiners + words.thing_joiners)  # "Award for Best Film"
    return len(parts) > 1 and (head in words.non_agent_heads or " ".join(parts[-2:]) in words.non_agent_heads)


def _placed(text: str, m: ActorMention, pats: dict[str, re.Pattern], datelines: list[tuple[int, int]]) -> int:
    """2 when this mention is in a place phrase (see the module doc), 1 when a person's name
    comes after "from" (a place only if another mention is in a place phrase), else 0."""
    before = text[max(0, m.start - _LOOK) : m.start]
    if text.startswith(("'s", "’s"), m.end):
        return 0  # "in Smith's view": an owner
    if pats["venue"].search(before) or pats["place_of"].search(before) or pats["place_after"].match(text, m.end) \
            or pats["listed"].match(text, m.end) or pats["apposed"].match(text, m.end):
        return 2
    if pats["venue_person"].search(before):
        return 2 if m.kind == "person" else 1  # "in Sriharikota": no person is a place one is in;
        # "in Swat" is a place where another mention says so ("the Swat valley"), "in Talvo" alone is not
    comma = pats["comma_place"].search(before)
    if comma and place_country(comma.group("place")):
        return 2  # "Palu, Central Sulawesi"
    if (m.start == 0 or text[m.start - 1] == "\n") and pats["line_place"].match(text, m.end):
        return 2  # "Sriharikota (AP), July 22 (UNI):", "Sriharikota: The agency ..."
    if any(s <= m.start < e for s, e in datelines):
        return 2
    return int(m.kind == "person" and pats["from"].search(before) is not None)


def _acts(text: str, m: ActorMention, pats: dict[str, re.Pattern]) -> bool:
    """An agent verb right after the mention, unless the mention is the object of a venue word
    that is no site preposition: in "the spokesman in Swat told reporters" the spokesman speaks,
    not Swat ("analysts at FBN Quest said" is the firm's word: a site preposition names an employer)."""
    if pats["acts"].match(text, m.end) is None:
        return False
    before = text[max(0, m.start - _LOOK) : m.start]
    return pats["venue"].search(before) is not None or pats["venue_person"].search(before) is None


def _all_placed(text: str, ms: list[ActorMention], pats: dict[str, re.Pattern],
                datelines: list[tuple[int, int]]) -> bool:
    """Every mention of a name is in a place phrase (at least one a strong one)."""
    uses = [_placed(text, m, pats, datelines) for m in ms]
    return min(uses) > 0 and max(uses) == 2


def _site(text: str, name: str, ms: list[ActorMention], pats: dict[str, re.Pattern],
          datelines: list[tuple[int, int]], words: ActorWords) -> bool:
    """A name with a facility head, or with no organisation head and only used as a place."""
    parts = name.split()  # "the Seismological Center", "Manila Police District": a body's words before the head
    body = len(parts) > 1 and parts[-2] in words.facility_bodies
    if not body and (head_word(name, words.head_joiners) in words.facility_heads or (
            parts[-1] in words.region_words and region_country(name, words.region_words))):
        return True  # "... Space Centre", "Taraba State"; not "the High Court of the Federal Capital Territory"
    return head_word(name, words.head_joiners) not in words.organisation_heads and not trade_name(name) and \
        _all_placed(text, ms, pats, datelines)  # "Profits at Kelvo Sugar": a company, no site


def _byline(text: str, m: ActorMention, datelines: list[tuple[int, int]]) -> bool:
    """A writer's name in a byline ("Ade Bello, Abuja"): a credit, not an actor."""
    return m.kind == "person" and text.startswith(",", m.end) and any(s <= m.start < e for s, e in datelines)


def _outlet(text: str, m: ActorMention, pats: dict[str, re.Pattern], words: ActorWords) -> bool:
    """Whether this mention names a news outlet or a channel."""
    before = text[max(0, m.start - _LOOK) : m.start]
    return bool(pats["media_before"].search(before) or pats["media_after"].match(text, m.end)
                or pats["channel"].search(before) or m.name.split()[0] in words.media_first_words
                or (m.kind != "person" and m.name.split()[-1] in words.media_last_words)  # not "Lily Sun"
                or m.name.lower().endswith(tuple(d.lower() for d in words.web_domains) or ("\0",))
                or (pats["byline"].search(before) is not None and text[m.end : m.end + 1] in ("\n", "")))


def non_agents(text: str, mentions: list[ActorMention], gaz: Gazetteer) -> list[ActorMention]:
    """``mentions`` without the model's names of things; sites and places become ``place``
    mentions and outlets ``outlet`` ones (see the module doc).

    >>> from timeline.actors.gazetteer import load_gazetteer
    >>> text = "He signed the Road Safety Act. The newspaper Zorka said so."
    >>> ms = [ActorMention(14, 29, "Road Safety Act", "org:road-safety-act", "Road Safety Act", "organisation"),
    ...       ActorMention(45, 50, "Zorka", "person:zorka", "Zorka", "person")]
    >>> [(m.name, m.kind) for m in non_agents(text, ms, load_gazetteer())]
    [('Zorka', 'outlet')]
    """
    words = gaz.rules
    opened = [m for m in mentions if m.kind in _OPEN_KINDS and gaz.actor(m.actor_id.split("@", 1)[0]) is None]
    if not opened or not words.non_agent_heads:
        return mentions
    pats = _patterns(words)
    datelines = dateline_ends(text)
    by_name: dict[str, list[ActorMention]] = {}
    for m in opened:
        by_name.setdefault(m.name, []).append(m)
    things, sites, outlets = set(), set(), set()
    common, starts = lower_words(text), common_noun_starts(text, opened, words)
    for name, ms in by_name.items():
        if _thing(name, words) or (" " not in name and not name.isupper() and name.lower() in common) \
                or name in starts:  # ... or a word the article writes in lower case: "Having", "Cup", "House"
            things.add(name)  # ... or a common noun opening a sentence: "Turnout was 53 percent."
        elif any(_outlet(text, m, pats, words) for m in ms) or all(_byline(text, m, datelines) for m in ms):
            outlets.add(name)
        elif not any(_acts(text, m, pats) for m in ms) and _site(text, name, ms, pats, datelines, words):
            sites.add(name)
    out = []
    for m in mentions:
        if m.kind not in _OPEN_KINDS or m.name not in by_name:
            out.append(m)
        elif m.name in things:
            continue
        elif m.name in outlets:
            out.append(replace(m, kind="outlet"))
        elif m.name in sites:
            country = place_country(m.name) or region_country(m.name, words.region_words) or ""
            out.append(replace(m, kind="place", actor_id=f"place:{slug(m.name)}", country=country))
        else:
            out.append(m)
    return out
