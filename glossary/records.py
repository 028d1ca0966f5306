"""Plain data records passed between the store and everything else.

The store returns these instead of ORM objects, so the CLI, TUI, formats and miner
never hold a database session and never import SQLAlchemy. Importing this module
is cheap.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

CONCEPT_STATUSES = ("candidate", "approved", "rejected")
TERM_STATUSES = ("preferred", "admitted", "deprecated", "superseded")
LANGS = ("zh", "en")


@dataclass
class TermView:
    """One rendering of a concept in one language."""

    id: int | None
    lang: str  # "zh" | "en"
    text: str
    status: str = "preferred"  # preferred | admitted | deprecated | superseded
    source: str = ""
    note: str = ""


@dataclass
class EvidenceView:
    """Where a candidate was seen: both contexts and the document they came from."""

    id: int | None
    document: str
    zh_context: str
    en_context: str
    position: int = 0


@dataclass
class ConceptView:
    """A concept with its renderings and evidence, as the store hands it out."""

    id: int | None
    status: str = "candidate"  # candidate | approved | rejected
    subject: str = ""
    definition: str = ""
    note: str = ""
    score: float | None = None
    count: int = 0
    check: bool = True  # False: `glossary check` ignores this entry
    version: int = 1
    created_at: datetime | None = None
    created_by: str = ""
    updated_at: datetime | None = None
    updated_by: str = ""
    terms: list[TermView] = field(default_factory=list)
    evidence: list[EvidenceView] = field(default_factory=list)

    def renderings(self, lang: str) -> list[TermView]:
        """Terms in ``lang``, preferred first, then admitted, deprecated, superseded."""
        order = {s: i for i, s in enumerate(TERM_STATUSES)}
        terms = [t for t in self.terms if t.lang == lang]
        return sorted(terms, key=lambda t: order.get(t.status, 9))

    def preferred(self, lang: str) -> TermView | None:
        """The first preferred term in ``lang`` (or the best-ranked one if none is preferred)."""
        terms = self.renderings(lang)
        return terms[0] if terms else None

    @property
    def zh(self) -> str:
        term = self.preferred("zh")
        return term.text if term else ""

    @property
    def en(self) -> str:
        term = self.preferred("en")
        return term.text if term else ""


@dataclass
class EventView:
    """One entry of the audit trail."""

    id: int
    concept_id: int | None
    action: str
    actor: str
    at: datetime
    before: dict[str, Any] | None
    after: dict[str, Any] | None


@dataclass
class EvidenceInput:
    """Evidence of a mined candidate, before it is stored."""

    zh_context: str
    en_context: str
    position: int = 0


@dataclass
class CandidateProposal:
    """A term pair the miner proposes for review."""

    zh: str
    en: str
    score: float
    count: int = 1
    evidence: list[EvidenceInput] = field(default_factory=list)


@dataclass
class DocumentInfo:
    """A mined document: its name (usually the file name), content hash and size."""

    name: str
    sha256: str
    size: int


@dataclass
class MiningSnapshot:
    """What the miner needs to know about the glossary.

    ``approved`` maps a normalised Chinese key (see :func:`glossary.text.zh_key`) to the
    concept's renderings as ``(english, status)``; ``rejected`` holds
    ``(zh_key, en_key)`` pairs (see :func:`glossary.text.en_key`) a reviewer rejected;
    ``documents`` the sha256 of every document already mined.
    """

    approved: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    rejected: set[tuple[str, str]] = field(default_factory=set)
    candidates: set[tuple[str, str]] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)


@dataclass
class MiningOutcome:
    """What :meth:`GlossaryStore.record_mining` did."""

    document_id: int | None
    new: int = 0
    updated: int = 0
    skipped: int = 0
    already_mined: bool = False


@dataclass
class ImportSummary:
    """What an import did (or would do, on a dry run)."""

    created: int = 0
    updated: int = 0
    merged: int = 0
    skipped: int = 0
    messages: list[str] = field(default_factory=list)
