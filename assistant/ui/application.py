"""The running QApplication, typed as what it is (Qt's ``instance()`` promises only a QCoreApplication)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def application() -> QApplication:
    """The program's QApplication; every window of Lotse lives in one."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("Lotse's windows need a running QApplication")
    return app
