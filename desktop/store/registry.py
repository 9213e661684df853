"""The unit registry's rules: qualify a unit by the document's jurisdiction and fold well-known aliases."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.gazetteer import city_of, province_of

# Well-known variants of the same body, folded to one key (left: variant, right: the form we keep).
_ALIASES = [
    (re.compile(r"^中国人民银行"), "人民银行"),
    (re.compile(r"发展和改革委员会|发改委"), "发展改革委"),
    (re.compile(r"工业和信息化委员会|经信委"), "经济信息委"),
    (re.compile(r"人力资源和社会保障|人社厅"), "人力资源社会保障"),
    (re.compile(r"住房和城乡建设|住建"), "住房城乡建设"),
    (re.compile(r"市场监督管理局"), "市场监管局"),
    (re.compile(r"工信厅"), "工业和信息化厅"),
    (re.compile(r"人民政府$"), "政府"),
]


@dataclass(frozen=True)
class Jurisdiction:
    province: str | None = None   # 广东省, 广西壮族自治区
    city: str | None = None       # 广州市

    @property
    def label(self) -> str | None:
        return self.city or self.province


def jurisdiction_of(issuer: str | None, title: str | None) -> Jurisdiction:
    """Where a document applies: from its issuer (广州市人民政府办公厅), else its title (广州市推动…)."""
    for source in (issuer, title):
        if not source:
            continue
        name = re.sub(r"^(中共|中国共产党)", "", source.split("、")[0])
        city = city_of(name)
        province = province_of(name)
        if city or province:
            return Jurisdiction(province, city)
    return Jurisdiction()


def qualify(name: str, where: Jurisdiction) -> str:
    """省商务厅 in a 广东 document → 广东省商务厅; 市商务局 in a 广州 document → 广州市商务局."""
    province, city = where.province, where.city
    if name.startswith("自治区") and province and province.endswith("自治区"):
        return province + name[3:]
    if name.startswith(("省", "团省委")) and province and province.endswith("省"):
        return name.replace("省", province, 1) if name.startswith("省") else province[:-1] + name
    if re.match(r"^市(?!场)", name) and city:
        return city + name[1:]
    if name.startswith("各") and where.label:
        return where.label + name
    return name


def alias_key(qualified: str) -> str:
    """The form two names of one body share: 中国人民银行广东省分行 and 人民银行广东省分行 → one key."""
    key = qualified
    for pattern, repl in _ALIASES:
        key = pattern.sub(repl, key)
    return key

