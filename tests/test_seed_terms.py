"""The shipped seed terminology (seed_terms/*.tsv) and its parser/validator (glossary.seed)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from glossary.errors import ValidationError
from glossary.seed import (
    HEADER,
    SeedEntry,
    SeedRendering,
    load_seed_entries,
    parse_seed_file,
    seed_directory,
    validate_seed_directory,
)

HEADER_LINE = "\t".join(HEADER)
DOMAIN_FILES = {
    "diplomacy.tsv",
    "institutions.tsv",
    "governance.tsv",
    "economy.tsv",
    "science_ecology_society.tsv",
    "international_organizations.tsv",
}
SHIPPED = Path(__file__).resolve().parents[1] / "seed_terms"


def write_tsv(directory: Path, name: str, *rows: str, header: str = HEADER_LINE) -> Path:
    path = directory / name
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def row(
    zh: str = "外交部",
    en: str = "Ministry of Foreign Affairs",
    alternatives: str = "",
    subject: str = "institutions",
    source: str = "Ministry of Foreign Affairs",
    note: str = "",
) -> str:
    return "\t".join([zh, en, alternatives, subject, source, note])


@pytest.fixture(scope="module")
def shipped() -> dict[str, SeedEntry]:
    return {entry.zh: entry for entry in load_seed_entries()}


# --- the shipped files -----------------------------------------------------------------------


def test_shipped_seed_files_have_no_problems():
    assert validate_seed_directory() == []
    assert validate_seed_directory(SHIPPED) == []


def test_shipped_seed_has_at_least_600_entries_in_every_domain_file(shipped):
    entries = load_seed_entries()
    assert len(entries) >= 600
    assert len(shipped) == len(entries)  # no Chinese term twice
    per_file: dict[str, int] = {}
    for entry in entries:
        per_file[entry.file] = per_file.get(entry.file, 0) + 1
    assert set(per_file) == DOMAIN_FILES
    assert all(count >= 50 for count in per_file.values()), per_file


def test_shipped_files_start_with_the_exact_header():
    for name in DOMAIN_FILES:
        first_line = (SHIPPED / name).read_text(encoding="utf-8").split("\n", 1)[0]
        assert first_line == "zh\ten\talternatives\tsubject\tsource\tnote", name


def test_seed_directory_is_the_installed_package_folder():
    directory = seed_directory()
    names = {item.name for item in directory.iterdir()}
    assert names >= DOMAIN_FILES
    assert "README.md" in names
    assert "__init__.py" in names


def test_shipped_renderings_have_no_leading_article(shipped):
    offending = [
        (entry.zh, entry.en)
        for entry in shipped.values()
        if entry.en.split(" ", 1)[0] in {"the", "The", "a", "an"}
    ]
    assert offending == []


@pytest.mark.parametrize(
    ("zh", "en", "alternatives"),
    [
        (
            "一带一路",
            "Belt and Road Initiative",
            {
                "One Belt, One Road": "deprecated",
                "OBOR": "deprecated",
                "Belt and Road": "admitted",
            },
        ),
        (
            "人类命运共同体",
            "global community of shared future",
            {"community with a shared future for mankind": "superseded"},
        ),
        (
            "西部陆海新通道",
            "New International Land-Sea Trade Corridor",
            {"new land and sea channel in the west": "deprecated"},
        ),
        (
            "中共中央",
            "Central Committee of the Communist Party of China",
            {"CPC Central Committee": "admitted"},
        ),
        ("全国人民代表大会", "National People's Congress", {"NPC": "admitted"}),
        ("全过程人民民主", "whole-process people's democracy", {}),
        ("中国式现代化", "Chinese modernization", {}),
        ("新发展格局", "new development pattern", {}),
        ("高质量发展", "high-quality development", {}),
        ("共同富裕", "common prosperity", {}),
        ("成渝地区双城经济圈", "Chengdu-Chongqing Economic Circle", {}),
        (
            "中西部国际交往中心",
            "Center for International Exchanges in Central and Western China",
            {},
        ),
        ("中欧班列", "China-Europe Railway Express", {}),
        ("自由贸易试验区", "pilot free trade zone", {}),
        ("乡村振兴", "rural revitalization", {"rural vitalization": "superseded"}),
        ("上海合作组织", "Shanghai Cooperation Organization", {"SCO": "admitted"}),
        ("和平共处五项原则", "Five Principles of Peaceful Coexistence", {}),
    ],
)
def test_well_known_entries(shipped, zh, en, alternatives):
    entry = shipped[zh]
    assert entry.en == en
    statuses = {rendering.text: rendering.status for rendering in entry.alternatives}
    for text, status in alternatives.items():
        assert statuses.get(text) == status, (zh, text)
    assert entry.source
    assert entry.file in DOMAIN_FILES


def test_import_is_light():
    code = (
        "import sys, glossary.seed\n"
        "heavy = {'sqlalchemy', 'sqlmodel', 'jieba', 'lxml', 'textual', 'rich', 'typer'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


# --- the parser --------------------------------------------------------------------------------


def test_parse_good_file(tmp_path):
    path = write_tsv(
        tmp_path,
        "d.tsv",
        row(
            "一带一路",
            "Belt and Road Initiative",
            "deprecated:One Belt, One Road | admitted:BRI",
            "diplomacy",
            "Xinhua",
            "a note",
        ),
        row(),
    )
    entries, problems = parse_seed_file(path)
    assert problems == []
    assert entries[0] == SeedEntry(
        zh="一带一路",
        en="Belt and Road Initiative",
        alternatives=(
            SeedRendering("One Belt, One Road", "deprecated"),
            SeedRendering("BRI", "admitted"),
        ),
        subject="diplomacy",
        source="Xinhua",
        note="a note",
        file="d.tsv",
        line=2,
    )
    assert entries[1].alternatives == ()
    assert entries[1].line == 3


def test_parse_uses_given_name_and_strips_bom(tmp_path):
    path = tmp_path / "bom.tsv"
    path.write_text("\ufeff" + HEADER_LINE + "\n" + row() + "\n", encoding="utf-8")
    entries, problems = parse_seed_file(path, name="shown.tsv")
    assert problems == []
    assert entries[0].file == "shown.tsv"


def test_parse_accepts_crlf_line_ends(tmp_path):
    path = tmp_path / "crlf.tsv"
    path.write_bytes((HEADER_LINE + "\r\n" + row() + "\r\n").encode("utf-8"))
    entries, problems = parse_seed_file(path)
    assert problems == []
    assert entries[0].note == ""


def one_problem(tmp_path, *rows: str, header: str = HEADER_LINE) -> str:
    entries, problems = parse_seed_file(write_tsv(tmp_path, "bad.tsv", *rows, header=header))
    assert len(problems) == 1, problems
    return problems[0]


def test_wrong_header(tmp_path):
    problem = one_problem(tmp_path, row(), header="zh\ten\tsubject\tsource\tnote\talternatives")
    assert problem.startswith("bad.tsv:1: ")
    assert "header" in problem


def test_empty_file(tmp_path):
    path = tmp_path / "empty.tsv"
    path.write_text("", encoding="utf-8")
    _, problems = parse_seed_file(path)
    assert len(problems) == 1
    assert problems[0].startswith("empty.tsv:1: ")


@pytest.mark.parametrize("fields", [5, 7])
def test_bad_column_count_names_file_and_line(tmp_path, fields):
    cells = ["外交部", "Ministry of Foreign Affairs", "", "institutions", "MFA", "", "x"][:fields]
    problem = one_problem(tmp_path, row(), "\t".join(cells))
    assert problem.startswith("bad.tsv:3: ")
    assert f"found {fields}" in problem


@pytest.mark.parametrize("column", ["zh", "en", "subject", "source"])
def test_empty_required_column(tmp_path, column):
    problem = one_problem(tmp_path, row(**{column: ""}))
    assert problem.startswith("bad.tsv:2: ")
    assert repr(column) in problem and "empty" in problem


def test_empty_alternatives_and_note_are_fine(tmp_path):
    _, problems = parse_seed_file(write_tsv(tmp_path, "ok.tsv", row(alternatives="", note="")))
    assert problems == []


def test_chinese_in_en(tmp_path):
    problem = one_problem(tmp_path, row(en="Ministry of 外交"))
    assert "en" in problem and "Chinese" in problem


def test_chinese_in_alternative(tmp_path):
    problem = one_problem(tmp_path, row(alternatives="admitted:MFA | deprecated:外交部"))
    assert "Chinese" in problem


def test_rare_cjk_extension_is_detected(tmp_path):
    problem = one_problem(tmp_path, row(en="Ministry \U00020001"))
    assert "Chinese" in problem


def test_no_chinese_in_zh(tmp_path):
    problem = one_problem(tmp_path, row(zh="APEC", en="Asia-Pacific Economic Cooperation"))
    assert "zh" in problem and "no Chinese" in problem


def test_unknown_status(tmp_path):
    problem = one_problem(tmp_path, row(alternatives="obsolete:Foreign Office"))
    assert "unknown status" in problem and "obsolete" in problem


def test_status_is_case_sensitive(tmp_path):
    problem = one_problem(tmp_path, row(alternatives="Deprecated:Foreign Office"))
    assert "unknown status" in problem


def test_missing_status_prefix(tmp_path):
    problem = one_problem(tmp_path, row(alternatives="Foreign Office"))
    assert "STATUS:" in problem


def test_stray_separator(tmp_path):
    problem = one_problem(tmp_path, row(alternatives="admitted:MFA |"))
    assert "empty" in problem


def test_status_without_text(tmp_path):
    problem = one_problem(tmp_path, row(alternatives="admitted:"))
    assert "no text" in problem


def test_rendering_repeated_in_entry(tmp_path):
    problem = one_problem(tmp_path, row(alternatives="admitted:Ministry of Foreign Affairs"))
    assert "more than once" in problem


def test_alternative_repeated_in_entry(tmp_path):
    problem = one_problem(tmp_path, row(alternatives="admitted:MFA | deprecated:MFA"))
    assert "more than once" in problem


@pytest.mark.parametrize(
    "fields",
    [
        {"zh": " 外交部"},
        {"en": "Ministry of Foreign Affairs "},
        {"subject": "institutions "},
        {"source": " MFA"},
        {"note": "note "},
        {"alternatives": " admitted:MFA"},
    ],
)
def test_leading_or_trailing_whitespace(tmp_path, fields):
    problem = one_problem(tmp_path, row(**fields))
    assert "whitespace" in problem
    assert repr(next(iter(fields))) in problem


def test_duplicate_within_file(tmp_path):
    problem = one_problem(tmp_path, row(), row(en="Foreign Ministry"))
    assert problem.startswith("bad.tsv:3: ")
    assert "duplicate" in problem and "bad.tsv:2" in problem


def test_invalid_utf8(tmp_path):
    path = tmp_path / "latin1.tsv"
    path.write_bytes((HEADER_LINE + "\n").encode() + b"\xff\xfe\tx\n")
    _, problems = parse_seed_file(path)
    assert len(problems) == 1
    assert problems[0].startswith("latin1.tsv:2: ") and "UTF-8" in problems[0]


def test_problem_rows_are_not_entries(tmp_path):
    entries, problems = parse_seed_file(
        write_tsv(tmp_path, "mixed.tsv", row(), row(zh="国务院", en=""), "only\ttwo")
    )
    assert [entry.zh for entry in entries] == ["外交部"]
    assert len(problems) == 2


# --- directories -------------------------------------------------------------------------------


def test_duplicate_across_files_names_both_places(tmp_path):
    write_tsv(tmp_path, "a.tsv", row(zh="国务院", en="State Council"), row())
    write_tsv(tmp_path, "b.tsv", row(zh="外交部", en="Foreign Ministry"))
    problems = validate_seed_directory(tmp_path)
    assert len(problems) == 1
    assert problems[0].startswith("b.tsv:2: ")
    assert "a.tsv:3" in problems[0] and "外交部" in problems[0]
    with pytest.raises(ValidationError):
        load_seed_entries(tmp_path)


def test_duplicate_across_files_ignores_inner_whitespace(tmp_path):
    write_tsv(tmp_path, "a.tsv", row(zh="外交部"))
    write_tsv(tmp_path, "b.tsv", row(zh="外交 部"))
    problems = validate_seed_directory(str(tmp_path))
    assert len(problems) == 1 and "a.tsv:2" in problems[0]


def test_load_reports_every_problem_one_per_line(tmp_path):
    write_tsv(tmp_path, "a.tsv", row(en=""), row(zh="国务院", en="State Council"))
    write_tsv(tmp_path, "b.tsv", row(zh="国务院", en="State Council"), header="zh\ten")
    with pytest.raises(ValidationError) as caught:
        load_seed_entries(tmp_path)
    lines = str(caught.value).splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("a.tsv:2: ")
    assert lines[1].startswith("b.tsv:1: ")
    assert lines[2].startswith("b.tsv:2: ") and "a.tsv:3" in lines[2]


def test_load_reads_tsv_files_in_name_order_and_ignores_others(tmp_path):
    write_tsv(tmp_path, "b.tsv", row(zh="国务院", en="State Council"))
    write_tsv(tmp_path, "a.tsv", row())
    (tmp_path / "README.md").write_text("not a seed file", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("x\ty", encoding="utf-8")
    entries = load_seed_entries(tmp_path)
    assert [(entry.file, entry.zh) for entry in entries] == [
        ("a.tsv", "外交部"),
        ("b.tsv", "国务院"),
    ]


def test_directory_without_seed_files(tmp_path):
    problems = validate_seed_directory(tmp_path)
    assert len(problems) == 1 and "no *.tsv" in problems[0]
    with pytest.raises(ValidationError):
        load_seed_entries(tmp_path)


def test_missing_directory(tmp_path):
    problems = validate_seed_directory(tmp_path / "nowhere")
    assert len(problems) == 1 and "not a directory" in problems[0]
