"""Translator tools: ``annotate`` (known terms in a text), ``check`` (a translation
against the glossary) and ``qa-flag`` (exclude an entry from the check, or include it)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from glossary.commands.common import DbOption, JsonOption, UserOption, open_store, print_json
from glossary.errors import InputError

if TYPE_CHECKING:
    from glossary.qa import CheckReport, Flag, Occurrence, TermBase

EXIT_PROBLEMS = 1
ANNOTATE_FORMATS = ("text", "json")
LANGS = ("zh", "en", "auto")


def _read_input(file: str) -> str:
    """The text of FILE (any supported encoding) or of stdin (UTF-8) for ``-``."""
    from glossary.encoding import read_text

    if file != "-":
        return read_text(file)
    if sys.stdin is None or sys.stdin.isatty():
        raise InputError("give a FILE, or pipe the text into stdin (FILE -)")
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        text = sys.stdin.read()
    else:
        try:
            text = stream.read().decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"stdin: not valid UTF-8 (byte {exc.start}); pass the file name instead "
                "to have its encoding detected"
            ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise InputError("stdin: the input is empty")
    return text


def _load_termbase(db: str | None) -> TermBase:
    from glossary.qa import TermBase

    with open_store(db) as store:
        return TermBase.from_store(store)


def _print_occurrences(occurrences: list[Occurrence]) -> None:
    from glossary.render import table

    if not occurrences:
        print("no known terms found")
        return
    groups: dict[int, list[Occurrence]] = {}
    for occ in occurrences:
        groups.setdefault(occ.entry.concept_id, []).append(occ)
    rows = []
    for occs in groups.values():
        entry = occs[0].entry
        at = ", ".join(f"{o.line}:{o.column}" for o in occs[:4])
        if len(occs) > 4:
            at += ", …"
        avoid = "; ".join(t for t, _s in entry.avoid)
        rows.append([entry.zh, entry.en, len(occs), at, entry.concept_id, avoid])
    print(table(["zh", "en", "count", "at (line:col)", "id", "avoid"], rows, max_width=100))
    n, t = len(occurrences), len(groups)
    print(f"{n} occurrence{'s' if n != 1 else ''} of {t} term{'s' if t != 1 else ''}")


def _print_flags(flags: list[Flag]) -> None:
    if not flags:
        print("no deprecated or superseded renderings found")
        return
    for f in flags:
        print(
            f'{f.line}:{f.column}  "{f.text}" is {f.status} for {f.entry.zh}: '
            f'use "{f.entry.en}"  (#{f.entry.concept_id})'
        )
    n = len(flags)
    print(f"{n} deprecated or superseded rendering{'s' if n != 1 else ''}")


def _print_report(report: CheckReport) -> None:
    from glossary.qa import excerpt

    several = len(report.documents) > 1
    for entry, issues in report.by_term():
        print(f"{entry.zh} → {entry.en}  (#{entry.concept_id})")
        for issue in issues:
            where = (
                f"{issue.document} segment {issue.segment}"
                if several
                else (f"segment {issue.segment}")
            )
            print(f"  {issue.severity:<8} {where}: {issue.message}")
            s_span = issue.source_spans[0] if issue.source_spans else (None, None)
            t_span = issue.target_spans[0] if issue.target_spans else (None, None)
            print(f"           zh: {excerpt(issue.zh_text, *s_span, width=80)}")
            print(f"           en: {excerpt(issue.en_text, *t_span, width=200)}")
        print()
    s = report.summary()
    errors, warnings = s["errors"], s["warnings"]
    if not report.issues:
        head = "no terminology problems found"
    else:
        head = (
            f"{errors} error{'s' if errors != 1 else ''}, "
            f"{warnings} warning{'s' if warnings != 1 else ''} for {s['terms']} "
            f"term{'s' if s['terms'] != 1 else ''}"
        )
    tail = f"; {s['untranslated']} of them untranslated (skipped)" if s["untranslated"] else ""
    print(
        f"{head} in {s['segments']} segment{'s' if s['segments'] != 1 else ''} "
        f"({s['segments_with_terms']} with glossary terms{tail})"
    )


def register(app: typer.Typer) -> None:
    """Add ``annotate``, ``check`` and ``qa-flag`` to ``app``."""

    @app.command()
    def annotate(
        file: Annotated[
            str, typer.Argument(help="A text file (any encoding), or - to read UTF-8 stdin.")
        ] = "-",
        fmt: Annotated[str, typer.Option("--format", help="Output: text or json.")] = "text",
        lang: Annotated[
            str,
            typer.Option(
                "--lang",
                help="zh: list the approved terms; en: flag deprecated renderings; auto: guess.",
            ),
        ] = "auto",
        db: DbOption = None,
    ) -> None:
        """Show the glossary terms in a Chinese text, or deprecated renderings in English.

        Chinese (also traditional or full-width): every approved term with its
        preferred English, longest match first. English: every deprecated or
        superseded rendering with the one to use. FILE is a text file in any
        encoding (UTF-8, UTF-16, GB18030), or - (the default) for UTF-8 on stdin.
        JSON offsets are character offsets into the decoded input.

        Example: glossary annotate speech.txt --format json
        """
        if fmt not in ANNOTATE_FORMATS:
            raise InputError(f"unknown --format {fmt!r} (use text or json)")
        if lang not in LANGS:
            raise InputError(f"unknown --lang {lang!r} (use zh, en or auto)")
        text = _read_input(file)
        from glossary.qa import detect_language

        if lang == "auto":
            lang = detect_language(text)
        termbase = _load_termbase(db)
        if lang == "zh":
            occurrences = termbase.annotate(text)
            if fmt == "json":
                print_json({"lang": "zh", "matches": [o.as_dict() for o in occurrences]})
            else:
                _print_occurrences(occurrences)
        else:
            flags = termbase.flag_english(text)
            if fmt == "json":
                print_json({"lang": "en", "matches": [f.as_dict() for f in flags]})
            else:
                _print_flags(flags)

    @app.command()
    def check(
        files: Annotated[
            list[Path] | None,
            typer.Argument(
                help="Bilingual files: TSV (zh, en columns), TMX, XLIFF 1.2/2.x, or the "
                "PDF-extracted text layout that `glossary mine` reads.",
                show_default=False,
            ),
        ] = None,
        zh: Annotated[
            Path | None, typer.Option("--zh", help="Chinese text, paired with --en by paragraph.")
        ] = None,
        en: Annotated[
            Path | None, typer.Option("--en", help="English text, paired with --zh by paragraph.")
        ] = None,
        fmt: Annotated[
            str, typer.Option("--format", help="auto, text, tsv, tmx or xliff.")
        ] = "auto",
        strict: Annotated[
            bool, typer.Option("--strict", help="Exit status 1 on warnings too.")
        ] = False,
        db: DbOption = None,
        json: JsonOption = False,
    ) -> None:
        """Check a translation against the glossary (exit status 1 when there are errors).

        Input: FILES in TSV (zh, en columns), TMX, XLIFF 1.2/2.x or the PDF-extracted
        text layout `glossary mine` reads; or two plain texts, --zh and --en, paired
        by paragraph (blank-line separated, else one per line).

        For each approved Chinese term in a source segment: error if a deprecated or
        superseded rendering is used; warning if no preferred or admitted rendering
        is there (case, plural, inflection and hyphenation tolerated); warning if the
        term occurs more often than its renderings. Entries switched off with
        `glossary qa-flag ID --off` are skipped. Untranslated segments are skipped.

        Example: glossary check translation.xlf --json
        """
        from glossary.qa import FORMATS, CheckReport, TermBase, read_bilingual, read_parallel

        if fmt not in FORMATS:
            raise InputError(f"unknown --format {fmt!r} (use {', '.join(FORMATS)})")
        if (zh is None) != (en is None):
            raise InputError("--zh and --en go together: give both files")
        if files and zh is not None:
            raise InputError("give either bilingual FILES or --zh/--en, not both")
        if not files and zh is None:
            raise InputError("nothing to check: give a bilingual FILE, or --zh A.txt --en B.txt")
        if zh is not None and en is not None:
            documents = [read_parallel(zh, en)]
        else:
            documents = [read_bilingual(f, fmt) for f in files or []]
        with open_store(db) as store:
            termbase = TermBase.from_store(store)
        report = CheckReport()
        for doc in documents:
            termbase.check(doc.segments, doc.name, report)
        if json:
            print_json(report.as_dict())
        else:
            _print_report(report)
        if report.errors or (strict and report.warnings):
            raise typer.Exit(EXIT_PROBLEMS)

    @app.command("qa-flag")
    def qa_flag(
        concept_ids: Annotated[list[int], typer.Argument(help="Concept ids.")],
        on: Annotated[
            bool,
            typer.Option(
                "--on/--off", help="--off: `glossary check` ignores the entry; --on: checks it."
            ),
        ],
        version: Annotated[
            int | None,
            typer.Option("--version", help="Fail if the entry is no longer at this version."),
        ] = None,
        db: DbOption = None,
        user: UserOption = None,
    ) -> None:
        """Switch the terminology check on or off for entries (e.g. a term with free renderings).

        Example: glossary qa-flag 34 --off
        """
        with open_store(db, user) as store:
            for cid in concept_ids:
                store.get(cid)  # every id is checked before anything is changed
            for cid in concept_ids:
                view = store.update_concept(cid, version, check=on)
                state = "on" if view.check else "off (glossary check ignores it)"
                print(f"#{view.id} {view.zh}: check {state}")
