"""A new store in a folder an officer really has: a Chinese user name, spaces, and URL symbols in the path."""

import json
import subprocess
import sys

import pytest

from conftest import ROOT, SAMPLES
from desktop.store.migrate import HEAD
from desktop.store.store import Store

FOLDERS = ["张伟/AppData/Local/PolicyDesk", "My Documents/政策 台账", "a%20b%25c", "x?", "台账#1", "user@host", "a;b",
           "百分比%E6%95"]


@pytest.mark.parametrize("name", FOLDERS)
def test_a_new_store_in_an_odd_folder_is_created_there_and_reopens(tmp_path, name):
    folder = tmp_path / name
    store = Store.open(folder)
    assert store.file == folder / "policydesk.sqlite3"
    assert store.schema_revision() == HEAD
    store.close()
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == ["policydesk.sqlite3"], \
        "the store landed somewhere else as well (a ? or # read as URL syntax)"
    store = Store.open(folder)
    assert store.documents() == []
    store.close()


def test_the_command_line_imports_into_a_chinese_path_with_spaces_and_symbols(tmp_path):
    folder = tmp_path / "张伟 的数据%#@;?"
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    run = lambda *a: subprocess.run([sys.executable, "-m", "desktop.cli", "--data-dir", str(folder), *a],  # noqa: E731
                                    cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    out = run("import", str(SAMPLES / "000_55174da676faff8d.txt"))
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    docs = json.loads(run("documents", "--json").stdout)
    assert [d["measure_count"] for d in docs] == [25]
    assert (folder / "policydesk.sqlite3").is_file()
