"""Placeholder: filled below."""

from __future__ import annotations

from functools import lru_cache

from glossary.mining.lexicon import Lexicon, load_lexicon


@lru_cache(maxsize=1)
def base_lexicon() -> Lexicon:
    """CC-CEDICT alone (alignment inside :func:`read_document` uses it)."""
    return load_lexicon()
