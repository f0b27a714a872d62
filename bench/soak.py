"""Soak: a long day at a counter in a few seconds. Does memory creep, do windows pile up?

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/soak.py            # 5,000 steps, 500 portal calls
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/soak.py --steps 20000 --portal-calls 2000 --json

It builds the real main window the way ``assistant.app`` does (real guides, real capabilities, a
throw-away user folder, no deployment file, no real keyring) and then

* changes steps ``--steps`` times through the window's public methods — ``open_guide``, ``answer``,
  ``forward``, ``outcome``, ``go_back``, ``go_home`` — walking every guide by seeded random answers,
  opening and closing Help, changing the text size and the language now and then. An action step shows
  its capability page (the card check through AusweisApp, the booking), which the soak finishes through
  the page's ``finished`` signal with one of the step's outcomes (``--no-actions``: the step takes the
  outcome directly, no page);
* makes ``--portal-calls`` calls against the practice portal on 127.0.0.1 through the portal clients,
  each one through the UI worker (``assistant.ui.worker.Op``), as the pages do: catalogue routes,
  ZMS offices/free days/reserve/cancel, Open311 services/definitions/status.

Both run interleaved. The first 10 % of each are a warm-up (imports, caches, font glyphs); then the
baseline is taken. It prints (the baseline measured in the same run):

* memory growth: RSS at the end minus RSS after the warm-up (target ≤ 5 MiB), and as % of the baseline;
* leaked top-level widgets: ``QApplication.topLevelWidgets()`` after closing the window that were not
  there before it opened (target 0), and those visible while the window lives, warm-up vs. end;
* Python objects (``gc``) after the warm-up vs. the end;
* the time of a step change and of a portal call, the last 10 % vs. the first 10 % after warm-up
  (a ratio near 1.0 means nothing slows down over the day).

Exit code 0 when both targets are met, 1 otherwise. Runs on Python 3.11 (PySide6 < 6.12) and 3.12+.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QObject

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MIB = 1024 * 1024
GROWTH_TARGET_MIB = 5.0


def rss_bytes() -> int:
    """Resident memory now (not the peak): /proc on Linux, the task info elsewhere via resource's peak."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:  # pragma: no cover - not Linux
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak if sys.platform == "darwin" else peak * 1024


def settle(app) -> None:
    """Let deferred deletes run and hand freed memory back, so RSS shows what is really kept."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
    gc.collect()
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError):
            pass


class StepDriver:
    """Walks the guides through the window's public methods, one step change per ``step()``."""

    def __init__(self, window, rng: random.Random) -> None:
        from assistant.core.engine import UNAVAILABLE

        self.w = window
        self.rng = rng
        self.unavailable = UNAVAILABLE
        self.guides = list(window.ctx.library.ids())
        if not self.guides:
            raise SystemExit("soak: no guides found - nothing to walk through")
        self.next_guide = 0
        self.changes = 0
        self.kinds: dict[str, int] = {}

    def _count(self, kind: str) -> None:
        self.changes += 1
        self.kinds[kind] = self.kinds.get(kind, 0) + 1

    def step(self) -> None:
        w = self.w
        n = self.changes
        if w.run is None or w.screen_id in ("home", "more"):
            gid = self.guides[self.next_guide % len(self.guides)]
            self.next_guide += 1
            w.open_guide(gid)
            self._count("open_guide")
            return
        if n % 97 == 0:  # now and then: Help and back (two screen changes)
            w.show_help()
            w.close_help()
            self._count("help")
            return
        if w.run.can_go_back and self.rng.random() < 0.12:
            w.go_back()
            self._count("go_back")
            return
        step = w.run.current
        if step.is_end:
            w.go_home()
            self._count("go_home")
        elif step.type == "question" and step.answers:
            w.answer(self.rng.randrange(len(step.answers)))
            self._count("answer")
        elif step.type in ("info", "checklist") and step.next:
            w.forward()
            self._count("forward")
        elif step.type == "action":
            page = w.page
            if w.screen_id.startswith("action:") and hasattr(page, "finished"):
                # a capability page (the card check, the booking) is shown: it finishes the way the
                # capability contract says, with one of the step's outcomes
                page.finished.emit(self.rng.choice(sorted(step.outcomes)) if step.outcomes else self.unavailable)
                self._count("capability page")
            else:
                w.outcome(self.rng.choice(sorted(step.outcomes)) if step.outcomes else self.unavailable)
                self._count("outcome")
        else:  # a step with nowhere to go: start again
            w.go_home()
            self._count("go_home")


class PortalDriver:
    """Portal calls through the real clients, each in the UI worker like the pages make them."""

    def __init__(self, clients, rng: random.Random) -> None:
        self.c = clients
        self.rng = rng
        self.calls = 0
        self.failures = 0
        self.kinds: dict[str, int] = {}
        self._pending = ("", None)
        self._prepare()

    def _prepare(self) -> None:
        o = self.c.appointments.offices_and_services()
        self.pairs = sorted({(str(office), str(service)) for office, service, _slots in o.relations})
        self.leika = [t.leika for t in self.c.catalogue.tasks()][:6] or [None]
        groups = self.c.reports.services()
        self.service_codes = [s.code for g in groups for s in g.services][:6]

    def _jobs(self):
        c, rng = self.c, self.rng
        office, service = rng.choice(self.pairs)
        jobs = [
            ("catalogue.routes", lambda cancel: c.catalogue.routes(rng.choice(self.leika), cancel=cancel)),
            ("zms.offices", lambda cancel: c.appointments.offices_and_services(cancel=cancel)),
            ("zms.free_days", lambda cancel: c.appointments.free_days(office, service, cancel=cancel)),
            ("open311.services", lambda cancel: c.reports.services(cancel=cancel)),
        ]
        if self.service_codes:
            code = rng.choice(self.service_codes)
            jobs.append(("open311.definition", lambda cancel: c.reports.definition(code, cancel=cancel)))
        return jobs

    def start(self, parent, on_done) -> None:
        """Start one call in the UI worker; ``on_done(name, ok)`` runs on the GUI thread when it is back."""
        from assistant.ui.worker import Op

        name, job = self.rng.choice(self._jobs())
        if self.calls % 25 == 24:  # a booking reserved and cancelled again (a write, two requests)
            name, job = "zms.reserve+cancel", self._reserve_and_cancel
        self._pending = (name, on_done)
        Op(job, parent=parent).success(self._succeeded).failure(self._failed).run_in_background()

    def _succeeded(self, _result) -> None:
        self._finish(True)

    def _failed(self, _failure) -> None:
        self.failures += 1
        self._finish(False)

    def _finish(self, ok: bool) -> None:
        name, on_done = self._pending
        self.calls += 1
        self.kinds[name] = self.kinds.get(name, 0) + 1
        on_done(name, ok)

    def _reserve_and_cancel(self, cancel):
        c = self.c.appointments
        for office, service in self.rng.sample(self.pairs, len(self.pairs)):
            days = c.free_days(office, service, cancel=cancel)
            slots = [t for d in days for t in d.times]
            if slots:
                appt = c.reserve(office, service, slots[0], cancel=cancel)
                return c.cancel_appointment(appt, cancel=cancel)
        return None


class Soak(QObject):
    """Runs the rounds inside a real Qt event loop, one round per turn of the loop, as the program
    lives: deferred deletes, queued worker results and timers run between rounds exactly as in
    ``app.exec()`` (a loop of ``processEvents()`` would never delete a page: Qt runs deferred deletes
    only when control returns to an event loop)."""

    def __init__(self, app, window, steps: StepDriver, calls: PortalDriver, args, t_start: float) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        super().__init__()
        self.app, self.w, self.steps, self.calls, self.args, self.t_start = app, window, steps, calls, args, t_start
        self.total_steps, self.total_calls = args.steps, args.portal_calls
        self.warm_steps, self.warm_calls = max(1, args.steps // 10), max(1, args.portal_calls // 10)
        self.ratio = max(1, args.steps // max(args.portal_calls, 1))  # a call after every `ratio` steps
        self.step_times: list[float] = []
        self.call_times: list[float] = []
        self.baseline: dict | None = None
        self.round = 0
        self._call_started = 0.0
        self.loop = QEventLoop()
        self.timer = QTimer(self)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.tick)
        self.watchdog = QTimer(self)
        self.watchdog.setSingleShot(True)
        self.watchdog.timeout.connect(self.stuck)
        self.failed = ""

    def run(self) -> None:
        self.timer.start()
        self.watchdog.start(3600 * 1000)
        self.loop.exec()
        self.timer.stop()
        self.watchdog.stop()
        if self.failed:
            raise SystemExit(self.failed)

    def stuck(self) -> None:
        self.failed = f"soak: no end after an hour ({self.steps.changes} steps, {self.calls.calls} calls)"
        self.loop.quit()

    def done(self) -> bool:
        return self.steps.changes >= self.total_steps and self.calls.calls >= self.total_calls

    def tick(self) -> None:
        from PySide6.QtWidgets import QApplication

        if self.done():
            self.timer.stop()
            self.loop.quit()
            return
        i = self.round
        self.round += 1
        if self.steps.changes < self.total_steps:
            t = time.perf_counter()
            self.steps.step()
            self.step_times.append(time.perf_counter() - t)
        if i % 500 == 250:
            self.w.change_zoom(+25)
            self.w.change_zoom(-25)
        if i % 1500 == 750:
            self.w.set_language("en")
            self.w.set_language("de")
        if self.args.progress and i % 500 == 0:
            print(
                f"soak: {self.steps.changes} step changes, {self.calls.calls} portal calls, "
                f"{rss_bytes() / MIB:.1f} MiB, {time.perf_counter() - self.t_start:.0f} s",
                file=sys.stderr,
                flush=True,
            )
        if self.baseline is None and self.steps.changes >= self.warm_steps and self.calls.calls >= self.warm_calls:
            settle(self.app)
            self.baseline = {
                "rss": rss_bytes(),
                "objects": len(gc.get_objects()),
                "visible_top_levels": sum(1 for w in QApplication.topLevelWidgets() if w.isVisible()),
                "step_index": len(self.step_times),
                "call_index": len(self.call_times),
            }
        if self.calls.calls < self.total_calls and (
            i % self.ratio == self.ratio - 1 or self.steps.changes >= self.total_steps
        ):
            self.timer.stop()  # the next round waits for the answer, as a person waits for the page
            self._call_started = time.perf_counter()
            self.calls.start(self.w.page, self.call_back)

    def call_back(self, _name: str, _ok: bool) -> None:
        self.call_times.append(time.perf_counter() - self._call_started)
        self.timer.start()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--steps", type=int, default=5000, help="step changes (default 5000)")
    p.add_argument("--portal-calls", type=int, default=500, help="portal calls (default 500)")
    p.add_argument("--seed", type=int, default=6)
    p.add_argument("--json", action="store_true", help="also print the figures as one JSON line")
    p.add_argument("--progress", action="store_true", help="print progress to stderr every 500 rounds")
    p.add_argument(
        "--no-actions",
        dest="actions",
        action="store_false",
        help="do not show the capability pages of action steps (by default they are shown - the card "
        "check, the booking - and finished through their finished signal)",
    )
    args = p.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = tempfile.TemporaryDirectory(prefix="lotse-soak-")
    os.environ["LOTSE_HOME"] = home.name
    os.environ["LOTSE_DEPLOY_CONFIG"] = str(Path(home.name) / "no-deployment.conf")

    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    keyring.set_keyring(NoKeyring())  # never the person's real keyring
    from PySide6.QtWidgets import QApplication

    from assistant.app import build_context
    from assistant.portal.config import open_clients, portal_config
    from assistant.portal.practice_server import PracticePortal
    from assistant.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Lotse")
    top_before = set(QApplication.topLevelWidgets())
    portal = PracticePortal().start()
    t_start = time.perf_counter()
    try:
        ctx = build_context(app)
        window = MainWindow(ctx, offer_resume=False, actions_enabled=args.actions)
        window.resize(1200, 860)
        window.show()
        settle(app)
        if ctx.city is None:
            raise SystemExit("soak: the city profile could not be read: " + "; ".join(ctx.notices))
        clients = open_clients(portal_config(ctx.city, ctx.language), practice=portal)
        rng = random.Random(args.seed)
        steps = StepDriver(window, rng)

        soak = Soak(app, window, steps, PortalDriver(clients, rng), args, t_start)
        soak.run()
        calls, baseline, step_times, call_times = soak.calls, soak.baseline, soak.step_times, soak.call_times
        window.go_home()
        window.wait_for_saving()
        settle(app)
        end = {
            "rss": rss_bytes(),
            "objects": len(gc.get_objects()),
            "visible_top_levels": sum(1 for w in QApplication.topLevelWidgets() if w.isVisible()),
        }
        elapsed = time.perf_counter() - t_start
        window.read_aloud.stop()
        window.close()
        window.deleteLater()
        if ctx.translations is not None:
            ctx.translations.uninstall()
        settle(app)
        leaked = [w for w in QApplication.topLevelWidgets() if w not in top_before]
    finally:
        portal.stop()

    assert baseline is not None

    def window_mean(times: list[float], start: int, last: bool) -> float:
        part = times[start:]
        n = max(1, len(part) // 10)
        chunk = part[-n:] if last else part[:n]
        return sum(chunk) / len(chunk) * 1000 if chunk else 0.0

    growth = (end["rss"] - baseline["rss"]) / MIB
    figures = {
        "python": sys.version.split()[0],
        "pyside6": __import__("PySide6").__version__,
        "step_changes": steps.changes,
        "portal_calls": calls.calls,
        "portal_failures": calls.failures,
        "seconds": round(elapsed, 1),
        "rss_baseline_mib": round(baseline["rss"] / MIB, 1),
        "rss_end_mib": round(end["rss"] / MIB, 1),
        "rss_growth_mib": round(growth, 2),
        "rss_growth_percent": round(100 * growth * MIB / baseline["rss"], 2),
        "python_objects_baseline": baseline["objects"],
        "python_objects_end": end["objects"],
        "visible_top_levels_baseline": baseline["visible_top_levels"],
        "visible_top_levels_end": end["visible_top_levels"],
        "leaked_top_level_widgets": len(leaked),
        "leaked_kinds": sorted({type(w).__name__ for w in leaked}),
        "step_ms_first": round(window_mean(step_times, baseline["step_index"], last=False), 2),
        "step_ms_last": round(window_mean(step_times, baseline["step_index"], last=True), 2),
        "call_ms_first": round(window_mean(call_times, baseline["call_index"], last=False), 2),
        "call_ms_last": round(window_mean(call_times, baseline["call_index"], last=True), 2),
        "step_kinds": steps.kinds,
        "call_kinds": calls.kinds,
    }
    ok = growth <= GROWTH_TARGET_MIB and not leaked
    f = figures
    print(f"Lotse soak - Python {f['python']}, PySide6 {f['pyside6']}, {f['seconds']} s")
    print(
        f"  step changes        {f['step_changes']:>7}   ({', '.join(f'{k} {v}' for k, v in sorted(steps.kinds.items()))})"
    )
    print(
        f"  portal calls        {f['portal_calls']:>7}   ({f['portal_failures']} failed; "
        f"{', '.join(f'{k} {v}' for k, v in sorted(calls.kinds.items()))})"
    )
    print(
        f"  memory (RSS)        {f['rss_baseline_mib']:.1f} MiB after warm-up -> {f['rss_end_mib']:.1f} MiB at the end"
    )
    print(
        f"  memory growth       {f['rss_growth_mib']:+.2f} MiB ({f['rss_growth_percent']:+.2f} % of the baseline; "
        f"target <= {GROWTH_TARGET_MIB:.0f} MiB)  {'OK' if growth <= GROWTH_TARGET_MIB else 'TOO MUCH'}"
    )
    print(
        f"  leaked top-levels   {f['leaked_top_level_widgets']:>7}   (target 0{'; ' + ', '.join(f['leaked_kinds']) if leaked else ''})"
        f"  {'OK' if not leaked else 'LEAK'}"
    )
    print(
        f"  visible top-levels  {f['visible_top_levels_baseline']} after warm-up, {f['visible_top_levels_end']} at the end"
    )
    print(f"  Python objects      {f['python_objects_baseline']} after warm-up -> {f['python_objects_end']} at the end")
    ratio_s = f["step_ms_last"] / f["step_ms_first"] if f["step_ms_first"] else 0.0
    ratio_c = f["call_ms_last"] / f["call_ms_first"] if f["call_ms_first"] else 0.0
    print(f"  step change         {f['step_ms_first']:.2f} ms early, {f['step_ms_last']:.2f} ms late (x{ratio_s:.2f})")
    print(f"  portal call         {f['call_ms_first']:.2f} ms early, {f['call_ms_last']:.2f} ms late (x{ratio_c:.2f})")
    if args.json:
        print(json.dumps(figures, sort_keys=True))
    home.cleanup()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
