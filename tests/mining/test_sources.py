"""Readers: TSV column detection, TMX 1.4 / 1.1, hostile XML, encodings, detection."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary.errors import InputError
from glossary.mining import read_document

DATA = Path(__file__).resolve().parent.parent / "data" / "mining"
ZH1 = "上海合作组织秘书处发布了年度报告。"
EN1 = "The Secretariat of the Shanghai Cooperation Organization released its annual report."
ZH2 = "中欧班列累计开行八万列。"
EN2 = 'China-Europe Railway Express trains, the "steel camels", made 80,000 trips.'


def _tsv(rows: list[list[str]]) -> str:
    return "".join("\t".join(r) + "\n" for r in rows)


def test_tsv_with_header(tmp_path: Path) -> None:
    f = tmp_path / "a.tsv"
    f.write_text(_tsv([["zh", "en"], [ZH1, EN1], [ZH2, EN2]]), encoding="utf-8")
    doc = read_document(f)
    assert doc.format == "tsv"
    assert [(s.zh, s.en, s.index) for s in doc.segments] == [(ZH1, EN1, 1), (ZH2, EN2, 2)]
    assert doc.size == f.stat().st_size and len(doc.sha256) == 64 and doc.name == "a.tsv"


def test_tsv_columns_found_by_script_not_position(tmp_path: Path) -> None:
    # No header, an id column first, English before Chinese.
    f = tmp_path / "b.tsv"
    f.write_text(_tsv([["1", EN1, ZH1], ["2", EN2, ZH2]]), encoding="utf-8")
    doc = read_document(f)
    assert [(s.zh, s.en) for s in doc.segments] == [(ZH1, EN1), (ZH2, EN2)]


def test_tsv_quoted_fields(tmp_path: Path) -> None:
    quoted = '"China-Europe Railway Express trains, the ""steel camels"", made 80,000 trips."'
    f = tmp_path / "c.tsv"
    f.write_text(f"zh\ten\n{ZH2}\t{quoted}\n", encoding="utf-8")
    doc = read_document(f)
    assert doc.segments[0].en == EN2


def test_tsv_without_chinese_column_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "d.tsv"
    f.write_text("a\tb\nc\td\n", encoding="utf-8")
    with pytest.raises(InputError):
        read_document(f)


def _tmx(version: str, attr: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<tmx version="{version}"><header srclang="zh-CN" datatype="plaintext" segtype="sentence"
 o-tmf="x" adminlang="en" creationtool="t" creationtoolversion="1"/>
<body>
<tu><tuv {attr}="zh-CN"><seg>{ZH1}</seg></tuv><tuv {attr}="en-US"><seg>{EN1}</seg></tuv></tu>
<tu><tuv {attr}="EN-GB"><seg>China-Europe <bpt i="1">&lt;b&gt;</bpt>Railway<ept i="1"
>&lt;/b&gt;</ept> Express</seg></tuv>
<tuv {attr}="zh"><seg>中欧班列</seg></tuv></tu>
</body></tmx>"""


@pytest.mark.parametrize(("version", "attr"), [("1.4", "xml:lang"), ("1.1", "lang")])
def test_tmx(tmp_path: Path, version: str, attr: str) -> None:
    f = tmp_path / "m.tmx"
    f.write_text(_tmx(version, attr), encoding="utf-8")
    doc = read_document(f)
    assert doc.format == "tmx"
    assert [(s.zh, s.en, s.index) for s in doc.segments] == [
        (ZH1, EN1, 1),
        ("中欧班列", "China-Europe Railway Express", 2),
    ]


def test_tmx_detected_by_content(tmp_path: Path) -> None:
    f = tmp_path / "memory.xml"
    f.write_text(_tmx("1.4", "xml:lang"), encoding="utf-8")
    assert read_document(f).format == "tmx"


def test_hostile_tmx_refused(tmp_path: Path) -> None:
    f = tmp_path / "evil.tmx"
    f.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>\n'
        '<tmx version="1.4"><header/><body><tu><tuv xml:lang="zh"><seg>&b;</seg></tuv>'
        "</tu></body></tmx>",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="entit"):
        read_document(f)


def test_not_tmx_root_refused(tmp_path: Path) -> None:
    f = tmp_path / "x.tmx"
    f.write_text('<?xml version="1.0"?><martif><text/></martif>', encoding="utf-8")
    with pytest.raises(InputError, match="not a TMX"):
        read_document(f)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "gb18030"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    text = _tsv([["zh", "en"], [ZH1, EN1], [ZH2, EN2]])
    f = tmp_path / f"enc-{encoding}.tsv"
    f.write_bytes(text.encode(encoding))
    doc = read_document(f)
    assert [(s.zh, s.en) for s in doc.segments] == [(ZH1, EN1), (ZH2, EN2)]
    # The same text in a .txt file is recognised as TSV by its content.
    g = tmp_path / f"enc-{encoding}.txt"
    g.write_bytes(text.encode(encoding))
    assert read_document(g).format == "tsv"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "gb18030"])
def test_encodings_of_layout_text(tmp_path: Path, encoding: str) -> None:
    raw = (DATA / "layout.txt").read_text(encoding="utf-8")
    f = tmp_path / "layout.txt"
    f.write_bytes(raw.encode(encoding))
    doc = read_document(f)
    assert doc.format == "text"
    assert any("Shanghai Cooperation Organization" in s.en for s in doc.segments)


def test_unreadable_inputs(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "missing.tsv")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        read_document(empty)
    binary = tmp_path / "bin.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(InputError):
        read_document(binary)
    english = tmp_path / "en.txt"
    english.write_text("Only English here, nothing else.\n", encoding="utf-8")
    with pytest.raises(InputError, match="no Chinese"):
        read_document(english)
    with pytest.raises(InputError, match="unknown format"):
        read_document(english, fmt="pdf")


def test_plain_interleaved_text_without_chunk_numbers(tmp_path: Path) -> None:
    f = tmp_path / "plain.txt"
    f.write_text(f"{ZH1}\n{EN1}\n\n{ZH2}\n{EN2}\n", encoding="utf-8")
    doc = read_document(f)
    assert doc.format == "text"
    assert [(s.zh, s.en) for s in doc.segments] == [(ZH1, EN1), (ZH2, EN2)]


def test_csv_with_commas(tmp_path: Path) -> None:
    f = tmp_path / "pairs.csv"
    f.write_text(f'zh,en\n{ZH1},"{EN1}"\n', encoding="utf-8")
    assert [(s.zh, s.en) for s in read_document(f).segments] == [(ZH1, EN1)]


def test_tmx_in_utf16_and_chinese_headers(tmp_path: Path) -> None:
    f = tmp_path / "wide.tmx"
    f.write_bytes(
        _tmx("1.4", "xml:lang").replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    )
    assert read_document(f).segments[0].zh == ZH1
    g = tmp_path / "cn-header.tsv"
    g.write_text(_tsv([["中文", "英文"], [ZH1, EN1]]), encoding="utf-8")
    assert [(s.zh, s.en) for s in read_document(g).segments] == [(ZH1, EN1)]
