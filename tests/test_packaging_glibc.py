"""The Linux packages' system contract: check_glibc.sh's scan of the glibc versions a bundle needs, and the .deb's
Depends agreeing with the set-up's package list."""

import re
import shutil
import subprocess

import pytest

from conftest import ROOT

PACKAGING = ROOT / "packaging"
CHECK = PACKAGING / "check_glibc.sh"

needs_tools = pytest.mark.skipif(not (shutil.which("cc") and shutil.which("readelf") and shutil.which("objdump")),
                                 reason="needs a C compiler and binutils")

# pow has two versions in glibc >= 2.29: GLIBC_2.29 (the default) and GLIBC_2.2.5; the .symver line picks the old one
C_POW = "#include <math.h>\ndouble f(double x) { return pow(x, 0.5); }\n"
PIN = '__asm__(".symver pow,pow@GLIBC_2.2.5");\n'


def glibc_of(folder, *limit):
    return subprocess.run(["bash", str(CHECK), str(folder), *limit], capture_output=True, text=True, timeout=120)


def shared_lib(folder, name, source):
    folder.mkdir(parents=True, exist_ok=True)
    c = folder / f"{name}.c"
    c.write_text(source)
    subprocess.run(["cc", "-shared", "-fPIC", "-O0", "-fno-builtin", "-o", str(folder / f"{name}.so"), str(c), "-lm"],
                   check=True)
    c.unlink()


@needs_tools
def test_a_library_pinned_to_old_symbol_versions_passes_a_2_28_limit(tmp_path):
    shared_lib(tmp_path / "bundle" / "_internal", "libold", PIN + C_POW)
    (tmp_path / "bundle" / "notes.txt").write_text("not an ELF file")
    result = glibc_of(tmp_path / "bundle", "2.28")
    assert result.returncode == 0, result.stderr
    assert tuple(map(int, result.stdout.strip().split("."))) <= (2, 28)
    assert "1 ELF files" in result.stderr and "✓" in result.stderr


@needs_tools
def test_a_library_needing_a_newer_glibc_fails_the_limit_and_names_file_and_symbol(tmp_path):
    libc = subprocess.run(["getconf", "GNU_LIBC_VERSION"], capture_output=True, text=True).stdout.split()[-1]
    if tuple(map(int, libc.split("."))) < (2, 29):
        pytest.skip(f"glibc {libc} has no GLIBC_2.29 pow")
    shared_lib(tmp_path / "bundle", "libold", PIN + C_POW)
    shared_lib(tmp_path / "bundle" / "sub", "libnew", C_POW)
    result = glibc_of(tmp_path / "bundle", "2.28")
    assert result.returncode == 1
    assert "sub/libnew.so needs GLIBC_2.29: pow@2.29" in result.stderr
    assert "libold.so needs" not in result.stderr
    assert "1 of 2 ELF files need a glibc newer than 2.28" in result.stderr
    # without a limit it only reports the newest need, which build_deb.sh writes into Depends
    plain = glibc_of(tmp_path / "bundle")
    assert plain.returncode == 0 and plain.stdout.strip() == "2.29"


def test_a_folder_without_elf_files_or_a_bad_limit_is_an_error(tmp_path):
    (tmp_path / "readme.txt").write_text("x")
    assert glibc_of(tmp_path).returncode == 2
    assert glibc_of(tmp_path, "latest").returncode == 2


def _deb_depends(first_only=False):
    """The package names in build_deb.sh's Depends (of each "a | b", only a with first_only)."""
    text = (PACKAGING / "build_deb.sh").read_text(encoding="utf-8")
    block = re.search(r'^DEPENDS="(.*?)"', text, re.S | re.M).group(1)
    return [alt.split("(")[0].strip() for dep in block.split(",")
            for alt in (dep.split("|")[:1] if first_only else dep.split("|"))]


def _setup_run_packages():
    text = (PACKAGING / "setup.sh").read_text(encoding="utf-8")
    return re.search(r'^RUN_PACKAGES="(.*?)"', text, re.S | re.M).group(1).split()


def test_deb_depends_on_what_the_xcb_platform_and_the_briefing_export_need():
    depends = _deb_depends()
    # without libxcb-randr0 the xcb platform aborts; fc-list (fontconfig) picks the briefing's fonts
    for package in ("libc6", "libxcb-randr0", "libxcb-cursor0", "libxkbcommon-x11-0", "fontconfig", "libdbus-1-3",
                    "fonts-wqy-microhei"):
        assert package in depends, package


def test_every_system_package_of_the_deb_is_in_the_set_up():
    run = set(_setup_run_packages())
    # libc6 is everywhere; libpng16-16 is loaded by the glibc-2.28 bundle's FreeType, and comes with libfreetype6
    missing = [p for p in _deb_depends(first_only=True) if p not in run and p not in {"libc6", "libpng16-16"}]
    assert not missing, f"in build_deb.sh's Depends but not in setup.sh's RUN_PACKAGES: {missing}"
