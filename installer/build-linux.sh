#!/usr/bin/env bash
# Builds Lotse for Linux: the frozen one-folder program and the release packages.
#
#   bash installer/build-linux.sh            dist/lotse/ (the program), then
#                                            dist/lotse-<version>-linux-x86_64.tar.gz (install.sh inside) and
#                                            dist/lotse_<version>_amd64.deb
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
  .venv/bin/python -m pip install -q -e ".[build]"
fi

VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' assistant/__init__.py)
[ -n "$VERSION" ] || { echo "no __version__ in assistant/__init__.py" >&2; exit 1; }

start=$(date +%s.%N)
.venv/bin/python -m PyInstaller --noconfirm $CLEAN --log-level WARN \
  --distpath dist --workpath build/pyinstaller installer/lotse.spec
end=$(date +%s.%N)
printf 'frozen build: dist/lotse  %s  (%.1f s)\n' "$(du -sh dist/lotse | cut -f1)" "$(echo "$end - $start" | bc 2>/dev/null || python3 -c "print($end-$start)")"
[ "$FROZEN_ONLY" = 1 ] && exit 0

ARCH=$(uname -m)
# --- the release archive: the program + install.sh, no Python needed on the target --------------
STAGE=build/release/lotse-$VERSION
rm -rf build/release && mkdir -p "$STAGE/icons"
cp -a dist/lotse "$STAGE/lotse"
cp installer/linux/install.sh installer/linux/uninstall.sh installer/linux/de.lotse.Lotse.desktop \
   installer/linux/de.lotse.Lotse.metainfo.xml "$STAGE/"
cp installer/icons/lotse-*.png installer/icons/lotse.svg "$STAGE/icons/"
cp resources/deploy/lotse.conf.example "$STAGE/lotse.conf.example"
cp CHANGELOG.md "$STAGE/"
echo "$VERSION" > "$STAGE/VERSION"
cat > "$STAGE/README.txt" <<EOF
Lotse $VERSION for Linux (x86_64) - no Python needed.

Install:     sudo ./install.sh
For IT:      sudo ./install.sh --role counter --city bochum [--language de]
             (writes /etc/lotse/lotse.conf; all keys: lotse.conf.example; check: lotse --check-deployment)
Remove:      sudo /opt/lotse/uninstall.sh            (add --purge to remove settings and personal data)

Needs the usual desktop libraries (present on every Debian/Ubuntu desktop): libgl1 libegl1 libxkbcommon0
libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4
libxcb-keysyms1 libxcb-shape0; for reading aloud speech-dispatcher; for the ID card the AusweisApp.
EOF
TARBALL=dist/lotse-$VERSION-linux-$ARCH.tar.gz
tar -C build/release -czf "$TARBALL" "lotse-$VERSION"
printf 'release archive: %s  %s\n' "$TARBALL" "$(du -h "$TARBALL" | cut -f1)"

# --- the Debian package: the same files, staged by install.sh itself ----------------------------
if command -v dpkg-deb >/dev/null 2>&1; then
  DEBARCH=$(dpkg --print-architecture)
  PKG=build/deb/lotse
  rm -rf build/deb && mkdir -p "$PKG/DEBIAN"
  bash "$STAGE/install.sh" --destdir "$PKG" --bindir /usr/bin --quiet
  # Debian packages never own /etc/lotse/lotse.conf: IT puts it there (or runs lotse-deploy below).
  rm -rf "$PKG/etc"
  install -m 0755 installer/linux/deb/postinst installer/linux/deb/postrm "$PKG/DEBIAN/"
  SIZE=$(du -sk "$PKG" | cut -f1)
  sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$DEBARCH/" -e "s/@SIZE@/$SIZE/" \
    installer/linux/deb/control.in > "$PKG/DEBIAN/control"
  DEB=dist/lotse_${VERSION}_$DEBARCH.deb
  dpkg-deb --root-owner-group -Zxz -b "$PKG" "$DEB" >/dev/null
  printf 'debian package: %s  %s\n' "$DEB" "$(du -h "$DEB" | cut -f1)"
fi
