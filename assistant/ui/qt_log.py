"""Qt's own log messages, minus the ones that could show what a person typed.

With Qt's debug logging switched on (``QT_LOGGING_RULES="*.debug=true"``, a support case), the
category ``qt.text.font.cmap`` prints the characters looked up in a font — with "Ziffern zeigen"
on, the digits of a PIN. ``install()`` puts a message handler in front of Qt's that drops that
category whatever the logging rules say (they can be set from outside: the environment wins over
``QLoggingCategory.setFilterRules``). Everything else goes on to the handler before it.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QtMsgType, qFormatLogMessage, qInstallMessageHandler

DROPPED = ("qt.text.font.cmap",)  # categories that may print the text being shaped

_previous: Any = None
_installed = False


def _handler(mode: QtMsgType, context: Any, message: str) -> None:
    if (getattr(context, "category", None) or "") in DROPPED:
        return
    if _previous is not None:
        _previous(mode, context, message)
    else:
        sys.stderr.write(qFormatLogMessage(mode, context, message) + "\n")


def install() -> None:
    """Install once (the program's start); keeps whatever handler was there behind it."""
    global _previous, _installed
    if _installed:
        return
    _previous = qInstallMessageHandler(_handler)
    _installed = True
