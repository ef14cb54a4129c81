"""HTTP API and dashboard over a warchest store: ``create_app(db_path, token)``."""

from .app import create_app

__all__ = ["create_app"]
