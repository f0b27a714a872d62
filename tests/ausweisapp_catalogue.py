"""AusweisApp's own interface strings, read from the installed package (shared/ausweisapp/README.md).

The Debian package ``ausweisapp2`` carries its interface in one Qt resource file (``*.rcc``). Registered
with ``QResource``, its catalogues are ``:/translations/ausweisapp2_<lang>.qm``. A ``.qm`` file is a
tagged binary: after a 16-byte magic come blocks (1 byte tag, 4 bytes length); the messages block (tag
0x69) holds, per message, fields (1 = end, 3 = translation in UTF-16BE, 6 = source, 7 = context,
8 = comment, each with a 4-byte length; 5 = an obsolete 4-byte field).
"""

from __future__ import annotations

import struct
import subprocess
from functools import cache
from pathlib import Path

QM_MAGIC = bytes.fromhex("3CB86418CAEF9C95CD211CBF60A1BDDD")


def rcc_path() -> Path | None:
    """The installed AusweisApp resource file, None if the package is not installed."""
    try:
        out = subprocess.run(["dpkg", "-L", "ausweisapp2"], capture_output=True, text=True, check=False).stdout
    except OSError:
        out = ""
    for line in out.splitlines():
        if line.endswith(".rcc") and Path(line).is_file():
            return Path(line)
    fallback = Path("/usr/share/AusweisApp2/AusweisApp2.rcc")
    return fallback if fallback.is_file() else None


def qm_messages(data: bytes) -> list[tuple[str, str, str]]:
    """(context, source, translation) for every message of a .qm file."""
    if not data.startswith(QM_MAGIC):
        raise ValueError("not a Qt .qm file")
    pos, out = len(QM_MAGIC), []
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1 : pos + 5])[0]
        block = data[pos + 5 : pos + 5 + length]
        pos += 5 + length
        if tag != 0x69:
            continue
        i, msg = 0, {}
        while i < len(block):
            t = block[i]
            i += 1
            if t == 1:  # end of one message
                out.append((msg.get(7, ""), msg.get(6, ""), msg.get(3, "")))
                msg = {}
            elif t in (3, 6, 7, 8):
                n = struct.unpack(">I", block[i : i + 4])[0]
                i += 4
                if n == 0xFFFFFFFF:
                    continue
                raw = block[i : i + n]
                i += n
                msg[t] = raw.decode("utf-16-be" if t == 3 else "utf-8", errors="replace")
            elif t == 5:
                i += 4
            else:
                raise ValueError(f"unknown .qm field tag {t} at {i}")
    return out


@cache
def catalogue(lang: str) -> frozenset[str]:
    """Every string AusweisApp shows in ``lang`` (de, ru, uk: the translations; en: the English sources)."""
    from PySide6.QtCore import QFile, QIODevice, QResource

    path = rcc_path()
    if path is None:
        raise FileNotFoundError("ausweisapp2 is not installed")
    if not QResource.registerResource(str(path)):
        raise OSError(f"cannot register {path}")
    # the English words are the sources of the German catalogue (AusweisApp is written in English);
    # Russian and Ukrainian have catalogues of their own
    f = QFile(f":/translations/ausweisapp2_{lang if lang in ('ru', 'uk') else 'de'}.qm")
    if not f.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"no German catalogue in {path}")
    data = bytes(f.readAll().data())
    f.close()
    strings = set()
    for _ctx, source, translation in qm_messages(data):
        text = source if lang == "en" else translation
        if text:
            strings.add(text)
    return frozenset(strings)
