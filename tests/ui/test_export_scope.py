"""The export dialogs say what they will write before writing it — documents, measures, units — name the scope
(this document / this unit across documents / both / all), refuse an empty one, and name the file after it without
cutting a title inside its brackets."""

from __future__ import annotations

import pytest

from desktop.core.vocabulary import TASK
from desktop.store.queries import MeasureFilter
from desktop.ui.common.file_names import file_name, short_title
from desktop.ui.exports.export_dialog import BRIEFING, LEDGER, UNIT_LEDGERS
from desktop.ui.exports.export_scope_box import DOCUMENT, DOCUMENT_UNIT, EVERYTHING, UNIT

UNIT_NAME = "广州市商务局"
PLAN = "中国（广东）自由贸易试验区提升战略行动方案"


@pytest.fixture()
def window(shown_window):
    return shown_window


def _plan(ctx):
    return next(d for d in ctx.store.documents() if d.title == PLAN)


def test_a_document_shown_and_a_unit_with_no_task_in_it_is_never_an_empty_ledger(window, ctx, qtbot):
    plan, uid = _plan(ctx), ctx.store.resolve_unit(UNIT_NAME)
    window.review.filter_bar.set_document(plan.id)
    window.review.filter_bar.filter_by_unit(uid)
    assert not ctx.store.measure_ids(MeasureFilter(document_id=plan.id, unit_id=uid))   # nothing in common
    dialog = window.export(LEDGER)
    box = dialog.scope_box
    assert box.key() == UNIT                                  # the unit across documents, not an empty file
    n = len(ctx.store.measure_ids(MeasureFilter(unit_id=uid)))
    assert box.summary.text() == f"将导出 2 个文件、{n} 项措施，涉及 1 个单位"
    assert box.radios[DOCUMENT_UNIT].text().endswith("（0 项措施）")
    tasks = len(ctx.store.measure_ids(MeasureFilter(document_id=plan.id, kind=TASK)))
    every_task = len(ctx.store.measure_ids(MeasureFilter(kind=TASK)))
    assert tasks < plan.measure_count and every_task < 132      # 指导思想/发展目标 items are not exported by default
    assert box.radios[DOCUMENT].text().endswith(f"（{tasks} 项措施）")
    assert box.radios[EVERYTHING].text().endswith(f"（{every_task} 项措施）")
    box.context.setChecked(True)                               # unless the officer asks for them
    assert box.radios[DOCUMENT].text().endswith(f"（{plan.measure_count} 项措施）")
    assert box.radios[EVERYTHING].text().endswith("（132 项措施）")
    assert dialog.choices()["include_context"]
    box.context.setChecked(False)
    assert dialog.export_button.isEnabled()
    assert dialog.path.text().endswith(f"{UNIT_NAME}_任务分工表.xlsx")

    box.radios[DOCUMENT_UNIT].setChecked(True)
    assert box.empty() and not dialog.export_button.isEnabled()
    assert "所选范围内没有措施" in box.summary.text()
    dialog._accept()
    assert dialog.result() == 0 and window.exports.task is None          # refused: nothing is written

    box.radios[DOCUMENT].setChecked(True)
    assert box.summary.text().startswith(f"将导出 1 个文件、{tasks} 项措施，涉及 ")
    assert box.contents.item(0).text() == f"《{PLAN}》：{tasks} 项措施"
    assert dialog.path.text().endswith(f"{PLAN}_任务分工表.xlsx")
    assert dialog.choices()["document_id"] == plan.id and dialog.choices()["unit_id"] is None
    dialog.reject()


def test_the_briefing_of_a_unit_across_documents_counts_them(window, ctx, tmp_path, qtbot):
    uid = ctx.store.resolve_unit(UNIT_NAME)
    window.review.filter_bar.filter_by_unit(uid)
    dialog = window.export(BRIEFING)
    assert dialog.scope_box.key() == UNIT
    out = tmp_path / "汇报.docx"
    dialog.path.setText(str(out))
    dialog._accept()
    qtbot.waitUntil(lambda: not window.exports.busy(), timeout=60000)
    from docx import Document
    n = len(ctx.store.measure_ids(MeasureFilter(unit_id=uid)))
    assert any(f"涉及政策文件2件、重点任务{n}项" in p.text for p in Document(str(out)).paragraphs)


def test_the_unit_ledgers_list_the_units_they_write(window, ctx):
    dialog = window.export(UNIT_LEDGERS)
    box = dialog.scope_box
    assert box.key() == EVERYTHING
    with_tasks = [u for u in ctx.store.units() if u.lead_count + u.support_count]
    assert box.summary.text().startswith(f"将导出 {len(with_tasks)} 个单位的任务台账")
    box.unit.choose_text(UNIT_NAME)
    assert box.key() == UNIT
    tasks = len(ctx.store.task_table(unit_id=ctx.store.resolve_unit(UNIT_NAME)).rows)
    assert box.contents.item(0).text() == f"{UNIT_NAME}：{tasks} 项任务"
    dialog.reject()


@pytest.mark.parametrize("title, limit, expected", [
    ("广州市推动落实粤港澳大湾区贸易自由化通关便利化行动计划(2026-2027年)", 30,
     "广州市推动落实粤港澳大湾区贸易自由化通关便利化行动计划"),
    ("关于实施“五外联动”推进高水平对外开放的意见（征求意见稿）", 16, "关于实施“五外联动”推进高水平对"),
    ("关于实施“五外联动”推进高水平对外开放的意见", 7, "关于实施"),
    ("中国（广东）自由贸易试验区提升战略行动方案", 30, "中国（广东）自由贸易试验区提升战略行动方案"),
    ("中国（广东）自由贸易试验区提升战略行动方案", 4, "中国（广东）自由贸易试验区提升战略行动方案"[:2]),
])
def test_a_short_title_never_ends_inside_a_bracket(title, limit, expected):
    assert short_title(title, limit) == expected


def test_file_names_are_safe_and_say_the_scope():
    assert file_name("行动方案(2026/2027年度)", "广州市商务局", "任务分工表", suffix=".xlsx") == \
        "行动方案(2026_2027年度)_广州市商务局_任务分工表.xlsx"
    assert file_name("", "全部文件", "汇报材料", suffix=".docx") == "全部文件_汇报材料.docx"
