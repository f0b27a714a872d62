"""PIN, CAN and PUK never leave memory: every eID flow runs with sentinel numbers, logging at DEBUG,
then every file the program wrote and everything it printed or logged is searched — zero hits.

Searched: the user folder (LOTSE_HOME), this test's temporary folders, files changed in the system's
temporary folder and in $HOME since the test began, captured stdout/stderr (at the file-descriptor
level, so C++/Qt output counts too), every log record (message, arguments, exception text), the
``--tour`` PNGs and their ``index.json``, the ``--export-guide`` handbook, and the take-home sheet
printed to PDF after a PIN change made through the real window and guide.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.ui.eid.fixtures import app, make_page, no_real_ausweisapp, practice  # noqa: F401
from tests.ui.eid.flows import FLOWS, Sentinels, click, new_pin_twice, type_digits, wait_screen

ROOT = Path(__file__).resolve().parents[2]
NEEDLES = [s.encode() for s in Sentinels.ALL] + [s.encode("utf-16-le") for s in Sentinels.ALL]
MAX_FILE = 20_000_000


def hits_in_bytes(data: bytes) -> list[str]:
    return [n.decode("utf-16-le") if b"\x00" in n else n.decode() for n in NEEDLES if n in data]


def files_below(folder: Path, since: float | None = None):
    if not folder.is_dir():
        return
    for dirpath, _dirs, names in os.walk(folder, onerror=lambda e: None):
        for name in names:
            p = Path(dirpath, name)
            try:
                st = p.lstat()
            except OSError:
                continue
            if not p.is_file() or p.is_symlink() or st.st_size > MAX_FILE:
                continue
            if since is not None and st.st_mtime < since:
                continue
            yield p


def scan_files(folders: list[tuple[Path, float | None]]) -> tuple[int, dict[str, list[str]]]:
    seen, hits = 0, {}
    for folder, since in folders:
        for p in files_below(folder, since):
            try:
                data = p.read_bytes()
            except OSError:
                continue
            seen += 1
            found = hits_in_bytes(data)
            if p.suffix == ".pdf" and shutil.which("pdftotext"):
                text = subprocess.run(["pdftotext", str(p), "-"], capture_output=True).stdout
                found += hits_in_bytes(text)
            if found:
                hits[str(p)] = found
    return seen, hits


def through_the_window(qtbot, qapp, app, tmp_path) -> Path:  # noqa: F811
    """The eID guide in the real window, the PIN change at its action step, then the printed sheet."""
    from assistant.app import build_context
    from assistant.core.sheet import sheet_from_run
    from assistant.eid.workflow import Screen
    from assistant.ui.eid.pages import ChangePinPage
    from assistant.ui.main_window import MainWindow
    from assistant.ui.roles.sheet import save_pdf
    from assistant.ui.step_page import fill_values
    from assistant.ui.tour import run_at

    app("transport-pin")
    ctx = build_context(qapp, lang="de", capabilities=["assistant.ui.eid"])
    assert not [n for n in ctx.notices if "eid" in n]
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1200, 860)
    w.show()
    qtbot.waitExposed(w)
    guide = ctx.library.get("eid-pin", "de")
    w.run = run_at(guide, "change-transport")
    w.show_current()
    page = w.page
    assert isinstance(page, ChangePinPage)
    assert page.wf.letter is not None  # the guide already said which PIN: not asked again
    wait_screen(qtbot, page, Screen.PIN)
    type_digits(qtbot, page, Sentinels.TRANSPORT)
    new_pin_twice(qtbot, page)
    wait_screen(qtbot, page, Screen.END)
    click(qtbot, page, "next")
    qtbot.waitUntil(lambda: w.run is not None and w.run.finished, timeout=5000)
    assert w.run.current_id == "end-ready"  # 'changed' took the guide to its happy end
    sheet = sheet_from_run(w.run, ctx.city, values=fill_values(w.run, ctx.city, "de"))
    pdf = save_pdf(sheet, tmp_path / "sheet" / "merkzettel.pdf")
    assert pdf.stat().st_size > 1000
    page.conn.close()
    w.close()
    return pdf


def test_no_secret_anywhere(qtbot, qapp, make_page, app, practice, caplog, capfd, tmp_path, lotse_home):  # noqa: F811
    start = time.time() - 1
    caplog.set_level(logging.DEBUG)
    for name in ("", "websockets", "asyncio", "assistant"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    outcomes = {}
    for name, (flow, _expected) in FLOWS.items():
        outcomes[name] = flow(qtbot, make_page, app, practice)
    assert outcomes == {name: expected for name, (_f, expected) in FLOWS.items()}
    sheet = through_the_window(qtbot, qapp, app, tmp_path)

    env = dict(os.environ, LOTSE_HOME=str(lotse_home), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    tour = tmp_path / "tour"
    runs = [
        subprocess.run(
            [sys.executable, "-m", "assistant", "--tour", str(tour)], env=env, capture_output=True, timeout=240
        ),
        subprocess.run(
            [sys.executable, "-m", "assistant", "--export-guide", "eid-pin"], env=env, capture_output=True, timeout=60
        ),
    ]
    assert runs[0].returncode == 0, runs[0].stderr[-2000:]
    assert (tour / "index.json").is_file() and list(tour.glob("*.png"))

    out, err = capfd.readouterr()
    streams = {"stdout": out.encode(), "stderr": err.encode()}
    for i, r in enumerate(runs):
        streams[f"run{i}.stdout"], streams[f"run{i}.stderr"] = r.stdout, r.stderr
    log_text = []
    for rec in caplog.records:
        log_text.append(rec.getMessage())
        log_text.append(repr(rec.args))
        if rec.exc_info:
            log_text.append(logging.Formatter().formatException(rec.exc_info))
        if rec.exc_text:
            log_text.append(rec.exc_text)
    streams["log"] = "\n".join(log_text).encode()
    assert len(caplog.records) > 10  # logging really was on (websockets frames, eID events)

    home = Path(os.path.expanduser("~"))
    folders = [(lotse_home, None), (tmp_path, None), (Path(tempfile.gettempdir()), start)]
    folders += [(home / sub, start) for sub in (".config", ".cache", ".local")]
    seen, file_hits = scan_files(folders)
    stream_hits = {k: hits_in_bytes(v) for k, v in streams.items() if hits_in_bytes(v)}
    assert seen > 20 and sheet.is_file()
    assert file_hits == {} and stream_hits == {}


def test_the_search_would_find_a_leak(qapp, tmp_path):
    """The search itself works: a sentinel written to a file, a log or a PDF is found."""
    from PySide6.QtGui import QPainter, QPdfWriter

    (tmp_path / "a.txt").write_text(f"x {Sentinels.CAN} y")
    pdf = tmp_path / "b.pdf"
    writer = QPdfWriter(str(pdf))
    p = QPainter(writer)
    p.drawText(100, 100, f"PIN {Sentinels.NEW_PIN}")
    p.end()
    del writer
    _, hits = scan_files([(tmp_path, None)])
    assert Sentinels.CAN in hits[str(tmp_path / "a.txt")]
    if shutil.which("pdftotext"):
        assert Sentinels.NEW_PIN in hits[str(pdf)]
    assert hits_in_bytes(f"{Sentinels.PUK}".encode("utf-16-le")) == [Sentinels.PUK]
