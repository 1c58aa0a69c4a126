"""The desk's work with the store and the outside: evidence, the store browser, new sources, the
article's date, reloading, and reports. A mixin of `ReviewScreen`, kept apart so each reads in one sitting.

Linking or adding evidence checks the claim again at once (`claims.check.linked.recheck`), so the panel
never says "no source in the store says this" above the source just linked.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from factdesk.claims.check.linked import recheck
from factdesk.claims.desk import add_source
from factdesk.claims.report import report_destination, write_report
from factdesk.claims.report.config import load_publisher
from factdesk.claims.review import ReviewSession
from factdesk.sources.authoring import new_source
from factdesk.sources.errors import FactdeskError
from factdesk.tui.safe import printable
from factdesk.tui.screens.confirm import ConfirmScreen
from factdesk.tui.screens.entries import evidence_entries, store_entries, store_title
from factdesk.tui.screens.forms import DateScreen, ExportScreen, SourceForm
from factdesk.tui.screens.pick import PickScreen
from factdesk.tui.screens.source_from_url import AddSourceFromUrlScreen
from factdesk.tui.screens.store_entry import StoreEntryScreen
from factdesk.tui.screens.wikidata_lookup import open_lookup
from factdesk.tui.widgets.article_view import ArticleView


class StoreActions:
    """e, s, A, t, ctrl+r and x: mixed into `ReviewScreen`, whose session, list and helpers they use
    (`current`, `store_ready`, `_run`, `after_change`, `update_title`, `update_status`)."""

    session: ReviewSession
    checking: tuple[int, int] | None
    drafts: dict[str, dict[str, str]]

    def link_evidence(self, claim_id: str, store_id: str) -> None:
        """Link (or unlink) a store entry to a claim and check the claim again with it."""
        record = self.session.records[claim_id]
        linked = [item for item in record.mark.evidence if item != store_id]
        if store_id not in record.mark.evidence:
            linked.append(store_id)
        index = self.session.checked.index
        if index is not None:  # set before the link is saved, so the file has the fresh suggestion with it
            record.suggestion = recheck(record.claim, index, self.session.checked.on, tuple(linked))
            self.table.show_suggestion(record)
        self._run(lambda: self.session.toggle_evidence(claim_id, store_id))
        self.after_change(claim_id)

    def action_evidence(self) -> None:
        record = self.current()
        if record is None or not self.store_ready():
            return
        claim_id = record.claim.id
        self.app.push_screen(
            PickScreen(
                "Link or unlink evidence",
                lambda query: evidence_entries(self.session, claim_id, query),
                "enter links or unlinks · type to search the whole store · escape closes",
                keep_open=True,
                on_choose=lambda store_id: self.link_evidence(claim_id, store_id),
            ),
            lambda _: self.table.focus(),
        )

    def action_store(self) -> None:
        """The store, listed by kind with counts; type to search it; enter shows an entry in full."""
        if not self.store_ready():
            return
        index = self.session.checked.index
        assert index is not None
        record = self.current()
        picker: PickScreen | None = None

        def show_entry(value: str) -> None:
            linked = record is not None and value in self.session.records[record.claim.id].mark.evidence

            def done(link: bool | None) -> None:
                if link and record is not None and picker is not None:
                    self.link_evidence(record.claim.id, value)
                    self.app.notify(
                        f"{'Unlinked' if linked else 'Linked'} {value} "
                        f"{'from' if linked else 'to'} “{record.claim.text}”; checked again",
                        markup=False,
                    )
                    picker.close(None)

            text = record.claim.text if record is not None else None
            self.app.push_screen(StoreEntryScreen(index.store, value, text, linked), done)

        picker = PickScreen(
            store_title(index.store),
            lambda query: store_entries(index, query),
            "type a name, title, publisher or position · enter shows it",
            keep_open=True,
            on_choose=show_entry,
        )
        self.app.push_screen(picker, lambda _: self.table.focus())

    def action_add_source(self) -> None:
        if not self.store_ready():
            return
        article_view = self.query_one(ArticleView)
        selected = article_view.selected_span()
        excerpt = selected[2] if selected and self.focused is article_view else ""
        record = self.current()
        draft = self.drafts.get("source")  # kept when the desk was stopped: the desk said A opens it
        if draft is not None:
            excerpt = ""
            record = self.session.records.get(draft.get("claim", ""), record)
        added: list[tuple[str, str]] = []

        def add(form: SourceForm) -> None:
            """Save the typed source (raises, and the form stays open, if it cannot be)."""
            store = self.session.checked.store
            source = new_source(
                store,
                source_id=form.source_id,
                title=form.title,
                publisher=form.publisher,
                excerpt=form.excerpt,
                url=form.url,
                date=form.date,
            )
            path = add_source(self.session.checked, source)  # between two of the checker's batches
            added.append((source.id, str(path)))

        def done(_: SourceForm | None) -> None:
            if draft is not None:
                self.drop_draft("source")  # added, or left by the reviewer when asked
            # Told here, on the desk: a toast mounted on the dialog as it closes would hold up its removal.
            for source_id, path in added:
                if record is not None:
                    self.link_evidence(record.claim.id, source_id)
                    self.app.notify(f"Added {source_id} to {path}; linked to the claim and checked again", markup=False)
                else:
                    self.app.notify(f"Added {source_id} to {path}", markup=False)
            self.table.focus()

        form = AddSourceFromUrlScreen(add, excerpt, self.session.checked.store, draft)
        form.for_claim = record.claim.id if record is not None else ""
        self.app.push_screen(form, done)

    def action_wikidata(self) -> None:
        """Look the current claim's person up on Wikidata; an import reloads the store and checks again."""
        record = self.current()
        store = self.session.checked.store.root
        open_lookup(self.app, record.claim if record else None, store, self.action_reload_store, self.table.focus)

    def action_set_date(self) -> None:
        """Set the article's date (as --date does) and check every claim again as of it."""

        def done(day: dt.date | None) -> None:
            self.table.focus()
            if day is None or day == self.session.checked.on:
                return
            self.session.checked.on = day
            self._run(self.session.save)  # the review file records the date the claims were checked as of
            self.update_title()
            self.checking = (0, len(self.session.checked.claims))
            self.update_status()
            self.app.check(self.session)  # type: ignore[attr-defined]
            self.app.notify(f"Checking every claim again as of {day.isoformat()}", markup=False)

        self.app.push_screen(DateScreen(self.session.checked.on), done)

    def action_reload_store(self) -> None:
        """Read the store again after it was edited on disk, and re-make every suggestion."""
        self.checking = (0, len(self.session.checked.claims))
        self.update_status()
        self.app.check(self.session, reload=True)  # type: ignore[attr-defined]

    def action_export(self) -> None:
        stem = str(self.session.checked.article.path)

        def done(result: tuple[str, str] | None) -> None:
            self.table.focus()
            if result is None:
                return
            report_format, target = result
            try:
                destination = report_destination(target, self.session.to_review_document())
            except FactdeskError as error:
                self.app.notify(printable(str(error)), title="Not exported", severity="error", markup=False)
                return
            if destination is None or not destination.exists():
                self.export(report_format, target, replace=False)
                return
            when = dt.datetime.fromtimestamp(destination.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
            self.app.push_screen(
                ConfirmScreen(
                    f"{target} already exists",
                    f"{destination} ({destination.stat().st_size} bytes, changed {when}) would be replaced "
                    "by the report.",
                    "replace it",
                    "keep it (export again under another name)",
                ),
                lambda replace: self.export(report_format, target, replace=True) if replace else None,
            )

        self.app.push_screen(ExportScreen(stem), done)

    def export(self, report_format: str, target: str, *, replace: bool) -> None:
        """Write the report; without `replace`, a file that appeared at `target` meanwhile is kept."""
        try:
            publisher = load_publisher(None, None, None)
            document = self.session.to_review_document()
            write_report(document, report_format, Path(target), publisher=publisher, replace=replace)
        except FactdeskError as error:
            self.app.notify(printable(str(error)), title="Not exported", severity="error", markup=False)
            return
        self.app.notify(f"Report written to {target}", markup=False)
