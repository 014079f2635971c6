"""The Windows installer recipe (issue 31), as far as Linux can check it: packaging/
guanjia.nsi installs the files the build makes (packaging/guanjia.spec) and its
uninstaller removes the same ones and no more, the data folder only when asked; its
version is pyproject's; the build script and the workflow use it. Where NSIS is installed
(`makensis`; Debian: `apt-get install nsis`, which scripts/setup.sh does as root) the
script is compiled on a stand-in of the built folder."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NSI = (ROOT / "packaging" / "guanjia.nsi").read_text("utf-8")
SPEC = (ROOT / "packaging" / "guanjia.spec").read_text("utf-8")
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def built_programs() -> set[str]:
    """What the spec's COLLECT puts in the folder: each EXE's name, and _internal/."""
    return {f"{name}.exe" for name in re.findall(r'EXE\(.*?name="([^"]+)"', SPEC)} | {"_internal"}


def installed() -> set[str]:
    files = re.findall(r'^\s*File (?:/r )?"\$\{DIST\}\\([^"]+)"', NSI, re.M)
    return set(files)


def uninstalled() -> set[str]:
    body = NSI.split('Section "un.$(ProgramFiles)"', 1)[1].split("SectionEnd", 1)[0]
    return set(re.findall(r'^\s*(?:Delete|RMDir /r) "\$INSTDIR\\([^"]+)"', body, re.M))


def test_the_installer_installs_what_the_build_makes():
    assert built_programs() == {"Guanjia.exe", "guanjia-cli.exe", "_internal"}
    assert installed() == built_programs()


def test_the_uninstaller_removes_the_same_files_and_keeps_the_data():
    assert uninstalled() == built_programs() | {"uninstall.exe"}
    body = NSI.split('Section "un.$(ProgramFiles)"', 1)[1].split("SectionEnd", 1)[0]
    assert 'RMDir "$INSTDIR"' in body and 'RMDir /r "$INSTDIR"' not in body  # only if empty
    assert "LOCALAPPDATA\\Guanjia" not in body
    # the data folder only in an optional section, unticked (/o) unless the user ticks it
    assert re.search(r'Section /o "un\.\$\(DeleteData\)".*?RMDir /r "\$LOCALAPPDATA\\Guanjia"',
                     NSI, re.S)  # fmt: skip


def test_per_user_chinese_and_english_shortcuts_and_upgrade():
    assert "RequestExecutionLevel user" in NSI
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\Guanjia"' in NSI
    assert 'InstallDirRegKey HKCU "Software\\Guanjia" "InstallDir"' in NSI  # an upgrade
    assert "HKLM" not in NSI
    assert NSI.index('MUI_LANGUAGE "SimpChinese"') < NSI.index('MUI_LANGUAGE "English"')
    for name in re.findall(r"^LangString (\w+) \$\{LANG_ENGLISH\}", NSI, re.M):
        assert f"LangString {name} ${{LANG_SIMPCHINESE}}" in NSI
    assert "$SMPROGRAMS\\" in NSI and "$DESKTOP\\" in NSI


def test_the_installers_version_is_pyprojects():
    """NSIS reads the first `version = "..."` of pyproject.toml (!searchparse): that must
    be the project's version, and the script has no number of its own."""
    text = (ROOT / "pyproject.toml").read_text("utf-8")
    assert text.split('version = "', 1)[1].split('"', 1)[0] == VERSION
    assert "!searchparse /file \"..\\pyproject.toml\" 'version = \"' VERSION '\"'" in NSI
    assert VERSION not in NSI
    build = (ROOT / "packaging" / "build.ps1").read_text("utf-8")
    assert '"/DVERSION=$version" packaging\\guanjia.nsi' in build
    workflow = (ROOT / ".github" / "workflows" / "windows.yml").read_text("utf-8")
    assert "./packaging/build.ps1" in workflow and "windows-" in workflow


@pytest.mark.skipif(not shutil.which("makensis"), reason="makensis (NSIS) is not installed")
def test_makensis_compiles_it(tmp_path):
    dist = tmp_path / "Guanjia"
    (dist / "_internal").mkdir(parents=True)
    for name in built_programs() - {"_internal"}:
        (dist / name).write_bytes(b"MZ stand-in")
    (dist / "_internal" / "python311.dll").write_bytes(b"stand-in")
    result = subprocess.run(
        ["makensis", "-V2", f"-DDIST={dist}", f"-DOUTDIR={tmp_path}", "guanjia.nsi"],
        cwd=ROOT / "packaging", capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    setup = tmp_path / f"Guanjia-{VERSION}-setup.exe"
    assert setup.read_bytes()[:2] == b"MZ"
