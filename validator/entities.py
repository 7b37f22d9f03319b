"""Entities: which company an article is about, and which figures are someone else's.

An article's subject is read from its own text, never looked up in a list of companies. Real
coverage introduces a company in a few ways, each a construction below with the weight of its
evidence:

- a self-definition: 远航汽车(「远航汽车」或「本公司」), 星辰数科集团(“星辰数科”或“公司”),
  (以下简称“东岳科技”) — the text says outright who 公司 is;
- a listing: 鼎泰金科(NYSE:DTJK), 华锦香港(02399), 晶澜能源(688777.SH), 翔宇科技股份有限公司
  (NASDAQ:XYKJ;HKEX:3999);
- the headline or a clause opening with a name and then a period, a measure or a report verb:
  乐享三季度营业收入…, 康宁生物2023年报, 星桥公布了…;
- a descriptor before the name: 纽交所上市的消费金融公司乐享发布…;
- a name with an organisation suffix the body keeps repeating: 东岳银行.

A name must be a name: not a period, a measure (税后纯益, 资本充足率), a generic kind of company
(商业银行, 消金公司), the economy (我国, 行业) or a news outlet's dateline (星河社北京5月20日电).
A round-up of several companies with none dominant has no single subject.

When no subject can be found the document still gets one that is safe: a name of its own made
from its text, so that its figures relate to each other while no other document can ever meet it
(cross-article links need the same named subject).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter

from . import lexicon

_CJK = "\u4e00-\u9fff"

# --- word tables -------------------------------------------------------------------------

# What an introduced company is called in the rest of the text: “X”或“公司”.
SELF_REFERENCES: tuple[str, ...] = (
    "本公司", "公司", "本集团", "集团", "本行", "我行", "该行", "我司", "该公司", "我们", "本银行",
)

# Legal forms after a short name: 翔宇科技股份有限公司 is 翔宇科技 in the rest of the text.
LEGAL_FORMS: tuple[str, ...] = (
    "集团股份有限公司", "控股股份有限公司", "股份有限公司", "控股有限公司", "有限责任公司", "有限公司",
    "股份公司",
)

# Words that end a description of a company, right before its name: 消费金融公司乐享.
DESCRIPTOR_ENDS: tuple[str, ...] = (
    "公司", "平台", "服务商", "提供商", "运营商", "企业", "厂商", "制造商", "开发商", "创新者", "先驱",
    "领导者", "龙头", "巨头", "房企", "车企", "险企", "券商", "品牌", "机构", "集团旗下",
)

# Verbs by which the subject reports: 星桥公布了…, 乐享发布…
REPORT_VERBS: tuple[str, ...] = (
    "发布", "公布", "披露", "宣布", "公告", "交出", "晒出", "实现", "录得", "官网", "今天", "今日",
)

# Measures a name never contains and that end a name at a clause's opening: 乐享营业收入….
MEASURE_WORDS: tuple[str, ...] = (
    "营业收入", "营业额", "营收", "收入", "净利润", "净利", "纯利", "纯益", "盈利", "获利", "溢利", "利润",
    "亏损", "总资产", "资产", "负债", "贷款", "存款", "销量", "销售", "交付", "保费", "价值", "毛利",
    "业绩", "财报", "年报", "季报", "半年报", "报告", "数据", "指数", "价格", "余额", "规模", "总额",
    "收益", "产量", "用户", "客户", "股东", "成本", "费用", "现金", "资本充足", "出货", "装车",
    "出口", "进口", "顺差", "逆差", "增加值", "总值", "生产", "运输", "周转",
) + lexicon.NOT_AFTER_ORGANISATION
# Words of change and of reporting a name never contains: 同比增长 opens many clauses.
_VERB_WORDS: tuple[str, ...] = tuple(
    word for word in lexicon.GROWTH_UP + lexicon.GROWTH_DOWN if len(word) > 1
) + (
    "同比", "环比", "按年", "按季", "达到", "截至", "截止", "根据", "其中", "显示", "表示", "认为", "指出",
    "预计", "预期", "保持", "持续", "放缓", "承压", "翻倍", "完成", "合并", "编制", "经调整", "非国际", "位居",
    "位列", "排名", "榜首", "取代", "超越", "跻身", "成为", "蝉联", "领先", "包揽", "入围",
) + REPORT_VERBS
# Single characters that make a run a measure, not a name: 不良率, 成交额, 发卡量.
_MEASURE_ENDINGS = ("率", "额", "量", "数", "比", "值")
# Looked up once per candidate name rather than word by word: a long article has thousands.
_MEASURE_OR_VERB = re.compile("|".join(re.escape(word) for word in MEASURE_WORDS + _VERB_WORDS if word))
_MEASURE_WORD_STARTS = frozenset(word[:end] for word in MEASURE_WORDS for end in range(len(word) + 1))

# Subjects that make a figure about the economy, an industry or a market, in addition to the
# lexicon's: a national or industry figure is never the company's.
ECONOMY_SUBJECTS: tuple[str, ...] = tuple(dict.fromkeys(lexicon.OTHER_SUBJECTS + (
    "全行业", "行业", "业内", "国内市场", "全球市场", "整体市场", "大盘", "两市", "沪深两市", "A股",
    "全市场", "全省", "全市", "全球", "国民经济", "规模以上工业", "社会消费品",
)))
# Subjects named by a pattern: 国内游戏市场, 中国汽车市场, 全国城镇.
_MARKET = re.compile(rf"(?:国内|全国|中国|我国|全球|海外|境内)[{_CJK}]{{0,6}}?(?:市场|行业|产业)")
# Economy subjects too vague to be the same thing in two articles (行业 of games and of banks):
# they stay inside their document.
_VAGUE_SUBJECTS: tuple[str, ...] = (
    "行业", "全行业", "业内", "同业", "上市银行", "上市券商", "上市公司", "上市险企", "各地区", "全市场",
    "整体市场", "大盘", "两市", "全省", "全市", "规模以上工业",
)

# Groups a round-up ranks (新势力11月交付榜, 城商行三季报扫描): several companies, never one subject.
_GROUPS_OF_COMPANIES: tuple[str, ...] = (
    "新势力", "造车新势力", "自主品牌", "合资品牌", "传统车企", "新能源车企", "头部车企", "头部房企", "百强房企",
    "头部券商", "头部险企", "国有大行", "股份行", "城商行", "农商行",
)
# Words a name never is, or never opens or ends with.
_NOT_NAMES: frozenset[str] = frozenset(SELF_REFERENCES + ECONOMY_SUBJECTS + LEGAL_FORMS + (
    "信息", "推荐", "互联网", "物联网", "金融", "科技", "成员", "小微", "普惠", "三农", "涉农", "绿色", "科创",
    "所有者", "投资者", "消费者", "合作伙伴", "监管", "央企", "国企", "民企",
    "记者", "原标题", "新闻稿", "附录", "附件", "来源", "本报", "本报讯", "通讯员", "编辑", "中国", "香港",
    "国内", "海外", "境内", "境外", "全球", "美股", "港股", "A股", "市场", "财务", "经营", "目前", "此前",
    "今年", "去年", "同期", "报告期", "日前", "近日", "总体", "整体", "合计", "其中", "分别",
) + _GROUPS_OF_COMPANIES)
# Only function characters: 上海银行, 新网银行, 比亚迪, 同花顺 and 以岭药业 are names.
_NOT_OPENING = ("其", "该", "本", "我", "这", "那", "各", "全", "总", "单", "几", "某", "据", "对", "在",
                "由", "从", "与", "及", "较", "为", "是", "共", "累", "而", "但", "若", "因", "截", "随",
                "将", "已", "于", "第", "去", "今", "近", "约", "逾", "占", "净", "归", "扣", "不", "也",
                "还", "仍", "并", "则", "即", "就", "又", "且", "当", "均", "都",
                "以及", "推动", "远高于", "高于", "低于", "前不久", "不久", "新增", "未纳入", "个人")
_NOT_CLOSING = ("的", "了", "在", "于", "和", "与", "及", "等", "将", "已", "也", "都", "均", "共", "为",
                "是", "获", "以", "对", "向", "被", "把", "从", "由", "中", "里", "内", "前", "后", "季",
                "期", "末", "初", "称", "说", "表示")

# --- constructions -------------------------------------------------------------------------

_QUOTED_NAME = r"[“\"「『‘]\s*(?P<short>[^”\"」』’()（）]{1,24}?)\s*[”\"」』’]"
_QUOTED_SELF = r"[“\"「『‘]\s*(?:" + "|".join(SELF_REFERENCES) + r")\s*[”\"」』’]"
# 星辰数科集团(“星辰数科”或“公司”), 远航汽车(「远航汽车」或「本公司」), (以下简称“东岳科技”)
_DEFINED_SHORT = (
    re.compile(r"[(（]\s*(?:以下)?(?:简称|下称)?\s*" + _QUOTED_NAME + r"\s*(?:或|或者|[,，、])\s*" + _QUOTED_SELF),
    # Cloudsail集团(Cloudsail或公司): the quotes are often lost in a re-post.
    re.compile(r"[(（]\s*(?P<short>[^()（）“”\"「」『』,，、或]{2,24}?)\s*或\s*(?:本公司|公司|本集团)\s*[)）]"),
    re.compile(r"[(（]\s*(?:以下)?(?:简称|下称)[:：]?\s*" + _QUOTED_NAME + r"\s*[)）]"),
)
# 锦川保险控股有限公司(「本公司」): the name before the definition is the subject.
_DEFINED_SELF = re.compile(rf"(?P<run>[{_CJK}]{{2,24}})\s*[(（]\s*" + _QUOTED_SELF + r"\s*[)）]")

_EXCHANGES = (
    "NYSE", "NASDAQ", "Nasdaq", "HKEX", "HK", "SH", "SZ", "SGX", "AMEX", "纽交所", "纽约证券交易所", "纳斯达克",
    "港交所", "香港交易所", "联交所", "上交所", "深交所", "美股", "港股", "A股",
)
# 鼎泰金科(NYSE:DTJK), 华锦香港(02399), 晶澜能源(688777.SH), 远帆网络(00777.HK), 金融壹账通(OCFT.US),
# 云岭所(港股股份代码:6699,纽交所股票代码:YL), 青禾（3699）
_LISTING = re.compile(
    rf"(?P<run>[{_CJK}](?:[{_CJK}]|\s(?=[{_CJK}])){{1,30}})\s*[(（]\s*(?:"
    r"[^()（）]{0,16}?(?:" + "|".join(_EXCHANGES) + r"|代码|代號|代号)[^()（）:：]{0,12}[:：]\s*[A-Z0-9]{1,6}"
    r"|[A-Z0-9]{1,6}\.(?:US|HK|SH|SZ|N|O|SS)"
    r"|\d{4,6}(?:\.(?:HK|SH|SZ|SS))?(?=\s*[)）;；,，])"
    r")[^()（）]{0,40}[)）]"
)
# 证券简称：华岭人寿: a filing's header names its company.
_FILING_NAME = re.compile(rf"(?:证券|股票|公司)简称\s*[:：]\s*(?P<name>[{_CJK}A-Za-z]{{2,12}})")
_YEAR_LIKE = re.compile(r"[(（]\s*(?:19|20)\d{2}\s*[)）]")

_PERIOD_START = (
    r"(?:(?:19|20)\d{2}\s*年|(?:19|20)\d{2}(?=\s*(?:[上下]半年|前三季度|第?[一二三四]季度|Q[1-4]|H[12]))|\d{1,2}\s*月|今年|去年|本年|上年|当年|全年|年度|上半年|下半年|前三季度|前[一二两三四五六七八九十]+个?月"
    r"|第?[一二三四]季度?|上季|本季|单季|[一二三四]季|Q[1-4]"
    # a broker's shorthand: 1H25, 3Q25, 25Q3, 1-3Q25, 9M25
    r"|[1-4]\s*-\s*[1-4]Q\d{2}|[1-4][HQ]\d{2}|\d{2}[HQ][1-4]|\d{1,2}M\d{2})"
)
_REPORT_END = "|".join(sorted(REPORT_VERBS, key=len, reverse=True))
_MEASURE_END = "|".join(sorted(MEASURE_WORDS, key=len, reverse=True))
# A clause opening with a name, then a period or a report verb: 乐享三季度营业收入…, 星桥公布了….
# A headline may go straight to the measure (康宁生物净利润…); a body clause that does is as
# often a segment (物业销售收入) as a company.
_OPENING_NAME = re.compile(rf"(?P<name>[{_CJK}]{{2,8}}?)(?=\s*(?:{_PERIOD_START}|{_REPORT_END}))")
_HEADLINE_OPENING_NAME = re.compile(
    rf"(?P<name>[{_CJK}]{{2,8}}?)(?=\s*(?:{_PERIOD_START}|(?:19|20)\d{{2}}|{_REPORT_END}|{_MEASURE_END}))"
)
# What opens a clause before the name: 财报显示，…; 日前，…; 11月17日，….
_LEAD_WORDS = re.compile(
    r"^(?:(?:财报|数据|公告|年报|报告|资料)显示|据悉|据了解|日前|近日|今日|昨日|昨天|今天|当地时间|此外|另外|同时"
    r"|其中|而|报告期内|(?:19|20)\d{2}年|\d{1,2}月\d{1,2}日|[,，\s])+"
)
# A news outlet's dateline is not the subject: 星河社北京5月20日电, 财经界5月21日消息.
_DATELINE = re.compile(
    r"\s*(?:(?:\d{1,2}月\d{1,2}日|\d{1,2}日)\s*(?:电|讯|消息|报道|晚间|早间)|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
)
# A count of companies in the headline or the opening says the article is a round-up: 4家银行,
# 30家消费金融公司, 三大巨头, 六大行, 106股.
_ROUND_UP = re.compile(
    r"(?:^|[，,。；;：:！!？?\s】])(?:白电|A股|整体来看[，,]?|已有|共有|其中)?[“\"「]?"
    r"(?:[两二三四五六七八九十]+巨头|"
    r"(?:\d+|[两二三四五六七八九十百几多数]+)\s*(?:家|大|股(?![东份权]))[\w“”\"]{0,4}?"
    r"(?:券商|银行|行|险企|公司|企业|车企|房企|基金|机构|巨头|金控|上市|龙头|乳企|酒企))"
)
# 新势力11月成绩单：启明汽车交付…, 多家新势力车企公布…: a group of companies named in the headline or
# the opening says the article is a round-up as a count does, whichever company it names first.
# The group opens the headline or a clause (成首家获批的城商行 only describes one bank).
_ROUND_UP_GROUP = re.compile(
    r"(?:^|[\s，,。；;：:|｜】])\s*(?:A股|上市|各家|多家|[\d一二两三四五六七八九十]+家)?\s*(?:"
    + "|".join(sorted(_GROUPS_OF_COMPANIES, key=len, reverse=True)) + ")"
)
_OPENING_SPAN = 300
_HEADLINE_LENGTH = 60
# The subject spoken of as 本集团, 该公司, 本行, 我司: a one-company text.
_ANAPHORA = re.compile(r"本集团|本公司|该公司|本行|该行|我司|我行|该集团")
# 纽交所上市的消费金融公司乐享发布…: the name right after a descriptor and before a verb.
_DESCRIBED_NAME = re.compile(
    "(?:" + "|".join(sorted(DESCRIPTOR_ENDS, key=len, reverse=True)) + rf")\s*(?P<name>[{_CJK}]{{2,8}}?)"
    r"(?=\s*(?:" + "|".join(REPORT_VERBS) + r"|日前|近日|周[一二三四五六日]|在|于|[,，(（]))"
)

# The headline's name is as good as a self-definition: the mentions decide between them.
_WEIGHT_DEFINED, _WEIGHT_TITLE, _WEIGHT_LISTED, _WEIGHT_TEXT, _WEIGHT_SUFFIX = 4, 4, 3, 2, 1
# A plain text's first line may be its headline or its first sentence: better than one clause,
# not enough to stand against another company named as often.
_WEIGHT_FIRST_LINE = 2.5
# A round-up: a second company mentioned at least this share of the first's mentions, with
# evidence as good, leaves the article without a single subject.
_ROUND_UP_SHARE = 0.5


def subject_entity(title: str | None, body: str) -> str:
    """The article's subject: the best-evidenced name the text keeps using, else a subject of
    the document's own that no other document shares."""
    text = (title or "") + "\n" + body
    evidence = _candidates(title, body, text)
    headline = title or _first_line(body)
    round_up = _ROUND_UP.search(headline) is not None or _ROUND_UP_GROUP.search(headline) is not None
    chosen = _dominant(evidence, text, round_up)
    if chosen is not None and evidence[chosen] < _WEIGHT_LISTED and (
            _ROUND_UP.search(body[:_OPENING_SPAN]) or _ROUND_UP_GROUP.search(body[:_OPENING_SPAN])):
        chosen = None  # 整体来看，4家银行…: the opening speaks of several companies
    return chosen if chosen is not None else unnamed_subject(title, body)


def unnamed_subject(title: str | None, body: str) -> str:
    """A subject for a document that names none: its own, made from its text, so that its
    figures relate to each other and never to another article's."""
    digest = hashlib.sha1(((title or "") + "\x00" + body).encode("utf-8")).hexdigest()[:10]
    return f"{UNNAMED_PREFIX}{digest}"


UNNAMED_PREFIX = "未具名主体#"


def is_named(entity: str | None) -> bool:
    """A subject the text names (not the stand-in of an article that names none)."""
    return bool(entity) and not entity.startswith(UNNAMED_PREFIX)


def _candidates(title: str | None, body: str, text: str) -> dict[str, float]:
    """Names the constructions found, with the weight of the best evidence for each."""
    found: dict[str, float] = {}

    def add(name: str | None, weight: float) -> None:
        if name and _is_a_name(name) and not _is_a_kind_of_vehicle(name):
            found[name] = max(found.get(name, 0), weight)

    for construction in _DEFINED_SHORT:
        for match in construction.finditer(text):
            add(_strip_spaces(match.group("short")), _WEIGHT_DEFINED)
    for match in _DEFINED_SELF.finditer(text):
        add(_name_ending(match.group("run"), text), _WEIGHT_DEFINED)
    for match in _FILING_NAME.finditer(text):
        add(_name_ending(match.group("name"), text), _WEIGHT_DEFINED)
    for match in _LISTING.finditer(text):
        if not _YEAR_LIKE.match(text, match.end("run")):
            add(_name_ending(_strip_spaces(match.group("run")), text), _WEIGHT_LISTED)
    if title:
        # The headline's name counts when the body echoes it or it has a company's ending
        # (the body may say 公司 throughout).
        for name in _openings(title, _HEADLINE_OPENING_NAME, first_only=True):
            if name in body or name.endswith(lexicon.ORGANISATION_SUFFIXES):
                add(name, _WEIGHT_TITLE)
        # 破冰跨境托管 江苏银行成首家…: a headline's name with a company's ending, anywhere in it.
        for match in _ORGANISATION_OPENING.finditer(re.sub(r"\s+", "，", title)):
            add(match.group("name"), _WEIGHT_TITLE)
    if not title:
        # A plain-text passage often starts with its headline on a line of its own.
        # Named once there, it is the subject when the text goes on about 本集团/该公司/本行.
        first_line = _first_line(body)
        needed = 1 if _ANAPHORA.search(body) else 2
        for name in _openings(first_line, _HEADLINE_OPENING_NAME, first_only=True):
            if text.count(name) >= needed:
                add(name, _WEIGHT_FIRST_LINE)
    body_openings = Counter(_openings(body, _OPENING_NAME))
    for name, times in body_openings.items():
        if times >= 2:
            add(name, _WEIGHT_TEXT)
    for match in _DESCRIBED_NAME.finditer(body):
        add(match.group("name"), _WEIGHT_TEXT)
    for match in _ORGANISATION_OPENING.finditer(text):
        if not _names_an_industry(text, match.end("name")):
            add(match.group("name"), _WEIGHT_SUFFIX)
    shortened: dict[str, float] = {}
    for name, weight in found.items():
        short = _short_form(name, text)
        shortened[short] = max(shortened.get(short, 0), weight)
    return shortened


def _first_line(body: str) -> str:
    """The text's first line of Chinese (a source line or a URL before it is not its headline)."""
    line = next((line for line in body.split("\n") if re.search(f"[{_CJK}]", line)), "")
    return line.strip()[:_HEADLINE_LENGTH]


def _names_an_industry(text: str, end: int) -> bool:
    """中国银行业协会, 中国银行卡: the name runs on into an industry, a product or a line of business;
    中国汽车工业协会: into the name of an association that publishes the industry's figures."""
    return text.startswith(("业", "卡") + lexicon.NOT_AFTER_ORGANISATION, end) or _ASSOCIATION_AFTER.match(text, end) is not None


# 中国汽车工业协会, 中国汽车流通协会, 全国乘用车市场信息联席会: an ending such as 汽车 inside the
# name of a trade body, which publishes figures and is no company of them.
_ASSOCIATION_AFTER = re.compile(rf"[{_CJK}]{{0,8}}?(?:协会|联合会|联席会|联盟|商会|学会)")


def _dominant(evidence: dict[str, float], text: str, round_up: bool) -> str | None:
    """The candidate with the best evidence and the most mentions, unless another company is
    as well evidenced and nearly as often mentioned, or the article says it is about several
    (a round-up has no single subject, unless one company defines itself as 公司)."""
    scored = []
    for name, weight in evidence.items():
        mentions = text.count(name)
        # A name from the first line or better was counted when it was read.
        needed = 1 if weight >= _WEIGHT_FIRST_LINE else 2 if weight == _WEIGHT_TEXT else 3
        if mentions >= needed:
            scored.append((weight, mentions, len(name), name))
    if not scored:
        return None
    scored.sort(reverse=True)
    weight, mentions, _, chosen = scored[0]
    if round_up and not (weight == _WEIGHT_DEFINED and _defines_itself(chosen, text)):
        return None
    for other_weight, other_mentions, _, other in scored[1:]:
        if other in chosen or chosen in other:
            continue  # 星辰数科 and 星辰数科集团 are one company
        # A listed or self-defined subject stands unless another is as well evidenced; a
        # subject found only by its openings or suffix falls to any company named nearly as often.
        if (other_weight >= weight or weight < _WEIGHT_LISTED) and other_mentions >= mentions * _ROUND_UP_SHARE:
            return None
    return chosen


def _defines_itself(name: str, text: str) -> bool:
    return any(match.group("short") == name for construction in _DEFINED_SHORT
               for match in construction.finditer(text))


def _openings(text: str, construction: re.Pattern, first_only: bool = False) -> list[str]:
    """Names clauses open with, before a period, a report verb (or in a headline a measure)."""
    names = []
    clauses = re.split(r"[，,；;。：:！!？?\n|]", re.sub(r"^\s*【[^】]*】", "", text))
    for clause in clauses[:1] if first_only else clauses:
        clause = _LEAD_WORDS.sub("", clause.strip())
        match = construction.match(clause)
        if match is None or _DATELINE.match(clause, match.end("name")):
            continue
        names.append(match.group("name"))
    return names


def _name_ending(run: str, text: str) -> str | None:
    """The name a run ends with: after its last descriptor (国内领先的金融科技平台星辰数科集团
    → 星辰数科集团), without its legal form when the text uses the short name (锦川保险控股有限
    公司 → 锦川保险), and the longest ending of that the text repeats (双雄东岳金 → 东岳金)."""
    run = re.split("的", run)[-1]
    for descriptor in sorted(DESCRIPTOR_ENDS, key=len, reverse=True):
        at = run.rfind(descriptor)
        if at >= 0 and len(run) - at - len(descriptor) >= 2:
            run = run[at + len(descriptor):]
    base = _without_legal_form(run)
    for name in [run] + [base[start:] for start in range(len(base) - 1)]:
        if text.count(name) >= 2 and _is_a_name(name):
            return name
    return base if len(base) <= 6 else None


def _without_legal_form(name: str) -> str:
    for form in sorted(LEGAL_FORMS + ("控股", "集团"), key=len, reverse=True):
        if name.endswith(form) and len(name) - len(form) >= 2:
            return _without_legal_form(name[: -len(form)])
    return name

def _short_form(name: str, text: str) -> str:
    """翔宇科技股份有限公司 is 翔宇科技 when the text calls it so elsewhere."""
    for form in LEGAL_FORMS:
        if name.endswith(form) and len(name) - len(form) >= 2:
            short = name[: -len(form)]
            if text.count(short) > text.count(name):
                return short
    return name


def _strip_spaces(name: str) -> str:
    return re.sub(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])", "", name.strip())


def _is_a_name(candidate: str, closing_checked: bool = True) -> bool:
    """A company's name, not a bare suffix (银行), a generic (商业银行, 消金公司), a measure
    (税后纯益, 资本充足率), a period or a pronoun. A construction that fixes where the name ends
    (the 以 of 甲以…位居榜首) need not check its last character (``closing_checked``): 华为
    ends with 为, a word that ends no name found by a run of characters."""
    if len(candidate) < 2 or len(candidate) > 24 or candidate in lexicon.ORGANISATION_SUFFIXES:
        return False
    if candidate in _NOT_NAMES or candidate in lexicon.SEGMENT_WORDS:
        return False
    if not re.search(rf"[{_CJK}]", candidate):
        return bool(re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 .&'-]{1,23}", candidate)) and not candidate.isdigit()
    if re.search(r"[\d年月日]|季度|全年|去年|今年|其中|以来|期间", candidate):
        return False  # 一季度公司 is a time and a pronoun, not a name
    if candidate.startswith(_NOT_OPENING) or (closing_checked and candidate.endswith(_NOT_CLOSING)):
        return False
    if re.search(rf"[{_CJK}]{{2}}(?:和|与|及|以及|、)[{_CJK}]{{2}}", candidate) or _two_names(candidate):
        return False  # 东岳证券和北辰证券, 东岳证券取代北辰证券: two names
    if candidate.endswith(("元", "%", "％")) or re.fullmatch(r"[亿万千百]+", candidate):
        return False  # 亿元(…) is a unit before a conversion; 万科 and 申远宏达 are names
    if _MEASURE_OR_VERB.search(candidate) or candidate.endswith(_MEASURE_ENDINGS):
        return False
    if candidate in _MEASURE_WORD_STARTS:
        return False  # 营业 of 营业收入
    if _is_generic(candidate) or _MARKET.fullmatch(candidate) or _is_insurance_line(candidate):
        return False
    if re.search(r"[一二两三四五六七八九十百几多数]+(?:大|家)", candidate):
        return False  # 前三大银行, 五家券商: a count of companies
    return not any(candidate.endswith(word) for word in ("市场", "行业", "产业", "经济", "协会", "联盟"))


# What a car release counts cars by (新能源汽车, 燃油汽车, 商用汽车): kinds of car, not carmakers.
_KINDS_OF_VEHICLE: frozenset[str] = frozenset((
    "新能源", "电动", "纯电动", "纯电", "燃油", "传统燃油", "混动", "插混", "插电混动", "油电混动", "增程",
    "智能", "智能网联", "网联", "传统", "商用", "乘用", "进口", "国产", "自主品牌", "合资品牌", "自主",
    "合资", "氢能", "燃料电池", "二手", "新", "旧",
))


def _is_a_kind_of_vehicle(name: str) -> bool:
    """新能源汽车方面，10月产销…: a kind of car a release counts keeps its figures apart from the
    total's, as a segment does, but is never the article's subject (a carmaker)."""
    return name.endswith("汽车") and name[:-2] in _KINDS_OF_VEHICLE


# Lines of insurance: 财产保险, 意外伤害保险 and 新造个人人寿 are kinds of cover, not insurers.
_INSURANCE_LINES: tuple[str, ...] = (
    "财产", "农业", "货运", "跨境", "汽车", "责任", "健康", "意外", "伤害", "人寿", "寿险", "产险", "原",
    "个人", "团体", "普通", "新造", "信用", "保证", "工程", "船舶", "航空", "家庭", "再", "交强险", "人身险",
)


def _is_insurance_line(candidate: str) -> bool:
    for ending in ("保险", "人寿"):
        if candidate.endswith(ending) and candidate[: -len(ending)].endswith(_INSURANCE_LINES):
            return True
    return False


def _two_names(candidate: str) -> bool:
    """A company's ending inside the run with another name after it: 东岳证券取代北辰证券 (but
    华岭人寿保险 is one name: what follows 人寿 is a bare ending)."""
    endings = lexicon.STRONG_ORGANISATION_SUFFIXES + ("公司",)
    for ending in endings:
        at = candidate.find(ending)
        tail = candidate[at + len(ending):] if at > 0 else ""
        if len(tail) >= 4 and tail.endswith(endings):
            return True
    return False


def _tails(words) -> frozenset[str]:
    return frozenset(word[start:] for word in words for start in range(len(word) + 1))


# Every kind of company (商业银行, 消费金融公司) and every tail of one (市银行 of 上市银行), looked up
# at once rather than built for each candidate name.
_GENERIC_TAILS = _tails(generic + suffix for generic in lexicon.GENERIC_ORGANISATION_PREFIXES
                        for suffix in lexicon.ORGANISATION_SUFFIXES)


def names_an_economy(entity: str | None) -> bool:
    """我国, 全国乘用车市场, 上市券商（华信证券）: the economy, a market or an industry, not a company."""
    if not entity:
        return False
    economy = entity.split("（")[0]
    return economy in ECONOMY_SUBJECTS or _MARKET.fullmatch(economy) is not None


def _is_generic(candidate: str) -> bool:
    """商业银行, 消费金融公司: a kind of company, or the tail of one (市银行 of 上市银行)."""
    if candidate in _GENERIC_TAILS:
        return True
    # 消金公司, 农商银行, 城商行: two characters of kind before a bare suffix
    kind = re.fullmatch(rf"(?P<kind>[{_CJK}]{{1,3}}?)(?:商业银行|公司|银行|行|券商|险企|机构|企业)", candidate)
    return kind is not None and kind.group("kind") in _KIND_WORDS


# Short words for kinds of institution: 消金公司, 农商银行, 城商行, 股份行.
_KIND_WORDS: frozenset[str] = frozenset((
    "消金", "农商", "城商", "股份", "国有", "外资", "民营", "大型", "中小", "头部", "券商", "险企", "上市",
    "持牌", "银行", "保险", "信托", "基金", "证券", "期货", "六大", "四大", "五大", "三大", "国股",
    "人身险", "产险", "寿险", "财险", "再保险", "消费金融", "理财", "金融", "科技", "城农商", "农信",
    "房", "车", "险", "药", "上市", "龙头", "头部", "中小", "大中型", "国有大", "股份制", "城市", "农村",
    "民营", "外资", "区域性", "全国性", "寿险", "产险",
))


_ORGANISATION_OPENING = re.compile(
    r"(?:^|(?<=[，,；;。：:]))\s*(?:其中|而|另外|此外|同时|同期|相比之下)?[，,]?\s*"
    r"(?P<name>[\u4e00-\u9fff]{2,8}?(?:"
    + "|".join(sorted(lexicon.STRONG_ORGANISATION_SUFFIXES, key=len, reverse=True)) + "))"
)

# 华宸证券（3120亿元）、申远宏达（2980亿元）: in a list of companies each with its figure in
# brackets, the figure is the name's.
_BRACKETED_ITEM = re.compile(
    rf"(?:^|(?<=[，,；;。：:、）)]))\s*(?:和|与|及|以及)?\s*(?P<name>[{_CJK}]{{2,8}}?)\s*[（(]\s*$"
)
_LISTED_BEFORE = re.compile(rf"[{_CJK}]{{2,8}}\s*[（(][^（()）]{{1,24}}[)）]\s*(?:、|和|与|及|以及)\s*$")


# 星辰消费金融在2022年末…, 星河科技2021年实现…: a clause that opens with a name of any company
# ending and goes straight on to a period or a report is that company's, even where the ending
# alone (科技, 金融) would be too weak to mark a name inside a sentence.
_CLAUSE_COMPANY = re.compile(
    r"(?:^|(?<=[，,；;。：:]))\s*(?:其中|而|另外|此外|同时|同期|相比之下)?[，,]?\s*"
    rf"(?P<name>[{_CJK}]{{2,10}}?(?:"
    + "|".join(sorted(lexicon.ORGANISATION_SUFFIXES, key=len, reverse=True))
    + rf"))(?=(?:在|于)?\s*(?:{_PERIOD_START}|{_REPORT_END}))"
)

# 星途智行紧随其后，11月交付…; 远川位列第三，当月…: a name that opens a clause by its place in a
# ranking is the subject of the clauses after it, whatever its ending.
_RANKED_CLAUSE = re.compile(
    r"(?:^|(?<=[，,；;。：:]))\s*(?:其中|而|另外|此外|同时)?[，,]?\s*"
    rf"(?P<name>[{_CJK}A-Za-z]{{2,8}}?)\s*(?:紧随其后|紧随其后的是|位居第[二三四五六七八九十\d]{{1,2}}|"
    r"位列第[二三四五六七八九十\d]{1,2}|排名第[二三四五六七八九十\d]{1,2}|排在第[二三四五六七八九十\d]{1,2}|居次|次之)"
    r"(?:位|名)?\s*[，,]"
)

# 投资银行业务, 归属于上市公司股东, 同业存单: these words then name a business or a product.
_NOT_A_SUBJECT_AFTER = ("务", "股东", "存单", "拆借", "负债", "资产", "存款")


def named_organisation(before: str, entity: str | None) -> str | None:
    """Another company a sentence is about, when a clause opens with its name.

    Multi-company round-ups (工商银行净利润3483亿元，建设银行……) must not lend one bank's
    figures to another. Only a clause that opens with a name counts — a name after 向, 与 or
    通过 is a partner, not the subject — and only names with a strong suffix (银行, 证券 …),
    never generic ones (商业银行, 民营银行). In a bracketed list (华宸证券（3120亿元）、申远宏达
    （2980亿元）) each figure is its item's, whatever the name's ending.
    """
    bracketed = _bracketed_name(before, entity)
    if bracketed is not None:
        return bracketed
    item = _DIGEST_ITEM.match(before)
    name = item.group("name") if item is not None else ""
    if (name.endswith(_DIGEST_ENDINGS) and _is_a_name(name) and not _is_a_kind_of_vehicle(name)
            and not (entity and (name in entity or entity in name))):
        return name
    last_name, last_at = None, -1
    openings = sorted([*_ORGANISATION_OPENING.finditer(before), *_CLAUSE_COMPANY.finditer(before),
                       *_RANKED_CLAUSE.finditer(before)],
                      key=lambda match: match.start("name"))
    for match in openings:
        name = match.group("name")
        if not _is_a_name(name) or (entity and (name in entity or entity in name)):
            continue
        if _names_an_industry(before, match.end("name")):
            continue
        last_name, last_at = name, match.start("name")
    if last_name is None:
        return None
    if entity and before.rfind(entity) > last_at:
        return None
    return last_name


def _bracketed_name(before: str, entity: str | None) -> str | None:
    """The item a figure in brackets belongs to: 申远宏达 in …、申远宏达（2980亿元."""
    match = _BRACKETED_ITEM.search(before)
    if match is None:
        return None
    name = match.group("name")
    if not _is_a_name(name) or (entity and (name in entity or entity in name)):
        return None
    strong = name.endswith(lexicon.LIST_ORGANISATION_SUFFIXES)
    # A name without a company's ending counts only as a later item of a list of such items
    # (…、东方富达（15.2%）), not alone (营收（亿元）is a label, 境内（60%）a segment).
    if strong or _LISTED_BEFORE.search(before[: match.start("name")]):
        return name
    return None


# 1、海岚电器：10月空调出货量…, ▶北湖家电：…, 海岚电器：…: a morning digest's item opens with what its
# line is about, only a name and a colon before the news.
_DIGEST_ITEM = re.compile(
    rf"\s*(?:(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*[、.．]|[（(]\d{{1,2}}[)）]|[①-⑳▶►▸◆◇●■□★☆•▪])?\s*"
    rf"(?P<name>[{_CJK}A-Za-z]{{2,10}})\s*[:：]"
)
# An item names a company only by a company's ending: 1、北京：, ①住宅：, 2、空调： and 数据显示： open
# lines about a city, a product or nothing, which must not become subjects other articles meet.
_DIGEST_ENDINGS: tuple[str, ...] = lexicon.ORGANISATION_SUFFIXES + (
    "家电", "煤业", "矿业", "电力", "化工", "钢铁", "重工", "机械", "制药", "生物", "食品", "酒业", "乳业", "置业",
    "客车", "重卡", "电池", "光伏", "电气", "电源", "物业", "环保", "水务", "燃气", "港口", "高速", "航运",
)


def opens_a_digest_item(sentence: str) -> bool:
    """1、宁德时代：…, ◆青山煤业：…: the sentence opens an item of a digest, about whatever it names,
    company or not; another item's figures are not its own."""
    match = _DIGEST_ITEM.match(sentence)
    return match is not None and match.group(0).lstrip()[:1] in "0123456789一二三四五六七八九十（(①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳▶►▸◆◇●■□★☆•▪"


# 该行, 该公司: a clause that speaks of the company named last, which in a round-up need not be
# the article's subject.
_BACK_REFERENCE = re.compile(
    r"\s*(?:其中|而|同时|此外|另外)?[，,]?\s*(?:该行|该公司|该集团|该券商|该险企|该平台|这家[\u4e00-\u9fff]{0,3}?(?:银行|公司|券商))"
)


def refers_back(before: str) -> bool:
    """The figure's clause opens with 该行/该公司 (not 本行/本公司, the speaker itself): its
    company is the one the text named last, not necessarily the article's subject."""
    clause_start = max(before.rfind(mark) for mark in "，,；;。：:") + 1
    return _BACK_REFERENCE.match(before, clause_start) is not None


def other_subject(before: str, entity: str | None, industry: str | None = None) -> str | None:
    """The economy or market a figure is about, when the text names one after the company.

    Vague ones (行业, 上市银行) are the document's own: 行业 in an article on games and in
    one on banks are not the same thing. In an article on an industry (``industry``, see
    ``industry_subject``), 全行业 and the industry's own name are its subject, not another.
    """
    found: list[tuple[int, int, str]] = []  # (end, length, word): the latest, then the longest
    for word in ECONOMY_SUBJECTS:
        position = before.rfind(word)
        while position >= 0 and (before[position + len(word):].startswith(_NOT_A_SUBJECT_AFTER)
                                 or _inside_a_name(before, position, word)
                                 or _TERM_OF_COMPARISON.search(before, 0, position)
                                 or _in_an_earlier_cause(before, position)):
            # 投资银行业务 is a business, not 银行业; 归属于上市公司股东 is the company's own
            position = before.rfind(word, 0, position)
        if position >= 0:
            found.append((position + len(word), len(word), word))
    for match in _MARKET.finditer(before):
        if not _TERM_OF_COMPARISON.search(before, 0, match.start()) and not _in_an_earlier_cause(before, match.start()):
            found.append((match.end(), len(match.group()), match.group()))
    if not found:
        return None
    last_end, length, last_other = max(found)
    if entity and before.rfind(entity) > last_end - length:
        return None
    if industry and (last_other in _WHOLE_INDUSTRY or last_other == industry):
        return None
    if last_other in _VAGUE_SUBJECTS:
        return f"{last_other}（{entity}）" if entity else last_other
    return last_other


# 证券行业, 汽车行业, 银行业: an industry an article opens on. Words that only point at some
# industry (该行业, 整个行业, 相关行业) name none, nor does a body's name (证券业协会, 银行业监督管理
# 委员会).
_INDUSTRY = re.compile(rf"(?<![该本各整全此其])(?P<industry>(?!整个|所在|相关|其他|其它|多个|各个|细分|下游|上游)"
                       rf"[{_CJK}]{{2}}行业|银行业|保险业|证券业|券商行业)(?!协会|公会|监)")
# How far into the body an industry article names its industry: the first sentence or two.
_INDUSTRY_OPENING = 200
# The words by which such an article speaks of the industry as a whole.
_WHOLE_INDUSTRY = ("全行业", "行业", "业内")


def industry_subject(title: str | None, body: str, entity: str | None) -> str | None:
    """The industry an article is about, when it names no company (证券行业 in 中国证券业协会
    公布了2023年证券行业经营数据): its 全行业 and 行业 are then the subject itself, and the
    industry's name says who, not what. A company article keeps them apart from the company."""
    if is_named(entity):
        return None
    for text in (title or "", body[:_INDUSTRY_OPENING]):
        match = _INDUSTRY.search(text)
        if match:
            return match.group("industry")
    return None


# 占银行业金融机构比例为41.2%, 高于行业平均: after these words the economy is the total or the
# yardstick the company is measured against, not the subject.
_TERM_OF_COMPARISON = re.compile(r"(?:占|较|比|相比|高于|低于|超过|跑赢|跑输|优于)(?:全部|整个|全体|同期|全国)?$")


# 因全球市场需求旺盛，其营业收入同比增长…: a clause giving the cause names the market only to
# explain; the figures of the clauses after it are still the company's.
_CAUSE = re.compile(r"因为?|由于|受益于|得益于|受到?|随着|鉴于")
_CLAUSE_ENDS = re.compile(r"[，,；;。]")


def _in_an_earlier_cause(before: str, position: int) -> bool:
    """The word stands in a clause of cause (因…, 受益于…, 随着…) that ended before the figure."""
    clause_start = max(before.rfind(mark, 0, position) for mark in "，,；;。") + 1
    return (_CAUSE.search(before, clause_start, position) is not None
            and _CLAUSE_ENDS.search(before, position) is not None)


def _inside_a_name(before: str, position: int, word: str) -> bool:
    """行业 inside 银行业务 or 同业 inside a name; 行业 as the tail of 银行业 is the longer word's."""
    if word == "行业":
        return before[position + 2: position + 3] == "务" or before[max(0, position - 1):position] in ("银", "险", "券")
    if word == "业内":
        return before[max(0, position - 1):position] in ("行", "产", "企", "专")
    return False


_LEADING_ORGANISATION = re.compile(
    r"^\s*(?P<name>[\u4e00-\u9fff]{2,8}?(?:"
    + "|".join(sorted(lexicon.LIST_ORGANISATION_SUFFIXES, key=len, reverse=True)) + "))(?!会)"
)


def leading_organisation(text: str) -> str | None:
    """The company a phrase opens with (东海银行 in 东海银行归母净利润), if it is a real name."""
    match = _LEADING_ORGANISATION.match(text)
    if match is None or not _is_a_name(match.group("name")):
        return None
    if text[match.end("name"):].startswith(lexicon.NOT_AFTER_ORGANISATION):
        return None
    return match.group("name")


# 甲以1419亿元位居榜首: 以 before a figure that ranks is a preposition, and the name opening the
# clause before it is the subject of the figure, whatever economy or market the sentence named
# earlier (中华全国工商业联合会…发布…榜单，甲以…).
_RANKED_BY = re.compile(r"\s*(?:位居|位列|位于|排名|排在|名列|居于?|领跑|登顶|问鼎|蝉联|夺得|摘得)")
_RANKING_SUBJECT = re.compile(
    rf"(?:^|(?<=[，,；;。：:]))\s*(?:其中|而|另外|此外|同时)?[，,]?\s*(?P<name>[{_CJK}A-Za-z]{{2,10}}?)\s*以\s*$"
)


def ranking_subject(before: str, after: str) -> str | None:
    """The name whose figure ranks it: 甲 in …，甲以1419亿元位居榜首 (``before`` ends at the figure,
    ``after`` starts right after it). Not 最终以1.2亿元成交: the figure must rank its subject."""
    if not _RANKED_BY.match(after):
        return None
    match = _RANKING_SUBJECT.search(before)
    if match is None:
        return None
    name = match.group("name")
    return name if _is_a_name(name, closing_checked=False) else None


# A title that opens with its figure (1419亿元！甲公司夺得研发投入第一) names whose figure it is in
# the words after its ！ or ：, opening with the name; the body prints that name again.
_LONGEST_TITLE_NAME = 10
_TITLE_NAME_REPEATS = 2


def title_company(rest: str, body: str) -> str | None:
    """The name opening the words after a title's leading figure: the longest opening run of
    them that is a name the body prints at least twice (甲 of 甲豪气夺得…, not 甲豪气)."""
    run = re.match(rf"[{_CJK}A-Za-z]+", rest.strip())
    if run is None:
        return None
    words = run.group()
    for end in range(min(len(words), _LONGEST_TITLE_NAME), 1, -1):
        name = words[:end]
        if body.count(name) >= _TITLE_NAME_REPEATS and _is_a_name(name, closing_checked=False):
            return name
    return None
