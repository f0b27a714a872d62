"""One owner for a person's visit (issue 10): forgetting runs every registered part, a failing part
never stops the rest, nothing is found through ``sys.modules``, and the window's context has no
attribute set at run time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from assistant.core import visit as visit_mod
from assistant.core.visit import Visit, forget_at_visit_end, registered_forgets

ROOT = Path(__file__).resolve().parents[2]


def test_visit_end_runs_every_registered_forget_even_after_a_failure(monkeypatch):
    monkeypatch.setattr(visit_mod, "_FORGETS", [])
    ran = []

    def first():
        ran.append("first")

    def broken():
        raise OSError("disk gone")

    def last():
        ran.append("last")

    for f in (first, broken, last, first):  # registering twice runs once
        forget_at_visit_end(f)
    assert registered_forgets() == (first, broken, last)
    failed = Visit().end()
    assert ran == ["first", "last"]
    assert failed == [broken.__qualname__]


def test_modules_holding_personal_state_register_when_loaded():
    code = (
        "from assistant.core.visit import registered_forgets\n"
        "import assistant.portal.secrets as s, assistant.ui.portal.servers as ps, "
        "assistant.ui.portal.common as c, assistant.ui.eid.connection as e\n"
        "f = registered_forgets()\n"
        "assert s.forget_held_secrets in f and ps.reset_sessions in f, f\n"
        "assert c.draft_writer.forget in f and e.PRACTICE.stop in f, f\n"
        "s.hold_booking_secret('r', 'p', 'k')\n"
        "from assistant.core.visit import forget_registered\n"
        "assert forget_registered() == []\n"
        "assert s._held == {}\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(ROOT)}
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]


def test_registry_forgets_start_with_the_registered_ones():
    pytest.importorskip("PySide6")
    from assistant.ui.capabilities import Registry

    assert Registry().forgets == [visit_mod.forget_registered]


def test_no_sys_modules_lookup_for_forgetting():
    hits = []
    for p in (ROOT / "assistant").rglob("*.py"):
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            if "sys.modules.get(" in line:
                hits.append(f"{p.relative_to(ROOT)}:{n}")
    assert hits == []


def test_context_takes_no_attribute_at_run_time(tmp_path, monkeypatch):
    from assistant.app import AppContext
    from assistant.core.settings import Settings

    ctx = AppContext(settings=Settings(), registry=None)
    assert isinstance(ctx.visit, Visit)
    with pytest.raises(AttributeError):
        ctx.staff_locked = True  # the old run-time attribute: now only ctx.visit.staff_locked


def test_pages_reach_the_roles_controller_through_the_visit_not_find_child():
    hits = [
        f"{p.relative_to(ROOT)}:{n}"
        for p in (ROOT / "assistant").rglob("*.py")
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if "findChild(RolesController)" in line
    ]
    assert hits == []
