"""A sole office given to someone the register does not know, while it names that day's holder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from factdesk.claims.check import check_claims
from factdesk.claims.check.office_holders import is_sole_office
from factdesk.claims.desk import lexicon_for
from factdesk.claims.extract import extract_claims
from factdesk.sources.index import StoreIndex
from factdesk.sources.store import load_store

STORE = """
people:
  - name: Rosa Ibarra
    roles: [{title: President, org: Electoral Institute, from: 2023-04-01}]
  - name: Tomas Weil
    roles: [{title: Senator, org: North Dale, from: 2019-01-03}]
  - name: Ken Aoki
    roles: [{title: Finance Minister, org: Japan, from: 2021-10-04}]
  - name: Lena Maris
    roles: [{title: Chancellor, org: Austria, from: 2022-01-10}]
  - name: Otto Brand
    roles: [{title: Chancellor, org: Germany, from: 2021-12-08}]
"""


def roles(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    (tmp_path / "people.yaml").write_text(STORE, encoding="utf-8")
    index = StoreIndex(load_store(tmp_path))
    claims = extract_claims(text, lexicon_for(index.store))
    checked = zip(claims, check_claims(claims, index, dt.date(2024, 6, 3)), strict=True)
    return [(s.verdict.value, s.reason) for claim, s in checked if claim.kind.value == "role"]


def test_a_sole_office_at_a_named_body_is_disputed_naming_its_holder(tmp_path: Path) -> None:
    ((verdict, reason),) = roles(tmp_path, "Electoral Institute President Lorenzo Vidal announced the results.")
    assert verdict == "disputed" and "Rosa Ibarra" in reason


def test_an_office_many_hold_says_nothing_of_who_else_holds_it(tmp_path: Path) -> None:
    ((verdict, _),) = roles(tmp_path, "Senator Ana Reyes of North Dale spoke.")
    assert verdict == "unsupported"


def test_a_sole_office_without_its_body_is_disputed_where_the_register_knows_it_at_one_body(tmp_path: Path) -> None:
    ((verdict, reason),) = roles(tmp_path, "Finance Minister Taro Sato said the yen was stable.")
    assert verdict == "disputed" and "Ken Aoki" in reason
    # two chancellors in the register: which country's is meant is unknown
    ((verdict, _),) = roles(tmp_path, "Chancellor Max Roth said the talks would go on.")
    assert verdict == "unsupported"


def test_which_offices_one_person_holds() -> None:
    assert is_sole_office("President") and is_sole_office("Prime Minister") and is_sole_office("Chief Executive")
    assert is_sole_office("Finance Minister") and is_sole_office("Minister of Foreign Affairs")
    assert not is_sole_office("Vice President") and not is_sole_office("Senator") and not is_sole_office("Minister")
    assert not is_sole_office("Minister of State")


def test_a_bare_title_beside_the_registers_holder_named_in_the_sentence_is_anothers(tmp_path: Path) -> None:
    # the register's finance minister is named in the sentence: the other "Finance Minister" is another country's
    ((_, _), (verdict, _)) = roles(
        tmp_path, "Finance Minister Ken Aoki met Finance Minister Taro Sato, who said the yen was stable."
    )
    assert verdict == "unsupported"
