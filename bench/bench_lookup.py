"""Foundation benchmarks: init + seed load, warm lookups, cold `glossary lookup`.

    python bench/bench_lookup.py [--entries 100000] [--runs 15]

Targets (issue 2): warm fuzzy lookup p95 <= 10 ms on 100,000 entries; `glossary
lookup` as a cold process <= 0.3 s median on that database; init + seed load <= 2 s.
Medians and p95 are measured in one run on this machine; compare ratios, not absolutes,
across machines.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import build_database  # noqa: E402

from glossary.lookup import LookupIndex, search  # noqa: E402
from glossary.store import GlossaryStore, SqliteTermSource  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def typo(text: str, rng: random.Random) -> str:
    """One random edit (swap, drop or double a letter) inside ``text``."""
    i = rng.randrange(1, max(2, len(text) - 1))
    kind = rng.choice(("swap", "drop", "double"))
    if kind == "swap" and i + 1 < len(text):
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    if kind == "drop":
        return text[:i] + text[i + 1 :]
    return text[:i] + text[i] + text[i:]


def queries(index: LookupIndex, rng: random.Random, n: int) -> dict[str, list[str]]:
    """Query sets by kind, drawn from the glossary itself."""
    zh = [r[4] for r in index.rows if r[3] == "zh"]
    en = [r[4] for r in index.rows if r[3] == "en"]
    py = [r[6] for r in index.rows if r[3] == "zh"]
    return {
        "zh exact": rng.sample(zh, n),
        "zh prefix": [t[:2] for t in rng.sample(zh, n)],
        "pinyin": rng.sample(py, n),
        "english word": [rng.choice(t.split()) for t in rng.sample(en, n)],
        "english typo (fuzzy)": [typo(t, rng) for t in rng.sample(en, n)],
        "zh typo (fuzzy)": [t[:-1] + "阿" for t in rng.sample(zh, n)],
    }


def time_queries(run, qs: list[str]) -> list[float]:
    """Milliseconds per query."""
    out = []
    for q in qs:
        start = time.perf_counter()
        run(q)
        out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> None:
    """Run every foundation benchmark and print a table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    rng = random.Random(7)
    exe = [sys.executable, "-m", "glossary"]
    rows: list[tuple[str, str, str]] = []

    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "GLOSSARY_USER": "bench"}
        init_times = []
        for i in range(5):
            db = Path(tmp) / f"init{i}.db"
            start = time.perf_counter()
            subprocess.run(
                [*exe, "init", "--db", str(db)], check=True, capture_output=True, env=env
            )
            init_times.append(time.perf_counter() - start)
        rows.append(
            ("init + seed load (process)", f"{statistics.median(init_times):.2f} s", "<= 2 s")
        )

        big = Path(tmp) / "big.db"
        start = time.perf_counter()
        build_database(big, args.entries)
        rows.append(
            (f"build {args.entries:,}-entry db", f"{time.perf_counter() - start:.1f} s", "")
        )

        start = time.perf_counter()
        with GlossaryStore.open(str(big)) as store:
            index = LookupIndex.from_store(store)
        rows.append(("in-memory index build", f"{time.perf_counter() - start:.2f} s", ""))

        sets = queries(index, rng, args.queries)
        source = SqliteTermSource.open(str(big))
        assert source is not None
        for kind, qs in sets.items():
            warm = time_queries(lambda q: index.search(q, 10), qs)
            rows.append(
                (
                    f"warm index: {kind}",
                    f"median {statistics.median(warm):.1f} ms, p95 {percentile(warm, 95):.1f} ms",
                    "p95 <= 10 ms",
                )
            )
        for kind, qs in sets.items():
            direct = time_queries(lambda q: search(source, q, 10), qs[:40])
            rows.append(
                (
                    f"sqlite source: {kind}",
                    f"median {statistics.median(direct):.1f} ms, "
                    f"p95 {percentile(direct, 95):.1f} ms",
                    "",
                )
            )
        source.close()

        for kind in ("zh exact", "pinyin", "english word", "english typo (fuzzy)"):
            cold = []
            for q in sets[kind][: args.runs]:
                start = time.perf_counter()
                subprocess.run([*exe, "lookup", q, "--db", str(big)], capture_output=True, env=env)
                cold.append(time.perf_counter() - start)
            rows.append(
                (
                    f"cold `glossary lookup`: {kind}",
                    f"median {statistics.median(cold):.2f} s",
                    "<= 0.3 s",
                )
            )
        baseline = []
        for _ in range(args.runs):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"], capture_output=True)
            baseline.append(time.perf_counter() - start)
        rows.append(
            ("python -c pass (baseline)", f"median {statistics.median(baseline):.2f} s", "")
        )

    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'result':<34}  target")
    for name, result, target in rows:
        print(f"{name:<{width}}  {result:<34}  {target}")


if __name__ == "__main__":
    main()
