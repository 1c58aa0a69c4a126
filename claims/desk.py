"""The whole check of one article as plain functions: read, load, extract, suggest.

The CLI calls `prepare_check` (everything at once). The app calls
`prepare_claims` (read, load, extract: fast) and then `suggest_in_batches`
(index the store and check every claim) in the background, so the desk opens
before the slow part is done. Both run the same code the tests exercise.

While the checker works in its thread, the reviewer may add a source from the
UI thread (`add_source`): the article's `guard` lets that happen only between
two batches, so no batch reads an index that is being changed under it (its
look-up cache would keep results from before the source was added).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from factdesk.base.errors import FactdeskError
from factdesk.claims.article import Article, read_article
from factdesk.claims.check import suggest
from factdesk.claims.dates import CHECKABLE_RANGE, checkable
from factdesk.claims.extract import Lexicon, Progress, extract_claims
from factdesk.claims.model import Claim, Suggestion
from factdesk.sources.authoring import save_source
from factdesk.sources.index import StoreIndex
from factdesk.sources.model import Source, Store
from factdesk.sources.store import load_store


@dataclass(slots=True)
class CheckedArticle:
    """An article, the store it is checked against, its claims and (once checked) a suggestion for each.

    `index` is None and `suggestions` holds None until `suggest_in_batches` has run.
    """

    article: Article
    store: Store
    index: StoreIndex | None
    claims: list[Claim]
    suggestions: list[Suggestion | None]
    on: dt.date | None
    guard: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def all_suggestions(self) -> list[Suggestion]:
        """Every claim's suggestion, in claim order; only once checking has run to the end (`prepare_check`)."""
        made = [suggestion for suggestion in self.suggestions if suggestion is not None]
        if len(made) != len(self.suggestions):
            raise RuntimeError("not every claim has been checked yet")
        return made


def lexicon_for(store: Store | None) -> Lexicon:
    """The built-in lexicon, taught the register's titles and names when there is a store."""
    if store is None:
        return Lexicon()
    spellings = [spelling for person in store.people for spelling in person.spellings]
    titles = {role.title for person in store.people for role in person.roles}
    return Lexicon().with_register(titles, spellings)


def extract_article(
    path: Path | str, store_dir: Path | str | None = None, progress: Progress | None = None
) -> tuple[Article, list[Claim]]:
    """Read an article and extract its claims (a store, if given, extends the lexicon)."""
    article = read_article(path)
    store = load_store(store_dir) if store_dir is not None else None
    return article, extract_claims(article.text, lexicon_for(store), progress)


def prepare_claims(
    article: Article | Path | str,
    store_dir: Path | str,
    on: dt.date | None = None,
    progress: Progress | None = None,
) -> CheckedArticle:
    """Read the article (unless given one already read), load the store and extract the claims.

    `on` overrides the article's own date.
    """
    article = article if isinstance(article, Article) else read_article(article)
    if on is not None and not checkable(on):
        raise FactdeskError(
            article.path, f"the date {on.isoformat()} is outside the dates factdesk can check ({CHECKABLE_RANGE})"
        )
    store = load_store(store_dir)
    claims = extract_claims(article.text, lexicon_for(store), progress)
    return CheckedArticle(article, store, None, claims, [None] * len(claims), on or article.date)


def suggest_in_batches(checked: CheckedArticle, batch: int = 250) -> Iterator[tuple[int, list[Suggestion]]]:
    """Index the store, then yield (first position, suggestions) batch by batch, filling `checked` as it goes."""
    with checked.guard:
        index = StoreIndex(checked.store)
        checked.index = index
    for start in range(0, len(checked.claims), batch):
        with checked.guard:  # a source the reviewer adds waits for this batch, at most a fraction of a second
            found = [suggest(claim, index, checked.on) for claim in checked.claims[start : start + batch]]
            checked.suggestions[start : start + len(found)] = found
        yield start, found


def add_source(checked: CheckedArticle, source: Source) -> Path:
    """Save a source the reviewer wrote into its own file in the store and make it searchable at once.

    Called from the UI thread while the checker may be working in another: it waits for the batch in
    flight. Raises `SourceFormError` if the file cannot be written (nothing is added then).
    """
    with checked.guard:
        path = save_source(checked.store, source)
        if checked.index is not None:
            checked.index.add_source(source)
    return path


def reload_store(checked: CheckedArticle) -> None:
    """Read the store again (after someone edited it); suggestions must then be made again."""
    store = load_store(checked.store.root)
    with checked.guard:
        checked.index = None
        checked.store = store
        checked.suggestions[:] = [None] * len(checked.claims)


def prepare_check(
    article_path: Path | str,
    store_dir: Path | str,
    on: dt.date | None = None,
    progress: Progress | None = None,
    check_progress: Progress | None = None,
) -> CheckedArticle:
    """Read, load, extract and suggest, all at once (`progress` for extraction, `check_progress` for checking)."""
    checked = prepare_claims(article_path, store_dir, on, progress)
    total = len(checked.claims)
    for start, found in suggest_in_batches(checked):
        if check_progress is not None:
            check_progress(start + len(found), total)
    return checked
