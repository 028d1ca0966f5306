"""``glossary mine``: propose term pairs from bilingual documents, with evidence."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from glossary.commands.common import DbOption, JsonOption, UserOption, echo_err, open_store

if TYPE_CHECKING:
    from glossary.mining.model import BilingualDocument, MinedPair
    from glossary.records import MiningSnapshot

_PROGRESS_MIN_SEGMENTS = 300


def _snapshot_for_dry_run(db: str | None, user: str | None) -> MiningSnapshot | None:
    """A dry run reads the glossary if there is one, and never creates a database."""
    from glossary import config

    path = config.sqlite_path(config.resolve_db(db))
    if path is not None and not path.exists():
        return None
    store = open_store(db, user, create=False)
    try:
        return store.mining_snapshot()
    finally:
        store.close()


def _proposals_by_document(pairs: list[MinedPair], doc: BilingualDocument) -> list[Any]:
    """The new pairs with the evidence that came from ``doc``, as store proposals."""
    from glossary.records import CandidateProposal, EvidenceInput

    out = []
    for p in pairs:
        if p.status != "new":
            continue
        ev = [e for e in p.evidence if e.document == doc.name]
        if not ev:
            continue
        out.append(
            CandidateProposal(
                zh=p.zh,
                en=p.en,
                score=p.score,
                count=len(ev),
                evidence=[EvidenceInput(e.zh_context, e.en_context, e.position) for e in ev],
            )
        )
    return out


def _mine(docs: list[BilingualDocument], snapshot: Any, min_score: float, limit: Any, show: bool):
    from glossary.mining import mine_documents

    total = sum(len(d.segments) for d in docs)
    if not show or total < _PROGRESS_MIN_SEGMENTS:
        return mine_documents(docs, snapshot, min_score=min_score, limit=limit)
    from rich.console import Console
    from rich.progress import Progress

    console = Console(stderr=True)
    if not console.is_terminal:
        return mine_documents(docs, snapshot, min_score=min_score, limit=limit)
    with Progress(console=console, transient=True) as bar:
        task = bar.add_task("mining", total=total)

        def progress(done: int, _total: int) -> None:
            bar.update(task, completed=done)

        return mine_documents(docs, snapshot, min_score=min_score, limit=limit, progress=progress)


def register(app: typer.Typer) -> None:
    """Add the ``mine`` command to the application."""

    @app.command("mine")
    def mine_cmd(
        files: Annotated[list[Path], typer.Argument(help="Bilingual documents to mine.")],
        fmt: Annotated[
            str, typer.Option("--format", help="auto, text (PDF-extracted), tsv or tmx.")
        ] = "auto",
        dry_run: Annotated[
            bool, typer.Option("--dry-run", help="Show what would be proposed; store nothing.")
        ] = False,
        json_out: JsonOption = False,
        min_score: Annotated[
            float, typer.Option("--min-score", help="Drop pairs scoring below this (0-1).")
        ] = 0.0,
        limit: Annotated[
            int | None, typer.Option("--limit", help="At most this many pairs.")
        ] = None,
        db: DbOption = None,
        user: UserOption = None,
    ) -> None:
        """Mine term pairs from bilingual documents (PDF-extracted text, TSV, TMX).

        New pairs are stored as candidates with their evidence, for review; pairs the
        glossary already has are reported as known, other renderings as variants.

        Example: glossary mine examples/chongqing_foreign_affairs_2022.txt --dry-run
        """
        import json

        from glossary.errors import InputError
        from glossary.mining import read_document
        from glossary.records import DocumentInfo

        if fmt not in ("auto", "text", "tsv", "tmx"):
            raise InputError(f"unknown format {fmt!r} (use auto, text, tsv or tmx)")
        if min_score < 0 or min_score > 1:
            raise InputError("--min-score must be between 0 and 1")
        docs = [read_document(f, fmt) for f in files]
        store = None
        if dry_run:
            snapshot = _snapshot_for_dry_run(db, user)
        else:
            store = open_store(db, user)
            snapshot = store.mining_snapshot()
        try:
            done = snapshot.documents if snapshot else set()
            fresh = [d for d in docs if d.sha256 not in done]
            skipped_docs = [d.name for d in docs if d.sha256 in done]
            pairs = _mine(fresh, snapshot, min_score, limit, show=not json_out)
            stored_new = stored_updated = 0
            if store is not None:
                seen: set[str] = set()
                for doc in fresh:
                    if doc.sha256 in seen:
                        continue
                    seen.add(doc.sha256)
                    info = DocumentInfo(name=doc.name, sha256=doc.sha256, size=doc.size)
                    outcome = store.record_mining(info, _proposals_by_document(pairs, doc))
                    if outcome.already_mined:
                        skipped_docs.append(doc.name)
                    stored_new += outcome.new
                    stored_updated += outcome.updated
        finally:
            if store is not None:
                store.close()
        for name in skipped_docs:
            echo_err(f"skipped {name}: already mined")
        if json_out:
            for p in pairs:
                print(json.dumps(p.to_json(), ensure_ascii=False))
            return
        _print_summary(pairs, skipped_docs, dry_run, stored_new, stored_updated)


def _print_summary(
    pairs: list[MinedPair], skipped: list[str], dry_run: bool, new: int, updated: int
) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    counts = {s: sum(1 for p in pairs if p.status == s) for s in ("new", "known", "variant")}
    summary = Table(title="glossary mine" + (" (dry run: nothing stored)" if dry_run else ""))
    for col in ("new", "known", "variants", "skipped documents"):
        summary.add_column(col, justify="right")
    summary.add_row(
        str(counts["new"]), str(counts["known"]), str(counts["variant"]), str(len(skipped))
    )
    console.print(summary)
    if not dry_run:
        console.print(f"stored {new} new candidates; added evidence to {updated}")
    top = Table(title="best pairs")
    for col in ("score", "n", "status", "zh", "en"):
        top.add_column(col)
    for p in pairs[:25]:
        top.add_row(f"{p.score:.2f}", str(p.count), p.status, p.zh, p.en)
    if pairs:
        console.print(top)
