"""Throughput of the per-document pipeline on one core, against trafilatura alone.

Runs ``warchest extract``'s work in-process over the dev corpus (its ``.txt``
articles and ``.html`` pages), with the resources loaded once and that load timed
on its own. As the baseline, in the same run and on the same pages,
``trafilatura.extract`` alone: what it costs just to get the text out of a page,
which is the floor for any pipeline that starts from HTML.

    python bench/throughput.py [--corpus DIR] [--passes N] [--out bench/RESULTS.md]

The files are read and sniffed (``warchest.sources``) before any timing, so each
pass starts from RawDocs in memory and disk time is not measured; each figure is
the best of the passes (the least disturbed by other processes).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import platform
import resource
import sys
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Callable, Sequence

from warchest.model import Document, RawDoc
from warchest.page import to_document
from warchest.pipeline import Resources, analyze_document
from warchest.sources import read_path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
PACKAGES = ("warchest", "trafilatura", "kiwipiepy", "charset-normalizer", "lxml")


@dataclass(frozen=True)
class Article:
    """One corpus file as ``warchest extract`` reads it: sniffed, in memory."""

    path: Path
    raw: RawDoc

    @property
    def is_page(self) -> bool:
        return self.path.suffix == ".html"


@dataclass(frozen=True)
class Timing:
    """The best of several passes over the same articles."""

    name: str
    articles: int
    chars: int  # characters of clean text produced in one pass
    seconds: float  # wall time of the best pass
    cpu_seconds: float  # process CPU time of that pass (all threads)

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds

    @property
    def per_cpu_second(self) -> float:
        return self.articles / self.cpu_seconds


def pin_to_one_core() -> str:
    """Run on a single CPU so the figures are per core; say which, or why not."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity on this platform)"
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return f"pinned to CPU {cpu}"


def load_corpus(folder: Path) -> list[Article]:
    paths = sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html"))
    if not paths:
        sys.exit(f"error: {folder}: no .txt or .html articles")
    return [Article(p, raw) for p in paths for raw in read_path(str(p))]


def best_of(name: str, passes: int, articles: Sequence[Article], work: Callable[[Article], int]) -> Timing:
    """Time ``work`` over every article ``passes`` times and keep the pass that took the
    least CPU time; ``work`` returns the characters of clean text it produced."""
    best: Timing | None = None
    for _ in range(passes):
        gc.collect()
        wall, cpu = time.perf_counter(), time.process_time()
        chars = sum(work(a) for a in articles)
        timing = Timing(name, len(articles), chars, time.perf_counter() - wall, time.process_time() - cpu)
        if best is None or timing.cpu_seconds < best.cpu_seconds:
            best = timing
    assert best is not None
    return best


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{cpu}, {os.cpu_count()} logical CPUs, {platform.system()} {platform.release()}",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "versions": ", ".join(f"{p} {_version(p)}" for p in PACKAGES),
    }


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "absent"


def run(corpus: Path, passes: int) -> dict:
    import trafilatura

    pinned = pin_to_one_core()
    articles = load_corpus(corpus)
    pages = [a for a in articles if a.is_page]
    texts = [a for a in articles if not a.is_page]
    rss_before = peak_rss_mib()

    start = time.perf_counter()
    resources = Resources.load()
    load_seconds = time.perf_counter() - start
    rss_loaded = peak_rss_mib()

    def document(article: Article) -> Document:
        return to_document(article.raw)

    def pipeline(article: Article) -> int:
        return len(analyze_document(document(article), resources).document.text)

    def page_stage(article: Article) -> int:
        return len(document(article).text)

    def baseline(article: Article) -> int:
        return len(trafilatura.extract(article.raw.data) or "")

    load_average = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    timings = {
        "cold": best_of("pipeline, first pass (lexicons compiled, caches filled)", 1, articles, pipeline),
        "all": best_of("pipeline, all articles", passes, articles, pipeline),
        "texts": best_of("pipeline, .txt articles", passes, texts, pipeline),
        "pages": best_of("pipeline, .html pages", passes, pages, pipeline),
        "page_stage": best_of("page stage alone (to_document), .html pages", passes, pages, page_stage),
        "baseline": best_of("trafilatura.extract alone, .html pages", passes, pages, baseline),
    }
    return {
        **machine(),
        "pinned": pinned,
        "load_average": load_average,
        "corpus": f"{corpus} ({len(texts)} .txt, {len(pages)} .html, {sum(len(a.raw.data) for a in articles):,} bytes)",
        "passes": passes,
        "load_seconds": load_seconds,
        "rss_before": rss_before,
        "rss_loaded": rss_loaded,
        "rss_peak": peak_rss_mib(),
        "claims": sum(len(analyze_document(document(a), resources).claims) for a in articles),
        "timings": timings,
    }


def render(result: dict) -> str:
    t = result["timings"]
    rows = "\n".join(
        f"| {x.name} | {x.articles} | {x.cpu_seconds * 1000:.0f} ms | **{x.per_cpu_second:.1f}** "
        f"| {x.chars / x.cpu_seconds / 1000:.0f}k | {x.per_second:.1f} |"
        for x in t.values()
    )
    ratio = t["pages"].per_cpu_second / t["baseline"].per_cpu_second
    return f"""# Throughput

Measured by `make bench` (`python bench/throughput.py`) in one process, {result["pinned"]}:

- date: {result["date"]}
- machine: {result["machine"]}; load average {result["load_average"]:.1f} when the timing began
- python: {result["python"]}
- versions: {result["versions"]}
- corpus: {result["corpus"]}
- each row but the first is the best of {result["passes"]} passes; files are read and sniffed before timing

| run | articles | CPU time | articles/s per core | clean-text chars/s per core | articles/s, wall clock |
|---|---:|---:|---:|---:|---:|
{rows}

- **Ratio to the baseline:** on the same HTML pages, the whole pipeline (page, sentences,
  morphology, quantities, entities, claims) does {t["pages"].per_cpu_second:.1f} pages per CPU-second
  against {t["baseline"].per_cpu_second:.1f} for `trafilatura.extract` alone: {ratio:.2f}× the
  baseline's speed, or {1 / ratio:.1f}× its cost per page.
- **Resource load** (gazetteer, lexicons, Kiwi with the user words): {result["load_seconds"]:.2f} s
  wall clock, once per process.
- **Peak memory (RSS):** {result["rss_before"]:.0f} MiB before loading, {result["rss_loaded"]:.0f} MiB
  after loading the resources, {result["rss_peak"]:.0f} MiB at the end of the run.
- Claims extracted in one pass over the corpus: {result["claims"]}.

Per-core figures divide by the process's CPU time, so they hold where other
processes share the machine (the wall-clock column does not) and count any
threads a library starts. The first pass pays for compiling the lexicons and
filling the per-process caches; a long batch pays that once.
"""


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of .txt and .html articles")
    parser.add_argument("--passes", type=int, default=3, help="timed passes per measurement (best is kept)")
    parser.add_argument("--out", type=Path, help="write the results as Markdown here (default: print them)")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        sys.exit(f"error: {args.corpus}: not a folder (pass --corpus)")
    report = render(run(args.corpus, max(1, args.passes)))
    if args.out:
        args.out.write_text(report, encoding="utf-8")
        print(f"wrote {args.out}")
    print(report)


if __name__ == "__main__":
    main()
