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


def test_smoke_test_with_a_damaged_settings_file_still_works(lotse_home):
    lotse_home.mkdir(parents=True)
    (lotse_home / "settings.json").write_text("not json")
    done = run_python(["-m", "assistant", "--smoke-test", "--lang", "en"], lotse_home)
    assert done.returncode == 0, done.stderr
    assert "notice: Your settings were damaged (settings.json)" in done.stdout


STARTUP_PROBE = """
import sys
from PySide6.QtWidgets import QApplication
from assistant.app import build_context
from assistant.ui.main_window import MainWindow
app = QApplication([])
w = MainWindow(build_context(app))
w.show()
w.grab()
print(sorted({m.split('.')[0] for m in sys.modules} & {'requests', 'keyring', 'urllib3', 'PySide6.QtTextToSpeech'}))
print('QtTextToSpeech' in ' '.join(sys.modules))
"""


def test_start_up_does_not_import_requests_keyring_or_speech(lotse_home):
    """design/architecture.md: requests (+105 ms) and keyring (+170 ms) only after the first paint."""
    done = run_python(["-c", STARTUP_PROBE], lotse_home)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.split("\n")
    assert lines[0] == "[]", f"imported at start-up: {lines[0]} (import them where they are used)"
    assert lines[1] == "False", "QtTextToSpeech is loaded on the first 'Vorlesen', not at start"


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
    assert set(screens) == {"home", "probe/start", "probe/karte", "probe/unbekannt", "probe/liste", "probe/pruefen", "probe/ende", "zweite/frage", "zweite/gut"}
    assert meta["zoom"] == 200 and meta["language"] == "en"
    karte = screens["probe/karte"]
    assert karte["title"] == "Which card do you have?"
    assert "I have a residence permit card." in karte["texts"] and "Step 2 of about 5" in karte["texts"]
    # the action step shows its fallback, with the office remembered on the way there
    assert "This is not possible here yet. Go to Citizens' office (Bürgerbüro) Bochum." in screens["probe/pruefen"]["texts"]
    from PySide6.QtGui import QImage

    for s in meta["screens"]:
        img = QImage(str(out / s["file"]))
        assert img.width() == 1200 and img.height() >= 860, s["file"]
    # the end screen is taller than the window: rendered whole, not cut off
    assert QImage(str(out / "probe--ende.png")).height() > 860
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
    assert shipped.read_bytes() == fresh.read_bytes(), f"{shipped.name} is older than {ts.name}: run scripts/translations.py --release"


def test_every_tr_text_of_the_window_is_in_the_ui_translation(tmp_path):
    """lupdate over the window's sources finds nothing that is not already in lotse_ui_en.ts."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import translations as tool
    finally:
        sys.path.pop(0)
    files = [ROOT / "assistant" / "app.py", *sorted((ROOT / "assistant" / "ui").glob("*.py"))]
    probe = tmp_path / "probe.ts"
    subprocess.run(
        [tool.tool("pyside6-lupdate"), *map(str, files), "-silent", "-source-language", "de", "-target-language", "en", "-ts", str(probe)],
        check=True,
    )
    have = {m.findtext("source") for m in ET.parse(TRANSLATIONS / "lotse_ui_en.ts").getroot().iter("message")}
    new = [m.findtext("source") for m in ET.parse(probe).getroot().iter("message") if m.findtext("source") not in have]
    assert not new, f"run scripts/translations.py ui assistant/app.py assistant/ui/*.py and translate: {new[:5]}"
