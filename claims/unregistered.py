"""The people an article names who are not in the store's register: what an import should look up.

Uses factdesk's own extractor (person and role claims) and the checker's own
`resolve`, so "missing" means exactly what the desk shows as "not in the
register". Only full names (two words or more) are returned: a bare surname
("Gallant") is a mention of someone named in full elsewhere, or too vague to look up.
"""

from __future__ import annotations

from pathlib import Path

from factdesk.claims.article import read_article
from factdesk.claims.check.register_names import resolve
from factdesk.claims.desk import lexicon_for
from factdesk.claims.extract import extract_claims
from factdesk.claims.model import Claim, ClaimKind
from factdesk.sources.index import StoreIndex
from factdesk.sources.model import Store


def claimed_name(claim: Claim) -> str | None:
    """The person a person or role claim is about, else None."""
    if claim.kind is ClaimKind.PERSON:
        return claim.fields.get("name")
    if claim.kind is ClaimKind.ROLE:
        return claim.fields.get("person")
    return None


def unregistered_names(claims: list[Claim], store: Store) -> list[str]:
    """Full names the claims are about that the register does not know, in order of first mention."""
    index = StoreIndex(store)
    found: dict[str, None] = {}
    for claim in claims:
        name = claimed_name(claim)
        if not name or len(name.split()) < 2 or name in found:
            continue
        if resolve(index, name) is None:
            found[name] = None
    return list(found)


def unregistered_in_article(article: Path, store: Store) -> list[str]:
    """Read and extract `article`, and return the full names it gives that `store` does not know."""
    text = read_article(article).text
    return unregistered_names(extract_claims(text, lexicon_for(store)), store)
