"""Drafts and the guide place after a crash: a real program process is killed with SIGKILL while a
report and a booking are half written. At home they come back on the next start; in a library
session and at a counter they are gone once the session ends (a counter: at the next start)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

CHILD = textwrap.dedent("""
    import json, os, sys
    from pathlib import Path
    import keyring
    from tests.memory_keyring import FileKeyring
    keyring.set_keyring(FileKeyring(os.environ["TEST_KEYRING"]))

    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from assistant.app import build_context
    from assistant.core import paths
    from assistant.ui.main_window import MainWindow
    from assistant.ui.roles import prepare
    from assistant.portal import drafts, secrets

    mode = sys.argv[1]
    roles = prepare(Path(os.environ["TEST_DEPLOY"]))
    ctx = build_context(app, lang=roles.language(None), city_id=roles.city(None))
    roles.apply_to_context(ctx)
    window = MainWindow(ctx, offer_resume=True)
    controller = roles.attach(window)
    controller._install_keyring_recorder()
    window.show()
    import time
    deadline = time.monotonic() + 30
    while (not getattr(ctx, "loaded", True) or window.screen_id in ("", "loading")) and time.monotonic() < deadline:
        app.processEvents()  # the window paints first, then reads the guides
        time.sleep(0.01)
    app.processEvents()

    def state():
        report = drafts.load_draft(drafts.ReportDraft)[0]
        booking = drafts.load_draft(drafts.BookingDraft)[0]
        return {
            "role": roles.role.value, "resumed": roles.started.resumed, "screen": window.screen_id,
            "report": report.description, "booking": booking.family_name,
            "appointments": [a.office_name for a in secrets.saved_appointments()[0]],
            "keyring": sorted(u for s, u in keyring.get_keyring().inner.entries() if not u.startswith("api-key:")),
            "files": sorted(
                str(p.relative_to(paths.base_home()))
                for p in paths.base_home().rglob("*")
                if p.is_file() and p.name != paths.FOLDER_MARKER
            ),
        }

    if mode == "work":
        window.open_guide("eid-pin")
        while window.run.current.type != "question":
            window.forward()
        window.answer(0)
        drafts.save_draft(drafts.ReportDraft(service_code="pothole", description="Halb geschrieben: Loch vor Haus 12",
                                             step="description"))
        drafts.save_draft(drafts.BookingDraft(office_name="Bürgerbüro", family_name="Mustermann", step="contact"))
        from datetime import datetime, timezone
        from assistant.portal.api import Appointment, AppointmentState
        secrets.remember_appointment(Appointment(process_id="4711", auth_key="SECRET-AUTH", state=AppointmentState.CONFIRMED,
                                                 start=datetime(2026, 12, 7, 9, 30, tzinfo=timezone.utc),
                                                 office_name="Bürgerbüro Mitte", service_name="Personalausweis"))
        app.processEvents()
        print("READY " + json.dumps(state()), flush=True)
        app.exec()  # waits here until it is killed
    else:
        app.processEvents()
        print("STATE " + json.dumps(state()), flush=True)
        if mode == "end":
            controller.end_session(quiet=True)
            app.processEvents()
            print("ENDED " + json.dumps(state()), flush=True)
        roles.close()
""")


@pytest.fixture
def run_child(tmp_path):
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        LOTSE_HOME=str(tmp_path / "home"),
        TEST_KEYRING=str(tmp_path / "keyring.json"),
        TEST_DEPLOY=str(tmp_path / "lotse.conf"),
        PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "tests")]),
    )

    def deploy(text: str) -> None:
        (tmp_path / "lotse.conf").write_text(text, encoding="utf-8")

    def work_and_kill() -> dict:
        with subprocess.Popen(  # the with closes its pipes (else: ResourceWarning)
            [sys.executable, str(script), "work"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        ) as proc:
            try:
                line = proc.stdout.readline()
                assert line.startswith("READY "), line + proc.stderr.read()
                os.kill(proc.pid, signal.SIGKILL)  # a crash: nothing is cleaned up
                assert proc.wait(timeout=30) == -signal.SIGKILL
            finally:
                if proc.poll() is None:
                    proc.kill()
        return json.loads(line.removeprefix("READY "))

    def start(mode: str = "check") -> list[dict]:
        out = subprocess.run(
            [sys.executable, str(script), mode], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
        )
        assert out.returncode == 0, out.stderr
        return [
            json.loads(line.split(" ", 1)[1])
            for line in out.stdout.splitlines()
            if line.startswith(("STATE ", "ENDED "))
        ]

    return deploy, work_and_kill, start


def test_at_home_the_drafts_and_the_place_come_back_after_kill_9(run_child):
    deploy, work_and_kill, start = run_child
    deploy("")  # no deployment file content: at home
    before = work_and_kill()
    assert before["role"] == "home" and before["report"].startswith("Halb geschrieben")
    assert len(before["keyring"]) == 1
    (after,) = start()
    assert after["screen"] == "resume"  # "Weitermachen, wo Sie aufgehört haben?"
    assert after["report"] == "Halb geschrieben: Loch vor Haus 12" and after["booking"] == "Mustermann"
    assert after["appointments"] == ["Bürgerbüro Mitte"] and after["keyring"] == before["keyring"]
    assert {"resume.json", "drafts/report.json", "drafts/booking.json"} <= set(after["files"])


def test_in_a_library_session_the_drafts_are_gone_after_the_session_ends(run_child):
    deploy, work_and_kill, start = run_child
    deploy("[lotse]\nrole = library\n[library]\nresume_after_crash_minutes = 15\n")
    before = work_and_kill()
    assert before["role"] == "library" and len(before["keyring"]) == 1
    assert all(f.startswith("session-") for f in before["files"])
    after, ended = start("end")
    # restarted right away: the person still sits there, the session goes on …
    assert after["resumed"] and after["screen"] == "resume" and after["report"].startswith("Halb geschrieben")
    # … and "Sitzung beenden" leaves nothing personal behind
    assert ended["report"] == "" and ended["booking"] == "" and ended["appointments"] == []
    assert ended["keyring"] == [] and ended["screen"] == "home"
    assert len(ended["files"]) == 1 and ended["files"][0].endswith("/session.json")
    (later,) = start()
    assert not later["resumed"] and later["report"] == "" and later["keyring"] == []


def test_a_crashed_library_session_is_gone_after_the_resume_time(run_child):
    deploy, work_and_kill, start = run_child
    deploy("[lotse]\nrole = library\n[library]\nresume_after_crash_minutes = 0\n")
    work_and_kill()
    (after,) = start()
    assert not after["resumed"] and after["screen"] == "home"
    assert after["report"] == "" and after["booking"] == "" and after["keyring"] == []
    assert len(after["files"]) == 1


def test_at_a_counter_nothing_survives_kill_9(run_child):
    deploy, work_and_kill, start = run_child
    deploy("[lotse]\nrole = counter\n[counter]\nfullscreen = no\n")
    before = work_and_kill()
    assert before["role"] == "counter" and len(before["keyring"]) == 1
    (after,) = start()
    assert not after["resumed"] and after["screen"] == "home"
    assert after["report"] == "" and after["booking"] == "" and after["appointments"] == []
    assert after["keyring"] == []  # the booking's secret is deleted from the keyring too
    assert len(after["files"]) == 1 and after["files"][0].endswith("/session.json")
