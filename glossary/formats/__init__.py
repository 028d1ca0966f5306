"""Glossary interchange: TBX v2/v3, CSV/TSV, OmegaT and JSON, read and written.

Every reader turns a file into :class:`~glossary.records.ConceptView` records and
every writer turns records into a file; the store does the rest. The rules shared
by all formats live here:

- **Text that XML 1.0 cannot carry** (C0 control characters other than tab, line
  feed and carriage return; U+FFFE, U+FFFF; unpaired surrogates) is *removed*, on
  export and on import, in every format, so every format carries the same data. The
  command reports how many characters it removed and from which entries.
- **Timestamps** are written in UTC as ``2024-05-01T10:22:13Z``; a timestamp without
  a zone is taken as UTC; a bare date as midnight UTC.
- **Languages**: ``zh``, ``zh-Hans``, ``zh-CN``, ``zh-TW``... are Chinese, ``en``,
  ``en-US``... English; terms in any other language are left out (and counted).
- **Import** reads and checks the whole file before anything is written (records are
  spooled to a temporary file, so memory stays flat), then hands them to
  :meth:`GlossaryStore.import_concepts` in one transaction.
- **Export** streams, and a file is written atomically: to a temporary file in the
  same folder, renamed over the target only when complete.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING

from glossary.errors import InputError
from glossary.records import CONCEPT_STATUSES, TERM_STATUSES, ConceptView
from glossary.text import XML_ILLEGAL

if TYPE_CHECKING:
    from glossary.records import TermView

EXPORT_FORMATS = ("tbx", "tbx3", "csv", "tsv", "omegat", "json")
IMPORT_FORMATS = ("auto", *EXPORT_FORMATS)
FORMAT_NAMES = {
    "tbx": "TBX v2 (TBX-Basic)",
    "tbx3": "TBX v3 (TBX-Basic, DCA)",
    "csv": "CSV",
    "tsv": "TSV",
    "omegat": "OmegaT glossary",
    "json": "JSON",
}
_EXTENSIONS = {
    ".tbx": "tbx",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".utf8": "omegat",
    ".json": "json",
    ".jsonl": "json",
    ".txt": "omegat",
}


def xml_illegal_count(text: str) -> int:
    """How many characters of ``text`` XML 1.0 cannot carry."""
    return len(XML_ILLEGAL.findall(text)) if text else 0


def clean_text(text: str | None) -> str:
    """``text`` without the characters XML 1.0 cannot carry (``None`` becomes ``""``)."""
    if not text:
        return ""
    return XML_ILLEGAL.sub("", text)


def _entry_label(view: ConceptView, n: int) -> str:
    return f"entry {n} (#{view.id})" if view.id is not None else f"entry {n}"


class Cleaner:
    """Removes XML-illegal characters from a concept's text fields, counting per entry."""

    def __init__(self) -> None:
        self.removed = 0
        self.affected = 0
        self.entries: list[str] = []  # the first few affected entries

    def clean(self, view: ConceptView, label: str) -> ConceptView:
        """Clean ``view`` in place (every text field) and return it."""
        before = self.removed
        view.subject = self._c(view.subject)
        view.definition = self._c(view.definition)
        view.note = self._c(view.note)
        view.created_by = self._c(view.created_by)
        view.updated_by = self._c(view.updated_by)
        for t in view.terms:
            text = self._c(t.text)
            if text != t.text:
                # what the store would make of it, so a re-import changes nothing
                from glossary.text import normalize

                text = normalize(text)
            t.text = text
            t.source = self._c(t.source)
            t.note = self._c(t.note)
        for e in view.evidence:
            e.document = self._c(e.document)
            e.zh_context = self._c(e.zh_context)
            e.en_context = self._c(e.en_context)
        if self.removed != before:
            self.affected += 1
            if len(self.entries) < 5:
                self.entries.append(label)
        return view

    def _c(self, text: str | None) -> str:
        if not text:
            return ""
        n = xml_illegal_count(text)
        if n:
            self.removed += n
            return XML_ILLEGAL.sub("", text)
        return text

    def message(self) -> str | None:
        """A one-line report of what was removed, or None."""
        if not self.removed:
            return None
        shown = ", ".join(self.entries) + (", …" if self.affected > len(self.entries) else "")
        return (
            f"removed {self.removed} control character(s) that XML 1.0 cannot carry "
            f"from {self.affected} entr{'y' if self.affected == 1 else 'ies'} ({shown})"
        )


# ------------------------------------------------------------------ timestamps


_TS = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?"
    r"\s*(Z|z|[+-]\d{2}:?\d{2})?$"
)


def format_timestamp(value: datetime | None) -> str:
    """``2024-05-01T10:22:13Z`` (UTC; microseconds only when present); ``""`` for None."""
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat() + "Z"


def parse_timestamp(text: str, where: str) -> datetime | None:
    """Parse an ISO 8601 date or date-time into an aware UTC datetime; ``""`` gives None."""
    text = (text or "").strip()
    if not text:
        return None
    if len(text) in (10, 20) and (len(text) == 10 or text[-1] == "Z"):
        # the common shapes, 2024-05-01 and 2024-05-01T10:22:13Z, parsed in C
        try:
            return datetime.fromisoformat(text[:-1] if len(text) == 20 else text).replace(
                tzinfo=UTC
            )
        except ValueError:
            pass
    m = _TS.match(text)
    if not m:
        raise InputError(f"{where}: {text!r} is not a date (expected YYYY-MM-DD[THH:MM:SSZ])")
    year, month, day, hh, mm, ss, frac, zone = m.groups()
    try:
        value = datetime(
            int(year),
            int(month),
            int(day),
            int(hh or 0),
            int(mm or 0),
            int(ss or 0),
            int((frac or "0")[:6].ljust(6, "0")),
            tzinfo=UTC,
        )
    except ValueError:
        raise InputError(f"{where}: {text!r} is not a valid date") from None
    if zone and zone not in ("Z", "z"):
        from datetime import timedelta, timezone

        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        value = value.replace(tzinfo=timezone(sign * offset)).astimezone(UTC)
    return value


# ------------------------------------------------------------------ languages


def lang_of(tag: str | None) -> str | None:
    """``zh`` for any Chinese language tag, ``en`` for English, else None."""
    if not tag:
        return None
    primary = tag.strip().replace("_", "-").split("-", 1)[0].lower()
    if primary in ("zh", "cmn", "chi", "zho"):
        return "zh"
    if primary in ("en", "eng"):
        return "en"
    return None


LANG_TAGS = {"zh": "zh-Hans", "en": "en"}


# ------------------------------------------------------------------ reading


@dataclass
class ReadReport:
    """What a reader saw besides the records: counts and warnings for the user."""

    path: str
    format: str = ""
    dialect: str = ""
    entries: int = 0
    other_languages: dict[str, int] = field(default_factory=dict)
    ignored: dict[str, int] = field(default_factory=dict)
    # kind -> [how many, a few examples], for warnings and for entries left out
    warnings: dict[str, tuple[list[int], list[str]]] = field(default_factory=dict)
    skipped: dict[str, tuple[list[int], list[str]]] = field(default_factory=dict)

    @staticmethod
    def _count(table: dict[str, tuple[list[int], list[str]]], key: str, example: str) -> None:
        counter, examples = table.setdefault(key, ([0], []))
        counter[0] += 1
        if len(examples) < EXAMPLES:
            examples.append(example)

    def warn(self, kind: str, example: str) -> None:
        """Count a warning of ``kind``; keep a few examples."""
        self._count(self.warnings, kind, example)

    def skip(self, reason: str, label: str) -> None:
        """Count an entry left out for ``reason``."""
        self._count(self.skipped, reason, label)

    def ignore(self, what: str) -> None:
        """Count a piece of data the glossary model has no place for."""
        self.ignored[what] = self.ignored.get(what, 0) + 1

    def other_language(self, tag: str) -> None:
        """Count a term in a language other than Chinese and English."""
        self.other_languages[tag] = self.other_languages.get(tag, 0) + 1

    def messages(self) -> list[str]:
        """One line per kind of warning, for the user."""
        out: list[str] = []
        for reason, ([n], labels) in self.skipped.items():
            out.append(
                f"left out {n} entr{'y' if n == 1 else 'ies'} {reason} ({_examples(labels, n)})"
            )
        for kind, ([n], examples) in self.warnings.items():
            out.append(f"{kind}: {n} ({_examples(examples, n)})")
        if self.other_languages:
            langs = ", ".join(f"{k} ({v})" for k, v in sorted(self.other_languages.items()))
            out.append(f"left out terms in languages other than Chinese and English: {langs}")
        if self.ignored:
            what = ", ".join(f"{k} ({v})" for k, v in sorted(self.ignored.items()))
            out.append(f"ignored data the glossary does not keep: {what}")
        return out


EXAMPLES = 3


def _examples(items: list[str], total: int) -> str:
    return ", ".join(items) + (", …" if total > len(items) else "")


Reader = Callable[[Path, ReadReport], Iterator[ConceptView]]


def _reader(fmt: str) -> Reader:
    if fmt in ("tbx", "tbx3"):
        from glossary.formats.tbx import read_tbx

        return read_tbx
    if fmt in ("csv", "tsv", "omegat"):
        from glossary.formats.tabular import reader_for

        return reader_for(fmt)
    if fmt == "json":
        from glossary.formats.jsonfmt import read_json

        return read_json
    raise InputError(f"unknown format {fmt!r}; use one of: {', '.join(IMPORT_FORMATS)}")


def detect_format(path: Path) -> str:
    """The format of an input file, from its first bytes, then its extension."""
    from glossary.encoding import read_bytes

    head = read_bytes(path, 4096)
    text = _head_text(head).lstrip("\ufeff \t\r\n")
    if text.startswith("<"):
        return "tbx"
    if text.startswith(("{", "[")):
        return "json"
    ext = path.suffix.lower()
    if ext in _EXTENSIONS:
        return _EXTENSIONS[ext]
    first = text.split("\n", 1)[0]
    if "\t" in first:
        return "tsv"
    if "," in first:
        return "csv"
    raise InputError(
        f"{path}: cannot tell the format; give it with -f ({', '.join(EXPORT_FORMATS)})"
    )


def _head_text(head: bytes) -> str:
    for bom, codec in (
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if head.startswith(bom):
            return head[2:].decode(codec, errors="ignore")
    if head[:2] == b"<\x00":
        return head.decode("utf-16-le", errors="ignore")
    if head[:2] == b"\x00<":
        return head.decode("utf-16-be", errors="ignore")
    return head.decode("utf-8", errors="ignore")


def prepare(
    view: ConceptView, label: str, report: ReadReport, cleaner: Cleaner, clean: bool = True
) -> bool:
    """Make an incoming record fit the store's rules; False if the entry is left out.

    Mirrors the store's checks so that the import never stops half-way on data: terms
    are normalised, empty ones and ones in the wrong script are left out (with a
    warning), and an entry needs a Chinese and an English term.
    """
    from glossary.text import has_cjk, normalize

    if view.status not in CONCEPT_STATUSES:
        raise InputError(
            f"{report.path}: {label}: unknown entry status {view.status!r} "
            f"(use {', '.join(CONCEPT_STATUSES)})"
        )
    if clean:
        cleaner.clean(view, label)
    kept: list[TermView] = []
    for t in view.terms:
        if t.status not in TERM_STATUSES:
            raise InputError(
                f"{report.path}: {label}: unknown term status {t.status!r} "
                f"(use {', '.join(TERM_STATUSES)})"
            )
        text = t.text
        # fast paths: Chinese text with an ideograph, English in ASCII (NFKC keeps both
        # as they are, so the store's own check will pass)
        if (t.lang == "zh" and has_cjk(text)) or (
            t.lang == "en" and text.isascii() and text.strip()
        ):
            kept.append(t)
            continue
        t.text = normalize(text)
        if not t.text:
            report.warn("empty terms left out", label)
            continue
        if t.lang == "zh" and not has_cjk(t.text):
            report.warn("Chinese terms without Chinese characters left out", f"{label}: {t.text!r}")
            continue
        if t.lang == "en" and has_cjk(t.text):
            report.warn("English terms with Chinese characters left out", f"{label}: {t.text!r}")
            continue
        kept.append(t)
    view.terms = kept
    has_zh = any(t.lang == "zh" for t in kept)
    has_en = any(t.lang == "en" for t in kept)
    if not has_zh or not has_en:
        reason = (
            "without a Chinese or an English term"
            if not has_zh and not has_en
            else "without a Chinese term"
            if not has_zh
            else "without an English term"
        )
        report.skip(reason, label)
        return False
    return True


def _to_record(view: ConceptView) -> tuple:
    """A ConceptView as plain tuples (marshal-able, compact) for the spool."""
    return (
        view.id,
        view.status,
        view.subject,
        view.definition,
        view.note,
        view.score,
        view.count,
        view.check,
        view.created_at.isoformat() if view.created_at else None,
        view.created_by,
        view.updated_at.isoformat() if view.updated_at else None,
        view.updated_by,
        tuple((t.lang, t.text, t.status, t.source, t.note) for t in view.terms),
        tuple((e.document, e.zh_context, e.en_context, e.position) for e in view.evidence),
    )


def _from_record(rec: tuple) -> ConceptView:
    from glossary.records import EvidenceView, TermView

    created, updated = rec[8], rec[10]
    return ConceptView(
        id=rec[0],
        status=rec[1],
        subject=rec[2],
        definition=rec[3],
        note=rec[4],
        score=rec[5],
        count=rec[6],
        check=rec[7],
        created_at=datetime.fromisoformat(created) if created else None,
        created_by=rec[9],
        updated_at=datetime.fromisoformat(updated) if updated else None,
        updated_by=rec[11],
        terms=[TermView(None, *t) for t in rec[12]],
        evidence=[EvidenceView(None, *e) for e in rec[13]],
    )


# The text module memoises keys (lru caches of 65,536 entries each); an import of
# 100,000 new terms fills them with keys it never needs again, some 70 MB. They are
# trimmed every so many records while the store imports (a memoisation cache only
# costs speed when emptied).
_TRIM_EVERY = 10_000
_TEXT_CACHES = ("zh_key", "to_simplified", "en_key", "en_fold", "stem")


def _trim_text_caches() -> None:
    from glossary import text

    for name in _TEXT_CACHES:
        clear = getattr(getattr(text, name, None), "cache_clear", None)
        if clear is not None:
            clear()


class LoadedFile:
    """A fully read and checked input file: its records (spooled), count and report.

    Iterating yields the records again, as new ConceptView objects, from the spool;
    use it as a context manager (or call :meth:`close`) to release the spool.
    """

    def __init__(self, spool: IO[bytes], count: int, report: ReadReport, cleaner: Cleaner) -> None:
        self._spool = spool
        self.count = count
        self.report = report
        self.cleaner = cleaner

    def __iter__(self) -> Iterator[ConceptView]:
        import marshal

        spool = self._spool
        spool.seek(0)
        for n in range(self.count):
            size = int.from_bytes(spool.read(4), "little")
            yield _from_record(marshal.loads(spool.read(size)))
            if n % _TRIM_EVERY == _TRIM_EVERY - 1:
                _trim_text_caches()

    def messages(self) -> list[str]:
        """Warnings for the user about what was left out or changed."""
        out = self.report.messages()
        msg = self.cleaner.message()
        if msg:
            out.append(msg)
        return out

    def close(self) -> None:
        """Release the spool."""
        self._spool.close()

    def __enter__(self) -> LoadedFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


SPOOL_IN_MEMORY = 8 * 1024 * 1024


def load_file(path: str | Path, fmt: str = "auto") -> LoadedFile:
    """Read and check the whole file ``path``; raise :class:`InputError` if it is bad.

    Nothing is written anywhere: the caller imports the result (see
    :meth:`GlossaryStore.import_concepts`), which is all or nothing.
    """
    import marshal

    p = Path(path)
    if fmt not in IMPORT_FORMATS:
        raise InputError(f"unknown format {fmt!r}; use one of: {', '.join(IMPORT_FORMATS)}")
    if fmt == "auto":
        fmt = detect_format(p)
    elif not p.exists():
        raise InputError(f"{p}: no such file")
    elif p.is_dir():
        raise InputError(f"{p}: is a folder, not a file")
    report = ReadReport(str(p), format=fmt)
    cleaner = Cleaner()
    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)  # noqa: SIM115 (LoadedFile owns it)
    count = 0
    try:
        write = spool.write
        # a parsed XML document cannot hold what XML cannot carry: no need to clean
        clean = fmt not in ("tbx", "tbx3")
        for n, view in enumerate(_reader(fmt)(p, report), 1):
            label = _entry_label(view, n)
            if prepare(view, label, report, cleaner, clean):
                data = marshal.dumps(_to_record(view))
                write(len(data).to_bytes(4, "little"))
                write(data)
                count += 1
    except BaseException:
        spool.close()
        raise
    return LoadedFile(spool, count, report, cleaner)


# ------------------------------------------------------------------ writing


Writer = Callable[[Iterable[ConceptView], IO[bytes], Cleaner], int]


def _writer(fmt: str) -> Writer:
    if fmt == "tbx":
        from glossary.formats.tbx import write_tbx2

        return write_tbx2
    if fmt == "tbx3":
        from glossary.formats.tbx import write_tbx3

        return write_tbx3
    if fmt in ("csv", "tsv", "omegat"):
        from glossary.formats.tabular import writer_for

        return writer_for(fmt)
    if fmt == "json":
        from glossary.formats.jsonfmt import write_json

        return write_json
    raise InputError(f"unknown format {fmt!r}; use one of: {', '.join(EXPORT_FORMATS)}")


def format_for_output(fmt: str | None, output: str) -> str:
    """The export format: ``fmt`` if given, else from the output's extension, else tbx."""
    if fmt:
        if fmt not in EXPORT_FORMATS:
            raise InputError(f"unknown format {fmt!r}; use one of: {', '.join(EXPORT_FORMATS)}")
        return fmt
    if output and output != "-":
        ext = Path(output).suffix.lower()
        if ext in (".csv", ".tsv", ".json", ".jsonl"):
            return _EXTENSIONS[ext]
    return "tbx"


def write_concepts(
    concepts: Iterable[ConceptView], fmt: str, out: IO[bytes]
) -> tuple[int, Cleaner]:
    """Write ``concepts`` to the binary stream ``out``; returns (entries written, cleaner)."""
    cleaner = Cleaner()
    count = _writer(fmt)(concepts, out, cleaner)
    return count, cleaner


@contextmanager
def atomic_output(path: str | Path) -> Iterator[IO[bytes]]:
    """A binary file that replaces ``path`` only if the block completes.

    The data goes to a temporary file in the same folder, is flushed to disk, then
    renamed over ``path``; on any error the temporary file is removed and ``path``
    is left as it was.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise InputError(f"{target} is a folder; give a file name to -o")
    if not folder.is_dir():
        raise InputError(f"cannot write {target}: the folder {folder} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise InputError(f"cannot write in {folder}: {exc.strerror}") from None
    tmp_path = Path(tmp)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        _set_mode(tmp_path, target)
        os.replace(tmp_path, target)
    except OSError as exc:
        tmp_path.unlink(missing_ok=True)
        raise InputError(
            f"cannot write {target}: {exc.strerror or exc}; the file was not changed"
        ) from None
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise


def _set_mode(tmp: Path, target: Path) -> None:
    """Give the new file the target's mode, or the usual mode for a new file."""
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(tmp, mode)
