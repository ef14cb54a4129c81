"""How much one input may hold: the defaults live here and nowhere else."""

from __future__ import annotations

from dataclasses import dataclass, replace

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Caps that keep one hostile or oversized input from exhausting the machine.

    ``max_bytes`` bounds a file, stdin, one decompressed stream and one WARC
    record alike, so a small gzip that inflates to gigabytes is refused as soon
    as it passes the cap. Override with ``dataclasses.replace`` or keywords.
    """

    max_bytes: int = 20 * MiB
    max_feed_items: int = 1000
    max_jsonl_lines: int = 100_000
    max_warc_records: int = 100_000

    def __post_init__(self) -> None:
        for name in ("max_bytes", "max_feed_items", "max_jsonl_lines", "max_warc_records"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1")

    def override(self, **values: int | None) -> "Limits":
        """These limits with the given ones replaced; None keeps the current value."""
        return replace(self, **{k: v for k, v in values.items() if v is not None})


DEFAULT_LIMITS = Limits()
