"""Benchmark of term recognition: automaton build and annotate throughput.

    python bench/bench_annotate.py [--entries 100000] [--mb 1.0] [--repeat 5] [--store]

Targets: annotate >= 1 MB of Chinese text per second with a 100,000-term glossary,
the automaton built in <= 2 s. The glossary is :func:`generate.synthetic_concepts`
(the same data as ``bench/generate.py`` writes into a database); the text is made of
its terms (a quarter of the sentences in traditional characters, some in full-width
forms) between ordinary Chinese filler, so matches are dense. Every number is the
median of ``--repeat`` runs. ``--store`` also builds the database with
:func:`generate.build_database` and times loading the term base from it
(``TermBase.from_store``), which ``glossary annotate`` does before building.

Nothing is cached on disk: the automaton is rebuilt on every run.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import build_database, synthetic_concepts  # noqa: E402

from glossary.qa import Entry, TermBase  # noqa: E402

FILLER = (
    "我们要坚持以人民为中心的发展思想，进一步加强统筹协调，推动各项工作落地见效。"
    "会议指出，今年以来各地区各部门认真贯彻落实决策部署，取得了积极成效。"
    "要加快构建新发展格局，着力推动高质量发展，不断增强人民群众的获得感。"
    "双方表示愿意继续深化交流，拓展务实合作，共同应对全球性挑战。"
)
EN_FILLER = (
    "We will continue to deepen exchanges and expand practical cooperation. "
    "The meeting pointed out that all regions and departments have achieved positive results. "
)


def median_time(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Median wall time of ``repeat`` calls, and the last result."""
    times: list[float] = []
    result: Any = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def make_chinese_text(entries: list[Entry], megabytes: float, seed: int = 0) -> str:
    """At least ``megabytes`` MB (UTF-8) of Chinese sentences full of glossary terms."""
    import opencc

    s2t = opencc.OpenCC("s2t")
    rng = random.Random(seed)
    filler = [s for s in FILLER.split("。") if s]
    target = int(megabytes * 1_000_000)
    parts: list[str] = []
    size = 0
    while size < target:
        terms = [rng.choice(entries).zh for _ in range(rng.randint(1, 3))]
        sentence = f"{rng.choice(filler)}，推进{'和'.join(terms)}建设，{rng.choice(filler)}。"
        roll = rng.random()
        if roll < 0.25:
            sentence = s2t.convert(sentence)
        elif roll < 0.30:
            sentence = sentence.replace("，", "，　").replace("。", "．")
        if rng.random() < 0.1:
            sentence += "\n"
        parts.append(sentence)
        size += len(sentence.encode("utf-8"))
    return "".join(parts)


def make_english_text(entries: list[Entry], megabytes: float, seed: int = 0) -> str:
    """At least ``megabytes`` MB of English with preferred and deprecated renderings."""
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    parts: list[str] = []
    size = 0
    while size < target:
        entry = rng.choice(entries)
        rendering = rng.choice([t for t, _s in entry.renderings])
        sentence = f"{EN_FILLER[: rng.randint(40, len(EN_FILLER))]}We promote the {rendering}. "
        parts.append(sentence)
        size += len(sentence.encode("utf-8"))
    return "".join(parts)


def run(entries_n: int, megabytes: float, repeat: int, store: bool) -> dict[str, Any]:
    """Run every measurement; returns the medians."""
    from glossary.recognize import ChineseRecognizer, EnglishRecognizer

    views = list(synthetic_concepts(entries_n, 0, seed=0))
    entries = [e for e in (Entry.from_view(_with_id(v, i)) for i, v in enumerate(views, 1)) if e]
    out: dict[str, Any] = {"entries": len(entries), "repeat": repeat}

    zh_terms = [(t, i) for i, e in enumerate(entries) for t in e.zh_terms]
    en_terms = [(t, (i, s, t)) for i, e in enumerate(entries) for t, s in e.renderings]
    out["zh_build_s"], zh = median_time(lambda: ChineseRecognizer(zh_terms), repeat)
    out["en_build_s"], _en = median_time(lambda: EnglishRecognizer(en_terms), repeat)
    out["zh_patterns"] = len(zh)

    termbase = TermBase(entries)
    termbase.__dict__["zh"] = zh  # reuse the automaton built above
    text = make_chinese_text(entries, megabytes)
    mb = len(text.encode("utf-8")) / 1_000_000
    out["zh_text_mb"] = round(mb, 3)
    out["zh_text_chars"] = len(text)
    # First call outside the timing: OpenCC and the character table warm up once.
    termbase.annotate(text[:1000])
    out["annotate_s"], occurrences = median_time(lambda: termbase.annotate(text), repeat)
    out["annotate_mb_per_s"] = round(mb / out["annotate_s"], 2)
    out["annotate_matches"] = len(occurrences)
    out["find_s"], _ = median_time(lambda: zh.find(text), repeat)

    en_text = make_english_text(entries, megabytes)
    en_mb = len(en_text.encode("utf-8")) / 1_000_000
    out["en_text_mb"] = round(en_mb, 3)
    termbase.flag_english(en_text[:1000])
    out["flag_english_s"], flags = median_time(lambda: termbase.flag_english(en_text), repeat)
    out["flag_english_mb_per_s"] = round(en_mb / out["flag_english_s"], 2)
    out["flag_english_flags"] = len(flags)

    if store:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "bench.db"
            start = time.perf_counter()
            build_database(path, entries_n, 0, seed=0)
            out["build_database_s"] = round(time.perf_counter() - start, 2)
            from glossary.store import GlossaryStore

            def load() -> TermBase:
                with GlossaryStore.open(str(path)) as s:
                    return TermBase.from_store(s)

            out["load_from_store_s"], loaded = median_time(load, max(1, min(repeat, 3)))
            out["store_entries"] = len(loaded)
    for key, value in out.items():
        if key.endswith("_s") and isinstance(value, float):
            out[key] = round(value, 3)
    return out


def _with_id(view: Any, cid: int) -> Any:
    view.id = cid
    return view


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--mb", type=float, default=1.0, help="Size of each text in MB.")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--store", action="store_true", help="Also time loading from a database.")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = run(args.entries, args.mb, args.repeat, args.store)
    if args.json:
        print(json.dumps(result))
        return
    print(f"glossary: {result['entries']} entries ({result['zh_patterns']} Chinese patterns)")
    print(f"medians of {result['repeat']} runs")
    print(f"  Chinese automaton build   {result['zh_build_s']:.3f} s   (target <= 2 s)")
    print(f"  English automaton build   {result['en_build_s']:.3f} s")
    print(
        f"  annotate {result['zh_text_mb']} MB Chinese  {result['annotate_s']:.3f} s = "
        f"{result['annotate_mb_per_s']} MB/s   (target >= 1 MB/s; "
        f"{result['annotate_matches']} matches; find alone {result['find_s']:.3f} s)"
    )
    print(
        f"  flag {result['en_text_mb']} MB English     {result['flag_english_s']:.3f} s = "
        f"{result['flag_english_mb_per_s']} MB/s   ({result['flag_english_flags']} flags)"
    )
    if "load_from_store_s" in result:
        print(f"  build_database            {result['build_database_s']:.2f} s (once)")
        print(f"  TermBase.from_store       {result['load_from_store_s']:.3f} s")


if __name__ == "__main__":
    main()
