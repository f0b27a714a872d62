#!/usr/bin/env bash
# Puts together the Linux release folder: the frozen program + install.sh, uninstall.sh, menu entry,
# metainfo, icons, the deployment example, CHANGELOG, LICENSE.txt, VERSION, README.txt.
#   bash installer/linux/stage-release.sh FROZEN_DIR RELEASE_DIR
# build-linux.sh packs RELEASE_DIR into lotse-<version>-linux-<arch>.tar.gz and builds the .deb from it.
set -euo pipefail
FROZEN=$(cd "$1" && pwd)
STAGE=$2
REPO=$(cd "$(dirname "$0")/../.." && pwd)
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$REPO/assistant/__init__.py")
[ -n "$VERSION" ] || { echo "no __version__ in assistant/__init__.py" >&2; exit 1; }
rm -rf "$STAGE" && mkdir -p "$STAGE/icons"
cp -a "$FROZEN" "$STAGE/lotse"
cp "$REPO"/installer/linux/install.sh "$REPO"/installer/linux/uninstall.sh "$REPO"/installer/linux/de.lotse.Lotse.desktop \
   "$REPO"/installer/linux/de.lotse.Lotse.metainfo.xml "$STAGE/"
cp "$REPO"/installer/icons/lotse-*.png "$REPO"/installer/icons/lotse.svg "$STAGE/icons/"
cp "$REPO/resources/deploy/lotse.conf.example" "$STAGE/lotse.conf.example"
cp "$REPO/CHANGELOG.md" "$STAGE/"
cp "$REPO/LICENSE" "$STAGE/LICENSE.txt"  # the third-party licences: lotse/THIRD-PARTY-NOTICES.txt (lotse.spec)
echo "$VERSION" > "$STAGE/VERSION"
cat > "$STAGE/README.txt" <<TXT
Lotse $VERSION for Linux ($(uname -m)) - no Python needed.

Install:     sudo ./install.sh
For IT:      sudo ./install.sh --role counter --city bochum [--language de]
             (writes /etc/lotse/lotse.conf; every key: lotse.conf.example; check: lotse --check-deployment)
Remove:      sudo /opt/lotse/uninstall.sh            (add --purge to remove settings and personal data)
Licences:    LICENSE.txt (Lotse, EUPL-1.2); lotse/THIRD-PARTY-NOTICES.txt (everything else inside)

Needs only what every Linux desktop has: glibc 2.36 or newer (Debian 12, Ubuntu 22.10), libGL/libEGL,
libxcb, the Wayland client libraries. For reading aloud: speech-dispatcher. For the ID card: the AusweisApp.
TXT
