"""``policydesk round …`` and ``returns import --round/--received`` answer bad input in words, with nothing written."""

from __future__ import annotations

from test_rounds_end_to_end import COMMERCE, db, folder, run  # noqa: F401  (folder is a fixture)

from docx import Document

from exporters.unit_ledger import unit_file_name


def test_bad_input_is_answered_in_words_and_writes_nothing(folder, tmp_path, capsys):
    out = str(tmp_path / "r")
    cases = [
        (("round", "status"), "还没有新建任何一期调度"),
        (("round", "close"), "还没有新建任何一期调度"),
        (("round", "new", "2026年第1期", "--due", "5月10日", "--out", out), "报送截止日期“5月10日”应写作 YYYY-MM-DD"),
        (("round", "new", "  ", "--due", "2026-05-10", "--out", out), "请填写本期名称"),
        (("round", "new", "2026年第1期", "--due", "2026-05-10", "--out", out, "--document", "9"), "没有编号为 9 的文件"),
    ]
    for args, words in cases:
        assert run(folder, *args) == 1, args
        err = capsys.readouterr().err
        assert words in err and "Traceback" not in err, (args, err)
    assert db(folder, "SELECT count(*) FROM rounds") == [(0,)]
    assert not (tmp_path / "r").exists()

    assert run(folder, "round", "new", "2026年第1期", "--due", "2026-05-10", "--out", out) == 0
    capsys.readouterr()
    assert run(folder, "round", "new", "2026年第1期", "--due", "2026-06-10", "--out", out) == 1
    assert "已有名为“2026年第1期”的一期，请换一个名称" in capsys.readouterr().err
    assert run(folder, "round", "status", "2026年第9期") == 1
    assert "没有名为“2026年第9期”的一期" in capsys.readouterr().err
    assert run(folder, "round", "remind", "--today", "2026-05-10", "--out", str(tmp_path / "l")) == 0
    assert "没有逾期未报送的单位，无需催办" in capsys.readouterr().out
    assert run(folder, "round", "remind", "--today", "2026-05-11", "--kind", "督办通知", "--out", str(tmp_path / "l")) == 0
    assert "共 3 份督办通知" in capsys.readouterr().out
    letter = Document(str(tmp_path / "l" / f"{COMMERCE}_2026年第1期督办通知.docx"))
    text = [p.text for p in letter.paragraphs]
    assert "关于报送2026年第1期\n重点任务推进情况的督办通知" in text and "特此通知。" in text
    assert "（发文单位）" in text and len(letter.tables[0].rows) == 3        # no issuer given: a blank to fill in

    returned = tmp_path / "r" / unit_file_name(COMMERCE)
    assert run(folder, "returns", "import", str(returned), "--round", "2026年第9期") == 1
    assert "没有名为“2026年第9期”的一期，回收的台账未导入" in capsys.readouterr().err
    assert run(folder, "returns", "import", str(returned), "--received", "昨天") == 1
    assert "收到日期“昨天”应写作 YYYY-MM-DD" in capsys.readouterr().err
    assert db(folder, "SELECT count(*) FROM round_units WHERE received IS NOT NULL") == [(0,)]
