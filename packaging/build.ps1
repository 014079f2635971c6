# Builds Guanjia on Windows 10/11 (packaging/README.md): the one-folder app in dist\Guanjia
# (Guanjia.exe, the window; guanjia-cli.exe, the same program with a console; _internal\),
# then runs the built program's smoke test (tests\test_built_app.py), then, when NSIS is
# installed, the installer dist\Guanjia-VERSION-setup.exe (packaging\guanjia.nsi).
#
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1 [-SkipTests] [-SkipInstaller]
param([switch]$SkipTests, [switch]$SkipInstaller)
$ErrorActionPreference = "Stop"
$root = Split-Path -Parent $PSScriptRoot
Set-Location $root

function Check($what) { if ($LASTEXITCODE -ne 0) { throw "$what failed (exit $LASTEXITCODE)" } }

# Python 3.11 (3.12 and 3.13 work too): the py launcher, else python on the PATH.
$python = ".venv\Scripts\python.exe"
if (-not (Test-Path $python)) {
    if (Get-Command py -ErrorAction SilentlyContinue) { py -3.11 -m venv .venv }
    else { python -m venv .venv }
    Check "creating .venv"
}
& $python -m pip install -q --disable-pip-version-check -e ".[test]"; Check "pip install"

$version = & $python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
Check "reading the version"
Write-Host "Building Guanjia $version"
$started = Get-Date
if (Test-Path dist\Guanjia) { Remove-Item -Recurse -Force dist\Guanjia }
& $python -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist `
    --workpath build\pyinstaller packaging\guanjia.spec
Check "PyInstaller"
$size = [math]::Round(((Get-ChildItem dist\Guanjia -Recurse | Measure-Object Length -Sum).Sum / 1MB))
Write-Host "Built dist\Guanjia ($size MB) in $([math]::Round(((Get-Date) - $started).TotalMinutes, 1)) min"

if (-not $SkipTests) {
    # The built program, not the sources: --version, a --json command, import and export,
    # the demo's builder, --self-test (the window offscreen, Chinese, a screenshot).
    $env:GUANJIA_BUILT_APP = Join-Path $root "dist\Guanjia"
    & $python -m pytest -p no:cacheprovider tests\test_built_app.py; Check "the built program's smoke test"
    Remove-Item Env:\GUANJIA_BUILT_APP
}

if (-not $SkipInstaller) {
    $makensis = (Get-Command makensis -ErrorAction SilentlyContinue).Source
    if (-not $makensis) {
        foreach ($dir in @(${env:ProgramFiles(x86)}, $env:ProgramFiles)) {
            if ($dir -and (Test-Path "$dir\NSIS\makensis.exe")) { $makensis = "$dir\NSIS\makensis.exe" }
        }
    }
    if (-not $makensis) {
        Write-Warning "NSIS (makensis) not found: no installer made. Install NSIS 3 and run again."
    } else {
        & $makensis /V2 "/DVERSION=$version" packaging\guanjia.nsi; Check "makensis"
        Write-Host "Installer: dist\Guanjia-$version-setup.exe"
    }
}
