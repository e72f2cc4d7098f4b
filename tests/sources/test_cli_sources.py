"""The command line over saved pages and written dates: a folder of pages, ``--dct`` as the
user's date (source ``user``), the new columns."""

from __future__ import annotations

import json

from timeline.cli import main

PAGE = """<html><head><title>Bridge reopens | Valley Times</title>
<link rel="canonical" href="https://valleytimes.example/bridge-reopens">
<meta property="article:published_time" content="2022-03-14T10:00:00Z"></head>
<body><nav>Home | Weather | Jobs</nav><article><h1>Bridge reopens</h1>
<p>The river bridge reopened to traffic on Monday after a year of repairs, the city council said.</p>
<p>Buses returned to their old routes the same afternoon, officials said.</p></article>
<footer>Valley Times, all rights kept</footer></body></html>"""


def _rows(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_a_folder_of_pages_and_a_written_date(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bridge.html").write_text(PAGE, encoding="utf-8")
    (folder / "wire.txt").write_text("OSLO, May 3, 2022 (NTB) - The government resigned on Tuesday.\n")
    out = tmp_path / "events.jsonl"
    assert main(["events", str(folder), "--format", "jsonl", "-o", str(out), "--no-merge"]) == 0
    rows = _rows(out)
    got = {(r["doc_id"], r["doc_date"], r["doc_date_source"], r["doc_url"]) for r in rows}
    assert got == {("bridge", "2022-03-14", "metadata", "https://valleytimes.example/bridge-reopens"),
                   ("wire", "2022-05-03", "dateline", "")}
    wire = [r for r in rows if r["doc_id"] == "wire"]
    assert [r["date"] for r in wire] == ["2022-05-03"]  # "on Tuesday" counts from the dateline
    assert not any("Home" in r["sentence"] or "OSLO" in r["sentence"] for r in rows)


def test_dct_overrides_a_written_date_but_not_metadata(tmp_path):
    (tmp_path / "bridge.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "wire.txt").write_text("OSLO, May 3, 2022 (NTB) - The government resigned on Tuesday.\n")
    (tmp_path / "plain.txt").write_text("The government resigned on Tuesday.\n")
    out = tmp_path / "events.jsonl"
    paths = [str(tmp_path / n) for n in ("bridge.html", "wire.txt", "plain.txt")]
    assert main(["events", *paths, "--dct", "2022-06-01", "--format", "jsonl", "-o", str(out),
                 "--no-merge"]) == 0
    got = {(r["doc_id"], r["doc_date"], r["doc_date_source"]) for r in _rows(out)}
    assert got == {("bridge", "2022-03-14", "metadata"), ("wire", "2022-06-01", "user"),
                   ("plain", "2022-06-01", "user")}


def test_the_library_call_reads_the_written_date_unless_given():
    from timeline import extract_events

    text = "OSLO, May 3, 2022 (NTB) - The government resigned on Tuesday."
    found = extract_events(text)
    given = extract_events(text, "2022-05-10")
    assert list(found[["date", "doc_date", "doc_date_source"]].itertuples(index=False, name=None)) == [
        ("2022-05-03", "2022-05-03", "dateline")]
    assert list(given[["doc_date", "doc_date_source"]].itertuples(index=False, name=None)) == [
        ("2022-05-10", "user")]
