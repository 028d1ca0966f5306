"""Round trips lose nothing: export, import into an empty glossary, export again.

The property test runs random glossaries with tricky content through TBX v2, TBX
v3 and JSON. Control characters XML 1.0 cannot carry are removed on export (and
counted), in every format alike, so the first export is already what every later
round trip gives back.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

import pytest
from formats_helpers import (
    export_bytes,
    glossaries,
    lxml_entry,
    new_db,
    run,
    sample_concepts,
    store_with,
)
from hypothesis import HealthCheck, example, given, settings

from glossary.formats import Cleaner, load_file, xml_illegal_count
from glossary.formats.tbx import V2, V3, entry_serializer
from glossary.records import ConceptView, TermView
from glossary.store import GlossaryStore

EXACT_FORMATS = ("tbx", "tbx3", "json")


def _comparable(view: ConceptView) -> dict:
    """Everything a round trip must keep (not the database's own version and row ids)."""
    data = dataclasses.asdict(view)
    # renderings preferred first, as exported; within a status in database order
    data["terms"] = [dataclasses.asdict(t) for t in view.renderings("zh") + view.renderings("en")]
    data.pop("version")
    for t in data["terms"]:
        t.pop("id")
    for e in data["evidence"]:
        e.pop("id")
    for key in ("created_at", "updated_at"):
        if data[key] is not None:
            data[key] = data[key].replace(tzinfo=None)
    return data


def _reimport(tmp_path: Path, data: bytes, fmt: str) -> GlossaryStore:
    path = tmp_path / f"export.{fmt}"
    path.write_bytes(data)
    store = GlossaryStore.open("sqlite://", seed=False, actor="someone-else")
    with load_file(path, fmt) as loaded:
        summary = store.import_concepts(loaded)
    assert summary.updated == summary.merged == 0
    return store


@pytest.mark.parametrize("fmt", EXACT_FORMATS)
def test_sample_round_trip_is_identical_and_keeps_every_field(tmp_path: Path, fmt: str) -> None:
    original = store_with(sample_concepts())
    first = export_bytes(original, fmt)
    copy = _reimport(tmp_path, first, fmt)
    assert export_bytes(copy, fmt) == first
    before = [_comparable(v) for v in original.iter_concepts(status=None)]
    after = [_comparable(v) for v in copy.iter_concepts(status=None)]
    assert after == before
    # the things users complained about, spelled out
    obor = copy.get(12)
    assert obor.definition.startswith("A China-proposed initiative <of>")
    assert {(t.text, t.status) for t in obor.terms} >= {
        ("One Belt, One Road", "deprecated"),
        ("OBOR", "superseded"),
        ("一带一路倡议", "admitted"),
    }
    assert obor.created_by == "alice" and obor.updated_by == "bob"
    assert [(e.zh_context, e.en_context, e.position) for e in obor.evidence] == [
        ("推进一带一路建设。", "advance the Belt and Road.", 7),
        ("", "English context only", 0),
    ]
    candidate = copy.get(31)
    assert (candidate.status, candidate.score, candidate.count, candidate.check) == (
        "candidate",
        0.8312,
        4,
        False,
    )


@pytest.mark.parametrize("fmt", ["tbx", "tbx3", "json", "csv", "tsv", "omegat"])
def test_cli_round_trip_identical(tmp_path: Path, fmt: str) -> None:
    db1 = new_db(tmp_path, "one.db")
    store_with(sample_concepts(), db1).close()
    out1, out2 = tmp_path / f"1.{fmt}", tmp_path / f"2.{fmt}"
    status = ["--status", "approved"] if fmt == "omegat" else ["--status", "all"]
    result = run("export", "-f", fmt, "-o", str(out1), *status, "--db", db1)
    assert result.exit_code == 0, result.output
    assert "exported" in result.stderr
    db2 = new_db(tmp_path, "two.db")
    result = run("import", str(out1), "--db", db2)
    assert result.exit_code == 0, result.output
    assert run("export", "-f", fmt, "-o", str(out2), *status, "--db", db2).exit_code == 0
    assert out2.read_bytes() == out1.read_bytes()


def _pair(zh: str) -> ConceptView:
    """A candidate concept of one Chinese and one English term."""
    when = datetime(2000, 1, 1, tzinfo=UTC)
    return ConceptView(
        id=None, status="candidate", created_at=when, created_by="alice", updated_at=when,
        updated_by="alice",
        terms=[
            TermView(None, "zh", zh, "preferred", "", ""),
            TermView(None, "en", "A", "preferred", "", ""),
        ],
    )  # fmt: skip


def _lossy_clean(concepts: list[ConceptView]) -> None:
    cleaner = Cleaner()
    for v in concepts:
        cleaner.clean(v, "x")


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(concepts=glossaries())
# Found by this test: a term holding U+FFFE beside the same term without it. Export
# must drop the character (XML cannot carry it), which made the two one entry on the
# way back; the store now never keeps such characters.
@example(concepts=[_pair("一"), _pair("一\ufffe")])
def test_random_glossaries_round_trip(tmp_path: Path, concepts: list[ConceptView]) -> None:
    original = GlossaryStore.open("sqlite://", seed=False, actor="tester")
    original.import_concepts(concepts)
    for fmt in EXACT_FORMATS:
        first = export_bytes(original, fmt)
        if fmt != "json":
            from lxml import etree

            etree.fromstring(first)  # well-formed whatever the content
        copy = _reimport(tmp_path, first, fmt)
        assert export_bytes(copy, fmt) == first, fmt
        # and the data is the original's, minus what XML cannot carry
        expected = list(original.iter_concepts(status=None))
        _lossy_clean(expected)
        got = list(copy.iter_concepts(status=None))
        assert [_comparable(v) for v in got] == [_comparable(v) for v in expected], fmt
        assert not any(xml_illegal_count(t.text) for v in got for t in v.terms)


@settings(max_examples=40, deadline=None)
@given(concepts=glossaries())
def test_fast_serializer_writes_what_lxml_writes(concepts: list[ConceptView]) -> None:
    for n, view in enumerate(concepts, 1):
        view.id = n
        Cleaner().clean(view, "x")
        for names in (V2, V3):
            fast = entry_serializer(names)(view).encode("utf-8")
            assert fast == lxml_entry(view, names.version)


def test_control_characters_are_removed_and_reported(tmp_path: Path) -> None:
    concepts = sample_concepts()
    concepts[0].definition = "bell\x07 and vertical tab\x0b here"
    concepts[1].terms[1].note = "nul\x00"
    db = new_db(tmp_path, "c.db")
    store_with(concepts, db).close()
    for fmt in ("tbx", "json", "csv"):
        out = tmp_path / f"c.{fmt}"
        result = run("export", "-f", fmt, "-o", str(out), "--db", db)
        assert result.exit_code == 0, result.output
        assert "removed 3 control character(s)" in result.stderr
        assert "#12" in result.stderr and "#30" in result.stderr
        data = out.read_bytes()
        assert b"\x07" not in data and b"\\u0007" not in data
        assert b"bell and vertical tab here" in data
    # JSON can carry them, but the rule is the same on import
    src = tmp_path / "ctrl.json"
    src.write_text(
        '[{"zh": "\\u4e2d\\u56fd\\u0001", "en": "China\\u0002", "note": "a\\u0003b"}]',
        encoding="utf-8",
    )
    db2 = new_db(tmp_path, "c2.db")
    result = run("import", str(src), "--db", db2)
    assert result.exit_code == 0, result.output
    assert "removed 3 control character(s)" in result.stderr
    with GlossaryStore.open(db2) as store:
        (view,) = store.find_by_zh("中国")
    assert (view.zh, view.en, view.note) == ("中国", "China", "ab")


def _mined_store() -> GlossaryStore:
    from glossary.records import CandidateProposal, DocumentInfo, EvidenceInput

    store = GlossaryStore.open("sqlite://", seed=False, actor="miner")
    store.record_mining(
        DocumentInfo("report-2024.txt", "ab" * 32, 1234),
        [
            CandidateProposal(
                "中欧班列",
                "China-Europe Railway Express",
                0.9,
                2,
                [EvidenceInput("开行中欧班列。", "run China-Europe Railway Express trains.", 4)],
            )
        ],
    )
    return store


def test_mined_evidence_names_its_document_in_the_export() -> None:
    data = export_bytes(_mined_store(), "tbx", status="candidate")
    assert b'<admin type="source">report-2024.txt</admin>' in data
    assert b'id="c1-ev1-zh">\xe5\xbc\x80\xe8\xa1\x8c' in data  # 开行...


@pytest.mark.parametrize("fmt", EXACT_FORMATS)
def test_mined_evidence_document_round_trip(tmp_path: Path, fmt: str) -> None:
    first = export_bytes(_mined_store(), fmt, status="candidate")
    copy = _reimport(tmp_path, first, fmt)
    assert export_bytes(copy, fmt, status="candidate") == first
    (view,) = copy.iter_concepts(status="candidate")
    assert [(e.document, e.zh_context, e.position) for e in view.evidence] == [
        ("report-2024.txt", "开行中欧班列。", 4)
    ]
