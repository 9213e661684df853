# Build the Windows bundle (PyInstaller onedir) and the NSIS installer. Run from PowerShell on Windows 10/11 x64 with
# Python 3.11 (py launcher) and NSIS 3 installed:  powershell -ExecutionPolicy Bypass -File packaging\windows\build_windows.ps1
# Output: dist\policydesk\policydesk.exe and dist\PolicyDesk-<version>-win64.exe. Not run in CI (PyInstaller cannot cross-build).
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path (Join-Path $PSScriptRoot "..\.."))
$py = ".venv\Scripts\python.exe"
if (-not (Test-Path $py)) { py -3.11 -m venv .venv }
& $py -m pip install -q --upgrade pip
& $py -m pip install -q -e . "pyinstaller>=6.10"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

$env:QT_QPA_PLATFORM = "offscreen"
& $py packaging\render_icon.py build\icon
$watch = [Diagnostics.Stopwatch]::StartNew()
& $py -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller packaging\policydesk.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
$size = "{0:N0} MB" -f ((Get-ChildItem dist\policydesk -Recurse | Measure-Object Length -Sum).Sum / 1MB)
Write-Host "== bundle built in $([int]$watch.Elapsed.TotalSeconds) s: $size in dist\policydesk"

# the exe has no console (windowed), so the self-test is judged by its exit code
$run = Start-Process dist\policydesk\policydesk.exe -ArgumentList "--self-test" -Wait -PassThru -NoNewWindow
if ($run.ExitCode -ne 0) { throw "self-test failed (exit $($run.ExitCode))" }
Write-Host "== self-test passed"
Remove-Item Env:QT_QPA_PLATFORM

$version = (Select-String -Path desktop\__init__.py -Pattern '__version__ = "(.*)"').Matches[0].Groups[1].Value
$makensis = (Get-Command makensis -ErrorAction SilentlyContinue).Source
if (-not $makensis) { $makensis = "${env:ProgramFiles(x86)}\NSIS\makensis.exe" }
& $makensis -V2 -INPUTCHARSET UTF8 "-DBUNDLE=$PWD\dist\policydesk" "-DVERSION=$version" `
  "-DICON=$PWD\build\icon\policydesk.ico" "-DOUTFILE=$PWD\dist\PolicyDesk-$version-win64.exe" packaging\windows\policydesk.nsi
if ($LASTEXITCODE -ne 0) { throw "makensis failed" }
Write-Host "== installer: dist\PolicyDesk-$version-win64.exe"
