"""`policydesk --store postgresql://…` (or POLICYDESK_STORE) with no command: the window on the team store."""

from __future__ import annotations


def run_team(url) -> int:
    from desktop.ui.app import application, install_translation, tell_error, user_settings
    from desktop.ui.team.connect_dialog import open_team_window
    app = application()
    settings = user_settings()
    install_translation(app, str(settings.value("language", "zh_CN")))
    from desktop.store.open_errors import StoreUnavailable
    from desktop.store.team.server_errors import open_team_store
    try:       # refused before any window: the same words as the command line, in a message box
        open_team_store(url).close()
    except StoreUnavailable as exc:
        tell_error(str(exc))
        return 1
    window = open_team_window(url, settings)
    if window is None:
        return 1
    window.show_fitted()
    code = app.exec()
    if window.live_refresh is not None:
        window.live_refresh.stop()
    window.ctx.store.close()
    return code
