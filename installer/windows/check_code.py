"""Compiles the [Code] section of lotse.iss with Free Pascal, to catch Pascal mistakes on Linux.

Inno Setup runs [Code] with RemObjects Pascal Script, which follows Delphi's syntax. Free Pascal in
Delphi mode compiles the same text when Inno Setup's support functions are declared; this file
declares them with Inno Setup 6's signatures (empty bodies: nothing is run, only compiled), puts the
script's code after them and the event functions' calls in the main block, and runs ``fpc``.
That catches typos, undeclared names, wrong argument counts or types, and unbalanced blocks — not what
Windows does when the code runs.

    python installer/windows/check_code.py        (needs fpc: apt-get install fp-compiler)

Exit code 0 when it compiles; the compiler's messages otherwise. ``tests/installer`` runs it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ISS = Path(__file__).resolve().parent / "lotse.iss"

# Inno Setup 6 support functions and types used by lotse.iss (signatures from the Inno Setup help).
INNO_API = r"""
type
  TArrayOfString = array of String;
  TSetupStep = (ssPreInstall, ssInstall, ssPostInstall, ssDone);
  TUninstallStep = (usAppMutexCheck, usUninstall, usPostUninstall, usDone);
  TMsgBoxType = (mbInformation, mbConfirmation, mbError, mbCriticalError);
  TExecWait = (ewNoWait, ewWaitUntilIdle, ewWaitUntilTerminated);
  TOutputMsgWizardPage = class end;
const
  HKCU = 1; HKLM = 2; HKLM32 = 3; HKLM64 = 4;
  SW_HIDE = 0; MB_OK = 0; IDOK = 1; wpWelcome = 1;
function ExpandConstant(const S: String): String; begin Result := S; end;
function CustomMessage(const MsgName: String): String; begin Result := MsgName; end;
function FmtMessage(const S: String; const Args: array of String): String; begin Result := S; end;
procedure Log(const S: String); begin end;
function MsgBox(const Text: String; const Typ: TMsgBoxType; const Buttons: Integer): Integer; begin Result := 0; end;
function SuppressibleMsgBox(const Text: String; const Typ: TMsgBoxType; const Buttons, Default: Integer): Integer;
  begin Result := Default; end;
function IsAdminInstallMode: Boolean; begin Result := True; end;
function UninstallSilent: Boolean; begin Result := False; end;
function Lowercase(const S: String): String; begin Result := S; end;
function Trim(const S: String): String; begin Result := S; end;
function SameText(const S1, S2: String): Boolean; begin Result := S1 = S2; end;
function IntToStr(I: Int64): String; begin Result := ''; end;
function GetArrayLength(const Arr: TArrayOfString): Integer; begin Result := Length(Arr); end;
function FileExists(const Name: String): Boolean; begin Result := False; end;
function DirExists(const Name: String): Boolean; begin Result := False; end;
function DeleteFile(const FileName: String): Boolean; begin Result := False; end;
function ForceDirectories(Dir: String): Boolean; begin Result := False; end;
function ExtractFileDir(const FileName: String): String; begin Result := FileName; end;
function AddBackslash(const S: String): String; begin Result := S; end;
function GetTempDir: String; begin Result := ''; end;
function GetEnv(const EnvVar: String): String; begin Result := ''; end;
function SaveStringToFile(const FileName: String; const S: AnsiString; const Append: Boolean): Boolean;
  begin Result := False; end;
function LoadStringsFromFile(const FileName: String; var S: TArrayOfString): Boolean; begin Result := False; end;
function StringChangeEx(var S: String; const FromStr, ToStr: String; const SupportDBCS: Boolean): Integer;
  begin Result := 0; end;
function DelTree(const Path: String; const IsDir, DeleteFiles, DeleteSubdirsAlso: Boolean): Boolean;
  begin Result := False; end;
function Exec(const Filename, Params, WorkingDir: String; const ShowCmd: Integer; const Wait: TExecWait;
  var ResultCode: Integer): Boolean; begin Result := False; end;
function RegGetSubkeyNames(const RootKey: Integer; const SubKeyName: String; var Names: TArrayOfString): Boolean;
  begin Result := False; end;
function RegQueryStringValue(const RootKey: Integer; const SubKeyName, ValueName: String;
  var ResultStr: String): Boolean; begin Result := False; end;
function RegDeleteKeyIncludingSubkeys(const RootKey: Integer; const SubkeyName: String): Boolean;
  begin Result := False; end;
function CreateOutputMsgPage(const AfterID: Integer; const ACaption, ADescription, AMsg: String):
  TOutputMsgWizardPage; begin Result := nil; end;
"""

# The event functions Inno Setup calls, and how the script's sections call its functions.
MAIN = r"""
var
  Step: TSetupStep;
  UStep: TUninstallStep;
begin
  if InitializeSetup() then InitializeWizard();
  for Step := Low(TSetupStep) to High(TSetupStep) do CurStepChanged(Step);
  if InitializeUninstall() then
    for UStep := Low(TUninstallStep) to High(TUninstallStep) do CurUninstallStepChanged(UStep);
{CALLS}end.
"""


def program_text(iss: Path = ISS) -> str:
    text = iss.read_text(encoding="utf-8-sig")
    defines = dict(re.findall(r'^#define\s+(\w+)\s+"([^"]*)"', text, re.MULTILINE))
    code = text.split("\n[Code]\n", 1)[1]
    code = re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], code)
    # what [INI], [Run], … ask of the code: Check: functions and {code:} functions
    calls = []
    for name in sorted(set(re.findall(r"Check:\s*(?:not\s+)?(\w+)", text))):
        calls.append(f"  if {name}() then ;\n")
    for name in sorted(set(re.findall(r"\{code:(\w+)", text))):
        calls.append(f"  if {name}('') = '' then ;\n")
    return "program LotseIssCode;\n{$mode delphi}{$H+}\n" + INNO_API + code + MAIN.replace("{CALLS}", "".join(calls))


def check(iss: Path = ISS) -> subprocess.CompletedProcess:
    fpc = shutil.which("fpc")
    if not fpc:
        raise FileNotFoundError("fpc (Free Pascal) is not installed: apt-get install fp-compiler")
    with tempfile.TemporaryDirectory(prefix="lotse-iss-") as tmp:
        src = Path(tmp) / "lotseisscode.pas"
        src.write_text(program_text(iss), encoding="utf-8")
        return subprocess.run(
            [fpc, "-Mdelphi", "-Sew", "-vew", "-vn-", f"-FE{tmp}", str(src)],
            capture_output=True,
            text=True,
            timeout=120,
        )


def main() -> int:
    proc = check()
    print(proc.stdout[-6000:], proc.stderr[-2000:], sep="\n")
    print("lotse.iss [Code] compiles" if proc.returncode == 0 else "lotse.iss [Code] does NOT compile")
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
