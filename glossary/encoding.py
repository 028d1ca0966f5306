"""Decode text files whose encoding we do not know.

Translators' files come as UTF-8 (with or without BOM), UTF-16 from Windows tools,
or GB18030/GBK from older Chinese software. We detect, decode strictly, and refuse
binary or empty input with a one-line :class:`InputError`.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from glossary.errors import InputError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _guess_bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: NUL bytes concentrated on odd (LE) or even (BE) offsets."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) / 2
    # ASCII-heavy text in UTF-16 has a NUL in nearly every other byte; CJK-only text
    # has few NULs, so this only detects mixed text. CJK-only BOM-less UTF-16 is rare.
    if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    """Control characters other than tab/newline/CR/form feed mark a binary file."""
    sample = text[:8192]
    if not sample:
        return False
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    return "\x00" in sample or bad > 0.01 * len(sample)


def detect_encoding(data: bytes) -> str:
    """Return the codec name that decodes ``data``; raise :class:`InputError` if none does."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name + "-sig" if name == "utf-8" else name
    utf16 = _guess_bomless_utf16(data)
    if utf16:
        return utf16
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        data.decode("gb18030")
        return "gb18030"
    except UnicodeDecodeError:
        pass
    raise InputError("not a text file in UTF-8, UTF-16 or GB18030")


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Decode ``data`` (the content of the file called ``name``) to text.

    The BOM is removed, line endings are kept as they are. Raises :class:`InputError`
    naming the file when it is empty, binary or in no encoding we know.
    """
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    if (
        b"\x00" in data[:8192]
        and not _guess_bomless_utf16(data)
        and not any(data.startswith(bom) for bom, _ in _BOMS)
    ):
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        encoding = detect_encoding(data)
    except InputError as exc:
        raise InputError(f"{name}: {exc}") from None
    text = data.decode(encoding)
    if text.startswith("\ufeff"):
        text = text[1:]
    if _looks_binary(text):
        raise InputError(f"{name}: looks like a binary file, not text")
    if not text.strip():
        raise InputError(f"{name}: the file is empty")
    return text


def read_bytes(path: str | Path, limit: int | None = None) -> bytes:
    """The bytes of a file (the first ``limit`` of them); errors are one-line InputErrors."""
    p = Path(path)
    try:
        with p.open("rb") as fh:
            return fh.read() if limit is None else fh.read(limit)
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a folder, not a file") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror})") from None


def read_text(path: str | Path) -> str:
    """Read a text file of unknown encoding; errors are :class:`InputError` naming it."""
    return decode_bytes(read_bytes(path), str(path))
