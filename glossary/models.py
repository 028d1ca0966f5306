"""SQLModel tables: the glossary is concept-oriented, like TBX.

A *concept* has terms in ``zh`` and ``en``; each term has a status that maps to
TBX ``administrativeStatus``. Candidates from the miner are concepts with status
``candidate``; their evidence rows keep both contexts. ``event`` is the audit trail:
it has no foreign key, so the history of a deleted concept survives.

The schema itself is created and upgraded by :mod:`glossary.migrations`; these
classes must match the latest migration (a test checks that they do).
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel


class Concept(SQLModel, table=True):
    """One concept: its review status, classification and miner score."""

    __tablename__ = "concept"

    id: int | None = Field(default=None, primary_key=True)
    status: str = Field(default="candidate", index=True)
    subject: str = ""
    definition: str = ""
    note: str = ""
    score: float | None = None
    count: int = 0
    check_enabled: bool = True
    version: int = 1
    created_at: datetime
    created_by: str = ""
    updated_at: datetime
    updated_by: str = ""


class Term(SQLModel, table=True):
    """A rendering of a concept in one language."""

    __tablename__ = "term"

    id: int | None = Field(default=None, primary_key=True)
    concept_id: int = Field(foreign_key="concept.id", index=True)
    lang: str
    text: str
    key: str = Field(index=True)
    pinyin: str = Field(default="", index=True)
    initials: str = Field(default="", index=True)
    status: str = "preferred"
    source: str = ""
    note: str = ""


class Document(SQLModel, table=True):
    """A mined document, recognised again by its sha256."""

    __tablename__ = "document"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    sha256: str = Field(unique=True)
    size: int = 0
    mined_at: datetime
    mined_by: str = ""


class Evidence(SQLModel, table=True):
    """A sentence pair in which a candidate was found."""

    __tablename__ = "evidence"

    id: int | None = Field(default=None, primary_key=True)
    concept_id: int = Field(foreign_key="concept.id", index=True)
    document_id: int | None = Field(default=None, foreign_key="document.id")
    zh_context: str = ""
    en_context: str = ""
    position: int = 0


class Event(SQLModel, table=True):
    """Audit trail: who did what to which concept, when, with before/after as JSON."""

    __tablename__ = "event"

    id: int | None = Field(default=None, primary_key=True)
    concept_id: int | None = Field(default=None, index=True)
    action: str
    actor: str = ""
    at: datetime
    before: str | None = None
    after: str | None = None
