"""The Windows installer script compiles with makensis (Debian's nsis), against a stand-in bundle folder."""

import shutil
import subprocess

import pytest

from conftest import ROOT

NSI = ROOT / "packaging" / "windows" / "policydesk.nsi"


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis not installed (apt-get install nsis)")
def test_installer_script_compiles_to_a_windows_installer(tmp_path):
    bundle = tmp_path / "policydesk"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "policydesk.exe").write_bytes(b"MZ stand-in")
    (bundle / "_internal" / "base_library.zip").write_bytes(b"PK")
    out = tmp_path / "PolicyDesk-test-win64.exe"
    result = subprocess.run(["makensis", "-V2", "-INPUTCHARSET", "UTF8", f"-DBUNDLE={bundle}", "-DVERSION=0.1.0",
                             f"-DOUTFILE={out}", str(NSI)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "warning" not in (result.stdout + result.stderr).lower()
    assert out.read_bytes()[:2] == b"MZ" and b"Nullsoft" in out.read_bytes()


def test_installer_script_installs_per_user_in_chinese_with_shortcuts_portable_and_uninstaller():
    nsi = NSI.read_text(encoding="utf-8")
    for needed in ("RequestExecutionLevel user", r'InstallDir "$LOCALAPPDATA\Programs\PolicyDesk"',
                   '!insertmacro MUI_LANGUAGE "SimpChinese"', r'CreateShortcut "$SMPROGRAMS\${APP}.lnk"',
                   r'CreateShortcut "$DESKTOP\${APP}.lnk"', '!define APP "政策台账"', "WriteUninstaller",
                   'WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString"', "/PORTABLE", r'"$INSTDIR\portable.txt"'):
        assert needed in nsi, needed
    assert "HKLM" not in nsi


def test_portable_marker_name_matches_what_the_app_looks_for():
    from desktop.store.paths import PORTABLE_MARKER
    assert f"$INSTDIR\\{PORTABLE_MARKER}" in NSI.read_text(encoding="utf-8")
