"""`w` on the desk: look the claim's person up on Wikidata, choose among the candidates, import with Enter.

The look-up runs in a thread worker behind a loading indicator (the network may
be slow); the candidates (name, description, QID, first offices: text from the
web, shown literally) fill an option list; Enter writes the chosen person to
`STORE/wikidata/QID.yaml` in a worker too, and the dialog closes with the result
so the desk can reload the store and check the claims again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from factdesk.base.errors import FactdeskError
from factdesk.base.web import WebSettings
from factdesk.claims.model import Claim
from factdesk.claims.unregistered import claimed_name
from factdesk.sources.wikidata.api import WikibaseClient, api_address
from factdesk.sources.wikidata.importer import Candidate, ImportResult, WikidataImporter
from factdesk.tui.safe import flat
from factdesk.tui.screens.dialog import DialogScreen
from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Label, LoadingIndicator, OptionList
from textual.widgets.option_list import Option


class WikidataLookupScreen(DialogScreen[ImportResult | None]):
    """Candidates for one name; dismisses with the import's result, or None if closed without one."""

    BINDINGS = [Binding("escape", "cancel", "Close")]

    def __init__(self, name: str, importer: WikidataImporter) -> None:
        super().__init__()
        self.person_name = name
        self.importer = importer
        self.candidates: list[Candidate] = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="wikidata-lookup"):
            yield Label(Text(f"Wikidata: {flat(self.person_name)}", style="bold"), markup=False)
            yield LoadingIndicator(id="wikidata-loading")
            yield OptionList(id="wikidata-candidates", markup=False)
            yield Label(Text("Looking up …", style="dim"), id="wikidata-status", markup=False)

    def first_focus(self) -> Widget:
        return self.query_one(OptionList)

    def opened(self) -> None:
        self.look_up()

    def _status(self, text: str) -> None:
        self.query_one("#wikidata-status", Label).update(Text(flat(text), style="dim"))

    @work(thread=True, exclusive=True, group="wikidata")
    def look_up(self) -> None:
        try:
            found = self.importer.candidates(self.person_name)
        except FactdeskError as error:
            self.app.call_from_thread(self._failed, str(error))
            return
        self.app.call_from_thread(self._show, found)

    def _show(self, found: list[Candidate]) -> None:
        self.query_one(LoadingIndicator).display = False
        self.candidates = found
        options = self.query_one(OptionList)
        options.add_options(Option(Text(flat(candidate.describe())), id=candidate.qid) for candidate in found)
        if found:
            options.highlighted = 0
            self._status("enter imports the highlighted person · escape closes")
        else:
            self._status(f"Wikidata has no person named {self.person_name!r} · escape closes")

    def _failed(self, message: str) -> None:
        self.query_one(LoadingIndicator).display = False
        self._status(message)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        chosen = next((c for c in self.candidates if c.qid == event.option.id), None)
        if chosen is not None:
            self.query_one(LoadingIndicator).display = True
            self._status(f"Importing {chosen.person.name} …")
            self.write(chosen)

    @work(thread=True, exclusive=True, group="wikidata")
    def write(self, chosen: Candidate) -> None:
        try:
            result = self.importer.write(ImportResult(self.person_name, person=chosen.person))
        except FactdeskError as error:
            self.app.call_from_thread(self._failed, str(error))
            return
        self.app.call_from_thread(self.close, result)

    def action_cancel(self) -> None:
        self.close(None)


def open_lookup(
    app: App[object], claim: Claim | None, store: Path, check_again: Callable[[], None], refocus: Callable[[], None]
) -> None:
    """Open the look-up for a person or role claim; after an import, `check_again` (the store changed)."""
    name = claimed_name(claim) if claim else None
    if not name:
        app.notify("Move to a person or role claim to look the person up.", markup=False)
        return
    importer = WikidataImporter(WikibaseClient(api_address(), WebSettings.from_environment()), store)

    def done(result: ImportResult | None) -> None:
        refocus()
        if result is None or result.path is None or result.person is None:
            if result is not None and result.reason:
                app.notify(result.reason, markup=False, severity="warning")
            return
        verb = "Imported" if result.created else "Updated"
        app.notify(f"{verb} {result.person.name} ({result.person.qid}) into {result.path}", markup=False)
        check_again()  # every claim about them is checked against the new register entry

    app.push_screen(WikidataLookupScreen(name, importer), done)
