"""Small helpers the test modules share (``tests/`` is on the path: see pyproject.toml)."""

from __future__ import annotations

from pathlib import Path


def write_aligned_tsv(path: Path, rows: list[tuple[str, str]], header: bool = True) -> Path:
    """``rows`` (Chinese, English) written to ``path`` as an aligned TSV, with a
    ``zh<TAB>en`` header unless ``header`` is false; returns ``path``."""
    head = "zh\ten\n" if header else ""
    path.write_text(head + "".join(f"{z}\t{e}\n" for z, e in rows), encoding="utf-8")
    return path
