"""Schema migrations: small, named, in order, recorded in ``glossary_migrations``.

Why not Alembic: the schema is five tables and the migrations are a handful of
portable DDL steps. A list of named functions keeps ``glossary`` free of Alembic's
import cost and configuration files while doing the same job: each database knows
which steps it has had, missing ones are applied in one transaction, and a database
that has steps this program does not know (made by a newer version) is refused.

Each migration works through SQLAlchemy Core on a live connection, so the same steps
run on SQLite and on PostgreSQL. Never edit a released migration: add a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from glossary.errors import DatabaseError

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

MIGRATIONS_TABLE = "glossary_migrations"


def _m0001_initial(conn: Connection) -> None:
    """The first schema: concept, term, document, evidence, event."""
    from sqlalchemy import (
        Column,
        DateTime,
        Float,
        ForeignKey,
        Integer,
        MetaData,
        String,
        Table,
        Text,
    )

    md = MetaData()
    Table(
        "concept",
        md,
        Column("id", Integer, primary_key=True),
        Column("status", String, nullable=False, index=True),
        Column("subject", String, nullable=False),
        Column("definition", Text, nullable=False),
        Column("note", Text, nullable=False),
        Column("score", Float),
        Column("count", Integer, nullable=False),
        Column("version", Integer, nullable=False),
        Column("created_at", DateTime, nullable=False),
        Column("created_by", String, nullable=False),
        Column("updated_at", DateTime, nullable=False),
        Column("updated_by", String, nullable=False),
    )
    Table(
        "term",
        md,
        Column("id", Integer, primary_key=True),
        Column("concept_id", Integer, ForeignKey("concept.id"), nullable=False, index=True),
        Column("lang", String, nullable=False),
        Column("text", Text, nullable=False),
        Column("key", Text, nullable=False, index=True),
        Column("pinyin", String, nullable=False),
        Column("initials", String, nullable=False),
        Column("status", String, nullable=False),
        Column("source", Text, nullable=False),
        Column("note", Text, nullable=False),
    )
    Table(
        "document",
        md,
        Column("id", Integer, primary_key=True),
        Column("name", Text, nullable=False),
        Column("sha256", String, nullable=False, unique=True),
        Column("size", Integer, nullable=False),
        Column("mined_at", DateTime, nullable=False),
        Column("mined_by", String, nullable=False),
    )
    Table(
        "evidence",
        md,
        Column("id", Integer, primary_key=True),
        Column("concept_id", Integer, ForeignKey("concept.id"), nullable=False, index=True),
        Column("document_id", Integer, ForeignKey("document.id")),
        Column("zh_context", Text, nullable=False),
        Column("en_context", Text, nullable=False),
        Column("position", Integer, nullable=False),
    )
    Table(
        "event",
        md,
        Column("id", Integer, primary_key=True),
        Column("concept_id", Integer, index=True),
        Column("action", String, nullable=False),
        Column("actor", String, nullable=False),
        Column("at", DateTime, nullable=False),
        Column("before", Text),
        Column("after", Text),
    )
    md.create_all(conn)


def _m0002_concept_check_enabled(conn: Connection) -> None:
    """Per-entry QA control: ``glossary check`` skips concepts with check_enabled false."""
    from sqlalchemy import text

    conn.execute(text("ALTER TABLE concept ADD COLUMN check_enabled BOOLEAN NOT NULL DEFAULT TRUE"))


def _m0003_term_pinyin_indexes(conn: Connection) -> None:
    """Indexes for pinyin and initials look-ups (``glossary lookup ydyl``)."""
    from sqlalchemy import text

    conn.execute(text("CREATE INDEX ix_term_pinyin ON term (pinyin)"))
    conn.execute(text("CREATE INDEX ix_term_initials ON term (initials)"))


def _m0004_english_keys_restemmed(conn: Connection) -> None:
    """English term keys made again with the stemmer that lets a noun in -ing and its
    plural meet ("early warnings" = "early warning"): stored keys follow
    :func:`glossary.text.en_key`, so a key made before would no longer be found."""
    _english_keys_made_again(conn)


def _m0005_english_keys_of_plurals_in_ics(conn: Connection) -> None:
    """English term keys made again with the stemmer that lets a plural in -ics meet
    its singular ("village clinics" = "village clinic"; "economics" keeps its -s)."""
    _english_keys_made_again(conn)


def _english_keys_made_again(conn: Connection) -> None:
    """Every English term's key made again with the current :func:`glossary.text.en_key`."""
    from sqlalchemy import text

    from glossary.text import en_key

    rows = conn.execute(text("SELECT id, text, key FROM term WHERE lang = 'en'")).all()
    for term_id, term_text, key in rows:
        new = en_key(term_text)
        if new != key:
            conn.execute(text("UPDATE term SET key = :k WHERE id = :i"), {"k": new, "i": term_id})


MIGRATIONS: list[tuple[str, Callable[[Connection], None]]] = [
    ("0001_initial", _m0001_initial),
    ("0002_concept_check_enabled", _m0002_concept_check_enabled),
    ("0003_term_pinyin_indexes", _m0003_term_pinyin_indexes),
    ("0004_english_keys_restemmed", _m0004_english_keys_restemmed),
    ("0005_english_keys_of_plurals_in_ics", _m0005_english_keys_of_plurals_in_ics),
]

LATEST = MIGRATIONS[-1][0]


def _migrations_table(conn: Connection) -> None:
    from sqlalchemy import Column, DateTime, MetaData, String, Table

    md = MetaData()
    Table(
        MIGRATIONS_TABLE,
        md,
        Column("name", String, primary_key=True),
        Column("applied_at", DateTime, nullable=False),
    )
    md.create_all(conn)


def applied_migrations(conn: Connection) -> list[str]:
    """Names of the migrations this database has had, oldest first."""
    from sqlalchemy import inspect, text

    if not inspect(conn).has_table(MIGRATIONS_TABLE):
        return []
    rows = conn.execute(text(f"SELECT name FROM {MIGRATIONS_TABLE} ORDER BY name")).all()
    return [r[0] for r in rows]


def upgrade(engine: Engine, target: str | None = None) -> list[str]:
    """Apply the missing migrations (up to ``target``) in one transaction.

    Returns the names applied. Raises :class:`DatabaseError` if the database has a
    migration this program does not know (it was made by a newer version), or if it
    holds tables but no migration record (it is not a glossary database).
    """
    from sqlalchemy import inspect, text

    known = [name for name, _ in MIGRATIONS]
    with engine.begin() as conn:
        done = applied_migrations(conn)
        unknown = [name for name in done if name not in known]
        if unknown:
            raise DatabaseError(
                f"the database was made by a newer version of glossary (schema {unknown[-1]}); "
                "upgrade glossary to use it"
            )
        if not done and inspect(conn).get_table_names():
            raise DatabaseError(
                "the database has tables but is not a glossary database; choose another --db"
            )
        if done == known:
            return []
        _migrations_table(conn)
        applied: list[str] = []
        for name, step in MIGRATIONS:
            if name in done:
                continue
            step(conn)
            conn.execute(
                text(f"INSERT INTO {MIGRATIONS_TABLE} (name, applied_at) VALUES (:n, :t)"),
                {"n": name, "t": datetime.now(UTC).replace(tzinfo=None)},
            )
            applied.append(name)
            if name == target:
                break
        return applied
