"""Benchmark of the TUI on a large glossary, driven with Textual's Pilot.

    python bench/bench_tui.py [--entries 100000] [--candidates 10000] [--runs 5]

Measures, with ``app.run_test()`` (headless, 100x30):

* **first screen**: from opening the store and building the app to the first painted
  frame of the lookup and of the review screen (in-process), and the same from a
  fresh ``python`` process (imports included);
* **background work** after it: the lookup index ready; the whole review queue read;
* **keystroke latency** in the lookup box: from a key event to the results table
  holding the hits for the new text (one key at a time, so each key triggers its own
  search); then to the entry pane showing the first hit (read on the next turn of
  the event loop); the process's CPU time per keystroke (which the load of other
  programs on a shared machine does not inflate, unlike wall time); and the bare
  ``LookupIndex.search`` time per keystroke;
* **review actions**: approve and move on to the next candidate (on a copy of the db).

Targets: first screen <= 1.5 s; keystroke <= 50 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # bench/generate.py
sys.path.insert(0, str(HERE.parent))  # the repository (tui, glossary) when not installed

# Queries a terminologist types, in the generator's vocabulary: Chinese, traditional,
# pinyin, initials, English, an English typo and a Chinese phrase containing terms.
QUERIES = [
    "国际合作",
    "經濟發展",
    "guojihezuo",
    "gjhz",
    "international cooperation",
    "cooperaton forum",
    "推进国际合作中心的建设",
]
SIZE = (100, 30)


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) of ``values``."""
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def summary(values: list[float]) -> dict[str, float]:
    """Median, p95 and max of ``values`` (in the unit given)."""
    return {
        "n": len(values),
        "median": statistics.median(values),
        "p95": percentile(values, 95),
        "max": max(values),
    }


def database(entries: int, candidates: int, fresh: bool) -> Path:
    """The benchmark database (built once with bench/generate.py, then reused)."""
    from generate import build_database

    folder = Path(tempfile.gettempdir()) / "glossary-bench"
    folder.mkdir(exist_ok=True)
    path = folder / f"tui-{entries}-{candidates}.db"
    if fresh or not path.exists():
        start = time.perf_counter()
        build_database(path, entries, candidates, seed=0)
        print(f"built {path} in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return path


async def wait_until(predicate: Any, timeout: float = 60.0) -> None:
    """Yield to the event loop until ``predicate()`` is true."""
    deadline = time.perf_counter() + timeout
    while not predicate():
        if time.perf_counter() > deadline:
            raise TimeoutError("the app did not get there in time")
        await asyncio.sleep(0.0005)


async def first_screen(path: Path, start: str) -> dict[str, float]:
    """Seconds to the first painted frame, to the index, to the whole queue."""
    from glossary.store import GlossaryStore
    from tui.app import build_app

    t0 = time.perf_counter()
    store = GlossaryStore.open(str(path), seed=False)
    app = build_app(store, start)
    out: dict[str, float] = {}
    async with app.run_test(size=SIZE):
        await wait_until(lambda: app.first_screen_at is not None)
        assert app.first_screen_at is not None
        out["first_screen"] = app.first_screen_at - t0
        await wait_until(lambda: app.index is not None)
        out["index_ready"] = time.perf_counter() - t0
        if start == "review":
            screen = app.review_screen
            assert screen is not None
            await wait_until(lambda: screen.session.complete)
            out["queue_complete"] = time.perf_counter() - t0
            out["queue_size"] = len(screen.session.items)
    store.close()
    return out


CHILD = """
import sys, time, asyncio
sys.path.insert(0, {repo!r})
from glossary.store import GlossaryStore
from tui.app import build_app

async def main():
    store = GlossaryStore.open({db!r}, seed=False)
    app = build_app(store, {start!r})
    async with app.run_test(size={size!r}) as pilot:
        while app.first_screen_at is None:
            await asyncio.sleep(0.0005)
        print(time.time(), flush=True)
asyncio.run(main())
"""


def cold_first_screen(path: Path, start: str) -> float:
    """Seconds from starting a new python process to its first painted frame."""
    code = CHILD.format(repo=str(HERE.parent), db=str(path), start=start, size=SIZE)
    t0 = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return float(out.strip().splitlines()[-1]) - t0


async def keystrokes(path: Path) -> dict[str, Any]:
    """Latency of each keystroke in the lookup box, in milliseconds."""
    from textual import events
    from textual.widgets import Input

    from glossary.store import GlossaryStore
    from tui.app import build_app

    store = GlossaryStore.open(str(path), seed=False)
    app = build_app(store, "lookup")
    latencies: list[float] = []
    with_entry: list[float] = []
    cpu: list[float] = []  # CPU time of this process: what other programs' load cannot inflate
    search_only: list[float] = []
    per_query: dict[str, float] = {}
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(lambda: app.index is not None)
        await pilot.pause()
        screen = app.lookup_screen
        assert screen is not None
        box = screen.query_one("#query", Input)
        for query in QUERIES:
            box.value = ""
            await pilot.pause()
            this_query: list[float] = []
            for n, char in enumerate(query, 1):
                text = query[:n]
                done = screen.search_count
                cpu_start = time.process_time()
                start = time.perf_counter()
                app.post_message(events.Key(char if char != " " else "space", char))
                await wait_until(
                    lambda d=done, t=text: screen.search_count > d and screen.searched == t
                )
                elapsed = (time.perf_counter() - start) * 1000
                cpu.append((time.process_time() - cpu_start) * 1000)
                this_query.append(elapsed)
                search_only.append(screen.last_search_ms)
                hits = screen.table.hits
                if hits:  # then the entry of the first hit, read on the next loop turn
                    first = hits[0].concept_id
                    await wait_until(
                        lambda f=first: screen.shown is not None and screen.shown.id == f
                    )
                    with_entry.append((time.perf_counter() - start) * 1000)
            latencies.extend(this_query)
            per_query[query] = statistics.median(this_query)
            await pilot.pause()
            assert screen.table.row_count, f"no hits for {query!r}"
    store.close()
    return {
        "keystroke_ms": summary(latencies),
        "keystroke_to_entry_ms": summary(with_entry),
        "keystroke_cpu_ms": summary(cpu),
        "search_only_ms": summary(search_only),
        "median_by_query_ms": per_query,
    }


async def review_actions(path: Path, count: int = 30) -> dict[str, Any]:
    """Milliseconds from pressing approve to the next candidate shown (on a copy)."""
    from textual import events

    from glossary.store import GlossaryStore
    from tui.app import build_app

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "review.db"
        shutil.copy(path, copy)
        store = GlossaryStore.open(str(copy), seed=False)
        app = build_app(store, "review")
        times: list[float] = []
        async with app.run_test(size=SIZE) as pilot:
            screen = app.review_screen
            assert screen is not None
            # Measure the actions alone, not competing with the start-up threads.
            await wait_until(lambda: screen.session.complete and app.index is not None)
            await pilot.pause()
            for _ in range(count):
                before = screen.session.reviewed
                shown = screen.shown_id
                start = time.perf_counter()
                app.post_message(events.Key("a", "a"))
                await wait_until(
                    lambda b=before, s=shown: screen.session.reviewed > b and screen.shown_id != s
                )
                times.append((time.perf_counter() - start) * 1000)
            await pilot.pause()
        store.close()
    return {"approve_and_next_ms": summary(times)}


def main() -> None:
    """Run every measurement and print a report (and JSON with --json)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--candidates", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5, help="repetitions of the start-up runs")
    parser.add_argument("--fresh", action="store_true", help="rebuild the database")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args()

    path = database(args.entries, args.candidates, args.fresh)
    results: dict[str, Any] = {"entries": args.entries, "candidates": args.candidates}
    for start in ("lookup", "review"):
        runs = [asyncio.run(first_screen(path, start)) for _ in range(args.runs)]
        results[f"{start}_start_s"] = {
            key: summary([r[key] for r in runs]) for key in runs[0] if key != "queue_size"
        }
        if start == "review":
            results["review_queue_size"] = runs[0]["queue_size"]
        results[f"{start}_cold_start_s"] = summary(
            [cold_first_screen(path, start) for _ in range(max(3, args.runs // 2))]
        )
    results.update(asyncio.run(keystrokes(path)))
    results.update(asyncio.run(review_actions(path)))

    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
        return
    print(f"TUI benchmark: {args.entries:,} approved entries, {args.candidates:,} candidates")
    for key, value in results.items():
        if isinstance(value, dict) and "median" in value:
            print(f"  {key:<28} {_stats(value)}")
        elif isinstance(value, dict):
            print(f"  {key}:")
            for k, v in value.items():
                shown = _stats(v) if isinstance(v, dict) else f"{v:8.2f}"
                print(f"    {k:<26} {shown}")
        else:
            print(f"  {key:<28} {value}")


def _stats(value: dict[str, float]) -> str:
    return (
        f"median {value['median']:8.3f}  p95 {value['p95']:8.3f}  "
        f"max {value['max']:8.3f}  (n={value['n']})"
    )


if __name__ == "__main__":
    main()
