"""Errors a user can cause. Each names the input it is about, so the CLI can print
``error: <input>: <message>`` and go on with the next input."""


class WarchestError(Exception):
    """Base of every error caused by input or configuration rather than by a bug."""

    def __init__(self, source: str, message: str):
        super().__init__(f"{source}: {message}")
        self.source = source
        self.message = message


class InputError(WarchestError):
    """The input cannot be read: missing, unreadable, too large, binary, empty."""


class DecodeError(WarchestError):
    """The bytes do not decode to text in any plausible encoding."""


class NotAnArticleError(WarchestError):
    """The input decodes but holds no article text (an empty page, a login wall)."""


class StoreError(WarchestError):
    """The store file is missing, locked, corrupt or of a newer schema."""


class LimitError(InputError):
    """The input exceeds a configured limit (bytes, feed items, JSONL lines)."""
