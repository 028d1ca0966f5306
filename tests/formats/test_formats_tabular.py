"""CSV, TSV and OmegaT glossaries: spreadsheets and CAT-tool files as people make them."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from formats_helpers import export_bytes, run, sample_concepts, store_with

from glossary.errors import InputError
from glossary.formats import load_file
from glossary.formats.tabular import COLUMNS


def _load(path: Path, fmt: str = "auto") -> list:
    with load_file(path, fmt) as loaded:
        return list(loaded)


def test_csv_export_is_a_spreadsheet_with_a_header(tmp_path: Path) -> None:
    store = store_with(sample_concepts())
    data = export_bytes(store, "csv")
    assert data.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read UTF-8
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == COLUMNS
    by_id = {row[0]: dict(zip(COLUMNS, row, strict=True)) for row in rows[1:]}
    obor = by_id["12"]
    assert (obor["zh"], obor["en"]) == ("一带一路", "Belt and Road Initiative")
    assert obor["en_alternatives"] == "deprecated:One Belt, One Road | superseded:OBOR"
    assert obor["zh_alternatives"] == "admitted:一带一路倡议"
    assert obor["definition"].endswith("cooperation.\nSecond line")  # quoted, kept
    assert obor["created_at"] == "2024-05-01T10:22:13Z"
    tsv = export_bytes(store, "tsv").decode("utf-8-sig")
    assert tsv.splitlines()[0].split("\t") == list(COLUMNS)


def test_omegat_export_never_offers_deprecated_renderings() -> None:
    store = store_with(sample_concepts())
    lines = export_bytes(store, "omegat").decode("utf-8").splitlines()
    rows = [line.split("\t") for line in lines]
    assert all(len(r) in (2, 3) for r in rows)
    obor = [r for r in rows if r[0] == "一带一路"]
    assert [r[1] for r in obor] == ["Belt and Road Initiative"]
    assert "avoid: One Belt, One Road / OBOR" in obor[0][2]
    assert not any("\n" in cell or "\r" in cell for r in rows for cell in r)


def test_omegat_file_in_utf16_either_direction(tmp_path: Path, empty_db: str) -> None:
    text = (
        "# OmegaT glossary\n"
        "一带一路\tBelt and Road Initiative\tdiplomacy; avoid: One Belt, One Road\n"
        "一带一路\tB&R\n"
        "China-Europe Railway Express\t中欧班列\tlogistics\n"  # en -> zh project
        "\n"
        "孤零零\n"  # no English: left out, with a warning
    )
    path = tmp_path / "glossary.utf8"
    path.write_bytes(text.encode("utf-16"))
    views = _load(path, "omegat")
    assert [(v.zh, v.en) for v in views] == [
        ("一带一路", "Belt and Road Initiative"),
        ("中欧班列", "China-Europe Railway Express"),
    ]
    first = views[0]
    assert [(t.text, t.status) for t in first.renderings("en")] == [
        ("Belt and Road Initiative", "preferred"),
        ("B&R", "admitted"),
        ("One Belt, One Road", "deprecated"),
    ]
    assert first.note == "diplomacy"
    result = run("import", str(path), "-f", "omegat", "--db", empty_db)
    assert result.exit_code == 0, result.output
    assert "created 2," in result.stdout
    assert "without both a Chinese and an English column" in result.stderr


def test_csv_with_chinese_headers_in_gb18030(tmp_path: Path) -> None:
    path = tmp_path / "术语表.csv"
    path.write_bytes(
        "中文,英文,备注,领域,定义,来源,颜色\n"
        '人类命运共同体,"community with a shared future for mankind",旧译,外交,,白皮书,红\n'.encode(
            "gb18030"
        )
    )
    with load_file(path) as loaded:
        (view,) = list(loaded)
        messages = loaded.messages()
    assert (view.zh, view.en, view.note, view.subject) == (
        "人类命运共同体",
        "community with a shared future for mankind",
        "旧译",
        "外交",
    )
    assert [(t.lang, t.source) for t in view.terms] == [("zh", ""), ("en", "白皮书")]
    assert any("column '颜色'" in m for m in messages)


def test_seed_style_tsv_with_alternatives(tmp_path: Path) -> None:
    path = tmp_path / "seed.tsv"
    path.write_text(
        "zh\ten\talternatives\tsubject\tsource\tnote\n"
        "一带一路\tBelt and Road Initiative\tdeprecated:One Belt, One Road | B&R\tdiplomacy"
        "\tMFA\tofficial\n",
        encoding="utf-8",
    )
    (view,) = _load(path)
    assert [(t.lang, t.text, t.status) for t in view.terms] == [
        ("zh", "一带一路", "preferred"),
        ("en", "Belt and Road Initiative", "preferred"),
        ("en", "One Belt, One Road", "deprecated"),
        ("en", "B&R", "admitted"),
    ]
    assert (view.subject, view.note) == ("diplomacy", "official")


def test_broken_csv_is_refused_with_its_line(tmp_path: Path, empty_db: str) -> None:
    path = tmp_path / "broken.csv"
    path.write_text('zh,en\n中国,China\n美国,"United States\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"broken.csv:\d+: not valid CSV"):
        _load(path)
    result = run("import", str(path), "--db", empty_db)
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and "nothing was imported" in result.stderr
    binary = tmp_path / "data.csv"
    binary.write_bytes(b"\x00\x01\x02\x03" * 100)
    with pytest.raises(InputError, match="binary"):
        _load(binary)


def test_bad_dates_and_statuses_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "dates.csv"
    path.write_text("zh,en,created_at\n中国,China,yesterday\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"dates.csv:2: 'yesterday' is not a date"):
        _load(path)
    path.write_text("zh,en,status\n中国,China,maybe\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown entry status 'maybe'"):
        _load(path)


def test_wrong_scripts_are_left_out_with_a_warning(tmp_path: Path, empty_db: str) -> None:
    path = tmp_path / "mixed.csv"
    path.write_text(
        "zh,en\nGDP,gross domestic product\n国内生产总值,GDP\n中国,中国\n",
        encoding="utf-8",
    )
    result = run("import", str(path), "--db", empty_db)
    assert result.exit_code == 0, result.output
    assert "created 1," in result.stdout
    assert "Chinese terms without Chinese characters left out: 1" in result.stderr
    assert "English terms with Chinese characters left out: 1" in result.stderr
