; Tafel for Windows: NSIS installer (issue 9). UNTESTED on Windows: it cannot be built or run on the Debian
; build machines; the test suite only runs `makensis` over it for syntax when nsis is installed.
;
; Build (on a machine with NSIS 3 and a windeployqt'ed Tafel in STAGE):
;   makensis /DSTAGE=C:\tafel\stage /DVERSION=0.1.0 installer\windows\tafel.nsi
; Switches of the resulting installer:
;   /S                        silent (no pages, no questions)
;   /CONFIG=<provision.json>  apply this provisioning file (copied to %ProgramData%\Tafel\provision.json)
;   /NoDesktopApp             install only tafelctl and the agent service (display-less PCs, servers)
;   /D=<dir>                  installation directory (NSIS's own; must be last)
; Example: tafel-0.1.0-setup.exe /S /CONFIG=\\server\deploy\raum-204\provision.json

Unicode true
!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"
!include "Sections.nsh"

!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef STAGE
  !define STAGE "stage"
!endif
!define SERVICE "tafel-agent"
!define DATA "$COMMONPROGRAMDATA\Tafel"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Tafel"

Name "Tafel ${VERSION}"
OutFile "tafel-${VERSION}-setup.exe"
InstallDir "$PROGRAMFILES64\Tafel"
InstallDirRegKey HKLM "Software\Tafel" "InstallDir"
RequestExecutionLevel admin
SetCompressor /SOLID lzma

Var ConfigFile

!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Turkish"

Section "-Common (tafelctl)" SecCommon
  SetOutPath "$INSTDIR"
  ; windeployqt output: tafelctl.exe, Qt DLLs, plugins (sqldrivers, tls), OpenSSL DLLs.
  File /r "${STAGE}\common\*.*"
  CreateDirectory "${DATA}"
  CreateDirectory "${DATA}\agent"
  WriteRegStr HKLM "Software\Tafel" "InstallDir" "$INSTDIR"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "Tafel"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINST_KEY}" "Publisher" "The Tafel developers"
  WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
SectionEnd

Section "Tafel (desktop application)" SecDesktop
  SetOutPath "$INSTDIR"
  File /r "${STAGE}\desktop\*.*"
  CreateShortcut "$COMMONSMPROGRAMS\Tafel.lnk" "$INSTDIR\tafel.exe"
SectionEnd

Section "Tafel agent (service)" SecAgent
  SetOutPath "$INSTDIR"
  ; Stop a running agent before its files are replaced (upgrade).
  nsExec::ExecToLog 'sc.exe stop ${SERVICE}'
  Sleep 2000
  File /r "${STAGE}\agent\*.*"
  ${IfNot} ${FileExists} "${DATA}\agent.ini"
    File "/oname=${DATA}\agent.ini" "${STAGE}\agent.ini"
  ${EndIf}
  ; Provisioning before the service starts: a bad file is reported and leaves the previous configuration.
  ${If} $ConfigFile != ""
    CopyFiles /SILENT "$ConfigFile" "${DATA}\provision.json"
  ${EndIf}
  ${If} ${FileExists} "${DATA}\provision.json"
    nsExec::ExecToLog '"$INSTDIR\tafelctl.exe" provision apply "${DATA}\provision.json" --config-dir "${DATA}" --data-dir "${DATA}\agent"'
    Pop $0
    ${If} $0 != 0
      DetailPrint "provision.json was NOT applied (exit $0); the previous configuration stays."
      ${IfNot} ${Silent}
        MessageBox MB_ICONEXCLAMATION "provision.json was not applied; see the details. The previous configuration stays."
      ${EndIf}
    ${EndIf}
  ${EndIf}
  ; Service (LocalService account would lack raw ICMP; LocalSystem until a dedicated account is set up).
  nsExec::ExecToLog 'sc.exe query ${SERVICE}'
  Pop $0
  ${If} $0 != 0
    nsExec::ExecToLog 'sc.exe create ${SERVICE} binPath= "\"$INSTDIR\tafel-agent.exe\" --config \"${DATA}\agent.ini\" --data-dir \"${DATA}\agent\"" start= auto DisplayName= "Tafel agent"'
    nsExec::ExecToLog 'sc.exe description ${SERVICE} "Tafel classroom agent: monitoring, material and display service"'
    nsExec::ExecToLog 'sc.exe failure ${SERVICE} reset= 86400 actions= restart/5000/restart/5000/restart/60000'
  ${EndIf}
  ; Firewall: the LAN protocol port for this program only.
  nsExec::ExecToLog 'netsh advfirewall firewall delete rule name="Tafel agent"'
  nsExec::ExecToLog 'netsh advfirewall firewall add rule name="Tafel agent" dir=in action=allow protocol=TCP localport=4450 program="$INSTDIR\tafel-agent.exe" profile=domain,private'
  nsExec::ExecToLog 'sc.exe start ${SERVICE}'
SectionEnd

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "Tafel needs 64-bit Windows."
    Abort
  ${EndIf}
  SetRegView 64
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/CONFIG=" $ConfigFile
  ${If} ${Errors}
    StrCpy $ConfigFile ""
  ${ElseIfNot} ${FileExists} "$ConfigFile"
    MessageBox MB_ICONSTOP "/CONFIG: $ConfigFile does not exist." /SD IDOK
    SetErrorLevel 2
    Abort
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/NoDesktopApp" $R1
  ${IfNot} ${Errors}
    !insertmacro UnselectSection ${SecDesktop}
  ${EndIf}
FunctionEnd

Section "Uninstall"
  SetRegView 64
  nsExec::ExecToLog 'sc.exe stop ${SERVICE}'
  Sleep 2000
  nsExec::ExecToLog 'sc.exe delete ${SERVICE}'
  nsExec::ExecToLog 'netsh advfirewall firewall delete rule name="Tafel agent"'
  Delete "$COMMONSMPROGRAMS\Tafel.lnk"
  RMDir /r "$INSTDIR"
  ; Configuration and the agent's data (history, keys) stay in %ProgramData%\Tafel, like a Debian "remove";
  ; delete that folder by hand to purge.
  DeleteRegKey HKLM "${UNINST_KEY}"
  DeleteRegKey HKLM "Software\Tafel"
SectionEnd
