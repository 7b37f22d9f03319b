"""The constructions that state a relation in one breath, each with a corpus of phrasings.

Every phrasing is written here with made-up companies and numbers, in the shapes real coverage
prints (simplified and traditional characters, spaces inside figures, translated releases,
brackets). Each must be read as the named construction with each figure in its role, must pass
its rule as printed, and must fail it when its stated figure is altered.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.pipeline import read_claims, run

from .article_files import write_article

RULE_OF_KIND = {"growth_prior": "growth-prior", "from_to": "change-delta", "pp_change": "point-change",
                "share": "share-of-total", "parts_sum": "parts-sum"}

# (sentence, kind, construction, {role: printed figure}, altered sentence or None)
PHRASINGS = [
    # a restatement in another currency between commas is dropped: 约合人民币…，较…
    ("第一季度，远帆科技营收为3.62亿美元，约合人民币25.91亿元，较上年同期的2.95亿美元增长22.7%。", "growth_prior",
     "current-against-prior", {"current": "3.62亿美元", "prior": "2.95亿美元", "rate": "22.7%"},
     "第一季度，远帆科技营收为3.62亿美元，约合人民币25.91亿元，较上年同期的2.95亿美元增长29.5%。"),
    ("淨利潤為1.84億美元，折合人民幣13.17億元，較2023年同期的1.52億美元增長21.1%。", "growth_prior",
     "current-against-prior", {"current": "1.84億美元", "prior": "1.52億美元", "rate": "21.1%"},
     "淨利潤為1.84億美元，折合人民幣13.17億元，較2023年同期的1.52億美元增長27.4%。"),
    ("净利润为3.12亿元，较2023年第二季度的4.05亿元下降23.0%。", "growth_prior", "current-against-prior",
     {"current": "3.12亿元", "prior": "4.05亿元", "rate": "23.0%"}, "净利润为3.12亿元，较2023年第二季度的4.05亿元下降29.9%。"),
    ("注册用户总数达到2.36亿，比2023年9月30日的2.11亿增长11.8%。", "growth_prior", "current-against-prior",
     {"current": "2.36亿", "prior": "2.11亿", "rate": "11.8%"}, "注册用户总数达到2.36亿，比2023年9月30日的2.11亿增长15.3%。"),
    ("貸款發放總額為人民幣418億元，較2023年同期的人民幣372億元增長了12.4%。", "growth_prior", "current-against-prior",
     {"current": "418億元", "prior": "372億元", "rate": "12.4%"}, None),
    ("新增贷款总额为 615 亿元，较去年同期的 548 亿元增长 12.2%。", "growth_prior", "current-against-prior",
     {"current": "615 亿元", "prior": "548 亿元", "rate": "12.2%"}, "新增贷款总额为 615 亿元，较去年同期的 548 亿元增长 15.9%。"),
    ("累计服务的借款人数量达到8,412,306人，较截至2023年9月30日的7,950,117人增长5.8%。", "growth_prior",
     "current-against-prior", {"current": "8,412,306人", "prior": "7,950,117人", "rate": "5.8%"}, None),
    ("公司实现净收入总额人民币31.25亿元，同比增长12.4%（2023年同期为27.80亿元）。", "growth_prior",
     "rate-then-prior-in-brackets", {"current": "31.25亿元", "prior": "27.80亿元", "rate": "12.4%"},
     "公司实现净收入总额人民币31.25亿元，同比增长16.1%（2023年同期为27.80亿元）。"),
    ("净利润为9.06亿元，同比减少8.2%（2023年同期为9.87亿元），环比下降4.1%（上季度为9.45亿元）。",
     "growth_prior", "linked-rate-then-prior-in-brackets", {"current": "9.06亿元", "prior": "9.45亿元", "rate": "4.1%"},
     "净利润为9.06亿元，同比减少8.2%（2023年同期为9.87亿元），环比下降5.3%（上季度为9.45亿元）。"),
    ("在发放的贷款中，有318.6亿元来自轻资本模式，占总额的41.2%，较2022年同期的202.4亿元增长了57.4%。", "growth_prior",
     "current-share-then-against-prior", {"current": "318.6亿元", "prior": "202.4亿元", "rate": "57.4%"}, None),
    ("撮合规模为612.4亿元，同比微增0.8%，但较上季度的640.2亿元下降4.3%。", "growth_prior",
     "current-rate-then-against-prior", {"current": "612.4亿元", "prior": "640.2亿元", "rate": "4.3%"},
     "撮合规模为612.4亿元，同比微增0.8%，但较上季度的640.2亿元下降6.9%。"),
    ("汽车销售额为86.2亿元，比上年同期的41.3亿元增长了108.7%，较上季度的70.5亿元增长了22.3%。", "growth_prior",
     "further-comparison", {"current": "86.2亿元", "prior": "70.5亿元", "rate": "22.3%"},
     "汽车销售额为86.2亿元，比上年同期的41.3亿元增长了108.7%，较上季度的70.5亿元增长了29.0%。"),
    ("其中消费信贷增长更为突出，达 28.4%，从 194 亿元跃升至 249 亿元。", "from_to", "change-then-from-to",
     {"from": "194 亿元", "to": "249 亿元", "rate": "28.4%"}, None),
    ("保费收入为512亿元，较去年同期的538亿元录得4.83%跌幅。", "growth_prior",
     "current-against-prior-rate-before-its-name", {"current": "512亿元", "prior": "538亿元", "rate": "4.83%"},
     "保费收入为512亿元，较去年同期的538亿元录得6.28%跌幅。"),
    ("原保險保費收入為1,206億元(人民幣,下同),較去年同期的1,150億元錄得4.87%升幅。", "growth_prior",
     "current-against-prior-rate-before-its-name", {"current": "1,206億元", "prior": "1,150億元", "rate": "4.87%"},
     "原保險保費收入為1,206億元(人民幣,下同),較去年同期的1,150億元錄得6.33%升幅。"),
    ("此類餘額中有512.36億元屬於聯合貸款和其他合作模式, 較2022年9月30日的人民幣401.28億元增長了27.7%。",
     "growth_prior", "current-against-prior", {"current": "512.36億元", "prior": "401.28億元", "rate": "27.7%"},
     "此類餘額中有512.36億元屬於聯合貸款和其他合作模式, 較2022年9月30日的人民幣401.28億元增長了36.0%。"),
    ("营业收入24.48亿元，上年同期为18.53亿元，同比增长32.1%。", "growth_prior", "prior-stated-then-rate",
     {"current": "24.48亿元", "prior": "18.53亿元", "rate": "32.1%"}, "营业收入24.48亿元，上年同期为18.53亿元，同比增长41.7%。"),
    ("营业收入同比增长12.4%至52.4亿元，上年同期为46.6亿元。", "growth_prior", "rate-to-current-then-prior",
     {"current": "52.4亿元", "prior": "46.6亿元", "rate": "12.4%"}, "营业收入同比增长16.1%至52.4亿元，上年同期为46.6亿元。"),
    ("營業收入按年增長12.4%至52.4億元，去年同期為46.6億元。", "growth_prior", "rate-to-current-then-prior",
     {"current": "52.4億元", "prior": "46.6億元", "rate": "12.4%"}, "營業收入按年增長16.1%至52.4億元，去年同期為46.6億元。"),
    ("净利润较上年同期的4.66亿元增长12.4%至5.24亿元。", "growth_prior", "against-prior-by-rate-to-current",
     {"current": "5.24亿元", "prior": "4.66亿元", "rate": "12.4%"}, "净利润较上年同期的4.66亿元增长16.1%至5.24亿元。"),
    ("毛利率为21.0%，上年同期为18.6%，提升2.4个百分点。", "pp_change", "rate-then-prior-rate-then-points",
     {"from": "18.6%", "to": "21.0%", "points": "2.4个百分点"}, "毛利率为21.0%，上年同期为18.6%，提升3.1个百分点。"),
    ("不良贷款率1.25%，较上年末下降0.08个百分点（上年末为1.33%）。", "pp_change", "rate-points-then-prior-in-brackets",
     {"from": "1.33%", "to": "1.25%", "points": "0.08个百分点"}, "不良贷款率1.25%，较上年末下降0.10个百分点（上年末为1.33%）。"),
    ("累计借款人数由2023年3月31日的约0.152亿人增加8%至今年3月31日的约0.164亿人。", "growth_prior",
     "from-prior-by-rate-to-current", {"current": "0.164亿人", "prior": "0.152亿人", "rate": "8%"}, None),
    ("交易总额从2023年同期的1862亿元降至1530亿元，降幅达17.8%。", "from_to", "from-to-then-change",
     {"from": "1862亿元", "to": "1530亿元", "rate": "17.8%"}, "交易总额从2023年同期的1862亿元降至1530亿元，降幅达23.1%。"),
    ("線上收入從 187 億元躍升至 246 億元，增幅 31.6%。", "from_to", "from-to-then-change",
     {"from": "187 億元", "to": "246 億元", "rate": "31.6%"}, None),
    ("增幅达31.5%，从187亿元跃升至246亿元。", "from_to", "change-then-from-to",
     {"from": "187亿元", "to": "246亿元", "rate": "31.5%"}, None),
    ("税前盈余达4217.6亿元，较去年同期增加381.2亿元，年增率为9.9%。", "from_to", "to-then-amount-and-rate",
     {"to": "4217.6亿元", "delta": "381.2亿元", "rate": "9.9%"}, "税前盈余达4217.6亿元，较去年同期增加381.2亿元，年增率为12.9%。"),
    ("贸易逆差下降42%至812.5亿元，同比减少588.3亿元。", "from_to", "rate-to-then-amount",
     {"to": "812.5亿元", "delta": "588.3亿元", "rate": "42%"}, "贸易逆差下降55%至812.5亿元，同比减少588.3亿元。"),
    ("营业收入增加12.4亿元至80.6亿元，增长18.2%。", "from_to", "amount-to-then-rate",
     {"to": "80.6亿元", "delta": "12.4亿元", "rate": "18.2%"}, "营业收入增加12.4亿元至80.6亿元，增长23.7%。"),
    ("全市秋粮总产量8264万吨，比上年减少137万吨，下降1.6%。", "from_to", "to-then-amount-and-rate",
     {"to": "8264万吨", "delta": "137万吨", "rate": "1.6%"}, None),
    ("分行獲利48.3億元、年增達9.6億元或24.8%。", "from_to", "to-then-amount-and-rate",
     {"to": "48.3億元", "delta": "9.6億元", "rate": "24.8%"}, None),
    ("营业收入为982.5亿元，同比增长24.12%，较去年同期增加190.97亿元。", "from_to", "to-then-rate-and-amount",
     {"to": "982.5亿元", "delta": "190.97亿元", "rate": "24.12%"}, None),
    ("CSPI平均值为96.41点，环比上升1.83点，升幅为1.94%；同比下降4.12点，降幅为4.10%。", "from_to",
     "further-change-amount-and-rate", {"to": "96.41点", "delta": "4.12点", "rate": "4.10%"},
     "CSPI平均值为96.41点，环比上升1.83点，升幅为1.94%；同比下降4.12点，降幅为5.33%。"),
    ("截至2024年6月末，海川价格指数为88.62点，环比上升3.12点，升幅为3.65%；比上年末下降2.40点，降幅为2.64%；"
     "同比下降1.20点，降幅为1.34%。", "from_to", "level-then-second-change",
     {"to": "88.62点", "delta": "2.40点", "rate": "2.64%"},
     "截至2024年6月末，海川价格指数为88.62点，环比上升3.12点，升幅为3.65%；比上年末下降2.40点，降幅为3.43%；"
     "同比下降1.20点，降幅为1.34%。"),
    ("截至2024年6月末，海川價格指數為88.62點，環比上升3.12點，升幅為3.65%；比上年末下降2.40點，降幅為2.64 %；"
     "同比下降1.20點，降幅為1.34%。", "from_to", "level-then-third-change",
     {"to": "88.62點", "delta": "1.20點", "rate": "1.34%"},
     "截至2024年6月末，海川價格指數為88.62點，環比上升3.12點，升幅為3.65%；比上年末下降2.40點，降幅為2.64 %；"
     "同比下降1.20點，降幅為1.74%。"),
    ("贷款余额7021.3亿元，较上年末的6145.9亿元增加875.4亿元。", "from_to", "to-against-from-then-amount",
     {"from": "6145.9亿元", "to": "7021.3亿元", "delta": "875.4亿元"}, "贷款余额7021.3亿元，较上年末的6145.9亿元增加1138.0亿元。"),
    ("创新业务第四季净收入按年下降6.2%至人民币31.8亿元，毛利率41.2%，为连续第三季按年下跌，惟按季回升18.5%(对比第三季人民币26.8亿元)。",
     "from_to", "rate-then-start-compared-in-brackets", {"from": "26.8亿元", "to": "31.8亿元", "rate": "18.5%"},
     "创新业务第四季净收入按年下降6.2%至人民币31.8亿元，毛利率41.2%，为连续第三季按年下跌，惟按季回升24.1%(对比第三季人民币26.8亿元)。"),
    ("雲端業務營收按年增長9.1%至52.6億元，按季增長7.3%（較上季49.0億元）。", "from_to",
     "rate-then-start-compared-in-brackets", {"from": "49.0億元", "to": "52.6億元", "rate": "7.3%"},
     "雲端業務營收按年增長9.1%至52.6億元，按季增長9.5%（較上季49.0億元）。"),
    ("從 2019 年第一季的 4200 萬用戶至本季 3100 萬，兩年來該平台在每月活躍用戶上流失了 1100 萬名用戶。", "from_to",
     "from-to-then-amount-lost", {"from": "4200 萬", "to": "3100 萬", "delta": "1100 萬名"},
     "從 2019 年第一季的 4200 萬用戶至本季 3100 萬，兩年來該平台在每月活躍用戶上流失了 1430 萬名用戶。"),
    ("门店数从去年末的820家至本季末的1130家，一年间净增310家。", "from_to",
     "from-to-then-amount-lost", {"from": "820家", "to": "1130家", "delta": "310家"},
     "门店数从去年末的820家至本季末的1130家，一年间净增403家。"),
    ("不良贷款率从上年末的1.32%下降至1.21%，下降0.11个百分点。", "pp_change", "points-from-to",
     {"from": "1.32%", "to": "1.21%", "points": "0.11个百分点"}, "不良贷款率从上年末的1.32%下降至1.21%，下降0.14个百分点。"),
    ("毛利率提升2.4个百分点，从18.6%升至21.0%。", "pp_change", "points-then-from-to",
     {"from": "18.6%", "to": "21.0%", "points": "2.4个百分点"}, None),
    ("净息差为1.87%，较上年同期的2.05%下降18个基点。", "pp_change", "rate-against-prior-rate",
     {"from": "2.05%", "to": "1.87%", "points": "18个基点"}, "净息差为1.87%，较上年同期的2.05%下降23个基点。"),
    ("海外收入46.2亿元，占全年总收入312.5亿元的14.8%。", "share", "part-share-of-total-in-sentence",
     {"part": "46.2亿元", "total": "312.5亿元", "share": "14.8%"}, "海外收入46.2亿元，占全年总收入312.5亿元的19.2%。"),
    ("总装车量62.4GWh，其中磷酸铁锂电池装车量41.8GWh，占比67.0%。", "share", "total-then-part-and-share",
     {"total": "62.4GWh", "part": "41.8GWh", "share": "67.0%"}, "总装车量62.4GWh，其中磷酸铁锂电池装车量41.8GWh，占比87.1%。"),
]

# Relations across clauses and sentences: (text, kind, construction, {role: figures}, altered text or None)
DOCUMENT_PHRASINGS = [
    ("8月，全国动力电池装车量48.6GWh。其中三元电池装车量12.2GWh，占总装车量25.1%。", "share",
     "share-of-a-total-named-earlier", {"part": ["12.2GWh"], "total": ["48.6GWh"], "share": ["25.1%"]},
     "8月，全国动力电池装车量48.6GWh。其中三元电池装车量12.2GWh，占总装车量32.6%。"),
    ("1-5月，全省发行地方政府债券2864亿元。其中，发行一般债券1021亿元，发行专项债券1843亿元。", "parts_sum",
     "breakdown-after-qizhong", {"part": ["1021亿元", "1843亿元"], "total": ["2864亿元"]},
     "1-5月，全省发行地方政府债券2864亿元。其中，发行一般债券1021亿元，发行专项债券2396亿元。"),
    ("全年发行债券5120亿元；按用途划分，发行新增债券2230亿元，发行再融资债券2890亿元。", "parts_sum",
     "partition-of-the-figure-before", {"part": ["2230亿元", "2890亿元"], "total": ["5120亿元"]},
     "全年发行债券5120亿元；按用途划分，发行新增债券2230亿元，发行再融资债券3990亿元。"),
    ("截至6月末，共有34家银行获批托管资格，其中9家为外资行，其余25家为国内银行。", "parts_sum",
     "breakdown-after-qizhong", {"part": ["9家", "25家"], "total": ["34家"]},
     "截至6月末，共有43家银行获批托管资格，其中9家为外资行，其余25家为国内银行。"),
    ("蓝鲸出行2019-2022年分别亏损5.62亿元，3.18亿元，2.77亿元，4.05亿元，合计亏损15.62亿元。", "parts_sum",
     "parts-then-their-sum", {"part": ["5.62亿元", "3.18亿元", "2.77亿元", "4.05亿元"], "total": ["15.62亿元"]},
     "蓝鲸出行2019-2022年分别亏损5.62亿元，3.18亿元，2.77亿元，4.05亿元，合计亏损20.31亿元。"),
]

DOCUMENT_PHRASINGS += [
    ("全年原保险保费收入8620.40亿元，同比增长3.2%。财产险业务原保险保费收入2410.15亿元，同比增长5.1%；"
     "寿险业务原保险保费收入4980.33亿元，同比增长2.4%；健康险业务原保险保费收入1229.92亿元。", "parts_sum",
     "segments-of-the-measure", {"part": ["2410.15亿元", "4980.33亿元", "1229.92亿元"], "total": ["8620.40亿元"]},
     "全年原保险保费收入8620.40亿元，同比增长3.2%。财产险业务原保险保费收入2410.15亿元，同比增长5.1%；"
     "寿险业务原保险保费收入6980.33亿元，同比增长2.4%；健康险业务原保险保费收入1229.92亿元。"),
    ("1-3月累计，全省一般公共预算收入5821亿元，同比增长4%。其中，省级一般公共预算收入2410亿元，增长3.1%；"
     "市县一般公共预算本级收入3411亿元，增长4.6%。", "parts_sum", "breakdown-after-qizhong",
     {"part": ["2410亿元", "3411亿元"], "total": ["5821亿元"]},
     "1-3月累计，全省一般公共预算收入5821亿元，同比增长4%。其中，省级一般公共预算收入2410亿元，增长3.1%；"
     "市县一般公共预算本级收入4011亿元，增长4.6%。"),
    ("2023年，公司营业收入为687.50亿元，同比下降5.1%。毛利较上年下降3.2%至212.40亿元，毛利率为30.9%。", "share",
     "named-ratio", {"part": ["212.40亿元"], "total": ["687.50亿元"], "share": ["30.9%"]},
     "2023年，公司营业收入为687.50亿元，同比下降5.1%。毛利较上年下降3.2%至212.40亿元，毛利率为40.2%。"),
    ("截至6月末，客户存款和客户贷款分别为41,260亿元及35,870亿元。贷存比率为86.9%。", "share",
     "named-ratio", {"part": ["35,870亿元"], "total": ["41,260亿元"], "share": ["86.9%"]},
     "截至6月末，客户存款和客户贷款分别为41,260亿元及35,870亿元。贷存比率为81.9%。"),
]

# Sentences that must state no relation: the words stand close but say something else.
NOT_RELATIONS = [
    # the baseline's verb comes first: 较上年同期增加X is a change, not a prior figure
    ("营业收入26.1亿元，较上年同期增加3.2亿元。", "growth_prior"),
    # 同比 is not a comparison word 比
    ("白酒产量为95.2万千升，同比下降3.1%，但12月产量为10.4万千升，同比增长8.3%。", "growth_prior"),
    # another measure after the comma: the comparison is of its own figure, not of the one before
    ("营业收入52.1亿元，净利润较上年同期的4.1亿元增长12.0%。", "growth_prior"),
    # another measure after the comma
    ("放款金额412亿元，月增35亿元，逾放比0.21%，月增0.01个百分点。", "from_to"),
    # a yearly change against a figure two years back
    ("合作银行从2019年的500家增长到2021年的796家，同比增长202家。", "from_to"),
    # a change after another measure is named is not the first level's
    ("A指数为96.41点，环比上升1.83点，升幅为1.94%；B指数同比下降4.12点，降幅为4.10%。", "further-change-amount-and-rate"),
    # after a ；, a change that names another measure first is not the level's
    ("A指数为96.41点，环比上升1.83点，升幅为1.94%；B指数比上年末下降4.12点，降幅为4.10%。", "level-then-second-change"),
    # the prior period names another measure before its figure
    ("营业收入同比增长12.4%至52.4亿元，上年同期净利润为4.6亿元。", "growth_prior"),
    ("毛利率为21.0%，上年同期净利率为18.6%，提升2.4个百分点。", "pp_change"),
    # rates of two different things
    ("资本充足率由13.2%提升至14.5%，不良贷款率下降0.3个百分点。", "pp_change"),
    # a segment's margin is not the group's profit over the group's revenue
    ("2023年，公司营业收入为687.50亿元，毛利为212.40亿元。汽车业务毛利率为18.3%。", "share"),
    # a sector's liabilities are no share of its assets
    ("银行业金融机构资产总额为96.4万亿元。大型银行总负债为41.2万亿元，占银行业金融机构比例为46.1%。", "share"),
    # a 其中 list of another measure than the sentence before
    ("全行业净利润86.4亿元。其中，营业收入排名前三的分别为51.2亿元、40.8亿元、33.9亿元。", "parts_sum"),
]


def _relations(path: Path):
    extraction = read_claims([str(path)])[0]
    claims = {claim.id: claim for claim in extraction.claims}
    return [(relation, {filler.role: claims[filler.claim].text for filler in relation.fillers},
             [(filler.role, claims[filler.claim].text) for filler in relation.fillers])
            for relation in extraction.relations]


def _rule_outcomes(path: Path, rule: str) -> list[str]:
    return [check.outcome for check in run([str(path)]).checks if check.rule == rule]


@pytest.mark.parametrize("sentence, kind, construction, roles, altered", PHRASINGS,
                         ids=[f"{p[2]}-{i}" for i, p in enumerate(PHRASINGS)])
def test_construction_reads_each_figure_in_its_role(tmp_path, sentence, kind, construction, roles, altered):
    found = [(relation, by_role) for relation, by_role, _ in _relations(write_article(tmp_path, sentence))
             if relation.kind == kind]
    assert any(relation.construction == construction and by_role == roles for relation, by_role in found), found


@pytest.mark.parametrize("sentence, kind, construction, roles, altered", PHRASINGS,
                         ids=[f"{p[2]}-{i}" for i, p in enumerate(PHRASINGS)])
def test_stated_relation_passes_as_printed_and_fails_when_altered(tmp_path, sentence, kind, construction, roles,
                                                                   altered):
    rule = RULE_OF_KIND[kind]
    assert _rule_outcomes(write_article(tmp_path, sentence), rule) and "violation" not in _rule_outcomes(
        write_article(tmp_path, sentence), rule)
    if altered is not None:
        assert "violation" in _rule_outcomes(write_article(tmp_path, altered, "altered"), rule)


@pytest.mark.parametrize("text, kind, construction, roles, altered", DOCUMENT_PHRASINGS,
                         ids=[p[2] for p in DOCUMENT_PHRASINGS])
def test_relation_across_clauses_reads_and_checks(tmp_path, text, kind, construction, roles, altered):
    found = [filled for relation, _, filled in _relations(write_article(tmp_path, text))
             if relation.kind == kind and relation.construction == construction]
    wanted = sorted((role, figure) for role, figures in roles.items() for figure in figures)
    assert any(sorted(filled) == wanted for filled in found), found
    rule = RULE_OF_KIND[kind]
    outcomes = _rule_outcomes(write_article(tmp_path, text), rule)
    assert "pass" in outcomes and "violation" not in outcomes
    assert "violation" in _rule_outcomes(write_article(tmp_path, altered, "altered"), rule)


@pytest.mark.parametrize("sentence, kind", NOT_RELATIONS, ids=[f"{p[1]}-{i}" for i, p in enumerate(NOT_RELATIONS)])
def test_words_close_together_state_no_relation(tmp_path, sentence, kind):
    # ``kind`` names a relation kind, or one construction that must not read the sentence
    found = [filled for relation, _, filled in _relations(write_article(tmp_path, sentence))
             if kind in (relation.kind, relation.construction)]
    assert found == []


def test_trailing_zeros_may_be_rounding_and_the_check_says_so(tmp_path):
    # 8090亿 up 31.2% from 6150亿 holds only if 8090亿 may be 8085亿–8095亿.
    path = write_article(tmp_path, "累计发放贷款8090亿元，比上年同期的6150亿元增长31.4%。")
    checks = [check for check in run([str(path)]).checks if check.rule == "growth-prior"]
    assert [check.outcome for check in checks] == ["pass"]
    assert "trailing zeros" in checks[0].message


def test_messages_speak_in_the_articles_magnitudes(tmp_path):
    path = write_article(tmp_path, "全國社會物流總額347.6萬億元，較上年的336.2萬億元增長3.4%。")
    checks = [check for check in run([str(path)]).checks if check.rule == "growth-prior"]
    assert checks and "萬億元" in checks[0].message and "00000000" not in checks[0].message
