"""What `w` on the desk does around the dialog: which name, which importer, and what follows an import."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factdesk.base.web import WebSettings
from factdesk.claims.unregistered import claimed_name
from factdesk.sources.wikidata.api import WikibaseClient, api_address
from factdesk.sources.wikidata.importer import ImportResult, WikidataImporter
from factdesk.tui.screens.wikidata_lookup import WikidataLookupScreen

if TYPE_CHECKING:
    from factdesk.tui.screens.review import ReviewScreen


def open_lookup(screen: ReviewScreen) -> None:
    """Open the look-up for the current person or role claim; say why not for any other claim."""
    record = screen.current()
    name = claimed_name(record.claim) if record else None
    if not name:
        screen.app.notify("Move to a person or role claim to look the person up.", markup=False)
        return
    store = screen.session.checked.store.root
    client = WikibaseClient(api_address(), WebSettings.from_environment())
    importer = WikidataImporter(client, store)

    def done(result: ImportResult | None) -> None:
        screen.table.focus()
        if result is None or result.path is None or result.person is None:
            if result is not None and result.reason:
                screen.app.notify(result.reason, markup=False, severity="warning")
            return
        verb = "Imported" if result.created else "Updated"
        screen.app.notify(f"{verb} {result.person.name} ({result.person.qid}) into {result.path}", markup=False)
        screen.action_reload_store()  # the register changed: every claim about them is checked again

    screen.app.push_screen(WikidataLookupScreen(name, importer), done)
