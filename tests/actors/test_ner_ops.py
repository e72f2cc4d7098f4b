"""The NER model and the parser multiply their matrices with numpy (OpenBLAS), not thinc's BLIS
kernels (``ner._load``: about three times faster on x86, the same entities); a backend the user
chose stays."""

from __future__ import annotations

import pytest

from timeline.actors import ner


def _uses_blis(nlp) -> list[str]:
    """The names of the pipeline's layers that multiply with BLIS."""
    return [node.name for _, pipe in nlp.pipeline if hasattr(pipe, "model")
            for node in pipe.model.walk() if getattr(node.ops, "use_blis", False)]


@pytest.mark.skipif(not ner.model_available(), reason="the NER model is not installed")
@pytest.mark.parametrize("components", [("ner",), ("tok2vec", "tagger", "parser")])
def test_ner_model_layers_multiply_with_numpy(components: tuple[str, ...]) -> None:
    nlp = ner.load_model() if components == ("ner",) else ner.load_parser(ner.MODEL, components)
    assert nlp is not None
    assert _uses_blis(nlp) == []


@pytest.mark.skipif(not ner.model_available(), reason="the NER model is not installed")
def test_ner_model_with_numpy_finds_the_entities() -> None:
    found = ner.entities("Apple said Tim Cook met regulators of the European Union in Brussels.")
    text = "Apple said Tim Cook met regulators of the European Union in Brussels."
    assert [(text[e.start:e.end], e.label) for e in found] == [
        ("Apple", "ORG"), ("Tim Cook", "PERSON"), ("the European Union", "ORG"), ("Brussels", "GPE")]


def test_ner_model_another_backend_stays(tmp_path) -> None:
    spacy = pytest.importorskip("spacy")
    from thinc.api import NumpyOps, use_ops

    class OtherOps(NumpyOps):  # stands for a backend the user chose (a GPU's, Apple's)
        name = "other"

    nlp = spacy.blank("en")
    nlp.add_pipe("ner").add_label("ORG")
    nlp.initialize()
    nlp.to_disk(tmp_path)
    with use_ops("numpy"):
        plain = ner._load(str(tmp_path), ["ner"])
        from thinc.api import set_current_ops
        set_current_ops(OtherOps())
        other = ner._load(str(tmp_path), ["ner"])
        as_loaded = spacy.load(tmp_path)
    assert _uses_blis(plain) == []
    kinds = [[type(node.ops) for node in n.get_pipe("ner").model.walk()] for n in (other, as_loaded)]
    assert OtherOps in kinds[0] and kinds[0] == kinds[1]
