"""Every responsibility form we know of, read into lead and support lists."""

import pytest

from desktop.core.conventions import BEFORE_FIRST_COMMA, FIRST_UNIT, declared_convention
from desktop.core.responsibility import find_clauses, merge_roles
from desktop.core.textnorm import fold


def roles(text, convention=None):
    lead, support = merge_roles(find_clauses(fold(text), convention))
    return [m.name for m in lead], [m.name for m in support]


@pytest.mark.parametrize("text, lead, support", [
    ("推进试点。（省商务厅牵头，省委网信办，省公安厅、财政厅、市场监管局等相关单位按职责分工负责）",
     ["省商务厅"], ["省委网信办", "省公安厅", "省财政厅", "省市场监管局"]),
    ("推进试点。（负责单位：市商务局，配合单位：市发展改革委、港澳办，广州海关）",
     ["市商务局"], ["市发展改革委", "市港澳办", "广州海关"]),
    ("推进试点。（市发展改革委、市商务局，各区政府）", ["市发展改革委", "市商务局", "各区政府"], []),
    ("推进试点。〔责任单位：省发展改革委、省市场监管局〕", ["省发展改革委", "省市场监管局"], []),
    ("推进试点。【牵头单位：省科技厅；配合单位：省财政厅、教育厅】", ["省科技厅"], ["省财政厅", "省教育厅"]),
    ("推进试点。（牵头单位：市商务局；配合单位：市财政局）", ["市商务局"], ["市财政局"]),
    ("推进试点。（负责部门：省财政厅；适用范围：全省各级财政部门）", ["省财政厅"], []),
    ("加强监管（省市场监管局、省商务厅负责）。", ["省市场监管局", "省商务厅"], []),
    ("加强监管。（省市场监管局会同省商务厅负责）", ["省市场监管局"], ["省商务厅"]),
    ("加强监管。（国家发展改革委、商务部等和各有关省级人民政府负责）",
     ["国家发展改革委", "商务部", "各有关省级人民政府"], []),
    ("加强监管。(省卫生健康委牵头,省医保局按职责分工负责)", ["省卫生健康委"], ["省医保局"]),
    ("加强监管。（省商务厅牵头，省发展改革委、工业和信息化厅，各地级以上市人民政府按职责分工负责）",
     ["省商务厅"], ["省发展改革委", "省工业和信息化厅", "各地级以上市人民政府"]),
])
def test_forms(text, lead, support):
    assert roles(text) == (lead, support)


def test_several_parentheticals_merge_and_lead_wins():
    text = ("打造物流走廊。（负责单位：市发展改革委、商务局）拓展快船通道。（负责单位：市商务局，配合单位：南沙区政府，"
            "广州海关）建设冷链基地。（负责单位：南沙区政府）")
    assert roles(text) == (["市发展改革委", "市商务局", "南沙区政府"], ["广州海关"])


@pytest.mark.parametrize("text", [
    "支持香港贸易发展局（以下简称贸发局）在广州设立办事处。",
    "落实《若干措施》（市商务局发布）有关要求，推进试点。",
    "实施“三零”（零关税、零壁垒、零补贴）规则。",
    "提升对接《全面与进步跨太平洋伙伴关系协定》（CPTPP）规则能力。",
    "建设期货交割仓（厂）库。",
])
def test_parentheticals_that_assign_nothing(text):
    assert roles(text) == ([], [])


def test_declared_first_unit_leads():
    assert declared_convention("各项任务中排在第一位的为牵头单位，其他为配合单位。") == FIRST_UNIT
    assert declared_convention("（列第一位者为牵头单位）") == FIRST_UNIT
    assert declared_convention("省商务厅牵头负责全省工作。") is None
    text = "推进试点。（市商务局、市财政局，各区政府）"
    assert roles(text, FIRST_UNIT) == (["市商务局"], ["市财政局", "各区政府"])
    # An explicit 牵头 clause keeps its own roles under the declaration.
    assert roles("推进。（市财政局牵头，市商务局）", FIRST_UNIT) == (["市财政局"], ["市商务局"])


@pytest.mark.parametrize("text, lead", [
    ("推进。（广州、深圳市人民政府）", ["广州市人民政府", "深圳市人民政府"]),
    ("推进。（黄埔区、花都区、南沙区政府）", ["黄埔区政府", "花都区政府", "南沙区政府"]),
    ("推进。（广西自贸试验区南宁、钦州港、崇左片区管委会）",
     ["广西自贸试验区南宁片区管委会", "广西自贸试验区钦州港片区管委会", "广西自贸试验区崇左片区管委会"]),
    ("推进。（各区、县级市按职责分工负责）", ["各区", "各县级市"]),
    ("推进。（市商务局、市场监管局）", ["市商务局", "市市场监管局"]),
    ("推进。（自治区发展改革委、商务厅、北部湾办）", ["自治区发展改革委", "自治区商务厅", "自治区北部湾办"]),
    ("推进。（省机场集团、南方航空股份有限公司）", ["省机场集团", "南方航空股份有限公司"]),
    ("推进。（市商务局、广州海关、南沙区政府）", ["市商务局", "广州海关", "南沙区政府"]),
    ("推进。（市商务局（下同）、财政局）", ["市商务局", "市财政局"]),
    ("推进。（各区人民政府、市国资委）", ["各区人民政府", "市国资委"]),  # a 市 name is no place of the 各-run
])
def test_shared_prefixes_and_suffixes_expand(text, lead):
    assert roles(text)[0] == lead


def test_traditional_characters_give_simplified_units():
    assert roles("推進。（省商務廳牽頭，省財政廳按職責分工負責）") == (["省商务厅"], ["省财政厅"])


@pytest.mark.parametrize("text, lead, support", [
    ("推进。【责任单位：省商务厅牵头，省财政厅、省税务局配合】", ["省商务厅"], ["省财政厅", "省税务局"]),
    ("推进。（牵头单位：省文化和旅游厅；配合单位：恩施州、神农架林区人民政府）",
     ["省文化和旅游厅"], ["恩施州人民政府", "神农架林区人民政府"]),
    ("推进。【责任单位：海口江东新区、三亚崖州湾科技城、博鳌乐城国际医疗旅游先行区管理局】",
     ["海口江东新区管理局", "三亚崖州湾科技城管理局", "博鳌乐城国际医疗旅游先行区管理局"], []),
    ("推进。（省农业农村厅、商务厅牵头，德宏、西双版纳、红河州人民政府按职责分工负责）",
     ["省农业农村厅", "省商务厅"], ["德宏州人民政府", "西双版纳州人民政府", "红河州人民政府"]),
    ("推进。（市高级人民法院牵头，滨海新区、和平区、南开区人民政府按职责分工负责）",
     ["市高级人民法院"], ["滨海新区人民政府", "和平区人民政府", "南开区人民政府"]),
    ("推进。（省人力资源社会保障厅牵头，省教育厅、团省委、供销社按职责分工负责）",
     ["省人力资源社会保障厅"], ["省教育厅", "团省委", "省供销社"]),
    ("推进。（**牵头单位**：市经济信息委；**配合单位**：市教委，各区县（自治县）政府）",
     ["市经济信息委"], ["市教委", "各区县（自治县）政府"]),
    ("推进。（省农业农村厅牵头，国家金融监督管理总局云南监管局（以下简称云南金融监管局，下同）按职责分工负责）",
     ["省农业农村厅"], ["国家金融监督管理总局云南监管局"]),
])
def test_more_forms(text, lead, support):
    assert roles(text) == (lead, support)


@pytest.mark.parametrize("line, lead, support", [
    ("责任单位：市通信管理局、市经济信息委，各区县（自治县）政府", ["市通信管理局", "市经济信息委", "各区县（自治县）政府"], []),
    ("市市场监管委牵头，市城市管理委、各区人民政府按职责分工负责", ["市市场监管委"], ["市城市管理委", "各区人民政府"]),
    ("配合单位：省科技厅、各市（地）人民政府（行署）", [], ["省科技厅", "各市（地）人民政府（行署）"]),
])
def test_unbracketed_responsibility_lines(line, lead, support):
    from desktop.core.responsibility import line_clause
    clause = line_clause(fold(line))
    lead_got, support_got = merge_roles([clause])
    assert ([m.name for m in lead_got], [m.name for m in support_got]) == (lead, support)


@pytest.mark.parametrize("line", [
    "完成时限：2026年12月底前",
    "省商务厅要加强统筹协调，各地要按照职责分工抓好落实。",
])
def test_lines_that_are_not_responsibilities(line):
    from desktop.core.responsibility import line_clause
    assert line_clause(fold(line)) is None


@pytest.mark.parametrize("text, lead, support", [
    # 责任单位 after a 牵头单位 field in the same bracket supports it
    ("推进。（牵头单位：市科技局、市数据局，责任单位：资产集团，各区镇）", ["市科技局", "市数据局"], ["资产集团", "各区镇"]),
    # a unit with its alias in brackets is complete before the next 、
    ("推进。（牵头单位：市委组织部（市委人才办）、市人社局、团市委）", ["市委组织部（市委人才办）", "市人社局", "团市委"], []),
    # 和 inside one name; short names a labelled field declares to be bodies
    ("推进。（牵头单位：市发展改革委（市数据局）、市城市运行和政务服务办）",
     ["市发展改革委（市数据局）", "市城市运行和政务服务办"], []),
    ("推进。（责任单位：市政府办、市人行、市产发集团、市数据局）", ["市政府办", "市人行", "市产发集团", "市数据局"], []),
    ("推进。（牵头单位：区财政局、区金融服务中心、上城资本）", ["区财政局", "区金融服务中心", "上城资本"], []),
    ("推进。（责任单位：市商务局，持续推进）", ["市商务局"], []),  # a field's words that name no body
    # a note at the end of a bracket is no unit and no role
    ("推进。（责任单位：市数据局，各县区人民政府，以下均涉及各县区、功能区，不再重复列出）", ["市数据局", "各县区人民政府"], []),
    ("推进。（省商务厅牵头，省工业和信息化厅、财政厅、市场监管局等有关部门和单位按职责分工负责）",
     ["省商务厅"], ["省工业和信息化厅", "省财政厅", "省市场监管局"]),
    # a prefix comes from the nearest prefixed name, never from a party committee, never onto a zone
    ("推进。（省委网信办、省工业和信息化厅、通信管理局按职责分工负责）", ["省委网信办", "省工业和信息化厅", "省通信管理局"], []),
    ("推进。（省委组织部、教育厅、人力资源社会保障厅按职责分工负责）", ["省委组织部", "教育厅", "人力资源社会保障厅"], []),
    ("推进。（牵头单位：市科技局、高新区、团市委）", ["市科技局", "高新区", "团市委"], []),
    # collective units keep the 、 inside their brackets, 〔〕 too
    ("推进。（牵头单位：省委组织部（省委人才办）；配合单位：省人力资源社会保障厅、各区〔县、市〕政府）",
     ["省委组织部（省委人才办）"], ["省人力资源社会保障厅", "各区〔县、市〕政府"]),
    ("推进。（广州、深圳、东莞市政府按职责分工负责）", ["广州市政府", "深圳市政府", "东莞市政府"], []),
    ("推进。（省商务厅、省发展改革委等和各有关地级以上市人民政府负责）",
     ["省商务厅", "省发展改革委", "各有关地级以上市人民政府"], []),
    # 会同有关部门 names no body (eval README); a collective with its own level stays
    ("推进。（牵头单位：省科技厅会同有关部门）", ["省科技厅"], []),
    ("推进。（市商务局会同相关单位）", ["市商务局"], []),
    ("推进。（牵头单位：省科技厅会同省直有关部门）", ["省科技厅"], ["省直有关部门"]),
])
def test_unit_hygiene(text, lead, support):
    assert roles(text) == (lead, support)


@pytest.mark.parametrize("text", [
    "各项任务中，第一个逗号前为牵头单位（多个牵头部门的按照职责分工负责），其余为配合单位。",
    "（各项任务第一个逗号前的单位为牵头单位）",
])
def test_declared_first_comma(text):
    assert declared_convention(text) == BEFORE_FIRST_COMMA
    assert roles("推进。（省发展改革委、省商务厅，省财政厅、省自然资源厅）", BEFORE_FIRST_COMMA) == \
        (["省发展改革委", "省商务厅"], ["省财政厅", "省自然资源厅"])
    # an explicit 牵头 keeps its own roles
    assert roles("推进。（省商务厅牵头，省发展改革委、省市场监管局配合）", BEFORE_FIRST_COMMA) == \
        (["省商务厅"], ["省发展改革委", "省市场监管局"])


@pytest.mark.parametrize("declaration", ["列第一位者为牵头单位，下同", "排在第一位的为牵头部门，下同", "排名第一的为牵头单位"])
def test_a_declaration_inside_a_bracket_is_no_unit_and_applies_to_its_own_list(declaration):
    text = f"推进。（工业和信息化部、发展改革委、科技部等负责。{declaration}）"
    assert declared_convention(text) == FIRST_UNIT
    assert roles(text, FIRST_UNIT) == (["工业和信息化部"], ["发展改革委", "科技部"])
    # A、B牵头负责 names two leads under the declaration
    assert roles("推进。（农业农村部、工业和信息化部牵头负责）", FIRST_UNIT) == (["农业农村部", "工业和信息化部"], [])


@pytest.mark.parametrize("text, lead, support", [
    ("推进。（市商务局牵头，各区政府具体负责）", ["市商务局"], ["各区政府"]),
    ("推进。（市商务局、市财政局分别牵头，各区政府抓好落实）", ["市商务局", "市财政局"], ["各区政府"]),
    ("推进。（市商务局牵头，各区政府组织实施）", ["市商务局"], ["各区政府"]),
    ("推进。（市商务局牵头，市发展改革委、市财政局共同推进）", ["市商务局"], ["市发展改革委", "市财政局"]),
    ("推进。(市商务局牵头、市财政局配合)", ["市商务局"], ["市财政局"]),
    ("推进。（市发展改革委牵头，市直有关部门配合落实）", ["市发展改革委"], ["市直有关部门"]),
    ("推进。（市商务局、市财政局，各县〈市、区〉人民政府）", ["市商务局", "市财政局", "各县〈市、区〉人民政府"], []),
])
def test_role_phrasings(text, lead, support):
    assert roles(text) == (lead, support)


def test_unbracketed_fields_after_the_last_sentence():
    from desktop.core.responsibility import inline_clause
    clause = inline_clause(fold("推进试点。完善服务体系。牵头单位：市商务局；配合单位：市财政局、市税务局。"))
    lead, support = merge_roles([clause])
    assert ([m.name for m in lead], [m.name for m in support]) == (["市商务局"], ["市财政局", "市税务局"])
    assert inline_clause(fold("推进试点，由市商务局负责。")) is None
