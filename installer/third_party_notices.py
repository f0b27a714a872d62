"""THIRD-PARTY-NOTICES.txt: every part of someone else that a Lotse build ships, with its licence text.

Written from the installed metadata of the *build interpreter* (``importlib.metadata``), so the Windows
build under Wine lists the Windows wheels and their Windows-only needs, the Linux build the Linux ones:

* the run-time requirements of Lotse (``pyproject.toml`` dependencies, markers judged for the running
  platform) and theirs, recursively — name, version, licence, home page and every licence file of the wheel;
* what is not a wheel of its own: CPython (its LICENSE.txt), Qt inside the PySide6 wheels (LGPL-3.0,
  replaceable: the one-folder build keeps Qt's libraries as separate files), PyInstaller's bootloader
  (GPL-2.0-or-later with the bootloader exception), the DejaVu fonts;
* the libraries the build took from the build machine's system (Linux: each Debian package with its
  copyright file; Windows: the Microsoft C++ runtime).

``installer/lotse.spec`` calls ``write_notices`` into every frozen build; the .deb, the tar.gz and the
Windows installers ship the frozen folder with it. A requirement that is not installed, or that has
neither a licence name nor a licence file, stops the build.

    python installer/third_party_notices.py OUT_FILE
"""

from __future__ import annotations

import importlib.metadata as md
import os
import platform
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LICENSES = ROOT / "installer" / "licenses"
LICENSE_FILE = re.compile(r"(^|/)(licen[cs]e|copying|notice|authors)[^/]*$", re.IGNORECASE)
# wheels that carry no licence file of their own: the text shipped from installer/licenses/
TEXT_FOR = {"pyside6-essentials": "LGPL-3.0.txt", "pyside6-addons": "LGPL-3.0.txt", "shiboken6": "LGPL-3.0.txt"}
RULE = "=" * 100


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions() -> list[md.Distribution]:
    """Lotse's run-time requirements and theirs, for this platform (no extras: no test or build tools)."""
    from packaging.requirements import Requirement

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    queue = [Requirement(r) for r in project["dependencies"]]
    seen: dict[str, md.Distribution] = {}
    missing = []
    while queue:
        req = queue.pop()
        if req.marker is not None and not req.marker.evaluate({"extra": ""}):
            continue
        key = _norm(req.name)
        if key in seen:
            continue
        try:
            dist = md.distribution(req.name)
        except md.PackageNotFoundError:
            missing.append(req.name)
            continue
        seen[key] = dist
        queue += [Requirement(r) for r in dist.requires or []]
    if missing:
        raise SystemExit(f"third_party_notices: not installed in {sys.executable}: {', '.join(sorted(missing))}")
    return sorted(seen.values(), key=lambda d: _norm(d.metadata["Name"]))


def licence_name(dist: md.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) < 120:
        return text
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return "; ".join(classifiers) or ("see the licence text below" if text else "")


def licence_texts(dist: md.Distribution) -> list[tuple[str, str]]:
    texts = []
    for file in dist.files or []:
        if (LICENSE_FILE.search(str(file)) and ".dist-info/" in str(file).replace("\\", "/")) or (
            str(file).replace("\\", "/").startswith(f"{dist.metadata['Name']}-") and LICENSE_FILE.search(str(file))
        ):
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                texts.append((Path(str(file)).name, path.read_text(encoding="utf-8", errors="replace").strip()))
    own = TEXT_FOR.get(_norm(dist.metadata["Name"]))
    if not texts and own:
        texts.append((own, (LICENSES / own).read_text(encoding="utf-8").strip()))
    if not texts:
        body = (dist.metadata.get("License") or "").strip()
        if "\n" in body or len(body) >= 120:
            texts.append(("License (from the package metadata)", body))
    return texts


def python_licence() -> str:
    base = Path(sys.base_prefix)
    for candidate in (
        base / "LICENSE.txt",
        base / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}" / "LICENSE.txt",
    ):
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8", errors="replace").strip()
    raise SystemExit(f"third_party_notices: CPython's LICENSE.txt is not in {base}")


def _section(title: str, lines: list[str], texts: list[tuple[str, str]]) -> list[str]:
    out = [RULE, title, RULE, *lines]
    for name, text in texts:
        out += ["", f"--- {name} ---", "", text]
    return [*out, ""]


def notices() -> str:
    dists = runtime_distributions()
    try:
        pyinstaller_copying = [
            (f.name, f.read_text(encoding="utf-8", errors="replace").strip())
            for f in [
                Path(str(md.distribution("pyinstaller").locate_file(p)))
                for p in md.distribution("pyinstaller").files or []
                if str(p).replace("\\", "/").endswith("licenses/COPYING.txt")
                or str(p).endswith("dist-info/COPYING.txt")
            ]
            if f.is_file()
        ]
    except md.PackageNotFoundError:
        pyinstaller_copying = []
    qt_version = (
        md.version("PySide6-Essentials")
        if any(_norm(d.metadata["Name"]) == "pyside6-essentials" for d in dists)
        else "6"
    )
    out = [
        "Lotse - third-party notices",
        "",
        "Lotse itself is licensed under the EUPL-1.2 (the file LICENSE beside this one).",
        f"This build ({platform.system()} {platform.machine()}, Python {platform.python_version()}) also contains the",
        "software below, each under its own licence. Written from the installed metadata by",
        "installer/third_party_notices.py when the program was built.",
        "",
        "Summary:",
        f"  CPython {platform.python_version()}  PSF-2.0 (Python Software Foundation License)",
        f"  Qt {qt_version} (inside PySide6)  LGPL-3.0-only",
        "  PyInstaller bootloader  GPL-2.0-or-later WITH Bootloader-exception",
        "  DejaVu fonts  Bitstream Vera / Arev fonts licence (free)",
    ]
    out += [f"  {d.metadata['Name']} {d.version}  {licence_name(d)}" for d in dists]
    out.append("")
    out += _section(
        f"CPython {platform.python_version()} - PSF License",
        [
            "The Python interpreter and its standard library, bundled by PyInstaller.",
            "Source: https://www.python.org/downloads/source/",
        ],
        [("LICENSE.txt", python_licence())],
    )
    out += _section(
        f"Qt {qt_version} - LGPL-3.0-only (in the PySide6 wheels of The Qt Company)",
        [
            "Qt's libraries are separate files in the program folder (PySide6/ in the bundle) and may be",
            "replaced by a compatible build of your own. Source: https://download.qt.io/official_releases/qt/ and",
            "https://download.qt.io/official_releases/QtForPython/ . The LGPL-3.0 text is in the PySide6 section below;",
            "it refers to the GPL-3.0, which follows here.",
        ],
        [("GPL-3.0.txt", (LICENSES / "GPL-3.0.txt").read_text(encoding="utf-8").strip())],
    )
    out += _section(
        "PyInstaller bootloader - GPL-2.0-or-later with the bootloader exception",
        [
            "The small starter program (lotse / lotse.exe) is PyInstaller's bootloader. Its exception allows",
            "shipping it with programs under any licence. Source: https://github.com/pyinstaller/pyinstaller",
        ],
        pyinstaller_copying,
    )
    fonts = ROOT / "resources" / "fonts" / "LICENSE-DejaVu.txt"
    out += _section(
        "DejaVu fonts (resources/fonts)",
        ["https://dejavu-fonts.github.io/"],
        [("LICENSE-DejaVu.txt", fonts.read_text(encoding="utf-8", errors="replace").strip())]
        if fonts.is_file()
        else [],
    )
    unlicensed = []
    for dist in dists:
        name, texts = licence_name(dist), licence_texts(dist)
        if not name and not texts:
            unlicensed.append(dist.metadata["Name"])
        home = dist.metadata.get("Home-page") or next(
            (
                u.split(",", 1)[1].strip()
                for u in dist.metadata.get_all("Project-URL") or []
                if u.lower().startswith(("homepage", "source", "repository"))
            ),
            "",
        )
        out += _section(
            f"{dist.metadata['Name']} {dist.version} - {name or 'licence: see text'}",
            [line for line in [dist.metadata.get("Summary") or "", home] if line],
            texts,
        )
    if unlicensed:
        raise SystemExit(f"third_party_notices: no licence name nor text for {', '.join(unlicensed)}")
    return "\n".join(out).rstrip() + "\n"


def system_libraries(binaries: list[str]) -> list[str]:
    """Sections for the libraries the build took from the build machine's system, not from a wheel.

    Linux: each Debian package they come from, with its copyright file. Windows: the Microsoft C++
    runtime that CPython and Qt bring along.
    """
    import shutil
    import subprocess

    prefixes = (sys.base_prefix, sys.prefix)
    foreign = sorted(
        {
            os.path.realpath(b)
            for b in binaries
            if not os.path.realpath(b).startswith(prefixes) and "site-packages" not in b
        }
    )
    out: list[str] = []
    if sys.platform == "win32":
        if any(Path(b).name.lower().startswith(("vcruntime140", "msvcp140")) for b in binaries):
            out += _section(
                "Microsoft Visual C++ runtime (vcruntime140*.dll, msvcp140*.dll)",
                [
                    "Shipped with CPython and Qt as Microsoft allows for these redistributable files (Microsoft Visual",
                    'Studio licence terms, "Distributable Code"). https://learn.microsoft.com/cpp/windows/redistributing-visual-cpp-files',
                ],
                [],
            )
        return out
    if not foreign or not shutil.which("dpkg"):
        return out
    packages: dict[str, list[str]] = {}
    for lib in foreign:
        found = subprocess.run(["dpkg", "-S", lib], capture_output=True, text=True)
        if found.returncode != 0:  # /lib → /usr/lib on merged-/usr systems
            found = subprocess.run(["dpkg", "-S", lib.replace("/usr/lib/", "/lib/", 1)], capture_output=True, text=True)
        package = found.stdout.split(":", 1)[0].strip() if found.returncode == 0 else ""
        packages.setdefault(package or "(no Debian package found)", []).append(Path(lib).name)
    for package, libs in sorted(packages.items()):
        copyright_file = Path("/usr/share/doc") / package.split(":")[0] / "copyright"
        texts = (
            [("copyright", copyright_file.read_text(encoding="utf-8", errors="replace").strip())]
            if copyright_file.is_file()
            else []
        )
        out += _section(
            f"{package} (Debian) - system library of the build machine", [f"Files: {', '.join(sorted(libs))}"], texts
        )
    return out


def write_notices(target: Path, binaries: list[str] | None = None) -> Path:
    """THIRD-PARTY-NOTICES.txt; ``binaries``: the source paths of the libraries the build collected."""
    text = notices()
    extra = system_libraries(binaries or [])
    if extra:
        text += "\n" + "\n".join(extra).rstrip() + "\n"
    target.write_text(text, encoding="utf-8")
    return target


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python installer/third_party_notices.py OUT_FILE")
    print(write_notices(Path(sys.argv[1])))
