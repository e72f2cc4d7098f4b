"""Splitting news text into sentences, headlines, captions and datelines."""

from timeline.text.sentences import split_sentences

__all__ = ["split_sentences"]
