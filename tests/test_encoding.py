"""Encoding detection and hardened XML parsing of files from outside."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary.encoding import decode_bytes, read_text
from glossary.errors import InputError
from glossary.xmlsafe import parse_xml_bytes, parse_xml_file

SAMPLE = "中西部国际交往中心\tCenter for International Exchanges in Central and Western China\n"


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gb18030"]
)
def test_decodes_common_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "pairs.tsv"
    path.write_bytes(SAMPLE.encode(encoding))
    assert read_text(path) == SAMPLE


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\n ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        (b"\x00\x01\x02\x03" * 100, "binary"),
    ],
)
def test_refuses_empty_and_binary(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode_bytes(data, "x.txt")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="folder"):
        read_text(tmp_path)


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<tmx><body>&lol2;</body></tmx>"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><r>&xxe;</r>"""
UNDECLARED_ENTITY = b"""<?xml version="1.0"?><r>&xxe;</r>"""


@pytest.mark.parametrize("data", [BILLION_LAUGHS, EXTERNAL_ENTITY])
def test_entity_declarations_are_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="entities"):
        parse_xml_bytes(data, "hostile.xml")


def test_undeclared_entity_is_an_error() -> None:
    with pytest.raises(InputError):
        parse_xml_bytes(UNDECLARED_ENTITY, "bad.xml")


def test_external_dtd_is_never_loaded(tmp_path: Path) -> None:
    secret = tmp_path / "evil.dtd"
    secret.write_text('<!ENTITY x "pwned">')
    path = tmp_path / "doc.tbx"
    path.write_bytes(
        f'<?xml version="1.0"?><!DOCTYPE martif SYSTEM "{secret}"><martif>ok</martif>'.encode()
    )
    root = parse_xml_file(path).getroot()
    assert root.text == "ok"


def test_gigantic_text_node_is_refused() -> None:
    data = b"<r>" + b"a" * (11 * 1024 * 1024) + b"</r>"
    with pytest.raises(InputError, match="not well-formed"):
        parse_xml_bytes(data, "huge.xml")


def test_malformed_xml_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.tmx"
    path.write_text("<tmx><body><tu></body></tmx>")
    with pytest.raises(InputError) as info:
        parse_xml_file(path)
    assert "\n" not in str(info.value) and "broken.tmx" in str(info.value)
