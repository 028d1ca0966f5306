"""Speed and memory of the miner.

Speed: characters of bilingual input per second, end to end (read_document +
mine_documents) on one core, beside ``jieba.lcut`` on the same Chinese text (the
ratio says how much the miner costs over segmentation alone). Each document is
mined cold: the token cache is cleared between documents, as for distinct files.

Memory: many documents mined in sequence, one call each; traced memory after the
first few and after the last must not grow (peak RSS and tracemalloc reported). The
miner keeps bounded ``lru_cache``s of words and phrases (stems, glosses, keys), which
fill as new text is seen and stop at their ``maxsize``; so the memory a document may
leave behind is measured with those caches emptied, after the third document and after
the last, and the caches' entries are reported beside it.

    python bench/bench_mining.py [--docs 40] [--json]

Inputs are built from the shipped example article and the test fixtures, in the
three layouts (text, TSV, TMX), each copy shuffled with its own seed so that no two
documents are the same text.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from make_layouts import to_layout, to_tmx  # noqa: E402

from glossary.mining import mine_documents, read_document  # noqa: E402
from glossary.mining.pipeline import base_lexicon  # noqa: E402
from glossary.mining.tokens import zh_tokens  # noqa: E402


def base_pairs() -> list[tuple[str, str]]:
    """Aligned pairs from the example article (as the miner reads it) and fixtures."""
    pairs: list[tuple[str, str]] = []
    for path in (
        ROOT / "examples" / "chongqing_foreign_affairs_2022.txt",
        ROOT / "tests" / "data" / "mining" / "news.tsv",
    ):
        pairs += [(s.zh, s.en) for s in read_document(path).segments if s.zh and s.en]
    return pairs


def make_documents(tmp: Path, count: int) -> list[Path]:
    """``count`` distinct documents rotating through the three layouts."""
    pairs = base_pairs()
    out = []
    for i in range(count):
        rng = random.Random(i)
        doc = pairs[:]
        rng.shuffle(doc)
        doc = doc * 3  # about 20-25 KB of input per document
        kind = ("text", "tsv", "tmx")[i % 3]
        if kind == "text":
            path = tmp / f"doc{i}.txt"
            path.write_text(to_layout(doc, seed=i), encoding="utf-8")
        elif kind == "tsv":
            path = tmp / f"doc{i}.tsv"
            rows = "".join(f"{z}\t{e}\n" for z, e in doc)
            path.write_text("zh\ten\n" + rows, encoding="utf-8")
        else:
            path = tmp / f"doc{i}.tmx"
            path.write_text(to_tmx(doc), encoding="utf-8")
        out.append(path)
    return out


def glossary_caches() -> list:
    """The word and phrase ``functools.lru_cache``s of the loaded glossary modules, each
    once (not the one-entry caches that hold the lexicon and other tables)."""
    found: dict[int, object] = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("glossary"):
            continue
        for value in list(vars(module).values()):
            for obj in (value, *(vars(value).values() if isinstance(value, type) else ())):
                func = getattr(obj, "fget", obj)
                if hasattr(func, "cache_info") and (func.cache_info().maxsize or 2) > 1:
                    found[id(func)] = func
    return list(found.values())


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print (or dump as JSON) the numbers."""
    ap = argparse.ArgumentParser(description="speed and memory of glossary mining")
    ap.add_argument("--docs", type=int, default=30)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    import jieba

    t0 = time.perf_counter()
    mine_documents([read_document(ROOT / "tests" / "data" / "mining" / "news.tsv")])
    # One-time imports a real run pays once, whatever the number of documents, are
    # startup, not per-document speed: pypinyin (the first name matched by its sound),
    # lxml (the first TMX file) and the index of two-character words (the first
    # abbreviation, 产教 = "industry-education"; about 2 MB, built once).
    import lxml.etree  # noqa: F401

    from glossary.mining.align import en_word_keys
    from glossary.mining.lexicon import stands_for
    from glossary.mining.render import name_pinyin

    name_pinyin("横琴")
    stands_for("产", en_word_keys("industry"))
    startup = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        paths = make_documents(Path(tmp), args.docs)
        # Speed: CPU time of this process (the machine may be shared), no tracing.
        chars = 0
        cpu = 0.0
        by_kind: dict[str, list[float]] = {}
        zh_text: list[str] = []
        for i, path in enumerate(paths[: min(len(paths), 9)]):
            zh_tokens.cache_clear()
            t = time.process_time()
            doc = read_document(path)
            mine_documents([doc])
            spent = time.process_time() - t
            n = sum(len(s.zh) + len(s.en) for s in doc.segments)
            chars += n
            cpu += spent
            by_kind.setdefault(doc.format, []).append(n / spent)
            if i < 3:
                zh_text.append("".join(s.zh for s in doc.segments))
        # Memory: every document in sequence under tracemalloc.
        traced: list[int] = []
        retained: list[int] = []  # with the bounded caches emptied
        caches = glossary_caches()
        tracemalloc.start()
        for i, path in enumerate(paths):
            zh_tokens.cache_clear()
            doc = read_document(path)
            mine_documents([doc])
            del doc
            gc.collect()
            traced.append(tracemalloc.get_traced_memory()[0])
            if i in (2, len(paths) - 1):
                entries = sum(c.cache_info().currsize for c in caches)
                for cache in caches:
                    cache.cache_clear()
                base_lexicon().clear_memos()
                gc.collect()
                retained.append(tracemalloc.get_traced_memory()[0])
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    sample = "\n".join(zh_text)
    sample_chars = len(sample)
    t = time.process_time()
    for _ in range(3):
        jieba.lcut(sample)
    jieba_rate = 3 * sample_chars / (time.process_time() - t)
    rate = chars / cpu
    import glossary.mining.render

    result = {
        # (setup.py compiles the miner with mypyc; GLOSSARY_PURE_PYTHON=1 installs it plain)
        "miner_compiled": not glossary.mining.render.__file__.endswith(".py"),
        "documents": len(paths),
        "bilingual_chars_timed": chars,
        "startup_s": round(startup, 2),
        "mine_chars_per_cpu_s": round(rate),
        "by_format_chars_per_cpu_s": {k: round(sum(v) / len(v)) for k, v in by_kind.items()},
        "jieba_lcut_zh_chars_per_cpu_s": round(jieba_rate),
        "jieba_vs_miner_speed_ratio": round(jieba_rate / rate, 1),
        "traced_kib_after_3_docs": traced[min(2, len(traced) - 1)] // 1024,
        "traced_kib_after_last_doc": traced[-1] // 1024,
        "retained_kib_no_caches_after_3_docs": retained[0] // 1024,
        "retained_kib_no_caches_after_last_doc": retained[-1] // 1024,
        "cache_entries_after_last_doc": entries,
        "cache_capacity": sum(c.cache_info().maxsize for c in caches),
        "traced_peak_kib": peak // 1024,
        "max_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
    }
    if args.json:
        print(json.dumps(result))
    else:
        for k, v in result.items():
            print(f"{k:32} {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
