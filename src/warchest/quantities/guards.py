"""Digits that are not quantities: phone numbers, times, URLs and ids, list numbering,
model and version names, article numbers (제1조). Their spans are kept out of the scan."""

from __future__ import annotations

import re

_GUARDS = re.compile(
    "|".join(
        [
            r"https?://\S+|www\.\S+",  # URLs
            r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",  # e-mail addresses
            r"\b[A-Za-z_]\w*=[\w-]+",  # query parameters and ids (idxno=241123017)
            r"(?<![\d.,])(?:\+\d{1,3}[\s-]?)?(?:\(0?\d{1,3}\)\s?|0\d{1,2}[\s.-])?\d{3,4}-\d{4}(?!\d)",  # phones
            r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?!\d)(?:\s?(?:[ap]\.?m\.?|AM|PM)\b)?",  # clock times
            r"(?<![\d.])\d{1,2}시(?:\s?\d{1,2}분)?(?:\s?\d{1,2}초)?(?!간|즌|리즈|장|대|점|가|총)",  # 15시 21분
            r"(?m:^[ \t]*(?:\d{1,2}[.)]|\(\d{1,2}\)|[①-⑳])(?=\s))",  # list numbering
            r"제\s?\d+",  # 제1조, 제3자: ordinals of articles and parties
            r"(?<![\w$€£¥₩])[A-Za-z]+[-‐]?\d+(?:\.\d+)*[A-Za-z]*(?![\w%])",  # GPT-4, H100, S24
            r"\b[vV]\d+(?:\.\d+)+\b",  # v2.0.1
            r"\(\d{6}\)|\b\d{6}\.K[SQ]\b",  # stock codes (005930)
        ]
    )
)
_CURRENCY_CODE = re.compile(r"(?:USD|EUR|KRW|JPY|CNY|RMB|GBP|INR|AUD|CAD|HKD|SGD|TWD|CHF|US|Rs|HK|NT)$")


def guarded_spans(text: str) -> list[tuple[int, int]]:
    """Spans whose digits must not be read as quantities."""
    spans = []
    for m in _GUARDS.finditer(text):
        letters = re.match(r"[A-Za-z]+", m.group())
        if letters and _CURRENCY_CODE.fullmatch(letters.group()):
            continue  # EUR29.99: a currency code glued to its amount, not a model name
        spans.append((m.start(), m.end()))
    return spans
