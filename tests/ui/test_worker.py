"""The background-job worker: results on the GUI thread, cancel, failures in words, progress panel."""

from __future__ import annotations

import contextlib
import http.server
import socket
import threading
import time

import pytest
import requests
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from assistant.ui import worker
from assistant.ui.worker import JobCancelled, Op, register_error_text


class ShelfEmpty(Exception):
    pass


@pytest.fixture
def page(qtbot):
    w = QWidget()
    w.resize(800, 600)
    lay = QVBoxLayout(w)
    edit = QLineEdit(w)
    edit.setAccessibleName("Eingabe")
    lay.addWidget(edit)
    qtbot.addWidget(w)
    w.show()
    edit.setFocus()
    yield w
    worker.shutdown()


def test_success_arrives_on_gui_thread(qtbot, page):
    seen = {}

    def job(cancel):
        seen["job_thread"] = QThread.currentThread()
        return 41 + 1

    def ok(result):
        seen["result"] = result
        seen["cb_thread"] = QThread.currentThread()

    Op(job, parent=page).success(ok).run_in_background()
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["cb_thread"] is QApplication.instance().thread()
    assert seen["job_thread"] is not QApplication.instance().thread()
    assert worker.running_jobs() == 0


def test_failure_is_said_in_plain_words(qtbot, page):
    register_error_text(ShelfEmpty, lambda e: ("Das Regal ist leer. Kommen Sie morgen wieder.", False))
    got = []

    def job(cancel):
        raise ShelfEmpty("internal detail")

    Op(job, parent=page).failure(got.append).run_in_background()
    qtbot.waitUntil(lambda: bool(got))
    assert got[0].text == "Das Regal ist leer. Kommen Sie morgen wieder."
    assert got[0].can_retry is False
    assert isinstance(got[0].error, ShelfEmpty)


def test_unknown_error_gets_a_calm_general_text(qtbot, page, caplog):
    got = []
    Op(lambda c: {}["missing"], parent=page).failure(got.append).run_in_background()
    qtbot.waitUntil(lambda: bool(got))
    assert "nicht geklappt" in got[0].text
    assert "missing" not in got[0].text  # no internals on screen
    assert any("background job failed" in r.message for r in caplog.records)


def test_cancel_ends_a_slow_http_call_at_once(qtbot, page):
    """A real loopback server that answers after 5 s; the hook closes the session."""
    release = threading.Event()

    class Slow(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            release.wait(5)
            try:
                self.send_response(200)
                self.end_headers()
                self.wfile.write(b"late")
            except OSError:
                pass

        def log_message(self, *a):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    events = []

    def job(cancel):
        session = requests.Session()
        cancel.add_hook(session.close)
        sock_holder = {}

        # requests cannot be interrupted by closing the session on every platform; shut the socket
        def hard_close():
            s = sock_holder.get("sock")
            if s is not None:
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

        cancel.add_hook(hard_close)
        with socket.create_connection(("127.0.0.1", server.server_address[1])) as conn:  # closed when the job ends
            sock_holder["sock"] = conn
            if cancel.is_set():
                hard_close()
            conn.sendall(b"GET / HTTP/1.0\r\nHost: x\r\n\r\n")
            data = conn.recv(100)
        if cancel.is_set():
            raise JobCancelled()
        return data

    try:
        op = Op(job, parent=page).with_progress("Das dauert etwas …")
        op.success(lambda r: events.append(("ok", r))).cancelled(lambda: events.append(("cancelled",)))
        job_handle = op.run_in_background()
        panel = job_handle._panel
        qtbot.waitUntil(lambda: panel.isVisible(), timeout=2000)
        assert panel.cancel_button.hasFocus()
        assert panel.cancel_button.height() >= 56
        assert panel.cancel_button.accessibleName() == "Abbrechen"
        t0 = time.monotonic()
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
        assert events == [("cancelled",)]  # at once, not when the thread ends
        qtbot.waitUntil(lambda: worker.running_jobs() == 0, timeout=2000)
        assert time.monotonic() - t0 < 1.5
        assert events == [("cancelled",)]  # the late answer is not delivered as success
    finally:
        release.set()
        server.shutdown()
        server.server_close()


def test_late_result_of_a_cancelled_write_is_kept(qtbot, page):
    gate = threading.Event()
    late, ok = [], []

    def job(cancel):
        gate.wait(5)
        return "booking-1"

    handle = Op(job, parent=page).success(ok.append).late(late.append).run_in_background()
    handle.cancel()
    gate.set()
    qtbot.waitUntil(lambda: bool(late))
    assert late == ["booking-1"] and ok == []


def test_closed_page_gets_no_callback(qtbot):
    w = QWidget()
    gate = threading.Event()
    called = []
    Op(lambda c: gate.wait(5) and 1, parent=w).success(called.append).failure(called.append).run_in_background()
    w.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(w))
    gate.set()
    qtbot.waitUntil(lambda: worker.running_jobs() == 0)
    assert called == []


def test_escape_cancels_and_focus_returns(qtbot, page):
    gate = threading.Event()
    events = []
    edit = page.findChild(QLineEdit)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    handle = (
        Op(lambda c: gate.wait(5), parent=page)
        .with_progress("Bitte warten")
        .cancelled(lambda: events.append("c"))
        .run_in_background()
    )
    panel = handle._panel
    qtbot.waitUntil(panel.isVisible)
    # Tab does not walk into the busy page underneath
    qtbot.keyClick(panel.cancel_button, Qt.Key.Key_Tab)
    assert panel.cancel_button.hasFocus()
    qtbot.keyClick(panel.cancel_button, Qt.Key.Key_Escape)
    assert events == ["c"]
    qtbot.waitUntil(edit.hasFocus)
    gate.set()


def test_fast_job_shows_no_flash(qtbot, page):
    got = []
    Op(lambda c: 1, parent=page).with_progress("kurz").success(
        lambda r: got.append([p.isVisible() for p in page.findChildren(worker.ProgressPanel)])
    ).run_in_background()
    qtbot.waitUntil(lambda: bool(got))
    assert not any(got[0])  # hidden before the result is handed over, never shown
