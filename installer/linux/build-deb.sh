#!/usr/bin/env bash
# Builds the Debian package from a release folder (what build-linux.sh puts into the tar.gz).
#   bash installer/linux/build-deb.sh RELEASE_DIR OUT_DIR   → OUT_DIR/lotse_<version>_<arch>.deb
# The package holds what install.sh installs (it stages itself with --destdir), the `lotse` command in
# /usr/bin, and never /etc/lotse/lotse.conf: IT puts that file there (or runs the .deb's install with
# a conf management tool), so an upgrade never touches it.
set -euo pipefail
RELEASE=$(cd "$1" && pwd)
OUT=$(mkdir -p "$2" && cd "$2" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
VERSION=$(cat "$RELEASE/VERSION")
DEBARCH=$(dpkg --print-architecture)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
PKG=$WORK/lotse
mkdir -p "$PKG/DEBIAN"
bash "$RELEASE/install.sh" --destdir "$PKG" --bindir /usr/bin --quiet
install -m 0755 "$HERE/deb/postinst" "$HERE/deb/postrm" "$PKG/DEBIAN/"
SIZE=$(du -sk --exclude=DEBIAN "$PKG" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$DEBARCH/" -e "s/@SIZE@/$SIZE/" "$HERE/deb/control.in" \
  > "$PKG/DEBIAN/control"
DEB=$OUT/lotse_${VERSION}_$DEBARCH.deb
dpkg-deb --root-owner-group -Zxz -b "$PKG" "$DEB" >/dev/null
echo "$DEB"
