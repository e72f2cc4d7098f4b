"""Sentence splitting on news text: abbreviations, quotations, headlines, captions, datelines."""

from __future__ import annotations

import pytest

from timeline.text import split_sentences


def units(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gen. Mark Milley met Mr. Kim in Seoul. Talks ended.",
         ["Gen. Mark Milley met Mr. Kim in Seoul.", "Talks ended."]),
        ("The U.S. military said it struck a depot. The U.N. condemned it.",
         ["The U.S. military said it struck a depot.", "The U.N. condemned it."]),
        ("Aid reached the U.S. Embassy in Kyiv on Jan. 5. It came late.",
         ["Aid reached the U.S. Embassy in Kyiv on Jan. 5.", "It came late."]),
        # a number with a unit before the full stop ends the sentence (no dotted acronym)
        ("The count ended at 9.45pm. Officials then left the hall.",
         ["The count ended at 9.45pm.", "Officials then left the hall."]),
        ("She threw 61.20m. Kenya's runner came fourth.",
         ["She threw 61.20m.", "Kenya's runner came fourth."]),
        # titles written short do not end a sentence
        ("The bridge was opened by Eng. Paul Otieno on Monday. Traffic resumed.",
         ["The bridge was opened by Eng. Paul Otieno on Monday.", "Traffic resumed."]),
        ("Brig. Gen. Ayo Bello led the unit. It withdrew.",
         ["Brig. Gen. Ayo Bello led the unit.", "It withdrew."]),
        ('"We will not retreat. We will win," the general said. Fighting went on.',
         ['"We will not retreat. We will win," the general said.', "Fighting went on."]),
        ("He said: “The war is over. Go home.” Crowds cheered.",
         ["He said: “The war is over. Go home.”", "Crowds cheered."]),
        ("He said ``We will stay. We will fight.'' Then he left.",
         ["He said ``We will stay. We will fight.''", "Then he left."]),
        ("Was it a coup? Officials would not say.", ["Was it a coup?", "Officials would not say."]),
        ("Shares fell 3.5 percent to $12.40 on Friday.", ["Shares fell 3.5 percent to $12.40 on Friday."]),
    ],
)
def test_sentences_split_news_prose(text, expected):
    assert [t for _, t in units(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ceasefire collapses in the south\n\nFighting resumed on Sunday.",
         [("headline", "Ceasefire collapses in the south"), ("sentence", "Fighting resumed on Sunday.")]),
        ("Putin hailed the troops. (File Image/Reuters)\n\nThe Kremlin spoke.",
         [("sentence", "Putin hailed the troops."), ("caption", "(File Image/Reuters)"),
          ("sentence", "The Kremlin spoke.")]),
        ("MOSCOW: Russia said on Monday it had retaken the town.",
         [("dateline", "MOSCOW:"), ("sentence", "Russia said on Monday it had retaken the town.")]),
        ("KYIV, Ukraine (AP) — Drones struck the capital overnight.",
         [("dateline", "KYIV, Ukraine (AP) —"), ("sentence", "Drones struck the capital overnight.")]),
        # regression: a dateline with the day ("TAIPEI, Oct 14 (Reuters) -") was kept in the
        # first sentence, whose summary then began with "- "
        ("TAIPEI, Oct 14 (Reuters) - China began drills on Tuesday.",
         [("dateline", "TAIPEI, Oct 14 (Reuters) -"), ("sentence", "China began drills on Tuesday.")]),
        ("WASHINGTON, Jan. 5, 2025 (AP) — The Senate voted.",
         [("dateline", "WASHINGTON, Jan. 5, 2025 (AP) —"), ("sentence", "The Senate voted.")]),
        # regression: "U.S." in a headline made it a sentence, and "SANAA/DUBAI" was no dateline
        ("Houthis say they will keep targeting Israel despite U.S. truce\n\n"
         "SANAA/DUBAI, May 7 (Reuters) - The Houthis spoke.",
         [("headline", "Houthis say they will keep targeting Israel despite U.S. truce"),
          ("dateline", "SANAA/DUBAI, May 7 (Reuters) -"), ("sentence", "The Houthis spoke.")]),
        ("GOMA, Democratic Republic of Congo, Jan 28 (Reuters) - Rebels entered the city.",
         [("dateline", "GOMA, Democratic Republic of Congo, Jan 28 (Reuters) -"),
          ("sentence", "Rebels entered the city.")]),
    ],
)
def test_sentences_headlines_captions_datelines(text, expected):
    assert units(text) == expected


def test_sentences_offsets_index_the_text(sample_path):
    from timeline.loaders import load_path

    (doc,), _ = load_path(sample_path)
    found = split_sentences(doc.text)
    kinds = [s.kind for s in found]
    assert kinds.count("caption") == 1 and kinds.count("headline") == 1
    for s in found:
        piece = doc.text[s.start : s.end]
        assert piece == piece.strip() and piece
    caption = next(s for s in found if s.kind == "caption")
    assert doc.text[caption.start : caption.end] == "(File Image/Reuters)"


def test_sentences_word_lists_are_read_once():
    """Regression: an lru_cache of size 1 over three word lists re-read a file per sentence.
    The three lists are now one file, read once."""
    from timeline.text.language import load_language

    load_language.cache_clear()
    for _ in range(3):
        split_sentences("Gen. Lee met Mr. Kim in the U.S. on Jan. 5. Talks ended. (Photo/Reuters)")
    assert load_language.cache_info().misses <= 1


@pytest.mark.parametrize("place", ["KINSHASA, Democratic Republic of Congo",
                                   "KINSHASA, Democratic Republic of the Congo"])
def test_sentences_dateline_place_with_joiners(place):
    text = f"{place} - Rebels entered the city on Monday."
    units = split_sentences(text)
    assert [(u.kind, u.text(text)) for u in units][0] == ("dateline", f"{place} -")


def test_sentences_words_unknown_list_names_the_file(tmp_path, monkeypatch):
    import shutil

    from timeline.text import language

    shutil.copytree(language.RULES_DIR / "en", tmp_path / "xx")
    path = tmp_path / "xx" / "words.toml"
    path.write_text(path.read_text(encoding="utf-8") + '\n[extra]\nstray_words = ["x"]\n', encoding="utf-8")
    monkeypatch.setattr(language, "RULES_DIR", tmp_path)
    with pytest.raises(ValueError, match=r"words\.toml.*stray_words"):
        language.load_language.__wrapped__("xx")


@pytest.mark.parametrize(("text", "longest"), [
    ("word " * 3_000, 2_000),                       # a run of words without a full stop
    ("x" * 7_001, 2_000),                           # no space at all: cut every 2,000 characters
    ("Troops left. " + "and then " * 500 + "they came back.", 1_000),
    ("A headline without an end " * 100, 300),
])
def test_split_sentences_long_runs_become_pieces_of_at_most_the_limit(text, longest):
    from timeline.settings import Settings

    found = split_sentences(text, Settings(max_sentence_chars=longest))
    assert found and all(s.end - s.start <= longest for s in found)
    def squeeze(part: str) -> str:
        return "".join(part.split())

    assert "".join(squeeze(text[s.start : s.end]) for s in found) == squeeze(text)  # nothing lost
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))  # in order
