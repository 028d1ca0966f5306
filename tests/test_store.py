"""GlossaryStore: writes, transactions, optimistic locking, audit trail, merging."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from glossary.errors import (
    ConflictError,
    DatabaseError,
    DuplicateConceptError,
    NotFoundError,
    ValidationError,
)
from glossary.records import CandidateProposal, DocumentInfo, EvidenceInput
from glossary.store import GlossaryStore


def _count(store: GlossaryStore, table: str) -> int:
    conn = sqlite3.connect(store.sqlite_file)
    try:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def _mine(store: GlossaryStore, sha: str, *pairs: tuple[str, str]) -> None:
    proposals = [
        CandidateProposal(zh, en, 0.8, 1, [EvidenceInput(f"推进{zh}。", f"advance the {en}.", 3)])
        for zh, en in pairs
    ]
    store.record_mining(DocumentInfo(f"{sha}.txt", sha, 100), proposals)


def test_add_entry_records_terms_and_an_audit_event(empty_store: GlossaryStore) -> None:
    view = empty_store.add_entry(
        "一带一路",
        "Belt and Road Initiative",
        subject="diplomacy",
        source="MFA",
        alternatives=[("One Belt, One Road", "deprecated")],
    )
    assert view.status == "approved"
    assert view.zh == "一带一路" and view.en == "Belt and Road Initiative"
    assert [(t.text, t.status) for t in view.renderings("en")] == [
        ("Belt and Road Initiative", "preferred"),
        ("One Belt, One Road", "deprecated"),
    ]
    events = empty_store.history(view.id)
    assert [(e.action, e.actor) for e in events] == [("create", "tester")]
    assert events[0].before is None and events[0].after["subject"] == "diplomacy"


@pytest.mark.parametrize("variant", ["一带一路", "一帶一路", " 一带一路 ", "“一带一路”"])
def test_second_approved_concept_for_same_chinese_is_refused(
    empty_store: GlossaryStore, variant: str
) -> None:
    first = empty_store.add_entry("一带一路", "Belt and Road Initiative")
    with pytest.raises(DuplicateConceptError) as info:
        empty_store.add_entry(variant, "B&R")
    assert info.value.existing_id == first.id
    assert _count(empty_store, "concept") == 1
    assert _count(empty_store, "event") == 1


def test_candidate_flow_approve_reject_and_evidence(empty_store: GlossaryStore) -> None:
    _mine(empty_store, "d1", ("中欧班列", "China-Europe Railway Express"), ("口岸", "port"))
    queue = empty_store.candidates()
    assert {c.zh for c in queue} == {"中欧班列", "口岸"}
    train = next(c for c in queue if c.zh == "中欧班列")
    assert train.evidence[0].document == "d1.txt"
    assert train.evidence[0].zh_context == "推进中欧班列。"
    approved = empty_store.approve(train.id, expected_version=train.version)
    assert approved.status == "approved" and approved.version == train.version + 1
    port = next(c for c in queue if c.zh == "口岸")
    empty_store.reject(port.id)
    assert [c.zh for c in empty_store.candidates()] == []
    snapshot = empty_store.mining_snapshot()
    assert ("口岸", "port") in snapshot.rejected
    assert snapshot.approved["中欧班列"] == [("China-Europe Railway Express", "preferred")]
    assert [e.action for e in empty_store.history(port.id)] == ["propose", "rejected"]


def test_rejected_pair_is_not_proposed_again_and_document_not_mined_twice(
    empty_store: GlossaryStore,
) -> None:
    _mine(empty_store, "d1", ("口岸", "port"))
    empty_store.reject(empty_store.candidates()[0].id)
    outcome = empty_store.record_mining(
        DocumentInfo("d2.txt", "d2", 1), [CandidateProposal("口岸", "ports", 0.9)]
    )
    assert outcome.skipped == 1 and outcome.new == 0
    again = empty_store.record_mining(
        DocumentInfo("d1-copy.txt", "d1", 1), [CandidateProposal("新词", "new word", 0.9)]
    )
    assert again.already_mined and _count(empty_store, "document") == 2
    assert empty_store.candidates() == []


def test_known_candidate_gets_new_evidence_instead_of_a_duplicate(
    empty_store: GlossaryStore,
) -> None:
    _mine(empty_store, "d1", ("中欧班列", "China-Europe Railway Express"))
    _mine(empty_store, "d2", ("中欧班列", "China-Europe Railway Express"))
    (only,) = empty_store.candidates()
    assert only.count == 2
    assert [e.document for e in only.evidence] == ["d1.txt", "d2.txt"]


def test_approving_a_candidate_whose_chinese_is_approved_offers_merge(
    empty_store: GlossaryStore,
) -> None:
    entry = empty_store.add_entry("西部陆海新通道", "New International Land-Sea Trade Corridor")
    _mine(empty_store, "d1", ("西部陆海新通道", "new land and sea channel in the west"))
    (cand,) = empty_store.candidates()
    with pytest.raises(DuplicateConceptError) as info:
        empty_store.approve(cand.id)
    assert info.value.existing_id == entry.id
    merged = empty_store.merge(cand.id, entry.id, en_status="deprecated")
    assert [(t.text, t.status) for t in merged.renderings("en")] == [
        ("New International Land-Sea Trade Corridor", "preferred"),
        ("new land and sea channel in the west", "deprecated"),
    ]
    assert merged.evidence and merged.evidence[0].document == "d1.txt"
    with pytest.raises(NotFoundError):
        empty_store.get(cand.id)
    assert empty_store.history(cand.id)[-1].action == f"merged-into:{entry.id}"
    assert empty_store.history(entry.id)[-1].action == f"merge-from:{cand.id}"


def test_stale_version_is_refused_and_changes_nothing(empty_store: GlossaryStore) -> None:
    view = empty_store.add_entry("中欧班列", "China-Europe Railway Express")
    other = GlossaryStore.open(str(empty_store.sqlite_file), actor="colleague", seed=False)
    other.update_concept(view.id, view.version, note="changed by a colleague")
    en_term = view.renderings("en")[0]
    with pytest.raises(ConflictError, match="changed by someone else"):
        empty_store.edit_term(en_term.id, "China Railway Express", expected_version=view.version)
    with pytest.raises(ConflictError):
        empty_store.approve(view.id, expected_version=view.version)
    now = empty_store.get(view.id)
    assert now.en == "China-Europe Railway Express"
    assert now.note == "changed by a colleague"
    assert [e.actor for e in empty_store.history(view.id)] == ["tester", "colleague"]
    other.close()


def test_a_failing_write_leaves_no_trace(
    empty_store: GlossaryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = empty_store.add_entry("中欧班列", "China-Europe Railway Express")

    def broken_event(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(empty_store, "_event", broken_event)
    with pytest.raises(RuntimeError):
        empty_store.add_term(view.id, "China Railway Express", status="deprecated")
    with pytest.raises(RuntimeError):
        empty_store.add_entry("口岸", "port")
    monkeypatch.undo()
    after = empty_store.get(view.id)
    assert after.version == view.version and len(after.terms) == 2
    assert _count(empty_store, "concept") == 1


def test_set_status_preferred_demotes_the_old_preferred(empty_store: GlossaryStore) -> None:
    view = empty_store.add_entry(
        "人类命运共同体",
        "community with a shared future for mankind",
        alternatives=[("global community of shared future", "admitted")],
    )
    new = next(t for t in view.terms if t.text == "global community of shared future")
    after = empty_store.set_term_status(new.id, "preferred", view.version)
    assert after.en == "global community of shared future"
    old = next(t for t in after.terms if t.text.startswith("community with"))
    assert old.status == "admitted"
    after = empty_store.set_term_status(old.id, "superseded")
    assert {t.status for t in after.renderings("en")} == {"preferred", "superseded"}


def test_validation_errors(empty_store: GlossaryStore) -> None:
    with pytest.raises(ValidationError):
        empty_store.add_entry("", "empty")
    with pytest.raises(ValidationError):
        empty_store.add_entry("Belt", "Belt and Road")  # no Chinese in the zh column
    with pytest.raises(ValidationError):
        empty_store.add_entry("一带一路", "一带一路 Initiative")
    view = empty_store.add_entry("一带一路", "Belt and Road Initiative")
    with pytest.raises(ValidationError):
        empty_store.set_term_status(view.terms[1].id, "obsolete")
    with pytest.raises(ValidationError):
        empty_store.remove_term(view.terms[0].id)  # the only zh term
    with pytest.raises(NotFoundError):
        empty_store.get(999)
    with pytest.raises(NotFoundError):
        empty_store.edit_term(999, "x")
    assert empty_store.get(view.id).version == 1


def test_delete_keeps_history(empty_store: GlossaryStore) -> None:
    view = empty_store.add_entry("口岸", "port of entry")
    empty_store.delete(view.id)
    with pytest.raises(NotFoundError):
        empty_store.get(view.id)
    assert [e.action for e in empty_store.history(view.id)] == ["create", "delete"]
    assert _count(empty_store, "term") == 0


def test_iter_concepts_reads_in_batches(empty_store: GlossaryStore) -> None:
    for i in range(7):
        empty_store.add_entry(
            f"术语{'一二三四五六七'[i]}", f"term {i}", subject="s" if i % 2 else ""
        )
    views = list(empty_store.iter_concepts(batch_size=3))
    assert [v.en for v in views] == [f"term {i}" for i in range(7)]
    assert len(list(empty_store.iter_concepts(subject="s", batch_size=2))) == 3


def test_stats_counts(empty_store: GlossaryStore) -> None:
    empty_store.add_entry(
        "一带一路", "Belt and Road Initiative", alternatives=[("OBOR", "deprecated")]
    )
    _mine(empty_store, "d1", ("口岸", "port"))
    stats = empty_store.stats()
    assert stats["concepts"] == {"candidate": 1, "approved": 1, "rejected": 0}
    assert stats["terms"]["en"] == {"preferred": 2, "deprecated": 1}
    assert stats["documents"] == 1 and stats["evidence"] == 1


# ------------------------------------------------------------- opening


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="does not exist"):
        GlossaryStore.open(str(tmp_path / "nope" / "g.db"), seed=False)
    assert not (tmp_path / "nope").exists()


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("这不是数据库\n" * 10, encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not a glossary database"):
        GlossaryStore.open(str(path), seed=False)
    assert path.read_bytes() == before


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="not a glossary database"):
        GlossaryStore.open(str(path), seed=False)


def test_locked_database_is_a_clear_error(empty_store: GlossaryStore) -> None:
    view = empty_store.add_entry("口岸", "port")
    locked = GlossaryStore.open(str(empty_store.sqlite_file), seed=False, busy_timeout=0.2)
    blocker = sqlite3.connect(empty_store.sqlite_file)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError, match="locked"):
            locked.update_concept(view.id, note="while locked")
    finally:
        blocker.rollback()
        blocker.close()
    assert empty_store.get(view.id).note == ""
    locked.close()


def test_in_memory_database(tmp_path: Path) -> None:
    store = GlossaryStore.open("sqlite://", seed=False)
    store.add_entry("口岸", "port")
    assert store.find_by_zh("口岸")[0].en == "port"
