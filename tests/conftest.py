"""Shared fixtures: paths to the shipped fixtures and the shared dev corpus."""

from __future__ import annotations

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
