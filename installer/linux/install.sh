#!/usr/bin/env bash
# Installs Lotse from this release archive. No Python is needed: the program is a frozen build.
#
#   sudo ./install.sh                                  install to /opt/lotse, menu entry, icon
#   sudo ./install.sh --role counter --city bochum     … and write the deployment settings file
#   sudo ./install.sh --uninstall [--purge]            remove it again (see uninstall.sh)
#
# Options:
#   --role home|library|counter   where this PC stands   } written to /etc/lotse/lotse.conf, section [lotse];
#   --city ID                     city profile (bochum)  } other keys already in the file stay as they are.
#   --language de|en              language at every start}
#   --prefix DIR                  program folder (default /opt/lotse)
#   --destdir DIR                 stage everything below DIR instead of / (packaging; no caches refreshed)
#   --bindir DIR                  where the `lotse` command link goes (default /usr/local/bin)
#   --autostart                   start Lotse when anyone logs in (counter and library PCs):
#                                 /etc/xdg/autostart/de.lotse.Lotse.desktop
#   --quiet                       print only errors
# Exit codes: 0 done, 1 a wrong option or value (nothing changed), 2 not allowed to write (run with sudo).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
APP_ID=de.lotse.Lotse
PREFIX=/opt/lotse
DESTDIR=""
BINDIR=/usr/local/bin
ROLE="" CITY="" LANGUAGE="" QUIET=0 AUTOSTART=0

say() { [ "$QUIET" = 1 ] || echo "$@"; }
die() { echo "install.sh: $1" >&2; exit "${2:-1}"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --role) ROLE=${2:-}; shift 2 ;;
    --role=*) ROLE=${1#*=}; shift ;;
    --city) CITY=${2:-}; shift 2 ;;
    --city=*) CITY=${1#*=}; shift ;;
    --language) LANGUAGE=${2:-}; shift 2 ;;
    --language=*) LANGUAGE=${1#*=}; shift ;;
    --prefix) PREFIX=${2:-}; shift 2 ;;
    --prefix=*) PREFIX=${1#*=}; shift ;;
    --destdir) DESTDIR=${2:-}; shift 2 ;;
    --destdir=*) DESTDIR=${1#*=}; shift ;;
    --bindir) BINDIR=${2:-}; shift 2 ;;
    --bindir=*) BINDIR=${1#*=}; shift ;;
    --quiet|-q) QUIET=1; shift ;;
    --autostart) AUTOSTART=1; shift ;;
    --uninstall) shift; exec bash "$HERE/uninstall.sh" "$@" ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done

# --- check everything before changing anything ---------------------------------------------------
[ -x "$HERE/lotse/lotse" ] || die "the program folder lotse/ is missing next to install.sh"
case "$PREFIX" in /*) ;; *) die "--prefix must be an absolute path" ;; esac
case "$BINDIR" in /*) ;; *) die "--bindir must be an absolute path" ;; esac
case "$ROLE" in ""|home|library|counter) ;; *) die "--role must be home, library or counter (not '$ROLE')" ;; esac
case "$LANGUAGE" in ""|de|en) ;; *) die "--language must be de or en (not '$LANGUAGE')" ;; esac
if [ -n "$CITY" ]; then
  [[ "$CITY" =~ ^[a-z0-9][a-z0-9-]*$ ]] || die "--city must be a city profile id such as bochum (not '$CITY')"
  [ -f "$HERE/lotse/_internal/resources/cities/$CITY.yaml" ] || {
    known=$(cd "$HERE/lotse/_internal/resources/cities" 2>/dev/null && ls -- *.yaml 2>/dev/null | sed 's/\.yaml$//' | tr '\n' ' ')
    die "no city profile '$CITY' in this release (known: ${known:-none})"
  }
fi
if [ -z "$DESTDIR" ] && [ "$(id -u)" -ne 0 ]; then
  die "please run as root, e.g. sudo $0 $*" 2
fi
# An existing program folder is replaced only if it is Lotse's (--prefix /usr must never move /usr).
if [ -e "${DESTDIR%/}$PREFIX" ] && ! { [ -x "${DESTDIR%/}$PREFIX/lotse" ] && [ -d "${DESTDIR%/}$PREFIX/_internal/resources" ]; }; then
  die "$PREFIX exists and is not a Lotse installation; choose another --prefix"
fi

ROOT=${DESTDIR%/}
APPS=$ROOT/usr/share/applications
META=$ROOT/usr/share/metainfo
ICONS=$ROOT/usr/share/icons/hicolor
CONF=$ROOT/etc/lotse/lotse.conf

# --- the program: copy beside, then swap (a running copy keeps its files until it ends) ---------
mkdir -p "$ROOT$(dirname "$PREFIX")"
rm -rf "$ROOT$PREFIX.new" "$ROOT$PREFIX.old"
cp -a "$HERE/lotse" "$ROOT$PREFIX.new"
install -m 0755 "$HERE/uninstall.sh" "$ROOT$PREFIX.new/uninstall.sh"
install -m 0644 "$HERE/lotse.conf.example" "$ROOT$PREFIX.new/lotse.conf.example"
chmod -R u+rwX,go+rX,go-w "$ROOT$PREFIX.new"
if [ -e "$ROOT$PREFIX" ]; then mv "$ROOT$PREFIX" "$ROOT$PREFIX.old"; fi
mv "$ROOT$PREFIX.new" "$ROOT$PREFIX"
rm -rf "$ROOT$PREFIX.old"

# --- menu entry, metainfo, icons, command ------------------------------------------------------
mkdir -p "$APPS" "$META" "$ROOT$BINDIR"
sed -e "s|^Exec=.*|Exec=$PREFIX/lotse|" -e "s|^TryExec=.*|TryExec=$PREFIX/lotse|" \
  "$HERE/$APP_ID.desktop" > "$APPS/$APP_ID.desktop"
chmod 0644 "$APPS/$APP_ID.desktop"
install -m 0644 "$HERE/$APP_ID.metainfo.xml" "$META/$APP_ID.metainfo.xml"
for png in "$HERE"/icons/lotse-*.png; do
  size=$(basename "$png" .png); size=${size#lotse-}
  install -D -m 0644 "$png" "$ICONS/${size}x${size}/apps/$APP_ID.png"
done
install -D -m 0644 "$HERE/icons/lotse.svg" "$ICONS/scalable/apps/$APP_ID.svg"
ln -sfn "$PREFIX/lotse" "$ROOT$BINDIR/lotse"
if [ "$AUTOSTART" = 1 ]; then
  mkdir -p "$ROOT/etc/xdg/autostart"
  install -m 0644 "$APPS/$APP_ID.desktop" "$ROOT/etc/xdg/autostart/$APP_ID.desktop"
  say "Lotse starts when anyone logs in (/etc/xdg/autostart/$APP_ID.desktop)."
fi

# --- the deployment settings file (only when asked) --------------------------------------------
write_conf() {  # sets [lotse] key = value in $CONF, keeping every other line of an existing file
  local tmp
  mkdir -p "$(dirname "$CONF")"
  tmp=$(mktemp "$(dirname "$CONF")/.lotse.conf.XXXXXX")
  if [ ! -f "$CONF" ]; then
    {
      echo "; Lotse – deployment settings for this computer, written by install.sh on $(date +%Y-%m-%d)."
      echo "; Every key is explained in $PREFIX/lotse.conf.example. Check with: lotse --check-deployment"
      echo
      echo "[lotse]"
    } > "$CONF.seed"
    src="$CONF.seed"
  else
    src="$CONF"
  fi
  awk -v role="$ROLE" -v city="$CITY" -v language="$LANGUAGE" '
    function flush(   i, k) {
      for (i = 1; i <= 3; i++) { k = order[i]; if ((k in want) && !(k in done)) { print k " = " want[k]; done[k] = 1 } }
    }
    BEGIN {
      order[1] = "role"; order[2] = "city"; order[3] = "language"
      if (role != "") want["role"] = role
      if (city != "") want["city"] = city
      if (language != "") want["language"] = language
      insec = 0; seen = 0
    }
    /^[ \t]*\[/ {
      if (insec) flush()
      name = $0; gsub(/^[ \t]*\[|\][ \t]*$/, "", name); gsub(/[ \t]/, "", name)
      insec = (tolower(name) == "lotse"); if (insec) seen = 1
      print; next
    }
    insec && /^[ \t]*[A-Za-z_]+[ \t]*[=:]/ {
      key = $0; sub(/^[ \t]*/, "", key); sub(/[ \t]*[=:].*$/, "", key); key = tolower(key)
      if (key in want) { if (!(key in done)) { print key " = " want[key]; done[key] = 1 } next }
    }
    { print }
    END {
      if (insec) flush()
      else if (!seen) { print ""; print "[lotse]"; flush() }
    }
  ' "$src" > "$tmp"
  rm -f "$CONF.seed"
  chmod 0644 "$tmp"
  mv "$tmp" "$CONF"
  say "Deployment settings written to ${CONF#$ROOT}:$( [ -n "$ROLE" ] && echo " role = $ROLE")$( [ -n "$CITY" ] && echo " city = $CITY")$( [ -n "$LANGUAGE" ] && echo " language = $LANGUAGE")"
}
if [ -n "$ROLE$CITY$LANGUAGE" ]; then
  write_conf
fi

# --- caches of the desktop (only on a real install) --------------------------------------------
if [ -z "$DESTDIR" ]; then
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
fi

say "Lotse $(cat "$HERE/VERSION" 2>/dev/null || echo) is installed in $PREFIX. Start it from the menu (Lotse) or with: lotse"
# The online ID card needs the AusweisApp; Lotse works without it, so this is a hint, not an error.
if [ -z "$DESTDIR" ] && ! command -v AusweisApp >/dev/null 2>&1 && ! command -v AusweisApp2 >/dev/null 2>&1 \
   && ! { command -v flatpak >/dev/null 2>&1 && flatpak info de.bund.ausweisapp.ausweisapp2 >/dev/null 2>&1; }; then
  say "Note: the AusweisApp is not installed. The online ID card needs it (free):"
  say "      sudo apt install ausweisapp2   - or see https://www.ausweisapp.bund.de/download"
fi
