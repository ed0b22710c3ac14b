; Inno Setup script for Vigie Mutuelle (Windows x64), compiled by packaging/windows/build-setup.sh.
; A French wizard with four screens: Bienvenue -> Prêt à installer -> Installation -> Terminé.
; Installs for the current user, without administrator rights (%LOCALAPPDATA%\Programs), with a
; Start-menu entry and a desktop shortcut. /ALLUSERS on the command line installs for everyone.
#define AppName "Vigie Mutuelle"
#define ExeName "vigie-mutuelle.exe"
#ifndef AppVersion
  #error AppVersion must come from pyproject.toml: ISCC /DAppVersion=x.y.z
#endif
#ifndef SourceDir
  #error SourceDir must point at the PyInstaller onedir: ISCC /DSourceDir=...
#endif
#ifndef IconFile
  #define IconFile "..\..\resources\icons\vigie-mutuelle.ico"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; Generated once for this app (2026-11-29); never change it, never reuse it elsewhere.
AppId={{2F50837B-AFB8-4DBE-A13E-C71401B27E87}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
VersionInfoVersion={#AppVersion}
AppPublisher=Vigie Mutuelle
AppComments=Vérifier si sa mutuelle était concernée par les piratages Viamedis et Almerys, et préparer ses lettres. Fonctionne sans Internet.
; {autopf} is %LOCALAPPDATA%\Programs for a per-user install; Wine 8 cannot expand it (no
; FOLDERID_UserProgramFiles), so the same folder is spelled out in [Code].
DefaultDirName={code:InstallRoot}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DisableWelcomePage=no
DisableDirPage=yes
DisableProgramGroupPage=yes
DisableReadyPage=no
ShowLanguageDialog=no
OutputDir={#OutputDir}
OutputBaseFilename=VigieMutuelle-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#ExeName}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
WizardSizePercent=120
CloseApplications=yes

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#ExeName}"; IconFilename: "{app}\{#ExeName}"; Comment: "Vérifier sa mutuelle et préparer ses lettres"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#ExeName}"; IconFilename: "{app}\{#ExeName}"; Comment: "Vérifier sa mutuelle et préparer ses lettres"

[Registry]
; The only thing the app stores: the text size (QSettings). Removed with the app.
Root: HKCU; Subkey: "Software\VigieMutuelle"; Flags: dontcreatekey uninsdeletekey

[Run]
Filename: "{app}\{#ExeName}"; Description: "Ouvrir {#AppName} maintenant"; Flags: nowait postinstall skipifsilent

[Code]
function InstallRoot(Param: String): String;
begin
  if IsAdminInstallMode then
    Result := ExpandConstant('{autopf}')
  else
    Result := ExpandConstant('{localappdata}\Programs');
end;
