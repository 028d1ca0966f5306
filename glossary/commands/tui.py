"""The ``tui`` and ``review`` commands: open the terminal app.

Textual is imported inside the commands, so the rest of the CLI starts without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from glossary.commands.common import DbOption, UserOption, open_store

if TYPE_CHECKING:
    from tui.session import QueueFilter


def _run(
    db: str | None,
    user: str | None,
    start: str,
    queue_filter: QueueFilter | None = None,
    query: str = "",
) -> None:
    from tui.app import build_app

    with open_store(db, user) as store:
        build_app(store, start, queue_filter=queue_filter, query=query).run()


def register(app: typer.Typer) -> None:
    """Add ``tui`` and ``review`` to ``app``."""

    @app.command()
    def tui(
        query: Annotated[
            str, typer.Argument(help="Start with this search (Chinese, English, pinyin).")
        ] = "",
        db: DbOption = None,
        user: UserOption = None,
    ) -> None:
        """Open the terminal app on the lookup screen (F3 switches to review).

        Example: glossary tui 一带一路
        """
        _run(db, user, "lookup", query=query)

    @app.command()
    def review(
        min_score: Annotated[
            float, typer.Option("--min-score", help="Only candidates scoring at least this.")
        ] = 0.0,
        document: Annotated[
            str | None, typer.Option("--document", help="Only candidates seen in this document.")
        ] = None,
        text: Annotated[
            str | None, typer.Option("--text", help="Only candidates whose terms contain this.")
        ] = None,
        db: DbOption = None,
        user: UserOption = None,
    ) -> None:
        """Open the terminal app on the review queue of mined candidates.

        Keys: a approve, r reject, e edit, s skip, u undo, space mark, F1 all keys.

        Example: glossary review --min-score 0.5 --user alice
        """
        from tui.session import QueueFilter

        _run(db, user, "review", QueueFilter(min_score, document, text))
