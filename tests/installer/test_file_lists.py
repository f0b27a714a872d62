"""The Windows installer script and the PyInstaller spec agree, and the .iss is well-formed.

Inno Setup does not run on Linux, so the script is checked here by reading it: its sections, its
names and version, its file list against the spec's resource folders, the deployment file it writes
against ``assistant.core.deployment``, and the personal-data folder it removes against platformdirs.
"""

from __future__ import annotations

import itertools
import re
import struct
from pathlib import Path, PureWindowsPath

import pytest

from assistant.core.deployment import KNOWN_KEYS, default_path, parse_deployment
from assistant.core.roles import Role
from tests.installer.installer_files import INSTALLER, REPO, parse_iss, source_version, spec_constants

SPEC = spec_constants()
ISS = parse_iss()
STANDARD_MESSAGES = {"CreateDesktopIcon", "AdditionalIcons", "LaunchProgram"}  # Inno's own, in every .isl


def test_iss_parses_into_the_expected_sections():
    for section in (
        "Setup",
        "Languages",
        "CustomMessages",
        "Tasks",
        "Files",
        "INI",
        "Icons",
        "Run",
        "UninstallDelete",
        "Code",
    ):
        assert ISS.sections.get(section), f"[{section}] missing or empty"
    for section in ("Files", "Icons", "Run", "UninstallDelete", "INI", "Tasks", "Languages"):
        for entry in ISS.entries(section):
            assert entry, f"[{section}] has a line that is not Name: value; … pairs"


def test_names_version_and_program_agree_with_the_spec():
    setup = ISS.setup()
    assert setup["AppName"] == SPEC["APP_NAME"] == "Lotse"
    assert setup["AppVersion"] == source_version()
    assert ISS.defines["AppExeName"] == f"{SPEC['EXE_NAME']}.exe"
    assert PureWindowsPath(ISS.defines["DistDir"]).parts[-2:] == ("dist", SPEC["DIST_NAME"])
    assert setup["OutputBaseFilename"] == f"lotse-{source_version()}-windows-x64-setup"
    # the files it names exist (relative to installer/windows/)
    base = INSTALLER / "windows"
    assert (base / PureWindowsPath(setup["SetupIconFile"]).as_posix()).is_file()
    for entry in ISS.entries("Files"):
        src = entry["Source"]
        if not src.startswith(ISS.defines["DistDir"]):  # not from the frozen build: must exist now
            assert (base / PureWindowsPath(src).as_posix()).is_file(), src
    # the program file is the one the shortcuts start
    exe = "{app}\\" + ISS.defines["AppExeName"]
    assert {e["Filename"] for e in ISS.entries("Icons")} == {exe}
    assert ISS.setup()["UninstallDisplayIcon"] == exe


def test_the_same_resource_folders_in_spec_iss_and_resources():
    dirs = SPEC["RESOURCE_DIRS"]
    present = {p.name for p in (REPO / "resources").iterdir() if p.is_dir() and not p.name.startswith((".", "_"))}
    assert present <= set(dirs), f"resources/{sorted(present - set(dirs))} is not listed in lotse.spec"
    dist = ISS.defines["DistDir"]
    in_iss = []
    for entry in ISS.entries("Files"):
        m = re.fullmatch(re.escape(dist) + r"\\_internal\\resources\\(\w+)\\\*", entry["Source"])
        if m:
            in_iss.append(m.group(1))
            assert entry["DestDir"] == "{app}\\_internal\\resources\\" + m.group(1)
            assert {"recursesubdirs", "createallsubdirs"} <= set(entry["Flags"].split())
    assert sorted(in_iss) == sorted(dirs)
    # the rest of the bundle is copied once, without the resources
    rest = [e for e in ISS.entries("Files") if e["Source"] == dist + "\\_internal\\*"]
    assert len(rest) == 1 and rest[0]["Excludes"] == "\\resources"


def test_spec_ships_only_the_qt_modules_the_program_uses():
    used, excluded = set(SPEC["QT_MODULES"]), set(SPEC["QT_EXCLUDED_MODULES"])
    assert not used & excluded
    for heavy in ("QtWebEngineCore", "QtWebEngineWidgets", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia"):
        assert heavy in excluded
    # every Qt module imported anywhere in the program is shipped
    imported = set()
    for path in (REPO / "assistant").rglob("*.py"):
        imported |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert imported <= used, f"the program imports {sorted(imported - used)}, which lotse.spec does not ship"


def test_german_installer_first_then_english_and_every_message_in_both():
    langs = ISS.entries("Languages")
    assert [(lang["Name"], lang["MessagesFile"]) for lang in langs] == [
        ("de", "compiler:Languages\\German.isl"),
        ("en", "compiler:Default.isl"),
    ]
    defined: dict[str, set[str]] = {"de": set(), "en": set()}
    for line in ISS.sections["CustomMessages"]:
        m = re.match(r"(de|en)\.(\w+)=", line)
        assert m, line
        defined[m.group(1)].add(m.group(2))
    assert defined["de"] == defined["en"]
    text = "\n".join(itertools.chain.from_iterable(ISS.sections.values()))
    used = set(re.findall(r"\{cm:(\w+)", text)) | set(re.findall(r"CustomMessage\('(\w+)'\)", text))
    assert used - STANDARD_MESSAGES <= defined["de"], sorted(used - STANDARD_MESSAGES - defined["de"])
    assert defined["de"] <= used, f"unused messages: {sorted(defined['de'] - used)}"


def test_start_menu_entry_desktop_shortcut_and_ausweisapp_check():
    icons = {e["Name"]: e for e in ISS.entries("Icons")}
    assert "{autoprograms}\\Lotse" in icons
    assert icons["{autodesktop}\\Lotse"]["Tasks"] == "desktopicon"
    assert any(t["Name"] == "desktopicon" and "unchecked" not in t.get("Flags", "") for t in ISS.entries("Tasks"))
    # autostart for counter and library PCs: offered, off unless chosen
    assert icons["{autostartup}\\Lotse"]["Tasks"] == "autostart"
    assert any(t["Name"] == "autostart" and "unchecked" in t["Flags"] for t in ISS.entries("Tasks"))
    ausweis = [r for r in ISS.entries("Run") if "ausweisapp.bund.de" in r["Filename"]]
    assert len(ausweis) == 1 and ausweis[0]["Check"] == "not IsAusweisAppInstalled"
    assert "shellexec" in ausweis[0]["Flags"] and "skipifsilent" in ausweis[0]["Flags"]


def test_pascal_code_defines_every_function_it_is_asked_for():
    code = "\n".join(ISS.sections["Code"])
    defined = set(re.findall(r"^\s*(?:function|procedure)\s+(\w+)", code, re.MULTILINE | re.IGNORECASE))
    wanted = set()
    for section in ("Files", "INI", "Icons", "Run", "Dirs"):
        for entry in ISS.entries(section):
            if "Check" in entry:
                wanted.add(entry["Check"].removeprefix("not ").strip())
            wanted |= set(re.findall(r"\{code:(\w+)", " ".join(entry.values())))
    assert wanted - {"IsAdminInstallMode"} <= defined
    # Inno's event functions are spelled exactly
    for event in ("InitializeSetup", "InitializeWizard", "CurStepChanged", "CurUninstallStepChanged"):
        assert event in defined
    # begin/end balance (case … end and try … end count as blocks too)
    words = re.findall(r"\b(begin|case|try|end)\b", re.sub(r"\{[^}]*\}|'[^']*'", "", code).lower())
    assert words.count("end") == words.count("begin") + words.count("case") + words.count("try")


def test_uninstaller_removes_the_personal_folder_platformdirs_uses(monkeypatch):
    import platformdirs.windows as pw

    monkeypatch.setattr(
        pw,
        "get_win_folder",
        lambda csidl: {
            "CSIDL_LOCAL_APPDATA": r"C:\Users\erna\AppData\Local",
            "CSIDL_APPDATA": r"C:\Users\erna\AppData\Roaming",
        }[csidl],
    )
    data = pw.Windows("Lotse", appauthor=False).user_data_dir.replace("/", "\\")
    assert data == r"C:\Users\erna\AppData\Local\Lotse"
    deleted = {e["Name"] for e in ISS.entries("UninstallDelete") if e["Type"] == "filesandordirs"}
    assert "{localappdata}\\Lotse" in deleted
    # and it is the same folder paths.py uses (platformdirs with appname "Lotse", appauthor False)
    paths_src = (REPO / "assistant" / "core" / "paths.py").read_text(encoding="utf-8")
    assert 'user_data_dir("Lotse", appauthor=False)' in paths_src
    code = "\n".join(ISS.sections["Code"])
    assert "{localappdata}\\Lotse" in code and "AppData\\Local\\Lotse" in code  # every profile, admin install
    assert "'@Lotse'" in code  # keyring entries of service "Lotse"
    from assistant.portal.secrets import SERVICE

    assert SERVICE == "Lotse"


def test_deployment_file_written_where_and_how_the_program_reads_it():
    ini = ISS.entries("INI")
    conf = default_path("win32", {"PROGRAMDATA": r"C:\ProgramData"})
    assert {e["Filename"] for e in ini} == {"{commonappdata}\\Lotse\\" + conf.name}
    assert str(conf).replace("/", "\\").endswith(r"C:\ProgramData\Lotse\lotse.conf")
    assert {e["Section"] for e in ini} == {"lotse"}
    keys = {e["Key"] for e in ini}
    assert keys == {"role", "city", "language"} and keys <= set(KNOWN_KEYS["lotse"])
    assert {e["Name"] for e in ISS.entries("UninstallDelete")} >= {"{commonappdata}\\Lotse"}
    # the roles the Pascal code accepts are exactly the program's roles
    code = "\n".join(ISS.sections["Code"])
    accepted = set(re.findall(r"\(Role <> '(\w+)'\)", code))
    assert accepted == {r.value for r in Role}
    # what Inno writes (WritePrivateProfileString: key=value, CRLF, ANSI header) reads back cleanly
    header = next(line for line in ISS.sections["CustomMessages"] if line.startswith("en.DeployHeader="))
    written = header.split("=", 1)[1] + "\r\n\r\n[lotse]\r\nrole=library\r\ncity=bochum\r\nlanguage=en\r\n"
    written.encode("ascii")  # SaveStringToFile writes ANSI: keep it ASCII
    d = parse_deployment(written.replace("\r\n", "\n"), cities=REPO / "resources" / "cities")
    assert d.problems == () and d.role is Role.LIBRARY and (d.city, d.language) == ("bochum", "en")


def test_icons_png_sizes_and_ico(tmp_path):
    icons = INSTALLER / "icons"
    for png in icons.glob("lotse-*.png"):
        size = int(png.stem.split("-")[1])
        data = png.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", data[16:24]) == (size, size), png.name
    ico = (icons / "lotse.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    sizes = sorted((ico[6 + 16 * i] or 256) for i in range(count))
    assert sizes[0] == 16 and sizes[-1] == 256
    for i in range(count):
        length, offset = struct.unpack("<II", ico[6 + 16 * i + 8 : 6 + 16 * i + 16])
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(ico)


@pytest.mark.parametrize("version,expected", [("0.1.0", (0, 1, 0, 0)), ("1.2.3rc1", (1, 2, 3, 1))])
def test_windows_version_resource(version, expected):
    import ast
    import importlib.util

    spec = importlib.util.spec_from_file_location("version_info", INSTALLER / "windows" / "version_info.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.app_version() == source_version()
    tree = ast.parse(module.version_info_text(version), mode="eval")  # PyInstaller evaluates this expression
    ffi = next(k.value for k in tree.body.keywords if k.arg == "ffi")
    filevers = next(k.value for k in ffi.keywords if k.arg == "filevers")
    assert ast.literal_eval(filevers) == expected
    assert f"'ProductVersion', {version!r}" in module.version_info_text(version)


def test_iss_is_utf8_with_bom_so_inno_setup_reads_the_umlauts():
    """ISCC reads a script without a byte-order mark as ANSI: "Schließen" would come out garbled."""
    raw = (INSTALLER / "windows" / "lotse.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw[3:].decode("utf-8")
    assert "ö" in text  # the German texts are there, as UTF-8


def test_pascal_code_compiles_with_free_pascal():
    """installer/windows/check_code.py: [Code] compiles against Inno Setup's API (declared there)."""
    import importlib.util
    import shutil

    if not shutil.which("fpc"):
        pytest.skip("Free Pascal is not installed (apt-get install fp-compiler) - the [Code] is not compiled")
    spec = importlib.util.spec_from_file_location("check_code", INSTALLER / "windows" / "check_code.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    proc = module.check()
    assert proc.returncode == 0, proc.stdout[-3000:]
    # and it does fail on a mistake (a misspelt Inno function)
    bad = INSTALLER / "windows" / "lotse.iss"
    broken = bad.read_text(encoding="utf-8-sig").replace("RegQueryStringValue(RootKey", "RegQueryStringValu(RootKey")
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "broken.iss"
        path.write_text(broken, encoding="utf-8")
        failed = module.check(path)
    assert failed.returncode != 0 and "RegQueryStringValu" in failed.stdout
