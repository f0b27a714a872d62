#!/usr/bin/env bash
# Builds the setup for homes from the frozen Windows program (see lotse.nsi).
#   bash installer/windows/nsis/build-nsis.sh FROZEN_DIR OUT_DIR   → OUT_DIR/lotse-<version>-windows-x64-setup.exe
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/../installer-args.sh"
cp "$ROOT/resources/deploy/lotse.conf.example" "$ROOT/CHANGELOG.md" "$WORK/"
SETUP=$OUT/lotse-$VERSION-windows-x64-setup.exe
makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$VERSION" -DFROZEN="$FROZEN" -DEXTRA="$WORK" -DOUTFILE="$SETUP" \
  -DICON="$ROOT/installer/icons/lotse.ico" "$HERE/lotse.nsi" > "$WORK/makensis.log" 2>&1 \
  || { cat "$WORK/makensis.log" >&2; exit 1; }
echo "$SETUP"
