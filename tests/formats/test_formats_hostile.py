"""Hostile TBX: entity tricks, external DTDs, network references, huge or deep input.

Every refusal is one line (``error: ...``, exit status 2) and the database is left
exactly as it was; a plain ``<!DOCTYPE martif SYSTEM "...dtd">`` (as real TBX v2
files carry) is accepted and its DTD is never read.
"""

from __future__ import annotations

import socket
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from formats_helpers import run

ENTRY = (
    '<termEntry id="c1"><langSet xml:lang="zh"><tig><term>{zh}</term></tig></langSet>'
    '<langSet xml:lang="en"><tig><term>{en}</term></tig></langSet></termEntry>'
)


def tbx(body: str, doctype: str = "", header_p: str = "x") -> str:
    """A small TBX v2 document around ``body``."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"{doctype}\n"
        '<martif type="TBX-Basic" xml:lang="zh">'
        f"<martifHeader><fileDesc><sourceDesc><p>{header_p}</p></sourceDesc></fileDesc>"
        f"</martifHeader><text><body>{body}</body></text></martif>\n"
    )


def _counts(db: str) -> tuple[int, int]:
    with sqlite3.connect(db) as conn:
        return (
            conn.execute("SELECT COUNT(*) FROM concept").fetchone()[0],
            conn.execute("SELECT COUNT(*) FROM event").fetchone()[0],
        )


def _refused(path: Path, db: str, *needles: str) -> str:
    result = run("import", str(path), "--db", db)
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    assert "Traceback" not in result.output
    assert _counts(db) == (0, 0)
    return lines[0]


@pytest.fixture
def listener() -> Iterator[tuple[int, list[bytes]]]:
    """A local TCP server that records every connection made to it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    server.settimeout(0.2)
    hits: list[bytes] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(0.5)
                try:
                    hits.append(conn.recv(1024))
                except OSError:
                    hits.append(b"")
                conn.sendall(b"HTTP/1.0 200 OK\r\n\r\n<!ENTITY x 'NETWORK'>")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1], hits
    stop.set()
    thread.join(2)
    server.close()


def test_external_entity_xxe_is_refused(tmp_path: Path, empty_db: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    path = tmp_path / "xxe.tbx"
    path.write_text(
        tbx(
            ENTRY.format(zh="中国", en="&xxe;"),
            f'<!DOCTYPE martif [<!ENTITY xxe SYSTEM "file://{secret}">]>',
        )
    )
    _refused(path, empty_db, "declares entities", "refused for safety", "nothing was imported")


def test_billion_laughs_is_refused(tmp_path: Path, empty_db: str) -> None:
    lol = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    path = tmp_path / "lol.tbx"
    path.write_text(
        tbx(ENTRY.format(zh="中国", en="&lol9;"), f"<!DOCTYPE martif [{''.join(lol)}]>")
    )
    _refused(path, empty_db, "declares entities")


def test_parameter_entity_to_the_network_is_refused(
    tmp_path: Path, empty_db: str, listener: tuple[int, list[bytes]]
) -> None:
    port, hits = listener
    path = tmp_path / "param.tbx"
    path.write_text(
        tbx(
            ENTRY.format(zh="中国", en="China"),
            f'<!DOCTYPE martif [<!ENTITY % remote SYSTEM "http://127.0.0.1:{port}/x">%remote;]>',
        )
    )
    _refused(path, empty_db, "declares entities")
    assert hits == []


def test_external_dtd_is_never_loaded(tmp_path: Path, empty_db: str) -> None:
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY leak "LEAKED">')
    path = tmp_path / "extdtd.tbx"
    path.write_text(
        tbx(ENTRY.format(zh="中国", en="China &leak;"), f'<!DOCTYPE martif SYSTEM "{dtd}">')
    )
    message = _refused(path, empty_db, "&leak", "refused for safety")
    assert "LEAKED" not in message
    # the same entity in the header is caught too
    path.write_text(
        tbx(
            ENTRY.format(zh="中国", en="China"),
            f'<!DOCTYPE martif SYSTEM "{dtd}">',
            header_p="&leak;",
        )
    )
    _refused(path, empty_db, "&leak")


def test_plain_doctype_and_network_references_are_harmless(
    tmp_path: Path, empty_db: str, listener: tuple[int, list[bytes]]
) -> None:
    port, hits = listener
    url = f"http://127.0.0.1:{port}"
    body = (
        '<termEntry id="c1"><note xmlns:xi="http://www.w3.org/2001/XInclude">'
        f'<xi:include href="{url}/include.xml" parse="text"/></note>'
        '<langSet xml:lang="zh"><tig><term>中国</term></tig></langSet>'
        '<langSet xml:lang="en"><tig><term>China</term></tig></langSet></termEntry>'
    )
    path = tmp_path / "net.tbx"
    path.write_text(
        tbx(body, f'<?xml-stylesheet href="{url}/s.xsl"?>\n<!DOCTYPE martif SYSTEM "{url}/x.dtd">')
    )
    result = run("import", str(path), "--db", empty_db)
    assert result.exit_code == 0, result.output
    assert "created 1," in result.stdout
    assert hits == []  # nothing fetched: not the DTD, not the XInclude, not the stylesheet


def test_gigantic_text_node_is_refused(tmp_path: Path, empty_db: str) -> None:
    huge = "a" * 11_000_000
    path = tmp_path / "huge.tbx"
    path.write_text(tbx(ENTRY.format(zh="中国", en=huge)))
    message = _refused(path, empty_db, "refused for safety", "longer than 10,000,000 characters")
    assert len(message) < 200


def test_excessive_nesting_is_refused(tmp_path: Path, empty_db: str) -> None:
    deep = "<hi>" * 3000 + "x" + "</hi>" * 3000
    path = tmp_path / "deep.tbx"
    path.write_text(tbx(ENTRY.format(zh="中国", en=f"China{deep}")))
    _refused(path, empty_db, "refused for safety", "nested more than 256 deep")


def test_bad_entry_late_in_a_file_imports_nothing(tmp_path: Path, empty_db: str) -> None:
    good = "".join(
        ENTRY.format(zh=f"中国{i}", en=f"China {i}").replace('id="c1"', f'id="c{i}"')
        for i in range(1, 500)
    )
    bad = '<termEntry id="c999"><langSet><tig><term>x</term></tig></langSet></termEntry>'
    path = tmp_path / "late.tbx"
    path.write_text(tbx(good + bad))
    _refused(path, empty_db, "late.tbx:", "without xml:lang")


def test_not_tbx_and_not_xml(tmp_path: Path, empty_db: str) -> None:
    tmx = tmp_path / "memory.tmx"
    tmx.write_text('<?xml version="1.0"?><tmx version="1.4"><header/><body/></tmx>')
    _refused(tmx, empty_db, "not a TBX file", "<tmx>")
    binary = tmp_path / "blob.tbx"
    binary.write_bytes(b"<\x00\x00\x01\x02garbage\xff\xfe")
    _refused(binary, empty_db, "blob.tbx")
    empty = tmp_path / "empty.tbx"
    empty.write_text("")
    _refused(empty, empty_db, "empty")
    _refused(tmp_path / "missing.tbx", empty_db, "no such file")


def test_utf16_tbx_is_read(tmp_path: Path, empty_db: str) -> None:
    path = tmp_path / "utf16.tbx"
    path.write_bytes(
        tbx(ENTRY.format(zh="中国", en="China"))
        .replace('encoding="UTF-8"', 'encoding="UTF-16"')
        .encode("utf-16")
    )
    result = run("import", str(path), "--db", empty_db)
    assert result.exit_code == 0, result.output
    assert "created 1," in result.stdout
