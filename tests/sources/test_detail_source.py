"""The event detail shows where the article date came from and links to the article's URL,
safely: only http(s) addresses become links, and every piece is escaped."""

from __future__ import annotations

import pandas as pd
import pytest

from timeline.dashboard.conform import conform
from timeline.dashboard.detail import article_date, source_link


@pytest.mark.parametrize(("source", "shown"), [
    ("metadata", "2024-05-01 (from the article's metadata)"),
    ("dateline", "2024-05-01 (from the dateline)"),
    ("byline", "2024-05-01 (from the date line at the top)"),
    ("header", "2024-05-01 (from the date line of the file)"),
    ("user", "2024-05-01 (given by you)"),
    ("", "2024-05-01"),
])
def test_article_date_says_where_it_came_from(source, shown):
    assert article_date({"doc_date": "2024-05-01", "doc_date_source": source}) == shown


@pytest.mark.parametrize(("url", "expected"), [
    ('https://a.example/x"><script>alert(1)</script>',
     '<a href="https://a.example/x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" target="_blank" '
     'rel="noopener noreferrer">a.example</a>'),
    ("javascript:alert(document.cookie)", "javascript:alert(document.cookie)"),
    ("data:text/html,<b>x</b>", "data:text/html,&lt;b&gt;x&lt;/b&gt;"),
    ("", ""),
])
def test_source_link_is_safe(url, expected):
    assert source_link({"doc_url": url}) == expected


def test_an_older_table_without_the_columns():
    old = pd.DataFrame([{"event_id": "a-e1", "doc_id": "a", "summary": "x", "doc_date": "2020-01-01"}])
    row = conform(old).iloc[0].to_dict()
    assert (row["doc_date_source"], row["doc_url"]) == ("", "")
    assert article_date(row) == "2020-01-01" and source_link(row) == ""
    assert article_date({"doc_date": float("nan")}) == "no article date"
