"""Money, numbers, percents, multiples and dates in Korean and English text.

Pure Python with no third-party dependency. ``find_quantities`` reads everything;
``find_published`` finds the publication date stated in an article's plain text.
Modules: ``numbers`` (numerals), ``money`` (currencies), ``qualifiers`` (약, up to),
``dates`` (absolute and relative dates), ``guards`` (digits that are not quantities),
``scan`` (numerals in context), ``published`` (bylines and datelines).
"""

from __future__ import annotations

from .dates import find_dates
from .published import find_published
from .scan import find_quantities

__all__ = ["find_dates", "find_published", "find_quantities"]
