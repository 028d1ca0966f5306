"""The miner: bilingual documents in, reviewed-quality term pairs with evidence out.

Stages: :mod:`sources` (one reader per format) -> :mod:`layout` (PDF-extracted text
repair) -> :mod:`align` (sentence alignment) -> :mod:`candidates` (Chinese terms) ->
:mod:`render` (English spans; :mod:`names` for names found whole by their form) ->
:mod:`score` (confidence, competitive linking) -> :mod:`ranking` (the fitted order and
calibrated score) -> :mod:`pipeline` (glossary awareness, evidence, ordering).

Importing this package is cheap; jieba, lxml and the lexicon load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from glossary.compiled import run_sources_if_stale

# (Before any module of the miner is imported: see glossary.compiled.)
run_sources_if_stale(__name__, __path__[0])

from glossary.mining.model import AlignedSegment, BilingualDocument, Evidence, MinedPair  # noqa: E402
from glossary.mining.sources import detect_format, read_document  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Callable

    from glossary.records import MiningSnapshot

__all__ = [
    "AlignedSegment",
    "BilingualDocument",
    "Evidence",
    "MinedPair",
    "detect_format",
    "mine_documents",
    "read_document",
]


def mine_documents(
    documents: list[BilingualDocument],
    snapshot: MiningSnapshot | None = None,
    min_score: float = 0.0,
    limit: int | None = None,
    progress: Callable[[int, int], Any] | None = None,
) -> list[MinedPair]:
    """Mine term pairs from ``documents``, best first, deterministic.

    ``snapshot`` makes the miner glossary-aware (known / variant / rejected / already
    mined documents). ``progress(done, total)`` is called with segment counts.
    """
    from glossary.mining.pipeline import mine

    return mine(documents, snapshot=snapshot, min_score=min_score, limit=limit, progress=progress)
