"""The task table shows stored outline paths as the document writes them."""

import pytest

from desktop.core.path_format import format_path


@pytest.mark.parametrize("stored, shown", [
    ("二/一/3", "二.（一）.3"),
    ("二/一/3/1", "二.（一）.3.（1）"),
    ("一/十二", "一.（十二）"),
    ("3", "3"),
    ("第一章/第三条/1/2", "第一章.第三条.1.（2）"),
    ("二/一/3/①", "二.（一）.3.①"),
    ("", ""),
    (None, ""),
])
def test_format_path(stored, shown):
    assert format_path(stored) == shown
