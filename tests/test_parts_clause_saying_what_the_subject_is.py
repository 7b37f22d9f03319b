"""A clause that says what the subject is (是全球首家…超过10GW的企业, 成为…) is no slice of a 其中 list:
its figure qualifies the subject, it is not one more part of the whole."""

from __future__ import annotations

import pytest

from .article_files import write_article
from .parts_cases import assert_no_finding, breakdowns


@pytest.mark.parametrize("text, figure", [
    ("辛能源2023年全年出货量为50.2GW，其中组件出货量48.1GW，是全球首家N型组件出货量达到12.5GW的组件制造商。", "12.5GW"),
    ("壬汽车2023年交付新车32.6万辆，其中纯电动车型交付21.4万辆，成为首个单月交付量突破3万辆的新势力品牌。", "3万辆"),
])
def test_a_clause_saying_what_the_subject_is_ends_the_list(tmp_path, text, figure):
    path = write_article(tmp_path, text)
    assert not [b for b in breakdowns(path) if figure in b[2]]
    assert_no_finding(path)
