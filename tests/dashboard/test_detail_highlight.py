import pytest

from timeline.dashboard.detail import highlight_sentence, source_sentences

TEXT = "Intro. Moscow said on Saturday that Kyiv's forces left. Outro."
S0 = TEXT.index("Moscow")
S1 = TEXT.index(" Outro")


def row(**fields):
    base = {"sentence_start": S0, "sentence_end": S1, "date_start": TEXT.index("on Saturday"),
            "date_end": TEXT.index(" that"), "mentions": [[S0, S0 + 6, "Russia"],
                                                          [TEXT.index("Kyiv"), TEXT.index("Kyiv") + 4, "Ukraine"]],
            "trigger_start": -1, "trigger_end": -1, "sentence": TEXT[S0:S1]}
    base.update(fields)
    return base


def test_detail_highlights_date_and_actors():
    out = highlight_sentence(TEXT, row())
    assert '<mark class="tl-date" title="time expression">on Saturday</mark>' in out
    assert '<mark class="tl-actor" title="Russia">Moscow</mark>' in out
    assert '<mark class="tl-actor" title="Ukraine">Kyiv</mark>&#x27;s forces' in out
    assert "Intro" not in out and "Outro" not in out


@pytest.mark.parametrize("payload", [
    "<script>window.__pwned = 1</script>",
    '<img src=x onerror="window.__pwned = 1">',
    "<a href='javascript:alert(1)'>x</a>",
])
def test_detail_article_html_is_escaped(payload):
    text = f"Moscow said {payload} on Saturday."
    start = text.index("on Saturday")
    out = highlight_sentence(text, {"sentence_start": 0, "sentence_end": len(text),
                                    "date_start": start, "date_end": start + 11,
                                    "mentions": [[0, 6, 'Rus"sia<b>']]})
    assert "<script" not in out and "<img" not in out and "<a " not in out
    assert "&lt;" in out
    assert 'title="Rus&quot;sia&lt;b&gt;"' in out


def test_detail_inherited_date_has_no_date_highlight():
    out = highlight_sentence(TEXT, row(date_start=-1, date_end=-1))
    assert "tl-date" not in out


def test_detail_spans_outside_or_overlapping_are_dropped():
    out = highlight_sentence(TEXT, row(mentions=[[0, 5, "Elsewhere"], [S0, S0 + 6, "Russia"],
                                                 [S0 + 2, S0 + 4, "Inner"]]))
    assert "Elsewhere" not in out and "Inner" not in out
    assert out.count("<mark") == 2


def test_detail_without_document_uses_the_sentence():
    out = highlight_sentence(None, row())
    assert "Moscow</mark>" in out and "on Saturday</mark>" in out


def test_detail_other_sources_are_escaped():
    sources = [{"doc_id": "a", "sentence": "Own."}, {"doc_id": "b<", "sentence": "<b>x</b>"}]
    assert source_sentences({"doc_id": "a", "sentence": "Own.", "sources": sources}) == [
        ("b&lt;", "&lt;b&gt;x&lt;/b&gt;")]
