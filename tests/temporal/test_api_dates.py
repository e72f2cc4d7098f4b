"""One article-date type at the API: a date, a datetime or an ISO string; a clear error else."""

from __future__ import annotations

from datetime import date, datetime

import pytest

import timeline
from timeline.temporal import Shift, resolve, tag

TEXT = "Rescuers reached the village on Saturday, a week after the quake."


@pytest.mark.parametrize("dct", [date(2019, 7, 15), datetime(2019, 7, 15, 9, 30), "2019-07-15",
                                 "2019-07-15T09:30:00Z", " 2019-07-15 "])
def test_api_dates_every_function_takes_date_datetime_or_iso(dct):
    assert [(t.text, t.value) for t in tag(TEXT, dct)][0] == ("Saturday", "2019-07-13")
    assert resolve(Shift("day", -2), dct).value == "2019-07-13"


@pytest.mark.parametrize(("dct", "error"), [(20190715, TypeError), (2019.7, TypeError),
                                            (["2019-07-15"], TypeError), ("15/07/2019", ValueError),
                                            ("2019-02-30", ValueError)])
def test_api_dates_anything_else_names_the_parameter(dct, error):
    for call in (lambda: tag(TEXT, dct), lambda: resolve(Shift("day", -2), dct),
                 lambda: timeline.extract_events(TEXT, dct)):
        with pytest.raises(error, match=r"\bdct\b"):
            call()


def test_api_dates_extract_events_takes_the_same_types():
    frames = [timeline.extract_events("Rescuers reached the village on Saturday.", d)
              for d in (date(2019, 7, 15), datetime(2019, 7, 15, 9), "2019-07-15")]
    assert not frames[0].empty
    assert frames[0].equals(frames[1]) and frames[0].equals(frames[2])
