"""Every core command through Typer's CliRunner, including bad input."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from glossary.cli import app
from glossary.store import GlossaryStore

runner = CliRunner()


def run(*args: str, input: str | None = None):  # noqa: A002
    return runner.invoke(app, list(args), input=input)


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "g.db"
    GlossaryStore.open(str(path), seed=False).close()
    return str(path)


def test_first_use_creates_and_seeds_the_database(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    result = run("init", "--db", str(path))
    assert result.exit_code == 0, result.output
    assert "loaded" in result.stderr and "seed terms" in result.stderr
    again = run("init", "--db", str(path))
    assert again.exit_code == 0 and "up to date" in again.stdout
    stats = json.loads(run("stats", "--json", "--db", str(path)).stdout)
    assert stats["concepts"]["approved"] >= 600


def test_default_database_lives_in_the_user_data_folder(tmp_path: Path) -> None:
    result = run("lookup", "一带一路")
    assert result.exit_code == 0, result.output
    assert "Belt and Road Initiative" in result.stdout
    assert (tmp_path / "xdg-data" / "glossary" / "glossary.db").exists()


def test_glossary_db_environment_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "env.db"
    monkeypatch.setenv("GLOSSARY_DB", str(path))
    assert run("add", "口岸", "port of entry").exit_code == 0
    assert path.exists()


def test_add_show_history_and_lookup(db: str) -> None:
    result = run(
        "add",
        "中欧班列",
        "China-Europe Railway Express",
        "--subject",
        "economy",
        "--source",
        "Xinhua",
        "--db",
        db,
        "--user",
        "alice",
    )
    assert result.exit_code == 0, result.output
    assert "added #1" in result.stdout
    shown = run("show", "1", "--db", db)
    assert "China-Europe Railway Express" in shown.stdout and "economy" in shown.stdout
    data = json.loads(run("show", "1", "--json", "--db", db).stdout)
    assert data["terms"][0]["text"] == "中欧班列" and data["created_by"] == "alice"
    hits = json.loads(run("lookup", "zhongoubanlie", "--json", "--db", db).stdout)
    assert hits[0]["en"] == "China-Europe Railway Express" and hits[0]["match"] == "pinyin"
    history = run("history", "1", "--db", db)
    assert "alice" in history.stdout and "create" in history.stdout


def test_lookup_table_and_exit_status(db: str) -> None:
    run("add", "一带一路", "Belt and Road Initiative", "--db", db)
    run("add-term", "1", "One Belt, One Road", "--status", "deprecated", "--db", db)
    table = run("lookup", "One Belt One Road", "--db", db)
    assert table.exit_code == 0
    first = table.stdout.splitlines()[2]
    assert "Belt and Road Initiative  ← not deprecated: One Belt, One Road" in first
    missing = run("lookup", "qqqzzz", "--db", db)
    assert missing.exit_code == 1 and "no match" in missing.stderr
    empty = run("lookup", "  ", "--db", db)
    assert empty.exit_code == 2 and "empty" in empty.stderr
    limited = json.loads(run("lookup", "belt", "--json", "--limit", "1", "--db", db).stdout)
    assert len(limited) == 1


def test_edit_set_status_merge_delete(db: str) -> None:
    run("add", "人类命运共同体", "community with a shared future for mankind", "--db", db)
    run("add", "口岸", "port", "--candidate", "--db", db)
    assert run("add-term", "1", "global community of shared future", "--db", db).exit_code == 0
    view = json.loads(run("show", "1", "--json", "--db", db).stdout)
    new_id = next(t["id"] for t in view["terms"] if t["text"].startswith("global"))
    assert run("set-status", str(new_id), "preferred", "--db", db).exit_code == 0
    assert (
        run("edit-term", str(new_id), "a global community of shared future", "--db", db).exit_code
        == 0
    )
    view = json.loads(run("show", "1", "--json", "--db", db).stdout)
    statuses = {t["text"]: t["status"] for t in view["terms"]}
    assert statuses["a global community of shared future"] == "preferred"
    assert statuses["community with a shared future for mankind"] == "admitted"
    stale = run("set-status", str(new_id), "admitted", "--version", "1", "--db", db)
    assert stale.exit_code == 2 and "changed by someone else" in stale.stderr
    assert run("delete", "2", "--db", db).exit_code == 0
    assert run("show", "2", "--db", db).exit_code == 2


def test_approve_reject_and_merge_duplicates(db: str) -> None:
    run("add", "西部陆海新通道", "New International Land-Sea Trade Corridor", "--db", db)
    run("add", "西部陆海新通道", "new land and sea channel in the west", "--candidate", "--db", db)
    run("add", "口岸", "port", "--candidate", "--db", db)
    dup = run("approve", "2", "--db", db)
    assert dup.exit_code == 2
    assert "already approved as concept 1" in dup.stderr and "merge" in dup.stderr
    assert run("merge", "2", "1", "--as", "deprecated", "--db", db).exit_code == 0
    assert run("reject", "3", "--db", db).exit_code == 0
    stats = json.loads(run("stats", "--json", "--db", db).stdout)
    assert stats["concepts"] == {"candidate": 0, "approved": 1, "rejected": 1}
    assert stats["terms"]["en"]["deprecated"] == 1


def test_add_duplicate_approved_chinese_offers_merge(db: str) -> None:
    run("add", "一带一路", "Belt and Road Initiative", "--db", db)
    result = run("add", "一帶一路", "B&R", "--db", db)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "add-term 1" in result.stderr
    assert json.loads(run("stats", "--json", "--db", db).stdout)["concepts"]["approved"] == 1


@pytest.mark.parametrize(
    "command",
    [
        ["show", "99"],
        ["history", "99"],
        ["approve", "99"],
        ["reject", "99"],
        ["delete", "99"],
        ["edit-term", "99", "x"],
        ["set-status", "99", "admitted"],
    ],
)
def test_unknown_ids_are_one_line_errors(db: str, command: list[str]) -> None:
    result = run(*command, "--db", db)
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.output


def test_delete_checks_every_id_before_deleting(db: str) -> None:
    run("add", "口岸", "port", "--db", db)
    assert run("delete", "1", "99", "--db", db).exit_code == 2
    assert run("show", "1", "--db", db).exit_code == 0


def test_bad_databases(tmp_path: Path) -> None:
    missing = run("stats", "--db", str(tmp_path / "no" / "such" / "g.db"))
    assert missing.exit_code == 2 and "does not exist" in missing.stderr
    text = tmp_path / "notes.txt"
    text.write_text("hello\n")
    not_db = run("stats", "--db", str(text))
    assert not_db.exit_code == 2 and "not a glossary database" in not_db.stderr
    assert text.read_text() == "hello\n"


def test_newer_schema_is_refused(db: str) -> None:
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO glossary_migrations VALUES ('9999_future', '2030-01-01')")
    conn.commit()
    conn.close()
    for command in (["stats"], ["lookup", "口岸"], ["add", "口岸", "port"]):
        result = run(*command, "--db", db)
        assert result.exit_code == 2 and "newer version" in result.stderr, command


def test_locked_database(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import glossary.store as store_module

    monkeypatch.setattr(store_module, "DEFAULT_BUSY_TIMEOUT", 0.2)
    blocker = sqlite3.connect(db)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        result = run("add", "口岸", "port", "--db", db)
    finally:
        blocker.rollback()
        blocker.close()
    assert result.exit_code == 2 and "locked" in result.stderr
    assert json.loads(run("stats", "--json", "--db", db).stdout)["concepts"]["approved"] == 0


def test_every_command_has_an_example_in_its_help() -> None:
    import typer.main

    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        assert "Example:" in (command.help or ""), name
