"""The knowledge store: SQLite schema and migrations, ingest, consolidation into
events, audits, and the one query layer the CLI, the API and the dashboard share.

Public surface: ``open_store`` (db), ``ingest_paths`` / ``ingest_raw`` (ingest),
``rebuild`` (derive) and the functions of ``warchest.store.queries``.
"""

from ..errors import StoreError
from .db import integrity_problems, open_store
from .derive import rebuild
from .ingest import IngestResult, IngestSummary, ingest_paths, ingest_raw

__all__ = ["StoreError", "open_store", "integrity_problems", "rebuild", "ingest_paths", "ingest_raw",
           "IngestResult", "IngestSummary"]
