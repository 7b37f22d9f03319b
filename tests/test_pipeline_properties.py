"""Whatever an article says, the pipeline reads it without failing and points inside it."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from validator.pipeline import run

# Pieces articles are made of, so that random text is dense with figures and their context.
PIECES = [
    "营收", "营业收入", "净利润", "同比增长", "同比下降", "同增", "环比", "较年初", "占", "的", "占比达",
    "其中", "分别为", "和", "从", "由", "增长到", "收窄至", "个百分点", "亿元", "万", "亿", "%", "家",
    "件", "近", "超过", "约", "不足", "三成", "一半", "两倍", "截至", "2021年", "第四季度", "全年",
    "去年", "年末", "12月31日", "，", "。", "；", "：", "“", "”", "（", "）", " ", "\n",
    "<p>", "</p>", "<strong>", "</strong>", "&nbsp;", "&amp;", "<br/>", "<!-- x -->",
    "示例银行", "某证券", "累计", "增幅较", "高出", "第", "届", "5G", "AAAI 2022",
]
NUMBERS = st.from_regex(r"\A(?:\d{1,4}(?:\.\d{1,3})?|\d{1,3}(?:,\d{3})+)\Z", fullmatch=True)
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), NUMBERS, st.text(max_size=3)), max_size=60).map("".join)


def _lines(path: Path) -> list[str]:
    # Lines as editors count them: \f and \v (which str.splitlines also breaks at) do not end one.
    with path.open(encoding="utf-8", newline="") as handle:
        return re.split(r"\r\n|\r|\n", handle.read())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=TEXT, body=TEXT, second=TEXT)
def test_any_article_runs_and_every_location_is_inside_its_file(title, body, second):
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for name, text in (("a.txt", body), ("b.txt", second)):
            path = Path(folder) / name
            safe_title = title.replace('"', "'").replace("\\", "/").replace("\n", " ")
            path.write_text(f'---\ntitle: "{safe_title}"\ndate: 2022-03-30 10:00:00 +0800\n---\n<p>{text}</p>\n',
                            encoding="utf-8")
            paths.append(path)
        report = run([folder])
        for document in report.documents:
            assert document.error is None or "extractor failed" not in document.error, document.error
        lines = {str(path): _lines(path) for path in paths}
        for check in report.checks:
            for location in check.locations:
                file_lines = lines[location.path]
                assert 1 <= location.line <= location.end_line <= len(file_lines)
                assert 1 <= location.column
                assert location.end_column <= len(file_lines[location.end_line - 1]) + 1
                if location.line == location.end_line:
                    assert location.column < location.end_column
