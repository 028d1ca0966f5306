"""Tokenisers shared by alignment and mining: jieba for Chinese, a regex for English,
and number normalisation on both sides ("二十" = "20th" = "20", "3,000" = "3000").

jieba is imported and initialised on first use, quietly, with its cache in the user
cache dir; glossary terms are added to its dictionary so they stay whole.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

_STATE: dict[str, Any] = {}
_EN_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z]|\d[\d,]*(?:\.\d+)?(?:st|nd|rd|th)?")
_ZH_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
_ZH_NUM = re.compile(r"[零〇一二两三四五六七八九十百千]{1,8}")
_ARABIC = re.compile(r"\d[\d,]*(?:\.\d+)?")


class EnToken(NamedTuple):
    """An English token: its text, start and end offsets, and lower-case form."""

    text: str
    start: int
    end: int
    low: str


def _jieba() -> Any:
    jb = _STATE.get("jieba")
    if jb is None:
        import jieba

        jieba.setLogLevel(60)
        try:
            import platformdirs

            cache = platformdirs.user_cache_dir("glossary")
            import os

            os.makedirs(cache, exist_ok=True)
            jieba.dt.tmp_dir = cache
        except Exception:  # no cache dir: jieba uses the system temp dir
            pass
        jieba.initialize()
        _STATE["jieba"] = jb = jieba
        _STATE["added"] = set()
    return jb


def add_words(words: list[str]) -> None:
    """Add glossary terms to jieba's dictionary (once each) so they are not split."""
    jb = _jieba()
    added: set[str] = _STATE["added"]
    new = [w for w in words if w and w not in added and len(w) <= 30]
    for w in new:
        jb.add_word(w, freq=max(jb.get_FREQ(w) or 0, 2000))
        added.add(w)
    if new:
        zh_tokens.cache_clear()


@lru_cache(maxsize=20_000)
def zh_tokens(text: str) -> tuple[str, ...]:
    """jieba tokens of a Chinese sentence (cached: alignment and mining share them)."""
    return tuple(_jieba().lcut(text))


def en_tokens(text: str) -> list[EnToken]:
    """English word and number tokens with their offsets."""
    return [
        EnToken(m.group(0), m.start(), m.end(), m.group(0).lower())
        for m in _EN_TOKEN.finditer(text)
    ]


def zh_number(text: str) -> int | None:
    """Value of a Chinese numeral ("二十" -> 20, "十三" -> 13, "三十七" -> 37)."""
    total = 0
    current = 0
    for ch in text:
        if ch in _ZH_DIGITS:
            current = _ZH_DIGITS[ch]
        elif ch in _ZH_UNITS:
            unit = _ZH_UNITS[ch]
            total += (current or 1) * unit
            current = 0
        else:
            return None
    return total + current


def zh_numbers(text: str) -> set[str]:
    """Numbers written in a Chinese text, Arabic or Chinese, as digit strings."""
    out = {n.replace(",", "") for n in _ARABIC.findall(text)}
    for m in _ZH_NUM.finditer(text):
        s = m.group(0)
        if len(s) == 1 and s in "一两":
            continue  # 一 is everywhere ("一域", "统一"): not a number worth anchoring on
        value = zh_number(s)
        if value is not None:
            out.add(str(value))
    return out


def en_number(token: str) -> str | None:
    """Digit string of an English number token ("7,000th" -> "7000"), else None."""
    if not token[:1].isdigit():
        return None
    return re.sub(r"(st|nd|rd|th)$", "", token).replace(",", "")
