"""The real AusweisApp2, started headless for a test (recipe: shared/ausweisapp/README.md).

``ausweisapp`` starts ``/usr/bin/AusweisApp2 --ui websocket --port 0`` with
``QT_QPA_PLATFORM=offscreen`` and its own HOME / TMPDIR, reads the port from
``$TMPDIR/AusweisApp2.<pid>.port`` and terminates it after the test. ``.kill()`` ends it abruptly
and ``.start(port=...)`` starts a new one (e.g. on the same port).
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

AUSWEISAPP = Path(os.environ.get("LOTSE_AUSWEISAPP", "/usr/bin/AusweisApp2"))


class AusweisApp:
    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.home = workdir / "home"
        self.tmp = workdir / "tmp"
        self.home.mkdir(parents=True, exist_ok=True)
        self.tmp.mkdir(parents=True, exist_ok=True)
        self.tmp.chmod(0o700)
        self.proc: subprocess.Popen | None = None
        self.port: int | None = None
        self.starts = 0

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/eID-Kernel"

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def start(self, port: int = 0, timeout: float = 10.0, ready: bool = True) -> str:
        """Start and read the port. ``ready``: also wait until its Simulator reader is there."""
        assert not self.running, "already running"
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(self.home),
            "TMPDIR": str(self.tmp),
            "XDG_RUNTIME_DIR": str(self.tmp),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
        }
        self.starts += 1
        with open(self.workdir / f"ausweisapp-{self.starts}.log", "wb") as log:
            self.proc = subprocess.Popen(
                [str(AUSWEISAPP), "--ui", "websocket", "--port", str(port), "--no-logfile"],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        port_file = self.tmp / f"AusweisApp2.{self.proc.pid}.port"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"AusweisApp2 exited with {self.proc.returncode}; see {log.name}")
            try:
                text = port_file.read_text().strip()
            except FileNotFoundError:
                text = ""
            if text:
                self.port = int(text)
                if ready:
                    self.wait_for_simulator()
                return self.url
            time.sleep(0.02)
        self.stop()
        raise RuntimeError("AusweisApp2 did not write its port file")

    def wait_for_simulator(self, attempts: int = 4, per_attempt: float = 0.6) -> None:
        """AusweisApp 1.26.2 race (measured 1 in 16 starts): a client that connects right after the
        port file appears may never see the built-in Simulator reader on that connection (the
        reader list stays empty); a new connection sees it at once. So probe with short-lived
        connections until the list names the Simulator, then leave the slot free again."""
        import json

        from websockets.sync.client import connect

        for _ in range(attempts):
            with connect(self.url, open_timeout=5, user_agent_header="Lotse-test-probe") as ws:
                deadline = time.monotonic() + per_attempt
                while time.monotonic() < deadline:
                    ws.send('{"cmd": "GET_READER_LIST"}')
                    try:
                        while True:
                            msg = json.loads(ws.recv(timeout=0.2))
                            if msg.get("msg") == "READER_LIST":
                                break
                    except TimeoutError:
                        continue
                    if any(r.get("name") == "Simulator" for r in msg.get("readers", [])):
                        break
                    time.sleep(0.1)
                else:
                    continue
            time.sleep(0.1)  # let AusweisApp notice the close before the test's client comes
            return
        raise RuntimeError("AusweisApp2 never showed its Simulator reader")

    def stop(self) -> int | None:
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        rc, self.proc = self.proc.returncode, None
        return rc

    def kill(self) -> None:
        """End it abruptly (as a crash would)."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(5)
        self.proc = None


@pytest.fixture
def ausweisapp(tmp_path):
    if not AUSWEISAPP.exists():
        pytest.skip(f"{AUSWEISAPP} is not installed (apt-get install ausweisapp2)")
    app = AusweisApp(tmp_path / "ausweisapp")
    app.start()
    try:
        yield app
    finally:
        app.stop()
