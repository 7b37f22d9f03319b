"""A synthetic corpus of results articles, shaped like the seeds, for benchmarks.

Each article is one company's quarterly results as a Jekyll post: front matter, then HTML
paragraphs stating figures the way real coverage does — an amount and its 同比 rate, a part
and its share of a total, a 其中 breakdown, a quarter inside its year-to-date figure, a
cumulative count, a rate and its change in points. Companies, periods and figures vary; the
figures of one company hang together from quarter to quarter (a cumulative count grows), and
``error_rate`` of the articles carry one injected mistake (a share or rate that does not fit),
so the rules have real work. Output is deterministic for a seed.

    python benchmarks/synthetic.py OUT_DIR --articles 1000 [--seed 7] [--error-rate 0.05]
"""

from __future__ import annotations

import argparse
import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

_SYLLABLES = "信乐富宜嘉华泰安平民兴招浦光恒丰汇通达远新海天瑞康德鑫盛宏源创联合云星川岭禾锦泽澜翔鼎"
_SUFFIXES = ("科技", "金融", "集团", "控股", "数科", "银行")
_SOURCES = ("北京商报", "证券时报", "财联社", "第一财经", "21世纪经济报道")


def company_name(number: int) -> str:
    """A distinct made-up company name for every number (Chinese only, as listings print them)."""
    return f"{_spelled(number, _SYLLABLES)}{_SUFFIXES[number % len(_SUFFIXES)]}"


def ticker(number: int) -> str:
    return _spelled(number, "ABCDEFGHJKLMNPQRSTUVWXYZ").rjust(3, "X")


def _spelled(number: int, alphabet) -> str:
    """``number`` written in the given alphabet: distinct for every number."""
    spelled = ""
    while True:
        number, digit = divmod(number, len(alphabet))
        spelled = alphabet[digit] + spelled
        if number == 0:
            return spelled


def _round(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _series(company: int, quarters: int) -> dict[str, list[Decimal]]:
    """A company's figures quarter by quarter, four quarters before the first article on:
    every article of one company tells the same consistent story."""
    rng = random.Random(company)
    revenue, rate, users, copyrights = [], [], [], []
    level, npl, registered, registered_works = Decimal(rng.randint(80, 900)), Decimal(rng.randint(100, 300)) / 100, \
        Decimal(rng.randint(1000, 3000)) / 100, rng.randint(50, 150)
    for _ in range(quarters + 4):
        level *= 1 + Decimal(rng.randint(-80, 200)) / 1000
        npl = max(Decimal("0.5"), npl + Decimal(rng.randint(-30, 30)) / 100)
        registered += Decimal(rng.randint(20, 150)) / 100
        registered_works += rng.randint(0, 9)
        revenue.append(_round(level, 2))
        rate.append(npl)
        users.append(registered)
        copyrights.append(Decimal(registered_works))
    return {"revenue": revenue, "rate": rate, "users": users, "copyrights": copyrights}


def article(company: int, quarter_index: int, rng: random.Random, inject_error: bool,
            quarters: int = 10) -> tuple[str, str]:
    """(file name, text) of one company's results for one quarter."""
    name = company_name(company + 40)  # two characters at least
    year, quarter = 2019 + quarter_index // 4, quarter_index % 4 + 1
    series = _series(company, quarters)
    now = quarter_index + 4
    revenue, prior = series["revenue"][now], series["revenue"][now - 4]
    growth = (revenue / prior - 1) * 100
    change = f"同比增长{_round(growth, 1)}%" if growth >= 0 else f"同比下降{_round(-growth, 1)}%"
    loans = _round(revenue * Decimal(rng.randint(4, 12)), 0)
    small = _round(loans * Decimal(rng.randint(10, 35)) / 100, 0)
    share = _round(small / loans * 100, 1)
    if inject_error:
        share += Decimal(rng.choice((-5, 5)))
    online = _round(revenue * Decimal(rng.randint(30, 70)) / 100, 2)
    offline = revenue - online
    ytd = sum(series["revenue"][now - quarter + 1:now + 1], Decimal(0))
    users = _round(series["users"][now], 2)
    rate_now, rate_before = series["rate"][now], series["rate"][now - 1]
    points = rate_now - rate_before
    copyrights = series["copyrights"][now]
    month = {1: 5, 2: 8, 3: 11, 4: 3}[quarter]
    published_year = year + 1 if quarter == 4 else year
    paragraphs = [
        f"北京时间{month}月{rng.randint(10, 28)}日，{name}(NYSE:{ticker(company)})发布了{year}年第{quarter}季度未经审计的财务报告。",
        f"财报显示，{year}年第{quarter}季度，{name}营业收入{revenue}亿元，{change}；"
        f"上年同期营业收入为{_round(prior, 2)}亿元。",
        f"其中，线上业务收入{online}亿元，线下业务收入{offline}亿元。"
        + (f"前{quarter}季度累计营业收入{ytd}亿元。" if quarter > 1 else ""),
        f"第{quarter}季度促成借款金额{loans}亿元，其中为小微企业主促成借款金额{small}亿元，"
        f"占同期总交易额的{share}%。",
        f"截至{year}年{quarter * 3}月末，{name}累计注册用户数达{users}百万，"
        f"已登记软件著作权{copyrights}项。",
        f"不良率为{rate_now}%，较上季度{'上升' if points >= 0 else '下降'}{abs(points)}个百分点。",
    ]
    body = "\n".join(f" <p>{paragraph}</p>" for paragraph in paragraphs)
    text = (f"---\nlayout: post\ntitle: \"{name}{year}年第{quarter}季度营收{revenue}亿元 {change}\"\n"
            f"date: {published_year}-{month:02d}-15 08:00:00 +0800\ncategories: {rng.choice(_SOURCES)}\n---\n"
            f"{body}\n")
    return f"{company:05d}_{year}Q{quarter}.md", text


def generate(out: Path, articles: int, *, seed: int = 7, error_rate: float = 0.05,
             quarters_per_company: int = 10) -> list[Path]:
    """Write ``articles`` articles under ``out`` (in folders of 1,000) and return their paths."""
    rng = random.Random(seed)
    paths = []
    for number in range(articles):
        company, quarter_index = divmod(number, quarters_per_company)
        name, text = article(company, quarter_index, rng, rng.random() < error_rate, quarters_per_company)
        folder = out / f"{number // 1000:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--error-rate", type=float, default=0.05)
    arguments = parser.parse_args()
    paths = generate(arguments.out, arguments.articles, seed=arguments.seed, error_rate=arguments.error_rate)
    print(f"wrote {len(paths)} articles under {arguments.out}")


if __name__ == "__main__":
    main()
