"""The evidence panel: the checker's suggestion, its reason, and each piece of evidence with its source.

Everything is built as `rich.text.Text`, so store and article text are never
read as markup. Words the excerpt shares with the claim are picked out.
"""

from __future__ import annotations

from factdesk.claims.model import Evidence
from factdesk.claims.report.times import readable_time
from factdesk.claims.review import ReviewedClaim
from factdesk.sources.model import Store
from factdesk.sources.text import content_words
from factdesk.tui.marks import MARKS, STYLES
from factdesk.tui.safe import flat, printable
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

SHOWN_AT_MOST = 1500  # characters of one excerpt or note the panel draws; the store entry (s) has all of it


def _window(text: str, claim_words: set[str], most: int = SHOWN_AT_MOST) -> tuple[str, int, int]:
    """The part of a long excerpt (a meeting's transcript) around the first of the claim's words in it, and how
    many characters are left out before and after it: drawing megabytes made every key wait seconds."""
    if len(text) <= most:
        return text, 0, 0
    lowered = text.lower()
    hits = [at for word in claim_words if len(word) > 3 and (at := lowered.find(word)) >= 0]
    start = max(0, min(hits) - most // 3) if hits else 0
    end = min(len(text), start + most)
    return text[start:end], start, len(text) - end


def _picked_out(excerpt: str, claim_words: set[str]) -> Text:
    excerpt = printable(excerpt)
    text = Text(excerpt)
    position = 0
    for word in excerpt.split():
        start = excerpt.find(word, position)
        position = start + len(word)
        folded = content_words(word)
        if folded and folded[0] in claim_words:
            text.stylize("bold underline", start, position)
    return text


def describe_source(store: Store, store_id: str) -> Text:
    """Title, publisher, date and URL of a source id ('person:…' and 'vote:…' name the register and votes)."""
    if store_id.startswith("person:"):
        return Text(f"register · {printable(store_id.removeprefix('person:'))}", style="italic")
    if store_id.startswith("vote:"):
        vote = store.votes.get(store_id.removeprefix("vote:"))
        where = ""
        if vote is not None:
            path = vote.origin.path
            shown = path.relative_to(store.root) if path.is_relative_to(store.root) else path
            where = f" ({shown}:{vote.origin.line})"
        return Text(f"vote record · {store_id.removeprefix('vote:')}{where}", style="italic")
    source = store.sources.get(store_id)
    if source is None:
        return Text(f"{store_id} (no longer in the store)", style="italic red")
    parts = [printable(source.title), printable(source.publisher)]
    if source.date or source.date_written:
        parts.append(source.date.isoformat() if source.date else str(source.date_written))
    line = Text(" · ".join(parts), style="italic")
    if source.url:
        line.append("\n")
        line.append(printable(source.url), style="underline")
    return line


def render_evidence(record: ReviewedClaim, store: Store) -> Text:
    claim, mark, suggestion = record.claim, record.mark, record.suggestion
    out = Text()
    out.append(f"{claim.kind.value.upper()}  ", style="bold")
    out.append(printable(claim.text))
    out.append("\n")
    if record.orphaned:
        out.append("orphaned: this claim is no longer in the article; its verdict is kept\n", style="red")
    if record.added:
        out.append("added by a reviewer\n", style="italic")
    out.append("\nYour verdict: ", style="bold")
    out.append(f"{MARKS[mark.verdict]} {mark.verdict.value}", style=STYLES[mark.verdict])
    if mark.reviewer:  # on one line: a name typed with a newline cut the line short
        out.append(f"  ({flat(mark.reviewer)}, {readable_time(mark.at)})", style="dim")
    if mark.note:
        out.append("\nNote: ", style="bold")
        note, _, left_out = _window(mark.note, set())
        out.append(printable(note) + (f"… ({left_out:,} more characters: n opens it whole)" if left_out else ""))
    out.append("\n")
    if suggestion is not None:
        out.append("\nSuggestion: ", style="bold")
        out.append(
            f"{MARKS[suggestion.verdict]} {suggestion.verdict.value} ({suggestion.confidence}%)",
            style=STYLES[suggestion.verdict],
        )
        out.append("\n")
        out.append(printable(suggestion.reason))
        out.append("\n")
    linked = set(mark.evidence)
    shown: list[Evidence] = list(suggestion.evidence) if suggestion else []
    shown_ids = {item.store_id for item in shown}
    shown += [Evidence(store_id, "linked", "", 0.0) for store_id in mark.evidence if store_id not in shown_ids]
    claim_words = set(content_words(claim.text)) | set(content_words(claim.sentence))
    for number, item in enumerate(shown, start=1):
        out.append(f"\n{number}. ", style="bold")
        out.append(printable(item.store_id), style="bold")
        if item.score:
            out.append(f"  score {item.score:.0f}", style="dim")
        if item.store_id in linked:
            out.append("  ✓ linked", style="bold green")
        out.append("\n")
        out.append(describe_source(store, item.store_id))
        out.append("\n")
        if item.quote:
            shown_part, before, after = _window(item.quote, claim_words)
            out.append("“" + ("…" if before else ""))
            out.append(_picked_out(shown_part, claim_words))
            out.append(("…" if after else "") + "”\n")
            if before or after:
                out.append(f"({before + after:,} more characters: s shows the entry whole)\n", style="dim")
    if not shown:
        out.append("\nNo evidence in the store. Press e to search it, A to add a source.\n", style="dim")
    return out


class EvidencePanel(VerticalScroll):
    """Shows the current claim's suggestion and evidence; the screen sets it with `show`."""

    def compose(self):
        yield Static(id="evidence-body", markup=False)

    def show(self, record: ReviewedClaim | None, store: Store) -> None:
        body = self.query_one("#evidence-body", Static)
        body.update(render_evidence(record, store) if record else Text("No claim selected."))
        self.scroll_home(animate=False)
