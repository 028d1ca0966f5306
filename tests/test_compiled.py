"""The compiled miner (setup.py): it is what the tests run, it stays compilable, and a
compiled module older than its source never runs (glossary.compiled)."""

from __future__ import annotations

import importlib
import importlib.machinery
import os
import sys
import textwrap
from pathlib import Path

import pytest

from glossary.compiled import SourcesFirst, StaleCompiledWarning

ROOT = Path(__file__).resolve().parent.parent
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def _package(where: Path, name: str, checkout: bool) -> Path:
    """A package ``name`` whose ``mod`` has a source and a "compiled" file that is not
    a loadable extension (importing it fails: only the source can load)."""
    if checkout:
        (where / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    pkg = where / name
    pkg.mkdir()
    (pkg / "__init__.py").write_text(
        textwrap.dedent("""\
            from glossary.compiled import run_sources_if_stale
            RAN_FROM_SOURCE = run_sources_if_stale(__name__, __path__[0])
        """)
    )
    (pkg / f"mod{SUFFIX}").write_bytes(b"not an extension")
    (pkg / "mod.py").write_text("VALUE = 'from source'\n")
    return pkg


@pytest.fixture
def importable(tmp_path: Path):
    """``tmp_path`` on sys.path; the packages imported from it forgotten afterwards."""
    sys.path.insert(0, str(tmp_path))
    finders = list(sys.meta_path)
    before = set(sys.modules)
    yield tmp_path
    sys.path.remove(str(tmp_path))
    sys.meta_path[:] = finders
    for name in set(sys.modules) - before:
        del sys.modules[name]


def test_a_stale_compiled_module_runs_from_source(importable: Path) -> None:
    pkg = _package(importable, "stalepkg", checkout=True)
    os.utime(pkg / f"mod{SUFFIX}", (1_000_000, 1_000_000))  # compiled long before the edit
    with pytest.warns(StaleCompiledWarning, match="mod changed since it was compiled"):
        package = importlib.import_module("stalepkg")
    assert package.RAN_FROM_SOURCE
    assert importlib.import_module("stalepkg.mod").VALUE == "from source"
    assert sum(isinstance(f, SourcesFirst) for f in sys.meta_path) == 1


def test_a_fresh_compiled_module_is_the_one_imported(importable: Path) -> None:
    pkg = _package(importable, "freshpkg", checkout=True)
    os.utime(pkg / "mod.py", (1_000_000, 1_000_000))  # the source is older
    package = importlib.import_module("freshpkg")
    assert not package.RAN_FROM_SOURCE
    with pytest.raises(ImportError):  # (the stand-in is no extension: it was chosen)
        importlib.import_module("freshpkg.mod")


def test_an_installed_copy_is_not_checked(importable: Path) -> None:
    pkg = _package(importable, "installedpkg", checkout=False)
    os.utime(pkg / f"mod{SUFFIX}", (1_000_000, 1_000_000))
    assert not importlib.import_module("installedpkg").RAN_FROM_SOURCE


@pytest.mark.skipif(
    os.environ.get("GLOSSARY_PURE_PYTHON", "") not in ("", "0"),
    reason="GLOSSARY_PURE_PYTHON: the plain miner was installed",
)
def test_the_tests_run_the_compiled_miner() -> None:
    import glossary.mining.render

    if any(isinstance(f, SourcesFirst) for f in sys.meta_path):
        pytest.skip("the miner was edited since it was compiled: running from source")
    assert glossary.mining.render.__file__.endswith(SUFFIX), (
        "the miner is not compiled: `pip install -e .` builds it (see setup.py), or set "
        "GLOSSARY_PURE_PYTHON=1 to test the plain modules"
    )


def test_the_miner_type_checks_as_mypyc_needs() -> None:
    """mypyc compiles only code that type-checks (else setup.py falls back to the
    plain, slower modules); the build's own options."""
    api = pytest.importorskip("mypy.api")
    modules = sorted(str(p) for p in (ROOT / "glossary" / "mining").glob("*.py"))
    out, err, status = api.run(["--ignore-missing-imports", "--no-incremental", *modules])
    assert status == 0, out + err
