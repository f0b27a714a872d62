#!/usr/bin/env bash
# Removes Lotse installed by install.sh (it is copied to /opt/lotse/uninstall.sh).
#
#   sudo /opt/lotse/uninstall.sh            the program, menu entry, icons, metainfo, the `lotse` command
#   sudo /opt/lotse/uninstall.sh --purge    … and the deployment settings (/etc/lotse) and every person's
#                                           Lotse folder (~/.local/share/Lotse: progress, appointments,
#                                           drafts, settings) on this computer
# Options: --prefix DIR, --destdir DIR, --bindir DIR, --quiet (as for install.sh).
#
# What no uninstaller can remove: the entries in each person's keyring (service "Lotse": bookings'
# numbers, staff API keys). They are encrypted with that person's login and only reachable in their own
# session: before uninstalling, use "Alles vergessen" in Lotse, or run as that person:
#   secret-tool clear service Lotse
# (Library and counter PCs forget them at every session end anyway.)
set -euo pipefail

APP_ID=de.lotse.Lotse
PREFIX=/opt/lotse
DESTDIR=""
BINDIR=/usr/local/bin
PURGE=0 QUIET=0
say() { [ "$QUIET" = 1 ] || echo "$@"; }
die() { echo "uninstall.sh: $1" >&2; exit "${2:-1}"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --purge) PURGE=1; shift ;;
    --prefix) PREFIX=${2:-}; shift 2 ;;
    --prefix=*) PREFIX=${1#*=}; shift ;;
    --destdir) DESTDIR=${2:-}; shift 2 ;;
    --destdir=*) DESTDIR=${1#*=}; shift ;;
    --bindir) BINDIR=${2:-}; shift 2 ;;
    --bindir=*) BINDIR=${1#*=}; shift ;;
    --quiet|-q) QUIET=1; shift ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done
case "$PREFIX" in /?*) ;; *) die "--prefix must be an absolute path below /" ;; esac
if [ -z "$DESTDIR" ] && [ "$(id -u)" -ne 0 ]; then
  die "please run as root, e.g. sudo $0" 2
fi
ROOT=${DESTDIR%/}

# Only remove a program folder that is really Lotse's (a wrong --prefix must not delete anything else).
if [ -e "$ROOT$PREFIX" ]; then
  [ -x "$ROOT$PREFIX/lotse" ] && [ -d "$ROOT$PREFIX/_internal/resources" ] \
    || die "$PREFIX does not look like a Lotse installation; nothing removed"
  rm -rf "$ROOT$PREFIX"
fi
rm -f "$ROOT/usr/share/applications/$APP_ID.desktop" "$ROOT/usr/share/metainfo/$APP_ID.metainfo.xml" \
  "$ROOT/etc/xdg/autostart/$APP_ID.desktop"
rm -f "$ROOT"/usr/share/icons/hicolor/*/apps/"$APP_ID".png "$ROOT/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
if [ -L "$ROOT$BINDIR/lotse" ]; then rm -f "$ROOT$BINDIR/lotse"; fi

if [ "$PURGE" = 1 ]; then
  rm -rf "$ROOT/etc/lotse"
  # every person's folder: platformdirs' user_data_dir("Lotse") = $XDG_DATA_HOME or ~/.local/share, + /Lotse
  removed=0
  while IFS=: read -r _user _ _uid _ _ home _; do
    [ -n "$home" ] && [ "$home" != "/" ] || continue
    for d in "$ROOT$home/.local/share/Lotse"; do
      if [ -d "$d" ]; then rm -rf "$d"; removed=$((removed + 1)); fi
    done
  done < <(getent passwd 2>/dev/null || cat "$ROOT/etc/passwd" 2>/dev/null || true)
  say "Removed the deployment settings and $removed personal Lotse folder(s)."
  say "Keyring entries (service \"Lotse\") can only be removed by each person: secret-tool clear service Lotse"
fi

if [ -z "$DESTDIR" ]; then
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
fi
say "Lotse has been removed."
