"""The Chinese domain words factcheck knows, as data.

Every table the extractor consults lives here, so that teaching it a new word is a one-line
change in one place. Order matters where noted: alternatives are tried longest first.
"""

from __future__ import annotations

from decimal import Decimal

# Magnitude words multiply the number before them: 1.403亿 = 140,300,000.
MAGNITUDES: dict[str, Decimal] = {
    "万亿": Decimal("1e12"),
    "千亿": Decimal("1e11"),
    "百亿": Decimal("1e10"),
    "十亿": Decimal("1e9"),
    "亿": Decimal("1e8"),
    "千万": Decimal("1e7"),
    "百万": Decimal("1e6"),
    "十万": Decimal("1e5"),
    "万": Decimal("1e4"),
    "千": Decimal("1e3"),
}

# A round magnitude printed with a currency but no qualifier is a figure from this size up
# (百亿元目标, 千亿元); 百万美元 and 千元 alone head a table's column far more often.
ROUND_FIGURE_WITHOUT_QUALIFIER = Decimal("1e9")

# Places printed above a figure's 亿 (44兆2685亿元, 1万2685亿元): the figure is read to the 亿.
PLACES_ABOVE_A_YI: tuple[str, ...] = ("兆", "万", "萬")

# Magnitudes read only before a currency: in Taiwan 兆 is 万亿 (34.34兆元), but 兆瓦 and 兆字节
# are mega-units, not amounts.
MAGNITUDES_BEFORE_CURRENCY: dict[str, Decimal] = {"兆": Decimal("1e12")}

# A magnitude printed without a number is a round figure of one (超过千亿, 逼近万亿, 过万,
# 破千亿元), but only after a qualifier or before a currency: 上百万, 万一 and 亿万 are words.
# A round magnitude after these is a unit heading, not a figure: 营业收入(百万元), 单位:千元,
# 以百万元计.
ROUND_MAGNITUDE_BLOCKERS: tuple[str, ...] = (
    "上", "数", "几", "好", "成", "亿", "万", "千", "百", "(", "（", "[", "【", ":", "：", "以", "按", "位", "/",
)

# Currencies, normalised to the unit a claim carries (人民币 amounts are 元).
CURRENCIES: dict[str, str] = {
    "元人民币": "元",
    "人民币元": "元",
    "人民币": "元",
    "美元": "美元",
    "港元": "港元",
    "港币": "港元",
    "欧元": "欧元",
    "日元": "日元",
    "英镑": "英镑",
    "元": "元",
    "新台币": "新台币",
    "台币": "新台币",
    # 美金 is the spoken name of the dollar that Hong Kong and mainland coverage also prints.
    "美金": "美元",
    "日圆": "日元",
    "澳元": "澳元",
    "加元": "加元",
    "韩元": "韩元",
    "新加坡元": "新加坡元",
    "瑞士法郎": "瑞士法郎",
}

# The word that counts a currency's units without naming it: 元 after 美元30.6亿 is a US dollar, so
# the currency printed before the number names the figure's unit. Not for the currencies an
# article goes on counting in bare 元 (新台币356.4亿元，去年同期为316.8亿元; 港币123.4亿元 and
# 110.2亿元 a year before): their figures stay 元, as the ones after them are.
GENERIC_CURRENCY_UNIT = "元"
CURRENCIES_COUNTED_IN_YUAN: tuple[str, ...] = ("元", "港元", "新台币")

# Currencies printed before the number (人民币18亿元, US$12.5亿, RMB 3.5亿): the unit of a
# figure that prints none after it. Latin ones need no letter before them (see numbers.py).
CURRENCIES_BEFORE: dict[str, str] = {
    "人民币": "元", "RMB": "元", "CNY": "元", "US$": "美元", "USD": "美元", "HK$": "港元",
    "HKD": "港元", "港元": "港元", "港币": "港元", "美元": "美元", "NT$": "新台币",
    "新台币": "新台币", "￥": "元", "¥": "元", "€": "欧元", "£": "英镑",
}

# A broker's Latin marks of a change (yoy-5.2%, QoQ+3.1%): the sign after them is the change's, not a
# label's dash (Q1-Q4).
LATIN_CHANGE_MARKS: tuple[str, ...] = ("YoY", "yoy", "Yoy", "YOY", "QoQ", "qoq", "Qoq", "QOQ", "MoM", "mom", "MOM")

# 负 glued to digits is a minus sign (净利润为负3.2亿元); 负债 and 负增长 are words. After 正 it is
# half of 正负 (plus or minus).
MINUS_WORD = "负"
PLUS_WORDS: tuple[str, ...] = ("正",)

# Magnitudes a translated release keeps in English (US$12.5 million, HK$3.2 billion).
LATIN_MAGNITUDES: dict[str, Decimal] = {
    "million": Decimal("1e6"), "billion": Decimal("1e9"), "trillion": Decimal("1e12"),
    "mn": Decimal("1e6"), "bn": Decimal("1e9"),
}

# Counters (量词) that make a bare number a count of something.
COUNTERS: tuple[str, ...] = (
    "人次", "人", "户", "家", "项", "件", "个", "名", "篇", "款", "笔", "位", "场",
    "台", "辆", "份", "张", "条", "套", "座", "所", "间", "架", "艘", "枚", "股", "单",
    "只", "支", "种", "类", "部", "批", "例", "手",
)

# Counters read after Arabic digits only: 二手, 一手 and 一次 are words, 9970969手 is a volume.
ARABIC_ONLY_COUNTERS: tuple[str, ...] = ("手",)

# Units of measure: the figure is an amount of them, rounded like any measurement (not an
# exact count), with the dimension it adds up in. Latin units must not run into more letters.
MEASURE_UNITS: dict[str, str] = {
    "GWh": "count", "MWh": "count", "kWh": "count", "TWh": "count", "GW": "count", "MW": "count",
    "kW": "count", "万千瓦时": "count", "千瓦时": "count", "万千瓦": "count", "千瓦": "count",
    "兆瓦时": "count", "兆瓦": "count", "吉瓦时": "count", "吉瓦": "count",
    "吨公里": "count", "人公里": "count", "公里": "count", "千米": "count", "平方米": "count",
    "平方公里": "count", "立方米": "count", "吨": "count", "公斤": "count", "千克": "count",
    "桶": "count", "标箱": "count", "TEU": "count", "次": "count",
}

# Index points (CSPI为92.79点, 下降1.60点): an amount of points that changes like any amount, read
# only with decimals, since 9点 is a time.
POINT_UNITS: tuple[str, ...] = ("点",)

# A duration printed with decimals (平均期限10.4年, 周转天数55.63天) is a figure; with whole
# numbers it is too often a year or a date (2021年, 3天内) to be read as one.
DURATION_UNITS: tuple[str, ...] = ("个月", "小时", "年", "天")

# A counter glued to these is the start of another word or a duration, not a count:
# 0人工干预, 三个月, 8个季度, 10个百分点 (points are read separately).
COUNTER_BLOCKERS: tuple[str, ...] = (
    "人工", "人民", "人才", "人员", "个月", "个季度", "个小时", "个工作日", "个交易日",
    "个百分点", "个基点", "个点", "种植", "部门", "类似", "只有", "支持", "件事", "批准",
    "名单", "位于", "场景", "台阶", "条件", "股份", "股东", "股权", "股票", "单位",
    "成本", "成交", "成为", "成立", "成功", "成长", "成员", "成熟", "成果", "成绩", "成都", "成效",
    "手机", "手续", "手段", "手中", "手里", "手上", "次数", "次日", "次年", "次级", "年度", "年化",
    "年均", "年报", "年末", "年初", "年底", "年内", "年中", "天然", "点击", "点评",
    # 三元电池, 三元材料: ternary (lithium) cells, not three yuan
    "元电池", "元锂", "元材料", "元正极", "元前驱体",
)

# After a number these words make it a time, an age or a label, never a figure.
TIME_WORDS: tuple[str, ...] = (
    "年", "月", "日", "号", "季度", "天", "小时", "分钟", "秒", "周", "届", "期", "岁",
    "世纪", "点钟", "时",
)

# Qualifiers printed before a number, and the bound each one makes of it.
#   exact  — the rounding interval of the printed digits (达 4.349亿 is 4.3485亿–4.3495亿)
#   below  — just under: the printed value is the upper bound (近300亿 ≤ 300亿)
#   above  — more than: the printed value is the lower bound (超过4500万 ≥ 4500万)
#   atmost — no more than: the printed value is the upper bound (不足1万 ≤ 1万)
#   around — roughly: ±10% of the printed value, or its rounding interval if wider
QUALIFIERS_BEFORE: dict[str, str] = {
    "将近": "below", "接近": "below", "逼近": "below", "近乎": "below", "近": "below",
    "不超过": "atmost", "未超过": "atmost", "不高于": "atmost", "不足": "atmost",
    "不到": "atmost", "低于": "atmost", "少于": "atmost", "未满": "atmost",
    "超过": "above", "超出": "above", "超": "above", "逾": "above", "突破": "above",
    "多于": "above", "高于": "above", "大于": "above", "不少于": "above", "不低于": "above",
    "至少": "above", "站上": "above", "站稳": "above", "迈上": "above",
    "大约": "around", "约为": "around", "约": "around", "大概": "around", "约合": "around",
    "高达": "exact", "达到": "exact", "达": "exact", "仅为": "exact", "仅": "exact",
    "跌破": "atmost", "破": "above",
}

# Words that end in a qualifier but say no bound: 签约102.74亿份 is signed, not about 102.74亿份;
# 最近3年 is the latest years, not nearly 3.
WORDS_ENDING_IN_A_QUALIFIER: tuple[str, ...] = (
    "签约", "合约", "预约", "节约", "公约", "条约", "契约", "履约", "违约", "解约", "特约", "相约", "制约",
    "邀约", "续约", "缔约", "守约", "立约", "赴约", "最近", "附近",
)

# Words that start with a qualifier printed after a figure and say no bound: 产业链上下游.
WORDS_STARTING_WITH_A_QUALIFIER: tuple[str, ...] = ("上下游",)

# Verbs after which a bare number ending its clause is the threshold a ratio crosses (市净率跌破1).
BARE_THRESHOLD_VERBS: tuple[str, ...] = ("跌破", "突破", "站上", "站稳")

# The word of tenths (三成 is 30%).
TENTHS_WORD = "成"

# Qualifiers read only before a round figure (过万, 过千亿): 通过5家 and 经过3年 are other words.
ROUND_QUALIFIERS: dict[str, str] = {"过": "above"}

QUALIFIERS_AFTER: dict[str, str] = {
    "以上": "above", "有余": "above", "之多": "above", "余": "above", "多": "above",
    "以下": "atmost", "以内": "atmost",
    "左右": "around", "上下": "around",
}

# A target or a mark reached (实现百亿元目标, 达到1000万辆大关): the figure is passed, at least.
# Read only after a verb of reaching, and kept as the claim's qualifier.
REACHED_MARKS: dict[str, str] = {"目标": "above", "大关": "above", "关口": "above"}

# Half spelled in words: 一半 is 50% (三成, 八成 are read by the number grammar as tenths).
HALF_WORDS: tuple[str, ...] = ("一半", "半数")

# Doubling in words: a growth of about 100% (5.14亿元，同比翻倍; 研发费用翻了一番). The word is
# its own qualifier, read as "around": a newsroom says 翻倍 of +98.5% and of +106.3% alike.
DOUBLING_WORDS: dict[str, str] = {
    "翻倍": "around", "翻番": "around", "翻一番": "around", "翻了一番": "around", "翻了一倍": "around",
}

# Fractions spelled in words (四分之一 is 25%): the denominators a ratio word uses.
FRACTION_WORD = "分之"
# A fraction in words with a word after it that makes it a bound: 三分之一强 is a little more than a
# third, 四分之一弱 a little less.
FRACTION_BOUNDS_AFTER: dict[str, str] = {"强": "above", "弱": "below"}
# Half a tenth after 成: 两成半 is 25%.
HALF_A_PLACE = "半"
# The decimal point of a numeral in words: 三点五亿元 is 3.5亿元, 百分之十二点五 12.5%.
CHINESE_DECIMAL_POINT = "点"
# 1/3 is a ratio only after these (仅为9月销量的1/3); elsewhere it is a date or a label.
FRACTION_LEADS: tuple[str, ...] = ("的", "约", "近", "占", "超", "逾", "为", "达", "仅", "是", "或")

# A line holding these is contact details, not a table row: 客服热线 400 820 8820.
NOT_A_TABLE_LINE: tuple[str, ...] = ("电话", "電話", "热线", "熱線", "传真", "傳真", "Tel", "TEL", "Fax", "邮编", "郵編")

# Two characters before a bare decimal that make it a date (截至9.30), not a ratio.
BARE_NUMBER_DATE_LEADS: tuple[str, ...] = ("截至", "截止", "日期", "时间", "時間")

# Before a number printed bare in prose, these make it a label (版本3.5, 型号2.0), not a ratio.
BARE_NUMBER_BLOCKERS: tuple[str, ...] = ("第", "版", "号", "型", "期", "级", "章", "条", "节")

CHINESE_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
}
CHINESE_UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000}

# Growth wording: the verb says the direction (the basis it is against is read in extract.py).
GROWTH_UP: tuple[str, ...] = (
    "净增加", "净增", "增长了", "增长", "增加了", "增加", "上升了", "上升", "上涨", "提升了", "提升", "提高了",
    "提高", "扩大", "增幅为", "增幅达", "增幅", "增速为", "增速达", "增速", "增", "涨", "升",
    "多赚", "多蚀", "多亏",
    # Taiwan's words: 较去年底成长6.2% (年增 is not here: 全年增8% is the whole year's rise).
    "正成长", "成长",
)
GROWTH_DOWN: tuple[str, ...] = (
    "降幅为", "降幅达", "降幅", "净减少", "下降了", "下降", "减少了", "减少", "下滑", "下跌", "降低了", "降低",
    "收窄", "缩小", "回落", "负增长", "负成长", "衰退",
    "减", "降", "跌",
) + ("少赚", "少蚀", "少亏")
# Verbs of change that carry their measure (Hong Kong's 蚀 is a loss): 纯利少赚27% is a fall of
# profit, 新业务多蚀4% a widening of the loss. Their up-going forms are in GROWTH_UP.
MEASURED_CHANGE_VERBS: dict[str, str] = {
    "多赚": "净利润", "少赚": "净利润", "多蚀": "亏损", "少蚀": "亏损", "多亏": "亏损", "少亏": "亏损",
}
# Verbs before an amount that make it a loss: 核心本地商业大蚀141亿, 4年烧掉28亿. (Not 亏
# alone: 减亏 and 扭亏 are changes. Not yet 累亏, a running total: a heading's 累亏27亿 cuts
# 27.86亿元 to two digits, which the headline rule would take for a contradiction.)
LOSS_VERBS: tuple[str, ...] = ("大蚀", "蚀", "巨亏", "大亏", "净亏", "烧掉", "累亏")
# Loss verbs that sum the losses of a stretch (累亏27亿: the losses so far), like 累计.
CUMULATIVE_LOSS_VERBS: tuple[str, ...] = ("累亏",)
LOSS_MEASURE = "亏损"

# A % after these compares two rates: 增幅较城市客户增幅高出7.4% should say 个百分点.
RATE_WORDS: tuple[str, ...] = ("增幅", "增速", "增长率", "利率", "费率", "收益率", "比例", "占比", "率")
COMPARATIVES_UP: tuple[str, ...] = ("高出", "高于", "高", "快", "多出", "多")
COMPARATIVES_DOWN: tuple[str, ...] = ("低出", "低于", "低", "慢", "少")

# Synonyms of a metric meet in one key, so that 营业收入 and 总营收 match. Longest first.
METRIC_SYNONYMS: dict[str, str] = {
    "营业总收入": "营收",
    "营业收入": "营收",
    "总营业收入": "营收",
    "总营收": "营收",
    "营收": "营收",
    "总收入": "营收",
    "归母净利润": "归母净利润",
    "归母净利": "归母净利润",
    "归属于母公司股东净利润": "归母净利润",
    "归属于母公司所有者净利润": "归母净利润",
    "归属于上市公司股东净利润": "归母净利润",
    "归属于本行股东净利润": "归母净利润",
    "归属于本公司股东净利润": "归母净利润",
    "归属于普通股股东净利润": "归母净利润",
    "净利润": "净利润",
    "净利": "净利润",
    "毛利润": "毛利润",
    "毛利": "毛利润",
    "促成借款总额": "促成借款金额",
    "促成交易总额": "促成借款金额",
    "促成交易金额": "促成借款金额",
    "促成借款金额": "促成借款金额",
    "总交易额": "促成借款金额",
    "交易总额": "促成借款金额",
    "研发费用": "研发投入",
    "研发投入": "研发投入",
    "不良贷款率": "不良率",
    "不良率": "不良率",
    "总资产规模": "总资产",
    "资产总额": "总资产",
    "总资产": "总资产",
    "服务小微用户": "服务小微客户数",
    "服务小微企业": "服务小微客户数",
    "服务小微客户": "服务小微客户数",
    "小微企业提供服务": "服务小微客户数",
    "服务小微": "服务小微客户数",
    "注册用户数": "注册用户数",
    "股东应占溢利": "归母净利润",
    "股东应占净利润": "归母净利润",
    "溢利": "净利润",
    # Taiwan's and Hong Kong's words for net profit: 税后纯益, 获利, 纯利 (每股税后纯益 stays EPS).
    # Net profit is after tax: 税后 adds nothing to it (税前 does, and stays in the key).
    "税后净利润": "净利润",
    "税后净利": "净利润",
    "税后纯益": "净利润",
    "税后获利": "净利润",
    "纯益": "净利润",
    "获利": "净利润",
    "纯利润": "净利润",
    "纯利": "净利润",
    "净盈利": "净利润",
    "注册用户": "注册用户数",
    "NBV": "新业务价值",  # new business value, as insurers' reports abbreviate it
    "专利申请数": "专利申请",
    "专利申请": "专利申请",
}

# Names of the non-GAAP measure, one word in every key: 非公认会计准则纯利 and 经调整纯利 are the
# same adjusted profit.
ADJUSTED_MEASURE_NAMES: tuple[str, ...] = (
    "非美国通用会计准则", "非通用会计准则", "非公认会计准则", "非国际财务报告准则", "非公认会计原则",
)
ADJUSTED = "经调整"

# Words stripped from a metric phrase before it becomes a key: they say when, how much or
# who, which the claim records elsewhere (period, qualifier, entity). Longest first.
METRIC_FILLERS: tuple[str, ...] = (
    "报告期内", "同期", "全年", "当年", "单季度", "单季", "本季度", "当季", "全年累计",
    "其中", "公司", "集团", "该行", "本行", "我们的", "我们", "实现了", "实现", "实作", "录得",
    "共计", "合计", "总计", "已成功", "成功", "已", "共", "为", "是", "达到", "达",
    "高达", "约为", "约", "仅为", "仅", "在", "的", "了", "亦", "也", "则", "均", "总体",
    "整体", "提交", "拥有", "取得", "获得", "完成", "其", "该", "此", "现已", "目前已", "如今已", "也有",
    "曾经", "曾",
)

# Words that open a sentence's reasoning, not its measure: 也就是说2023年行业净利润下滑3.16%
# speaks of 净利润. Stripped only where a metric phrase begins.
DISCOURSE_OPENERS: tuple[str, ...] = (
    "也就是说", "就是说", "换言之", "换句话说", "这意味着", "意味着", "由此可见", "可见", "相比之下",
    "对比来看", "总的来看", "总体来看", "综合来看", "整体来看", "具体来看", "具体而言", "具体来说",
    "总而言之", "简而言之", "据此计算", "据此", "与此同时", "同时", "此外", "另外", "而",
)

# The basis a change is measured on, not a measure: 以固定汇率计算按年升14% is the growth of the
# measure its clause names. Removed wherever they stand in a metric phrase.
BASIS_WORDS: tuple[str, ...] = tuple(
    f"{by}{rate}{reckoned}" for by in ("以", "按") for rate in ("固定汇率", "不变汇率")
    for reckoned in ("计算", "计", "")
)

# Short forms of the words a measure is printed with (全国社保基金 for 全国社会保障基金), and a tax
# printed as the revenue it brings (印花税 is 印花税收入): (revenue ending, tax ending). Used where
# two printings of one measure are matched, not in every key.
SHORT_FORMS: dict[str, str] = {"社会保障": "社保", "规模以上": "规上"}
TAX_AS_REVENUE: tuple[str, str] = ("税收入", "税")

CUMULATIVE_WORDS: tuple[str, ...] = ("累计", "累积", "历年累计")

# A verb of shipping cars with its object after it (共交付新车30508辆): a carmaker's generic object
# (新车, 汽车) adds nothing to the verb, so the key is the verb alone and a title's 交付 meets it; a
# narrower object (交付新能源汽车) is a measure of its own, keyed object first (新能源汽车交付).
SHIPPING_VERBS: tuple[str, ...] = ("交付", "销售", "生产", "出口", "批发", "零售", "交车")
GENERIC_SHIPPED_OBJECTS: tuple[str, ...] = ("新车", "汽车", "整车", "车辆")
NARROW_SHIPPED_OBJECTS: tuple[str, ...] = ("新能源汽车", "新能源车", "电动车", "电动汽车", "乘用车", "商用车")

# Two measures printed as one compound word before a 分别 list (产销分别为X和Y: 产量 X, 销量 Y),
# in the order the values follow. Only compounds whose order is fixed by usage: 进出口 is left
# out, since writers list 出口 first as often as 进口.
COMPOUND_MEASURES: dict[str, tuple[str, ...]] = {
    "产销量": ("产量", "销量"),
    "产销": ("产量", "销量"),
    "存贷款余额": ("存款余额", "贷款余额"),
    "存贷款": ("存款", "贷款"),
    "收支": ("收入", "支出"),
}

# Subjects that make a figure about the economy or a market, not about the company.
OTHER_SUBJECTS: tuple[str, ...] = (
    "我国", "全国", "全社会", "市场主体", "个体工商户", "央行", "国家统计局", "各地区",
    "上市银行", "上市券商", "上市公司", "上市险企", "银行业", "保险业", "证券业", "券商行业",
    "全行业", "同业",
)

# Suffixes that mark an organisation's name in a headline.
ORGANISATION_SUFFIXES: tuple[str, ...] = (
    "银行", "科技", "集团", "证券", "保险", "控股", "股份", "公司", "金融", "基金", "信托",
    "资本", "通", "网", "汽车", "电子", "医药", "能源", "地产", "数科", "金科", "智能", "电器",
    "药业", "传媒", "物流", "航空", "消费金融", "财险", "寿险", "人寿", "租赁", "期货", "实业", "新材",
)

# Suffixes strong enough to mark another company inside a sentence (not 科技 or 通, which end
# common nouns such as 金融科技).
STRONG_ORGANISATION_SUFFIXES: tuple[str, ...] = (
    "银行", "证券", "集团", "保险", "控股", "有限公司", "信托", "汽车", "人寿", "财险",
)

# Names that open the items of a 分别 list (景泰基金和鸿宇基金…分别为): a list is short and
# explicit, so weaker endings are safe there.
LIST_ORGANISATION_SUFFIXES: tuple[str, ...] = STRONG_ORGANISATION_SUFFIXES + (
    "寿险", "基金", "科技", "消费金融", "能源", "股份", "数科", "金科", "智能", "电器", "药业", "传媒",
)

# Words that make a name generic: 商业银行 is a kind of bank, not a bank.
GENERIC_ORGANISATION_PREFIXES: tuple[str, ...] = (
    "商业", "民营", "中小", "互联网", "数字", "金融", "城市", "农村", "股份制", "国有", "大型",
    "地方", "外资", "头部", "上市", "科技", "保险", "证券", "该", "本", "这家", "多家", "各家",
    "其他", "其它", "一家", "首家", "多个", "全国性", "区域性", "传统", "银行", "保险公司",
    "融资担保", "担保", "金融科技", "子", "母", "分", "总", "旗下", "合作", "同业",
    "投资", "手机", "网上", "网络", "直销", "私人", "村镇", "开放", "数字化", "智慧", "绿色",
    "零售", "对公", "企业", "个人", "电子", "移动", "虚拟", "养老", "财富",
)

# Words that, right after a bank's name, make it a product or a line of business:
# 手机银行月活跃用户, 投资银行业务收入.
NOT_AFTER_ORGANISATION: tuple[str, ...] = (
    "业务", "用户", "月活", "App", "APP", "app", "端", "渠道", "服务", "产品", "卡", "理财",
    "板块", "部门", "条线",
)

# Words after which a date is a past event, so it may not be later than publication.
PAST_DATE_MARKERS: tuple[str, ...] = ("截至", "截止", "截止到", "截至到")

CHINESE_QUARTERS: dict[str, int] = {"一": 1, "1": 1, "二": 2, "2": 2, "三": 3, "3": 3, "四": 4, "4": 4}

# Metric words that make a figure something other than an amount that accumulates: a part
# of the period may rightly be larger than the whole period. Matched inside the metric key.
NOT_ADDITIVE_METRICS: dict[str, tuple[str, ...]] = {
    # an average of a quarter can be above the year's average
    "average": ("均", "平均", "人均", "笔均", "户均", "日均", "均值", "月活", "日活", "活跃"),
    # a rate or ratio is not a sum of its parts
    "ratio": ("率", "比例", "占比", "比重", "息差", "利差", "倍数", "杠杆"),
    # a balance or level read at a date: the year-end balance may be below a quarter's
    "balance": ("余额", "资产", "负债", "规模", "市值", "净值", "存款", "资本", "股本", "员工",
                "网点", "注册", "持仓", "保有", "在管", "存量"),
    # a profit or net figure: other quarters' losses can bring the year below one quarter
    "signed": ("利润", "净利", "亏损", "盈利", "损益", "现金流", "净额", "净增", "净流", "收益",
               "毛利", "利得", "变动"),
    # maxima and prices are levels, not amounts
    "peak": ("最高", "最低", "峰值", "最大", "最小", "单笔", "单日", "单月", "价", "收报", "收盘",
             "开盘", "报收", "每股", "市盈率", "市值"),
}

# Metric words that contain a word of NOT_ADDITIVE_METRICS and still name an amount that adds up:
# a bank's 净利息收入 is revenue, not the 净利 (net profit) its first two characters spell.
# 规模以上工业 is the industry above a size, not a balance (规模): its figures add up over months.
NOT_ADDITIVE_LOOKALIKES: tuple[str, ...] = ("净利息收入", "利息净收入", "净利息", "规模以上")


def names_not_additive(key: str, kinds: tuple[str, ...] = tuple(NOT_ADDITIVE_METRICS)) -> bool:
    """Whether a metric key names one of ``kinds`` of NOT_ADDITIVE_METRICS, read with the words
    that only look like one (净利息收入) left out: 净利息收入 adds up, 净利息收入及净利润 does not."""
    for lookalike in NOT_ADDITIVE_LOOKALIKES:
        key = key.replace(lookalike, "\0")
    return any(word in key for kind in kinds for word in NOT_ADDITIVE_METRICS[kind])


# Words that make the figures after them in a sentence a forecast, a target or guidance:
# not facts to check against the reported ones.
FORECAST_WORDS: tuple[str, ...] = (
    "预计", "预测", "预期", "预估", "预告", "预增", "预减", "目标", "指引", "有望", "力争", "计划",
    "展望", "估计", "将达到", "将实现", "或将", "料将",
)

# Words that open one slice of a whole: after 其中海外营收30亿元，a clause that opens with one of
# these (国内营收70亿元) is the next slice; a clause that does not (已获得授权专利156件) is not.
SEGMENT_WORDS: tuple[str, ...] = (
    "境内", "境外", "国内", "国外", "海外", "线上", "线下", "个人", "对公", "公司", "零售", "批发",
    "城市", "县域", "农村", "城镇", "东部", "西部", "中部", "南方", "北方", "表内", "表外", "男性", "女性",
    "新增", "存量", "自营", "代理", "直营", "加盟", "一线", "二线", "三线", "大型", "中型", "小型", "微型",
)

# Words that make an amount one business line's (游戏业务收入, 智能家居板块营收): never the total a
# share of 总收入 is of, unless the share's own words name the line.
BUSINESS_LINE_WORDS: tuple[str, ...] = ("业务", "板块", "分部", "事业部", "事业群", "业务线", "产品线")
# Words that print an amount as the whole, even when a business-line word stands beside them.
WHOLE_WORDS: tuple[str, ...] = ("总", "合计", "共计", "全部", "整体", "主营")

# The lines a bank's, a broker's or a futures firm's 营业收入 is made of, as a figure's metric ends:
# 利息净收入 (净利息收入), 手续费及佣金净收入, 代理买卖证券业务净收入, 手续费收入 — never the gross 利息收入,
# which a bank's interest expense takes back. 投资收益 is a line of it too, but an
# industrial firm books its 投资收益 below its revenue, so it counts only beside a line of the first kind.
REVENUE_LINE_ENDINGS: tuple[str, ...] = ("净收入", "净利息收入", "手续费收入", "佣金收入")
REVENUE_LINE_IF_FINANCIAL: tuple[str, ...] = ("投资收益",)
# Words opening an amount taken off a gross figure (扣除…减少国有股13.88亿元).
DEDUCTION_WORDS: tuple[str, ...] = ("扣除", "减去", "扣减", "剔除")
# Words naming the rest of a whole, the slice that closes a list of segments (其他业务).
THE_REST_WORDS: tuple[str, ...] = ("其他", "其它", "其余")

# What feeds append after an article: the editor's name, the source, a picture credit, an app
# promotion, a list of further reading. A paragraph at the end of the body that opens with one
# of these openings, or holds one of these promotions, is not the article's last sentence.
# (Matched against the paragraph in simplified characters: 責任編輯 is 责任编辑.)
BOILERPLATE_OPENINGS: tuple[str, ...] = (
    "责任编辑", "编辑:", "编辑：", "来源:", "来源：", "文章来源", "本文来源", "本文来自", "本文首发",
    "封面图片来源", "图片来源", "免责声明", "声明:", "声明：", "风险提示", "参考资料", "参考文献", "相关阅读", "延伸阅读", "推荐阅读",
    "关注我们", "更多精彩",
)
BOILERPLATE_PROMOTIONS: tuple[str, ...] = (
    "尽在新浪财经APP", "下载APP", "打开APP", "扫码下载", "扫描二维码", "长按识别", "点击阅读原文",
    "关注公众号", "分享到", "版权所有", "未经授权", "转载请注明", "免费领取", "先到先得",
)
