"""The one place tests find the shared reference data (AusweisApp transcripts, portal recordings).

It lives beside the repository, ``<repo root>/../shared`` (in CI too: a copy of shared/ is put next to
the clone); the environment variable ``LOTSE_SHARED`` names another folder. When it is missing, a test
that needs it skips with the reason — except when ``CI`` is set: then it fails, so CI can never skip
these tests silently. Mark such a test (or module) with ``@pytest.mark.shared_data`` or call
``require_shared(...)`` in it or in a fixture.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def shared_root() -> Path:
    return Path(os.environ.get("LOTSE_SHARED") or REPO.parent / "shared")


def shared_path(*parts: str) -> Path:
    """Where a part of the shared data is (not checked: use at import time, e.g. for parametrize)."""
    return shared_root().joinpath(*parts)


def require_shared(*parts: str) -> Path:
    """The path of a part of the shared data; skips the test (fails it under CI) when it is missing."""
    path = shared_path(*parts)
    if not path.exists():
        reason = (
            f"shared data not found: {path} (expected <repo>/../shared; set LOTSE_SHARED to "
            f"the folder that holds ausweisapp/ and portal/)"
        )
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must not skip these tests", pytrace=False)
        pytest.skip(reason)
    return path
