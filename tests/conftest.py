"""Shared fixtures: paths to the shipped fixtures and the shared dev corpus."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


@pytest.fixture(scope="session")
def dev_corpus() -> Path:
    if not DEV_CORPUS.is_dir():
        pytest.skip("the shared dev corpus is not beside this checkout")
    return DEV_CORPUS


@pytest.fixture(scope="session")
def resources():
    from warchest.pipeline import default_resources

    return default_resources()


def run_cli(*args: str, stdin: bytes | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run the installed ``warchest`` command in a fresh process, as a user would."""
    return subprocess.run(
        [sys.executable, "-c", "from warchest.cli import app; app()", *args],
        input=stdin,
        capture_output=True,
        timeout=timeout,
        cwd=ROOT,
    )


@pytest.fixture(scope="session")
def cli():
    """``cli(*args)`` runs the CLI in a subprocess and returns the CompletedProcess (bytes)."""
    return run_cli


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory) -> Path:
    """A store built once per session from data/samples, as `make run` builds it.

    Tests that write must work on a copy (``shutil.copy``) of this file.
    """
    from warchest.store import ingest_paths

    db = tmp_path_factory.mktemp("sample-store") / "warchest.db"
    samples = ROOT / "data" / "samples"
    ingest_paths(sorted(str(p) for p in samples.iterdir() if p.suffix in (".txt", ".html")), db)
    return db
