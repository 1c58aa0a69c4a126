"""The whole check of one article as plain functions: read, load, extract, suggest.

The CLI and the app both call `prepare_check`, so what a user sees in either
is the same computation the tests exercise.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from claims.article import Article, read_article
from claims.check import check_claims
from claims.extract import Lexicon, Progress, extract_claims
from claims.model import Claim, Suggestion
from sources.batch import collection_paused
from sources.index import StoreIndex
from sources.model import Store
from sources.store import load_store


@dataclass(frozen=True, slots=True)
class CheckedArticle:
    """An article, the store it was checked against, its claims and a suggestion for each."""

    article: Article
    store: Store
    index: StoreIndex
    claims: list[Claim]
    suggestions: list[Suggestion]
    on: dt.date | None

    def suggestion_for(self, claim_id: str) -> Suggestion | None:
        for claim, suggestion in zip(self.claims, self.suggestions, strict=True):
            if claim.id == claim_id:
                return suggestion
        return None


def lexicon_for(index: StoreIndex | None) -> Lexicon:
    """The built-in lexicon, taught the register's titles and names when there is a store."""
    if index is None:
        return Lexicon()
    spellings = [spelling for person in index.store.people for spelling in person.spellings]
    return Lexicon().with_register(index.titles(), spellings)


def extract_article(path: Path | str, store_dir: Path | str | None = None) -> tuple[Article, list[Claim]]:
    """Read an article and extract its claims (a store, if given, extends the lexicon)."""
    article = read_article(path)
    index = StoreIndex(load_store(store_dir)) if store_dir is not None else None
    return article, extract_claims(article.text, lexicon_for(index))


def prepare_check(
    article_path: Path | str,
    store_dir: Path | str,
    on: dt.date | None = None,
    progress: Progress | None = None,
) -> CheckedArticle:
    """Read, load, extract and suggest; `on` overrides the article's own date."""
    article = read_article(article_path)
    with collection_paused():
        store = load_store(store_dir)
        index = StoreIndex(store)
        claims = extract_claims(article.text, lexicon_for(index), progress)
        day = on or article.date
        return CheckedArticle(article, store, index, claims, check_claims(claims, index, day), day)
