"""Deterministic generator of large glossary databases for the benchmarks.

    python bench/generate.py OUT.db --entries 100000 --candidates 10000

Chinese terms are built from common two-character words, English renderings from a
fixed vocabulary, so the data looks like a real glossary to the lookup and
recognition code (shared prefixes, shared words, some deprecated renderings).
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Iterator
from pathlib import Path

from glossary.records import ConceptView, EvidenceView, TermView

# Word lists as strings: easier to read and edit than 170 one-word lines.
ZH_WORDS = (  # noqa: SIM905
    "国际 合作 发展 经济 贸易 中心 开放 安全 文明 倡议 机制 论坛 组织 委员 会议 改革 创新 "
    "科技 生态 环境 文化 交流 友好 城市 港口 通道 物流 金融 投资 市场 产业 园区 示范 试验 "
    "自由 区域 全球 伙伴 关系 战略 治理 体系 能力 现代 建设 数字 绿色 低碳 能源 交通 网络 "
    "教育 卫生 健康 农业 农村 人才 青年 妇女 儿童 法治 人民 民主 政府 政党 外交 领事 侨务 "
    "海洋 航天 航空 铁路 公路 口岸 海关 检验 标准 质量 品牌 旅游 体育 媒体 智库 地方 省市"
).split()
EN_WORDS = (  # noqa: SIM905
    "international cooperation development economic trade center opening security "
    "civilization initiative mechanism forum organization committee conference reform "
    "innovation technology ecology environment culture exchange friendship city port "
    "corridor logistics finance investment market industry park demonstration pilot free "
    "regional global partnership strategy governance system capacity modern construction "
    "digital green low-carbon energy transport network education health agriculture rural "
    "talent youth women children law people democracy government party diplomacy consular "
    "overseas ocean space aviation railway highway port customs inspection standard quality "
    "brand tourism sports media think-tank local province"
).split()


def synthetic_concepts(entries: int, candidates: int = 0, seed: int = 0) -> Iterator[ConceptView]:
    """``entries`` approved and ``candidates`` candidate concepts, unique Chinese terms."""
    rng = random.Random(seed)
    seen: set[str] = set()
    made = 0
    total = entries + candidates
    while made < total:
        n = rng.choice((2, 2, 3, 3, 3, 4, 5))
        idx = [rng.randrange(len(ZH_WORDS)) for _ in range(n)]
        zh = "".join(ZH_WORDS[i] for i in idx)
        if zh in seen:
            continue
        seen.add(zh)
        words = [EN_WORDS[i % len(EN_WORDS)] for i in idx]
        en = " ".join(reversed(words)).title()
        terms = [TermView(None, "zh", zh, "preferred"), TermView(None, "en", en, "preferred")]
        if rng.random() < 0.1:
            terms.append(TermView(None, "en", " ".join(words), "deprecated"))
        status = "approved" if made < entries else "candidate"
        evidence = []
        if status == "candidate":
            evidence = [
                EvidenceView(None, "bench.txt", f"我们要推进{zh}的建设。", f"We will advance {en}.")
            ]
        yield ConceptView(
            id=None,
            status=status,
            subject=rng.choice(("diplomacy", "economy", "governance", "science")),
            score=round(rng.random(), 3) if status == "candidate" else None,
            count=1,
            terms=terms,
            evidence=evidence,
        )
        made += 1


def build_database(path: Path, entries: int, candidates: int = 0, seed: int = 0) -> None:
    """Create ``path`` (replacing it) with the seed terms plus synthetic concepts."""
    from glossary.store import GlossaryStore

    path = Path(path)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    with GlossaryStore.open(str(path), actor="bench") as store:
        store.import_concepts(
            synthetic_concepts(entries, candidates, seed), action="bench", keep_ids=False
        )


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--candidates", type=int, default=0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    start = time.perf_counter()
    build_database(args.out, args.entries, args.candidates, args.seed)
    print(f"built {args.out} in {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
