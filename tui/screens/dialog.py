"""Dialogs that lose no key: they take focus before they take keys, and close only after what was typed.

A terminal delivers a paste, `tmux send-keys` or keys typed over a slow link in
one burst. Textual mounts a pushed screen and moves focus a moment later, so keys
that arrive meanwhile would reach a screen with nothing focused and vanish; and a
`ctrl+s` handled before the editor has read the keys queued ahead of it would
save the text cut short. So while a dialog opens or closes the app holds keys
(`FactdeskApp.on_event`), and hands them on in order once the dialog is ready
(`Opened`) or gone and its result handled (`Closed`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from textual.binding import Binding
from textual.message import Message
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Footer

ResultType = TypeVar("ResultType")


class DialogScreen(ModalScreen[ResultType], Generic[ResultType]):
    """A modal dialog whose `first_focus()` widget takes every key typed from the moment it was asked for."""

    # Priority, so focus moves in the order keys arrive: "id<tab>title" puts each word in its own field.
    BINDINGS = [
        Binding("tab", "app.focus_next", "Next field", show=False, priority=True),
        Binding("shift+tab", "app.focus_previous", "Previous field", show=False, priority=True),
    ]

    class Opened(Message):
        """The dialog has focus: held keys may go to it."""

        def __init__(self, dialog: DialogScreen) -> None:
            super().__init__()
            self.dialog = dialog  # not always the top screen: a question may have opened over it meanwhile

    class Closed(Message):
        """The dialog is gone and its result handled: held keys go to the screen beneath."""

    def __init__(self) -> None:
        super().__init__()
        self.taking_keys = False  # set by the app when it handles `Opened`
        self._dismissed = False  # not `_closed`: MessagePump uses that name for its own state

    def first_focus(self) -> Widget | None:
        """The widget that takes the first keys (None: the screen's first focusable widget)."""
        return None

    def on_mount(self) -> None:
        if not self.query(Footer):  # the dialog's own keys at the bottom, over the desk's
            self.mount(Footer())
        target = self.first_focus()
        if target is not None:
            target.focus()
        self.opened()
        # Posted after focus() queued its own call to the app, so the app handles it once focus has moved.
        self.app.post_message(self.Opened(self))

    def opened(self) -> None:
        """Anything to do once the widgets are mounted (before keys arrive)."""

    def unsaved_typing(self) -> str | None:
        """What the reviewer typed here that closing would lose ("the note you are typing"); None if nothing.

        Quitting asks before it closes a dialog that has some (`FactdeskApp.action_quit`).
        """
        return None

    # Whether `save_typing` can save what was typed (a note can; a form may be refused and stay open).
    can_save_typing = False

    def save_typing(self) -> None:
        """Save what was typed and close, as the dialog's own save key does (when `can_save_typing`)."""

    def after_typing(self, callback: Callable[[], object]) -> None:
        """Call `callback` once the focused widget has read every key queued before this call.

        Keys arriving meanwhile wait; if `callback` does not close the dialog, they then go to it.
        """
        self.taking_keys = False
        reader = self.focused or self
        reader.call_later(self._after_typing, callback)  # queued behind the keys the reader has yet to read

    def _after_typing(self, callback: Callable[[], object]) -> None:
        callback()
        if not self._dismissed:
            self.app.post_message(self.Opened(self))

    def close(self, result: ResultType | None = None) -> None:
        """Dismiss with `result`; keys that arrive before the screen beneath has handled it wait for it."""
        if self._dismissed:
            return
        self._dismissed = True
        self.taking_keys = False
        app = self.app
        app.closing_dialog = True  # type: ignore[attr-defined]
        self.dismiss(result)
        # The result callback runs next on the screen beneath; the keys held meanwhile follow it.
        app.screen.call_later(app.post_message, self.Closed())
