"""`factdesk sources import wikidata` against a Wikibase on 127.0.0.1: what the reviewer sees and the files written."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from factdesk.sources.store import load_store
from pytest_httpserver import HTTPServer

from tests.wikidata.wikibase import DAY, MONTH, FakeWikibase, office


def _store(tmp_path: Path) -> Path:
    store = tmp_path / "store"
    store.mkdir()
    return store


def test_one_clear_match_writes_a_file_the_store_accepts_with_offices_spellings_and_the_item(cli, tmp_path, api):
    store = _store(tmp_path)
    result = cli("sources", "import", "wikidata", "Tzachi Hanegbi", "--into", store, "--api", api)
    assert result.status == 0, result.err
    written = store / "wikidata" / "Q1332869.yaml"
    assert f"imported Tzachi Hanegbi (Q1332869) → {written}: 3 office(s)" in result.out
    assert cli("sources", "validate", store).status == 0
    loaded = load_store(store, use_cache=False)
    [person] = loaded.people
    assert person.name == "Tzachi Hanegbi"
    # Latin-script spellings from every language; the Hebrew and Cyrillic ones, the bare surname and the
    # bracketed German alias are left out.
    assert person.aliases == ("Tzahi Hanegbi", "Cachi Hanegbi")
    roles = {role.title: role for role in person.roles}
    assert set(roles) == {"Member of the Knesset", "Minister of Justice", "National Security Advisor"}
    assert {role.org for role in person.roles} == {"Israel"}
    assert all(role.source == "wikidata-q1332869" for role in person.roles)
    source = loaded.sources["wikidata-q1332869"]
    assert source.url == f"{api.removesuffix('/w/api.php')}/wiki/Q1332869"
    assert source.revision == "2301234567"
    assert source.retrieved is not None and source.publisher == "Wikidata"


def test_year_only_and_month_dates_stay_as_precise_as_wikidata_has_them(cli, tmp_path, api):
    store = _store(tmp_path)
    cli("sources", "import", "wikidata", "Q1332869", "--into", store, "--api", api)
    text = (store / "wikidata" / "Q1332869.yaml").read_text()
    roles = {role["title"]: role for role in yaml.safe_load(text)["people"][0]["roles"]}
    assert (roles["Member of the Knesset"]["from"], roles["Member of the Knesset"]["until"]) == ("1988", "2023")
    assert roles["Minister of Justice"]["from"] == "1996-06-18"
    assert roles["National Security Advisor"]["from"] == "2023-01"


def test_an_office_still_held_has_no_end(cli, tmp_path, api):
    store = _store(tmp_path)
    cli("sources", "import", "wikidata", "Tzachi Hanegbi", "--into", store, "--api", api)
    [person] = load_store(store, use_cache=False).people
    advisor = next(role for role in person.roles if role.title == "National Security Advisor")
    assert advisor.end is None
    assert "National Security Advisor, Israel (2023-01 – present)" in advisor.describe()


def test_several_namesakes_are_listed_and_none_is_imported_until_one_is_picked(cli, tmp_path, api):
    store = _store(tmp_path)
    result = cli("sources", "import", "wikidata", "John Smith", "--into", store, "--api", api)
    assert result.status == 1
    assert "not imported: John Smith: 3 people match 'John Smith': choose one with --pick N or --qid QID" in result.out
    assert "1. John Smith — English explorer [Q100000002] — Mayor of Springfield (1608 – 1609)" in result.out
    assert "2. John Smith — British Labour Party leader [Q100000003]" in result.out
    assert "3. John Smith — Australian cricketer [Q100000004]" in result.out
    assert "disambiguation page" not in result.out  # not a person (P31 is not Q5)
    assert not (store / "wikidata").exists()

    picked = cli("sources", "import", "wikidata", "John Smith", "--into", store, "--api", api, "--pick", "3")
    assert picked.status == 0 and "imported John Smith (Q100000004)" in picked.out
    chosen = cli("sources", "import", "wikidata", "John Smith", "--into", store, "--api", api, "--qid", "Q100000002")
    assert chosen.status == 0
    assert sorted(p.name for p in (store / "wikidata").iterdir()) == ["Q100000002.yaml", "Q100000004.yaml"]
    assert cli("sources", "validate", store).status == 0  # namesakes told apart by their descriptions


def test_the_one_person_with_exactly_the_name_is_not_confused_with_a_longer_name(cli, tmp_path, api):
    store = _store(tmp_path)
    result = cli("sources", "import", "wikidata", "Joe Biden", "--into", store, "--api", api)
    assert result.status == 0, result.out
    assert "imported Joe Biden (Q6279)" in result.out


def test_an_office_that_ended_at_an_unknown_time_is_left_out_and_said(cli, tmp_path, api):
    store = _store(tmp_path)
    result = cli("sources", "import", "wikidata", "Q100000003", "--into", store, "--api", api)
    assert "left out: Mayor of Springfield: it ended, but Wikidata does not say when" in result.out
    assert load_store(store, use_cache=False).people[0].roles == ()


def test_a_person_with_no_office_is_imported_with_the_name_alone(cli, tmp_path, api):
    store = _store(tmp_path)
    result = cli("sources", "import", "wikidata", "Noa Kirel", "--into", store, "--api", api)
    assert result.status == 0 and "0 office(s)" in result.out
    [person] = load_store(store, use_cache=False).people
    assert (person.name, person.roles) == ("Noa Kirel", ())


def test_nobody_by_that_name_is_reported_and_nothing_is_written(cli, tmp_path, api):
    store = _store(tmp_path)
    result = cli("sources", "import", "wikidata", "Tzaji Hanegbee", "--into", store, "--api", api)
    assert result.status == 1
    assert "not imported: Tzaji Hanegbee: Wikidata has no person named 'Tzaji Hanegbee'" in result.out
    assert list(store.iterdir()) == []


def test_reimporting_updates_the_file_in_place_and_says_what_changed(cli, tmp_path, api, wikibase: FakeWikibase):
    store = _store(tmp_path)
    gallant = wikibase.entities["Q1365920"]["claims"]["P39"]
    gallant[:] = [office("Q1365920", "Q90009", ("2022-12-29", DAY))]  # as first imported: still in office
    cli("sources", "import", "wikidata", "Yoav Gallant", "--into", store, "--api", api)
    same = cli("sources", "import", "wikidata", "Yoav Gallant", "--into", store, "--api", api)
    assert "unchanged Yoav Gallant (Q1365920)" in same.out

    gallant[:] = [
        office("Q1365920", "Q90009", ("2022-12-29", DAY), ("2024-11-05", DAY)),
        office("Q1365920", "Q90003", ("2025-01-00", MONTH)),
    ]
    result = cli("sources", "import", "wikidata", "Yoav Gallant", "--into", store, "--api", api)
    assert result.status == 0
    assert "updated Yoav Gallant (Q1365920)" in result.out
    assert "end date now known: Minister of Defense until 2024-11-05" in result.out
    assert "new office: Minister of Justice, Israel (2025-01 – present)" in result.out
    assert [p.name for p in (store / "wikidata").iterdir()] == ["Q1365920.yaml"]  # no temporary file left behind
    [person] = load_store(store, use_cache=False).people
    assert [role.end_text for role in person.roles] == ["2024-11-05", None]


def test_a_hand_written_file_at_the_import_path_is_never_overwritten(cli, tmp_path, api):
    store = _store(tmp_path)
    (store / "wikidata").mkdir()
    mine = store / "wikidata" / "Q1365920.yaml"
    mine.write_text("people:\n  - name: Yoav Gallant\n")
    result = cli("sources", "import", "wikidata", "Yoav Gallant", "--into", store, "--api", api)
    assert result.status == 2
    assert "was not written by an import" in result.err
    assert mine.read_text() == "people:\n  - name: Yoav Gallant\n"


def test_a_person_already_in_the_hand_written_register_is_not_imported_twice(cli, tmp_path, api, seed_store):
    store = _store(tmp_path)
    (store / "people.yaml").write_bytes((seed_store / "people.yaml").read_bytes())
    result = cli("sources", "import", "wikidata", "Ron Dermer", "--into", store, "--api", api)
    assert result.status == 1
    assert "Ron Dermer is already in the register at" in result.out
    assert not (store / "wikidata").exists()


def test_429_then_success_waits_as_told_and_imports(cli, tmp_path, httpserver: HTTPServer, wikibase):
    httpserver.expect_oneshot_request("/w/api.php").respond_with_data(
        "slow down", status=429, headers={"Retry-After": "0"}
    )
    store = _store(tmp_path)
    result = cli(
        "sources", "import", "wikidata", "Ron Dermer", "--into", store, "--api", httpserver.url_for("/w/api.php")
    )
    assert result.status == 0, result.err
    assert (store / "wikidata" / "Q2904131.yaml").exists()
    statuses = [response.status_code for _request, response in httpserver.log]
    assert statuses == [429, 200, 200, 200, 200]  # the refused search, asked again; then people, offices, places
    assert [request.args["action"] for request, _ in httpserver.log[:2]] == ["wbsearchentities"] * 2


def test_503_every_time_gives_up_with_one_line_and_writes_nothing(cli, tmp_path, httpserver: HTTPServer):
    httpserver.expect_request("/w/api.php").respond_with_data("busy", status=503)
    store = _store(tmp_path)
    result = cli(
        "sources", "import", "wikidata", "Ron Dermer", "--into", store, "--api", httpserver.url_for("/w/api.php")
    )
    assert result.status == 2
    assert result.err.count("\n") == 1 and "the server answered 503" in result.err and "after 5 tries" in result.err
    assert list(store.iterdir()) == []


def test_a_server_that_is_down_is_one_line_exit_2_and_nothing_written(cli, tmp_path):
    store = _store(tmp_path)
    result = cli(
        "sources", "import", "wikidata", "Ron Dermer", "--into", store, "--api", "http://127.0.0.1:9/w/api.php"
    )
    assert result.status == 2
    assert result.err.startswith("factdesk: error: http://127.0.0.1:9/w/api.php: cannot reach the server")
    assert "Traceback" not in result.err and result.err.count("\n") == 1
    assert list(store.iterdir()) == []


def test_malformed_json_is_located_and_nothing_is_written(cli, tmp_path, httpserver: HTTPServer):
    httpserver.expect_request("/w/api.php").respond_with_data(
        '{"search": [\n  {"id": "Q1",,}', content_type="application/json"
    )
    store = _store(tmp_path)
    api = httpserver.url_for("/w/api.php")
    result = cli("sources", "import", "wikidata", "Ron Dermer", "--into", store, "--api", api)
    assert result.status == 2
    assert f"factdesk: error: {api}:2:15: wbsearchentities: the answer is not JSON" in result.err
    assert list(store.iterdir()) == []


def test_offline_uses_only_what_an_earlier_run_cached(cli, tmp_path, api, httpserver: HTTPServer):
    store = _store(tmp_path)
    first = cli("sources", "import", "wikidata", "Ron Dermer", "--into", store, "--api", api)
    assert first.status == 0
    httpserver.clear()  # the server forgets everything: only the cache can answer
    again = cli("sources", "import", "wikidata", "Ron Dermer", "--into", store, "--api", api, "--offline")
    assert again.status == 0 and "unchanged Ron Dermer" in again.out
    never = cli("sources", "import", "wikidata", "Yoav Gallant", "--into", store, "--api", api, "--offline")
    assert never.status == 2 and "not in the cache, and --offline forbids asking the network" in never.err


def test_the_api_can_be_named_in_the_environment(cli, tmp_path, api, monkeypatch):
    monkeypatch.setenv("FACTDESK_WIKIDATA_API", api)
    store = _store(tmp_path)
    assert cli("sources", "import", "wikidata", "Ron Dermer", "--into", store).status == 0


def test_requests_say_who_is_asking_and_carry_maxlag(cli, tmp_path, api, httpserver: HTTPServer, wikibase):
    cli("sources", "import", "wikidata", "Ron Dermer", "--into", _store(tmp_path), "--api", api)
    request, _response = httpserver.log[0]
    assert request.headers["User-Agent"].startswith("factdesk/") and "fact-checking" in request.headers["User-Agent"]
    assert all(params["maxlag"] == "5" and params["format"] == "json" for params in wikibase.requests)
    assert json.dumps(wikibase.requests[0]).count("wbsearchentities") == 1


def test_a_maxlag_answer_is_asked_again(cli, tmp_path, httpserver: HTTPServer, wikibase):
    lagged = {"error": {"code": "maxlag", "info": "Waiting for 10.64.48.35: 6 seconds lagged.", "lag": 6}}
    httpserver.expect_oneshot_request("/w/api.php").respond_with_json(lagged, headers={"Retry-After": "5"})
    store = _store(tmp_path)
    api = httpserver.url_for("/w/api.php")
    result = cli("sources", "import", "wikidata", "Ron Dermer", "--into", store, "--api", api)
    assert result.status == 0, result.err
    assert (store / "wikidata" / "Q2904131.yaml").exists()


def test_an_api_error_is_one_line_naming_its_code(cli, tmp_path, httpserver: HTTPServer):
    refused = {"error": {"code": "no-such-entity", "info": 'Could not find an entity with the ID "Q0".'}}
    httpserver.expect_request("/w/api.php").respond_with_json(refused)
    store = _store(tmp_path)
    result = cli("sources", "import", "wikidata", "Q5", "--into", store, "--api", httpserver.url_for("/w/api.php"))
    assert result.status == 2
    assert "wbgetentities answered error no-such-entity: Could not find an entity" in result.err
    assert list(store.iterdir()) == []
