"""The issue's "done when": a store built only from Wikidata checks the seed article as the hand-written one does."""

from __future__ import annotations

import json
from pathlib import Path


def _claims(cli, article: Path, store: Path) -> dict[str, dict]:
    result = cli("check", article, "--sources", store, "--date", "2024-03-25", "--format", "json")
    assert result.status == 0, result.err
    return {claim["text"]: claim["suggestion"] for claim in json.loads(result.out)}


def test_an_imported_register_disputes_the_misspelled_name_as_the_seed_store_does(cli, tmp_path, api, seed_article):
    store = tmp_path / "store"
    store.mkdir()
    result = cli("sources", "import", "wikidata", "Tzachi Hanegbi", "--into", store, "--api", api)
    assert result.status == 0, result.out + result.err
    assert cli("sources", "validate", store).status == 0

    suggestion = _claims(cli, seed_article, store)["Tzaji Hanegbi"]
    assert suggestion["verdict"] == "disputed"
    assert "The register spells it “Tzachi Hanegbi”" in suggestion["reason"]
    assert suggestion["evidence"][0]["store_id"] == "person:Tzachi Hanegbi"


def test_article_imports_everyone_it_names_who_is_missing_one_line_each(cli, tmp_path, api, seed_article, seed_store):
    store = tmp_path / "store"
    store.mkdir()
    # The register already knows Gallant (by hand): he is not looked up.
    (store / "mine.yaml").write_text("people:\n  - name: Yoav Gallant\n")
    result = cli("sources", "import", "wikidata", "--article", seed_article, "--into", store, "--api", api)
    lines = result.out.splitlines()
    assert lines[0].endswith("4 people not in the register: Benjamin Netanyahu, Tzaji Hanegbi, Ron Dermer, Joe Biden")
    assert [line.split(" (")[0] for line in lines[1:5]] == [
        "imported Benjamin Netanyahu",
        "not imported: Tzaji Hanegbi: Wikidata has no person named 'Tzaji Hanegbi'",
        "imported Ron Dermer",
        "imported Joe Biden",
    ]
    assert lines[-1] == "not settled (1): Tzaji Hanegbi"
    assert result.status == 1  # one name could not be settled
    assert sorted(path.name for path in (store / "wikidata").iterdir()) == [
        "Q2904131.yaml",
        "Q43723.yaml",
        "Q6279.yaml",
    ]

    checked = _claims(cli, seed_article, store)
    assert checked["Ron Dermer is Minister of Strategic Affairs"]["verdict"] == "verified"
    assert checked["Joe Biden is President (United States)"]["verdict"] == "verified"
    assert checked["Benjamin Netanyahu is Prime Minister (Israel)"]["verdict"] == "verified"

    again = cli("sources", "import", "wikidata", "--article", seed_article, "--into", store, "--api", api)
    assert again.out.splitlines()[0].endswith("1 people not in the register: Tzaji Hanegbi")
