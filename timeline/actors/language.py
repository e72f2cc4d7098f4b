"""The words of the actors engine, loaded once per language into a typed :class:`ActorWords`.

``rules/<language>/words.toml`` holds every word the person, venue and date rules read names,
roles and places with; the gazetteer's actors and their patterns are in ``data/``. The engine's
Python knows only this layout.

>>> words = load_language()
>>> "President" in words.title_set, words.name_suffixes
(True, ('Jr', 'Sr'))
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path

from timeline.text.language import word_lists

__all__ = ["ActorWords", "RULES_DIR", "alternation", "load_language"]

RULES_DIR = Path(__file__).parent / "rules"


@dataclass(frozen=True, slots=True)
class ActorWords:
    """The word lists of ``words.toml`` (in their order) and the sets built from them."""

    titles: tuple[str, ...] = ()
    single_name_titles: tuple[str, ...] = ()
    role_nouns: tuple[str, ...] = ()
    appositive_determiners: tuple[str, ...] = ()
    role_prepositions: tuple[str, ...] = ()
    title_country_links: tuple[str, ...] = ()  # "of", "to": "Chief Justice of India A.B. Rao" (country_titles.py)
    organisation_nouns: tuple[str, ...] = ()
    organisation_role_words: tuple[str, ...] = ()
    national_role_words: tuple[str, ...] = ()
    name_particles: tuple[str, ...] = ()
    name_prefixes: tuple[str, ...] = ()
    name_suffixes: tuple[str, ...] = ()
    name_abbreviations: tuple[str, ...] = ()  # "St": "Amy St" is cut from "Amy St. Eve"
    non_names: tuple[str, ...] = ()
    family_name_first: tuple[str, ...] = ()
    venue_words: tuple[str, ...] = ()
    date_words: tuple[str, ...] = ()
    media_words: tuple[str, ...] = ()  # an organisation's last word that makes it a news outlet
    company_suffixes: tuple[str, ...] = ()  # "Inc", "plc": left out of an organisation's short form
    acronym_cues: tuple[str, ...] = ()  # "or": "the Japan Aerospace Exploration Agency, or JAXA"
    head_titles: tuple[str, ...] = ()  # head of state or government: acting in office, brings the state
    former_words: tuple[str, ...] = ()  # "former", "ex": the office is no longer held
    name_determiners: tuple[str, ...] = ()  # "the": not part of a found name
    name_articles: tuple[str, ...] = ()  # "An": an indefinite article opening a found name, not part of it
    affiliation_role_words: tuple[str, ...] = ()  # words between an owner and a person ("CEO")
    reference_nouns: tuple[str, ...] = ()  # "the company": an organisation named before
    person_reference_nouns: tuple[str, ...] = ()  # "the sprinter": a person named before
    stock_exchanges: tuple[str, ...] = ()  # "NASDAQ" in "Starbucks (NASDAQ:SBUX)"
    organisation_heads: tuple[str, ...] = ()  # last words of an organisation's name ("Office", "Police")
    acting_nouns: tuple[str, ...] = ()  # after a demonym, the state acts or is acted upon ("warplanes")
    name_titles: tuple[str, ...] = ()  # titles kept before a single name ("Queen Elizabeth")
    nickname_cues: tuple[str, ...] = ()  # "known as": the name after them is the person's nickname
    nickname_quotes: tuple[str, ...] = ()  # "'": a quoted name right after a person's is a nickname
    coordinators: tuple[str, ...] = ()  # "and", "or": a demonym before them is one of several adjectives
    person_verbs: tuple[str, ...] = ()  # after "the American": a person, not an adjective
    name_joiners: tuple[str, ...] = ()  # lower-case words inside an organisation's name ("of", "and")
    body_joiners: tuple[str, ...] = ()
    appositive_joiners: tuple[str, ...] = ()  # "of": "X, chief executive of Y," (appositive_people.py)
    surname_joiners: tuple[str, ...] = ()  # "y": "Ana Ortega y Gasset" is one name (name_particles.py)
    person_relatives: tuple[str, ...] = ()  # "who": "X, who won," is a person (appositive_people.py)
    compound_bodies: tuple[str, ...] = ()  # bodies named with the country's name before them ("Pakistan Army")
    possessed_bodies: tuple[str, ...] = ()  # named as written after a possessive ("Kenya's Ministry of Health")
    named_bodies: tuple[str, ...] = ()  # bodies of no known country named as written ("the Ministry of Health")
    possessive_endings: tuple[str, ...] = ()
    thing_cues: tuple[str, ...] = ()  # "the asteroid", "Typhoon": the name after them is a thing (vetting.py)
    thing_heads: tuple[str, ...] = ()  # "rover", "crater": the name before them is a thing
    descriptor_heads: tuple[str, ...] = ()  # "community": the name before them describes, there only
    naming_verbs: tuple[str, ...] = ()  # "a capsule the crew named X": X is the thing
    portfolio_titles: tuple[str, ...] = ()  # "Minister of X": X is an office, not an organisation
    never_actors: tuple[str, ...] = ()  # "Moon", "GMT": names that are never an actor
    plural_roles: tuple[str, ...] = ()  # "Ministers": a name ending so is people of a role
    local_body_nouns: tuple[str, ...] = ()  # "the Kerala health department": a body of the place
    office_nouns: tuple[str, ...] = ()  # "the Bangladesh weather office": a body of its own after a country
    region_words: tuple[str, ...] = ()  # "Taraba State": a region word after a place's name
    chamber_names: tuple[str, ...] = ()  # "House", "Upper House": a chamber named generically
    chamber_plurals: tuple[str, ...] = ()  # "Houses": several chambers, none of them
    legislature_heads: tuple[str, ...] = ()  # "Sabha", "Assembly": the last word of a legislature's name
    law_heads: tuple[str, ...] = ()  # "Bill": an actor right before it is inside the law's name
    function_words: tuple[str, ...] = ()  # "in", "said": no noun after "a <Name>"
    link_suffixes: tuple[str, ...] = ()  # "-linked": "al-Qaida-linked fighters" names no actor
    organ_nouns: tuple[str, ...] = ()  # "a U.N. panel ... said": the organisation speaks through it
    credit_cues: tuple[str, ...] = ()  # "polled by": the name after them is a source, not an actor
    organisation_role_cues: tuple[str, ...] = ()  # "Theranos founder Elizabeth Holmes" (org_cues.py)
    organisation_possessions: tuple[str, ...] = ()  # "AbbVie's chief executive": the owner is an organisation
    place_prepositions: tuple[str, ...] = ()  # with venue_words: a country after them is a place
    origin_cues: tuple[str, ...] = ()  # "a native of": the country after them is a person's origin
    currency_marks: tuple[str, ...] = ()  # "US$": a country code before them names a currency
    indefinite_articles: tuple[str, ...] = ()  # "an American": a person of the country
    country_possessions: tuple[str, ...] = ()  # "Kenya's economy": the country owns, does not act
    bare_possessive_endings: tuple[str, ...] = ()
    non_agent_heads: tuple[str, ...] = ()  # "Act", "Cup": a name with this head is a law, a prize, a thing
    non_agent_openers: tuple[str, ...] = ()  # "Cyclone": a name with it before its last word is a storm
    version_words: tuple[str, ...] = ()  # "Mk", "Mark": before a numeral, a model of a product
    facility_heads: tuple[str, ...] = ()  # "Centre", "Airport": a site unless it acts
    facility_bodies: tuple[str, ...] = ()  # "Police": "Manila Police District" is a body, not a site
    place_nouns: tuple[str, ...] = ()  # "district", "island": "the district of X", "X prison" is a place
    media_cues: tuple[str, ...] = ()  # "newspaper": "the newspaper Dawn", "the BSS news agency"
    media_first_words: tuple[str, ...] = ()  # "Daily": the first word of an outlet's name
    media_last_words: tuple[str, ...] = ()  # "Sun", "Gazette": the last word of an outlet's name
    web_domains: tuple[str, ...] = ()  # ".com": a name ending in one is a news site
    channel_cues: tuple[str, ...] = ()  # "said on": "said on Twitter", a channel, not an actor
    report_tags: tuple[str, ...] = ()  # "reported": "..., KXAN reported." names an outlet (salience.py)
    report_tag_links: tuple[str, ...] = ()  # "that": "..., KXAN reported that ..."
    kin_nouns: tuple[str, ...] = ()  # "son": "the son of Ann Lee" names her as a relative (kin.py)
    kin_joiners: tuple[str, ...] = ()  # "of"
    contest_cues: tuple[str, ...] = ()  # "beat", "victory over": the names around them are teams
    team_nouns: tuple[str, ...] = ()  # "defense", "youth setup": after a place name, it is a team
    site_prepositions: tuple[str, ...] = ()  # "at", "inside": a name after them is where things are
    source_prepositions: tuple[str, ...] = ()  # "from": a person's name after it may be a place
    head_joiners: tuple[str, ...] = ()  # "of": the head of "Oath of Office" is the word before it
    common_noun_tags: tuple[str, ...] = ()  # "NN": the tagger reads "Turnout was 53 percent." as a common noun
    tagger_components: tuple[str, ...] = ()  # the model's components that tag a sentence ("tok2vec", "tagger")
    hyphen_links: tuple[str, ...] = ()  # "e": "Tehreek-e-Insaf" is one name across its hyphens
    thing_joiners: tuple[str, ...] = ()  # "for": the head of "Award for Best Film" is the word before it
    descriptor_suffixes: tuple[str, ...] = ()  # "-run": "State-run Canara Bank" names Canara Bank
    post_nominals: tuple[str, ...] = ()  # "KC": "Donna McColgan KC" names Donna McColgan
    compass_words: tuple[str, ...] = ()  # "South": "South Australia" is a region, not Australia
    period_codes: tuple[str, ...] = ()  # "Q": "Federal Bank Q2" names Federal Bank (Q2 a quarter)
    possessive_determiners: tuple[str, ...] = ()  # "its": "its Hong Kong shares" describes, no actor
    byline_words: tuple[str, ...] = ()  # "By": a line "By PTI" credits an outlet
    photo_words: tuple[str, ...] = ()  # "Photograph": a name beside it is a credit, no actor of the story
    credit_marks: tuple[str, ...] = ()  # "/", "-": "AP Photo/John Doe", "... on Thursday. - Jane Roe"
    credit_joiners: tuple[str, ...] = ()  # "/": "Jane Roe/Agency" credits a photographer
    credit_places: tuple[str, ...] = ()  # "in": "Reporting by Ann Lee in Kyiv and Bo Park"
    agent_verbs: tuple[str, ...] = ()  # "said", "announced": the name before them acts (an actor)
    place_adjectives: tuple[str, ...] = ()  # "southern", "war-torn": between "in" and a country
    region_adjectives: tuple[str, ...] = ()  # "southern": right before a country, a region of it
    # built from the lists above (see ``of``)
    title_set: frozenset[str] = frozenset()
    venue_set: frozenset[str] = frozenset()
    non_name_set: frozenset[str] = frozenset()
    not_given_names: frozenset[str] = frozenset()  # non-name words and titles ("Colonel")
    date_word_set: frozenset[str] = frozenset()
    venue_suffixes: tuple[str, ...] = ()  # " in ", "\nIn ", "(at ": a venue word before a place
    short_form_set: frozenset[str] = frozenset()  # short names of the gazetteer ("Putin"), from data/
    role_word_set: frozenset[str] = frozenset()  # lower-case words of titles, roles, affiliation roles
    _hash: int = field(default=0, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        # the word lists' hash, once: the engine's compiled patterns are cached per ActorWords,
        # and a frozen dataclass would hash its hundreds of words at each look-up
        object.__setattr__(self, "_hash", hash(tuple(getattr(self, f.name) for f in fields(self) if f.compare)))

    def __hash__(self) -> int:
        return self._hash

    @classmethod
    def of(cls, lists: Mapping[str, Iterable[str]], source: str = "words") -> ActorWords:
        """The words of ``lists`` (key -> words; a key left out is empty), with their sets.

        >>> ActorWords.of({"titles": ["President"]}).title_set
        frozenset({'President'})
        """
        own = {f.name for f in fields(cls) if f.init}
        unknown = sorted(set(lists) - own)
        if unknown:
            raise ValueError(f"{source}: unknown word lists {unknown}")
        given = {key: tuple(words) for key, words in lists.items()}
        words = cls(**given)
        venue = words.venue_words
        return cls(
            **given,
            title_set=frozenset(words.titles),
            venue_set=frozenset(venue),
            non_name_set=frozenset(words.non_names),
            not_given_names=frozenset(words.non_names) | frozenset(words.titles) | frozenset(words.post_nominals),
            date_word_set=frozenset(words.date_words),
            venue_suffixes=_venue_suffixes(venue),
            role_word_set=frozenset(f for phrase in (*words.titles, *words.role_nouns,
                                                     *words.affiliation_role_words, *words.former_words,
                                                     *words.head_titles)
                                    for w in phrase.split() for f in (w.lower(), w.lower() + "s")),
        )


def alternation(phrases: Iterable[str]) -> str:
    r"""A regex alternation of ``phrases``, longest first, their spaces matching any spaces.

    >>> alternation(["of", "of the"])
    'of\\s+the|of'
    """
    ordered = sorted(phrases, key=lambda p: (-len(p), p))
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)


def _venue_suffixes(words: Iterable[str]) -> tuple[str, ...]:
    """Every way a venue word can end the text before a place: " in ", "\nIn ", "(at "."""
    forms = [w for word in words for w in (word, word.capitalize())]
    return tuple(f"{lead}{w} " for w in forms for lead in (" ", "\n", "(", '"', "\t"))


@lru_cache(maxsize=4)
def load_language(language: str = "en") -> ActorWords:
    """The actor words of ``language`` (``rules/<language>/words.toml``). A list named twice or a
    list the engine does not know is an error naming the file."""
    path = RULES_DIR / language / "words.toml"
    return ActorWords.of(word_lists(path), str(path))
