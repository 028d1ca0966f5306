"""``glossary mine`` through Typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from glossary.cli import app
from glossary.store import GlossaryStore
from glossary.text import en_key, zh_key

DATA = Path(__file__).resolve().parent.parent / "data" / "mining"
runner = CliRunner()


def test_dry_run_json_stores_nothing(tmp_path: Path) -> None:
    db = tmp_path / "g.db"
    res = runner.invoke(
        app, ["mine", "--json", "--dry-run", "--db", str(db), str(DATA / "news.tsv")]
    )
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert rows and set(rows[0]) == {"zh", "en", "score", "count", "status", "evidence"}
    assert set(rows[0]["evidence"][0]) == {"document", "zh_context", "en_context"}
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)
    assert "上海合作组织" in res.stdout  # ensure_ascii=False
    assert not db.exists()


def test_mine_stores_candidates_once(tmp_path: Path) -> None:
    db = str(tmp_path / "g.db")
    first = runner.invoke(
        app, ["mine", "--json", "--db", db, "--user", "ann", str(DATA / "news.tsv")]
    )
    assert first.exit_code == 0, first.output
    rows = [json.loads(line) for line in first.stdout.splitlines()]
    status = {r["zh"]: r["status"] for r in rows}
    # The database was created with the shipped seed terms, which know this name.
    assert status["中欧班列"] == "known"
    new = {(zh_key(r["zh"]), en_key(r["en"])) for r in rows if r["status"] == "new"}
    assert new
    with GlossaryStore.open(db) as store:
        snap = store.mining_snapshot()
        count = len(store.candidates())
    assert len(snap.documents) == 1
    assert new <= snap.candidates and count == len(new)
    again = runner.invoke(app, ["mine", "--db", db, str(DATA / "news.tsv")])
    assert again.exit_code == 0
    assert "already mined" in again.stderr
    with GlossaryStore.open(db) as store:
        assert len(store.candidates()) == count
        assert len(store.mining_snapshot().documents) == 1
    # The same text in another layout is another document, but adds no duplicates.
    layout = runner.invoke(app, ["mine", "--db", db, str(DATA / "layout.txt")])
    assert layout.exit_code == 0, layout.output
    assert "stored" in layout.stdout
    with GlossaryStore.open(db) as store:
        after = store.candidates()
    keys = [(zh_key(c.zh), en_key(c.en)) for c in after]
    assert len(keys) == len(set(keys))


def test_limit_and_format(tmp_path: Path) -> None:
    db = str(tmp_path / "g.db")
    res = runner.invoke(
        app,
        ["mine", "--json", "--dry-run", "--limit", "2", "--format", "text", "--db", db,
         str(DATA / "layout.txt")],
    )  # fmt: skip
    assert res.exit_code == 0, res.output
    assert len(res.stdout.splitlines()) == 2


def test_bad_input_is_one_line_error(tmp_path: Path) -> None:
    res = runner.invoke(app, ["mine", "--db", str(tmp_path / "g.db"), str(tmp_path / "nope.tsv")])
    assert res.exit_code == 2
    assert res.stderr.startswith("error: ") and "no such file" in res.stderr
    res = runner.invoke(app, ["mine", "--format", "pdf", str(DATA / "news.tsv")])
    assert res.exit_code == 2
