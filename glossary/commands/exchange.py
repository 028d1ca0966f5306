"""Exchange commands: export and import (TBX v2/v3, CSV, TSV, OmegaT, JSON)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from glossary.commands.common import DbOption, UserOption, echo_err, open_store
from glossary.errors import InputError, ValidationError

EXPORT_STATUSES = ("approved", "candidate", "rejected", "all")
ON_CONFLICT = ("skip", "update", "merge")


def _plural(n: int, word: str) -> str:
    if n == 1:
        return f"1 {word}"
    return f"{n} {word[:-1]}ies" if word.endswith("y") else f"{n} {word}s"


def register(app: typer.Typer) -> None:
    """Add ``export`` and ``import`` to ``app``."""

    @app.command("export")
    def export(
        fmt: Annotated[
            str | None,
            typer.Option(
                "--format",
                "-f",
                help="tbx (TBX v2 TBX-Basic, the default), tbx3 (TBX v3 TBX-Basic DCA), "
                "csv, tsv, omegat or json. Without it, taken from the -o file's extension.",
            ),
        ] = None,
        output: Annotated[
            str,
            typer.Option(
                "--output",
                "-o",
                help="File to write (replaced atomically), or - for standard output.",
            ),
        ] = "-",
        status: Annotated[
            str,
            typer.Option(help="Which entries: approved (default), candidate, rejected or all."),
        ] = "approved",
        subject: Annotated[
            str | None, typer.Option(help="Only entries of this subject field.")
        ] = None,
        db: DbOption = None,
    ) -> None:
        """Export the glossary for CAT tools (OmegaT, Trados, memoQ, Phrase, Weblate).

        TBX keeps every rendering with its status, definitions, notes, sources,
        evidence and who changed what when; JSON keeps everything; CSV/TSV are for
        spreadsheets; omegat writes OmegaT's tab-separated glossary.

        Example: glossary export -f tbx -o glossary.tbx
        """
        from glossary.formats import FORMAT_NAMES, atomic_output, format_for_output, write_concepts

        if status not in EXPORT_STATUSES:
            raise ValidationError(
                f"unknown --status {status!r}; use one of: {', '.join(EXPORT_STATUSES)}"
            )
        fmt = format_for_output(fmt, output)
        with open_store(db) as store:
            concepts = store.iter_concepts(
                status=None if status == "all" else status, subject=subject or None
            )
            if output == "-":
                sys.stdout.flush()
                out = sys.stdout.buffer
                try:
                    count, cleaner = write_concepts(concepts, fmt, out)
                    out.flush()
                except BrokenPipeError:
                    raise typer.Exit(0) from None
                except OSError as exc:
                    raise InputError(
                        f"cannot write to standard output: {exc.strerror or exc}"
                    ) from None
                where = "standard output"
            else:
                with atomic_output(output) as fh:
                    count, cleaner = write_concepts(concepts, fmt, fh)
                where = output
        warning = cleaner.message()
        if warning:
            echo_err(f"warning: {warning}")
        echo_err(f"exported {_plural(count, 'entry')} as {FORMAT_NAMES[fmt]} to {where}")

    @app.command("import")
    def import_(
        file: Annotated[str, typer.Argument(help="The file to import.")],
        fmt: Annotated[
            str,
            typer.Option(
                "--format",
                "-f",
                help="auto (default: from the content and extension), tbx (v2 or v3), "
                "tbx3, csv, tsv, omegat or json.",
            ),
        ] = "auto",
        on_conflict: Annotated[
            str,
            typer.Option(
                "--on-conflict",
                help="When the Chinese term is already in the glossary: skip (default), "
                "update (replace the entry) or merge (add the renderings it lacks).",
            ),
        ] = "skip",
        dry_run: Annotated[
            bool, typer.Option("--dry-run", help="Show what would be imported; change nothing.")
        ] = False,
        db: DbOption = None,
        user: UserOption = None,
    ) -> None:
        """Import a glossary file: TBX v2/v3, CSV/TSV, OmegaT or JSON, all or nothing.

        The whole file is read and checked first: a malformed or unsafe file
        imports nothing. Entries keep their ids when free, and their dates and
        authors.

        Example: glossary import partner.tbx --on-conflict merge --dry-run
        """
        from glossary.formats import FORMAT_NAMES, load_file

        if on_conflict not in ON_CONFLICT:
            raise ValidationError(
                f"unknown --on-conflict {on_conflict!r}; use one of: {', '.join(ON_CONFLICT)}"
            )
        try:
            loaded = load_file(file, fmt)
        except InputError as exc:
            raise InputError(f"{exc}; nothing was imported") from None
        # a dry run creates nothing, not even the database
        with loaded, open_store(db, user, create=not dry_run) as store:
            summary = store.import_concepts(loaded, on_conflict=on_conflict, dry_run=dry_run)
        report = loaded.report
        kind = FORMAT_NAMES.get(report.format, report.format)
        if report.dialect:
            kind += f", {report.dialect}"
        print(f"{file}: {kind}, {_plural(report.entries, 'entry')} read")
        verb = "would create" if dry_run else "created"
        print(
            f"{verb} {summary.created}, "
            f"{'would update' if dry_run else 'updated'} {summary.updated}, "
            f"{'would merge' if dry_run else 'merged'} {summary.merged}, "
            f"skipped {summary.skipped} already in the glossary"
        )
        for message in loaded.messages() + summary.messages:
            echo_err(f"warning: {message}")
        if dry_run:
            print("dry run: nothing was changed")
