"""Bytes in: files, directories, stdin, HTML, WARC, RSS/Atom and JSONL become RawDocs.

The content decides how an input is read (see ``sniff``), never its extension.
Each input yields RawDocs or a WarchestError naming it, so one bad file never
stops a batch; a file of a walked folder that is not a document at all is a
Skipped value (``skips``). Limits on size and item counts come from one ``Limits`` value.
"""

from .documents import iter_documents
from .files import expand
from .limits import DEFAULT_LIMITS, Limits
from .reader import iter_path, iter_raw, read_path
from .skips import NotADocument
from .sniff import Kind, sniff

__all__ = ["DEFAULT_LIMITS", "Kind", "Limits", "NotADocument", "expand", "iter_documents", "iter_path",
           "iter_raw", "read_path", "sniff"]
