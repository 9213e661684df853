"""文件 → 连接团队数据库…: server, database, officer and password, a connection test that says in Chinese what is
wrong, and a remembered password kept in the keyring or a private password file, never in the settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton,
                               QSpinBox, QVBoxLayout)

from desktop.store.team.probe import probe
from desktop.store.team.server import server_url


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConnectTeamDialog", text)


class ConnectTeamDialog(QDialog):
    """Accepting it means: open the team store at ``url()`` (its password remembered if asked)."""

    def __init__(self, settings: QSettings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("连接团队数据库"))
        self.host = QLineEdit(str(settings.value("team/host", "")), objectName="teamHost")
        self.port = QSpinBox(objectName="teamPort")
        self.port.setRange(1, 65535)
        self.port.setValue(int(settings.value("team/port", 5432)))
        self.database = QLineEdit(str(settings.value("team/database", "")), objectName="teamDatabase")
        self.user = QLineEdit(str(settings.value("team/user", "")), objectName="teamUser")
        self.password = QLineEdit(objectName="teamPassword")
        self.password.setEchoMode(QLineEdit.Password)
        self.remember = QCheckBox(self.tr("记住密码（保存在系统钥匙串或仅本人可读的密码文件中）"), objectName="teamRemember")
        self.host.setPlaceholderText(self.tr("服务器地址，如 10.1.2.3 或 ledger-server"))
        form = QFormLayout()
        for label, widget in ((self.tr("服务器"), self.host), (self.tr("端口"), self.port),
                              (self.tr("数据库"), self.database), (self.tr("用户名"), self.user),
                              (self.tr("密码"), self.password)):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        self.outcome_label = QLabel(objectName="teamResult", wordWrap=True)
        self.test_button = QPushButton(self.tr("测试连接"), objectName="teamTest")
        self.test_button.clicked.connect(self.test)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("连接"))
        self.buttons.accepted.connect(self._connect)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.test_button)
        layout.addWidget(self.outcome_label)
        layout.addWidget(self.buttons)

    def url(self):
        """The server URL typed here (the password in it, never shown or saved)."""
        return server_url(f"postgresql://{self.host.text().strip() or 'localhost'}").set(
            port=self.port.value(), database=self.database.text().strip() or None,
            username=self.user.text().strip() or None, password=self.password.text() or None)

    def test(self) -> bool:
        if not self.database.text().strip() or not self.user.text().strip():
            self.outcome_label.setText(self.tr("请填写数据库名称和用户名"))
            return False
        outcome = probe(self.url())
        self.outcome_label.setText(outcome.zh)
        self.outcome_label.setStyleSheet("" if outcome.ok else "color: #b00020")
        return outcome.ok

    def _connect(self) -> None:
        if not self.test():
            return
        for key, value in (("host", self.host.text().strip()), ("port", self.port.value()),
                           ("database", self.database.text().strip()), ("user", self.user.text().strip())):
            self.settings.setValue(f"team/{key}", value)       # never the password
        if self.remember.isChecked() and self.password.text():
            from desktop.store.team.credentials import remember
            remember(self.url(), self.password.text())
        self.accept()


def open_team_window(url, settings: QSettings, parent=None):
    """A main window on the team store at ``url``, with live refresh; a refusal is shown in words instead."""
    from PySide6.QtWidgets import QMessageBox
    from desktop.store.open_errors import StoreUnavailable
    from desktop.store.team.server import display
    from desktop.store.team.server_errors import open_team_store
    from desktop.ui.app import open_window
    from desktop.ui.team.live_refresh import start_live_refresh
    try:
        store = open_team_store(url)
    except StoreUnavailable as exc:
        QMessageBox.warning(parent, _tr("连接团队数据库"), exc.zh)
        return None
    window = open_window(store, settings, " — " + _tr("团队数据库 {where}").format(where=display(url)))
    window.live_refresh = start_live_refresh(window.ctx)
    return window


def ask_and_open(window) -> None:
    """The 文件 → 连接团队数据库… action: the dialog, then a second main window on the team store."""
    dialog = ConnectTeamDialog(window.settings, window)
    window.team_dialog = dialog

    def opened():
        team = open_team_window(dialog.url(), window.settings, window)
        if team is not None:
            window.team_windows = [*getattr(window, "team_windows", []), team]
            team.show_fitted()
    dialog.accepted.connect(opened)
    dialog.open()


def add_connect_action(window) -> None:
    """Put 连接团队数据库… in the window's 文件 menu, before 导入回收台账."""
    from PySide6.QtGui import QAction
    action = QAction(_tr("连接团队数据库…"), window, objectName="actionConnectTeam")
    action.triggered.connect(lambda: ask_and_open(window))
    window.ui.menuFile.insertAction(window.ui.actionImportReturn, action)
    window.connect_team_action = action
