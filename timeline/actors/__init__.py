"""Actor recognition and normalisation: countries, organisations, state bodies, outlets, people.

Two verbs and a loader:

>>> from timeline.actors import find_actors, analyst_actors
>>> text = "Russian President Vladimir Putin thanked Kim Jong UN. Putin said KCNA lied, AFP said."
>>> for m in find_actors(text):
...     print(f"{m.text!r:17} {m.name!r:17} {m.kind:8} {m.country}".rstrip())
'Vladimir Putin'  'Vladimir Putin'  person   Russia
'Kim Jong UN'     'Kim Jong Un'     person   North Korea
'Putin'           'Vladimir Putin'  person   Russia
'KCNA'            'KCNA'            agency   North Korea
'AFP'             'AFP'             outlet
>>> analyst_actors(find_actors(text))
('Vladimir Putin', 'Kim Jong Un', 'North Korea')

"Russian" before a sitting head is his affiliation (``m.affiliation``), not an actor of its own;
KCNA, a state agency, stands for North Korea.

Outlets are attribution, not actors (``kind == "outlet"``). The pipeline of ``find_actors`` is
the visible list of steps below; the data format is described in ``gazetteer.py`` and every
decision about the data (codes, demonyms, venues, short forms, state media) in
``data/README.md``. Regenerate the country files with ``python -m timeline.actors.build_gazetteer``.
"""

from __future__ import annotations

from datetime import date

from timeline.actors import ner
from timeline.actors.actorscore import decide
from timeline.actors.affiliation import affiliate
from timeline.actors.aliases import one_name_per_entity
from timeline.actors.analyst import analyst_actors, analyst_names
from timeline.actors.appositive_people import appositive_people
from timeline.actors.bodies import attach
from timeline.actors.candidates import Candidates, trace_vetting
from timeline.actors.coordination import coordinated_people
from timeline.actors.country_titles import country_titled_people
from timeline.actors.cues import cue_organisations, extend_organisations, merge_spans, tickers, trim_cues
from timeline.actors.described_people import described_people
from timeline.actors.first_words import first_word_forms
from timeline.actors.gazetteer import Actor, Gazetteer, key_text, load_gazetteer
from timeline.actors.headline_names import headline_names
from timeline.actors.matching import scan
from timeline.actors.name_particles import joined_particles
from timeline.actors.nicknames import nicknames
from timeline.actors.open_world import countries_in_names, join_entities
from timeline.actors.org_cues import cued_organisations
from timeline.actors.persons import find_persons, later_mentions
from timeline.actors.possessions import owners_of_possessions
from timeline.actors.resolve import choose
from timeline.actors.surnames import nearest_bearers
from timeline.actors.teams import contest_teams, with_teams
from timeline.actors.trade_names import trade_organisations, without_glued_lists
from timeline.model import ActorMention

__all__ = [
    "Actor",
    "ActorMention",
    "Gazetteer",
    "analyst_actors",
    "actor_candidates",
    "analyst_names",
    "find_actors",
    "load_gazetteer",
]


def find_actors(text: str, gazetteer: Gazetteer | None = None, dct: date | None = None,
                model: bool | str = False, score: bool = False) -> list[ActorMention]:
    """All actor mentions in ``text``, normalised, non-overlapping, sorted by offset.

    ``dct``, the article date when known, decides between leaders who share a surname and a
    title (years in office) and whether a leader is sitting. ``model=True`` adds the people,
    organisations and places of the statistical model (:mod:`timeline.actors.ner`) when it is
    installed (the pipeline's default, ``Settings.actor_model``); without it this is the
    rule-only recogniser; a string names another spaCy model (package or directory) to use.
    With the model, ``score=True`` lets the learned actor score (:mod:`timeline.actors.actorscore`,
    off by default: ``Settings.actor_score``) decide which entities left by the hand vetting are
    actors. Places have kind ``place``.

    >>> [m.name for m in find_actors("The Kremlin said Moscow and Pyongyang agreed.")]
    ['Kremlin', 'Russia', 'North Korea']
    >>> [m.name for m in find_actors("North Korea and South Korea met. The North refused.")]
    ['North Korea', 'South Korea', 'North Korea']
    >>> [m.name for m in find_actors("Sudan's army said the North was calm.")]
    ['Sudan', 'Armed Forces (Sudan)']
    >>> from datetime import date
    >>> [m.name for m in find_actors("Prime Minister Sharif said.", dct=date(2015, 1, 1))]
    ['Nawaz Sharif']
    """
    gaz = gazetteer or load_gazetteer()
    year = dct.year if dct is not None else None
    found, candidates = _candidates(text, gaz, year, model)
    if candidates is not None:
        found = list(candidates.after)
    found = affiliate(text, found, gaz, year)  # 7. affiliations, and who brings their state
    if candidates is not None and score:  # 8. which entities are actors: the learned decision
        found = decide(text, candidates, gaz, found)
    return found


def actor_candidates(text: str, gazetteer: Gazetteer | None = None, dct: date | None = None,
                     model: bool | str = True) -> Candidates | None:
    """Every entity :func:`find_actors` could make an actor, before and after the hand vetting
    (:mod:`timeline.actors.candidates`); None without the statistical model (the rule-only
    recogniser vets nothing). The training tool ``tools/train_actors.py`` reads this."""
    gaz = gazetteer or load_gazetteer()
    return _candidates(text, gaz, dct.year if dct is not None else None, model)[1]


def _candidates(text: str, gaz: Gazetteer, year: int | None, model: bool | str
                ) -> tuple[list[ActorMention], Candidates | None]:
    """The mentions of the gazetteer, the rules and (with ``model``) the statistical model, one
    name per entity; with the model, also what each hand vetting step does to them."""
    keyed = key_text(text)  # lower-cased, punctuation to spaces: word boundaries for free
    hits = scan(text, gaz, keyed)  # 1. alias hits: longest, non-overlapping, case-checked
    mentions = choose(hits, text, gaz, year)  # 2. context aliases, short forms, venues
    mentions = attach(mentions, text, gaz)  # 3. generic bodies take their country
    persons = find_persons(text, keyed, mentions, gaz)  # 4. unknown titled people
    persons += country_titled_people(text, keyed, mentions + persons, gaz)  # "Chief Justice of India A.B. Rao"
    persons += described_people(text, mentions + persons, gaz)  # "champion Jane Roe", "the sprinter Ann Lee"
    named = [m for m in mentions if m.kind == "person"]  # 5. later short forms of everyone named
    persons += later_mentions(text, persons + named, mentions, gaz, keyed)
    found = countries_in_names(text, sorted(mentions + persons, key=lambda m: m.start), gaz.rules)
    ents = ner.entities(text, model if isinstance(model, str) else ner.MODEL) if model else None
    if ents is not None:  # 6. the model's people, organisations and places (and cue-word ones)
        ents = extend_organisations(text, ents, gaz.rules)  # "... Works and Highways"
        cues = trim_cues(text, cue_organisations(text, gaz), ents, gaz.rules)  # "... Attorney's Office"
        ents = merge_spans(ents, cues)
        cued = cued_organisations(text, gaz)  # once: the joining below reads them too
        ents = merge_spans(cued, ents)  # "the drug giant AbbVie" (ORG on a tie)
        trades = trade_organisations(text, gaz.rules)  # "Dangote Sugar": ORG whatever the model says
        ents = merge_spans(trades, without_glued_lists(ents, trades))
        ents = with_teams(text, ents, contest_teams(text, gaz))  # "Salford beat Portsmouth"
        ents = coordinated_people(text, ents, gaz)  # "Leo Pinheiro and Agenor Franklin Medeiros"
        ents = joined_particles(text, ents, gaz.rules)  # "Paulo Costa e Silva": one name
        ents = appositive_people(text, ents, gaz)  # "Randeep Sekhon, Chief Technology Officer of ..."
        ents = owners_of_possessions(text, ents, gaz)  # "Justin Kurzel's Nitram": Justin Kurzel
        companies, brackets = tickers(text, gaz)  # "Starbucks (NASDAQ:SBUX)": no "SBUX"
        ents = merge_spans([e for e in ents if not any(s <= e.start < t for s, t in brackets)], companies)
        found = one_name_per_entity(text, join_entities(text, found, ents, gaz, cued), gaz)  # one name each
        found = first_word_forms(text, found, gaz)  # "Hazm broke up" after "the Hazm Movement"
        found = nicknames(text, found, gaz)  # "Alexi Stival, known as Cuca": Cuca is Alexi Stival
        found = nearest_bearers(found)  # "Imelda Marcos ... Marcos": the bearer named last
        found = headline_names(text, found, gaz)  # "Beaming Limerick" of a headline: "Limerick"
        return found, trace_vetting(text, found, ents, gaz)  # the hand vetting, step by step
    return found, None
