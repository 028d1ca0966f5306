"""Core commands: init, add, show, history, stats, approve, reject, lookup, and edits."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from glossary.commands.common import (
    DbOption,
    JsonOption,
    UserOption,
    echo_err,
    open_store,
    print_json,
)

if TYPE_CHECKING:
    from glossary.records import ConceptView

EXIT_NO_MATCH = 1
TermStatus = Annotated[
    str,
    typer.Option("--status", help="Term status: preferred, admitted, deprecated or superseded."),
]
VersionOption = Annotated[
    int | None,
    typer.Option("--version", help="Fail if the entry is no longer at this version (locking)."),
]


def _concept_dict(view: ConceptView) -> dict:
    from dataclasses import asdict

    return asdict(view)


def _print_concept(view: ConceptView) -> None:
    print(f"#{view.id}  [{view.status}]  version {view.version}")
    for term in view.terms:
        extra = f"  source: {term.source}" if term.source else ""
        note = f"  note: {term.note}" if term.note else ""
        print(f"  {term.lang}  {term.text}  ({term.status}, term {term.id}){extra}{note}")
    for label, value in (
        ("subject", view.subject),
        ("definition", view.definition),
        ("note", view.note),
    ):
        if value:
            print(f"  {label}: {value}")
    if view.score is not None:
        print(f"  score: {view.score:.2f}  count: {view.count}")
    if not view.check:
        print("  check: off (glossary check ignores this entry)")
    print(
        f"  created {view.created_at} by {view.created_by}; "
        f"updated {view.updated_at} by {view.updated_by}"
    )
    for ev in view.evidence[:5]:
        print(f"  evidence ({ev.document}): {ev.zh_context}")
        print(f"                           {ev.en_context}")
    if len(view.evidence) > 5:
        print(f"  … {len(view.evidence) - 5} more evidence")


def register(app: typer.Typer) -> None:
    """Add the core commands to ``app``."""

    @app.command()
    def init(db: DbOption = None, user: UserOption = None) -> None:
        """Create the glossary database (and load the shipped seed terms), or upgrade it.

        Example: glossary init --db team.db
        """
        store = open_store(db, user)
        if not store.created:
            stats = store.stats()
            print(
                f"glossary database {store.sqlite_file or store.url} is up to date "
                f"({stats['concepts']['approved']} approved entries)"
            )
        store.close()

    @app.command()
    def add(
        zh: Annotated[str, typer.Argument(help="The Chinese term.")],
        en: Annotated[str, typer.Argument(help="Its English rendering.")],
        subject: Annotated[str, typer.Option(help="Subject field, e.g. diplomacy.")] = "",
        status: TermStatus = "preferred",
        source: Annotated[str, typer.Option(help="Where the rendering is attested.")] = "",
        note: Annotated[str, typer.Option(help="A note for translators.")] = "",
        definition: Annotated[str, typer.Option(help="Definition of the concept.")] = "",
        candidate: Annotated[
            bool, typer.Option("--candidate", help="Add for review instead of approved.")
        ] = False,
        db: DbOption = None,
        user: UserOption = None,
        json: JsonOption = False,
    ) -> None:
        """Add an approved entry (or a candidate with --candidate).

        Example: glossary add 中欧班列 "China-Europe Railway Express" --subject economy
        """
        with open_store(db, user) as store:
            view = store.add_entry(
                zh,
                en,
                subject=subject,
                status="candidate" if candidate else "approved",
                term_status=status,
                source=source,
                note=note,
                definition=definition,
            )
        if json:
            print_json(_concept_dict(view))
        else:
            print(f"added #{view.id}: {view.zh} → {view.en} [{view.status}]")

    @app.command("add-term")
    def add_term(
        concept_id: Annotated[int, typer.Argument(help="Concept id.")],
        text: Annotated[str, typer.Argument(help="The rendering to add.")],
        lang: Annotated[str, typer.Option(help="zh or en.")] = "en",
        status: TermStatus = "admitted",
        source: Annotated[str, typer.Option(help="Where it is attested.")] = "",
        note: Annotated[str, typer.Option(help="A note.")] = "",
        version: VersionOption = None,
        db: DbOption = None,
        user: UserOption = None,
    ) -> None:
        """Add a rendering to an entry (e.g. a deprecated form translators must avoid).

        Example: glossary add-term 12 "One Belt, One Road" --status deprecated
        """
        with open_store(db, user) as store:
            view = store.add_term(
                concept_id,
                text,
                lang=lang,
                status=status,
                source=source,
                note=note,
                expected_version=version,
            )
        print(f"#{view.id}: added {lang} {text!r} ({status})")

    @app.command("edit-term")
    def edit_term(
        term_id: Annotated[int, typer.Argument(help="Term id (see `glossary show`).")],
        text: Annotated[str, typer.Argument(help="The corrected text.")],
        version: VersionOption = None,
        db: DbOption = None,
        user: UserOption = None,
    ) -> None:
        """Correct a rendering's text.

        Example: glossary edit-term 57 "Belt and Road Initiative"
        """
        with open_store(db, user) as store:
            view = store.edit_term(term_id, text, version)
        print(f"#{view.id}: term {term_id} is now {text!r}")

    @app.command("set-status")
    def set_status(
        term_id: Annotated[int, typer.Argument(help="Term id (see `glossary show`).")],
        status: Annotated[str, typer.Argument(help="preferred, admitted, deprecated, superseded.")],
        version: VersionOption = None,
        db: DbOption = None,
        user: UserOption = None,
    ) -> None:
        """Set a rendering's status; a new preferred term demotes the old one to admitted.

        Example: glossary set-status 58 deprecated
        """
        with open_store(db, user) as store:
            view = store.set_term_status(term_id, status, version)
        print(f"#{view.id}: term {term_id} is now {status}")

    @app.command()
    def merge(
        source_id: Annotated[int, typer.Argument(help="Concept to merge (it is removed).")],
        target_id: Annotated[int, typer.Argument(help="Concept that receives its renderings.")],
        as_status: Annotated[
            str, typer.Option("--as", help="Status of the merged English renderings.")
        ] = "admitted",
        db: DbOption = None,
        user: UserOption = None,
    ) -> None:
        """Merge one entry into another (the usual answer to a duplicate Chinese term).

        Example: glossary merge 812 12 --as deprecated
        """
        with open_store(db, user) as store:
            view = store.merge(source_id, target_id, en_status=as_status)
        print(f"merged #{source_id} into #{view.id}")

    @app.command()
    def delete(
        concept_ids: Annotated[list[int], typer.Argument(help="Concept ids.")],
        db: DbOption = None,
        user: UserOption = None,
    ) -> None:
        """Delete entries (their history stays in the audit trail).

        Example: glossary delete 812
        """
        with open_store(db, user) as store:
            for cid in concept_ids:
                store.get(cid)  # every id is checked before anything is deleted
            for cid in concept_ids:
                store.delete(cid)
        print(f"deleted {len(concept_ids)} entr{'y' if len(concept_ids) == 1 else 'ies'}")

    @app.command()
    def show(
        concept_id: Annotated[int, typer.Argument(help="Concept id.")],
        db: DbOption = None,
        json: JsonOption = False,
    ) -> None:
        """Show an entry: every rendering with its status, subject, source, evidence.

        Example: glossary show 12
        """
        with open_store(db) as store:
            view = store.get(concept_id)
        if json:
            print_json(_concept_dict(view))
        else:
            _print_concept(view)

    @app.command()
    def history(
        concept_id: Annotated[int, typer.Argument(help="Concept id.")],
        db: DbOption = None,
        json: JsonOption = False,
    ) -> None:
        """Show the audit trail of an entry: who changed what, when.

        Example: glossary history 12
        """
        from dataclasses import asdict

        with open_store(db) as store:
            events = store.history(concept_id)
        if json:
            print_json([asdict(e) for e in events])
            return
        for e in events:
            print(f"{e.at}  {e.actor:<12} {e.action}{_change_summary(e.before, e.after)}")

    @app.command()
    def stats(db: DbOption = None, json: JsonOption = False) -> None:
        """Counts of entries, renderings, documents and events.

        Example: glossary stats --json
        """
        with open_store(db) as store:
            data = store.stats()
        if json:
            print_json(data)
            return
        c = data["concepts"]
        print(f"database:   {data['database']}")
        print(
            f"entries:    {c['approved']} approved, {c['candidate']} candidates, "
            f"{c['rejected']} rejected"
        )
        for lang, by_status in sorted(data["terms"].items()):
            parts = ", ".join(f"{n} {s}" for s, n in sorted(by_status.items()))
            print(f"{lang} terms:   {parts}")
        print(f"documents:  {data['documents']} mined, {data['evidence']} evidence sentences")
        print(f"events:     {data['events']}")

    @app.command()
    def approve(
        concept_ids: Annotated[list[int], typer.Argument(help="Candidate ids.")],
        version: VersionOption = None,
        db: DbOption = None,
        user: UserOption = None,
    ) -> None:
        """Approve candidates. A Chinese term that is already approved must be merged.

        Example: glossary approve 812 813
        """
        with open_store(db, user) as store:
            for cid in concept_ids:
                view = store.approve(cid, version)
                print(f"approved #{cid}: {view.zh} → {view.en}")

    @app.command()
    def reject(
        concept_ids: Annotated[list[int], typer.Argument(help="Candidate ids.")],
        version: VersionOption = None,
        db: DbOption = None,
        user: UserOption = None,
    ) -> None:
        """Reject candidates; the miner will not propose them again.

        Example: glossary reject 814
        """
        with open_store(db, user) as store:
            for cid in concept_ids:
                view = store.reject(cid, version)
                print(f"rejected #{cid}: {view.zh} → {view.en}")

    @app.command()
    def lookup(
        query: Annotated[str, typer.Argument(help="Chinese, English, pinyin or initials.")],
        limit: Annotated[int, typer.Option("--limit", "-n", help="At most this many hits.")] = 10,
        status: Annotated[
            str | None,
            typer.Option(help="Only hits whose matched term has this status (e.g. deprecated)."),
        ] = None,
        include: Annotated[
            str,
            typer.Option(help="Which entries: approved, candidate, rejected or all."),
        ] = "approved",
        db: DbOption = None,
        json: JsonOption = False,
    ) -> None:
        """Look a term up by Chinese, English, pinyin (yidaiyilu, ydyl), traditional or typos.

        Exit status 1 when nothing matches.

        Example: glossary lookup 一帶一路
        """
        from glossary.lookup import LookupIndex, search
        from glossary.store import SqliteTermSource

        if not query.strip():
            echo_err("error: the query is empty; give a Chinese, English or pinyin term")
            raise typer.Exit(2)
        source = SqliteTermSource.open(db, include)
        if source is not None:
            hits = search(source, query, limit=limit, status=status)
            source.close()
        else:  # first use (creates the database) or a server database
            with open_store(db) as store:
                hits = LookupIndex.from_store(store, include).search(query, limit, status)
        if json:
            print_json([h.as_dict() for h in hits])
        elif hits:
            from glossary.render import table

            body = []
            for h in hits:
                shown = h.en
                if h.lang == "en" and h.status != "preferred":
                    shown = f"{h.en}  ← not {h.status}: {h.matched}"
                body.append([h.concept_id, h.zh, shown, h.status, f"{h.score:.0f}", h.match])
            print(table(["id", "zh", "en", "status", "score", "match"], body, max_width=90))
        if not hits:
            if not json:
                echo_err(f"no match for {query!r}")
            raise typer.Exit(EXIT_NO_MATCH)


def _change_summary(before: dict | None, after: dict | None) -> str:
    """A short description of what an audit event changed."""
    if not before and after:
        zh = next((t["text"] for t in after.get("terms", []) if t["lang"] == "zh"), "")
        return f"  {zh or after.get('zh', '')}".rstrip()
    if before and not after:
        return ""
    if not before or not after:
        return ""
    changes = []
    if before.get("status") != after.get("status"):
        changes.append(f"status {before.get('status')} → {after.get('status')}")
    old_terms = {(t["lang"], t["text"], t["status"]) for t in before.get("terms", [])}
    new_terms = {(t["lang"], t["text"], t["status"]) for t in after.get("terms", [])}
    for t in sorted(new_terms - old_terms):
        changes.append(f"+{t[0]} {t[1]!r} ({t[2]})")
    for t in sorted(old_terms - new_terms):
        changes.append(f"-{t[0]} {t[1]!r} ({t[2]})")
    for field in ("subject", "definition", "note", "check"):
        if before.get(field) != after.get(field):
            changes.append(f"{field}: {before.get(field)!r} → {after.get(field)!r}")
    return ("  " + "; ".join(changes)) if changes else ""
