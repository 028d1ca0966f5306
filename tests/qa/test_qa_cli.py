"""`glossary annotate`, `glossary check` exit codes and output, `glossary qa-flag`."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from glossary.cli import app
from glossary.store import GlossaryStore

DATA = Path(__file__).resolve().parents[1] / "data" / "qa"


# ------------------------------------------------------------------ annotate


def test_annotate_chinese_text_lists_terms(run, tmp_path: Path) -> None:
    path = tmp_path / "speech.txt"
    path.write_text(
        "推进西部陆海新通道建设。\n开行中欧班列，建设西部陆海新通道。\n", encoding="utf-8"
    )
    result = run("annotate", str(path))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    corridor = next(ln for ln in lines if ln.startswith("西部陆海新通道"))
    assert "New International Land-Sea Trade Corridor" in corridor
    assert corridor.endswith("new land and sea channel in the west")
    assert " 2 " in corridor and "1:3, 2:10" in corridor
    assert any(ln.startswith("中欧班列") and "China-Europe Railway Express" in ln for ln in lines)
    assert "3 occurrences of 2 terms" in result.stdout


def test_annotate_json_offsets_point_into_the_decoded_input(run, tmp_path: Path) -> None:
    text = "第一段。\r\n推進「一帶一路」，參與構建人類命運共同體。"
    path = tmp_path / "trad.txt"
    path.write_bytes(text.encode("utf-16"))  # UTF-16 with a BOM, traditional characters
    result = run("annotate", str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["lang"] == "zh"
    decoded = text  # the BOM is not part of the decoded input
    got = [(m["text"], m["en"], m["line"]) for m in data["matches"]]
    assert got == [
        ("一帶一路", "Belt and Road Initiative", 2),
        ("人類命運共同體", "global community of shared future", 2),
    ]
    for m in data["matches"]:
        assert decoded[m["start"] : m["end"]] == m["text"]
    bri = data["matches"][0]
    assert bri["admitted"] == ["Belt and Road"]
    assert bri["avoid"] == [{"text": "One Belt, One Road", "status": "deprecated"}]


def test_annotate_reads_stdin_as_utf8(run) -> None:
    result = run("annotate", "-", "--format", "json", input="开行中欧班列".encode())
    assert result.exit_code == 0, result.output
    (m,) = json.loads(result.stdout)["matches"]
    assert (m["start"], m["end"], m["zh"]) == (2, 6, "中欧班列")
    bad = run("annotate", "-", input=b"\xb9\xfa\xbc\xca")  # GBK bytes on stdin
    assert bad.exit_code == 2 and "not valid UTF-8" in bad.stderr


def test_annotate_english_flags_deprecated_renderings(run) -> None:
    text = "We build new land and sea channels in the west.\nOne Belt, One Road is gone."
    result = run("annotate", "--lang", "en", input=text)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert '1:10  "new land and sea channels in the west" is deprecated for 西部陆海新通道' in out
    assert 'use "New International Land-Sea Trade Corridor"' in out
    assert (
        '2:1  "One Belt, One Road" is deprecated for 一带一路: use "Belt and Road Initiative"'
        in out
    )
    data = json.loads(run("annotate", "--format", "json", input=text).stdout)  # auto -> en
    assert data["lang"] == "en"
    assert [(m["status"], m["preferred"]) for m in data["matches"]] == [
        ("deprecated", "New International Land-Sea Trade Corridor"),
        ("deprecated", "Belt and Road Initiative"),
    ]
    assert text[data["matches"][1]["start"] : data["matches"][1]["end"]] == "One Belt, One Road"


def test_annotate_english_superseded_and_clean_text(run) -> None:
    result = run("annotate", "--lang", "en", input="a community with a shared future for mankind")
    assert "is superseded for 人类命运共同体" in result.stdout
    clean = run("annotate", "--lang", "en", input="The Belt and Road Initiative.")
    assert clean.exit_code == 0 and "no deprecated or superseded renderings" in clean.stdout


def test_annotate_nothing_found(run) -> None:
    result = run("annotate", input="今天天气很好。")
    assert result.exit_code == 0 and "no known terms found" in result.stdout


def test_annotate_bad_input_is_one_line_error(run, tmp_path: Path) -> None:
    for args, message in [
        (("annotate", str(tmp_path / "none.txt")), "no such file"),
        (("annotate", "--format", "xml"), "unknown --format"),
        (("annotate", "--lang", "fr"), "unknown --lang"),
    ]:
        result = run(*args, input="一带一路")
        assert result.exit_code == 2, result.output
        assert result.stderr.strip().startswith("error: ") and message in result.stderr
    empty = run("annotate", input="  \n")
    assert empty.exit_code == 2 and "empty" in empty.stderr
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01\x02binary\x00")
    result = run("annotate", str(binary))
    assert result.exit_code == 2 and "binary" in result.stderr


# ------------------------------------------------------------------ check


def test_check_clean_translation_exits_zero(run, tmp_path: Path) -> None:
    path = tmp_path / "ok.tsv"
    path.write_text(
        "开行中欧班列。\tRun China–Europe Railway Express trains.\n"
        "推进西部陆海新通道建设。\tAdvance the New International Land-Sea Trade Corridors.\n",
        encoding="utf-8",
    )
    result = run("check", str(path))
    assert result.exit_code == 0, result.output
    assert "no terminology problems found in 2 segments (2 with glossary terms)" in result.stdout


def test_check_report_groups_by_term_with_both_texts(run, tmp_path: Path) -> None:
    path = tmp_path / "t.tsv"
    path.write_text(
        "推进西部陆海新通道建设。\tPromote the new land and sea channel in the west.\n"
        "中欧班列和西部陆海新通道。\tChina-Europe Railway Express and the western corridor.\n"
        "开行中欧班列，中欧班列很忙。\tChina-Europe Railway Express trains are busy.\n",
        encoding="utf-8",
    )
    result = run("check", str(path))
    assert result.exit_code == 1, result.output
    out = result.stdout
    first = out.index("西部陆海新通道 → New International Land-Sea Trade Corridor")
    second = out.index("中欧班列 → China-Europe Railway Express")
    assert first < second  # the term with an error comes first
    block = out[first:second]
    assert "error    segment 1:" in block and "warning  segment 2:" in block
    assert "zh: 推进西部陆海新通道建设。" in block
    assert "en: Promote the new land and sea channel in the west." in block
    assert "warning  segment 3: 中欧班列 occurs 2 times" in out[second:]
    assert "1 error, 2 warnings for 2 terms in 3 segments" in out


def test_check_json_and_strict(run, tmp_path: Path) -> None:
    path = tmp_path / "w.tsv"
    path.write_text("开行中欧班列。\tRun trains to Europe.\n", encoding="utf-8")
    result = run("check", str(path), "--json")
    assert result.exit_code == 0, result.output  # warnings only
    data = json.loads(result.stdout)
    assert data["summary"]["errors"] == 0 and data["summary"]["warnings"] == 1
    (group,) = data["terms"]
    (issue,) = group["issues"]
    assert issue["rule"] == "missing" and issue["severity"] == "warning"
    assert issue["zh_text"] == "开行中欧班列。" and issue["en_text"] == "Run trains to Europe."
    assert issue["source_spans"] == [[2, 6]]
    assert run("check", str(path), "--strict").exit_code == 1


# ------------------------------------------------------------------ qa-flag


def test_qa_flag_turns_the_check_off_and_on(run, glossary_db, tmp_path: Path) -> None:
    db, ids = glossary_db
    path = tmp_path / "t.tsv"
    path.write_text("推进西部陆海新通道建设。\tPromote the new land and sea channel in the west.\n")
    assert run("check", str(path)).exit_code == 1
    cid = ids["西部陆海新通道"]
    off = run("qa-flag", str(cid), "--off")
    assert off.exit_code == 0, off.output
    assert f"#{cid} 西部陆海新通道: check off" in off.stdout
    with GlossaryStore.open(db) as store:
        assert store.get(cid).check is False
        assert store.history(cid)[-1].action == "update"
    result = run("check", str(path))
    assert result.exit_code == 0 and "no terminology problems" in result.stdout
    flagged = run("annotate", "--lang", "en", input="the new land and sea channel in the west")
    assert "no deprecated" in flagged.stdout
    assert run("qa-flag", str(cid), "--on").exit_code == 0
    assert run("check", str(path)).exit_code == 1


def test_qa_flag_errors(run, glossary_db) -> None:
    _db, ids = glossary_db
    missing = run("qa-flag", "9999", "--off")
    assert missing.exit_code == 2 and "no concept with id 9999" in missing.stderr
    # all ids are checked before any is changed
    both = run("qa-flag", str(ids["一带一路"]), "9999", "--off")
    assert both.exit_code == 2
    assert run("check", str(DATA / "memory.tmx")).exit_code == 1  # 一带一路 still checked
    stale = run("qa-flag", str(ids["一带一路"]), "--off", "--version", "99")
    assert stale.exit_code == 2 and "changed by someone else" in stale.stderr
    assert run("qa-flag", str(ids["一带一路"])).exit_code != 0  # --on/--off is required


def test_help_of_every_command_has_an_example() -> None:
    runner = CliRunner()
    for command in ("annotate", "check", "qa-flag"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0
        assert "Example: glossary " + command in result.stdout
