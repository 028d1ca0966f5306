"""`glossary check` on every input format, and malformed input (exit 2, one line)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from glossary.errors import InputError
from glossary.formats.xliff import read_xliff, read_xliff_units
from glossary.qa import read_bilingual, read_parallel, split_paragraphs

DATA = Path(__file__).resolve().parents[1] / "data" / "qa"


def issues_of(result) -> list[tuple[str, int, str]]:
    """``(rule, segment, zh)`` of every issue in a ``check --json`` result."""
    data = json.loads(result.stdout)
    return sorted(
        (i["rule"], i["segment"], i["zh"]) for group in data["terms"] for i in group["issues"]
    )


# ------------------------------------------------------------------ XLIFF reader


def test_xliff_12_units_inline_codes_and_groups() -> None:
    doc = read_xliff(DATA / "v12.xlf")
    assert doc.format == "xliff"
    assert [(s.index, s.zh) for s in doc.segments] == [
        (1, "推进西部陆海新通道建设。"),
        (2, "开行中欧班列。"),
        (3, "参与共建一带一路。"),
        (4, "发展开放型经济。"),
    ]
    # <g>/<mrk> text kept, <x>/<ph> dropped, <alt-trans> ignored, missing target empty.
    assert doc.segments[0].en == "Advance the new land and sea channel in the west."
    assert doc.segments[1].en == "Run the China–Europe Railway Express trains."
    assert doc.segments[2].en == ""


def test_xliff_12_english_source_chinese_target_is_swapped() -> None:
    (seg,) = read_xliff(DATA / "en2zh.xlf").segments
    assert (seg.zh, seg.en) == ("我们参与一带一路。", "We join One Belt, One Road.")


def test_xliff_20_segments_are_joined_per_unit() -> None:
    doc = read_xliff(DATA / "v20.xlf")
    assert [s.index for s in doc.segments] == [1, 2]
    first, second = doc.segments
    assert "人类命运共同体" in first.zh and "一带一路" in first.zh
    assert first.en.startswith("Build a community with a shared future for mankind.")
    assert first.en.endswith("Advance the Belt and Road Initiative.")
    assert second.zh == "中欧班列™开行。"  # <cp hex="2122"/>
    units = read_xliff_units(DATA / "v20.xlf")
    assert [u.id for u in units] == ["1", "2"]
    assert (units[0].source_lang, units[0].target_lang) == ("zh-CN", "en")


def test_xliff_without_language_tags_guesses_the_chinese_side(tmp_path: Path) -> None:
    path = tmp_path / "nolang.xliff"
    path.write_text(
        '<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.1"><file id="f">'
        "<unit id='u'><segment><source>Run China-Europe Railway Express trains.</source>"
        "<target>开行中欧班列。</target></segment></unit></file></xliff>",
        encoding="utf-8",
    )
    (seg,) = read_xliff(path).segments
    assert seg.zh == "开行中欧班列。"


def test_xliff_is_detected_by_content_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "export.xml"
    path.write_bytes((DATA / "v12.xlf").read_bytes())
    assert read_bilingual(path).format == "xliff"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("<xliff version='1.2'><file source-language='zh'><body><trans-unit>", "well-formed"),
        ("<tmx version='1.4'><body/></tmx>", "not an XLIFF file"),
        ("<xliff version='3.0'><file/></xliff>", "unsupported XLIFF version"),
        ("<xliff version='1.2'><file source-language='zh' target-language='en'><body/>"
         "</file></xliff>", "no translation units"),
        ("<xliff version='1.2'><file source-language='de' target-language='fr'><body>"
         "<trans-unit id='1'><source>Hallo</source><target>Salut</target></trans-unit>"
         "</body></file></xliff>", "neither language is Chinese"),
        ("<xliff version='1.2'><file source-language='zh' target-language='en'><body>"
         "<trans-unit id='1'><target>x</target></trans-unit></body></file></xliff>",
         "has no <source>"),
        ("<xliff version='2.0' srcLang='zh' trgLang='en'><file id='f'><unit id='1'/>"
         "</file></xliff>", "has no <segment>"),
        ('<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY boom "boom">]>'
         "<xliff version='1.2'><file><body/></file></xliff>", "refused for safety"),
        ("", "empty"),
    ],
)  # fmt: skip
def test_malformed_xliff_is_one_clear_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.xlf"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_xliff(path)


# ------------------------------------------------------------------ parallel texts


def test_split_paragraphs_blank_lines_or_lines() -> None:
    assert split_paragraphs("a\nb\n\nc\r\n") == ["a\nb", "c"]
    assert split_paragraphs("a\nb\n\n\n") == ["a", "b"]


def test_parallel_texts_pair_by_paragraph() -> None:
    doc = read_parallel(DATA / "parallel.zh.txt", DATA / "parallel.en.txt")
    assert [s.index for s in doc.segments] == [1, 2, 3]
    assert doc.segments[1].en == "Develop an open\neconomy."


def test_parallel_texts_in_other_encodings(tmp_path: Path) -> None:
    zh, en = tmp_path / "zh.txt", tmp_path / "en.txt"
    zh.write_bytes("开行中欧班列。\n发展开放型经济。\n".encode("gb18030"))
    en.write_bytes("Run trains.\nDevelop an open economy.\n".encode("utf-16"))
    doc = read_parallel(zh, en)
    assert [s.zh for s in doc.segments] == ["开行中欧班列。", "发展开放型经济。"]
    assert doc.segments[1].en == "Develop an open economy."


# ------------------------------------------------------------------ check, per format


def test_check_xliff_12(run) -> None:
    result = run("check", str(DATA / "v12.xlf"), "--json")
    assert result.exit_code == 1, result.output
    assert issues_of(result) == [("deprecated", 1, "西部陆海新通道"), ("missing", 4, "开放型经济")]
    summary = json.loads(result.stdout)["summary"]
    assert summary["untranslated"] == 1  # u3 has no target


def test_check_xliff_en_to_zh(run) -> None:
    result = run("check", str(DATA / "en2zh.xlf"), "--json")
    assert result.exit_code == 1
    assert issues_of(result) == [("deprecated", 1, "一带一路")]


def test_check_xliff_20(run) -> None:
    result = run("check", str(DATA / "v20.xlf"), "--json")
    assert result.exit_code == 1, result.output
    assert issues_of(result) == [("deprecated", 1, "人类命运共同体")]


def test_check_tmx(run) -> None:
    result = run("check", str(DATA / "memory.tmx"), "--json")
    assert result.exit_code == 1, result.output
    assert issues_of(result) == [("deprecated", 2, "一带一路")]


def test_check_tsv(run) -> None:
    result = run("check", str(DATA / "segments.tsv"), "--json")
    assert result.exit_code == 1, result.output
    assert issues_of(result) == [("deprecated", 3, "人类命运共同体")]


def test_check_parallel_texts(run) -> None:
    result = run(
        "check", "--zh", str(DATA / "parallel.zh.txt"), "--en", str(DATA / "parallel.en.txt")
    )
    assert result.exit_code == 0, result.output
    assert "中欧班列" in result.stdout and "segment 3" in result.stdout
    assert "1 warning" in result.stdout


def test_check_pdf_extracted_layout(run) -> None:
    result = run("check", str(DATA / "layout.txt"), "--format", "text", "--json")
    assert result.exit_code == 1, result.output
    assert issues_of(result) == [("deprecated", 1, "西部陆海新通道")]
    group = json.loads(result.stdout)["terms"][0]
    assert group["issues"][0]["found"] == ["new land and sea channel in the west"]


def test_check_several_files_names_each_document(run) -> None:
    result = run("check", str(DATA / "memory.tmx"), str(DATA / "segments.tsv"))
    assert result.exit_code == 1
    assert "memory.tmx segment 2" in result.stdout
    assert "segments.tsv segment 3" in result.stdout


# ------------------------------------------------------------------ malformed input via CLI


def _one_line_error(result) -> str:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ")
    return lines[0]


@pytest.mark.parametrize(
    ("name", "content", "fmt", "message"),
    [
        ("bad.tmx", b"<tmx version='1.4'><body><tu>", "auto", "well-formed"),
        ("bad.tmx", b"<html><body/></html>", "tmx", "not a TMX file"),
        ("bad.tsv", "只有中文一列\n第二行\n".encode(), "tsv", "TSV"),
        ("bad.xlf", b"<xliff version='1.2'><file>", "auto", "well-formed"),
        ("bin.txt", b"\x00\x01\x02\x03binary\x00\x00", "auto", "binary"),
        ("empty.tsv", b"", "auto", "empty"),
        ("english.txt", b"Only English here.\nNothing else.\n", "text", "no Chinese"),
    ],
)
def test_check_rejects_malformed_files(
    run, tmp_path: Path, name: str, content: bytes, fmt: str, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    line = _one_line_error(run("check", str(path), "--format", fmt))
    assert message in line


def test_check_argument_errors(run, tmp_path: Path) -> None:
    assert "nothing to check" in _one_line_error(run("check"))
    assert "go together" in _one_line_error(run("check", "--zh", str(DATA / "parallel.zh.txt")))
    assert "no such file" in _one_line_error(run("check", str(tmp_path / "missing.tsv")))
    assert "unknown --format" in _one_line_error(
        run("check", str(DATA / "segments.tsv"), "--format", "docx")
    )
    assert "not both" in _one_line_error(
        run(
            "check",
            str(DATA / "segments.tsv"),
            "--zh",
            str(DATA / "parallel.zh.txt"),
            "--en",
            str(DATA / "parallel.en.txt"),
        )
    )


def test_check_parallel_mismatch_and_swapped_files(run, tmp_path: Path) -> None:
    zh, en = tmp_path / "zh.txt", tmp_path / "en.txt"
    zh.write_text("开行中欧班列。\n发展开放型经济。\n", encoding="utf-8")
    en.write_text("Run trains.\n", encoding="utf-8")
    line = _one_line_error(run("check", "--zh", str(zh), "--en", str(en)))
    assert "2 paragraphs" in line and "1" in line
    line = _one_line_error(run("check", "--zh", str(en), "--en", str(zh)))
    assert "no Chinese text" in line
