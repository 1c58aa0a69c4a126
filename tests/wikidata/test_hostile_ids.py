"""A Wikibase whose answers carry an item id that is no QID ("../../other/wikidata/Q99", "/abs/path"): the id
would become a file name in the store, so the answer is refused whole, with one line, and nothing is written
anywhere (a hostile tester overwrote another store's imported file this way)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from tests.wikidata.wikibase import FakeWikibase, human


@pytest.mark.parametrize("bad_id", ["../../other/wikidata/Q99", "/tmp/escaped", "Q1/../../x", "Q99\x1b]0;PWNED\x07"])
def test_an_item_id_that_is_no_qid_is_refused_and_nothing_is_written(
    cli, tmp_path: Path, httpserver: HTTPServer, bad_id
):
    fake = FakeWikibase()
    person = human("Q99", "Linda Thomas-Greenfield", "American diplomat")
    fake.entities = {bad_id: {**person, "id": bad_id, "title": bad_id}}
    httpserver.expect_request("/w/api.php").respond_with_handler(fake)
    store, other = tmp_path / "store", tmp_path / "other" / "wikidata"
    store.mkdir()
    other.mkdir(parents=True)
    (other / "Q99.yaml").write_text("# a colleague's file\n", encoding="utf-8")
    result = cli("sources", "import", "wikidata", "Linda Thomas-Greenfield", "--into", store,
                 "--api", httpserver.url_for("/w/api.php"))  # fmt: skip
    assert result.status == 2, result.out
    assert "answered an item id that is not a QID" in result.err and "Traceback" not in result.err
    assert "\x1b" not in result.err and "\x07" not in result.err  # the id is shown escaped
    assert list(store.iterdir()) == []
    assert (other / "Q99.yaml").read_text(encoding="utf-8") == "# a colleague's file\n"
    assert sorted(path.name for path in tmp_path.rglob("*.yaml")) == ["Q99.yaml"]


@pytest.mark.parametrize(
    ("option", "value", "said"),
    [
        ("--qid", "Q1/../../x", "is not a Wikidata id"),
        ("--pick", "0", "numbered from 1"),
        ("--api", "", "give the address"),
    ],
)
def test_a_malformed_option_is_bad_input_said_before_any_request(cli, tmp_path: Path, option, value, said):
    """`--qid 'Q1/../../x'` ended with exit 1 like a name Wikidata lacks, `--api ''` quietly meant wikidata.org,
    and `--pick 0` was checked only after the network: all three are a mistyped command (exit 2)."""
    store = tmp_path / "store"
    store.mkdir()
    result = cli(
        "sources", "import", "wikidata", "Linda Thomas-Greenfield", "--into", store, option, value, "--offline"
    )
    assert result.status == 2 and said in result.err, (result.status, result.err)
    assert list(store.iterdir()) == []
