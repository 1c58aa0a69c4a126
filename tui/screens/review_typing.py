"""The desk's typed work: adding a claim (c), and what the reviewer was typing when the desk is stopped.

A mixin of `ReviewScreen`, kept apart so each reads in one sitting. The terminal closing (SIGHUP) or a
SIGTERM leaves no way to confirm a dialog: a note is saved as typed, and the add-claim (c) and add-source
(A) forms are kept as drafts beside the review (`claims/review_drafts.py`), which the next desk says it
has and opens again in their forms.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from factdesk.claims.model import ClaimKind
from factdesk.claims.review import ReviewSession
from factdesk.claims.review_drafts import drop_draft, keep_draft, kept_drafts
from factdesk.sources.errors import FactdeskError
from factdesk.tui.screens.forms import AddClaimScreen, AddSourceScreen, FormScreen
from factdesk.tui.screens.note import NoteScreen
from factdesk.tui.widgets.article_view import ArticleView


class TypingActions:
    """c, notes and forms kept when the desk is stopped: mixed into `ReviewScreen`, whose session, list and
    helpers they use (`current`, `_run`, `visible_records`, `bring_into_view`, `update_status`, `show_current`)."""

    session: ReviewSession
    drafts: dict[str, dict[str, str]]
    draft_places: dict[str, Path]

    def _drafts_kept(self) -> list[str]:
        """Read the drafts a stopped desk kept for this review (beside it, or in the data folder when its
        folder could not take them); what to tell the reviewer about them and about files it cannot read."""
        kept = kept_drafts(self.session.path)
        self.drafts, self.draft_places = kept.drafts, kept.places
        notes = list(kept.unreadable)
        claim = self.drafts.get("claim")
        if claim is not None:
            notes.append(
                f"When the desk was stopped you were adding a claim: “{claim.get('text', '')}”. It is kept as a "
                f"draft, not added{self._kept_in('claim')}: c opens it."
            )
        source = self.drafts.get("source")
        if source is not None:
            notes.append(
                f"When the desk was stopped you were adding a source: {source.get('id', '')} "
                f"“{source.get('title', '')}”. It is kept as a draft, not added to the store{self._kept_in('source')}: "
                "A opens it."
            )
        return notes

    def _kept_in(self, form: str) -> str:
        """Where a draft kept away from the review is (said: the reviewer was told that place when it was kept)."""
        place = self.draft_places[form]
        return "" if place.parent == self.session.path.parent else f", in {place}"

    def drop_draft(self, form: str) -> None:
        """The draft of `form` was added, or left by the reviewer: it is not offered again."""
        if self.drafts.pop(form, None) is not None:
            drop_draft(self.draft_places.pop(form), form)

    def keep_typing(self) -> list[str]:
        """The desk is being stopped (the terminal closed) while the reviewer types, and no ctrl+s can come: a
        note is saved as typed (the note it replaces stays in the history); a claim or a source being added is
        kept as a draft, not added, since nobody confirmed it. Returns what the terminal is told of the drafts."""
        said = []
        for screen in self.app.screen_stack:
            if isinstance(screen, NoteScreen) and screen.unsaved_typing() is not None:
                self._run(partial(self.session.set_note, screen.claim_id, screen.typed()))
            elif isinstance(screen, FormScreen) and screen.draft_form and screen.unsaved_typing() is not None:
                said.append(self._keep_draft(screen))
        return said

    def _keep_draft(self, form: FormScreen) -> str:
        assert form.draft_form is not None
        fields = {**form.draft(), "at": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z").strip()}
        if isinstance(form, AddSourceScreen):
            fields["claim"] = form.for_claim
        what = f"the {form.draft_form} you were adding when the desk was stopped"
        try:
            where = keep_draft(self.session.path, form.draft_form, fields)
        except FactdeskError as error:
            return f"factdesk: NOT saved: {what}: {error}"
        key = "c" if form.draft_form == "claim" else "A"
        return (
            f"factdesk: {what} is kept as a draft (not added) in {where};"
            f" {key} opens it in the next desk on this review"
        )

    def action_add_claim(self) -> None:
        article_view = self.query_one(ArticleView)
        selected = article_view.selected_span()
        if selected is not None and self.focused is not article_view:
            record = self.current()
            if record is not None and (selected[0], selected[1]) == (record.claim.start, record.claim.end):
                selected = None  # that is the current claim's highlight, not the reviewer's selection

        draft = self.drafts.get("claim")
        if draft is not None:
            selected = None  # the draft the desk said c opens, not the words selected

        def done(result: tuple[ClaimKind, str] | None) -> None:
            self.table.focus()
            if draft is not None:
                self.drop_draft("claim")  # added, or left by the reviewer when asked
            if result is None:
                return
            kind, text = result
            start, end = (selected[0], selected[1]) if selected and selected[2].strip() == text else (0, 0)
            before = len(self.session.records)
            self._run(lambda: self.session.add_claim(kind, text, start, end))
            if len(self.session.records) > before:  # added, even if saving it failed (NOT SAVED says so)
                added = self.session.cursor
                self.table.show(self.visible_records(), keep=added)
                if added is not None:
                    self.bring_into_view(added)
                self.update_status()
                self.show_current()

        if draft is not None:
            form = AddClaimScreen(draft.get("text", ""), _kind(draft.get("kind", "")), draft.get("at", ""))
        else:
            form = AddClaimScreen(selected[2].strip() if selected else "")
        self.app.push_screen(form, done)


def _kind(name: str) -> ClaimKind:
    """The claim kind a draft names (a statement if the file says none it knows)."""
    try:
        return ClaimKind(name)
    except ValueError:
        return ClaimKind.STATEMENT
