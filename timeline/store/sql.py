"""The dashboard's filters as a DuckDB ``WHERE`` clause with parameters (never pasted values).

Each condition means what :func:`timeline.dashboard.filters.apply_filters` does on a DataFrame:

>>> from datetime import date
>>> from timeline.query import Filters
>>> where, params = where_clause(Filters(actors=("Russia", "NATO"), date_from=date(2024, 1, 1)))
>>> where
'WHERE (list_contains(actors, ?) OR list_contains(actors, ?)) AND "end" >= ? AND year <> ? AND coalesce(minor, 0) <> 1'
>>> params
['Russia', 'NATO', datetime.date(2024, 1, 1), 'none']

Minor events (the keep score's, ``minor`` = 1) are left out unless ``Filters.minor`` asks for them;
a store written before that column existed has none (``has_minor=False``).
"""

from __future__ import annotations

from timeline.query import Filters
from timeline.store.layout import NO_YEAR

__all__ = ["where_clause"]


def where_clause(filters: Filters | None, has_minor: bool = True) -> tuple[str, list]:
    """``(sql, params)``; ``sql`` is empty when nothing is filtered. ``has_minor``: the store's
    events have the ``minor`` column (older stores do not, and have no minor events)."""
    if filters is None:
        return "", []
    conditions: list[str] = []
    params: list = []

    def add(sql: str, *values: object) -> None:
        conditions.append(sql)
        params.extend(values)

    if filters.actors:  # list_contains is faster than list_has_any / list_has_all
        joiner = " AND " if filters.match_all else " OR "
        one = "list_contains(actors, ?)"
        if filters.affiliated:  # or an actor of the event is affiliated with it (issue 11)
            one = "(list_contains(actors, ?) OR list_contains(list_transform(actor_affiliations, lambda x: x[2]), ?))"
        add("(" + joiner.join([one] * len(filters.actors)) + ")",
            *[a for a in filters.actors for _ in range(2 if filters.affiliated else 1)])
    if filters.date_from is not None:
        # Partitions are pruned too: unresolved events never match a date. (A period may
        # start years before it ends, so the year of ``start`` gives no lower bound.)
        add('"end" >= ? AND year <> ?', filters.date_from, NO_YEAR)
    if filters.date_to is not None:
        add("start <= ? AND year <= ? AND year <> ?", filters.date_to,
            f"{filters.date_to.year:04d}", NO_YEAR)
    if filters.text:
        add("contains(search, ?)", filters.text.strip().lower())  # see tables.search_text
    if filters.event_types:
        add("list_contains(?::VARCHAR[], event_type)", list(filters.event_types))
    if filters.statuses:
        add("list_contains(?::VARCHAR[], status)", list(filters.statuses))
    if filters.documents:
        add("list_contains(?::VARCHAR[], doc_id)", list(filters.documents))
    if not filters.minor and has_minor:  # as apply_filters: the minor events only on request
        add("coalesce(minor, 0) <> 1")
    return ("WHERE " + " AND ".join(conditions)) if conditions else "", params
