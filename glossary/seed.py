"""Seed terminology shipped with the package: parser and validator.

The seed list lives in the ``seed_terms`` package as tab-separated files, one per domain,
with the header ``zh	en	alternatives	subject	source	note``. The ``alternatives`` column
holds zero or more renderings separated by ``|``, each written ``STATUS:TEXT`` where STATUS is
``admitted``, ``deprecated`` or ``superseded``.

This module is pure standard library and cheap to import: ``glossary lookup`` may load the
seed list on first run.
"""

from __future__ import annotations

import importlib.resources
import os
import pathlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from glossary.errors import ValidationError

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = [
    "HEADER",
    "STATUSES",
    "SeedEntry",
    "SeedRendering",
    "load_seed_entries",
    "parse_seed_file",
    "seed_directory",
    "validate_seed_directory",
]

HEADER: tuple[str, ...] = ("zh", "en", "alternatives", "subject", "source", "note")
STATUSES: tuple[str, ...] = ("admitted", "deprecated", "superseded")
ALTERNATIVE_SEPARATOR = " | "

# CJK unified ideographs: the basic block, extension A and the supplementary-plane extensions,
# plus the compatibility ideographs (which are normalised to unified ones and are as wrong in
# an English rendering).
_CJK = re.compile(
    "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f\U00030000-\U0003134f]"
)
_BOM = "\ufeff"


@dataclass(frozen=True)
class SeedRendering:
    """An alternative rendering of a seed entry and its status."""

    text: str
    status: str  # "admitted" | "deprecated" | "superseded"


@dataclass(frozen=True)
class SeedEntry:
    """One row of a seed file."""

    zh: str
    en: str
    alternatives: tuple[SeedRendering, ...]
    subject: str
    source: str
    note: str
    file: str  # file name, e.g. "diplomacy.tsv"
    line: int  # 1-based line number


def seed_directory() -> pathlib.Path | Traversable:
    """The folder of the shipped seed files: ``importlib.resources.files("seed_terms")``.

    Falls back to the package's folder on disk when the resource reader cannot serve it (an
    editable install made before ``seed_terms/__init__.py`` existed maps it as a namespace
    package, which ``importlib.resources`` of Python 3.11 rejects).
    """
    try:
        return importlib.resources.files("seed_terms")
    except (ModuleNotFoundError, NotADirectoryError, TypeError, ValueError):
        pass
    try:
        import seed_terms
    except ModuleNotFoundError:
        locations: list[str] = []
    else:
        locations = list(getattr(seed_terms, "__path__", []))
    for location in locations:
        if os.path.isdir(location):
            return pathlib.Path(location)
    return pathlib.Path(__file__).resolve().parent.parent / "seed_terms"


def _has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def _zh_key(zh: str) -> str:
    """The key under which Chinese terms are compared for duplicates."""
    return "".join(zh.split())


def _read_text(source: pathlib.Path | Traversable, name: str) -> tuple[str | None, str | None]:
    """The decoded text of a file, or a problem message."""
    try:
        data = source.read_bytes()
    except OSError as exc:
        return None, f"{name}:0: cannot read file: {exc.strerror or exc}"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return None, f"{name}:{line}: not valid UTF-8 (byte {exc.start})"
    if text.startswith(_BOM):
        text = text[len(_BOM) :]
    return text, None


def _parse_alternatives(
    field: str, where: str, problems: list[str]
) -> tuple[SeedRendering, ...] | None:
    """Parse the alternatives column; ``None`` if it has problems (reported)."""
    if not field:
        return ()
    renderings: list[SeedRendering] = []
    ok = True
    for number, part in enumerate(field.split("|"), start=1):
        item = part.strip()
        if not item:
            problems.append(f"{where}: alternative {number} is empty (stray '|')")
            ok = False
            continue
        status, colon, text = item.partition(":")
        status, text = status.strip(), text.strip()
        if not colon:
            problems.append(
                f"{where}: alternative {item!r} lacks a STATUS: prefix "
                f"(one of {', '.join(STATUSES)})"
            )
            ok = False
            continue
        if status not in STATUSES:
            problems.append(
                f"{where}: alternative {item!r} has unknown status {status!r} "
                f"(expected one of {', '.join(STATUSES)})"
            )
            ok = False
            continue
        if not text:
            problems.append(f"{where}: alternative {item!r} has no text after the status")
            ok = False
            continue
        if _has_cjk(text):
            problems.append(f"{where}: alternative {text!r} contains Chinese characters")
            ok = False
            continue
        renderings.append(SeedRendering(text=" ".join(text.split()), status=status))
    return tuple(renderings) if ok else None


def _parse_row(
    fields: list[str], file_name: str, line: int, problems: list[str]
) -> SeedEntry | None:
    where = f"{file_name}:{line}"
    before = len(problems)
    for column, value in zip(HEADER, fields, strict=True):
        if value != value.strip():
            problems.append(f"{where}: column {column!r} has leading or trailing whitespace")
    zh, en, alternatives_field, subject, source, note = (value.strip() for value in fields)
    for column, value in (("zh", zh), ("en", en), ("subject", subject), ("source", source)):
        if not value:
            problems.append(f"{where}: column {column!r} is empty")
    if zh and not _has_cjk(zh):
        problems.append(f"{where}: zh {zh!r} contains no Chinese characters")
    if _has_cjk(en):
        problems.append(f"{where}: en {en!r} contains Chinese characters")
    alternatives = _parse_alternatives(alternatives_field, where, problems)
    if en and alternatives:
        seen = {" ".join(en.split())}
        for rendering in alternatives:
            if rendering.text in seen:
                problems.append(
                    f"{where}: rendering {rendering.text!r} appears more than once in the entry"
                )
            seen.add(rendering.text)
    if len(problems) > before or alternatives is None:
        return None
    return SeedEntry(
        zh=zh,
        en=en,
        alternatives=alternatives,
        subject=subject,
        source=source,
        note=note,
        file=file_name,
        line=line,
    )


def parse_seed_file(
    path_or_traversable: str | os.PathLike[str] | pathlib.Path | Traversable,
    name: str | None = None,
) -> tuple[list[SeedEntry], list[str]]:
    """Parse one seed file: the valid entries and the problems, each ``'FILE:LINE: message'``.

    Rows with a problem are reported and left out of the entries. Duplicate Chinese terms
    within the file are reported here; across files by :func:`validate_seed_directory`.
    """
    source = path_or_traversable
    if isinstance(source, str | os.PathLike):
        source = pathlib.Path(source)
    file_name = name if name is not None else source.name
    text, problem = _read_text(source, file_name)
    if text is None:
        return [], [problem or f"{file_name}:0: cannot read file"]

    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    entries: list[SeedEntry] = []
    problems: list[str] = []
    if not lines:
        return [], [f"{file_name}:1: empty file: the first line must be the header"]

    header = lines[0].removesuffix("\r")
    if header != "\t".join(HEADER):
        problems.append(
            f"{file_name}:1: wrong header {header!r}; expected {chr(9).join(HEADER)!r} "
            "(tab-separated)"
        )

    first_line: dict[str, int] = {}
    for line, raw in enumerate(lines[1:], start=2):
        row = raw.removesuffix("\r")
        if not row.strip():
            if row:
                problems.append(f"{file_name}:{line}: line holds only whitespace")
            continue
        fields = row.split("\t")
        if len(fields) != len(HEADER):
            problems.append(
                f"{file_name}:{line}: expected {len(HEADER)} tab-separated columns, "
                f"found {len(fields)}"
            )
            continue
        entry = _parse_row(fields, file_name, line, problems)
        key = _zh_key(fields[0])
        if key:
            if key in first_line:
                problems.append(
                    f"{file_name}:{line}: duplicate Chinese term {key!r} "
                    f"(first at {file_name}:{first_line[key]})"
                )
                continue
            first_line[key] = line
        if entry is not None:
            entries.append(entry)
    return entries, problems


def _seed_files(
    directory: str | os.PathLike[str] | pathlib.Path | Traversable | None,
) -> tuple[list[pathlib.Path | Traversable], list[str]]:
    if directory is None:
        directory = seed_directory()
    elif isinstance(directory, str | os.PathLike):
        directory = pathlib.Path(directory)
    label = str(directory)
    if not directory.is_dir():
        return [], [f"{label}: not a directory"]
    files = sorted(
        (item for item in directory.iterdir() if item.name.endswith(".tsv") and item.is_file()),
        key=lambda item: item.name,
    )
    if not files:
        return [], [f"{label}: no *.tsv seed files"]
    return files, []


def _load(
    directory: str | os.PathLike[str] | pathlib.Path | Traversable | None,
) -> tuple[list[SeedEntry], list[str]]:
    files, problems = _seed_files(directory)
    entries: list[SeedEntry] = []
    first: dict[str, SeedEntry] = {}
    for item in files:
        file_entries, file_problems = parse_seed_file(item)
        problems.extend(file_problems)
        for entry in file_entries:
            key = _zh_key(entry.zh)
            earlier = first.get(key)
            if earlier is not None and earlier.file != entry.file:
                problems.append(
                    f"{entry.file}:{entry.line}: duplicate Chinese term {entry.zh!r} "
                    f"(also at {earlier.file}:{earlier.line})"
                )
                continue
            first.setdefault(key, entry)
            entries.append(entry)
    return entries, problems


def load_seed_entries(
    directory: str | os.PathLike[str] | pathlib.Path | Traversable | None = None,
) -> list[SeedEntry]:
    """All entries of the ``*.tsv`` files in ``directory`` (default: the shipped seed list).

    Files are read in name order. Raises :class:`~glossary.errors.ValidationError` listing every
    problem, one per line, if there is any.
    """
    entries, problems = _load(directory)
    if problems:
        raise ValidationError("\n".join(problems))
    return entries


def validate_seed_directory(
    directory: str | os.PathLike[str] | pathlib.Path | Traversable | None = None,
) -> list[str]:
    """Every problem of the seed files in ``directory``; an empty list if there is none."""
    return _load(directory)[1]
