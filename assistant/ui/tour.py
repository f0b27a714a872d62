"""``python -m assistant --tour DIR``: every screen of every guide (and the home screen) as PNG.

For review and for translators: ``DIR/index.json`` lists each screen with its id, guide, step, title
and all texts on it. Each step is reached along the shortest path from the guide's start, so the
progress line is the one a person would see. Action steps show their fallback (no live card here).
A page taller than the window is rendered whole (the window grows), so nothing is cut off.
"""

from __future__ import annotations

import json
import os
from collections import deque
from pathlib import Path
from typing import Any

from assistant.core.engine import UNAVAILABLE, GuideRun, PathStep
from assistant.core.guide import Guide

WIDTH, HEIGHT = 1200, 860


def paths_to_every_step(guide: Guide) -> dict[str, list[PathStep]]:
    """For each reachable step, the shortest list of visits that leads there from the start."""
    out: dict[str, list[PathStep]] = {guide.start: []}
    queue = deque([guide.start])
    while queue:
        sid = queue.popleft()
        step = guide.steps[sid]
        if step.type == "question":
            moves = [(i, a.next) for i, a in enumerate(step.answers)]
        elif step.type == "action":
            moves = sorted(step.outcomes.items(), key=lambda m: m[0] != UNAVAILABLE)
        else:
            moves = [(None, step.next)] if step.next else []
        for choice, target in moves:
            if target in guide.steps and target not in out:
                out[target] = out[sid] + [PathStep(sid, choice)]
                queue.append(target)
    return out


def run_at(guide: Guide, step_id: str, path: list[PathStep] | None = None) -> GuideRun:
    """A run standing at ``step_id``, reached the shortest way (so facts and progress are right)."""
    if path is None:
        path = paths_to_every_step(guide).get(step_id, [])
    return GuideRun(guide=guide, path=list(path), current_id=step_id)


def screen_texts(window: Any) -> list[str]:
    """Every text a person sees on the page (labels and button captions), in reading order."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    page = window.page
    texts: list[str] = []
    for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton):
        if isinstance(w, QAbstractButton):
            continue  # their captions are child labels
        if w.isVisibleTo(page) and w.text():
            texts.append(w.text())
    return texts


def _grab_whole(app: Any, window: Any, out: Path) -> bool:
    """Render the window tall enough for the whole page; True if nothing is left to scroll."""
    window.resize(WIDTH, HEIGHT)
    for _ in range(4):
        app.processEvents()
        scroll = getattr(window.page, "scroll", None)
        extra = scroll.verticalScrollBar().maximum() if scroll is not None else 0
        if extra <= 0:
            break
        window.resize(WIDTH, window.height() + extra)
    app.processEvents()
    window.grab().save(str(out))
    scroll = getattr(window.page, "scroll", None)
    return scroll is None or scroll.verticalScrollBar().maximum() == 0


def main(folder: str, lang: str | None = None, zoom: int = 100, *, guides: Path | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from assistant.app import build_context
    from assistant.core.settings import ZOOM_MAX, ZOOM_MIN
    from assistant.ui import theme
    from assistant.ui.main_window import MainWindow

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["lotse-tour"])
    ctx = build_context(app, lang=lang or "de", guides=guides)
    zoom = max(ZOOM_MIN, min(ZOOM_MAX, int(zoom)))
    ctx.settings.zoom = zoom  # for this tour only; the person's settings file is not changed
    theme.apply(app, zoom)
    window = MainWindow(ctx, offer_resume=False, actions_enabled=False, remember_place=False)
    window.show()
    index: list[dict[str, Any]] = []

    def shoot(screen_id: str, guide_id: str, step_id: str) -> None:
        name = screen_id.replace("/", "--") + ".png"
        whole = _grab_whole(app, window, out / name)
        index.append(
            {
                "screen": screen_id,
                "whole": whole,  # False: the picture had to cut the page (look at it)
                "guide": guide_id,
                "step": step_id,
                "file": name,
                "title": window.page.title.text(),
                "texts": screen_texts(window),
            }
        )

    window.show_home()
    shoot("home", "", "")
    for gid in ctx.library.ids():
        guide = ctx.library.get(gid, ctx.language)
        paths = paths_to_every_step(guide)
        for sid in guide.steps:
            window.run = run_at(guide, sid, paths.get(sid, []))
            window.show_current()
            shoot(f"{gid}/{sid}", gid, sid)
    for notice in ctx.notices:
        print(f"lotse tour: notice: {notice}")
    meta = {"language": ctx.language, "zoom": zoom, "screens": index, "notices": ctx.notices}
    (out / "index.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"lotse tour: {len(index)} screens written to {out}")
    window.close()
    window.deleteLater()
    app.processEvents()
    if ctx.translations is not None:
        ctx.translations.uninstall()
    return 0


def screenshots(folder: str, guide_id: str = "eid-pin", step_id: str = "card-type") -> list[Path]:
    """The README pictures: home and one step at 100 % and 200 %, as the program starts (roles and their
    strip at the top, the window maximised on its screen). scripts/screenshots.sh runs this in a
    1366 × 768 Xvfb screen with openbox, the commonest laptop screen; offscreen it is 1366 × 749.

    ``.venv/bin/python -c "from assistant.ui.tour import screenshots; screenshots('docs/screenshots')"``
    """
    import time
    from types import SimpleNamespace

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from assistant.app import create_window
    from assistant.ui import theme

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["lotse-screenshots"])
    window, roles = create_window(app, SimpleNamespace(lang="de", city=None, smoke_test=True))
    if app.platformName() == "offscreen":
        window.showNormal()
        window.resize(1366, 749)  # a maximised window on 1366 × 768 under a title bar

    def settle(seconds: float = 0.3) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    end = time.monotonic() + 20
    while time.monotonic() < end and (window.screen_id in ("", "loading") or not window.isVisible()):
        app.processEvents()
    settle(0.5)
    written = []
    ctx = window.ctx
    for zoom in (100, 200):
        ctx.settings.zoom = zoom  # for the pictures only: the settings file is in a throw-away folder
        theme.apply(app, zoom)
        window.refresh()
        for name, show in (("home", window.go_home), ("step", lambda: _show_step(window, guide_id, step_id))):
            show()
            settle()
            path = out / f"{name}-{zoom}.png"
            window.grab().save(str(path))
            written.append(path)
    roles.close()
    window.close()
    if ctx.translations is not None:
        ctx.translations.uninstall()
    return written


def _show_step(window: Any, guide_id: str, step_id: str) -> None:
    guide = window.ctx.library.get(guide_id, window.ctx.language)
    window.run = run_at(guide, step_id)
    window.show_current()
