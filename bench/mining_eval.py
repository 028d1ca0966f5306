"""Score ``glossary mine`` against gold term lists.

Runs ``glossary mine --json --dry-run`` (a subprocess, with a throwaway ``--db`` in a
temp dir) on each document and compares its proposals with a gold TSV
(``zh<TAB>en<TAB>en_alternatives``, alternatives separated by ``|``):

- strict: the Chinese is equal after NFKC and stripping quotes/brackets at the ends;
  the English equals ``en`` or an alternative after NFKC, straight quotes, lower
  case, collapsed spaces, trailing punctuation removed, a leading the/a/an dropped;
- lenient: same Chinese, English token F1 >= 0.8 against ``en`` or an alternative.

Prints precision at 10, 30 and all (strict / lenient) and recall (strict / lenient).

    python bench/mining_eval.py DOC GOLD [DOC GOLD ...] [--show]
    python bench/mining_eval.py --dev [--show]   # the development corpus, 4 layouts
    python bench/mining_eval.py --written        # sentences written for evaluation
    python bench/mining_eval.py --dev --calibration   # ... and the score bands
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("GLOSSARY_CORPUS", "/work/shared/corpus"))
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "`": "'", "´": "'"})
_EDGE = "\"'“”‘’《》〈〉「」『』【】()（）[]"


def norm_zh(text: str) -> str:
    """NFKC, quotes and brackets stripped at the ends."""
    return unicodedata.normalize("NFKC", text).strip().strip(_EDGE).strip()


def norm_en(text: str) -> str:
    """NFKC, straight quotes, lower case, one space, no trailing punctuation or article."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).lower()
    text = " ".join(text.split())
    text = re.sub(r"[\s.,;:!?]+$", "", text)
    for art in ("the ", "a ", "an "):
        if text.startswith(art):
            text = text[len(art) :]
            break
    return text


def token_f1(a: str, b: str) -> float:
    """Token F1 of two normalised English strings."""
    ta, tb = Counter(a.split()), Counter(b.split())
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(ta.values()), common / sum(tb.values())
    return 2 * p * r / (p + r)


def read_gold(path: Path) -> list[tuple[str, list[str]]]:
    """Gold pairs as (normalised zh, [normalised English forms])."""
    out = []
    for i, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines()):
        cells = line.split("\t")
        if i == 0 and cells[0].strip().lower() == "zh" or len(cells) < 2:
            continue
        forms = [cells[1]] + [a for a in (cells[2].split("|") if len(cells) > 2 else []) if a]
        out.append((norm_zh(cells[0]), [norm_en(f) for f in forms]))
    return out


def match(prop: dict, gold: list[tuple[str, list[str]]], lenient: bool) -> int | None:
    """Index of the gold pair a proposal matches, or None."""
    zh, en = norm_zh(prop["zh"]), norm_en(prop["en"])
    for i, (gzh, forms) in enumerate(gold):
        if zh != gzh:
            continue
        if en in forms or lenient and any(token_f1(en, f) >= 0.8 for f in forms):
            return i
    return None


def run_miner(doc: Path, fmt: str = "auto", seeded: bool = False) -> list[dict]:
    """The proposals of ``glossary mine --json --dry-run`` on ``doc``.

    ``seeded``: against a throwaway database made by ``glossary init`` (the shipped
    seed terms), as a first real run would be; otherwise with no glossary at all.
    """
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "eval.db")
        if seeded:
            subprocess.run(
                [sys.executable, "-m", "glossary", "init", "--db", db],
                capture_output=True, cwd=ROOT, check=True,
            )  # fmt: skip
        cmd = [sys.executable, "-m", "glossary", "mine", "--json", "--dry-run",
               "--db", db, "--format", fmt, str(doc)]  # fmt: skip
        res = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False)
    if res.returncode != 0:
        raise SystemExit(f"glossary mine failed on {doc}: {res.stderr.strip()}")
    return [json.loads(line) for line in res.stdout.splitlines() if line.strip()]


def evaluate(props: list[dict], gold: list[tuple[str, list[str]]]) -> dict[str, float]:
    """Precision at 10 / 30 / all and recall, strict and lenient."""
    out: dict[str, float] = {"n": len(props), "gold": len(gold)}
    for mode in ("strict", "lenient"):
        hits = [match(p, gold, mode == "lenient") for p in props]
        for k in (10, 30, None):
            top = hits[:k] if k else hits
            name = f"p@{k}" if k else "p@all"
            out[f"{mode} {name}"] = sum(h is not None for h in top) / max(1, len(top))
        out[f"{mode} recall"] = len({h for h in hits if h is not None}) / max(1, len(gold))
    return out


def show(props: list[dict], gold: list[tuple[str, list[str]]], limit: int = 40) -> None:
    """Misses and the best-ranked false positives, for error analysis."""
    hits = {match(p, gold, True) for p in props}
    print("  misses:")
    for i, (zh, forms) in enumerate(gold):
        if i not in hits:
            got = [p["en"] for p in props if norm_zh(p["zh"]) == zh]
            print(f"    {zh}  ->  {forms[0]}   (proposed: {got[:1]})")
    print("  false positives (best first):")
    shown = 0
    for rank, p in enumerate(props, 1):
        if match(p, gold, True) is None:
            print(f"    #{rank} {p['score']:.2f} {p['zh']}  ->  {p['en']}")
            shown += 1
            if shown >= limit:
                break


def dev_cases(tmp: Path) -> list[tuple[str, Path, Path]]:
    """The development corpus in its four layouts."""
    sys.path.insert(0, str(ROOT / "bench"))
    from make_layouts import main as make

    make([str(CORPUS / "xxqg_dev.tsv"), str(tmp)])
    gold_x = CORPUS / "xxqg_dev.gold.tsv"
    return [
        ("chongqing (text)", CORPUS / "chongqing_foreign_affairs_2022.txt",
         CORPUS / "chongqing_foreign_affairs_2022.gold.tsv"),
        ("xxqg (tsv)", CORPUS / "xxqg_dev.tsv", gold_x),
        ("xxqg (tmx)", tmp / "xxqg_dev.tmx", gold_x),
        ("xxqg (layout)", tmp / "xxqg_dev.layout.txt", gold_x),
    ]  # fmt: skip


def written_cases(tmp: Path) -> list[tuple[str, Path, Path]]:
    """The sentence sets written for evaluation (bench/mining/written), 3 layouts each."""
    sys.path.insert(0, str(ROOT / "bench"))
    from make_layouts import main as make

    cases = []
    written = ROOT / "bench" / "mining" / "written"
    for src in sorted(p for p in written.glob("set_*.tsv") if not p.name.endswith(".gold.tsv")):
        name = src.stem
        gold = src.with_suffix(".gold.tsv")
        make([str(src), str(tmp)])
        cases += [
            (f"{name} (tsv)", src, gold),
            (f"{name} (tmx)", tmp / f"{name}.tmx", gold),
            (f"{name} (layout)", tmp / f"{name}.layout.txt", gold),
        ]
    return cases


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description="Score glossary mine against gold pairs.")
    ap.add_argument("pairs", nargs="*", help="DOC GOLD [DOC GOLD ...]")
    ap.add_argument("--dev", action="store_true", help="the development corpus, 4 layouts")
    ap.add_argument(
        "--written", action="store_true", help="the sentences written for evaluation, 3 layouts"
    )
    ap.add_argument("--show", action="store_true", help="print misses and false positives")
    ap.add_argument(
        "--seeded", action="store_true", help="mine against a database with the seed terms"
    )
    ap.add_argument(
        "--calibration",
        action="store_true",
        help="after the table: how often a proposal is a gold pair (lenient), by score band",
    )
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        cases = dev_cases(Path(tmp)) if args.dev else []
        cases += written_cases(Path(tmp)) if args.written else []
        it = iter(args.pairs)
        cases += [(Path(d).name, Path(d), Path(g)) for d, g in zip(it, it, strict=False)]
        if not cases:
            ap.error("give DOC GOLD pairs, --dev or --written")
        cols = ["strict p@10", "strict p@30", "strict p@all", "lenient p@30",
                "strict recall", "lenient recall"]  # fmt: skip
        print(f"{'document':22} {'n':>4} {'gold':>4} " + " ".join(f"{c:>14}" for c in cols))
        bands: list[tuple[float, bool]] = []
        for label, doc, gold_path in cases:
            gold = read_gold(gold_path)
            props = run_miner(doc, seeded=args.seeded)
            r = evaluate(props, gold)
            print(
                f"{label:22} {int(r['n']):>4} {int(r['gold']):>4} "
                + " ".join(f"{r[c]:>14.2f}" for c in cols)
            )
            if args.show:
                show(props, gold)
            bands.extend((p["score"], match(p, gold, True) is not None) for p in props)
    if args.calibration:
        print_calibration(bands)
    return 0


def print_calibration(bands: list[tuple[float, bool]]) -> None:
    """Share of proposals that are gold pairs (lenient), per score band: a calibrated
    score of 0.7 should be right about 70 % of the time."""
    print("\nscore band    proposals   gold (lenient)   share")
    for lo, hi in ((0.7, 1.01), (0.5, 0.7), (0.3, 0.5), (0.0, 0.3)):
        hits = [ok for score, ok in bands if lo <= score < hi]
        share = sum(hits) / len(hits) if hits else 0.0
        print(f"{lo:.1f}-{min(hi, 1.0):.1f}    {len(hits):>9}   {sum(hits):>14}   {share:>5.0%}")


if __name__ == "__main__":
    raise SystemExit(main())
