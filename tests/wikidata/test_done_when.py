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


def test_article_imports_everyone_it_names_who_is_missing_one_line_each(cli, tmp_path, api, seed_article):
    store = tmp_path / "store"
    store.mkdir()
    # The register already knows Gallant (by hand): he is not looked up.
    (store / "mine.yaml").write_text("people:\n  - name: Yoav Gallant\n")
    result = cli("sources", "import", "wikidata", "--article", seed_article, "--into", store, "--api", api)
    assert result.status == 0, result.out + result.err
    lines = result.out.splitlines()
    assert lines[0].endswith("4 people not in the register: Benjamin Netanyahu, Tzaji Hanegbi, Ron Dermer, Joe Biden")
    assert [line.split(" →")[0] for line in lines[1:]] == [
        "imported Benjamin Netanyahu (Q43723)",
        "imported Tzachi Hanegbi (Q1332869)",
        "  note: Wikidata spells 'Tzaji Hanegbi' as 'Tzachi Hanegbi'; the checker will dispute the other spelling",
        "imported Ron Dermer (Q2904131)",
        "imported Joe Biden (Q6279)",
    ]
    imported = sorted(path.name for path in (store / "wikidata").iterdir())
    assert imported == ["Q1332869.yaml", "Q2904131.yaml", "Q43723.yaml", "Q6279.yaml"]

    checked = _claims(cli, seed_article, store)
    assert checked["Tzaji Hanegbi"]["verdict"] == "disputed"
    assert checked["Ron Dermer is Minister of Strategic Affairs"]["verdict"] == "verified"
    assert checked["Joe Biden is President (United States)"]["verdict"] == "verified"
    assert checked["Benjamin Netanyahu is Prime Minister (Israel)"]["verdict"] == "verified"

    again = cli("sources", "import", "wikidata", "--article", seed_article, "--into", store, "--api", api)
    assert again.out.splitlines() == [f"{seed_article}: 0 people not in the register: -"]


def test_a_name_nobody_has_settles_to_one_near_spelling_but_several_are_listed(cli, tmp_path, api, wikibase):
    store = tmp_path / "store"
    store.mkdir()
    one = cli("sources", "import", "wikidata", "Tzaji Hanegbi", "--into", store, "--api", api)
    assert one.status == 0 and "imported Tzachi Hanegbi (Q1332869)" in one.out
    several = cli("sources", "import", "wikidata", "Jon Smith", "--into", store, "--api", api)
    assert several.status == 1
    assert "3 people match 'Jon Smith'" in several.out
    far = cli("sources", "import", "wikidata", "Tzaji Hanegbee", "--into", store, "--api", api)
    assert far.status == 1 and "Wikidata has no person named 'Tzaji Hanegbee'" in far.out
