; The Windows installer of Guanjia (NSIS 3, Unicode): packaging\build.ps1 runs it after
; PyInstaller has built dist\Guanjia. By hand, from the checkout:
;   makensis packaging\guanjia.nsi            -> dist\Guanjia-VERSION-setup.exe
; Chinese and English; installs for the current user without administrator rights
; (%LOCALAPPDATA%\Programs\Guanjia); start-menu and desktop shortcuts; an upgrade goes
; over the older version in its folder; the uninstaller keeps the user's data folder
; (%LOCALAPPDATA%\Guanjia: the database, backups, settings, logs) unless asked to delete
; it. tests/test_installer.py checks the file list and the version (and compiles it
; where makensis is installed).

Unicode true
SetCompressor /SOLID lzma

; The version: pyproject.toml's (one number), unless given (/DVERSION=...).
!ifndef VERSION
  !searchparse /file "..\pyproject.toml" 'version = "' VERSION '"'
!endif
!ifndef DIST
  !define DIST "..\dist\Guanjia"  ; what PyInstaller built (packaging\guanjia.spec)
!endif
!ifndef OUTDIR
  !define OUTDIR "..\dist"
!endif

!define APP "Guanjia"
!define APP_ZH "客户管家"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Guanjia"

Name "${APP_ZH} ${APP} ${VERSION}"
OutFile "${OUTDIR}\Guanjia-${VERSION}-setup.exe"
RequestExecutionLevel user  ; no administrator rights: a per-user install
InstallDir "$LOCALAPPDATA\Programs\Guanjia"
InstallDirRegKey HKCU "Software\Guanjia" "InstallDir"  ; an upgrade finds the older one
ShowInstDetails nevershow
ShowUninstDetails nevershow

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_ZH} ${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_ZH} ${APP} Setup"
VIAddVersionKey /LANG=0 "CompanyName" "${APP}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${APP}"

!include "MUI2.nsh"
!define MUI_ICON "..\resources\icons\guanjia.ico"
!define MUI_UNICON "..\resources\icons\guanjia.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "Software\Guanjia"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\Guanjia.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default; the language dialog offers both.
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString ProgramFiles ${LANG_SIMPCHINESE} "程序文件"
LangString ProgramFiles ${LANG_ENGLISH} "Program files"
LangString DeleteData ${LANG_SIMPCHINESE} "同时删除我的数据（客户数据库、备份、设置）"
LangString DeleteData ${LANG_ENGLISH} "Also delete my data (customer database, backups, settings)"
LangString DeleteDataDesc ${LANG_SIMPCHINESE} "不勾选时保留数据文件夹，重新安装后数据仍在。"
LangString DeleteDataDesc ${LANG_ENGLISH} "Unticked, the data folder stays: a new install finds the data again."
LangString StillRunning ${LANG_SIMPCHINESE} "客户管家正在运行。请先关闭它，然后点击“重试”。"
LangString StillRunning ${LANG_ENGLISH} "Guanjia is running. Close it first, then choose Retry."

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

; The program's files: these three, as PyInstaller makes them (the uninstaller removes
; the same three).
Section "!$(ProgramFiles)" SecProgram
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An upgrade: the older version's files go first (a module it had and this one has
  ; not would be loaded otherwise); the data folder is elsewhere and stays.
  retry:
  ClearErrors
  Delete "$INSTDIR\Guanjia.exe"
  IfErrors 0 +3
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" IDRETRY retry
    Abort
  Delete "$INSTDIR\guanjia-cli.exe"
  RMDir /r "$INSTDIR\_internal"

  File "${DIST}\Guanjia.exe"
  File "${DIST}\guanjia-cli.exe"
  File /r "${DIST}\_internal"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP_ZH} ${APP}.lnk" "$INSTDIR\Guanjia.exe"
  CreateShortcut "$DESKTOP\${APP_ZH} ${APP}.lnk" "$INSTDIR\Guanjia.exe"

  WriteRegStr HKCU "Software\Guanjia" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_ZH} ${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\Guanjia.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "un.$(ProgramFiles)" UnSecProgram
  SectionIn RO
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP_ZH} ${APP}.lnk"
  Delete "$DESKTOP\${APP_ZH} ${APP}.lnk"
  Delete "$INSTDIR\Guanjia.exe"
  Delete "$INSTDIR\guanjia-cli.exe"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"  ; only when empty: nothing of the user's is removed with it
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\Guanjia"
SectionEnd

; Unticked unless the user ticks it: the data folder (desktop/settings.py, models/storage/db.py:
; platformdirs' user data folder, %LOCALAPPDATA%\Guanjia) is kept.
Section /o "un.$(DeleteData)" UnSecData
  RMDir /r "$LOCALAPPDATA\Guanjia"
SectionEnd

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecData} "$(DeleteDataDesc)"
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END
