"""The ``glossary`` command line: a thin Typer layer over the library.

Commands live in :mod:`glossary.commands` (one module per area). Any
:class:`~glossary.errors.GlossaryError` becomes ``error: <message>`` on stderr and
exit status 2; ``lookup`` and ``check`` use exit status 1 for "nothing found" and
"problems found".
"""

from __future__ import annotations

import sys
from typing import Any

import typer
from typer.core import TyperGroup

from glossary.errors import GlossaryError

EXIT_ERROR = 2


class GlossaryGroup(TyperGroup):
    """A command group that reports library errors in one line instead of a traceback."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except GlossaryError as exc:
            print(f"error: {exc}", file=sys.stderr)
            raise typer.Exit(EXIT_ERROR) from None
        except KeyboardInterrupt:
            print("interrupted", file=sys.stderr)
            raise typer.Exit(130) from None


app = typer.Typer(
    cls=GlossaryGroup,
    name="glossary",
    help="Chinese–English terminology for official texts: mine, review, look up, check, export.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _register_commands() -> None:
    from glossary.commands import core

    core.register(app)
    # Area modules written alongside: each adds its commands when present.
    import importlib

    for name in ("mine", "exchange", "qa", "tui"):
        try:
            module = importlib.import_module(f"glossary.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"glossary.commands.{name}":
                raise
            continue
        module.register(app)


_register_commands()


def main() -> None:
    """Console-script entry point."""
    app()
