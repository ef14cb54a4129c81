"""warchest: an evidence-backed knowledge graph of the AI money and talent race.

The public surface is small: :func:`warchest.pipeline.analyze` turns one raw
document into an :class:`~warchest.model.Analysis`; everything else builds on it.
"""

__version__ = "0.1.0"
