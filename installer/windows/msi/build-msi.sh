#!/usr/bin/env bash
# Builds the MSI for city IT from the frozen Windows program (see lotse.wxs for the properties).
#   bash installer/windows/msi/build-msi.sh FROZEN_DIR OUT_DIR   → OUT_DIR/lotse-<version>-windows-x64.msi
# wixl cannot say an IniFile table or component conditions: they are added with msibuild afterwards.
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/../installer-args.sh"

# the city profiles shipped: CITY must name one of them
CITIES=$(cd "$ROOT/resources/cities" && ls ./*.yaml | sed 's|^\./||; s|\.yaml$||')
CITY_LIST=$(echo $CITIES | sed 's/ /, /g')
CITY_CONDITION=$(for c in $CITIES; do printf '%sCITY="%s"' "${sep:-}" "$c"; sep=" OR "; done)

# files beside the program: licences, the deployment example, the changelog
mkdir -p "$WORK/extra"
cp "$ROOT/resources/deploy/lotse.conf.example" "$ROOT/CHANGELOG.md" "$WORK/extra/"
cp "$ROOT/LICENSE" "$WORK/extra/LICENSE.txt"
cp "$FROZEN/THIRD-PARTY-NOTICES.txt" "$WORK/extra/THIRD-PARTY-NOTICES.txt"

( cd "$FROZEN" && find . -type f ! -name THIRD-PARTY-NOTICES.txt | sed 's|^\./||' | sort ) \
  | sed "s|^|$FROZEN/|" \
  | wixl-heat --prefix "$FROZEN/" --directory-ref INSTALLDIR --component-group CG.Program --var var.SourceDir --win64 \
  > "$WORK/program.wxs"
MSI=$OUT/lotse-$VERSION-windows-x64.msi
ln -s "$FROZEN" "$WORK/program"
# wixl takes the Source paths relative to where it runs
( cd "$WORK" && wixl -a x64 -o "$MSI" -D Version="$VERSION" -D SourceDir=program -D ExtraDir=extra -D Win64=yes \
  "$HERE/lotse.wxs" program.wxs 2> wixl.log ) || { cat "$WORK/wixl.log" >&2; exit 1; }

q() { msibuild "$MSI" -q "$1"; }
q 'CREATE TABLE `IniFile` (`IniFile` CHAR(72) NOT NULL, `FileName` CHAR(255) NOT NULL LOCALIZABLE, `DirProperty` CHAR(72), `Section` CHAR(96) NOT NULL LOCALIZABLE, `Key` CHAR(128) NOT NULL LOCALIZABLE, `Value` CHAR(255) NOT NULL LOCALIZABLE, `Action` SHORT NOT NULL, `Component_` CHAR(72) NOT NULL PRIMARY KEY `IniFile`)'
for key in Role City Language; do
  prop=$(echo "$key" | tr '[:lower:]' '[:upper:]')
  lower=$(echo "$key" | tr '[:upper:]' '[:lower:]')
  # Action 0: add or replace the key; other keys IT wrote into the file stay
  q "INSERT INTO \`IniFile\` (\`IniFile\`, \`FileName\`, \`DirProperty\`, \`Section\`, \`Key\`, \`Value\`, \`Action\`, \`Component_\`) VALUES ('Ini.$key', 'lotse.conf', 'LOTSEDATA', 'lotse', '$lower', '[$prop]', 0, 'C.$key')"
  # installed only when the property is given; permanent (272 = 64-bit + permanent): an upgrade or a
  # re-install without the property keeps the key; uninstalling removes the whole file (RF.Conf below)
  q "UPDATE \`Component\` SET \`Condition\` = '$prop', \`Attributes\` = 272 WHERE \`Component\` = 'C.$key'"
done
q 'CREATE TABLE `RemoveFile` (`FileKey` CHAR(72) NOT NULL, `Component_` CHAR(72) NOT NULL, `FileName` CHAR(255) LOCALIZABLE, `DirProperty` CHAR(72) NOT NULL, `InstallMode` SHORT NOT NULL PRIMARY KEY `FileKey`)' > /dev/null 2>&1 || true  # wixl made it when it has a RemoveFolder
q "INSERT INTO \`RemoveFile\` (\`FileKey\`, \`Component_\`, \`FileName\`, \`DirProperty\`, \`InstallMode\`) VALUES ('RF.Conf', 'C.Data', 'lotse.conf', 'LOTSEDATA', 2)"
# ROLE, LANGUAGE, CITY: an unknown value stops the installation before anything is installed
q 'CREATE TABLE `LaunchCondition` (`Condition` CHAR(255) NOT NULL, `Description` CHAR(255) NOT NULL LOCALIZABLE PRIMARY KEY `Condition`)' > /dev/null 2>&1 || true
launch() { q "INSERT INTO \`LaunchCondition\` (\`Condition\`, \`Description\`) VALUES ('$1', '$2')"; }
launch 'NOT ROLE OR ROLE="home" OR ROLE="library" OR ROLE="counter"' \
  'Unbekannte Rolle in ROLE. Erlaubt sind: home, library, counter. Es wurde nichts installiert. / Unknown ROLE (allowed: home, library, counter). Nothing was installed.'
launch 'NOT LANGUAGE OR LANGUAGE="de" OR LANGUAGE="en"' \
  'Unbekannte Sprache in LANGUAGE. Erlaubt sind: de, en. Es wurde nichts installiert. / Unknown LANGUAGE (allowed: de, en). Nothing was installed.'
launch "NOT CITY OR $CITY_CONDITION" \
  "Fuer CITY ist kein Stadtprofil dabei (bekannt: $CITY_LIST). Es wurde nichts installiert; eine schon installierte Fassung behaelt ihre Stadt. / No city profile for CITY (known: $CITY_LIST). Nothing was installed; an installed version keeps its city."
# A newer (or rebuilt) version replaces the installed one: the Upgrade table of the UpgradeCode in lotse.wxs;
# the old one is removed after the new one is in (RemoveExistingProducts after InstallFinalize), so the
# shared C.Data never goes away and lotse.conf stays
q 'CREATE TABLE `Upgrade` (`UpgradeCode` CHAR(38) NOT NULL, `VersionMin` CHAR(20), `VersionMax` CHAR(20), `Language` CHAR(255), `Attributes` LONG NOT NULL, `Remove` CHAR(255), `ActionProperty` CHAR(72) NOT NULL PRIMARY KEY `UpgradeCode`, `VersionMin`, `VersionMax`, `Language`, `Attributes`)' > /dev/null 2>&1 || true
UPGRADE_CODE=$(sed -n 's/.*UpgradeCode="\([^"]*\)".*/\1/p' "$HERE/lotse.wxs")
# 768: VersionMin and VersionMax inclusive
q "INSERT INTO \`Upgrade\` (\`UpgradeCode\`, \`VersionMin\`, \`VersionMax\`, \`Attributes\`, \`ActionProperty\`) VALUES ('{$UPGRADE_CODE}', '0.0.0', '$VERSION', 768, 'LOTSE_OLDER')"
# the standard actions that read those tables (wixl leaves out what it does not know)
for action in "InstallExecuteSequence LaunchConditions 100" "InstallUISequence LaunchConditions 100" \
              "InstallExecuteSequence RemoveIniValues 3800" "InstallExecuteSequence WriteIniValues 5100" \
              "InstallExecuteSequence RemoveFiles 3500" "InstallExecuteSequence FindRelatedProducts 200" \
              "InstallUISequence FindRelatedProducts 200" "InstallExecuteSequence RemoveExistingProducts 6700"; do
  set -- $action
  q "INSERT INTO \`$1\` (\`Action\`, \`Sequence\`) VALUES ('$2', $3)" > /dev/null 2>&1 || true  # already there
done
rm -f "$OUT"/.gsf-save-*  # libgsf leaves these behind when msibuild refuses a query
echo "$MSI"
