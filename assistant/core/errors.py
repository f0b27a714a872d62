"""Typed errors of the core. Each carries what a person needs to hear, not a traceback.

The UI turns them into translated, plain-language messages; ``detail`` names the file or step
for the people who maintain the content.
"""

from __future__ import annotations


class LotseError(Exception):
    """Base of every error the core raises on purpose."""

    def __init__(self, detail: str, *, source: str = "") -> None:
        super().__init__(detail)
        self.detail = detail
        self.source = source  # a file name, step id or URL (never a secret)

    def __str__(self) -> str:
        return f"{self.source}: {self.detail}" if self.source else self.detail


class ContentError(LotseError):
    """A guide or city profile file is broken or does not fit the schema."""


class UnknownGuideError(LotseError):
    """A guide id that no guide file provides."""


class StateFileError(LotseError):
    """A settings or resume file could not be read; it was put aside, not overwritten."""
