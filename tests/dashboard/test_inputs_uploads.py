from datetime import date

import pytest

from timeline.dashboard.inputs import fingerprint, load_uploads, pasted_document, unique_ids
from timeline.model import Document

GOOD_TXT = b"date 2025-04-28 Moscow said on Saturday that troops reclaimed Kursk."
GOOD_JSONL = b'{"id": "j1", "date": "2025-01-02", "text": "Rebels seized the airport on Monday."}\n'


def test_inputs_bad_files_reported_by_name_while_others_load():
    docs, errors = load_uploads([
        ("good.txt", GOOD_TXT), ("empty.txt", b""), ("bad-date.txt", b"date 2025-02-30 Text."),
        ("binary.json", b"\x00\x01\x02"), ("notext.csv", b"title,date\nx,2025-01-01\n"),
        ("good.jsonl", GOOD_JSONL), ("slides.pptx", b"PK"),
    ])
    assert [d.doc_id for d in docs] == ["good", "j1"]
    messages = [str(e) for e in errors]
    for name in ("empty.txt", "bad-date.txt", "binary.json", "notext.csv", "slides.pptx"):
        assert any(m.startswith(name + ":") for m in messages), name
    assert any("not a real date" in m for m in messages)


def test_inputs_upload_size_limit_has_a_clear_message():
    docs, errors = load_uploads([("big.txt", b"x" * 2_000_001), ("good.txt", GOOD_TXT)],
                                max_bytes=1_000_000)
    assert [d.doc_id for d in docs] == ["good"]
    assert str(errors[0]) == "big.txt: 2.0 MB is over the upload limit of 1.0 MB; split the file"


@pytest.mark.parametrize(("text", "dct", "expected"), [
    ("Troops crossed on Saturday.", date(2025, 4, 28), date(2025, 4, 28)),
    ("date 2024-01-05 Troops crossed on Saturday.", date(2025, 4, 28), date(2024, 1, 5)),
    ("Troops crossed on Saturday.", None, None),
])
def test_inputs_pasted_article_and_its_date(text, dct, expected):
    docs, errors = pasted_document(text, dct)
    assert errors == [] and docs[0].dct == expected and docs[0].doc_id == "pasted"


def test_inputs_nothing_pasted():
    assert pasted_document("   ", date(2025, 1, 1)) == ([], [])


def test_inputs_repeated_ids_made_unique_and_fingerprint_follows_content():
    docs = unique_ids([Document("a", "one"), Document("a", "two")])
    assert [d.doc_id for d in docs] == ["a", "a~2"]
    assert fingerprint(docs) != fingerprint(docs[:1])
    assert fingerprint(docs) == fingerprint(list(docs))
