#!/usr/bin/env python3
"""Start-up, memory and step-change figures of the Lotse window against a bare PySide6 window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py [--runs 7]

Both are measured in the same run, each start in a fresh subprocess, alternating, median of the runs:

* start → first paint: from just before the process is started until the window's first paint
  has finished (both clocks are CLOCK_MONOTONIC). Target: Lotse ≤ 1.3 × bare. Lotse starts exactly
  as app.run() does (``app.start``: roles, Qt, settings, the window paints "Einen Moment bitte …"
  and the bar, then reads city, guides and capabilities); "the window alone" is the same without the
  roles and capability packages; "start → home tiles" says when the home screen has been painted.
* idle memory: resident set size (VmRSS) half a second after the first paint (Lotse: after its home
  screen is ready). Target: ≤ bare + 30 MiB. Both windows are 1200 × 860 px.
* step change: Lotse only — from an answer/Weiter/Zurück until the new step is laid out and painted
  (page built, place saved to resume.json, events processed), over a walk through the real guides.
  Target: median ≤ 16 ms.

The Lotse child uses a throw-away user folder, so a person's settings and place are never touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

# Only what a child needs is imported up here (json, statistics, subprocess and tempfile cost a
# child ≈ 15 ms that a bare PySide6 program would not spend); the parent imports the rest in main().

ROOT = Path(__file__).resolve().parent.parent


def rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def child(kind: str) -> None:
    if kind == "lotse":  # exactly as `python -m assistant` starts (app.start: roles, Qt, window, capabilities)
        sys.path.insert(0, str(ROOT))
        from assistant.app import start

        app, window, _roles = start(argparse.Namespace(lang=None, city=None, smoke_test=True))
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    result: dict[str, object] = {}
    if kind == "bare":
        app = QApplication(["bench"])
        window = QLabel("Guten Tag")
        window.resize(1200, 860)  # the same window size as Lotse's: same backing store, fair paint
    elif kind == "window":  # the window alone, without roles and capability packages
        app = QApplication(["bench"])
        sys.path.insert(0, str(ROOT))
        from assistant.app import build_context
        from assistant.ui.main_window import MainWindow

        window = MainWindow(build_context(app, load=False, capabilities=[]), offer_resume=False)

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and obj is window and not self.seen:
                self.seen = True
                QTimer.singleShot(0, after_paint)  # after this paint cycle has finished
            return False

    def after_paint() -> None:
        result["painted"] = time.monotonic()
        if kind != "bare":
            while window.screen_id == "loading":  # guides, city and capabilities are read now
                app.processEvents()
            window.repaint()
            result["ready"] = time.monotonic()
        QTimer.singleShot(500, idle)

    def idle() -> None:
        result["rss"] = rss_mib()
        if kind == "lotse":
            result["steps_ms"] = step_changes(app, window)
        import json

        print(json.dumps(result))
        app.quit()

    spy = FirstPaint()
    window.installEventFilter(spy)
    window.show()  # (app.start has shown it already; the first paint comes from the event loop)
    app.exec()


def step_changes(app, window) -> list[float]:
    """Walk the guides (answers in turn, Weiter, Zurück now and then), timing each change."""
    from assistant.core.engine import UNAVAILABLE

    times: list[float] = []
    ids = window.ctx.library.ids()
    n = 0
    for round_ in range(6):
        for gid in ids:
            window.open_guide(gid)
            app.processEvents()
            for _ in range(40):
                step = window.run.current
                t0 = time.perf_counter()
                if step.type == "end":
                    break
                if n % 5 == 4 and window.run.can_go_back:
                    window.go_back()
                elif step.type == "question":
                    window.answer((n + round_) % len(step.answers))
                elif step.type == "action":
                    window.outcome(UNAVAILABLE)
                else:
                    window.forward()
                app.processEvents()
                times.append((time.perf_counter() - t0) * 1000)
                n += 1
    return times


def measure(kind: str, home: str) -> dict:
    import json
    import subprocess

    # Bytecode as an installed program has it: the warm-up start compiles every module once into a
    # throw-away cache (never into the source tree), whatever PYTHONDONTWRITEBYTECODE says; without
    # it, modules edited since the last commit were compiled anew on every measured start.
    env = dict(os.environ, LOTSE_HOME=home, PYTHONPYCACHEPREFIX=os.path.join(home, "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind], env=env, capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    if done.returncode != 0:
        raise SystemExit(f"{kind} child failed:\n{done.stderr}")
    data = json.loads(done.stdout.strip().splitlines()[-1])
    data["startup_ms"] = (data["painted"] - start) * 1000
    if "ready" in data:
        data["ready_ms"] = (data["ready"] - start) * 1000
    return data


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--child", choices=["bare", "lotse", "window"], help=argparse.SUPPRESS)
    a = p.parse_args()
    if a.child:
        child(a.child)
        return 0
    import statistics
    import tempfile

    with tempfile.TemporaryDirectory(prefix="lotse-bench-") as home:
        measure("bare", home), measure("lotse", home), measure("window", home)  # warm the file cache once
        bare, lotse, alone = [], [], []
        for _ in range(a.runs):  # interleaved, so a burst of load elsewhere hits all three alike
            bare.append(measure("bare", home))
            lotse.append(measure("lotse", home))
            alone.append(measure("window", home))
    med = statistics.median
    b_start, l_start = med(r["startup_ms"] for r in bare), med(r["startup_ms"] for r in lotse)
    l_ready = med(r["ready_ms"] for r in lotse)
    b_rss, l_rss = med(r["rss"] for r in bare), med(r["rss"] for r in lotse)
    w_rss = med(r["rss"] for r in alone)
    steps = [t for r in lotse for t in r["steps_ms"]]
    ratio = l_start / b_start
    print(f"runs: {a.runs} each (median), Python {sys.version.split()[0]}, QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', 'offscreen')}")
    print(f"start → first paint   bare {b_start:7.1f} ms   lotse {l_start:7.1f} ms   ratio {ratio:.2f}×   (target ≤ 1.30×) {'ok' if ratio <= 1.3 else 'MISSED'}")
    w_start = med(r["startup_ms"] for r in alone)
    print(f"  the window alone (no roles, no capability packages): {w_start:.1f} ms, {w_start / b_start:.2f}×")
    print(f"start → home tiles    lotse {l_ready:7.1f} ms   ({l_ready / b_start:.2f}× the bare first paint; for information)")
    print(f"idle memory (RSS)     bare {b_rss:7.1f} MiB  lotse {l_rss:7.1f} MiB  +{l_rss - b_rss:.1f} MiB   (target ≤ +30 MiB) {'ok' if l_rss - b_rss <= 30 else 'MISSED'}")
    print(f"  the window alone (no roles, no capability packages): {w_rss:.1f} MiB (+{w_rss - b_rss:.1f}); roles + app.CAPABILITIES: +{l_rss - w_rss:.1f} MiB")
    if steps:
        q = statistics.quantiles(steps, n=20)
        print(f"step change           median {med(steps):.1f} ms   p95 {q[-1]:.1f} ms   max {max(steps):.1f} ms   n={len(steps)}   (target median ≤ 16 ms) {'ok' if med(steps) <= 16 else 'MISSED'}")
    else:
        print("step change           no guides found: nothing to measure")
    return 0


if __name__ == "__main__":
    sys.exit(main())
