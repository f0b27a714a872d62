; Lotse – Windows installer (Inno Setup 6.3 or newer).
;
; Build on Windows, after the frozen build (pyinstaller --noconfirm installer\lotse.spec):
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" installer\windows\lotse.iss
; → dist\lotse-<version>-windows-x64-setup.exe. It cannot be built on Linux (no Inno Setup there).
;
; Unattended install by IT (all parameters optional):
;     lotse-<version>-windows-x64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS
;         /ROLE=counter /CITY=bochum /LANGUAGE=de [/TASKS="!desktopicon"] [/LOG="C:\Temp\lotse.log"]
; /ROLE, /CITY and /LANGUAGE write the deployment settings file %PROGRAMDATA%\Lotse\lotse.conf
; (section [lotse]; format: resources\deploy\lotse.conf.example, read by assistant\core\deployment.py).
; Other keys already in that file stay. Exit code 1 and nothing installed on a wrong value.
;
; Uninstall removes the program, the deployment settings, the Lotse folder of the person who uninstalls
; (%LOCALAPPDATA%\Lotse), in an all-users install the Lotse folder in every profile, and the uninstalling
; person's keyring entries (Windows Credential Manager, "…@Lotse"). Other people's credentials are
; encrypted with their own logins: no installer can reach them (see docs\install.md).
;
; Kept in step with installer\lotse.spec and assistant\__init__.py by tests\installer\test_file_lists.py.

#define AppName "Lotse"
#define AppVersion "0.1.0"
#define AppExeName "lotse.exe"
#define AppPublisher "Lotse"
#define DistDir "..\..\dist\lotse"
#define AusweisAppUrl "https://www.ausweisapp.bund.de/download"

[Setup]
AppId={{6F1E2C4A-8B7D-4E25-9C3A-5D0B7E1F4A62}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
; Administrators install for everyone (needed for the deployment settings in %PROGRAMDATA%);
; a person without admin rights may choose "only for me" in the first dialog.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=lotse-{#AppVersion}-windows-x64-setup
SetupIconFile=..\icons\lotse.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
WizardSizePercent=120
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
CloseApplications=yes
RestartApplications=no
SetupLogging=yes

[Languages]
; German first: it is the default when Windows speaks neither language.
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
de.AppComment=Schritt für Schritt: Online-Ausweis und Dienste der Stadt
en.AppComment=Step by step: the online ID card and the city's services
de.AusweisAppTitle=Die AusweisApp fehlt noch
en.AusweisAppTitle=The AusweisApp is not installed yet
de.AusweisAppSubtitle=Lotse braucht sie für den Online-Ausweis.
en.AusweisAppSubtitle=Lotse needs it for the online ID card.
de.AusweisAppText=Auf diesem Computer ist die AusweisApp nicht installiert.%n%nLotse funktioniert auch ohne sie. Für den Online-Ausweis brauchen Sie die AusweisApp aber. Sie ist kostenlos.%n%nSie bekommen sie hier:%n{#AusweisAppUrl}%n%nAm Ende der Installation können Sie die Seite öffnen.
en.AusweisAppText=The AusweisApp is not installed on this computer.%n%nLotse works without it. For the online ID card you need the AusweisApp, though. It is free.%n%nYou get it here:%n{#AusweisAppUrl}%n%nAt the end of the installation you can open that page.
de.OpenAusweisApp=Seite der AusweisApp öffnen (kostenloser Download)
en.OpenAusweisApp=Open the AusweisApp page (free download)
de.BadRole=Unbekannte Rolle "%1". Erlaubt sind: home, library, counter.
en.BadRole=Unknown role "%1". Allowed: home, library, counter.
de.BadCity=Ungültige Stadt "%1". Schreiben Sie den Namen des Stadtprofils klein, zum Beispiel bochum.
en.BadCity=Invalid city "%1". Write the city profile's id in small letters, for example bochum.
de.UnknownCity=Für die Stadt "%1" ist kein Stadtprofil dabei. Die Stadt wird nicht geändert: Es bleibt die Stadt, die auf diesem Computer schon eingestellt ist (sonst die Grundeinstellung Bochum).
en.UnknownCity=There is no city profile "%1" in this version. The city is not changed: the city already set on this computer stays (otherwise the default, Bochum).
de.BadLanguage=Unbekannte Sprache "%1". Erlaubt sind: de, en.
en.BadLanguage=Unknown language "%1". Allowed: de, en.
de.DeployNeedsAdmin=/ROLE, /CITY und /LANGUAGE brauchen eine Installation für alle Benutzer (mit Administratorrechten).
en.DeployNeedsAdmin=/ROLE, /CITY and /LANGUAGE need an installation for all users (with administrator rights).
de.DeployHeader=; Lotse - Einstellungen fuer diesen Computer, geschrieben bei der Installation. Alle Schluessel: lotse.conf.example im Programmordner.
en.DeployHeader=; Lotse - deployment settings for this computer, written at installation. Every key: lotse.conf.example in the program folder.
de.AutostartTask=Lotse bei jeder Anmeldung starten (für Schalter- und Bibliotheks-PCs)
en.AutostartTask=Start Lotse whenever someone logs in (for counter and library PCs)
de.UninstallNote=Lotse löscht beim Entfernen auch Ihre gespeicherten Fortschritte, Termine und Entwürfe auf diesem Computer.
en.UninstallNote=Removing Lotse also deletes your saved progress, appointments and drafts on this computer.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
; For counter and library PCs (unattended: /TASKS="desktopicon,autostart").
Name: "autostart"; Description: "{cm:AutostartTask}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The program and its libraries (everything of the frozen build except the resources, listed below).
Source: "{#DistDir}\{#AppExeName}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#DistDir}\_internal\*"; DestDir: "{app}\_internal"; Excludes: "\resources"; Flags: ignoreversion recursesubdirs createallsubdirs
; The resources, one line per folder of RESOURCE_DIRS in installer\lotse.spec (a test compares them).
Source: "{#DistDir}\_internal\resources\guides\*"; DestDir: "{app}\_internal\resources\guides"; Flags: ignoreversion recursesubdirs createallsubdirs skipifsourcedoesntexist
Source: "{#DistDir}\_internal\resources\cities\*"; DestDir: "{app}\_internal\resources\cities"; Flags: ignoreversion recursesubdirs createallsubdirs skipifsourcedoesntexist
Source: "{#DistDir}\_internal\resources\images\*"; DestDir: "{app}\_internal\resources\images"; Flags: ignoreversion recursesubdirs createallsubdirs skipifsourcedoesntexist
Source: "{#DistDir}\_internal\resources\style\*"; DestDir: "{app}\_internal\resources\style"; Flags: ignoreversion recursesubdirs createallsubdirs skipifsourcedoesntexist
Source: "{#DistDir}\_internal\resources\translations\*"; DestDir: "{app}\_internal\resources\translations"; Flags: ignoreversion recursesubdirs createallsubdirs skipifsourcedoesntexist
Source: "{#DistDir}\_internal\resources\fonts\*"; DestDir: "{app}\_internal\resources\fonts"; Flags: ignoreversion recursesubdirs createallsubdirs skipifsourcedoesntexist
Source: "{#DistDir}\_internal\resources\icons\*"; DestDir: "{app}\_internal\resources\icons"; Flags: ignoreversion recursesubdirs createallsubdirs skipifsourcedoesntexist
Source: "{#DistDir}\_internal\resources\deploy\*"; DestDir: "{app}\_internal\resources\deploy"; Flags: ignoreversion recursesubdirs createallsubdirs skipifsourcedoesntexist
; For IT: every key of the deployment settings file, beside the program.
Source: "..\..\resources\deploy\lotse.conf.example"; DestDir: "{app}"; Flags: ignoreversion
Source: "..\..\CHANGELOG.md"; DestDir: "{app}"; Flags: ignoreversion

[Dirs]
Name: "{commonappdata}\Lotse"; Check: IsAdminInstallMode

[INI]
; The deployment settings file, only for the parameters given (keys in other sections stay as they are).
Filename: "{commonappdata}\Lotse\lotse.conf"; Section: "lotse"; Key: "role"; String: "{code:DeployRole}"; Check: HasDeployRole
Filename: "{commonappdata}\Lotse\lotse.conf"; Section: "lotse"; Key: "city"; String: "{code:DeployCity}"; Check: HasDeployCity
Filename: "{commonappdata}\Lotse\lotse.conf"; Section: "lotse"; Key: "language"; String: "{code:DeployLanguage}"; Check: HasDeployLanguage

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "{cm:AppComment}"; Tasks: desktopicon
Name: "{autostartup}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "{cm:AppComment}"; Tasks: autostart

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
Filename: "{#AusweisAppUrl}"; Description: "{cm:OpenAusweisApp}"; Flags: shellexec nowait postinstall skipifsilent; Check: not IsAusweisAppInstalled

[UninstallDelete]
; Personal data of the person who uninstalls: platformdirs.user_data_dir("Lotse", appauthor=False).
Type: filesandordirs; Name: "{localappdata}\Lotse"
; The deployment settings (assistant\core\deployment.py: %PROGRAMDATA%\Lotse\lotse.conf).
Type: filesandordirs; Name: "{commonappdata}\Lotse"
Type: dirifempty; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"

[Code]
var
  AusweisAppPage: TOutputMsgWizardPage;
  CityChecked, CityValid: Boolean;

function ParamLower(const Name: String): String;
begin
  Result := Lowercase(Trim(ExpandConstant('{param:' + Name + '|}')));
end;

function DeployRole(Param: String): String;
begin
  Result := ParamLower('ROLE');
end;

function DeployCity(Param: String): String;
begin
  Result := ParamLower('CITY');
end;

function DeployLanguage(Param: String): String;
begin
  Result := ParamLower('LANGUAGE');
end;

function HasDeployRole(): Boolean;
begin
  Result := IsAdminInstallMode and (DeployRole('') <> '');
end;

function HasDeployLanguage(): Boolean;
begin
  Result := IsAdminInstallMode and (DeployLanguage('') <> '');
end;

function HasDeployCity(): Boolean;
var
  City: String;
begin
  { Check functions may be called more than once: decide (and tell) only the first time. }
  if not CityChecked then
  begin
    CityChecked := True;
    City := DeployCity('');
    CityValid := IsAdminInstallMode and (City <> '');
    if CityValid and not FileExists(ExpandConstant('{app}\_internal\resources\cities\') + City + '.yaml') then
    begin
      Log('Lotse: no city profile ' + City + '; the city key is not written.');
      SuppressibleMsgBox(FmtMessage(CustomMessage('UnknownCity'), [City]), mbInformation, MB_OK, IDOK);
      CityValid := False;
    end;
  end;
  Result := CityValid;
end;

function IsCityId(const S: String): Boolean;
var
  I: Integer;
begin
  Result := Length(S) > 0;
  for I := 1 to Length(S) do
    if not (((S[I] >= 'a') and (S[I] <= 'z')) or ((S[I] >= '0') and (S[I] <= '9')) or ((S[I] = '-') and (I > 1))) then
      Result := False;
end;

function EndsWithText(const S, Suffix: String): Boolean;
begin
  Result := (Length(S) >= Length(Suffix)) and
    SameText(Copy(S, Length(S) - Length(Suffix) + 1, Length(Suffix)), Suffix);
end;

{ The AusweisApp (formerly AusweisApp2) is found by its program file or by its uninstall entry. }
function HasAusweisAppUninstallEntry(const RootKey: Integer): Boolean;
var
  Names: TArrayOfString;
  I: Integer;
  DisplayName: String;
  Key: String;
begin
  Result := False;
  Key := 'SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall';
  if RegGetSubkeyNames(RootKey, Key, Names) then
    for I := 0 to GetArrayLength(Names) - 1 do
      if RegQueryStringValue(RootKey, Key + '\' + Names[I], 'DisplayName', DisplayName) and
         (Pos('ausweisapp', Lowercase(DisplayName)) > 0) then
      begin
        Result := True;
        Exit;
      end;
end;

function IsAusweisAppInstalled(): Boolean;
begin
  Result :=
    FileExists(ExpandConstant('{commonpf64}\AusweisApp\AusweisApp.exe')) or
    FileExists(ExpandConstant('{commonpf64}\AusweisApp2\AusweisApp2.exe')) or
    FileExists(ExpandConstant('{commonpf32}\AusweisApp\AusweisApp.exe')) or
    FileExists(ExpandConstant('{commonpf32}\AusweisApp2\AusweisApp2.exe')) or
    FileExists(ExpandConstant('{localappdata}\Programs\AusweisApp\AusweisApp.exe')) or
    HasAusweisAppUninstallEntry(HKLM64) or HasAusweisAppUninstallEntry(HKLM32) or
    HasAusweisAppUninstallEntry(HKCU);
end;

function InitializeSetup(): Boolean;
var
  Role, City, Language: String;
begin
  Result := True;
  Role := DeployRole('');
  City := DeployCity('');
  Language := DeployLanguage('');
  if (Role <> '') and (Role <> 'home') and (Role <> 'library') and (Role <> 'counter') then
  begin
    SuppressibleMsgBox(FmtMessage(CustomMessage('BadRole'), [Role]), mbError, MB_OK, IDOK);
    Result := False;
  end
  else if (City <> '') and not IsCityId(City) then
  begin
    SuppressibleMsgBox(FmtMessage(CustomMessage('BadCity'), [City]), mbError, MB_OK, IDOK);
    Result := False;
  end
  else if (Language <> '') and (Language <> 'de') and (Language <> 'en') then
  begin
    SuppressibleMsgBox(FmtMessage(CustomMessage('BadLanguage'), [Language]), mbError, MB_OK, IDOK);
    Result := False;
  end
  else if (Role + City + Language <> '') and not IsAdminInstallMode then
  begin
    SuppressibleMsgBox(CustomMessage('DeployNeedsAdmin'), mbError, MB_OK, IDOK);
    Result := False;
  end;
  if not Result then
    Log('Lotse: setup stopped because of a wrong parameter; nothing was installed.');
end;

procedure InitializeWizard();
begin
  if not IsAusweisAppInstalled() then
  begin
    Log('Lotse: the AusweisApp is not installed; pointing to ' + '{#AusweisAppUrl}');
    AusweisAppPage := CreateOutputMsgPage(wpWelcome, CustomMessage('AusweisAppTitle'),
      CustomMessage('AusweisAppSubtitle'), CustomMessage('AusweisAppText'));
  end;
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  Conf: String;
begin
  { A new deployment file starts with a comment that says where it came from; [INI] then adds the keys. }
  if (CurStep = ssInstall) and (HasDeployRole() or HasDeployLanguage() or (DeployCity('') <> '')) then
  begin
    Conf := ExpandConstant('{commonappdata}\Lotse\lotse.conf');
    if not FileExists(Conf) then
    begin
      ForceDirectories(ExtractFileDir(Conf));
      SaveStringToFile(Conf, CustomMessage('DeployHeader') + #13#10#13#10, False);
    end;
  end;
end;

{ Credential Manager entries written by the keyring library for service "Lotse" are named "Lotse" or
  "<name>@Lotse". cmdkey lists and deletes them for the person running the uninstaller. }
procedure RemoveKeyringEntries();
var
  ListFile, Line, Target: String;
  Lines: TArrayOfString;
  I, P, Code: Integer;
begin
  ListFile := AddBackslash(GetTempDir()) + 'lotse-credentials.txt';
  if not Exec(ExpandConstant('{cmd}'), '/C cmdkey /list > "' + ListFile + '"', '', SW_HIDE,
              ewWaitUntilTerminated, Code) then
    Exit;
  if LoadStringsFromFile(ListFile, Lines) then
    for I := 0 to GetArrayLength(Lines) - 1 do
    begin
      Line := Trim(Lines[I]);
      P := Pos('LegacyGeneric:target=', Line);
      if P = 0 then
        Continue;
      Target := Trim(Copy(Line, P + Length('LegacyGeneric:target='), Length(Line)));
      if SameText(Target, 'Lotse') or EndsWithText(Target, '@Lotse') then
      begin
        Exec(ExpandConstant('{sys}\cmdkey.exe'), '/delete:"LegacyGeneric:target=' + Target + '"', '', SW_HIDE,
             ewWaitUntilTerminated, Code);
        Log('Lotse: removed credential ' + Target + ' (exit ' + IntToStr(Code) + ')');
      end;
    end;
  DeleteFile(ListFile);
end;

{ In an all-users install: the Lotse folder in every profile of this computer. }
procedure RemoveDataOfAllProfiles();
var
  Sids: TArrayOfString;
  I: Integer;
  Key, ProfilePath, Folder: String;
begin
  Key := 'SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList';
  if not RegGetSubkeyNames(HKLM64, Key, Sids) then
    Exit;
  for I := 0 to GetArrayLength(Sids) - 1 do
    if RegQueryStringValue(HKLM64, Key + '\' + Sids[I], 'ProfileImagePath', ProfilePath) then
    begin
      StringChangeEx(ProfilePath, '%SystemDrive%', GetEnv('SystemDrive'), True);
      Folder := AddBackslash(ProfilePath) + 'AppData\Local\Lotse';
      if DirExists(Folder) then
      begin
        DelTree(Folder, True, True, True);
        Log('Lotse: removed ' + Folder);
      end;
    end;
end;

function InitializeUninstall(): Boolean;
begin
  Result := True;
  if not UninstallSilent then
    MsgBox(CustomMessage('UninstallNote'), mbInformation, MB_OK);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usUninstall then
    RemoveKeyringEntries();
  if CurUninstallStep = usPostUninstall then
  begin
    DelTree(ExpandConstant('{localappdata}\Lotse'), True, True, True);
    if IsAdminInstallMode then
      RemoveDataOfAllProfiles();
    { Qt keeps window settings under the organisation name (QSettings). }
    RegDeleteKeyIncludingSubkeys(HKCU, 'Software\Lotse');
  end;
end;
