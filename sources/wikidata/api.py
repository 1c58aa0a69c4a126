"""The Wikibase Action API, read-only: `wbsearchentities` and `wbgetentities`, batched and polite.

Every request carries `maxlag` (Wikimedia's etiquette for automated clients) and
goes through `base.web.fetch` (User-Agent, timeout, retries on 429/503, cache).
An answer that is not JSON, or not shaped as the API answers, is a `FetchError`
naming the address and, for broken JSON, the line and column; it is dropped from
the cache so that a later run asks again.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from factdesk.base.web import FetchError, WebSettings, fetch, forget

DEFAULT_API = "https://www.wikidata.org/w/api.php"
BATCH = 50  # wbgetentities takes at most 50 ids at a time
MAXLAG = "5"
MAXLAG_TRIES = 4

Entity = dict[str, Any]


def api_address(explicit: str | None = None) -> str:
    """`--api`, else `$FACTDESK_WIKIDATA_API`, else Wikidata's own API."""
    return explicit or os.environ.get("FACTDESK_WIKIDATA_API", "").strip() or DEFAULT_API


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One `wbsearchentities` result: the item, its label and description, and the text that matched."""

    qid: str
    label: str
    description: str
    matched: str


class WikibaseClient:
    """Searches and fetches entities from one Wikibase API in one language."""

    def __init__(self, api: str, settings: WebSettings, language: str = "en") -> None:
        self.api = api
        self.settings = settings
        self.language = language

    def search(self, name: str, limit: int = 10) -> list[SearchHit]:
        """Items whose label or alias matches `name`, best first, as the API ranks them."""
        answer = self._get(
            {
                "action": "wbsearchentities",
                "search": name,
                "language": self.language,
                "uselang": self.language,
                "type": "item",
                "limit": str(limit),
            }
        )
        found = answer.get("search")
        if not isinstance(found, list):
            raise FetchError(self.api, "wbsearchentities answered without a 'search' list")
        hits = []
        for hit in found:
            if isinstance(hit, dict) and isinstance(hit.get("id"), str):
                _check_id(self.api, "wbsearchentities", hit["id"])
                match = hit["match"] if isinstance(hit.get("match"), dict) else {}
                hits.append(
                    SearchHit(
                        hit["id"],
                        _text(hit.get("label")),
                        _text(hit.get("description")),
                        _text(match.get("text")) or _text(hit.get("label")),
                    )
                )
        return hits

    def entities(self, ids: Iterable[str], props: str, *, all_languages: bool = False) -> dict[str, Entity]:
        """The entities with these ids (missing ones left out), fetched 50 at a time."""
        wanted = list(dict.fromkeys(ids))
        found: dict[str, Entity] = {}
        for start in range(0, len(wanted), BATCH):
            params = {"action": "wbgetentities", "ids": "|".join(wanted[start : start + BATCH]), "props": props}
            if not all_languages:
                params |= {"languages": self.language, "languagefallback": "1"}
            answer = self._get(params)
            entities = answer.get("entities")
            if not isinstance(entities, dict):
                raise FetchError(self.api, "wbgetentities answered without an 'entities' mapping")
            for qid, entity in entities.items():
                if isinstance(entity, dict) and "missing" not in entity:
                    found[_check_id(self.api, "wbgetentities", str(entity.get("id", qid)))] = entity
        return found

    def _get(self, params: dict[str, str]) -> dict[str, Any]:
        params = {**params, "format": "json", "maxlag": MAXLAG}
        for attempt in range(MAXLAG_TRIES + 1):
            body = fetch(self.api, self.settings, params)
            answer = self._decode(body, params)
            error = answer.get("error")
            if not isinstance(error, dict):
                return answer
            forget(self.api, self.settings, params)
            if error.get("code") == "maxlag" and attempt < MAXLAG_TRIES:
                self.settings.sleep(min(self.settings.backoff * 2**attempt, self.settings.longest_wait))
                continue
            raise FetchError(
                self.api, f"{params['action']} answered error {_text(error.get('code'))}: {_text(error.get('info'))}"
            )
        raise AssertionError("unreachable")  # the loop returns or raises

    def _decode(self, body: bytes, params: dict[str, str]) -> dict[str, Any]:
        try:
            answer = json.loads(body.decode("utf-8"))
        except UnicodeDecodeError as error:
            forget(self.api, self.settings, params)
            raise FetchError(self.api, f"{params['action']}: the answer is not UTF-8 (byte {error.start})") from None
        except json.JSONDecodeError as error:
            forget(self.api, self.settings, params)
            raise FetchError(
                self.api, f"{params['action']}: the answer is not JSON: {error.msg}", error.lineno, error.colno
            ) from None
        if not isinstance(answer, dict):
            forget(self.api, self.settings, params)
            raise FetchError(self.api, f"{params['action']}: the answer is JSON but not an object")
        return answer


# An item's id as Wikibase gives it. It becomes a file name (STORE/wikidata/Q42.yaml) and a store id, so an
# answer with any other id ("../../other/Q1", "/etc/x") is a broken or hostile server's, refused whole.
_ITEM_ID = re.compile(r"Q[1-9]\d{0,11}\Z")


def _check_id(api: str, action: str, item_id: str) -> str:
    if not _ITEM_ID.match(item_id):
        raise FetchError(api, f"{action} answered an item id that is not a QID: {item_id!r}; nothing was written")
    return item_id


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""
