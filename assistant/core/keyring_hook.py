"""What has to happen when the keyring is first opened (Qt-free; keyring itself is not imported here).

Importing ``keyring`` and finding its backend costs ≈ 16 MiB and ≈ 170 ms (bench/README.md), so
nothing opens it until a keyring entry is really read or written. The memory rules still have to
wrap the backend *before* the first entry is written (``Memory.install_keyring_recorder``): the
roles register that here with ``when_keyring_opens()``, and everything that uses the keyring for
personal data (``assistant.portal.secrets._keyring()``) calls ``keyring_opened()`` right after its
import and before it touches an entry. Callbacks run once, in the order they were registered; one
registered after the keyring was opened runs at once. A lock makes a second thread wait until the
callbacks have run, so no entry is written unrecorded.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

_lock = threading.RLock()
_pending: list[Callable[[], object]] = []
_opened = False


def when_keyring_opens(callback: Callable[[], object]) -> None:
    """Run ``callback()`` when the keyring is first opened (now, if it already is)."""
    with _lock:
        if not _opened:
            _pending.append(callback)
            return
    callback()


def keyring_opened(module: Any = None) -> None:
    """Call after importing ``keyring`` and before using it: runs the pending callbacks once.
    ``module`` (the imported keyring) is accepted for the caller's clarity; callbacks find it themselves."""
    global _opened
    if _opened:
        return  # the usual case after the first call: every callback has run
    with _lock:  # another thread waits here until the callbacks have run
        while _pending:
            _pending.pop(0)()
        _opened = True  # only now: until then a second caller must wait for the lock
