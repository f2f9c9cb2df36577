; Inno Setup 6 script: the Windows installer of Desk Assistant.
;
;   ISCC.exe /DAppVersion=0.2.0 /DBundleDir=C:\path\to\dist\desk-assistant packaging\windows\desk-assistant.iss
;
; Per user by default: no administrator rights, installed under the user's programs
; folder, the database in the user's local application data. Run "for all users" (the
; installer asks; that needs an administrator) on a desk PC shared by several logins: the
; program goes to Program Files and the database to one folder every login may write
; (chosen on a page of the installer, by default C:\ProgramData\Desk Assistant), written
; into desk-assistant.ini beside the program. Uninstalling keeps the data unless the
; user asks, on the last question, to delete it.

#ifndef AppVersion
  #error Give the version: ISCC /DAppVersion=x.y.z
#endif
#ifndef BundleDir
  #define BundleDir "..\..\build\freeze\dist\desk-assistant"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\build\installer"
#endif

[Setup]
AppId={{6F1B2C64-0C9E-4D7B-9E55-3A7B1D2E9C41}
AppName=Desk Assistant
AppVersion={#AppVersion}
AppVerName=Desk Assistant {#AppVersion}
AppPublisher=The Desk Assistant developers
DefaultDirName={autopf}\Desk Assistant
DefaultGroupName=Desk Assistant
DisableProgramGroupPage=yes
; Per user without administrator rights; "for all users" offered in a dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
OutputDir={#OutputDir}
OutputBaseFilename=desk-assistant-setup-{#AppVersion}
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\desk-assistant.exe
UninstallDisplayName=Desk Assistant
CloseApplications=yes

[Languages]
; Inno Setup has no official Indonesian translation of its own pages; the program itself
; starts in Bahasa Indonesia.
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Dirs]
; One folder for every login of a shared desk PC, which each of them may write.
Name: "{code:SharedDataFolder}"; Permissions: users-modify; Flags: uninsneveruninstall; Check: IsAdminInstallMode

[INI]
Filename: "{app}\desk-assistant.ini"; Section: "data"; Key: "folder"; String: "{code:SharedDataFolder}"; Check: IsAdminInstallMode

[Icons]
Name: "{autoprograms}\Desk Assistant"; Filename: "{app}\desk-assistant.exe"
Name: "{autodesktop}\Desk Assistant"; Filename: "{app}\desk-assistant.exe"; Tasks: desktopicon
; The SKM survey kiosk alone, for a PC patrons use by themselves (the supervisor's PIN closes it).
Name: "{autoprograms}\Desk Assistant - Kios survei"; Filename: "{app}\desk-assistant.exe"; Parameters: "kiosk"

[Run]
Filename: "{app}\desk-assistant.exe"; Description: "{cm:LaunchProgram,Desk Assistant}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: files; Name: "{app}\desk-assistant.ini"

[Code]
var
  DataPage: TInputDirWizardPage;

procedure InitializeWizard;
begin
  { Only for all users: the folder of the database every login shares. }
  DataPage := CreateInputDirPage(wpSelectDir,
    'Database folder', 'Where the desk''s database is kept for every login of this PC',
    'Every librarian who logs on to this PC uses the same database, in this folder. ' +
    'Choose a folder on this PC (never a network share). Click Next to continue.',
    False, '');
  DataPage.Add('');
  DataPage.Values[0] := ExpandConstant('{commonappdata}\Desk Assistant');
end;

function ShouldSkipPage(PageID: Integer): Boolean;
begin
  Result := (PageID = DataPage.ID) and not IsAdminInstallMode;
end;

function SharedDataFolder(Param: String): String;
begin
  Result := DataPage.Values[0];
end;

{ The data folder this installation used: the shared one, else the user's own. }
function DataFolder: String;
var
  Folder: String;
begin
  Folder := GetIniString('data', 'folder', '', ExpandConstant('{app}\desk-assistant.ini'));
  if Folder = '' then
    Folder := ExpandConstant('{localappdata}\desk-assistant');
  Result := Folder;
end;

var
  DataToDelete: String;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usUninstall then
    DataToDelete := DataFolder;
  { The data stays unless the user asks, here, to delete it (never in a silent uninstall). }
  if (CurUninstallStep = usPostUninstall) and DirExists(DataToDelete) and not UninstallSilent then
    if MsgBox('Also delete the database, its backups and its log in ' + DataToDelete + '?' + #13#10#13#10 +
              'Choose No to keep them (a later installation uses them again).',
              mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
      DelTree(DataToDelete, True, True, True);
end;
