"""Screenshots of the main window, the task assignment table, the annotation pane, the overview and the compare
view (seed 000 against 004, and 000 against an edited version of itself) (PNGs), each window sized as the app sizes
it on the screen it runs on: a 1366×768 Xvfb gives the laptop view.

Run under Xvfb: xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python packaging/screenshots.py OUT_DIR
Needs only the app and its own modules (no pytest).
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from desktop.resources_path import samples_dir  # noqa: E402
from desktop.store.store import Store  # noqa: E402
from desktop.ui.app import application, demo_store, install_translation, open_window  # noqa: E402
from desktop.ui.compare.window import open_compare  # noqa: E402
from desktop.ui.context import AppContext  # noqa: E402
from desktop.ui.common.undo_commands import AddAnnotation, UpdateAssignments  # noqa: E402


def settle(app, ms: int = 300) -> None:
    app.processEvents()
    QTest.qWait(ms)


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    install_translation(app, "zh_CN")   # Qt's own buttons (取消) in Chinese, as the app does
    store, folder = demo_store()
    settings_dir = Path(tempfile.mkdtemp())
    window = open_window(store, QSettings(str(settings_dir / "s.ini"), QSettings.IniFormat), " — 演示")
    window.ctx._today = dt.date(2021, 12, 20)   # inside the samples' deadlines, so overdue/due-soon show
    window.show_fitted()
    settle(app)
    review = window.review
    unit = store.resolve_unit("省商务厅")
    review.filter_bar.filter_by_unit(unit)
    review.model.reload()
    review.table.selectRow(2)
    settle(app)
    detail = store.measure_detail(review.measure_id)
    ctx = window.ctx
    ctx.execute(UpdateAssignments(ctx, [a.id for a in detail.assignments], [detail.id], status="推进中",
                                  owner="李明", due_date="2021-12-25"))
    start = detail.start + 3
    ctx.execute(AddAnnotation(ctx, detail.document_id, start, start + 12, "请省商务厅12月底前报送进展情况。",
                              "shareable", ["督办", "重点"]))
    review.select_measure(detail.id)
    settle(app)
    window.grab().save(str(out / "main_window.png"))
    window.notes.grab().save(str(out / "annotation_pane.png"))
    window.tasks.set_document(detail.document_id)
    window.ui.tabs.setCurrentIndex(1)
    settle(app)
    window.grab().save(str(out / "task_table.png"))
    window.tasks.set_unit(unit)
    settle(app)
    window.grab().save(str(out / "task_table_unit.png"))
    window.ui.tabs.setCurrentIndex(2)
    window.overview.refresh()
    settle(app)
    window.grab().save(str(out / "overview.png"))
    dialog_shots(app, window, store, out)
    # the 调度 tab: a round over the first document, its workbooks written, the due date passed
    window.rounds.new_round("2021年第1期", dt.date(2021, 12, 15), Path(tempfile.mkdtemp()), [detail.document_id])
    window.ui.tabs.setCurrentIndex(window.ui.tabs.indexOf(window.rounds))
    window.rounds.reload()
    settle(app)
    window.grab().save(str(out / "rounds_tab.png"))
    window.close()
    store.close()
    compare_shots(app, out)
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(settings_dir, ignore_errors=True)
    print("\n".join(str(p) for p in sorted(out.glob("*.png"))))
    return 0


def dialog_shots(app, window, store, out: Path) -> None:
    """The export dialogs, a returned ledger's preview (one change, one conflict), backups and About."""
    import openpyxl
    from desktop.ui.exports.export_dialog import BRIEFING, LEDGER
    from exporters.ledger_columns import FIRST_ROW, HEADER_ROW, ID_HEADER, TASK_SHEET
    from desktop.export_jobs import export_unit_ledgers
    for kind in (LEDGER, BRIEFING):
        dialog = window.export(kind)
        settle(app)
        dialog.grab().save(str(out / f"export_{kind}.png"))
        dialog.reject()
    [path] = export_unit_ledgers(store, Path(tempfile.mkdtemp()), [store.resolve_unit("广州市商务局")])
    wb = openpyxl.load_workbook(path)
    ws = wb[TASK_SHEET]
    header = [c.value for c in ws[HEADER_ROW]]
    progress, ids = header.index("进展情况") + 1, header.index(ID_HEADER) + 1
    ws.cell(FIRST_ROW, progress, "已完成前期调研，形成方案初稿")
    ws.cell(FIRST_ROW + 1, progress, "已召开协调会")
    wb.save(path)
    store.update_assignments([int(ws.cell(FIRST_ROW + 1, ids).value[1:])], progress="局里刚更新")
    window.exports.read_return(path).wait()
    settle(app)
    preview = window.exports.dialog
    preview.grab().save(str(out / "return_preview.png"))
    preview.tabs.setCurrentIndex(1)
    settle(app)
    preview.grab().save(str(out / "return_conflicts.png"))
    preview.reject()
    window.ui.actionBackups.trigger()
    settle(app)
    window.backup_dialog.grab().save(str(out / "backups.png"))
    window.backup_dialog.close()
    window.ui.actionAbout.trigger()
    settle(app)
    window.about_dialog.grab().save(str(out / "about.png"))
    window.about_dialog.close()


REVISIONS = (("推动出台自贸试验区跨境服务贸易负面清单", "加快出台并实施自贸试验区跨境服务贸易负面清单"),
             ("（省市场监管局牵头", "（省发展改革委牵头"), ("3700万标箱", "4000万标箱"))


def revised(text: str) -> str:
    """Seed 000 as a revised version: a measure reworded, a lead unit and a target changed."""
    for old, new in REVISIONS:
        text = text.replace(old, new, 1)
    return text


def compare_shots(app, out: Path) -> None:
    """The compare view on two plans (000 vs 004) and on two versions of 000."""
    seed = next(samples_dir().glob("000_*.txt"))
    folder = Path(tempfile.mkdtemp(prefix="policydesk-compare-"))
    edited = folder / "000_修订稿.txt"
    edited.write_text(revised(seed.read_text(encoding="utf-8")), encoding="utf-8")
    store = Store.open(folder / "store")
    store.import_paths([seed, next(samples_dir().glob("004_*.txt")), edited])
    ids = [d.id for d in sorted(store.documents(), key=lambda d: d.id)]
    ctx = AppContext(store, today=dt.date(2021, 12, 20))
    shots = (("compare_plans.png", (ids[0], ids[1]), 3), ("compare_versions.png", (ids[0], ids[2]), 2))
    for name, (a, b), presses in shots:
        window = open_compare(ctx, None, a, b)
        settle(app)
        for _ in range(presses):
            window.next_difference()
        settle(app)
        window.grab().save(str(out / name))
        window.close()
    store.close()
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")))
