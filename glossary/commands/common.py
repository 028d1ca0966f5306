"""Option bundles and helpers shared by every command (sqlite-utils style)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from glossary.store import GlossaryStore

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="GLOSSARY_DB",
        help="Database path or SQLAlchemy URL (default: glossary.db in the user data folder).",
        show_envvar=True,
    ),
]
UserOption = Annotated[
    str | None,
    typer.Option("--user", envvar="GLOSSARY_USER", help="Name recorded in the audit trail."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Machine-readable JSON output.")]


def echo_err(message: str) -> None:
    """Print a message for the user on stderr."""
    print(message, file=sys.stderr, flush=True)


def open_store(db: str | None, user: str | None = None, *, create: bool = True) -> GlossaryStore:
    """Open the glossary database, saying on stderr when it was just created and seeded."""
    from glossary.store import GlossaryStore

    store = GlossaryStore.open(db, actor=user, create=create)
    if store.created:
        where = store.sqlite_file or store.url
        echo_err(f"created glossary database {where}; loaded {store.seeded} seed terms")
    return store


def print_json(data: Any) -> None:
    """One JSON document on stdout, UTF-8, non-ASCII kept readable."""
    import json

    print(json.dumps(data, ensure_ascii=False, default=str))
