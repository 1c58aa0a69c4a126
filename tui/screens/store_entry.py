"""One store entry in full (from the `s` browser): a person's spellings and every title with its term,
a source's details and every excerpt, a vote's outcome, tally and positions; `l` links it to the claim."""

from __future__ import annotations

from factdesk.sources.model import Store
from factdesk.tui.safe import printable
from factdesk.tui.screens.dialog import DialogScreen
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static


def _where(store: Store, path: object, line: int) -> str:
    shown = str(path)
    root = str(store.root)
    return f"{shown[len(root) + 1 :] if shown.startswith(root + '/') else shown}:{line}"


def entry_text(store: Store, value: str) -> Text:
    """The entry named by an evidence id ('person:NAME', 'vote:ID' or a source id), every field of it."""
    out = Text()

    def row(label: str, value: object) -> None:
        if value:
            out.append(f"{label:>13}  ", style="bold")
            out.append(printable(str(value)) + "\n")

    if value.startswith("person:"):
        name = value.removeprefix("person:")
        person = next((p for p in store.people if p.name == name), None)
        if person is None:
            return Text(f"{name}: no longer in the store", style="italic red")
        out.append(printable(person.name) + "\n", style="bold")
        row("also spelled", ", ".join(person.aliases))
        row("who", person.disambiguation)
        for role in person.roles:
            row("title", role.describe() + (f" · source {role.source}" if role.source else ""))
        row("written in", _where(store, person.origin.path, person.origin.line))
        return out
    if value.startswith("vote:"):
        vote = store.votes.get(value.removeprefix("vote:"))
        if vote is None:
            return Text(f"{value}: no longer in the store", style="italic red")
        out.append(printable(vote.measure) + "\n", style="bold")
        row("id", vote.id)
        row("body", vote.body)
        row("date", vote.date_written)
        row("outcome", vote.outcome.value)
        row("tally", vote.tally.describe() if vote.tally else None)
        for actor, position in vote.positions:
            row("position", f"{actor}: {position.value}")
        row("source", vote.source)
        row("written in", _where(store, vote.origin.path, vote.origin.line))
        return out
    source = store.sources.get(value)
    if source is None:
        return Text(f"{value}: no longer in the store", style="italic red")
    out.append(printable(source.title) + "\n", style="bold")
    row("id", source.id)
    row("publisher", source.publisher)
    row("date", source.date.isoformat() if source.date else source.date_written)
    row("url", source.url)
    row("type", source.type.value if source.type else None)
    row("written in", _where(store, source.origin.path, source.origin.line))
    for excerpt in source.excerpts:
        out.append("\n“" + printable(excerpt) + "”\n")
    return out


class StoreEntryScreen(DialogScreen[bool]):
    """Shows one entry; dismisses with True when the reviewer links (or unlinks) it to the current claim."""

    BINDINGS = [
        Binding("l", "link", "Link to the claim / unlink"),
        Binding("escape", "back", "Back to the list"),
    ]

    def __init__(self, store: Store, value: str, claim: str | None, linked: bool) -> None:
        super().__init__()
        self.store, self.value, self.claim, self.linked = store, value, claim, linked

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            with VerticalScroll(id="entry-body"):
                yield Static(entry_text(self.store, self.value), markup=False)
            if self.claim is None:
                hint = "no claim selected: nothing to link"
            elif self.linked:
                hint = f"linked to “{printable(self.claim)}” · l unlinks"
            else:
                hint = f"l links it as evidence for “{printable(self.claim)}”"
            yield Static(Text(hint, style="dim"), markup=False, id="entry-hint")

    def action_link(self) -> None:
        if self.claim is not None:
            self.close(True)

    def action_back(self) -> None:
        self.close(False)
