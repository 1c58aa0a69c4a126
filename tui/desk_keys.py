"""The review desk's keys, kept once: the screen binds them, the key bar, the help screen, the command
palette and the README's key table are all made (or checked) from this list.

`description` is the short label the key bar shows; `tooltip` is the sentence the help screen and the
palette give. Priority bindings run in the app's own queue, in the order keys arrive: a key that opens a
dialog is handled before the next key is routed, so a burst ("n", a note, ctrl+s) lands in the dialog.
"""

from __future__ import annotations

from textual.binding import Binding


def _key(key: str, action: str, label: str, meaning: str, show: bool = True) -> Binding:
    return Binding(key, action, label, show=show, priority=True, tooltip=meaning)


DESK_BINDINGS = [
    _key("v", "mark('verified')", "verified", "mark verified, go to the next unreviewed claim"),
    _key("d", "mark('disputed')", "disputed", "mark disputed, go to the next unreviewed claim"),
    _key("u", "mark('unsupported')", "unsupported", "mark unsupported, go to the next unreviewed claim"),
    _key("a", "accept", "accept", "accept the checker's suggestion"),
    _key("backspace", "mark('unreviewed')", "unreviewed", "back to unreviewed", show=False),
    _key("n", "note", "note", "write or edit a note (ctrl+s saves)"),
    _key("e", "evidence", "evidence", "link or unlink evidence: the suggestions, or search the whole store"),
    _key("s", "store", "store", "browse the store; enter shows an entry in full, l links it to the claim"),
    _key("slash", "search", "search", "search claims"),
    _key("f", "filter", "filter", "filter by verdict or kind"),
    _key("x", "export", "export", "export a claims report"),
    _key("ctrl+z", "undo", "undo", "undo", show=False),
    _key("ctrl+y", "redo", "redo", "redo", show=False),
    _key("A", "add_source", "add source", "add a source to the store (a file of its own); it is linked to the claim"),
    _key("w", "wikidata", "wikidata", "look the person up on Wikidata; enter imports and checks again", False),
    _key("c", "add_claim", "add claim", "add a claim the extractor missed (select words first, or type it)", False),
    _key("t", "set_date", "date", "set the article's date: titles and terms are checked as of it", show=False),
    _key("ctrl+r", "reload_store", "reload", "reload the store after it was edited on disk, and check again", False),
    _key("question_mark", "help", "help", "all keys, and where the review is saved"),
    _key("q", "quit", "quit", "quit (everything is already saved)"),
]

# Keys handled by widgets or Textual itself, listed in the help after the desk's own.
OTHER_KEYS = [
    ("j k ↑ ↓", "move through the claims (pageup, pagedown, home, end too)"),
    ("tab", "move focus between the claims, the article and the evidence"),
    ("ctrl+p", "command palette: every key above by name"),
]

_SHOWN = {"question_mark": "?", "slash": "/"}


def key_label(key: str) -> str:
    """How a binding's key is written for people: '?' not 'question_mark'."""
    return _SHOWN.get(key, key)
