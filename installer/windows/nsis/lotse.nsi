; Lotse - the setup for homes (NSIS, built on Linux by build-nsis.sh with Debian's makensis).
;
; Two clicks: "Einrichten" on the first page, "Fertig" on the last (Lotse then opens). It asks nothing it
; can decide itself: it installs for the person who runs it (no administrator rights, no folder to choose,
; no components, no autostart), puts Lotse on the desktop and in the Start menu, and speaks German, or
; English when Windows does. Its own pages use large print (20 pt). City IT uses the MSI instead.
;
; Silent (tests, helpers):  lotse-<version>-windows-x64-setup.exe /S
; Uninstall:                Windows Settings > Apps > Lotse, or "%LOCALAPPDATA%\Programs\Lotse\uninstall.exe" [/S]
;
; Defines from build-nsis.sh: VERSION, FROZEN (the frozen program folder), OUTFILE, EXTRA (licences, changelog).

Unicode true
ManifestDPIAware true
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user
Name "Lotse"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Lotse"
ShowInstDetails nevershow
ShowUninstDetails nevershow
BrandingText " "
Icon "${ICON}"
UninstallIcon "${ICON}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "Lotse"
VIAddVersionKey /LANG=0 "FileDescription" "Lotse - Einrichtung"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "EUPL-1.2"

!include "nsDialogs.nsh"
!include "LogicLib.nsh"
!include "WinMessages.nsh"

LoadLanguageFile "${NSISDIR}\Contrib\Language files\German.nlf"
LoadLanguageFile "${NSISDIR}\Contrib\Language files\English.nlf"

LangString Caption ${LANG_GERMAN} "Lotse einrichten"
LangString Caption ${LANG_ENGLISH} "Set up Lotse"
LangString Welcome ${LANG_GERMAN} "Lotse wird jetzt auf diesem Computer eingerichtet.$\r$\n$\r$\nDas dauert etwa eine Minute. Sie müssen nichts auswählen.$\r$\n$\r$\nKlicken Sie auf »Einrichten«."
LangString Welcome ${LANG_ENGLISH} "Lotse will now be set up on this computer.$\r$\n$\r$\nIt takes about a minute. You do not need to choose anything.$\r$\n$\r$\nClick »Set up«."
LangString SetUp ${LANG_GERMAN} "Einrichten"
LangString SetUp ${LANG_ENGLISH} "Set up"
LangString Done ${LANG_GERMAN} "Fertig. Lotse ist eingerichtet.$\r$\n$\r$\nLotse öffnet sich, wenn Sie auf »Fertig« klicken.$\r$\n$\r$\nSpäter finden Sie Lotse auf dem Bildschirm: das Bild mit dem Namen »Lotse«."
LangString Done ${LANG_ENGLISH} "Done. Lotse is set up.$\r$\n$\r$\nLotse opens when you click »Done«.$\r$\n$\r$\nLater you find Lotse on your screen: the picture named »Lotse«."
LangString Finish ${LANG_GERMAN} "Fertig"
LangString Finish ${LANG_ENGLISH} "Done"
LangString Comment ${LANG_GERMAN} "Schritt für Schritt: Online-Ausweis und Dienste der Stadt"
LangString Comment ${LANG_ENGLISH} "Step by step: the online ID card and the city's services"
LangString RemoveAsk ${LANG_GERMAN} "Lotse von diesem Computer entfernen?$\r$\n$\r$\nDabei werden auch Ihre gespeicherten Fortschritte, Termine und Entwürfe gelöscht."
LangString RemoveAsk ${LANG_ENGLISH} "Remove Lotse from this computer?$\r$\n$\r$\nYour saved progress, appointments and drafts are deleted as well."

Caption "$(Caption)"
UninstallCaption "$(Caption)"

Var BigFont
Var Dialog

Page custom WelcomePage WelcomeLeave
Page instfiles
Page custom DonePage DoneLeave

Function .onInit
  ; German unless Windows speaks English (or another language: German is the source language)
  System::Call 'kernel32::GetUserDefaultUILanguage() h .r0'
  IntOp $0 $0 & 0x3FF
  ${If} $0 == 0x09
    StrCpy $LANGUAGE ${LANG_ENGLISH}
  ${Else}
    StrCpy $LANGUAGE ${LANG_GERMAN}
  ${EndIf}
FunctionEnd

Function BigText  ; (text on the stack) - one label in large print filling the page
  Pop $1
  CreateFont $BigFont "Segoe UI" 20 400
  ${NSD_CreateLabel} 0 0 100% 100% "$1"
  Pop $2
  SendMessage $2 ${WM_SETFONT} $BigFont 1
FunctionEnd

Function WelcomePage
  nsDialogs::Create 1018
  Pop $Dialog
  Push "$(Welcome)"
  Call BigText
  GetDlgItem $0 $HWNDPARENT 1
  SendMessage $0 ${WM_SETTEXT} 0 "STR:$(SetUp)"
  SendMessage $0 ${WM_SETFONT} $BigFont 1
  GetDlgItem $0 $HWNDPARENT 3  ; no "Back"
  ShowWindow $0 ${SW_HIDE}
  nsDialogs::Show
FunctionEnd

Function WelcomeLeave
FunctionEnd

Function DonePage
  nsDialogs::Create 1018
  Pop $Dialog
  Push "$(Done)"
  Call BigText
  GetDlgItem $0 $HWNDPARENT 1
  SendMessage $0 ${WM_SETTEXT} 0 "STR:$(Finish)"
  SendMessage $0 ${WM_SETFONT} $BigFont 1
  GetDlgItem $0 $HWNDPARENT 2  ; nothing to cancel any more
  ShowWindow $0 ${SW_HIDE}
  GetDlgItem $0 $HWNDPARENT 3
  ShowWindow $0 ${SW_HIDE}
  nsDialogs::Show
FunctionEnd

Function DoneLeave
  Exec '"$INSTDIR\lotse.exe"'
FunctionEnd

Section "Lotse"
  SetOutPath "$INSTDIR"
  File /r "${FROZEN}\*"
  File "${EXTRA}\lotse.conf.example"
  File "${EXTRA}\CHANGELOG.md"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\Lotse.lnk" "$INSTDIR\lotse.exe" "" "$INSTDIR\lotse.exe" 0 SW_SHOWNORMAL "" "$(Comment)"
  CreateShortcut "$SMPROGRAMS\Lotse.lnk" "$INSTDIR\lotse.exe" "" "$INSTDIR\lotse.exe" 0 SW_SHOWNORMAL "" "$(Comment)"
  !define UNINST "Software\Microsoft\Windows\CurrentVersion\Uninstall\Lotse"
  WriteRegStr HKCU "${UNINST}" "DisplayName" "Lotse"
  WriteRegStr HKCU "${UNINST}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST}" "Publisher" "Lotse"
  WriteRegStr HKCU "${UNINST}" "DisplayIcon" "$INSTDIR\lotse.exe"
  WriteRegStr HKCU "${UNINST}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST}" "NoRepair" 1
SectionEnd

Function un.onInit
  System::Call 'kernel32::GetUserDefaultUILanguage() h .r0'
  IntOp $0 $0 & 0x3FF
  ${If} $0 == 0x09
    StrCpy $LANGUAGE ${LANG_ENGLISH}
  ${Else}
    StrCpy $LANGUAGE ${LANG_GERMAN}
  ${EndIf}
  ; before anything irreversible the person confirms in plain words (a silent uninstall was asked for already)
  MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "$(RemoveAsk)" /SD IDYES IDYES +2
  Abort
FunctionEnd

Section "Uninstall"
  Delete "$DESKTOP\Lotse.lnk"
  Delete "$SMPROGRAMS\Lotse.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\lotse.exe"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\THIRD-PARTY-NOTICES.txt"
  Delete "$INSTDIR\lotse.conf.example"
  Delete "$INSTDIR\CHANGELOG.md"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  ; the person's own Lotse folder (progress, appointments, drafts): platformdirs.user_data_dir("Lotse")
  RMDir /r "$LOCALAPPDATA\Lotse"
  DeleteRegKey HKCU "${UNINST}"
SectionEnd
