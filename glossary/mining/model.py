"""Records of the miner: documents, aligned segments, evidence and mined pairs.

Plain dataclasses so that every stage (and other engineers' code, e.g. ``glossary
check``) can use them without importing anything heavy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

FORMATS = ("text", "tsv", "tmx")


@dataclass(frozen=True)
class AlignedSegment:
    """One aligned pair of a bilingual document.

    ``index`` is 1-based, in document order. Either side may be ``""`` when the other
    has no counterpart (e.g. Chinese passages of a magazine that were not translated).
    """

    zh: str
    en: str
    index: int


@dataclass
class BilingualDocument:
    """A bilingual document as read from disk: identity plus aligned segments."""

    name: str
    sha256: str
    size: int
    format: str  # "text" | "tsv" | "tmx"
    segments: list[AlignedSegment] = field(default_factory=list)


class Evidence(NamedTuple):
    """Where a pair was seen: document name, both contexts and the segment index."""

    document: str
    zh_context: str
    en_context: str
    position: int


@dataclass
class MinedPair:
    """A proposed term pair with its calibrated score and evidence, as mining returns it."""

    zh: str
    en: str
    score: float
    count: int
    status: str  # "new" | "known" | "variant"
    evidence: list[Evidence] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        """The JSON object ``glossary mine --json`` prints for this pair."""
        return {
            "zh": self.zh,
            "en": self.en,
            "score": round(self.score, 4),
            "count": self.count,
            "status": self.status,
            "evidence": [
                {"document": e.document, "zh_context": e.zh_context, "en_context": e.en_context}
                for e in self.evidence
            ],
        }
