"""A name for JSON as it arrives (from a file, AusweisApp or a portal) before a parser has checked it."""

from __future__ import annotations

from typing import Any, TypeAlias

JsonObject: TypeAlias = dict[str, Any]
"""A JSON object: names to JSON values not checked yet (the parsers turn them into typed dataclasses)."""
