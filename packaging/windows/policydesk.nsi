; 政策台账 PolicyDesk installer: per-user (no admin rights), Chinese UI, shortcuts, uninstaller under HKCU,
; and a portable mode (portable.txt beside policydesk.exe: the app keeps its data in the "data" folder next to it).
; makensis -INPUTCHARSET UTF8 -DBUNDLE=<dist\policydesk> [-DVERSION=x.y.z] [-DICON=policydesk.ico] [-DOUTFILE=out.exe] policydesk.nsi
; Silent: PolicyDesk-x.y.z-win64.exe /S [/PORTABLE] [/D=<folder>]

Unicode true
!ifndef BUNDLE
  !error "pass -DBUNDLE=<folder holding policydesk.exe and _internal>"
!endif
!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef OUTFILE
  !define OUTFILE "PolicyDesk-${VERSION}-win64.exe"   ; no "setup" in the name: Windows would apply installer shims
!endif
!define APP "政策台账"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\PolicyDesk"

Name "${APP}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\PolicyDesk"
BrandingText "${APP} ${VERSION}"
SetCompressor /SOLID lzma
ManifestDPIAware true

!include "MUI2.nsh"
!include "nsDialogs.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING

Var Portable
Var RadioNormal
Var RadioPortable

!insertmacro MUI_PAGE_WELCOME
Page custom ModePage ModePageLeave
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\policydesk.exe"
!define MUI_FINISHPAGE_RUN_TEXT "启动政策台账"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "SimpChinese"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductName" "${APP} PolicyDesk"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileDescription" "${APP} 安装程序"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "LegalCopyright" "PolicyDesk"

Function .onInit
  StrCpy $Portable 0
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/PORTABLE" $1
  ${IfNot} ${Errors}
    StrCpy $Portable 1
    ${If} $INSTDIR == "$LOCALAPPDATA\Programs\PolicyDesk"   ; no /D given: next to the installer (e.g. on the USB stick)
      StrCpy $INSTDIR "$EXEDIR\PolicyDesk"
    ${EndIf}
  ${EndIf}
FunctionEnd

Function ModePage
  !insertmacro MUI_HEADER_TEXT "选择安装方式" "安装到本机，或制作便携版（数据随程序保存）"
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateRadioButton} 0 10u 100% 12u "为当前用户安装（推荐，无需管理员权限）"
  Pop $RadioNormal
  ${NSD_CreateLabel} 12u 24u 95% 20u "创建开始菜单和桌面快捷方式，数据保存在本机用户目录，可在“应用和功能”中卸载。"
  Pop $0
  ${NSD_CreateRadioButton} 0 52u 100% 12u "便携模式（可放在U盘上使用）"
  Pop $RadioPortable
  ${NSD_CreateLabel} 12u 66u 95% 28u "数据保存在程序文件夹中的 data 文件夹里，不创建快捷方式，不写注册表。$\r$\n删除整个文件夹即可移除。"
  Pop $0
  ${If} $Portable == 1
    ${NSD_Check} $RadioPortable
  ${Else}
    ${NSD_Check} $RadioNormal
  ${EndIf}
  nsDialogs::Show
FunctionEnd

Function ModePageLeave
  ${NSD_GetState} $RadioPortable $0
  ${If} $0 == ${BST_CHECKED}
  ${AndIf} $Portable == 0
    StrCpy $Portable 1
    StrCpy $INSTDIR "$EXEDIR\PolicyDesk"
  ${ElseIf} $0 != ${BST_CHECKED}
  ${AndIf} $Portable == 1
    StrCpy $Portable 0
    StrCpy $INSTDIR "$LOCALAPPDATA\Programs\PolicyDesk"
  ${EndIf}
FunctionEnd

Section "${APP}" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*.*"
  ${If} $Portable == 1
    FileOpen $0 "$INSTDIR\portable.txt" w
    FileWrite $0 "PolicyDesk portable: data is kept in the data folder beside policydesk.exe$\r$\n"
    FileClose $0
    CreateDirectory "$INSTDIR\data"
  ${Else}
    Delete "$INSTDIR\portable.txt"
    WriteUninstaller "$INSTDIR\uninstall.exe"
    CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\policydesk.exe"
    CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\policydesk.exe"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP} PolicyDesk"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "PolicyDesk"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\policydesk.exe"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
    WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
    ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
  ${EndIf}
SectionEnd

; Removes only what the installer put there: the officer's store lives in %LOCALAPPDATA%\PolicyDesk and stays.
Section "Uninstall"
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\policydesk.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
