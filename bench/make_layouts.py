"""Turn an aligned TSV into the other two layouts the miner reads.

(a) the PDF-extracted magazine layout: the paragraphs run together, each English
    block placed after the NEXT Chinese block, cut into chunks of 180-320 characters
    numbered ``N、`` at arbitrary places (inside words and sentences), with a running
    header and page number inserted every few chunks;
(b) TMX 1.4.

Deterministic: the same input and seed give the same bytes.

    python bench/make_layouts.py INPUT.tsv OUTDIR [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from glossary.mining.sources import parse_tsv  # noqa: E402

HEADERS = (
    ("专题", "Special Report", "Review of the Year"),
    ("特稿", "Feature", "Foreign Affairs Review"),
)


def interleave(pairs: list[tuple[str, str]]) -> str:
    """Z1 Z2 E1 Z3 E2 ... Zn E(n-1) En: each English block after the next Chinese one."""
    parts: list[str] = []
    for i, (zh, _en) in enumerate(pairs):
        parts.append(zh)
        if i >= 1:
            parts.append(pairs[i - 1][1])
    if pairs:
        parts.append(pairs[-1][1])
    return "".join(p for p in parts if p)


def to_layout(pairs: list[tuple[str, str]], seed: int = 7) -> str:
    """The PDF-extracted layout of ``pairs`` (see module docstring)."""
    rng = random.Random(seed)
    zh_head, en_head, title = HEADERS[rng.randrange(len(HEADERS))]
    stream = interleave(pairs)
    chunks: list[str] = []
    pos = 0
    page = rng.randint(2, 40)
    next_header = rng.randint(2, 4)
    while pos < len(stream):
        size = rng.randint(180, 320)
        chunk = stream[pos : pos + size]
        pos += size
        if len(chunks) + 1 == next_header and len(chunk) > 20:
            cut = rng.randint(5, len(chunk) - 5)
            header = f"{zh_head}{en_head} {page} {title} " if page % 2 == 0 else f"{title} {page}"
            chunk = chunk[:cut] + header + chunk[cut:]
            page += 1
            next_header += rng.randint(2, 4)
        chunks.append(chunk)
    return "\n\n".join(f"{i}、{c}" for i, c in enumerate(chunks, start=1)) + "\n"


def to_tmx(pairs: list[tuple[str, str]]) -> str:
    """A TMX 1.4 document with one ``<tu>`` per pair (zh-CN source, en-US target)."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<tmx version="1.4">',
        '  <header creationtool="make_layouts" creationtoolversion="1" segtype="paragraph"'
        ' o-tmf="tsv" adminlang="en-US" srclang="zh-CN" datatype="plaintext"/>',
        "  <body>",
    ]
    for zh, en in pairs:
        out.append("    <tu>")
        out.append(f'      <tuv xml:lang="zh-CN"><seg>{escape(zh)}</seg></tuv>')
        out.append(f'      <tuv xml:lang="en-US"><seg>{escape(en)}</seg></tuv>')
        out.append("    </tu>")
    out += ["  </body>", "</tmx>", ""]
    return "\n".join(out)


def read_pairs(path: Path) -> list[tuple[str, str]]:
    """The (zh, en) pairs of an aligned TSV, read with the project's own TSV reader."""
    text = path.read_text(encoding="utf-8-sig")
    return [(s.zh, s.en) for s in parse_tsv(text, str(path)) if s.zh and s.en]


def main(argv: list[str] | None = None) -> int:
    """Command line: write ``NAME.layout.txt`` and ``NAME.tmx`` into OUTDIR."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tsv", type=Path)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    pairs = read_pairs(args.tsv)
    args.outdir.mkdir(parents=True, exist_ok=True)
    stem = args.tsv.stem
    layout = args.outdir / f"{stem}.layout.txt"
    tmx = args.outdir / f"{stem}.tmx"
    layout.write_text(to_layout(pairs, args.seed), encoding="utf-8")
    tmx.write_text(to_tmx(pairs), encoding="utf-8")
    print(f"{layout}\n{tmx}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
