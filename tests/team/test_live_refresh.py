"""Two windows on one team store: a status saved in one shows in the other's task table within 2 s, carried by
LISTEN/NOTIFY with the changed measure ids."""

import time

import pytest

from desktop.cli import main
from desktop.store.team.notify import ChangeListener
from desktop.store.team.server_errors import open_team_store

from conftest import TODAY, copy_sample_store


@pytest.fixture()
def team_url(sample_store_template, pg_url, tmp_path):
    assert main(["store", "copy", str(copy_sample_store(sample_store_template, tmp_path / "laptop")), pg_url]) == 0
    return pg_url


def test_a_save_is_announced_with_the_changed_measure_ids(team_url):
    listener = ChangeListener(team_url)
    store = open_team_store(team_url)
    row = store.task_table(document_id=1).rows[0]
    import desktop.store.team.notify as notify
    mine, notify.CLIENT = notify.CLIENT, "another-officer"     # as heard from another officer's client
    try:
        store.update_assignments(list(row.assignment_ids), status="推进中")
        heard = listener.wait(2)
    finally:
        notify.CLIENT = mine
    assert heard == [{"by": "another-officer", "measures": [row.measure_id]}]
    assert listener.wait(0.2) == []          # one announcement per transaction
    listener.close()
    store.close()


def test_an_edit_in_one_window_shows_in_the_other_within_two_seconds(team_url, qtbot):
    import desktop.store.team.notify as notify
    from desktop.ui.context import AppContext
    from desktop.ui.tasks.task_table_pane import TaskTablePane
    from desktop.ui.team.live_refresh import start_live_refresh
    panes = []
    for _ in range(2):
        pane = TaskTablePane(AppContext(open_team_store(team_url), today=TODAY))
        qtbot.addWidget(pane)
        pane.set_document(1)
        panes.append(pane)
    alice, bob = panes
    live = start_live_refresh(bob.model.ctx)
    column = next(i for i, (kind, _) in enumerate(bob.model._columns) if kind == "status")
    before = bob.model.data(bob.model.index(2, column))
    mine, notify.CLIENT = notify.CLIENT, "alice"     # alice's window runs in this process too: tell her apart
    try:
        t0 = time.perf_counter()
        assert alice.model.setData(alice.model.index(2, column), "滞后")
        qtbot.waitUntil(lambda: "滞后" in str(bob.model.data(bob.model.index(2, column))), timeout=2000)
        ms = (time.perf_counter() - t0) * 1000
    finally:
        notify.CLIENT = mine
    print(f"edit seen in the other window after {ms:.0f} ms")
    assert "滞后" not in str(before) and ms < 2000
    live.stop()
    for pane in panes:
        pane.model.ctx.undo_stack.clear()
        pane.model.ctx.store.close()
