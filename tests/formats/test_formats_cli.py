"""`glossary export` and `glossary import` from the command line."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from formats_helpers import new_db, run, sample_concepts, store_with

from glossary.records import ConceptView
from glossary.store import GlossaryStore


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = new_db(tmp_path, "g.db")
    store_with(sample_concepts(), path).close()
    return path


def test_help_has_examples() -> None:
    for command in ("export", "import"):
        result = run(command, "--help")
        assert result.exit_code == 0
        assert "Example: glossary " + command in result.stdout


def test_export_to_stdout_by_default(db: str) -> None:
    result = run("export", "--db", db)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("<?xml version='1.0' encoding='UTF-8'?>\n<martif")
    assert 'id="c12"' in result.stdout and 'id="c31"' not in result.stdout  # approved only
    assert "exported 2 entries as TBX v2 (TBX-Basic) to standard output" in result.stderr


def test_status_and_subject_filters(db: str) -> None:
    def ids(*args: str) -> list[int]:
        result = run("export", "-f", "json", "--db", db, *args)
        assert result.exit_code == 0, result.output
        return [c["id"] for c in json.loads(result.stdout)["concepts"]]

    assert ids() == [12, 30]
    assert ids("--status", "all") == [12, 30, 31, 40]
    assert ids("--status", "candidate") == [31]
    assert ids("--subject", "economy") == [30]
    bad = run("export", "--status", "everything", "--db", db)
    assert bad.exit_code == 2 and bad.stderr.startswith("error: unknown --status")


def test_format_from_the_output_extension(db: str, tmp_path: Path) -> None:
    out = tmp_path / "glossary.json"
    assert run("export", "-o", str(out), "--db", db).exit_code == 0
    assert json.loads(out.read_text())["format"] == "glossary"
    out = tmp_path / "glossary.tbx"
    assert run("export", "-o", str(out), "--db", db).exit_code == 0
    assert b"<martif" in out.read_bytes()
    bad = run("export", "-f", "xlsx", "--db", db)
    assert bad.exit_code == 2 and "unknown format 'xlsx'" in bad.stderr


def test_export_replaces_a_file_atomically(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "glossary.tbx"
    out.write_text("the previous export")
    os.chmod(out, 0o640)
    import glossary.formats.tbx as tbx_module

    real = tbx_module.entry_serializer

    def failing(names: Any) -> Callable[[ConceptView], str]:
        serialize = real(names)
        calls: list[ConceptView] = []

        def boom(view: ConceptView) -> str:
            calls.append(view)
            if len(calls) == 2:
                raise OSError("disk full")
            return serialize(view)

        return boom

    monkeypatch.setattr(tbx_module, "entry_serializer", failing)
    result = run("export", "-o", str(out), "--db", db)
    assert result.exit_code == 2
    assert (
        result.stderr.strip() == f"error: cannot write {out}: disk full; the file was not changed"
    )
    assert out.read_text() == "the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.db", "glossary.tbx"]
    monkeypatch.setattr(tbx_module, "entry_serializer", real)
    assert run("export", "-o", str(out), "--db", db).exit_code == 0
    assert out.read_bytes().startswith(b"<?xml")
    assert (out.stat().st_mode & 0o777) == 0o640  # the file keeps its permissions


def test_export_into_a_missing_folder_fails_cleanly(db: str, tmp_path: Path) -> None:
    result = run("export", "-o", str(tmp_path / "nowhere" / "g.tbx"), "--db", db)
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"error: cannot write {tmp_path / 'nowhere' / 'g.tbx'}: the folder "
        f"{tmp_path / 'nowhere'} does not exist"
    )


def _partner_file(tmp_path: Path) -> Path:
    """A partner's JSON: one entry we have (with changes), one new."""
    path = tmp_path / "partner.json"
    path.write_text(
        json.dumps(
            [
                {
                    "id": 77,
                    "terms": [
                        {"lang": "zh", "text": "中欧班列"},
                        {"lang": "en", "text": "China Railway Express", "status": "preferred"},
                    ],
                    "definition": "Freight trains between China and Europe.",
                },
                {"zh": "进博会", "en": "China International Import Expo"},
            ],
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    return path


def test_dry_run_changes_nothing(db: str, tmp_path: Path) -> None:
    before = run("export", "-f", "json", "--status", "all", "--db", db).stdout
    result = run("import", str(_partner_file(tmp_path)), "--dry-run", "--db", db)
    assert result.exit_code == 0, result.output
    assert "would create 1, would update 0, would merge 0, skipped 1" in result.stdout
    assert "dry run: nothing was changed" in result.stdout
    assert run("export", "-f", "json", "--status", "all", "--db", db).stdout == before


@pytest.mark.parametrize("mode", ["skip", "update", "merge"])
def test_on_conflict(db: str, tmp_path: Path, mode: str) -> None:
    result = run(
        "import",
        str(_partner_file(tmp_path)),
        "--on-conflict",
        mode,
        "--db",
        db,
        "--user",
        "importer",
    )
    assert result.exit_code == 0, result.output
    with GlossaryStore.open(db) as store:
        (train,) = store.find_by_zh("中欧班列")
        (expo,) = store.find_by_zh("进博会")
        events = store.history(expo.id)
    en = {t.text: t.status for t in train.terms if t.lang == "en"}
    if mode == "skip":
        assert en == {"China-Europe Railway Express": "preferred"}
        assert train.definition == ""
    elif mode == "update":
        assert en == {"China Railway Express": "preferred"}
        assert train.definition == "Freight trains between China and Europe."
    else:
        assert en == {
            "China-Europe Railway Express": "preferred",
            "China Railway Express": "admitted",
        }
        assert train.definition == "Freight trains between China and Europe."
    assert expo.status == "approved"
    assert [(e.action, e.actor) for e in events] == [("import", "importer")]
    bad = run("import", str(_partner_file(tmp_path)), "--on-conflict", "overwrite", "--db", db)
    assert bad.exit_code == 2 and "unknown --on-conflict 'overwrite'" in bad.stderr


def test_import_keeps_ids_dates_and_authors(tmp_path: Path, empty_db: str) -> None:
    source = new_db(tmp_path, "source.db")
    store_with(sample_concepts(), source).close()
    out = tmp_path / "all.tbx3"
    assert (
        run("export", "-f", "tbx3", "--status", "all", "-o", str(out), "--db", source).exit_code
        == 0
    )
    result = run("import", str(out), "--db", empty_db, "--user", "carol")
    assert result.exit_code == 0, result.output
    assert f"{out}: TBX v3, TBX-Basic, 4 entries read" in result.stdout
    with GlossaryStore.open(empty_db) as store:
        view = store.get(12)
    assert (view.created_by, view.updated_by) == ("alice", "bob")
    assert view.created_at.isoformat().startswith("2024-05-01T10:22:13")


def test_unknown_import_format_and_missing_file(empty_db: str, tmp_path: Path) -> None:
    result = run("import", str(tmp_path / "none.tbx"), "--db", empty_db)
    assert result.exit_code == 2
    assert result.stderr.strip().endswith("no such file; nothing was imported")
    path = tmp_path / "x.tbx"
    path.write_text("<martif/>")
    result = run("import", str(path), "-f", "xliff", "--db", empty_db)
    assert result.exit_code == 2 and "unknown format 'xliff'" in result.stderr
    folder = tmp_path / "folder.tbx"
    folder.mkdir()
    result = run("import", str(folder), "--db", empty_db)
    assert result.exit_code == 2 and "is a folder" in result.stderr


def test_dry_run_does_not_create_a_database(tmp_path: Path) -> None:
    path = tmp_path / "partner.json"
    path.write_text('[{"zh": "中国", "en": "China"}]', encoding="utf-8")
    missing = tmp_path / "new.db"
    result = run("import", str(path), "--dry-run", "--db", str(missing))
    assert result.exit_code == 2
    assert "no glossary database" in result.stderr
    assert not missing.exists()
    result = run("import", str(path), "--db", str(missing))
    assert result.exit_code == 0, result.output
    assert "loaded" in result.stderr and "seed terms" in result.stderr  # first use
