"""Benchmark of `glossary export` and `glossary import` on a large glossary.

    python bench/bench_exchange.py                  # 100,000 entries, tbx tbx3 json
    python bench/bench_exchange.py --entries 20000 --formats tbx csv --breakdown
    python bench/bench_exchange.py --repeat 3      # keep the fastest of 3 runs

Each export and import runs as its own process (the real CLI), timed from start to
exit, with its peak resident memory taken from ``os.wait4``. Targets for 100,000
entries: export <= 10 s, import <= 20 s, peak memory <= 200 MB each. ``--breakdown``
also times the store alone (reading every entry; parsing the file without the
store) so the cost of each side is visible. The database comes from
``bench/generate.py`` and is kept in ``bench/out/`` for the next run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
EXPORT_SECONDS = 10.0
IMPORT_SECONDS = 20.0
PEAK_MB = 200.0
EXTENSIONS = {
    "tbx": "tbx",
    "tbx3": "tbx",
    "json": "json",
    "csv": "csv",
    "tsv": "tsv",
    "omegat": "utf8",
}


def measure(cmd: list[str]) -> tuple[float, float, str]:
    """Run ``cmd``; return (wall seconds, peak RSS in MB, stderr)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err.decode()}")
    return seconds, usage.ru_maxrss / 1024, err.decode()


def python(code: str) -> list[str]:
    """A command running ``code`` in a fresh interpreter."""
    return [sys.executable, "-c", code]


def database(entries: int, rebuild: bool) -> Path:
    """The benchmark database (built once with bench/generate.py, in its own process)."""
    OUT.mkdir(exist_ok=True)
    db = OUT / f"exchange-{entries}.db"
    if rebuild or not db.exists():
        subprocess.run(
            [sys.executable, str(HERE / "generate.py"), str(db), "--entries", str(entries)],
            check=True,
        )
    return db


def empty_database(path: Path) -> None:
    """A new glossary with no entries at ``path`` (made in a child process: this one
    stays small, since a child's peak memory counts its parent's at the fork)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    subprocess.run(
        python(
            "from glossary.store import GlossaryStore\n"
            f"GlossaryStore.open({str(path)!r}, seed=False).close()"
        ),
        check=True,
    )


def best(
    cmd: list[str], repeat: int, before: Callable[[], None] | None = None
) -> tuple[float, float, str]:
    """The fastest of ``repeat`` runs (the machine may be shared), with its memory."""
    runs = []
    for _ in range(repeat):
        if before is not None:
            before()
        runs.append(measure(cmd))
    return min(runs)


def verdict(seconds: float, limit: float, mb: float) -> str:
    """PASS or FAIL against the time and memory targets."""
    return "PASS" if seconds <= limit and mb <= PEAK_MB else "FAIL"


def main() -> int:
    """Run the benchmark; exit status 1 if a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument(
        "--formats", nargs="+", default=["tbx", "tbx3", "json"], choices=sorted(EXTENSIONS)
    )
    parser.add_argument("--rebuild", action="store_true", help="Rebuild the database.")
    parser.add_argument(
        "--keep", action="store_true", help="Keep the exported files and imported databases."
    )
    parser.add_argument(
        "--repeat", type=int, default=1, help="Run each step this many times and keep the fastest."
    )
    parser.add_argument(
        "--breakdown",
        action="store_true",
        help="Also time the store and the file parser on their own.",
    )
    args = parser.parse_args()

    db = database(args.entries, args.rebuild)
    glossary = [sys.executable, "-m", "glossary"]
    rows: list[tuple[str, str, float, float, str]] = []
    failed = False
    for fmt in args.formats:
        out = OUT / f"exchange-{args.entries}-{fmt}.{EXTENSIONS[fmt]}"
        seconds, mb, err = best(
            [*glossary, "export", "-f", fmt, "--status", "all", "-o", str(out), "--db", str(db)],
            args.repeat,
        )
        size = out.stat().st_size / 1e6
        v = verdict(seconds, EXPORT_SECONDS, mb)
        failed |= v == "FAIL"
        rows.append((f"export {fmt}", f"{size:.0f} MB file", seconds, mb, v))
        target = OUT / f"import-{fmt}.db"
        seconds, mb, err = best(
            [*glossary, "import", str(out), "-f", fmt, "--db", str(target)],
            args.repeat,
            before=lambda target=target: empty_database(target),
        )
        v = verdict(seconds, IMPORT_SECONDS, mb)
        failed |= v == "FAIL"
        rows.append((f"import {fmt}", "into an empty glossary", seconds, mb, v))
        if not args.keep:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
        if args.breakdown:
            seconds, mb, _ = best(
                python(
                    "from glossary.formats import load_file\n"
                    f"load_file({str(out)!r}, {fmt!r}).close()"
                ),
                args.repeat,
            )
            rows.append((f"  parse {fmt} only", "read + check + spool", seconds, mb, ""))
        if not args.keep:
            out.unlink()
    if args.breakdown:
        seconds, mb, _ = best(
            python(
                "from glossary.store import GlossaryStore\n"
                f"s = GlossaryStore.open({str(db)!r})\n"
                "n = sum(1 for _ in s.iter_concepts(status=None))"
            ),
            args.repeat,
        )
        rows.insert(0, ("  store.iter_concepts", "every entry, no writing", seconds, mb, ""))
        seconds, mb, _ = best(
            python(
                "import sys\n"
                f"sys.path.insert(0, {str(HERE)!r})\n"
                "from generate import synthetic_concepts\n"
                "from glossary.store import GlossaryStore\n"
                f"s = GlossaryStore.open({str(OUT / 'import-store-only.db')!r}, seed=False)\n"
                f"s.import_concepts(synthetic_concepts({args.entries}), keep_ids=False)"
            ),
            args.repeat,
            before=lambda: empty_database(OUT / "import-store-only.db"),
        )
        rows.insert(1, ("  store.import_concepts", "generated entries, no file", seconds, mb, ""))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{OUT / 'import-store-only.db'}{suffix}").unlink(missing_ok=True)

    print(f"\n{args.entries:,} entries (+ the seed terms) from {db}")
    print(f"{'step':<22} {'seconds':>8} {'peak MB':>8}  result  detail")
    for step, detail, seconds, mb, v in rows:
        print(f"{step:<22} {seconds:>8.1f} {mb:>8.0f}  {v:<6}  {detail}")
    print(
        f"targets: export <= {EXPORT_SECONDS:.0f} s, import <= {IMPORT_SECONDS:.0f} s, "
        f"peak <= {PEAK_MB:.0f} MB (for 100,000 entries)"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
