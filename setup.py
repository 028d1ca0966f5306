"""Build step: the miner compiled to C with mypyc.

The miner's modules (``glossary/mining/*.py`` but its ``__init__``) are fully typed
Python; mypyc compiles them to one C extension that mines about 1.5 times as fast,
with the same output (``bench/bench_mining.py`` measures both). Everything else in
``pyproject.toml``; this file only adds the extension.

- ``GLOSSARY_PURE_PYTHON=1 pip install ...`` skips the step: the plain modules, no C
  compiler needed. A developer who edits the miner wants this (or to re-run ``pip
  install -e .`` after an edit): see docs/ARCHITECTURE.md.
- Where the step fails (no C compiler, a type error mypyc rejects), the install goes
  on with the plain modules and says so: slower, never broken.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

MINER = Path("glossary") / "mining"


def _warn(message: str) -> None:
    print(f"glossary build: {message}", file=sys.stderr)


class BuildMiner(build_ext):
    """``build_ext`` that leaves the plain modules in place when compiling fails."""

    def run(self) -> None:
        """Compile; on failure remove what was built and keep the plain modules."""
        try:
            super().run()
        except Exception as err:  # (a compiler error takes many forms)
            for ext in self.extensions:
                built = Path(self.get_ext_fullpath(ext.name))
                built.unlink(missing_ok=True)
            reason = str(err).splitlines()[0][:160] if str(err) else type(err).__name__
            _warn(f"the miner is not compiled ({reason}); it runs as plain Python, slower")


def miner_extensions() -> list:
    """The mypyc extension of the miner's modules, or none (see the module docstring)."""
    if os.environ.get("GLOSSARY_PURE_PYTHON", "") not in ("", "0"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        _warn("mypy is not installed: the miner is not compiled")
        return []
    modules = sorted(str(p) for p in MINER.glob("*.py") if p.name != "__init__.py")
    try:
        # (The build environment has none of the run-time dependencies: their
        # types are unknown there, and mypyc treats such values as plain objects. One C
        # file per module compiles in two thirds of the CPU time of one big file, and
        # mines as fast.)
        return mypycify(
            ["--ignore-missing-imports", *modules],
            opt_level="3",
            multi_file=True,
            group_name="glossary_miner",
        )
    except (Exception, SystemExit) as err:  # (mypyc exits on a type error)
        _warn(f"mypyc failed ({err!s:.160}): the miner is not compiled")
        return []


setup(ext_modules=miner_extensions(), cmdclass={"build_ext": BuildMiner})
