"""Dialogs with fields: add a source (A), add a claim (c), export a report (x), the article's date (t).

Each returns what was typed; the review screen calls the domain functions,
so validation messages come from `claims`/`sources`, the same as on the CLI.
A form that is refused stays open with every field as typed and says, in
place, what to change.
"""

from __future__ import annotations

import datetime as dt
import os
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from factdesk.claims.dates import CHECKABLE_RANGE, checkable
from factdesk.claims.model import ClaimKind
from factdesk.claims.report import FORMATS
from factdesk.sources.authoring import SourceFormError
from factdesk.sources.errors import FactdeskError
from factdesk.tui.safe import printable
from factdesk.tui.screens.dialog import DialogScreen
from factdesk.tui.screens.leave_typing import close_or_ask
from factdesk.tui.widgets.line_input import LineInput
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, Input, Label, Select, TextArea


class FormScreen(DialogScreen):
    # priority: handled in the order keys came, so keys typed after them wait for the form to close ("x, escape, v")
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", priority=True),
        Binding("ctrl+s", "submit", "Save", priority=True),
    ]

    # What the form holds, for the question asked before quitting with it filled in; None: nothing worth asking.
    holds: str | None = None
    # The form's name in the drafts kept when the desk is stopped with it filled in (claims/review_drafts.py).
    draft_form: str | None = None
    # When the draft the form was opened with was kept (None: not opened with a draft).
    draft_at: str | None = None

    def on_mount(self) -> None:
        # Textual calls DialogScreen.on_mount after this one (every class's handler runs): calling it here too
        # said "opened" twice, and the second handed the keys typed after ctrl+s to the closing form.
        # A form opened with a draft holds typing nobody confirmed yet: leaving it asks, as if it were typed now.
        self._as_opened = [""] * len(self._fields()) if self.draft_at is not None else self._fields()
        if self.draft_at is not None:
            self.query_one("#form-error", Label).update(
                Text(
                    f"A draft, kept when the desk was stopped ({self.draft_at}): add it, "
                    "or escape then D (shift+d) to drop it.",
                    style="bold yellow",
                )
            )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cancel" and any(select.expanded for select in self.query(Select)):
            return False  # escape closes the open list of choices, as the list itself takes it
        return True

    def draft(self) -> dict[str, str]:
        """What is typed in the form, by field, to keep as a draft."""
        return {}

    def _fields(self) -> list[str]:
        return [field.value for field in self.query(Input)] + [area.text for area in self.query(TextArea)]

    def unsaved_typing(self) -> str | None:
        if self.holds is None or self._dismissed or self._fields() == self._as_opened:
            return None
        return self.holds

    def show_error(self, message: str) -> None:
        self.query_one("#form-error", Label).update(Text(printable(message), style="bold red"))

    def buttons(self, submit: str) -> Horizontal:
        return Horizontal(
            Button(submit, variant="primary", id="submit"), Button("Cancel", id="cancel"), classes="buttons"
        )

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "submit":
            self.action_submit()
        else:
            self.action_cancel()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_submit()

    def action_cancel(self) -> None:
        """Close without adding; if the reviewer typed into the form, ask first (once every key is in)."""
        self.after_typing(self._cancel)

    def _cancel(self) -> None:
        close_or_ask(self, "close the form", self.focused)

    def action_submit(self) -> None:
        """Check and send the form once every key typed before the save key is in its fields."""
        self.after_typing(self.submit)

    def submit(self) -> None:  # pragma: no cover - each form defines it
        raise NotImplementedError


@dataclass(frozen=True)
class SourceForm:
    source_id: str
    title: str
    publisher: str
    url: str
    date: str
    excerpt: str


class AddSourceScreen(FormScreen):
    """A: a new source for the store; saved as a file of its own under <store>/added/."""

    holds = "the source you are adding"
    draft_form = "source"

    FIELDS = [
        ("id", "id (e.g. reuters-2024-03-25)"),
        ("title", "title"),
        ("publisher", "publisher"),
        ("url", "URL (optional)"),
        ("date", "date YYYY-MM-DD (optional)"),
    ]

    def __init__(
        self, add: Callable[[SourceForm], object], excerpt: str = "", draft: Mapping[str, str] | None = None
    ) -> None:
        """`add` saves the source, or raises `SourceFormError`/`FactdeskError` saying what to change; `draft` fills
        the fields (and the excerpt) as a draft kept when the desk was stopped had them."""
        super().__init__()
        self.add = add
        self.filled = dict(draft or {})
        self.excerpt = self.filled.get("excerpt", excerpt) if draft is not None else excerpt
        self.draft_at = self.filled.get("at", "") if draft is not None else None
        self.for_claim = ""  # the claim the source will be linked to, kept with a draft

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog"):
            yield Label(Text("Add a source to the store", style="bold"), markup=False)
            for name, placeholder in self.FIELDS:
                yield LineInput(self.filled.get(name, ""), placeholder=placeholder, id=f"source-{name}")
            yield Label(Text("excerpt (verbatim passage; a blank line separates several)", style="dim"), markup=False)
            yield TextArea(self.excerpt, id="source-excerpt", soft_wrap=True)
            yield Label("", id="form-error", markup=False)
            yield self.buttons("Add source")

    def first_focus(self) -> Widget:
        return self.query_one("#source-id", Input)

    def value(self, name: str) -> str:
        return self.query_one(f"#source-{name}", Input).value

    def draft(self) -> dict[str, str]:
        typed = {name: self.value(name) for name, _placeholder in self.FIELDS}
        return {**typed, "excerpt": self.query_one("#source-excerpt", TextArea).text}

    def submit(self) -> None:
        form = SourceForm(
            self.value("id"),
            self.value("title"),
            self.value("publisher"),
            self.value("url"),
            self.value("date"),
            self.query_one("#source-excerpt", TextArea).text,
        )
        try:
            self.add(form)
        except SourceFormError as error:
            self.show_error(f"{error.field}: {error.message}")
            field = self.query(f"#source-{error.field}")
            if field:
                field.first().focus()
            return
        except FactdeskError as error:
            self.show_error(str(error))
            return
        self.close(form)


class AddClaimScreen(FormScreen):
    """c: a claim the extractor missed, from the words selected in the article or typed."""

    holds = "the claim you are adding"
    draft_form = "claim"

    def __init__(self, text: str = "", kind: ClaimKind = ClaimKind.STATEMENT, draft_at: str | None = None) -> None:
        """`draft_at`: the form is opened with a draft kept at that time when the desk was stopped."""
        super().__init__()
        self.text = text
        self.kind = kind
        self.draft_at = draft_at

    def draft(self) -> dict[str, str]:
        kind = self.query_one("#claim-kind", Select).value
        return {"kind": kind.value if isinstance(kind, ClaimKind) else "statement", "text": self.typed()}

    def typed(self) -> str:
        return self.query_one("#claim-text", Input).value

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text("Add a claim", style="bold"), markup=False)
            yield Select(
                [(kind.value, kind) for kind in ClaimKind],
                value=self.kind,
                allow_blank=False,
                id="claim-kind",
            )
            yield LineInput(self.text, placeholder="the claim, as the article states it", id="claim-text")
            yield Label("", id="form-error", markup=False)
            yield self.buttons("Add claim")

    def first_focus(self) -> Widget:
        return self.query_one("#claim-text", Input)

    def submit(self) -> None:
        text = self.query_one("#claim-text", Input).value.strip()
        if not any(char.isprintable() and not char.isspace() and unicodedata.category(char) != "Cf" for char in text):
            # nothing but spaces, or a zero-width space, a soft hyphen, a BOM or a direction mark: no claim
            self.show_error("type the claim, or select its words in the article first")
            return
        self.close((self.query_one("#claim-kind", Select).value, text))


class ExportScreen(FormScreen):
    """x: write a claims report in one of the formats to a file."""

    def __init__(self, default_stem: str) -> None:
        super().__init__()
        self.default_stem = default_stem

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text("Export a claims report", style="bold"), markup=False)
            yield Select([(name, name) for name in FORMATS], value="md", allow_blank=False, id="report-format")
            yield LineInput(f"{self.default_stem}.report.md", id="report-path")
            yield Label("", id="form-error", markup=False)
            yield self.buttons("Export")

    def first_focus(self) -> Widget:
        return self.query_one("#report-path", Input)

    def on_select_changed(self, event: Select.Changed) -> None:
        suffix = {"md": "md", "html": "html", "json": "json", "csv": "csv", "claimreview": "claimreview.json"}
        self.query_one("#report-path", Input).value = f"{self.default_stem}.report.{suffix[str(event.value)]}"

    def submit(self) -> None:
        path = os.path.expanduser(self.query_one("#report-path", Input).value.strip())  # "~/r.md", as a shell reads it
        if not path or path in ("-", "/dev/stdout"):  # standard output, which the desk itself is drawn on
            self.show_error("give a file name")
            return
        if os.path.isdir(path) or path.endswith("/"):  # said here, where the typed path can still be corrected
            self.show_error(f"{path} is a folder: give a file name in it")
            return
        self.close((str(self.query_one("#report-format", Select).value), path))


class DateScreen(FormScreen):
    """t: the article's date, as `--date` gives it: titles and terms are checked as of that day."""

    def __init__(self, current: dt.date | None) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text("The article's date (YYYY-MM-DD)", style="bold"), markup=False)
            yield LineInput(self.current.isoformat() if self.current else "", placeholder="YYYY-MM-DD", id="date")
            yield Label(Text("every claim is checked again as of this day", style="dim"), markup=False)
            yield Label("", id="form-error", markup=False)
            yield self.buttons("Set date")

    def first_focus(self) -> Widget:
        return self.query_one("#date", Input)

    def submit(self) -> None:
        typed = self.query_one("#date", Input).value.strip()
        try:
            day = dt.date.fromisoformat(typed)
        except ValueError:
            self.show_error(f"{typed!r} is not a date written YYYY-MM-DD")
            return
        if not checkable(day):
            self.show_error(f"{typed} is outside the dates factdesk can check ({CHECKABLE_RANGE})")
            return
        self.close(day)
