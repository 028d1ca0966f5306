"""Compiled modules that are older than their sources never run.

``pip install -e .`` compiles the miner in place (see setup.py): the C extension sits
beside each ``.py`` and Python imports it first, so an edit to the ``.py`` would have no
effect until the next install. In a source checkout, when any compiled module is older
than its source, the whole package runs from its sources instead (all of it: compiled
modules call each other directly), with a one-line warning. An installed copy (no
``pyproject.toml`` above the package) is not checked: its files never change.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence
    from importlib.machinery import ModuleSpec
    from types import ModuleType


class StaleCompiledWarning(UserWarning):
    """The compiled modules of a package are older than their sources."""


class SourcesFirst:
    """A meta path finder that loads the modules of one package from their ``.py``."""

    def __init__(self, package: str, directory: Path) -> None:
        self.package = package
        self.directory = directory

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        """The spec of ``fullname``'s source, for modules of the package; else None."""
        parent, _, name = fullname.rpartition(".")
        source = self.directory / f"{name}.py"
        if parent != self.package or not source.is_file():
            return None
        return importlib.util.spec_from_file_location(fullname, source)


def compiled_modules(directory: Path) -> dict[str, Path]:
    """The compiled extension modules in ``directory``, by module name."""
    found = {}
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        for path in directory.glob(f"*{suffix}"):
            found[path.name[: -len(suffix)]] = path
    return found


def stale_modules(directory: Path) -> list[str]:
    """The modules in ``directory`` whose source changed after they were compiled."""
    stale = []
    for name, built in sorted(compiled_modules(directory).items()):
        source = directory / f"{name}.py"
        if source.is_file() and source.stat().st_mtime > built.stat().st_mtime:
            stale.append(name)
    return stale


def in_checkout(directory: Path) -> bool:
    """``directory`` (a package's) is in a source checkout, not an installed copy."""
    return any((parent / "pyproject.toml").is_file() for parent in directory.parents[:3])


def run_sources_if_stale(package: str, directory: str | Path) -> bool:
    """Make ``package`` (in ``directory``) load its modules from source if any of its
    compiled modules is stale; True if it does. Call it from the package's
    ``__init__`` before importing any of its modules."""
    where = Path(directory)
    if not in_checkout(where):
        return False
    stale = stale_modules(where)
    if not stale:
        return False
    if not any(isinstance(f, SourcesFirst) and f.package == package for f in sys.meta_path):
        sys.meta_path.insert(0, SourcesFirst(package, where))
    warnings.warn(
        f"{package}: {', '.join(stale)} changed since it was compiled; running from "
        "source (slower). `pip install -e .` compiles it again.",
        StaleCompiledWarning,
        stacklevel=2,
    )
    return True
