"""The Windows version resource of ``lotse.exe`` (Explorer → Properties → Details; software inventories).

``installer/lotse.spec`` writes it on Windows before it builds the program. The version comes from
``assistant.__version__`` like everything else that names a version.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def app_version() -> str:
    """``assistant.__version__`` read from the source (no import: the build must not start Qt)."""
    text = (ROOT / "assistant" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if not match:
        raise SystemExit('assistant/__init__.py has no __version__ = "x.y.z"')
    return match.group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    numbers = [int(n) for n in re.findall(r"\d+", version)[:4]]
    return tuple([*numbers, 0, 0, 0, 0][:4])  # type: ignore[return-value]


def version_info_text(version: str) -> str:
    vt = version_tuple(version)
    strings = {
        "CompanyName": "Lotse",
        "FileDescription": "Lotse – Assistent für Online-Ausweis und Stadt",
        "FileVersion": version,
        "InternalName": "lotse",
        "LegalCopyright": "EUPL-1.2",
        "OriginalFilename": "lotse.exe",
        "ProductName": "Lotse",
        "ProductVersion": version,
    }
    entries = ",\n            ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# UTF-8 — written by installer/windows/version_info.py
VSVersionInfo(
  ffi=FixedFileInfo(filevers={vt}, prodvers={vt}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('040704B0', [
            {entries}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0407, 1200])])
  ]
)
"""


def write_version_info(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(version_info_text(app_version()), encoding="utf-8")
    return path
