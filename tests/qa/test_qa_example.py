"""The shipped example: the Chongqing article checked against the shipped seed terms."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from glossary.cli import app
from glossary.store import GlossaryStore

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "chongqing_foreign_affairs_2022.txt"


def test_check_flags_the_deprecated_corridor_rendering(tmp_path: Path) -> None:
    db = tmp_path / "seeded.db"
    with GlossaryStore.open(str(db), actor="tester") as store:  # with the shipped seed terms
        (corridor,) = store.find_by_zh("西部陆海新通道")
    deprecated = [t.text for t in corridor.terms if t.status == "deprecated"]
    assert "new land and sea channel in the west" in deprecated
    result = CliRunner().invoke(app, ["check", str(EXAMPLE), "--json", "--db", str(db)])
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    group = next(g for g in data["terms"] if g["concept_id"] == corridor.id)
    assert group["en"] == "New International Land-Sea Trade Corridor"
    errors = [i for i in group["issues"] if i["rule"] == "deprecated"]
    assert errors and errors[0]["severity"] == "error"
    assert errors[0]["found"] == ["new land and sea channel in the west"]
    assert "西部陆海新通道" in errors[0]["zh_text"]
    text = CliRunner().invoke(app, ["check", str(EXAMPLE), "--db", str(db)]).stdout
    assert text.startswith("西部陆海新通道 → New International Land-Sea Trade Corridor")
    assert '"new land and sea channel in the west" (deprecated) used for 西部陆海新通道' in text
