#!/usr/bin/env python3
"""Start-up, memory and step-change figures of the Lotse window against a bare PySide6 window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py [--runs 7]
    .venv/bin/python bench/startup.py --screen 1366x768 --zoom 200     # a real X screen (Xvfb + openbox)

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
  Target: median ≤ 16 ms, worst ≤ 50 ms. After opening a guide the walk waits as long as a person
  at least reads its first screen (the window readies the guide's capability pages meanwhile).

With ``--screen WxH`` the parent starts one Xvfb of that size with the openbox window manager and the
children run on it (``xcb``): both windows are maximised, as Lotse is at home. ``--zoom`` sets the text
size in the throw-away settings. The issue-9 goals there: start → usable home screen (tiles painted,
in view and clickable) ≤ 1.5 × the bare window's first paint; worst step change ≤ 50 ms.

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
        import gc

        gc.disable()  # as assistant.__main__ does before it imports the program
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

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and obj is window and not self.seen:
                self.seen = True
                QTimer.singleShot(0, after_paint)  # after this paint cycle has finished
            return False

    def after_paint() -> None:
        result["painted"] = time.monotonic()
        if kind != "bare":
            while window.screen_id == "loading" or not tiles_usable(window):  # guides, city, capabilities
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
    if kind == "bare" and os.environ.get("LOTSE_BENCH_MAXIMISED"):
        window.showMaximized()  # as Lotse is at home
    elif kind == "window" and os.environ.get("LOTSE_BENCH_MAXIMISED"):
        window.show_on_screen()
    else:
        window.show()  # (app.start has shown it already; the first paint comes from the event loop)
    app.exec()


def tiles_usable(window) -> bool:
    """The home screen's first tile is shown, enabled and wholly inside the window (clickable)."""
    grid = getattr(window.page, "grid", None)
    if grid is None:
        return window.screen_id != "home"  # e.g. the resume question: usable as it is
    tiles = grid.visible_buttons()
    if not tiles:
        return True
    t = tiles[0]
    r = t.rect().translated(t.mapTo(window, t.rect().topLeft()))
    return t.isVisible() and t.isEnabled() and window.rect().contains(r)


def step_changes(app, window) -> list[float]:
    """Walk the guides (answers in turn, Weiter, Zurück now and then), timing each change."""
    from assistant.core.engine import UNAVAILABLE
    from assistant.ui.main_window import PREPARE_AFTER_MS

    times: list[float] = []
    ids = window.ctx.library.ids()
    n = 0
    for round_ in range(6):
        for gid in ids:
            window.open_guide(gid)
            # a person reads the first screen of a guide for longer than this: meanwhile the window
            # readies the guide's capability pages (main_window.PREPARE_AFTER_MS); not timed
            settle = time.monotonic() + (PREPARE_AFTER_MS + 150) / 1000
            while time.monotonic() < settle:
                app.processEvents()
                time.sleep(0.005)
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


def measure(kind: str, home: str, extra_env: dict | None = None) -> dict:
    import json
    import subprocess

    # Bytecode as an installed program has it: the warm-up start compiles every module once into a
    # throw-away cache (never into the source tree), whatever PYTHONDONTWRITEBYTECODE says; without
    # it, modules edited since the last commit were compiled anew on every measured start.
    # the content cache as an installed program has it (content_cache: a moved user folder has none)
    env = dict(
        os.environ,
        LOTSE_HOME=home,
        PYTHONPYCACHEPREFIX=os.path.join(home, "pycache"),
        LOTSE_CACHE=os.path.join(home, "cache"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(extra_env or {})
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
    p.add_argument("--screen", help="WxH: run on an Xvfb screen of that size with openbox (xcb), maximised")
    p.add_argument("--zoom", type=int, default=0, help="text size in percent (100–200) for the Lotse start")
    a = p.parse_args()
    if a.child:
        child(a.child)
        return 0
    import json
    import statistics
    import tempfile

    extra: dict[str, str] = {}
    display = start_display(a.screen) if a.screen else None
    if display is not None:
        extra = {"DISPLAY": display.name, "QT_QPA_PLATFORM": "xcb", "LOTSE_BENCH_MAXIMISED": "1"}
    try:
        with tempfile.TemporaryDirectory(prefix="lotse-bench-") as home:
            if a.zoom:
                Path(home, "settings.json").write_text(json.dumps({"zoom": a.zoom, "language": "de"}), encoding="utf-8")
            for kind in ("bare", "lotse", "window"):  # warm the file cache once
                measure(kind, home, extra)
            bare, lotse, alone = [], [], []
            for _ in range(a.runs):  # interleaved, so a burst of load elsewhere hits all three alike
                bare.append(measure("bare", home, extra))
                lotse.append(measure("lotse", home, extra))
                alone.append(measure("window", home, extra))
    finally:
        if display is not None:
            display.stop()
    med = statistics.median
    b_start, l_start = med(r["startup_ms"] for r in bare), med(r["startup_ms"] for r in lotse)
    l_ready = med(r["ready_ms"] for r in lotse)
    b_rss, l_rss = med(r["rss"] for r in bare), med(r["rss"] for r in lotse)
    w_rss = med(r["rss"] for r in alone)
    steps = [t for r in lotse for t in r["steps_ms"]]
    ratio = l_start / b_start
    platform = extra.get("QT_QPA_PLATFORM") or os.environ.get("QT_QPA_PLATFORM", "offscreen")
    print(
        f"runs: {a.runs} each (median), Python {sys.version.split()[0]}, QT_QPA_PLATFORM={platform}"
        + (f", screen {a.screen} with openbox, maximised" if a.screen else "")
        + (f", text {a.zoom} %" if a.zoom else "")
    )
    print(
        f"start → first paint   bare {b_start:7.1f} ms   lotse {l_start:7.1f} ms   ratio {ratio:.2f}×   "
        f"(target ≤ 1.30×) {'ok' if ratio <= 1.3 else 'MISSED'}"
    )
    w_start = med(r["startup_ms"] for r in alone)
    print(f"  the window alone (no roles, no capability packages): {w_start:.1f} ms, {w_start / b_start:.2f}×")
    usable = l_ready / b_start
    print(
        f"start → usable home   lotse {l_ready:7.1f} ms   ratio {usable:.2f}× the bare first paint   "
        f"(tiles painted, in view, clickable; target ≤ 1.50×) {'ok' if usable <= 1.5 else 'MISSED'}"
    )
    print(
        f"idle memory (RSS)     bare {b_rss:7.1f} MiB  lotse {l_rss:7.1f} MiB  +{l_rss - b_rss:.1f} MiB   "
        f"(target ≤ +30 MiB) {'ok' if l_rss - b_rss <= 30 else 'MISSED'}"
    )
    print(
        f"  the window alone (no roles, no capability packages): {w_rss:.1f} MiB (+{w_rss - b_rss:.1f}); "
        f"roles + app.CAPABILITIES: +{l_rss - w_rss:.1f} MiB"
    )
    if steps:
        q = statistics.quantiles(steps, n=20)
        print(
            f"step change           median {med(steps):.1f} ms   p95 {q[-1]:.1f} ms   max {max(steps):.1f} ms   "
            f"n={len(steps)}   (target median ≤ 16 ms) {'ok' if med(steps) <= 16 else 'MISSED'}"
        )
        print(f"worst step change     {max(steps):.1f} ms   (target ≤ 50 ms) {'ok' if max(steps) <= 50 else 'MISSED'}")
        per_run = [r["steps_ms"] for r in lotse]
        worst = sorted(((t, i) for r in per_run for i, t in enumerate(r)), reverse=True)[:5]
        print("  the worst five (ms, which change of its run): " + ", ".join(f"{t:.0f} (#{i})" for t, i in worst))
    else:
        print("step change           no guides found: nothing to measure")
    return 0


class Display:
    """One Xvfb screen with openbox for all children (started once: not part of any start time)."""

    def __init__(self, size: str) -> None:
        import subprocess

        read, write = os.pipe()
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as fh:
            self.name = ":" + fh.readline().strip()
        self.wm = subprocess.Popen(
            ["openbox", "--sm-disable"],
            env=dict(os.environ, DISPLAY=self.name),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(0.6)

    def stop(self) -> None:
        for proc in (self.wm, self.xvfb):
            proc.terminate()
            proc.wait(5)


def start_display(size: str) -> Display:
    import shutil

    if not (shutil.which("Xvfb") and shutil.which("openbox")):
        raise SystemExit("--screen needs Xvfb and openbox (scripts/setup.sh installs them)")
    return Display(size)


if __name__ == "__main__":
    sys.exit(main())
