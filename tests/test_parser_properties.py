"""Property tests of the text parser: any text parses without raising, and every span it reports lies inside the text.

CI runs a fixed, derandomized budget; POLICYDESK_HYPOTHESIS_EXAMPLES=5000 runs a larger one on demand.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from desktop.core.engine import parse_document
from desktop.core.outline import walk
from engine_text import text_document

EXAMPLES = int(os.environ.get("POLICYDESK_HYPOTHESIS_EXAMPLES", "200"))
BUDGET = settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 200, database=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

LABELS = ["一、", "二、", "十二、", "（一）", "（十）", "(二)", "1.", "2．", "12、", "（1）", "(3)", "①", "⑳", "第一条", "第三章",
          "附件1", "一是", "", " ", "\u3000\u3000"]
UNITS = ["省商务厅", "市发展改革委", "海关总署广东分署", "各区政府", "省公安厅、财政厅", "港澳办", "省委网信办"]
ROLE_WORDS = ["牵头", "配合", "负责", "按职责分工负责", "负责单位：", "配合单位：", "责任单位：", "牵头单位：", "，", "、", "；"]
PHRASES = ["加快建设国际航运枢纽", "推进口岸通关便利化", "到2025年", "2021年底前", "3700万标箱", "增长10%以上", "每年", "持续推进",
           "总体要求", "保障措施", "广东省人民政府办公厅", "粤府办〔2021〕12号", "2021年6月1日", "。", "；", "：", "\n", "\r\n"]
OPEN, CLOSE = ["（", "(", "〔", "【", ""], ["）", ")", "〕", "】", ""]


# Flat token lists: cheap for hypothesis to generate and shrink, yet they build numbered lines, responsibility
# parentheses, targets and deadlines in every order (nested composite strategies cost 40x more to generate).
STRUCTURE = ["\n" + label for label in LABELS] + UNITS + ROLE_WORDS + PHRASES + OPEN + CLOSE
CLAUSES = ["（{}牵头，{}、{}配合）", "（负责单位：{}，配合单位：{}、{}）", "〔责任单位：{}、{}、{}〕", "（{}、{}，{}按职责分工负责）",
           "（{}牵头，{}，{}）", "牵头单位：{}；配合单位：{}、{}"]
clause = st.builds(lambda form, units: form.format(*units), st.sampled_from(CLAUSES),
                   st.lists(st.sampled_from(UNITS), min_size=3, max_size=3))
token = st.one_of(st.sampled_from(STRUCTURE), clause)
policy_text = st.lists(token, max_size=150).map("".join)
any_text = st.text(max_size=400)
mixed_text = st.lists(st.one_of(token, st.text(max_size=4)), max_size=100).map("".join)


def check_spans(text: str) -> None:
    doc = text_document(text)
    result = parse_document(doc)
    n = len(doc.text)

    def inside(span, what):
        start, end = span
        assert 0 <= start <= end <= n, f"{what} span {span} outside 0..{n}"

    for node in walk(result.outline):
        for p in node.paragraphs:
            inside((p.start, p.end), "paragraph")
    for m in result.measures:
        inside(m.span, "measure")
        inside(m.heading_span, "heading")
        for u in m.units:
            inside(u.span, f"unit {u.name}")
        for q in m.quantities:
            inside(q.span, f"quantity {q.text}")
            assert doc.text[q.span[0]:q.span[1]], q
        for d in m.deadlines:
            inside(d.span, f"deadline {d.text}")
    result.to_eval_dict()
    # shown by --hypothesis-show-statistics: how much of the input reached measures, units, targets, deadlines
    event(f"measures: {min(len(result.measures), 3)}{'+' if len(result.measures) >= 3 else ''}")
    for kind in ("units", "quantities", "deadlines"):
        if any(getattr(m, kind) for m in result.measures):
            event(f"with {kind}")


@BUDGET
@given(any_text)
def test_any_unicode_text_parses_with_spans_inside(text):
    check_spans(text)


@BUDGET
@given(policy_text)
def test_policy_shaped_text_parses_with_spans_inside(text):
    check_spans(text)


@BUDGET
@given(mixed_text)
def test_policy_lines_among_noise_parse_with_spans_inside(text):
    check_spans(text)
