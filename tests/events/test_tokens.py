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
