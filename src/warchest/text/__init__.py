"""Text analysis shared by every later stage: sentences, language, Korean morphology."""

from .lang import detect_lang
from .sentences import split_sentences

__all__ = ["detect_lang", "split_sentences"]
