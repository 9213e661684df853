"""The command line on a team store: --store URL and POLICYDESK_STORE choose the server; failures in words."""

import subprocess
import sys

from conftest import ROOT, SAMPLES


def policydesk(*args, env=None):
    import os
    full = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, cwd=ROOT,
                          env=full, timeout=300)


def test_import_and_list_through_store_url_and_env(pg_url, tmp_path):
    done = policydesk("--store", pg_url, "import", "--quiet", str(SAMPLES))
    assert "共 5 个文件：导入 5" in done.stdout, done.stderr
    listed = policydesk("documents", env={"POLICYDESK_STORE": pg_url, "POLICYDESK_HOME": str(tmp_path)})
    assert listed.returncode == 0 and len(listed.stdout.strip().splitlines()) == 5
    # --data-dir names a laptop's folder: the SQLite store there, not the server of POLICYDESK_STORE
    local = policydesk("--data-dir", str(tmp_path / "laptop"), "documents", env={"POLICYDESK_STORE": pg_url})
    assert local.returncode == 0 and local.stdout.strip() == ""
    assert not list((tmp_path).glob("*.sqlite3"))   # the server store wrote no file


def test_a_server_that_is_down_is_one_line_in_chinese():
    out = policydesk("--store", "postgresql://officer@127.0.0.1:1/ledger", "documents")
    assert out.returncode == 2
    assert "连接不上团队数据库服务器" in out.stderr and "cannot reach the database server" in out.stderr
    assert "Traceback" not in out.stderr
