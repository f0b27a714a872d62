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
# The maintainer (control, changelog): DEB_MAINTAINER="Name <address>", else installer/linux/deb/maintainer.
MAINTAINER=${DEB_MAINTAINER:-$(cat "$HERE/deb/maintainer")}
bash "$RELEASE/install.sh" --destdir "$PKG" --bindir /usr/bin --quiet
install -m 0755 "$HERE/deb/postinst" "$HERE/deb/postrm" "$PKG/DEBIAN/"
# Debian's documentation files: copyright (Lotse's EUPL-1.2 text + where the third-party licences are),
# the changelog from CHANGELOG.md
DOC=$PKG/usr/share/doc/lotse
install -d -m 0755 "$DOC"
{
  echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
  echo "Upstream-Name: Lotse"
  echo "Upstream-Contact: $MAINTAINER"
  echo "Comment: The program folder /opt/lotse holds a frozen build. Every third-party part in it (CPython,"
  echo " Qt in PySide6, the Python libraries, PyInstaller's bootloader, the DejaVu fonts) is listed with its full"
  echo " licence text in /opt/lotse/THIRD-PARTY-NOTICES.txt."
  echo
  echo "Files: *"
  echo "Copyright: $(date -u +%Y) the Lotse authors"
  echo "License: EUPL-1.2"
  sed -e 's/^$/./' -e 's/^/ /' "$RELEASE/LICENSE.txt"
  echo
  echo "Files: opt/lotse/_internal/*"
  echo "Copyright: see /opt/lotse/THIRD-PARTY-NOTICES.txt"
  echo "License: various"
  echo " Each part under its own licence, with the full text, in /opt/lotse/THIRD-PARTY-NOTICES.txt."
} > "$DOC/copyright"
python3 "$HERE/deb/changelog.py" "$RELEASE/CHANGELOG.md" "$MAINTAINER" | gzip -9n > "$DOC/changelog.gz"
chmod 0644 "$DOC/copyright" "$DOC/changelog.gz"
install -D -m 0644 "$HERE/deb/lintian-overrides" "$PKG/usr/share/lintian/overrides/lotse"
# shared libraries need no execute bit (lintian: shared-library-is-executable)
find "$PKG/opt" -type f -name '*.so*' -exec chmod 0644 {} +
SIZE=$(du -sk --exclude=DEBIAN "$PKG" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$DEBARCH/" -e "s/@SIZE@/$SIZE/" -e "s|@MAINTAINER@|$MAINTAINER|" \
  "$HERE/deb/control.in" > "$PKG/DEBIAN/control"
DEB=$OUT/lotse_${VERSION}_$DEBARCH.deb
dpkg-deb --root-owner-group -Zxz -b "$PKG" "$DEB" >/dev/null
echo "$DEB"
