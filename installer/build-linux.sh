#!/usr/bin/env bash
# Builds Lotse for Linux: the frozen one-folder program and the release packages.
#
#   bash installer/build-linux.sh            dist/lotse/ (the program), then
#                                            dist/lotse-<version>-linux-x86_64.tar.gz (install.sh inside) and
#                                            dist/lotse_<version>_amd64.deb, dist/SHA256SUMS-<version>-linux
#   bash installer/build-linux.sh --frozen   only dist/lotse/ (what the smoke test needs)
#   bash installer/build-linux.sh --clean    rebuild from scratch (PyInstaller's cache emptied)
#
# Needs the venv with the `build` extra (installed here if missing). Build on the oldest Linux the
# program must run on: the frozen program needs a glibc at least as new as the build machine's.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

FROZEN_ONLY=0 CLEAN=""
for arg in "$@"; do
  case "$arg" in
    --frozen) FROZEN_ONLY=1 ;;
    --clean) CLEAN="--clean" ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build-linux.sh: unknown option $arg" >&2; exit 1 ;;
  esac
done

if [ ! -x .venv/bin/python ]; then
  LOTSE_EXTRAS=build bash scripts/setup.sh
fi
if ! .venv/bin/python -c "import PyInstaller" 2>/dev/null; then
  .venv/bin/python -m pip install -q -c constraints.txt -e ".[build]"
fi

VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' assistant/__init__.py)
[ -n "$VERSION" ] || { echo "no __version__ in assistant/__init__.py" >&2; exit 1; }

start=$(date +%s.%N)
.venv/bin/python -m PyInstaller --noconfirm $CLEAN --log-level WARN \
  --distpath dist --workpath build/pyinstaller installer/lotse.spec
end=$(date +%s.%N)
printf 'frozen build: dist/lotse  %s  (%.1f s)\n' "$(du -sh dist/lotse | cut -f1)" "$(awk "BEGIN { print $end - $start }")"
[ "$FROZEN_ONLY" = 1 ] && exit 0

ARCH=$(uname -m)
# --- the release archive: the program + install.sh, no Python needed on the target --------------
STAGE=build/release/lotse-$VERSION
rm -rf build/release
bash installer/linux/stage-release.sh dist/lotse "$STAGE"
TARBALL=dist/lotse-$VERSION-linux-$ARCH.tar.gz
tar -C build/release -czf "$TARBALL" "lotse-$VERSION"
printf 'release archive: %s  %s\n' "$TARBALL" "$(du -h "$TARBALL" | cut -f1)"

# --- the Debian package: the same files, staged by install.sh itself ----------------------------
if command -v dpkg-deb >/dev/null 2>&1; then
  DEB=$(bash installer/linux/build-deb.sh "$STAGE" dist)
  printf 'debian package: %s  %s\n' "$DEB" "$(du -h "$DEB" | cut -f1)"
fi

# --- checksums, for the download page and for IT's software repository -------------------------
( cd dist && sha256sum "lotse-$VERSION-linux-$ARCH.tar.gz" lotse_"$VERSION"_*.deb 2>/dev/null > "SHA256SUMS-$VERSION-linux" ) || true
printf 'checksums: dist/SHA256SUMS-%s-linux\n' "$VERSION"
