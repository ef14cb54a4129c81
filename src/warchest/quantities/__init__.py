"""Money, numbers, percents, multiples and dates in Korean and English text.

Pure Python with no third-party dependency. ``find_quantities`` is the entry point.
"""

from __future__ import annotations

from ..model import QuantityLike


def find_quantities(text: str, published: str | None = None) -> list[QuantityLike]:
    """Every quantity in ``text`` in order of position; dates resolve against ``published``."""
    return []
