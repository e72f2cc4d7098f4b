"""The tokenizer keeps the tokens of a span (:mod:`timeline.events.tokens`): each caller still gets
a list of its own, and a kept span is not mixed up with another text's."""

import pytest

from timeline.events.tokens import forget, tokenize


@pytest.mark.parametrize("text", ['The mayor said "we will rebuild" after the storm.'])
def test_tokens_each_call_gets_its_own_list(text):
    first = tokenize(text, 0, len(text))
    first.pop()
    first[0] = first[1]
    again = tokenize(text, 0, len(text))
    assert [t.text for t in again][:3] == ["The", "mayor", "said"] and again[-1].text == "."
    assert [t.quoted for t in again if t.text == "rebuild"] == [True]


@pytest.mark.parametrize("one, other", [("Rebels seized the town.", "Floods hit the north.")])
def test_tokens_of_the_same_span_of_two_texts(one, other):
    forget()
    assert [t.text for t in tokenize(one, 0, 6)] == ["Rebels"]
    assert [t.text for t in tokenize(other, 0, 6)] == ["Floods"]


_TEXT = 'The band played rock\'n\'roll until 3.45 a.m. "We\'re done," the singer said; ``fine\'\' said she.'


@pytest.mark.parametrize("cut", ["rock'n", "3.4", 'a.m. "We', "We're done,\"", "the sing", "``fine'' said", "played"])
def test_tokens_of_a_span_are_its_own(cut):
    """A span's tokens, read from the tokens of the whole text, are those of the span tokenized
    alone, also where a word or number of the whole runs across the span's end or start."""
    forget()
    start = _TEXT.index(cut)
    for begin, end in ((0, start + len(cut)), (start, len(_TEXT)), (start, start + len(cut))):
        alone = [t._replace(start=t.start + begin, end=t.end + begin)
                 for t in tokenize(_TEXT[begin:end], 0, end - begin)]
        assert tokenize(_TEXT, begin, end) == alone
