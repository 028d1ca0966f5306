"""GlossaryStore: the only code that reads or writes the database.

Every public write is one transaction and writes an audit event. Updates take the
concept's ``version`` the caller last saw (``expected_version``); if somebody changed
the concept since, the write fails with :class:`ConflictError` and changes nothing.
Callers get plain records (:mod:`glossary.records`), never ORM objects.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from glossary import config
from glossary.errors import (
    ConflictError,
    DatabaseError,
    DuplicateConceptError,
    NotFoundError,
    ValidationError,
)
from glossary.records import (
    CONCEPT_STATUSES,
    LANGS,
    TERM_STATUSES,
    CandidateProposal,
    ConceptView,
    DocumentInfo,
    EventView,
    EvidenceView,
    ImportSummary,
    MiningOutcome,
    MiningSnapshot,
    TermView,
)
from glossary.text import en_key, en_words, has_cjk, normalize, pinyin_keys, stem, zh_key

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlmodel import Session

    from glossary.models import Concept, Term
    from glossary.seed import SeedEntry

SQLITE_MAGIC = b"SQLite format 3\x00"
DEFAULT_BUSY_TIMEOUT = 5.0
ON_CONFLICT = ("skip", "update", "merge")


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _aware(value: datetime | None) -> datetime | None:
    """Timestamps are stored in UTC; a naive one (from an imported file) is taken as UTC."""
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def term_key(lang: str, text: str) -> str:
    """The comparison key of a term in ``lang``."""
    return zh_key(text) if lang == "zh" else en_key(text)


def _check_text(lang: str, text: str) -> str:
    text = normalize(text)
    if not text:
        raise ValidationError(f"the {lang} term is empty")
    if lang == "zh" and not has_cjk(text):
        raise ValidationError(f"the Chinese term {text!r} has no Chinese characters")
    if lang == "en" and has_cjk(text):
        raise ValidationError(f"the English term {text!r} contains Chinese characters")
    return text


def _check_term_status(status: str) -> str:
    if status not in TERM_STATUSES:
        raise ValidationError(
            f"unknown term status {status!r}; use one of: {', '.join(TERM_STATUSES)}"
        )
    return status


class GlossaryStore:
    """The glossary database. Open it with :meth:`open`; use it as a context manager."""

    def __init__(self, engine: Engine, url: str, actor: str, sqlite_file: Path | None) -> None:
        self.engine = engine
        self.url = url
        self.actor = actor
        self.sqlite_file = sqlite_file
        self.created = False
        self.seeded = 0

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(
        cls,
        db: str | None = None,
        *,
        actor: str | None = None,
        create: bool = True,
        seed: bool = True,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
    ) -> GlossaryStore:
        """Open (and on first use create, migrate and seed) the database ``db``.

        ``db`` is a path or SQLAlchemy URL; ``None`` follows :func:`config.resolve_db`.
        ``store.created`` and ``store.seeded`` tell the caller what happened.
        """
        from sqlalchemy import create_engine, event
        from sqlalchemy.pool import StaticPool

        value = config.resolve_db(db)
        path = config.sqlite_path(value)
        new = False
        kwargs: dict[str, Any] = {}
        if path is not None:
            path = path.resolve() if path.parent.exists() else path
            new = _check_sqlite_file(path, create)
            url = f"sqlite:///{path}"
        else:
            url = value
            if value in ("sqlite://", "sqlite:///:memory:"):
                kwargs = {
                    "poolclass": StaticPool,
                    "connect_args": {"check_same_thread": False},
                }
        if url.startswith("sqlite"):
            kwargs.setdefault("connect_args", {})["timeout"] = busy_timeout
        try:
            engine = create_engine(url, **kwargs)
        except Exception as exc:  # bad URL, missing driver
            raise DatabaseError(f"cannot use the database {value!r}: {exc}") from None

        if url.startswith("sqlite"):

            @event.listens_for(engine, "connect")
            def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
                cur = dbapi_conn.cursor()
                cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
                if path is not None:
                    cur.execute("PRAGMA journal_mode = WAL")
                    cur.execute("PRAGMA synchronous = NORMAL")
                cur.execute("PRAGMA foreign_keys = ON")
                cur.close()

        store = cls(engine, url, config.actor_name(actor), path)
        applied = store._migrate(value)
        store.created = "0001_initial" in applied
        if store.created and seed:
            from glossary.seed import load_seed_entries

            try:
                store.seeded = store.load_seed(load_seed_entries())
            except BaseException:
                # A database we just made and could not fill is removed, not left half-made.
                engine.dispose()
                if path is not None and new:
                    for suffix in ("", "-wal", "-shm"):
                        Path(f"{path}{suffix}").unlink(missing_ok=True)
                raise
        return store

    def _migrate(self, shown: str) -> list[str]:
        from sqlalchemy.exc import DBAPIError

        from glossary import migrations

        try:
            return migrations.upgrade(self.engine)
        except DBAPIError as exc:
            raise _db_error(exc, shown) from None

    def close(self) -> None:
        """Release the connection pool."""
        self.engine.dispose()

    def __enter__(self) -> GlossaryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------- transactions

    @contextmanager
    def _session(self) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on any error."""
        from sqlalchemy.exc import DBAPIError
        from sqlmodel import Session

        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
            session.commit()
        except DBAPIError as exc:
            session.rollback()
            raise _db_error(exc, self.url) from None
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def _concept(self, s: Session, concept_id: int) -> Concept:
        from glossary.models import Concept

        concept = s.get(Concept, concept_id)
        if concept is None:
            raise NotFoundError(f"no concept with id {concept_id}")
        return concept

    def _term(self, s: Session, term_id: int) -> Term:
        from glossary.models import Term

        term = s.get(Term, term_id)
        if term is None:
            raise NotFoundError(f"no term with id {term_id}")
        return term

    @staticmethod
    def _check_version(concept: Concept, expected_version: int | None) -> None:
        """Refuse early when the caller's view of the concept is stale."""
        if expected_version is not None and concept.version != expected_version:
            raise ConflictError(
                f"concept {concept.id} was changed by someone else since you loaded it "
                f"(your version {expected_version}, now {concept.version}); reload and try again"
            )

    def _bump(self, s: Session, concept: Concept, expected_version: int | None) -> None:
        """Claim the concept for this write: compare-and-increment its version.

        The UPDATE's WHERE clause is the lock: if another writer got in between our
        read and this write, no row matches and nothing is changed.
        """
        from sqlalchemy import update

        from glossary.models import Concept

        expected = concept.version if expected_version is None else expected_version
        now = _now()
        result = s.execute(
            update(Concept)
            .where(Concept.id == concept.id, Concept.version == expected)
            .values(version=expected + 1, updated_at=now, updated_by=self.actor)
            .execution_options(synchronize_session=False)
        )
        if result.rowcount != 1:
            s.rollback()
            raise ConflictError(
                f"concept {concept.id} was changed by someone else since you loaded it "
                f"(your version {expected}, now {concept.version}); reload and try again"
            )
        s.refresh(concept)

    def _event(
        self,
        s: Session,
        concept_id: int | None,
        action: str,
        before: ConceptView | None,
        after: ConceptView | None,
    ) -> None:
        from glossary.models import Event

        s.add(
            Event(
                concept_id=concept_id,
                action=action,
                actor=self.actor,
                at=_now(),
                before=_snapshot_json(before),
                after=_snapshot_json(after),
            )
        )

    def _view(self, s: Session, concept: Concept, evidence: bool = True) -> ConceptView:
        from sqlmodel import select

        from glossary.models import Document, Evidence, Term

        terms = s.exec(select(Term).where(Term.concept_id == concept.id).order_by(Term.id)).all()
        ev: list[EvidenceView] = []
        if evidence:
            rows = s.exec(
                select(Evidence, Document.name)
                .join(Document, Evidence.document_id == Document.id, isouter=True)
                .where(Evidence.concept_id == concept.id)
                .order_by(Evidence.id)
            ).all()
            ev = [
                EvidenceView(e.id, name or "", e.zh_context, e.en_context, e.position)
                for e, name in rows
            ]
        terms = [TermView(t.id, t.lang, t.text, t.status, t.source, t.note) for t in terms]
        return _concept_view(concept, terms, ev)

    def _approved_with_zh(self, s: Session, key: str, exclude: int | None = None) -> int | None:
        """Id of an approved concept having a Chinese term with this key, if any."""
        from sqlmodel import select

        from glossary.models import Concept, Term

        stmt = (
            select(Concept.id)
            .join(Term, Term.concept_id == Concept.id)
            .where(Term.lang == "zh", Term.key == key, Concept.status == "approved")
        )
        if exclude is not None:
            stmt = stmt.where(Concept.id != exclude)
        return s.exec(stmt.limit(1)).first()

    def _new_term(
        self,
        concept_id: int,
        lang: str,
        text: str,
        status: str = "preferred",
        source: str = "",
        note: str = "",
    ) -> Term:
        from glossary.models import Term

        if lang not in LANGS:
            raise ValidationError(f"unknown language {lang!r}; use zh or en")
        text = _check_text(lang, text)
        _check_term_status(status)
        full, _spaced, initials = pinyin_keys(text) if lang == "zh" else ("", "", "")
        return Term(
            concept_id=concept_id,
            lang=lang,
            text=text,
            key=term_key(lang, text),
            pinyin=full,
            initials=initials,
            status=status,
            source=source,
            note=note,
        )

    # ------------------------------------------------------------------ reading

    def get(self, concept_id: int) -> ConceptView:
        """The concept with its terms and evidence; :class:`NotFoundError` if unknown."""
        with self._session() as s:
            return self._view(s, self._concept(s, concept_id))

    def get_many(self, concept_ids: Sequence[int], evidence: bool = False) -> list[ConceptView]:
        """Several concepts by id (unknown ids are left out), in the order given."""
        from sqlmodel import select

        from glossary.models import Concept

        if not concept_ids:
            return []
        with self._session() as s:
            concepts = s.exec(select(Concept).where(Concept.id.in_(list(concept_ids)))).all()
            by_id = {c.id: self._view(s, c, evidence) for c in concepts}
        return [by_id[i] for i in concept_ids if i in by_id]

    def concept_for_term(self, term_id: int) -> ConceptView:
        """The concept a term belongs to."""
        with self._session() as s:
            term = self._term(s, term_id)
            return self._view(s, self._concept(s, term.concept_id))

    def find_by_zh(self, zh: str, status: str | None = "approved") -> list[ConceptView]:
        """Concepts having a Chinese term equal to ``zh`` after normalisation."""
        from sqlmodel import select

        from glossary.models import Concept, Term

        with self._session() as s:
            stmt = (
                select(Concept)
                .join(Term, Term.concept_id == Concept.id)
                .where(Term.lang == "zh", Term.key == zh_key(zh))
                .distinct()
                .order_by(Concept.id)
            )
            if status:
                stmt = stmt.where(Concept.status == status)
            return [self._view(s, c) for c in s.exec(stmt).all()]

    def history(self, concept_id: int) -> list[EventView]:
        """The audit trail of a concept, oldest first (also after it was deleted)."""
        from sqlmodel import select

        from glossary.models import Event

        with self._session() as s:
            events = s.exec(
                select(Event).where(Event.concept_id == concept_id).order_by(Event.id)
            ).all()
            if not events:
                self._concept(s, concept_id)  # NotFoundError for an id that never existed
            return [
                EventView(
                    e.id or 0,
                    e.concept_id,
                    e.action,
                    e.actor,
                    e.at,
                    json.loads(e.before) if e.before else None,
                    json.loads(e.after) if e.after else None,
                )
                for e in events
            ]

    def iter_concepts(
        self,
        status: str | None = "approved",
        subject: str | None = None,
        batch_size: int = 2000,
        evidence: bool = True,
    ) -> Iterator[ConceptView]:
        """Every concept (filtered), by id, read in batches so memory stays flat.

        Plain Core queries, no ORM objects: exports of 100,000 concepts read fast.
        """
        from sqlalchemy import select

        from glossary.models import Concept

        c = Concept.__table__
        last = 0
        while True:
            with self.engine.connect() as conn:
                stmt = select(c).where(c.c.id > last)
                if status and status != "all":
                    stmt = stmt.where(c.c.status == status)
                if subject:
                    stmt = stmt.where(c.c.subject == subject)
                concepts = conn.execute(stmt.order_by(c.c.id).limit(batch_size)).all()
                if not concepts:
                    return
                views = _load_views(conn, concepts, evidence)
            yield from views
            last = concepts[-1].id

    def qa_rows(self) -> list[tuple[int, bool, str, str, str]]:
        """``(concept_id, check_enabled, lang, text, term_status)`` of every approved term.

        Flat rows for building the recognisers of ``annotate`` and ``check`` quickly.
        """
        from sqlalchemy import text

        sql = (
            "SELECT c.id, c.check_enabled, t.lang, t.text, t.status FROM term t "
            "JOIN concept c ON c.id = t.concept_id WHERE c.status = 'approved' ORDER BY t.id"
        )
        with self.engine.connect() as conn:
            return [(r[0], bool(r[1]), r[2], r[3], r[4]) for r in conn.execute(text(sql))]

    def candidates(
        self,
        min_score: float = 0.0,
        document: str | None = None,
        text: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        evidence: bool = True,
    ) -> list[ConceptView]:
        """The review queue: candidates, best score first, optionally filtered.

        ``document`` matches a document name (substring); ``text`` a substring of any
        term, case-insensitive. ``limit``/``offset`` page through a long queue.
        """
        from sqlalchemy import func, or_, select

        from glossary.models import Concept, Document, Evidence, Term

        c, t = Concept.__table__, Term.__table__
        e, d = Evidence.__table__, Document.__table__
        stmt = select(c).where(c.c.status == "candidate")
        if min_score:
            stmt = stmt.where(c.c.score >= min_score)
        if document:
            sub = (
                select(e.c.concept_id)
                .join(d, e.c.document_id == d.c.id)
                .where(d.c.name.contains(document))
            )
            stmt = stmt.where(c.c.id.in_(sub))
        if text:
            needle = text.lower()
            sub = select(t.c.concept_id).where(
                or_(func.lower(t.c.text).contains(needle), t.c.key.contains(needle))
            )
            stmt = stmt.where(c.c.id.in_(sub))
        stmt = stmt.order_by(c.c.score.desc(), c.c.id).offset(offset)
        if limit:
            stmt = stmt.limit(limit)
        with self.engine.connect() as conn:
            return _load_views(conn, conn.execute(stmt).all(), evidence)

    def documents(self) -> list[dict[str, Any]]:
        """Mined documents, newest first."""
        from sqlmodel import select

        from glossary.models import Document

        with self._session() as s:
            docs = s.exec(select(Document).order_by(Document.id.desc())).all()
            return [d.model_dump() for d in docs]

    def stats(self) -> dict[str, Any]:
        """Counts by concept status, term language and status, documents, evidence, events."""
        from sqlalchemy import func
        from sqlmodel import select

        from glossary.models import Concept, Document, Event, Evidence, Term

        with self._session() as s:
            concepts = dict(
                s.exec(select(Concept.status, func.count()).group_by(Concept.status)).all()
            )
            terms: dict[str, dict[str, int]] = {}
            for lang, status, n in s.exec(
                select(Term.lang, Term.status, func.count()).group_by(Term.lang, Term.status)
            ).all():
                terms.setdefault(lang, {})[status] = n
            subjects = dict(
                s.exec(
                    select(Concept.subject, func.count())
                    .where(Concept.status == "approved")
                    .group_by(Concept.subject)
                    .order_by(func.count().desc())
                ).all()
            )
            return {
                "database": self.url,
                "concepts": {st: int(concepts.get(st, 0)) for st in CONCEPT_STATUSES},
                "terms": terms,
                "subjects": subjects,
                "documents": s.exec(select(func.count()).select_from(Document)).one(),
                "evidence": s.exec(select(func.count()).select_from(Evidence)).one(),
                "events": s.exec(select(func.count()).select_from(Event)).one(),
            }

    def generation(self) -> int:
        """A number that changes whenever the glossary changes (the last audit event id)."""
        from sqlalchemy import text

        with self.engine.connect() as conn:
            return int(conn.execute(text("SELECT COALESCE(MAX(id), 0) FROM event")).scalar_one())

    def lookup_rows(self, status: str | None = "approved") -> list[tuple[Any, ...]]:
        """Rows for the lookup index, one per term (see :data:`glossary.lookup.Row`)."""
        from sqlalchemy import text

        sql = f"SELECT {LOOKUP_COLUMNS}"
        params: dict[str, Any] = {}
        if status and status != "all":
            sql += " WHERE c.status = :status"
            params["status"] = status
        sql += " ORDER BY t.id"
        with self.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql), params)]

    # ------------------------------------------------------------------ writing

    def add_entry(
        self,
        zh: str,
        en: str,
        *,
        subject: str = "",
        status: str = "approved",
        term_status: str = "preferred",
        source: str = "",
        note: str = "",
        definition: str = "",
        alternatives: Iterable[tuple[str, str]] = (),
        score: float | None = None,
    ) -> ConceptView:
        """Add a concept with a Chinese and an English term.

        ``alternatives`` are further English renderings as ``(text, status)``.
        Raises :class:`DuplicateConceptError` if ``status`` is approved and an approved
        concept already has this Chinese term: add the rendering to it instead.
        """
        from glossary.models import Concept

        if status not in CONCEPT_STATUSES:
            raise ValidationError(
                f"unknown concept status {status!r}; use one of: {', '.join(CONCEPT_STATUSES)}"
            )
        zh = _check_text("zh", zh)
        en = _check_text("en", en)
        _check_term_status(term_status)
        alternatives = [(_check_text("en", t), _check_term_status(st)) for t, st in alternatives]
        with self._session() as s:
            if status == "approved":
                existing = self._approved_with_zh(s, zh_key(zh))
                if existing is not None:
                    raise DuplicateConceptError(
                        f"{zh} is already approved as concept {existing}; add the rendering "
                        f'to it instead (e.g. `glossary add-term {existing} "{en}"`) '
                        f"or merge",
                        existing,
                    )
            now = _now()
            concept = Concept(
                status=status,
                subject=subject,
                definition=definition,
                note=note,
                score=score,
                created_at=now,
                created_by=self.actor,
                updated_at=now,
                updated_by=self.actor,
            )
            s.add(concept)
            s.flush()
            assert concept.id is not None
            s.add(self._new_term(concept.id, "zh", zh, "preferred", source))
            s.add(self._new_term(concept.id, "en", en, term_status, source))
            for text, st in alternatives:
                if term_key("en", text) != term_key("en", en):
                    s.add(self._new_term(concept.id, "en", text, st, source))
            s.flush()
            view = self._view(s, concept)
            self._event(s, concept.id, "create", None, view)
            return view

    def approve(self, concept_id: int, expected_version: int | None = None) -> ConceptView:
        """Approve a candidate (or a rejected concept).

        If another approved concept already has this Chinese term, raises
        :class:`DuplicateConceptError` carrying its id: merge instead of duplicating.
        """
        with self._session() as s:
            concept = self._concept(s, concept_id)
            self._check_version(concept, expected_version)
            before = self._view(s, concept, evidence=False)
            if concept.status == "approved":
                return before
            for term in before.renderings("zh"):
                existing = self._approved_with_zh(s, term_key("zh", term.text), concept_id)
                if existing is not None:
                    raise DuplicateConceptError(
                        f"{term.text} is already approved as concept {existing}; "
                        f"merge {concept_id} into {existing} instead",
                        existing,
                    )
            self._bump(s, concept, expected_version)
            concept.status = "approved"
            s.add(concept)
            s.flush()
            after = self._view(s, concept, evidence=False)
            self._event(s, concept_id, "approve", before, after)
            return self._view(s, concept)

    def reject(self, concept_id: int, expected_version: int | None = None) -> ConceptView:
        """Reject a concept; the miner will not propose the same pair again."""
        return self._set_status(concept_id, "rejected", expected_version)

    def reopen(self, concept_id: int, expected_version: int | None = None) -> ConceptView:
        """Put a concept back into the review queue (undo of approve/reject)."""
        return self._set_status(concept_id, "candidate", expected_version)

    def _set_status(self, concept_id: int, status: str, expected: int | None) -> ConceptView:
        with self._session() as s:
            concept = self._concept(s, concept_id)
            self._check_version(concept, expected)
            before = self._view(s, concept, evidence=False)
            if concept.status == status:
                return self._view(s, concept)
            self._bump(s, concept, expected)
            concept.status = status
            s.add(concept)
            s.flush()
            self._event(
                s,
                concept_id,
                status if status != "candidate" else "reopen",
                before,
                self._view(s, concept, evidence=False),
            )
            return self._view(s, concept)

    def update_concept(
        self,
        concept_id: int,
        expected_version: int | None = None,
        *,
        subject: str | None = None,
        definition: str | None = None,
        note: str | None = None,
        check: bool | None = None,
    ) -> ConceptView:
        """Change a concept's subject, definition, note or QA flag."""
        with self._session() as s:
            concept = self._concept(s, concept_id)
            before = self._view(s, concept, evidence=False)
            self._bump(s, concept, expected_version)
            if subject is not None:
                concept.subject = subject
            if definition is not None:
                concept.definition = definition
            if note is not None:
                concept.note = note
            if check is not None:
                concept.check_enabled = check
            s.add(concept)
            s.flush()
            self._event(s, concept_id, "update", before, self._view(s, concept, evidence=False))
            return self._view(s, concept)

    def add_term(
        self,
        concept_id: int,
        text: str,
        *,
        lang: str = "en",
        status: str = "admitted",
        source: str = "",
        note: str = "",
        expected_version: int | None = None,
    ) -> ConceptView:
        """Add a rendering to a concept. A new preferred term demotes the old one to admitted."""
        with self._session() as s:
            concept = self._concept(s, concept_id)
            before = self._view(s, concept, evidence=False)
            term = self._new_term(concept_id, lang, text, status, source, note)
            if any(t.lang == lang and term_key(lang, t.text) == term.key for t in before.terms):
                raise ValidationError(f"concept {concept_id} already has the term {term.text!r}")
            if lang == "zh" and concept.status == "approved":
                other = self._approved_with_zh(s, term.key, concept_id)
                if other is not None:
                    raise DuplicateConceptError(
                        f"{term.text} is already approved as concept {other}; merge instead",
                        other,
                    )
            self._bump(s, concept, expected_version)
            if status == "preferred":
                self._demote_preferred(s, concept_id, lang)
            s.add(term)
            s.flush()
            self._event(s, concept_id, "add-term", before, self._view(s, concept, evidence=False))
            return self._view(s, concept)

    def _demote_preferred(self, s: Session, concept_id: int, lang: str, keep: int | None = None):
        from sqlmodel import select

        from glossary.models import Term

        for t in s.exec(
            select(Term).where(
                Term.concept_id == concept_id, Term.lang == lang, Term.status == "preferred"
            )
        ):
            if t.id != keep:
                t.status = "admitted"
                s.add(t)

    def edit_term(
        self,
        term_id: int,
        text: str,
        expected_version: int | None = None,
        *,
        source: str | None = None,
        note: str | None = None,
    ) -> ConceptView:
        """Correct the text (and optionally source/note) of a rendering."""
        with self._session() as s:
            term = self._term(s, term_id)
            concept = self._concept(s, term.concept_id)
            before = self._view(s, concept, evidence=False)
            new = _check_text(term.lang, text)
            key = term_key(term.lang, new)
            if term.lang == "zh" and concept.status == "approved":
                other = self._approved_with_zh(s, key, concept.id)
                if other is not None:
                    raise DuplicateConceptError(
                        f"{new} is already approved as concept {other}; merge instead", other
                    )
            self._bump(s, concept, expected_version)
            term.text = new
            term.key = key
            if term.lang == "zh":
                term.pinyin, _spaced, term.initials = pinyin_keys(new)
            if source is not None:
                term.source = source
            if note is not None:
                term.note = note
            s.add(term)
            s.flush()
            self._event(s, concept.id, "edit-term", before, self._view(s, concept, evidence=False))
            return self._view(s, concept)

    def set_term_status(
        self, term_id: int, status: str, expected_version: int | None = None
    ) -> ConceptView:
        """Set a rendering's status; making one preferred demotes the previous preferred."""
        _check_term_status(status)
        with self._session() as s:
            term = self._term(s, term_id)
            concept = self._concept(s, term.concept_id)
            before = self._view(s, concept, evidence=False)
            self._bump(s, concept, expected_version)
            if status == "preferred":
                self._demote_preferred(s, concept.id, term.lang, keep=term.id)
            term.status = status
            s.add(term)
            s.flush()
            self._event(s, concept.id, "set-status", before, self._view(s, concept, evidence=False))
            return self._view(s, concept)

    def remove_term(self, term_id: int, expected_version: int | None = None) -> ConceptView:
        """Remove a rendering; a concept keeps at least one term in each language."""
        with self._session() as s:
            term = self._term(s, term_id)
            concept = self._concept(s, term.concept_id)
            before = self._view(s, concept, evidence=False)
            if len(before.renderings(term.lang)) <= 1:
                raise ValidationError(
                    f"term {term_id} is the concept's only {term.lang} term; edit it instead"
                )
            self._bump(s, concept, expected_version)
            s.delete(term)
            s.flush()
            self._event(
                s, concept.id, "remove-term", before, self._view(s, concept, evidence=False)
            )
            return self._view(s, concept)

    def merge(
        self,
        source_id: int,
        target_id: int,
        *,
        en_status: str = "admitted",
        expected_version: int | None = None,
        target_version: int | None = None,
    ) -> ConceptView:
        """Merge concept ``source_id`` into ``target_id``; the source is deleted.

        The source's English renderings the target lacks are added with ``en_status``
        (``preferred`` demotes the target's preferred to admitted); its other terms
        keep their statuses, and its evidence moves to the target.
        """
        from sqlmodel import select

        from glossary.models import Evidence, Term

        _check_term_status(en_status)
        if source_id == target_id:
            raise ValidationError("cannot merge a concept into itself")
        with self._session() as s:
            source = self._concept(s, source_id)
            target = self._concept(s, target_id)
            src_before = self._view(s, source, evidence=False)
            tgt_before = self._view(s, target, evidence=False)
            self._bump(s, source, expected_version)
            self._bump(s, target, target_version)
            have = {(t.lang, term_key(t.lang, t.text)) for t in tgt_before.terms}
            for t in s.exec(select(Term).where(Term.concept_id == source_id)).all():
                if (t.lang, t.key) in have:
                    s.delete(t)
                    continue
                status = en_status if t.lang == "en" else "admitted"
                if t.lang == "en" and t.status in ("deprecated", "superseded"):
                    status = t.status
                if status == "preferred":
                    self._demote_preferred(s, target_id, t.lang)
                t.concept_id = target_id
                t.status = status
                have.add((t.lang, t.key))
                s.add(t)
            for e in s.exec(select(Evidence).where(Evidence.concept_id == source_id)).all():
                e.concept_id = target_id
                s.add(e)
            target.count = (target.count or 0) + (source.count or 0)
            if not target.note and source.note:
                target.note = source.note
            s.add(target)
            s.flush()
            s.delete(source)
            s.flush()
            tgt_after = self._view(s, target, evidence=False)
            self._event(s, source_id, f"merged-into:{target_id}", src_before, None)
            self._event(s, target_id, f"merge-from:{source_id}", tgt_before, tgt_after)
            return self._view(s, target)

    def delete(self, concept_id: int, expected_version: int | None = None) -> None:
        """Delete a concept with its terms and evidence; its history stays."""
        from sqlmodel import delete

        from glossary.models import Concept, Evidence, Term

        with self._session() as s:
            concept = self._concept(s, concept_id)
            before = self._view(s, concept, evidence=False)
            self._bump(s, concept, expected_version)
            s.execute(delete(Evidence).where(Evidence.concept_id == concept_id))
            s.execute(delete(Term).where(Term.concept_id == concept_id))
            s.execute(delete(Concept).where(Concept.id == concept_id))
            self._event(s, concept_id, "delete", before, None)

    # ------------------------------------------------------------------- mining

    def mining_snapshot(self) -> MiningSnapshot:
        """Approved renderings, rejected and pending pairs, and mined documents."""
        from sqlalchemy import text

        snap = MiningSnapshot()
        sql = (
            "SELECT c.id, c.status, t.lang, t.text, t.key, t.status FROM term t "
            "JOIN concept c ON c.id = t.concept_id ORDER BY c.id, t.id"
        )
        with self.engine.connect() as conn:
            by_concept: dict[int, tuple[str, list[tuple[str, str, str, str]]]] = {}
            for cid, cstatus, lang, text_, key, tstatus in conn.execute(text(sql)):
                by_concept.setdefault(cid, (cstatus, []))[1].append((lang, text_, key, tstatus))
            for sha in conn.execute(text("SELECT sha256 FROM document")):
                snap.documents.add(sha[0])
        for cstatus, terms in by_concept.values():
            zh_keys = [k for lang, _t, k, _s in terms if lang == "zh"]
            en_terms = [(t, k, st) for lang, t, k, st in terms if lang == "en"]
            for zk in zh_keys:
                if cstatus == "approved":
                    snap.approved.setdefault(zk, []).extend((t, st) for t, _k, st in en_terms)
                else:
                    target = snap.rejected if cstatus == "rejected" else snap.candidates
                    target.update((zk, k) for _t, k, _st in en_terms)
        return snap

    def record_mining(
        self, document: DocumentInfo, proposals: Sequence[CandidateProposal]
    ) -> MiningOutcome:
        """Store a mined document and its new candidates with evidence, in one transaction.

        A document already mined (same sha256) records nothing. A proposal whose pair
        was rejected is skipped; one that is already a candidate gets the new evidence.
        """
        from sqlmodel import select

        from glossary.models import Concept, Document, Evidence, Term

        with self._session() as s:
            if s.exec(select(Document.id).where(Document.sha256 == document.sha256)).first():
                return MiningOutcome(document_id=None, already_mined=True)
            doc = Document(
                name=document.name,
                sha256=document.sha256,
                size=document.size,
                mined_at=_now(),
                mined_by=self.actor,
            )
            s.add(doc)
            s.flush()
            outcome = MiningOutcome(document_id=doc.id)
            pairs: dict[tuple[str, str], tuple[int, str]] = {}
            rows = s.exec(
                select(Term.concept_id, Term.lang, Term.key, Concept.status)
                .join(Concept, Concept.id == Term.concept_id)
                .where(Concept.status.in_(["candidate", "rejected"]))
            ).all()
            zh_of: dict[int, list[str]] = {}
            en_of: dict[int, list[str]] = {}
            status_of: dict[int, str] = {}
            for cid, lang, key, status in rows:
                (zh_of if lang == "zh" else en_of).setdefault(cid, []).append(key)
                status_of[cid] = status
            for cid, zks in zh_of.items():
                for zk in zks:
                    for ek in en_of.get(cid, []):
                        pairs[(zk, ek)] = (cid, status_of[cid])
            now = _now()
            for p in proposals:
                pair = (zh_key(p.zh), en_key(p.en))
                hit = pairs.get(pair)
                if hit and hit[1] == "rejected":
                    outcome.skipped += 1
                    continue
                if hit:
                    concept = s.get(Concept, hit[0])
                    assert concept is not None
                    before = self._view(s, concept, evidence=False)
                    concept.count = (concept.count or 0) + p.count
                    concept.score = max(concept.score or 0.0, p.score)
                    concept.version += 1
                    concept.updated_at = now
                    concept.updated_by = self.actor
                    s.add(concept)
                    outcome.updated += 1
                    action = "mine-update"
                else:
                    try:
                        zh_term = self._new_term(0, "zh", p.zh)
                        en_term = self._new_term(0, "en", p.en)
                    except ValidationError:
                        outcome.skipped += 1
                        continue
                    concept = Concept(
                        status="candidate",
                        score=p.score,
                        count=p.count,
                        created_at=now,
                        created_by=self.actor,
                        updated_at=now,
                        updated_by=self.actor,
                    )
                    s.add(concept)
                    s.flush()
                    assert concept.id is not None
                    zh_term.concept_id = en_term.concept_id = concept.id
                    s.add(zh_term)
                    s.add(en_term)
                    pairs[pair] = (concept.id, "candidate")
                    before = None
                    outcome.new += 1
                    action = "propose"
                for ev in p.evidence:
                    s.add(
                        Evidence(
                            concept_id=concept.id,
                            document_id=doc.id,
                            zh_context=ev.zh_context,
                            en_context=ev.en_context,
                            position=ev.position,
                        )
                    )
                s.flush()
                self._event(s, concept.id, action, before, self._view(s, concept, evidence=False))
            return outcome

    # ------------------------------------------------------------ bulk loading

    def load_seed(self, entries: Sequence[SeedEntry]) -> int:
        """Load shipped seed entries as approved concepts (skipping Chinese terms present)."""
        concepts = [
            ConceptView(
                id=None,
                status="approved",
                subject=e.subject,
                note=e.note,
                terms=[
                    TermView(None, "zh", e.zh, "preferred", e.source),
                    TermView(None, "en", e.en, "preferred", e.source),
                    *(TermView(None, "en", a.text, a.status, e.source) for a in e.alternatives),
                ],
            )
            for e in entries
        ]
        summary = self.import_concepts(concepts, on_conflict="skip", action="seed")
        return summary.created

    def import_concepts(
        self,
        concepts: Iterable[ConceptView],
        *,
        on_conflict: str = "skip",
        dry_run: bool = False,
        action: str = "import",
        keep_ids: bool = True,
    ) -> ImportSummary:
        """Import whole concepts in one transaction (bulk inserts; fast for 100,000).

        A conflict is an existing non-rejected concept with one of the incoming Chinese
        terms. ``skip`` leaves it alone; ``update`` replaces its fields and terms with
        the incoming ones; ``merge`` adds the incoming terms it lacks, with their
        statuses. The incoming id is kept when it is free (so an export imported into
        an empty glossary exports identically). ``dry_run`` rolls everything back.
        """
        from sqlalchemy import insert, select

        from glossary.models import Concept, Document, Event, Evidence, Term

        if on_conflict not in ON_CONFLICT:
            raise ValidationError(
                f"unknown --on-conflict {on_conflict!r}; use skip, update or merge"
            )
        summary = ImportSummary()
        with self._session() as s:
            conn = s.connection()
            existing: dict[str, int] = {}
            for cid, key in conn.execute(
                select(Term.concept_id, Term.key)
                .join(Concept, Concept.id == Term.concept_id)
                .where(Term.lang == "zh", Concept.status != "rejected")
            ):
                existing.setdefault(key, cid)
            used_ids = {r[0] for r in conn.execute(select(Concept.id))}
            now = _now()
            documents: dict[str, int] = {}
            for doc_id, name in conn.execute(select(Document.id, Document.name)):
                documents.setdefault(name, doc_id)

            def document_id(name: str) -> int | None:
                """The document an imported evidence sentence names, recorded if new."""
                if not name:
                    return None
                if name not in documents:
                    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()
                    documents[name] = conn.execute(
                        insert(Document).values(
                            name=name,
                            # Not the file's hash (we never saw the file): a marker that
                            # cannot collide with one, so the file can still be mined.
                            sha256=f"imported:{digest}",
                            size=0,
                            mined_at=now,
                            mined_by=self.actor,
                        )
                    ).inserted_primary_key[0]
                return documents[name]

            next_id = max(used_ids, default=0) + 1
            concept_rows: list[dict[str, Any]] = []
            term_rows: list[dict[str, Any]] = []
            evidence_rows: list[dict[str, Any]] = []
            event_rows: list[dict[str, Any]] = []

            def flush() -> None:
                for table, rows in (
                    (Concept, concept_rows),
                    (Term, term_rows),
                    (Evidence, evidence_rows),
                    (Event, event_rows),
                ):
                    if rows:
                        conn.execute(insert(table), rows)
                        rows.clear()

            for n, view in enumerate(concepts, 1):
                terms = [t for t in view.terms if t.lang in LANGS and normalize(t.text)]
                for t in terms:
                    t.text = _check_text(t.lang, t.text)
                    _check_term_status(t.status)
                zh_terms = [t for t in terms if t.lang == "zh"]
                if not zh_terms or not [t for t in terms if t.lang == "en"]:
                    summary.skipped += 1
                    summary.messages.append(
                        f"entry {view.id or n}: needs a Chinese and an English term; skipped"
                    )
                    continue
                if view.status not in CONCEPT_STATUSES:
                    raise ValidationError(
                        f"entry {view.id or n}: unknown concept status {view.status!r}"
                    )
                keys = [term_key("zh", t.text) for t in zh_terms]
                clash = next((existing[k] for k in keys if k in existing), None)
                if clash is not None:
                    if on_conflict == "skip":
                        summary.skipped += 1
                        continue
                    flush()
                    self._import_into(s, clash, view, terms, on_conflict, action)
                    if on_conflict == "update":
                        summary.updated += 1
                    else:
                        summary.merged += 1
                    continue
                cid = view.id if keep_ids and view.id and view.id not in used_ids else None
                if cid is None:
                    while next_id in used_ids:
                        next_id += 1
                    cid = next_id
                used_ids.add(cid)
                concept_rows.append(
                    {
                        "id": cid,
                        "status": view.status,
                        "subject": view.subject or "",
                        "definition": view.definition or "",
                        "note": view.note or "",
                        "score": view.score,
                        "count": view.count or 0,
                        "check_enabled": view.check,
                        "version": 1,
                        "created_at": _aware(view.created_at) or now,
                        "created_by": view.created_by or self.actor,
                        "updated_at": _aware(view.updated_at or view.created_at) or now,
                        "updated_by": view.updated_by or view.created_by or self.actor,
                    }
                )
                for t in terms:
                    full, _sp, initials = pinyin_keys(t.text) if t.lang == "zh" else ("", "", "")
                    term_rows.append(
                        {
                            "concept_id": cid,
                            "lang": t.lang,
                            "text": t.text,
                            "key": term_key(t.lang, t.text),
                            "pinyin": full,
                            "initials": initials,
                            "status": t.status,
                            "source": t.source or "",
                            "note": t.note or "",
                        }
                    )
                for e in view.evidence:
                    evidence_rows.append(
                        {
                            "concept_id": cid,
                            "document_id": document_id(e.document),
                            "zh_context": e.zh_context,
                            "en_context": e.en_context,
                            "position": e.position,
                        }
                    )
                event_rows.append(
                    {
                        "concept_id": cid,
                        "action": action,
                        "actor": self.actor,
                        "at": now,
                        "before": None,
                        "after": json.dumps(
                            {"zh": zh_terms[0].text, "status": view.status}, ensure_ascii=False
                        ),
                    }
                )
                for k in keys:
                    existing.setdefault(k, cid)
                summary.created += 1
                if len(concept_rows) >= 2000:
                    flush()
            flush()
            if dry_run:
                s.rollback()
        return summary

    def _import_into(
        self,
        s: Session,
        concept_id: int,
        view: ConceptView,
        terms: list[TermView],
        mode: str,
        action: str,
    ) -> None:
        """Apply an incoming concept to an existing one (update or merge)."""
        from sqlmodel import delete

        from glossary.models import Term

        concept = self._concept(s, concept_id)
        before = self._view(s, concept, evidence=False)
        self._bump(s, concept, None)
        if mode == "update":
            concept.subject = view.subject or concept.subject
            concept.definition = view.definition or concept.definition
            concept.note = view.note or concept.note
            concept.status = view.status
            concept.check_enabled = view.check
            s.execute(delete(Term).where(Term.concept_id == concept_id))
            for t in terms:
                s.add(self._new_term(concept_id, t.lang, t.text, t.status, t.source, t.note))
        else:
            have = {(t.lang, term_key(t.lang, t.text)) for t in before.terms}
            for t in terms:
                if (t.lang, term_key(t.lang, t.text)) in have:
                    continue
                status = "admitted" if t.status == "preferred" else t.status
                s.add(self._new_term(concept_id, t.lang, t.text, status, t.source, t.note))
                have.add((t.lang, term_key(t.lang, t.text)))
            if not concept.definition and view.definition:
                concept.definition = view.definition
        s.add(concept)
        s.flush()
        self._event(s, concept_id, f"{action}-{mode}", before, self._view(s, concept, False))


# ---------------------------------------------------------------- helpers


def _check_sqlite_file(path: Path, create: bool) -> bool:
    """Validate a SQLite database path; True if the database does not exist yet."""
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder; give a database file path to --db")
    if not path.exists():
        if not path.parent.exists():
            raise DatabaseError(
                f"cannot create {path}: the folder {path.parent} does not exist "
                "(create it first or choose another --db)"
            )
        if not create:
            raise DatabaseError(f"no glossary database at {path}; run `glossary init` first")
        return True
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise DatabaseError(f"cannot read {path}: {exc.strerror}") from None
    if not head:
        return True
    if head != SQLITE_MAGIC:
        raise DatabaseError(f"{path} is not a glossary database (not a SQLite file)")
    return False


def _db_error(exc: Exception, where: str) -> DatabaseError:
    """Turn a driver error into a one-line :class:`DatabaseError` that says what to do."""
    orig = getattr(exc, "orig", exc)
    msg = str(orig).splitlines()[0] if str(orig) else orig.__class__.__name__
    lowered = msg.lower()
    if "locked" in lowered or "busy" in lowered:
        return DatabaseError(
            f"the database {where} is locked by another program; try again in a moment"
        )
    if "not a database" in lowered or "malformed" in lowered:
        return DatabaseError(f"{where} is not a usable glossary database ({msg})")
    if "readonly" in lowered or "read-only" in lowered:
        return DatabaseError(f"the database {where} is read-only ({msg})")
    if isinstance(orig, sqlite3.Error):
        return DatabaseError(f"database error on {where}: {msg}")
    return DatabaseError(f"database error on {where}: {msg}")


def _load_views(conn: Any, concepts: Sequence[Any], evidence: bool) -> list[ConceptView]:
    """Views of the given concept rows, their terms and evidence read in a few queries."""
    from sqlalchemy import select

    from glossary.models import Document, Evidence, Term

    t, e, d = Term.__table__, Evidence.__table__, Document.__table__
    ids = [row.id for row in concepts]
    terms: dict[int, list[TermView]] = {i: [] for i in ids}
    evs: dict[int, list[EvidenceView]] = {i: [] for i in ids}
    for start in range(0, len(ids), 900):  # stay under SQLite's bound-parameter limit
        chunk = ids[start : start + 900]
        for r in conn.execute(
            select(t.c.id, t.c.concept_id, t.c.lang, t.c.text, t.c.status, t.c.source, t.c.note)
            .where(t.c.concept_id.in_(chunk))
            .order_by(t.c.id)
        ):
            terms[r.concept_id].append(TermView(r.id, r.lang, r.text, r.status, r.source, r.note))
        if evidence:
            for r in conn.execute(
                select(e, d.c.name)
                .join(d, e.c.document_id == d.c.id, isouter=True)
                .where(e.c.concept_id.in_(chunk))
                .order_by(e.c.id)
            ):
                evs[r.concept_id].append(
                    EvidenceView(r.id, r.name or "", r.zh_context, r.en_context, r.position)
                )
    return [_concept_view(row, terms[row.id], evs[row.id]) for row in concepts]


def _concept_view(c: Any, terms: list[TermView], evidence: list[EvidenceView]) -> ConceptView:
    """A :class:`ConceptView` from a concept ORM object or Core row (same attribute names)."""
    return ConceptView(
        id=c.id,
        status=c.status,
        subject=c.subject,
        definition=c.definition,
        note=c.note,
        score=c.score,
        count=c.count,
        check=bool(c.check_enabled),
        version=c.version,
        created_at=_aware(c.created_at),
        created_by=c.created_by,
        updated_at=_aware(c.updated_at),
        updated_by=c.updated_by,
        terms=terms,
        evidence=evidence,
    )


def _snapshot_json(view: ConceptView | None) -> str | None:
    """An audit snapshot of a concept (without evidence), as JSON."""
    if view is None:
        return None
    data = asdict(view)
    data.pop("evidence", None)
    return json.dumps(data, ensure_ascii=False, default=str, sort_keys=True)


LOOKUP_COLUMNS = (
    "t.id, c.id, c.status, t.lang, t.text, t.key, t.pinyin, t.initials, t.status "
    "FROM term t JOIN concept c ON c.id = t.concept_id"
)


class SqliteTermSource:
    """A :class:`glossary.lookup.TermSource` that asks a SQLite file directly.

    The fast path for a one-shot ``glossary lookup``: the stdlib driver instead of
    SQLAlchemy (whose import alone costs more than the look-up), and only the terms
    that can match are read, never the whole glossary. Use :meth:`open`, which
    returns None when the file is not an existing, fully migrated glossary database.
    """

    def __init__(self, conn: sqlite3.Connection, status: str | None) -> None:
        self.conn = conn
        self.status = None if status in (None, "all") else status

    @classmethod
    def open(cls, db: str | None, status: str | None = "approved") -> SqliteTermSource | None:
        """Connect read-only to the SQLite glossary ``db``; None if that is not possible."""
        from glossary.migrations import LATEST, MIGRATIONS_TABLE

        path = config.sqlite_path(config.resolve_db(db))
        if path is None or not path.is_file():
            return None
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=DEFAULT_BUSY_TIMEOUT)
        except sqlite3.Error:
            return None
        try:
            latest = conn.execute(f"SELECT MAX(name) FROM {MIGRATIONS_TABLE}").fetchone()[0]
        except sqlite3.Error:
            conn.close()
            return None
        if latest != LATEST:
            conn.close()
            return None
        return cls(conn, status)

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def _rows(self, where: str, params: Sequence[Any], limit: int | None = None) -> list[tuple]:
        sql = f"SELECT {LOOKUP_COLUMNS} WHERE ({where})"
        args = list(params)
        if self.status:
            sql += " AND +c.status = ?"  # unary +: keep the planner on the term indexes
            args.append(self.status)
        if limit:
            sql += f" LIMIT {int(limit)}"
        try:
            return self.conn.execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise _db_error(exc, "the glossary database") from None

    def candidates(self, query: Any, cap: int, scan: bool = False) -> list[tuple]:
        """Terms that may match (see :meth:`glossary.lookup.TermSource.candidates`).

        The cheap kinds use the indexes on key, pinyin and initials (range queries for
        prefixes); ``scan`` reads every key of one language with ``instr``.
        """
        if query.is_zh:
            if scan:
                return self._rows("t.lang = 'zh' AND instr(t.key, ?) > 0", [query.zh], cap)
            grams = query.grams()
            where = "t.lang = 'zh' AND ((t.key >= ? AND t.key < ?)"
            where += f" OR t.key IN ({','.join('?' * len(grams))}))" if grams else ")"
            return self._rows(where, [query.zh, query.zh + "\U0010ffff", *grams], cap)
        if scan:
            if not query.en:
                return []
            return self._rows("t.lang = 'en' AND instr(t.key, ?) > 0", [query.en], cap)
        rows = []
        if query.en:
            rows += self._rows(
                "t.lang = 'en' AND t.key >= ? AND t.key < ?", [query.en, query.en + "~"], cap
            )
        if len(query.pinyin) >= 2:
            rows += self._rows(
                "t.lang = 'zh' AND (t.initials = ? OR (t.pinyin >= ? AND t.pinyin < ?))",
                [query.pinyin, query.pinyin, query.pinyin + "~"],
                cap,
            )
        return rows

    def _keys(self, column: str, lang: str) -> tuple[list[int], list[str]]:
        """Term ids and one key column for every term in ``lang`` (cheap to fetch)."""
        sql = f"SELECT t.id, t.{column} FROM term t JOIN concept c ON c.id = t.concept_id"
        sql += " WHERE t.lang = ?"
        args: list[Any] = [lang]
        if self.status:
            sql += " AND +c.status = ?"  # unary +: keep the planner on the term indexes
            args.append(self.status)
        pairs = self.conn.execute(sql, args).fetchall()
        return [p[0] for p in pairs], [p[1] for p in pairs]

    def _by_ids(self, scored: dict[int, float]) -> list[tuple[tuple, float]]:
        if not scored:
            return []
        marks = ",".join("?" * len(scored))
        rows = self.conn.execute(
            f"SELECT {LOOKUP_COLUMNS} WHERE t.id IN ({marks})", list(scored)
        ).fetchall()
        return [(r, scored[r[0]]) for r in rows]

    def fuzzy(self, query: Any, limit: int) -> list[tuple[tuple, float]]:
        """Typo-tolerant matches: rapidfuzz over the keys of one language."""
        from rapidfuzz import fuzz, process

        from glossary.lookup import correct_words

        scored: dict[int, float] = {}
        if query.is_zh:
            ids, keys = self._keys("key", "zh")
            for _k, score, i in process.extract(
                query.zh, keys, scorer=fuzz.ratio, score_cutoff=60, limit=limit * 3
            ):
                scored[ids[i]] = score
            return self._by_ids(scored)
        if query.en:
            ids, keys = self._keys("key", "en")
            for _k, score, i in process.extract(
                query.en, keys, scorer=fuzz.ratio, score_cutoff=75, limit=limit * 3
            ):
                scored[ids[i]] = score
            if len(scored) < limit:
                known = {w for k in keys for w in k.split()}
                words = [stem(w) for w in en_words(query.text)]
                corrected = correct_words(words, sorted(known), known)
                if corrected != query.en:
                    needle = f" {corrected} "
                    for tid, key in zip(ids, keys, strict=True):
                        if needle in f" {key} ":
                            scored.setdefault(tid, 55 + 25 * len(corrected) / len(key))
        if len(query.pinyin) >= 6 and not scored:  # pinyin typos when English found none
            ids, keys = self._keys("pinyin", "zh")
            for _k, score, i in process.extract(
                query.pinyin, keys, scorer=fuzz.ratio, score_cutoff=85, limit=limit
            ):
                scored[ids[i]] = max(score, scored.get(ids[i], 0))
        return self._by_ids(scored)

    def concept_terms(self, concept_ids: Sequence[int]) -> dict[int, list[tuple]]:
        """Every term of the given concepts."""
        if not concept_ids:
            return {}
        marks = ",".join("?" * len(concept_ids))
        out: dict[int, list[tuple]] = {}
        sql = f"SELECT {LOOKUP_COLUMNS} WHERE c.id IN ({marks}) ORDER BY t.id"
        for row in self.conn.execute(sql, list(concept_ids)):
            out.setdefault(row[1], []).append(row)
        return out
