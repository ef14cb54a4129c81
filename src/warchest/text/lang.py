"""Language identification for the two languages warchest reads.

The choice is between Korean and English only, so the share of Hangul among the
letters decides: Korean news is full of Latin names (AI, MS, CEO) but still far
above a quarter Hangul, while English news has none.
"""


def hangul_share(text: str) -> float:
    letters = hangul = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            if "\uac00" <= ch <= "\ud7a3" or "\u3131" <= ch <= "\u318e":
                hangul += 1
    return hangul / letters if letters else 0.0


def detect_lang(text: str) -> str:
    """Return "ko" or "en" for a text."""
    return "ko" if hangul_share(text[:20000]) >= 0.2 else "en"
