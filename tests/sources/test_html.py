"""Saved web pages as input: main text, title, canonical URL and date; broken pages named."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.loaders import load_documents, load_path
from timeline.store.inputs import expand_inputs, iter_records

PAGE = """<!doctype html><html><head><meta charset="{charset}">
<title>Harbour crane collapses | Coast Courier</title>
<link rel="canonical" href="https://coastcourier.example/news/crane-collapse">
{date_meta}
</head><body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav></header>
<div class="cookie">We store cookies to remember your choices.</div>
<main><article>
<h1>Harbour crane collapses</h1>
{byline}
<p>A container crane collapsed onto a cargo ship in the northern harbour
on Thursday, injuring two dock workers, the port authority said.</p>
<p>Inspectors closed the terminal while engineers checked the other cranes,
and shipping lines diverted {word} vessels to the southern quay.</p>
</article>
<aside><h2>Most read</h2><ul><li>Mayor opens new library on Monday</li><li>Ferry fares rise again</li></ul></aside>
<section class="comments"><p>Terrible news, I hope the workers recover quickly.</p></section>
</main>
<footer><p>Copyright 2024 Coast Courier. Every right reserved.</p></footer>
</body></html>"""

BOILERPLATE = ("Home", "cookies", "Most read", "Mayor opens new library", "Terrible news", "Copyright")


def _page(date_meta: str = "", byline: str = "", charset: str = "utf-8", word: str = "three") -> str:
    return PAGE.format(date_meta=date_meta, byline=byline, charset=charset, word=word)


@pytest.mark.parametrize(("date_meta", "byline", "expected", "source"), [
    ('<meta property="article:published_time" content="2022-09-15T06:30:00+00:00">', "",
     "2022-09-15", "metadata"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-04-08"}</script>',
     "", "2021-04-08", "metadata"),
    ("", "<p>Published 7:10 AM BST, March 9, 2023</p>", "2023-03-09", "byline"),
    ("", "", None, "none"),
])
def test_page_date_and_main_text(tmp_path, date_meta, byline, expected, source):
    path = tmp_path / "crane.html"
    path.write_text(_page(date_meta, byline), encoding="utf-8")
    docs, errors = load_path(path)
    assert errors == []
    doc = docs[0]
    assert (doc.dct.isoformat() if doc.dct else None, doc.dct_source) == (expected, source)
    assert (doc.doc_id, doc.title, doc.url) == (
        "crane", "Harbour crane collapses", "https://coastcourier.example/news/crane-collapse")
    assert "A container crane collapsed onto a cargo ship" in doc.text
    assert "diverted three vessels" in doc.text
    assert [b for b in BOILERPLATE if b in doc.text] == []


def test_a_broken_page_is_named_and_the_good_one_loads(tmp_path):
    good = tmp_path / "good.htm"
    good.write_text(_page('<meta name="date" content="2020-02-02">'), encoding="utf-8")
    empty = tmp_path / "empty.html"
    empty.write_text("<html><head><title>Loading</title></head><body><div><script>x()</script>",
                     encoding="utf-8")
    binary = tmp_path / "binary.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = load_documents([empty, good, binary])
    assert [d.doc_id for d in result.documents] == ["good"]
    assert str(result.documents[0].dct) == "2020-02-02"
    named = {e.path: str(e) for e in result.errors}
    assert set(named) == {"empty.html", "binary.html"}
    assert "no article text" in named["empty.html"] and "binary" in named["binary.html"]


def test_a_page_in_another_charset(tmp_path):
    path = tmp_path / "latin.html"
    path.write_bytes(_page(charset="iso-8859-1", word="trois").replace("three", "trois")
                     .replace("Thursday,", "Thursday (jeudi, été),").encode("iso-8859-1"))
    docs, errors = load_path(path)
    assert errors == [] and "jeudi, été" in docs[0].text


def test_a_folder_of_saved_pages_in_the_store_path(tmp_path):
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "a.html").write_text(_page('<meta name="date" content="2020-02-02">'), encoding="utf-8")
    (folder / "b.HTM").write_text(_page(word="four"), encoding="utf-8")
    (folder / "a_files").mkdir()  # the browser's folder of images and scripts beside a page
    (folder / "a_files" / "app.js").write_text("var x = 1;", encoding="utf-8")
    (folder / "a_files" / "ad-frame.html").write_text(_page(word="five"), encoding="utf-8")
    paths = list(expand_inputs([folder]))
    assert [p.name for p in paths] == ["a.html", "b.HTM"]
    records = [r for p in paths for _, r in iter_records(p)]
    url = "https://coastcourier.example/news/crane-collapse"
    assert [(r.doc_id, r.url, str(r.dct)) for r in records] == [("a", url, "2020-02-02"), ("b", url, "None")]


def test_json_records_keep_their_url_and_metadata_date(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "Rebels took the town on Monday.", "date": "2024-01-08", '
                    '"url": "https://x.example/a"}\n'
                    '{"text": "Published Jan 9, 2024\\n\\nRebels left the town on Tuesday."}\n')
    docs, _ = load_path(path)
    assert [(str(d.dct), d.dct_source, d.url) for d in docs] == [
        ("2024-01-08", "metadata", "https://x.example/a"), ("2024-01-09", "byline", "")]


def test_text_header_and_dateline_sources(tmp_path):
    (tmp_path / "h.txt").write_text("date 2024-02-01\nTroops left on Monday.")
    (tmp_path / "d.txt").write_text("KYIV, Feb. 2, 2024 (AP) - Troops left on Monday.")
    (tmp_path / "n.txt").write_text("Troops left on Monday.")
    docs = load_documents(sorted(Path(tmp_path).glob("*.txt"))).documents
    assert [(d.doc_id, str(d.dct), d.dct_source) for d in docs] == [
        ("d", "2024-02-02", "dateline"), ("h", "2024-02-01", "header"), ("n", "None", "none")]


def test_timeline_extract_stores_pages_with_their_url_and_date_source(tmp_path):
    from timeline.store import extract_store
    from timeline.store.query import open_store

    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "crane.html").write_text(_page('<meta name="date" content="2020-02-02">'), encoding="utf-8")
    (folder / "wire.txt").write_text("ROME, May 3, 2022 (ANSA) - The ferry sank on Tuesday.\n")
    extract_store([folder], tmp_path / "store", workers=0, progress=False)
    frame = open_store(tmp_path / "store").query()
    got = set(zip(frame["doc_id"], frame["doc_date"], frame["doc_date_source"], frame["doc_url"], strict=True))
    assert got == {("crane", "2020-02-02", "metadata", "https://coastcourier.example/news/crane-collapse"),
                   ("wire", "2022-05-03", "dateline", "")}


def test_a_gzipped_page(tmp_path):
    import gzip

    (tmp_path / "crane.html.gz").write_bytes(gzip.compress(
        _page('<meta name="date" content="2020-02-02">').encode("utf-8")))
    docs = load_documents([tmp_path]).documents
    assert [(d.doc_id, str(d.dct), d.dct_source) for d in docs] == [("crane", "2020-02-02", "metadata")]
