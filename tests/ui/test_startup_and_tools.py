"""The program as a whole: --smoke-test, lazy imports at start-up, the tour, the translation files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from assistant.resources import resource
from tests.ui.support import write_sample_guides

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = resource("translations")


def run_python(args: list[str], home: Path, timeout: int = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LOTSE_HOME=str(home))
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


def test_smoke_test_starts_paints_and_exits_0(lotse_home):
    done = run_python(["-m", "assistant", "--smoke-test"], lotse_home)
    assert done.returncode == 0, done.stderr
    assert "smoke test ok" in done.stdout
    assert "Traceback" not in done.stderr


LOST_PART = """
import sys
import assistant.app
assistant.app.CAPABILITIES.append("assistant.ui.lost_in_the_build")  # what a frozen build without it meets
from assistant.__main__ import main
sys.exit(main(["--smoke-test"]))
"""


def test_smoke_test_fails_when_a_part_of_the_program_is_missing(lotse_home):
    """issue 14: a frozen build had lost eID and portal and --smoke-test still exited 0 ("2 notices")."""
    done = run_python(["-c", LOST_PART], lotse_home)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "smoke test FAILED" in done.stdout and "smoke test ok" not in done.stdout
    assert "lotse: broken: capability assistant.ui.lost_in_the_build: ModuleNotFoundError" in done.stdout


def test_smoke_test_fails_on_a_damaged_guide(lotse_home, tmp_path):
    guides = tmp_path / "guides"
    write_sample_guides(guides, broken=True)
    probe = f"""
import sys
from pathlib import Path
import assistant.app
build_context = assistant.app.build_context
assistant.app.build_context = lambda app, **kw: build_context(app, **{{**kw, "guides": Path({str(guides)!r})}})
from assistant.__main__ import main
sys.exit(main(["--smoke-test"]))
"""
    done = run_python(["-c", probe], lotse_home)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "lotse: broken: guide:" in done.stdout, done.stdout


def test_smoke_test_with_a_damaged_settings_file_still_works(lotse_home):
    lotse_home.mkdir(parents=True)
    (lotse_home / "settings.json").write_text("not json")
    done = run_python(["-m", "assistant", "--smoke-test", "--lang", "en"], lotse_home)
    assert done.returncode == 0, done.stderr
    assert "notice: Your settings were damaged (settings.json)" in done.stdout


STARTUP_PROBE = """
import sys
from PySide6.QtWidgets import QApplication
from argparse import Namespace
from assistant.app import create_window
app = QApplication([])
w, roles = create_window(app, Namespace(lang=None, city=None, smoke_test=False))  # as app.run() does
w.grab()
print(sorted({m.split('.')[0] for m in sys.modules} & {'jsonschema', 'requests', 'keyring'}), w.ctx.library)
while w.screen_id == "loading":
    app.processEvents()
w.grab()
print(sorted({m.split('.')[0] for m in sys.modules} & {'requests', 'urllib3'}))
print('QtTextToSpeech' in ' '.join(sys.modules), w.screen_id)
"""


def test_start_up_imports_only_what_the_first_paint_needs(lotse_home):
    """design/architecture.md: requests (+105 ms) and keyring (+170 ms) not before the first paint
    (requests not even once the home screen is ready; the keyring not until it is used); guides and their
    schema check come after the first paint; speech on the first 'Vorlesen'."""
    done = run_python(["-c", STARTUP_PROBE], lotse_home)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.split("\n")
    assert lines[0] == "[] None", f"before the first paint (imported; guides): {lines[0]}"
    assert lines[1] == "[]", f"imported at start-up: {lines[1]} (import them where they are used)"
    assert lines[2] == "False language", lines[2]  # a first start offers the language chooser once (over home)


FIRST_PAINT_PROBE = """
import json, sys
from argparse import Namespace
from assistant.app import start
app, w, roles = start(Namespace(lang=None, city=None, smoke_test=True))  # as app.run() starts it
from PySide6.QtCore import QEvent, QObject, QTimer
seen = {}

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is w and "paint" not in seen:
            seen["paint"] = sorted(sys.modules)  # during the window's first paint
            QTimer.singleShot(0, home)
        return False

def home():
    while w.screen_id == "loading":  # city, guides, capabilities and the roles are read now
        app.processEvents()
    w.grab()
    QTimer.singleShot(300, idle)  # what runs right after the home screen (timers of 0 ms) has run

def idle():
    seen["idle"], seen["screen"] = sorted(sys.modules), w.screen_id
    print(json.dumps(seen))
    roles.close()
    app.quit()

spy = FirstPaint()
w.installEventFilter(spy)
app.exec()
"""

# Heavy modules and what they cost (python -X importtime, RSS; bench/README.md): none of them is
# needed to paint the window, and none is needed for the home screen.
NOT_FOR_THE_HOME_SCREEN = {
    "jsonschema": "the full schema check (≈ 0.3 s, 9 MiB): --check-content, or to explain a broken guide",
    "rapidfuzz": "the portal's search",
    "segno": "QR codes on the take-home sheet",
    "icalendar": "calendar files",
    "requests": "the portal clients",
    "urllib3": "the portal clients",
    "websockets": "the practice card's server",
    "asyncio": "the practice card's server",
    # not PySide6.QtNetwork: one program per user needs its QLocalServer before the memory rules run
    # (assistant.ui.single_instance; measured +2.6 MiB, 4 ms); the eID client's bulk is QtWebSockets
    "PySide6.QtWebSockets": "the eID client",
    "PySide6.QtSvg": "pictures",
    "PySide6.QtPrintSupport": "printing",
    "PySide6.QtTextToSpeech": "'Vorlesen'",
    "assistant.ui.eid.pages": "an eID page",
    "assistant.eid.client_qt": "an eID page",
    "assistant.eid.practice_card": "practice mode",
    "assistant.ui.portal.booking": "the booking flow",
    "assistant.ui.portal.report_flow": "the report flow",
    "assistant.ui.portal.service_info": "'Was brauche ich?'",
    "assistant.ui.roles.sheet": "the take-home sheet",
    "keyring": "the OS keyring (≈ 16 MiB; the roles' recorder is installed when it is first used)",
    "babel": "dates written out (assistant/core/dates.py): a sheet, a booking",
}
NOT_BEFORE_THE_FIRST_PAINT = {
    **NOT_FOR_THE_HOME_SCREEN,
    "yaml": "reading guides and the city profile (after the first paint)",
    "secrets": "random session names (os.urandom will do; its hmac loads OpenSSL)",
    "configparser": "the deployment file (only where there is one)",
    "assistant.core.guide": "the guides",
    "assistant.core.engine": "a guide's run",
}


def test_heavy_modules_wait_until_they_are_needed(lotse_home):
    """The program as run() starts it (roles, deployment, app.CAPABILITIES), watched from the
    window's first paint until the home screen has settled: what is not needed is not imported."""
    done = run_python(["-c", FIRST_PAINT_PROBE], lotse_home)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["screen"] == "home"
    early = {m: why for m, why in NOT_BEFORE_THE_FIRST_PAINT.items() if m in seen["paint"]}
    assert not early, f"imported before the first paint (import them where they are used): {early}"
    at_home = {m: why for m, why in NOT_FOR_THE_HOME_SCREEN.items() if m in seen["idle"]}
    assert not at_home, f"imported for the home screen, which does not need them: {at_home}"
    assert "yaml" in seen["idle"] and "assistant.core.guide" in seen["idle"], "the probe saw the content loaded"


WINDOW_PROBE = """
from PySide6.QtWidgets import QApplication
from assistant.app import build_context
from assistant.ui.main_window import MainWindow
app = QApplication([])
w = MainWindow(build_context(app, load=False, capabilities=[]))
w.show()
w.grab()
from PySide6 import QtCore
print('Qt' in QtCore.__dict__)
"""


def test_the_window_paints_without_building_the_qt_namespace(lotse_home):
    """PySide6 builds its Qt namespace (all its enums, ~25 ms) on first use: the window's own path to
    the first paint does without it (QtCore.Qt is used inside functions that run later)."""
    done = run_python(["-c", WINDOW_PROBE], lotse_home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False", "QtCore.Qt was used before the first paint"


def test_tour_renders_every_screen(tmp_path, qapp):
    from assistant.ui.tour import main

    guides = write_sample_guides(tmp_path / "guides")
    out = tmp_path / "tour"
    from assistant.ui import theme

    try:
        assert main(str(out), lang="en", zoom=200, guides=guides) == 0
    finally:
        theme.apply(qapp, 100)
    meta = json.loads((out / "index.json").read_text(encoding="utf-8"))
    screens = {s["screen"]: s for s in meta["screens"]}
    assert set(screens) == {
        "home",
        "probe/start",
        "probe/karte",
        "probe/unbekannt",
        "probe/liste",
        "probe/pruefen",
        "probe/ende",
        "zweite/frage",
        "zweite/gut",
    }
    assert meta["zoom"] == 200 and meta["language"] == "en"
    karte = screens["probe/karte"]
    assert karte["title"] == "Which card do you have?"
    assert "I have a residence permit card." in karte["texts"] and "Step 2 of about 4" in karte["texts"]
    # the action step shows its fallback, with the office remembered on the way there
    assert (
        "This is not possible here yet. Go to Citizens' office (Bürgerbüro) Bochum."
        in screens["probe/pruefen"]["texts"]
    )
    from PySide6.QtGui import QImage

    for s in meta["screens"]:
        img = QImage(str(out / s["file"]))
        assert img.width() == 1200 and img.height() >= 860, s["file"]
    # the end screen is taller than the window: rendered whole, not cut off
    assert QImage(str(out / "probe--ende.png")).height() > 860
    assert all(s["whole"] for s in meta["screens"]), [s["screen"] for s in meta["screens"] if not s["whole"]]
    assert not (Path(os.environ["LOTSE_HOME"]) / "resume.json").exists(), "the tour never touches the person's place"


def ts_files() -> list[Path]:
    return sorted(TRANSLATIONS.glob("lotse_*_*.ts"))


def test_there_is_a_ui_translation():
    assert (TRANSLATIONS / "lotse_ui_en.ts") in ts_files()


@pytest.mark.parametrize("ts", ts_files(), ids=lambda p: p.name)
def test_translation_complete_and_compiled(ts, tmp_path):
    """Every area's .ts has no unfinished entry, and its .qm is what lrelease makes of it now."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import translations as tool
    finally:
        sys.path.pop(0)
    todo = tool.unfinished(ts)
    assert not todo, f"{ts.name}: {len(todo)} unfinished, e.g. {todo[:3]}"
    for msg in ET.parse(ts).getroot().iter("message"):
        src, tr = msg.findtext("source") or "", msg.findtext("translation") or ""
        holes = lambda t: sorted(part.split("}")[0] for part in t.split("{")[1:])  # noqa: E731
        assert holes(src) == holes(tr), f"{ts.name}: placeholders differ in {src!r} → {tr!r}"
    fresh = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([tool.tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True)
    shipped = ts.with_suffix(".qm")
    assert shipped.exists(), f"{shipped.name} missing: run scripts/translations.py --release"
    assert shipped.read_bytes() == fresh.read_bytes(), (
        f"{shipped.name} is older than {ts.name}: run scripts/translations.py --release"
    )


def messages(ts: Path) -> set[tuple[str, str]]:
    return {
        (ctx.findtext("name") or "", m.findtext("source") or "")
        for ctx in ET.parse(ts).getroot().iter("context")
        for m in ctx.iter("message")
    }


def test_every_tr_text_of_the_window_is_translated(tmp_path):
    """lupdate over the window's sources finds nothing that no area's .ts has (same context)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import translations as tool
    finally:
        sys.path.pop(0)
    files = [ROOT / "assistant" / "app.py", *sorted((ROOT / "assistant" / "ui").glob("*.py"))]
    probe = tmp_path / "probe.ts"
    subprocess.run(
        [
            tool.tool("pyside6-lupdate"),
            *map(str, files),
            "-silent",
            "-source-language",
            "de",
            "-target-language",
            "en",
            "-ts",
            str(probe),
        ],
        check=True,
    )
    have = set().union(*(messages(ts) for ts in ts_files()))
    new = sorted(messages(probe) - have)
    assert not new, f"run scripts/translations.py ui assistant/app.py assistant/ui/*.py and translate: {new[:5]}"


def test_the_window_names_the_engines_unavailable_outcome_rightly():
    from assistant.core import engine
    from assistant.ui import main_window

    assert main_window.UNAVAILABLE == engine.UNAVAILABLE


def test_the_bundled_font_is_dejavu_sans_with_its_licence(qapp):
    """Where DejaVu Sans is not installed (Windows), the copy in resources/fonts is loaded."""
    from PySide6.QtGui import QFontDatabase

    assert "Bitstream Vera" in resource("fonts", "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        try:
            assert QFontDatabase.applicationFontFamilies(font_id) == ["DejaVu Sans"]
        finally:
            QFontDatabase.removeApplicationFont(font_id)


# --- the guides' quick schema check (assistant.core.datafile.quick_valid) ------------------------------
# Start-up checks the guides without jsonschema; it must agree with jsonschema on every file, broken
# ones included (jsonschema then explains, with the same messages as always).
def _real_guides() -> list:
    from assistant.core.datafile import load_yaml

    return [load_yaml(p.read_text(encoding="utf-8")) for p in sorted(resource("guides").glob("*.yaml"))]


def _nodes(value, path=()):
    yield path
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _nodes(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _nodes(v, (*path, i))


def _json_values():
    from hypothesis import strategies as st

    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-3, 5),
        st.floats(allow_nan=False, allow_infinity=False),
        st.sampled_from(["", "x", "ende", "Ende!", "info", "question", "checklist", "action", "end", "a.b-c", "1"]),
        st.text(max_size=5),
    )
    return st.recursive(
        scalars,
        lambda inner: st.one_of(
            st.lists(inner, max_size=5),
            st.dictionaries(st.sampled_from(["text", "next", "x", "type", "title"]), inner, max_size=3),
        ),
        max_leaves=6,
    )


def test_the_quick_schema_check_agrees_with_jsonschema_on_the_real_guides():
    from assistant.core.datafile import quick_valid
    from assistant.core.guide import _schema, schema_errors

    for data in _real_guides():
        assert quick_valid(data, _schema()) is True and schema_errors(data) == []


def test_the_quick_schema_check_agrees_with_jsonschema_on_damaged_guides():
    import copy

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from assistant.core.datafile import quick_valid
    from assistant.core.guide import _schema, schema_errors

    guides = _real_guides()[:2]  # computer-ready de/en: every step type, small enough to mutate fast

    @settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.data())
    def check(data):
        doc = copy.deepcopy(data.draw(st.sampled_from(guides)))
        for _ in range(data.draw(st.integers(1, 2))):
            path = data.draw(st.sampled_from(list(_nodes(doc))))
            parent = doc
            for p in path[:-1]:
                parent = parent[p]
            how = data.draw(st.sampled_from(["replace", "delete", "add-key"] if path else ["replace"]))
            if how == "replace" and path:
                parent[path[-1]] = data.draw(_json_values())
            elif how == "replace":
                doc = data.draw(_json_values())
            elif how == "delete":
                del parent[path[-1]]
            else:
                target = parent[path[-1]]
                if isinstance(target, dict):
                    target[data.draw(st.sampled_from(["txet", "next", "answers", "todo", "1x", "remember"]))] = (
                        data.draw(_json_values())
                    )
        assert quick_valid(doc, _schema()) is (schema_errors(doc) == []), doc

    check()


def test_a_damaged_guide_is_still_rejected_at_load_and_explained(tmp_path):
    from assistant.core.guide import GuideLibrary

    text = resource("guides", "computer-ready.de.yaml").read_text(encoding="utf-8")
    folder = tmp_path / "guides"
    folder.mkdir()
    (folder / "computer-ready.de.yaml").write_text(text.replace("    next:", "    nxet:", 1), encoding="utf-8")
    lib = GuideLibrary.load(folder)
    assert lib.guides == {} and len(lib.problems) == 1
    problem = str(lib.problems[0])
    assert "computer-ready.de.yaml" in problem and "steps/" in problem, problem
