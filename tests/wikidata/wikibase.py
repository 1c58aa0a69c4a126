"""A stand-in for Wikidata's Action API on 127.0.0.1, answering in Wikidata's own JSON shapes.

The shapes follow real `wbsearchentities` and `wbgetentities` answers field for
field (as Wikibase client libraries record them in their test fixtures):
search results with `id`, `title`, `pageid`, `concepturi`, `repository`, `url`,
`display`, `label`, `description` and `match: {type, language, text}`; entities
with `pageid`, `ns`, `title`, `lastrevid`, `modified`, `type`, `id`, `labels`,
`descriptions`, `aliases`, `claims` and `sitelinks`, each statement with its
`mainsnak` (`snaktype`, `property`, `hash`, `datavalue: {value, type}`,
`datatype`), `type`, `id`, `rank` and, for offices, `qualifiers` keyed by
property with `qualifiers-order`; times as `{time: "+2023-01-00T00:00:00Z",
timezone, before, after, precision, calendarmodel}`. The people and offices are
written for these tests (ids included); only the shapes are Wikidata's.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from werkzeug import Request, Response

GREGORIAN = "http://www.wikidata.org/entity/Q1985727"
DAY, MONTH, YEAR = 11, 10, 9


def _hash(*parts: object) -> str:
    return hashlib.sha1(repr(parts).encode()).hexdigest()


def item_snak(prop: str, qid: str) -> dict[str, Any]:
    return {
        "snaktype": "value",
        "property": prop,
        "hash": _hash(prop, qid),
        "datavalue": {
            "value": {"entity-type": "item", "numeric-id": int(qid[1:]), "id": qid},
            "type": "wikibase-entityid",
        },
        "datatype": "wikibase-item",
    }


def time_snak(prop: str, when: str, precision: int) -> dict[str, Any]:
    """`when` as Wikibase writes it at that precision: 2023-01-00 for a month, 1988-00-00 for a year."""
    return {
        "snaktype": "value",
        "property": prop,
        "hash": _hash(prop, when, precision),
        "datavalue": {
            "value": {
                "time": f"+{when}T00:00:00Z",
                "timezone": 0,
                "before": 0,
                "after": 0,
                "precision": precision,
                "calendarmodel": GREGORIAN,
            },
            "type": "time",
        },
        "datatype": "time",
    }


def unknown_snak(prop: str) -> dict[str, Any]:
    return {"snaktype": "somevalue", "property": prop, "hash": _hash(prop, "somevalue"), "datatype": "time"}


def statement(
    subject: str, snak: dict[str, Any], qualifiers: list[dict[str, Any]] = (), rank: str = "normal"
) -> dict[str, Any]:  # type: ignore[assignment]
    found: dict[str, Any] = {"mainsnak": snak, "type": "statement"}
    if qualifiers:
        grouped: dict[str, list[dict[str, Any]]] = {}
        for qualifier in qualifiers:
            grouped.setdefault(qualifier["property"], []).append(qualifier)
        found["qualifiers"] = grouped
        found["qualifiers-order"] = list(grouped)
    found["id"] = f"{subject}${_hash(subject, snak['hash'])[:8]}-0000-4000-8000-{_hash(snak['hash'])[:12]}"
    found["rank"] = rank
    return found


def office(
    subject: str,
    position: str,
    start: tuple[str, int] | None = None,
    end: tuple[str, int] | str | None = None,
    rank: str = "normal",
) -> dict[str, Any]:
    qualifiers = []
    if start:
        qualifiers.append(time_snak("P580", *start))
    if end == "unknown":
        qualifiers.append(unknown_snak("P582"))
    elif isinstance(end, tuple):
        qualifiers.append(time_snak("P582", *end))
    return statement(subject, item_snak("P39", position), qualifiers, rank)


def entity(
    qid: str,
    labels: dict[str, str],
    descriptions: dict[str, str] | None = None,
    aliases: dict[str, list[str]] | None = None,
    claims: dict[str, list[dict[str, Any]]] | None = None,
    revision: int = 2_000_000_000,
) -> dict[str, Any]:
    return {
        "pageid": int(qid[1:]) % 100_000_000 + 1000,
        "ns": 0,
        "title": qid,
        "lastrevid": revision,
        "modified": "2026-10-01T12:00:00Z",
        "type": "item",
        "id": qid,
        "labels": {lang: {"language": lang, "value": value} for lang, value in labels.items()},
        "descriptions": {lang: {"language": lang, "value": value} for lang, value in (descriptions or {}).items()},
        "aliases": {lang: [{"language": lang, "value": v} for v in values] for lang, values in (aliases or {}).items()},
        "claims": claims or {},
        "sitelinks": {},
    }


def human(
    qid: str,
    name: str,
    description: str,
    offices: list[tuple[Any, ...]] = (),
    labels: dict[str, str] | None = None,
    aliases: dict[str, list[str]] | None = None,
    revision: int = 2_000_000_000,
) -> dict[str, Any]:  # type: ignore[assignment]
    claims: dict[str, list[dict[str, Any]]] = {"P31": [statement(qid, item_snak("P31", "Q5"))]}
    if offices:
        claims["P39"] = [office(qid, *spec) for spec in offices]
    return entity(qid, {"en": name, **(labels or {})}, {"en": description}, aliases, claims, revision)


def position(qid: str, name: str, jurisdiction: str | None = None, country: str | None = None) -> dict[str, Any]:
    claims: dict[str, list[dict[str, Any]]] = {"P31": [statement(qid, item_snak("P31", "Q4164871"))]}
    if jurisdiction:
        claims["P1001"] = [statement(qid, item_snak("P1001", jurisdiction))]
    if country:
        claims["P17"] = [statement(qid, item_snak("P17", country))]
    return entity(qid, {"en": name}, {"en": "position"}, None, claims)


ISRAEL, USA = "Q801", "Q30"


def world() -> dict[str, dict[str, Any]]:
    """The items the tests look up: the seed article's people, namesakes, someone with no office."""
    items = [
        entity(ISRAEL, {"en": "Israel", "he": "ישראל"}, {"en": "country in Western Asia"}),
        entity(
            USA,
            {"en": "United States"},
            {"en": "country in North America"},
            {"en": ["USA", "United States of America"]},
        ),
        position("Q90001", "National Security Advisor of Israel", jurisdiction=ISRAEL),
        position("Q90002", "member of the Knesset", jurisdiction=ISRAEL),
        position("Q90003", "Minister of Justice of Israel", country=ISRAEL),
        position("Q90004", "Prime Minister of Israel", jurisdiction=ISRAEL),
        position("Q90005", "Minister of Strategic Affairs", country=ISRAEL),
        position("Q90006", "Ambassador of Israel to the United States", country=ISRAEL),
        position("Q90007", "President of the United States", jurisdiction=USA),
        position("Q90008", "Vice President of the United States", jurisdiction=USA),
        position("Q90009", "Minister of Defense of Israel", jurisdiction=ISRAEL),
        position("Q90010", "Mayor of Springfield"),
        human(
            "Q1332869",
            "Tzachi Hanegbi",
            "Israeli politician",
            [
                ("Q90002", ("1988-00-00", YEAR), ("2023-00-00", YEAR)),
                ("Q90003", ("1996-06-18", DAY), ("1999-07-06", DAY)),
                ("Q90001", ("2023-01-00", MONTH)),
            ],
            labels={"he": "צחי הנגבי", "de": "Tzachi Hanegbi", "fr": "Tzachi Hanegbi", "pl": "Cachi Hanegbi"},
            aliases={"en": ["Tzahi Hanegbi", "Hanegbi"], "ru": ["Цахи Ханегби"], "de": ["Tzachi Hanegbi (Politiker)"]},
            revision=2_301_234_567,
        ),
        human(
            "Q43723",
            "Benjamin Netanyahu",
            "Prime Minister of Israel",
            [
                ("Q90004", ("1996-06-18", DAY), ("1999-07-06", DAY)),
                ("Q90004", ("2009-03-31", DAY), ("2021-06-13", DAY)),
                ("Q90004", ("2022-12-29", DAY)),
            ],
            labels={"he": "בנימין נתניהו"},
            aliases={"en": ["Bibi Netanyahu", "Bibi", "Binyamin Netanyahu"]},
        ),
        human(
            "Q2904131",
            "Ron Dermer",
            "Israeli diplomat and politician",
            [("Q90006", ("2013-12-00", MONTH), ("2021-01-00", MONTH)), ("Q90005", ("2022-12-29", DAY))],
        ),
        human(
            "Q6279",
            "Joe Biden",
            "president of the United States from 2021 to 2025",
            [
                ("Q90008", ("2009-01-20", DAY), ("2017-01-20", DAY)),
                ("Q90007", ("2021-01-20", DAY), ("2025-01-20", DAY)),
            ],
            aliases={"en": ["Joseph Robinette Biden Jr.", "Joseph R. Biden"]},
        ),
        human("Q100000001", "Joe Biden Sr.", "American businessman, father of Joe Biden"),
        human(
            "Q1365920",
            "Yoav Gallant",
            "Israeli general and politician",
            [("Q90009", ("2022-12-29", DAY), ("2024-11-05", DAY))],
        ),
        human("Q100000002", "John Smith", "English explorer", [("Q90010", ("1608-00-00", YEAR), ("1609-00-00", YEAR))]),
        human("Q100000003", "John Smith", "British Labour Party leader", [("Q90010", ("1992-00-00", YEAR), "unknown")]),
        human("Q100000004", "John Smith", "Australian cricketer"),
        entity(
            "Q100000005",
            {"en": "John Smith"},
            {"en": "Wikimedia disambiguation page"},
            None,
            {"P31": [statement("Q100000005", item_snak("P31", "Q4167410"))]},
        ),
        human("Q100000006", "Noa Kirel", "Israeli singer"),
    ]
    return {item["id"]: item for item in items}


def _starts_a_word(wanted: str, text: str) -> bool:
    """As Wikidata's search: the words typed begin the label or one of its words ("Obama" finds "Barack Obama")."""
    folded = text.casefold()
    return folded.startswith(wanted) or f" {wanted}" in folded


@dataclass
class FakeWikibase:
    """Answers `wbsearchentities` (prefix match on labels and aliases in the language) and `wbgetentities`."""

    entities: dict[str, dict[str, Any]] = field(default_factory=world)
    requests: list[dict[str, str]] = field(default_factory=list)

    def __call__(self, request: Request) -> Response:
        params = dict(request.args)
        self.requests.append(params)
        if params.get("action") == "wbsearchentities":
            return self._json(self.search(params))
        if params.get("action") == "wbgetentities":
            return self._json(self.get(params))
        return self._json({"error": {"code": "badvalue", "info": 'Unrecognized value for parameter "action".'}})

    def search(self, params: dict[str, str]) -> dict[str, Any]:
        wanted, language = params["search"].casefold(), params.get("language", "en")
        results = []
        for item in self.entities.values():
            label = item["labels"].get(language, {}).get("value", "")
            spellings = [("label", label)] + [("alias", a["value"]) for a in item["aliases"].get(language, [])]
            hit = next(((kind, text) for kind, text in spellings if text and _starts_a_word(wanted, text)), None)
            if hit is None:
                continue
            description = item["descriptions"].get(language, {}).get("value", "")
            results.append(
                {
                    "id": item["id"],
                    "title": item["id"],
                    "pageid": item["pageid"],
                    "concepturi": f"http://www.wikidata.org/entity/{item['id']}",
                    "repository": "wikidata",
                    "url": f"//www.wikidata.org/wiki/{item['id']}",
                    "display": {
                        "label": {"value": label, "language": language},
                        "description": {"value": description, "language": language},
                    },
                    "label": label,
                    "description": description,
                    "match": {"type": hit[0], "language": language, "text": hit[1]},
                }
            )
        return {
            "searchinfo": {"search": params["search"]},
            "search": results[: int(params.get("limit", 7))],
            "success": 1,
        }

    def get(self, params: dict[str, str]) -> dict[str, Any]:
        props = set(params.get("props", "info|sitelinks|aliases|labels|descriptions|claims|datatype").split("|"))
        languages = set(params["languages"].split("|")) if "languages" in params else None
        found: dict[str, Any] = {}
        for qid in params["ids"].split("|"):
            item = self.entities.get(qid)
            if item is None:
                found[qid] = {"id": qid, "missing": ""}
                continue
            shown = {"type": item["type"], "id": qid}
            if "info" in props:
                shown = {k: item[k] for k in ("pageid", "ns", "title", "lastrevid", "modified")} | shown
            for prop in ("labels", "descriptions", "aliases"):
                if prop in props:
                    shown[prop] = {k: v for k, v in item[prop].items() if languages is None or k in languages}
            if "claims" in props:
                shown["claims"] = item["claims"]
            found[qid] = shown
        return {"entities": found, "success": 1}

    @staticmethod
    def _json(payload: dict[str, Any]) -> Response:
        return Response(json.dumps(payload, ensure_ascii=False), content_type="application/json; charset=utf-8")
