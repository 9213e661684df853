"""文件 → 连接团队数据库…: the connection test says what is wrong in Chinese, and connecting opens a window on the
team store with its documents; the password is never saved in the settings."""

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy.engine import make_url

from desktop.cli import main

from conftest import copy_sample_store


@pytest.fixture()
def dialog(qtbot, tmp_path):
    from desktop.ui.team.connect_dialog import ConnectTeamDialog
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    d = ConnectTeamDialog(settings)
    qtbot.addWidget(d)
    return d


def fill(dialog, url, **changes):
    u = make_url(url).set(**changes)
    dialog.host.setText(u.host or "")
    dialog.port.setValue(u.port or 5432)
    dialog.database.setText(u.database or "")
    dialog.user.setText(u.username or "")
    dialog.password.setText(u.password or "")


def test_the_connection_test_names_each_failure(dialog, pg_url):
    fill(dialog, pg_url, port=1)
    dialog.test_button.click()
    assert "连接不上团队数据库服务器" in dialog.outcome_label.text()
    fill(dialog, pg_url, database="no_such_ledger")
    dialog.test_button.click()
    assert "没有这个数据库" in dialog.outcome_label.text()
    fill(dialog, pg_url, username="no_such_officer")
    dialog.test_button.click()
    assert "没有这个用户" in dialog.outcome_label.text()
    fill(dialog, pg_url)
    dialog.test_button.click()
    assert dialog.outcome_label.text().startswith("连接成功") and "空数据库" in dialog.outcome_label.text()


def test_connecting_opens_a_window_on_the_team_store(sample_store_template, pg_url, tmp_path, qtbot, dialog):
    from desktop.ui.team.connect_dialog import open_team_window
    assert main(["store", "copy", str(copy_sample_store(sample_store_template, tmp_path / "laptop")), pg_url]) == 0
    fill(dialog, pg_url, password="not-kept")
    dialog.test_button.click()
    assert dialog.outcome_label.text() == "连接成功：共 5 个文件"
    dialog.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    dialog.settings.sync()
    settings_text = (tmp_path / "settings.ini").read_text()
    assert "not-kept" not in settings_text and "team" in settings_text
    window = open_team_window(dialog.url(), dialog.settings)
    qtbot.addWidget(window)
    assert window.ctx.store.engine.dialect.name == "postgresql"
    assert len(window.ctx.store.documents()) == 5
    assert "团队数据库" in window.windowTitle()
    assert window.live_refresh is not None
    window.live_refresh.stop()
    window.ctx.store.close()


def test_the_file_menu_offers_it(sample_store, qtbot, tmp_path):
    from desktop.ui.context import AppContext
    from desktop.ui.main_window import MainWindow
    window = MainWindow(AppContext(sample_store), QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    [action] = [a for a in window.ui.menuFile.actions() if a.objectName() == "actionConnectTeam"]
    assert action.text() == "连接团队数据库…"
    action.trigger()
    assert window.team_dialog.isVisible() and window.team_dialog.windowTitle() == "连接团队数据库"
    window.team_dialog.reject()


def test_starting_the_window_on_a_server_that_is_down_says_so(qtbot, capsys):
    from desktop.ui.team.team_app import run_team
    assert run_team("postgresql://officer@127.0.0.1:1/ledger") == 1
    assert "连接不上团队数据库服务器" in capsys.readouterr().err
