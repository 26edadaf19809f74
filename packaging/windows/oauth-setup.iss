; Inno Setup 6 script: per-machine installer for OAuth Setup Assistant on Windows 10/11 x64.
;
; Build ON WINDOWS after PyInstaller made dist\oauth-setup\ (see packaging\README.md):
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\oauth-setup.iss
; Output: dist\oauth-setup-assistant-<version>-setup.exe
;
; Silent install (software distribution, Intune, SCCM ...); add /TASKS="autostart" to start the
; token monitor at every user's log-on:
;   oauth-setup-assistant-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG="%TEMP%\oauth-setup-install.log"
; Silent uninstall:
;   "C:\Program Files\OAuth Setup Assistant\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;
; Uninstalling removes only what this installer put in the program folder and the shortcuts.
; User data stays: sign-ins (%APPDATA%\oauth-setup), token metadata (%LOCALAPPDATA%\oauth-setup),
; secrets in Windows Credential Manager, and managed presets in %PROGRAMDATA%\oauth-setup.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z packaging\windows\oauth-setup.iss (from gui_app\__init__.py)
#endif
#define AppName "OAuth Setup Assistant"
#define Root AddBackslash(SourcePath) + "..\.."
#define Bundle Root + "\dist\oauth-setup"

[Setup]
; Never change AppId: it is how upgrades and the uninstaller find an existing installation.
AppId={{DEE88DB1-7131-4DA6-9EE3-051E4F8D9FCC}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=OAuth Setup Assistant maintainers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DisableDirPage=auto
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename=oauth-setup-assistant-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\oauth-setupw.exe
UninstallDisplayName={#AppName}
; A running monitor (oauth-setupw.exe monitor) holds its files: close it for upgrades and removal.
CloseApplications=yes
RestartApplications=no
#ifexist Root + "\build\icons\oauth-setup.ico"
SetupIconFile={#Root}\build\icons\oauth-setup.ico
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "autostart"; Description: "Start the token monitor (tray icon) when any user signs in to Windows"; GroupDescription: "Background monitor:"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#Root}\packaging\managed-presets.example.toml"; DestDir: "{app}\examples"; Flags: ignoreversion

[Icons]
; oauth-setupw.exe is the same program without a console window; oauth-setup.exe is for the
; command line (integrations run "C:\Program Files\OAuth Setup Assistant\oauth-setup.exe" token NAME).
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\oauth-setupw.exe"; Comment: "Set up OAuth sign-in for integrations"
Name: "{commonstartup}\{#AppName} monitor"; Filename: "{app}\oauth-setupw.exe"; Parameters: "monitor"; Comment: "Keeps integrations signed in"; Tasks: autostart

[Run]
Filename: "{app}\oauth-setupw.exe"; Description: "Open {#AppName} now"; Flags: postinstall nowait skipifsilent unchecked
