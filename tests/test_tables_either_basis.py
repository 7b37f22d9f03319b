"""validator/tables.py's side of a quarter given two growths by one basis (同比…，同比…): the
relation naming both baselines is read from the quarter columns of any table layout, and not
where a growth names the period it runs from. (growth-prior's verdicts on it:
tests/test_growth_either_basis.py.)"""

from __future__ import annotations

from validator.documents import read_document
from validator.extract import extract
from validator.tables import EITHER_BASIS

from .article_files import write_article

TRADITIONAL = (
    "2023年第二季度，雲帆汽車交付量為18,250輛，同比增長{first}，同比增長{second}。\n\n"
    "項目 2023年第二季度 2023年第一季度 2022年第二季度\n"
    "交付量 18,250 14,600 9,125\n"
)


def _either_basis(tmp_path, text: str) -> list[tuple[str, ...]]:
    extraction = extract(read_document(str(write_article(tmp_path, text))))
    by_id = {claim.id: claim.text for claim in extraction.claims}
    return sorted(tuple(by_id[filler.claim] for filler in relation.fillers)
                  for relation in extraction.relations if relation.construction == EITHER_BASIS)


def test_a_quarter_with_two_rates_by_one_basis_names_both_baselines(tmp_path):
    assert _either_basis(tmp_path, TRADITIONAL.format(first="25.0%", second="100.0%")) == [
        ("18,250輛", "9,125", "14,600", "100.0%"), ("18,250輛", "9,125", "14,600", "25.0%")]


def test_rates_that_name_the_period_they_run_from_are_not_in_doubt(tmp_path):
    text = TRADITIONAL.format(first="25.0%", second="100.0%").replace(
        "同比增長25.0%", "較2023年第一季度增長25.0%").replace("同比增長100.0%", "較2022年第二季度增長100.0%")
    assert _either_basis(tmp_path, text) == []


def _table_growths(tmp_path, text: str) -> list[tuple[str, ...]]:
    extraction = extract(read_document(str(write_article(tmp_path, text))))
    by_id = {claim.id: claim.text for claim in extraction.claims}
    return sorted(tuple(by_id[filler.claim] for filler in relation.fillers) for relation in extraction.relations
                  if relation.construction.startswith("growth-against-a-table-column"))


def test_a_growth_naming_another_measure_is_not_read_against_the_figures_row(tmp_path):
    text = TRADITIONAL.format(first="25.0%", second="100.0%").replace(
        "同比增長25.0%，同比增長100.0%", "同比增長100.0%，營業收入同比增長37.5%")
    assert _table_growths(tmp_path, text) == [("18,250輛", "9,125", "100.0%")]
