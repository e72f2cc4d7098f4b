"""Name helpers shared by the generator and the person rules: accent folding and slugs."""

from __future__ import annotations

import re
import unicodedata


def slug(name: str) -> str:
    """``"Côte d'Ivoire"`` -> ``"cote-d-ivoire"``.

    >>> slug("Côte d'Ivoire")
    'cote-d-ivoire'
    """
    folded = ascii_fold(name).lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def ascii_fold(text: str) -> str:
    """Strip accents: ``"Bogotá"`` -> ``"Bogota"``.

    >>> ascii_fold("Chișinău")
    'Chisinau'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
