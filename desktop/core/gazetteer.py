"""Place names and administrative prefixes used to tell a qualified unit from a bare department."""

from __future__ import annotations

import re

from .textnorm import to_simplified

PROVINCES = {
    "北京": "北京市", "天津": "天津市", "上海": "上海市", "重庆": "重庆市",
    "河北": "河北省", "山西": "山西省", "辽宁": "辽宁省", "吉林": "吉林省", "黑龙江": "黑龙江省",
    "江苏": "江苏省", "浙江": "浙江省", "安徽": "安徽省", "福建": "福建省", "江西": "江西省",
    "山东": "山东省", "河南": "河南省", "湖北": "湖北省", "湖南": "湖南省", "广东": "广东省",
    "海南": "海南省", "四川": "四川省", "贵州": "贵州省", "云南": "云南省", "陕西": "陕西省",
    "甘肃": "甘肃省", "青海": "青海省", "台湾": "台湾省",
    "内蒙古": "内蒙古自治区", "广西": "广西壮族自治区", "西藏": "西藏自治区",
    "宁夏": "宁夏回族自治区", "新疆": "新疆维吾尔自治区",
    "香港": "香港特别行政区", "澳门": "澳门特别行政区",
}

# Prefecture-level cities by province (the ones that open units' names in the documents officers receive).
PROVINCE_CITIES = {
    "河北省": "石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水 雄安",
    "山西省": "太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁",
    "内蒙古自治区": "呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布",
    "辽宁省": "沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛",
    "吉林省": "长春 吉林 四平 辽源 通化 白山 松原 白城 延边",
    "黑龙江省": "哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化",
    "江苏省": "南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁",
    "浙江省": "杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水",
    "安徽省": "合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城",
    "福建省": "福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德 平潭",
    "江西省": "南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶",
    "山东省": "济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽",
    "河南省": "郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店",
    "湖北省": "武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 恩施",
    "湖南省": "长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西",
    "广东省": "广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 "
              "揭阳 云浮 横琴 前海 南沙 蛇口 黄埔 花都 番禺 海珠 天河 越秀 荔湾 白云 从化 增城 福田 罗湖 南山 宝安 龙岗",
    "广西壮族自治区": "南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左",
    "海南省": "海口 三亚 三沙 儋州",
    "四川省": "成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳",
    "贵州省": "贵阳 六盘水 遵义 安顺 毕节 铜仁",
    "云南省": "昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧 大理 西双版纳",
    "西藏自治区": "拉萨",
    "陕西省": "西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛",
    "甘肃省": "兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南",
    "青海省": "西宁 海东",
    "宁夏回族自治区": "银川 石嘴山 吴忠 固原 中卫",
    "新疆维吾尔自治区": "乌鲁木齐 克拉玛依 吐鲁番 哈密 喀什 伊犁 霍尔果斯",
    "上海市": "浦东", "天津市": "滨海", "重庆市": "两江",
}
CITY_PROVINCE = {city: prov for prov, cities in PROVINCE_CITIES.items() for city in cities.split()}
CITIES = set(CITY_PROVINCE) | {"长三角", "京津冀", "成渝"}

# National bodies and other names that never take a local prefix.
NATIONAL_PREFIXES = ("国家", "中国", "中央", "中共", "国务院", "全国", "海关总署", "人民银行", "中华", "各", "有关",
                     "团省委", "团市委", "团区委", "团县委")

# Jurisdiction prefix a bare department inherits from the first unit of its list.
JURISDICTION_PREFIX = re.compile(r"^(自治区党委|自治区|兵团|省委|省|市委|市(?!场)|县委|县|区委|区(?!域)|各)")

_PLACE_START = re.compile(
    "^(" + "|".join(sorted(set(PROVINCES) | CITIES, key=len, reverse=True)) + ")")
_LOCAL_GOV = re.compile(r"^[\u4e00-\u9fa5]{1,6}(区|县|市|州|旗|镇|街道)(人民政府|政府|党委|委员会|管委会|办事处)")


def starts_with_place(name: str) -> bool:
    """True when ``name`` opens with its own place or national qualifier (广州海关, 南沙区政府, 人民银行…)."""
    return bool(name.startswith(NATIONAL_PREFIXES) or _PLACE_START.match(name) or _LOCAL_GOV.match(name))


def province_of(name: str) -> str | None:
    """The full province name that ``name`` (广东省人民政府, 广西壮族自治区…, 广州市商务局) belongs to."""
    name = to_simplified(name)  # an issuer is reported as written: 廣東省人民政府
    for short, full in PROVINCES.items():
        if name.startswith(short):
            return full
    city = city_of(name)
    return CITY_PROVINCE.get(city[:-1]) if city else None


_CITY = re.compile("^(" + "|".join(sorted(CITY_PROVINCE, key=len, reverse=True)) + ")市")


def city_of(name: str) -> str | None:
    """The city (广州市) that opens ``name``, if any."""
    name = to_simplified(name)
    m = _CITY.match(name)
    return m.group() if m else None
