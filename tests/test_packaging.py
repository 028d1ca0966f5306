"""The wheel carries the seed terms and the TUI styles, and the entry points work."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path


def test_wheel_contains_seed_terms_and_styles(tmp_path: Path) -> None:
    repo = Path(__file__).resolve().parents[1]
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(repo),
        ],
        check=True,
        capture_output=True,
        cwd=tmp_path,
        # (The plain miner: compiling it takes minutes and is not what is checked here.)
        env={**os.environ, "GLOSSARY_PURE_PYTHON": "1"},
    )
    (wheel,) = tmp_path.glob("glossary-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped_tsv = sorted(p.name for p in (repo / "seed_terms").glob("*.tsv"))
    assert shipped_tsv, "no seed files in the repository"
    for name in shipped_tsv:
        assert f"seed_terms/{name}" in names
    assert "seed_terms/__init__.py" in names
    assert "glossary/cli.py" in names and "glossary/store.py" in names
    # Plain, as asked: no compiled module, and none copied from an in-place build.
    assert "glossary/mining/render.py" in names
    assert not [n for n in names if n.endswith((".so", ".pyd"))]
    for style in (repo / "tui").glob("**/*.tcss"):
        assert style.relative_to(repo).as_posix() in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "glossary = glossary.cli:main" in text


def test_python_dash_m_glossary(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "glossary", "--help"], capture_output=True, text=True, check=True
    )
    assert "lookup" in result.stdout
