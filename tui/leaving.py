"""What `factdesk review` says on the terminal once the desk is closed: what was saved, what was not, and where.

A reviewer reads these lines after a save failed, often in a hurry; a count of
"0 change(s) lost" for a review whose every verdict was on disk, or a path the file
is no longer at, sends them looking for work that is safe, or trusting a file
that is gone. So each line is made from what is on disk when the desk closed.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from factdesk.claims.review import ReviewSession, journal_path_for


def tell(lines: Iterable[str]) -> None:
    """Print what the closed desk has to say on stderr, if there is still a terminal to say it to."""
    try:
        for line in lines:
            print(line, file=sys.stderr)
    except OSError:
        pass  # the terminal is gone (SIGHUP): nobody to tell; the review is saved


def where_saved(session: ReviewSession) -> str:
    """Where what was saved is now, said as a reviewer needs it (the file, its journal, or that it is gone)."""
    place = session.saved_in
    if place is None:
        return (
            f"{session.path} is gone (removed, or its folder moved, while the desk was open), "
            "so factdesk cannot tell where what was saved before is now"
        )
    said = str(place)
    if place != session.path:
        said += f" (its folder was moved there from {session.path.parent} while the desk was open)"
    journal = journal_path_for(place)
    if journal.exists():
        said += f" and its journal {journal.name}, which factdesk reads with it"
    if place == session.path and session.file.changed_on_disk():
        said += " (another program has changed it since; factdesk left it as that program wrote it)"
    return said


def saved_elsewhere(session: ReviewSession) -> str | None:
    """Where the review went when its file could not take it, and where that old file is now; None if it stayed.

    A folder moved while the desk was open takes the old file with it: naming the path it was at sent the
    reviewer to an empty place, and the verdicts saved before the move looked lost.
    """
    old = session.moved_from
    if old is None:
        return None
    now = session.moved_from_now
    if now == old:
        left = f"{old} could not be saved and was left as it is"
    elif now is not None:
        left = (
            f"{old} could not be saved: its folder was moved while the desk was open, and the file, as last "
            f"saved, is now {now}"
        )
    else:
        left = f"{old} could not be saved and is gone (removed, or its folder moved, while the desk was open)"
    return f"factdesk: {left}; the whole review, every change included, is in {session.path}"


def not_saved(session: ReviewSession) -> str | None:
    """The changes whose save failed and that the reviewer chose to leave, named; None if there are none."""
    lost = session.unsaved_changes()
    if not lost:
        return None
    # each lost change in full, its note's words included, so they can be copied back
    listed = "\n".join(f"  {line}" for line in lost)
    if session.saved_in is None and not session.wrote:
        rest = f"Nothing of this session was saved: {session.path} could not be written."
    else:
        rest = f"Every other change is saved in {where_saved(session)}."
    return f"factdesk: NOT saved: {len(lost)} change(s) to {session.path} were lost:\n{listed}\n{rest}"


def closed_with_error(session: ReviewSession, error: Exception) -> str:
    """The last write on closing failed, but every change had been saved before it: say so, and where."""
    return (
        f"factdesk: every change is saved in {where_saved(session)}; only the last write on closing failed "
        f"(it keeps the claim you were at): {error}"
    )


def renamed_review(session: ReviewSession) -> str | None:
    """The review of this article under its old name, said again once the desk is closed; None if none."""
    earlier = session.renamed_review
    if earlier is None:
        return None
    line = f"factdesk: this article was reviewed before under another name: {earlier} holds those verdicts and notes"
    if session.path.exists():
        line += f" (this session's are in {session.path})"
    return line + f"; open the article with --review {earlier} to go on with them"


def hard_link_cut(session: ReviewSession) -> str | None:
    """A review file that had other names (a hard link) and was saved: the other names were left behind."""
    links = session.file.hard_links
    if links is None or session.file.identity.stamp is None or not _replaced(session):
        return None
    return (
        f"factdesk: the review is saved in {session.path}; its other name ({links.said()}, a hard link when the "
        "desk opened) keeps the review as it was then"
    )


def _replaced(session: ReviewSession) -> bool:
    """Whether a save gave the review's name a new file (the other names of the one it had keep the old one)."""
    try:
        return session.path.stat().st_nlink < 1 + session.file.hard_links.count  # type: ignore[union-attr]
    except OSError:
        return False


def saved_copy_note(session: ReviewSession, copy: Path) -> str:
    """A whole copy of the review saved when its file could not take the changes, holding changes the file
    lacks: where it is and how to go on with it."""
    return (
        f"The review was saved whole to {copy} when {session.path.name} could not take the changes, and that copy "
        f"has changes this file does not. To go on with them, quit and open the article with --review {copy} "
        f"(or copy it over {session.path.name}; delete it if its changes are not wanted)."
    )


def saved_copies(session: ReviewSession) -> list[str]:
    """The saved copies with changes the review file lacks, said again on the terminal once the desk is closed."""
    if session.moved_from is not None:
        return []  # this session went on in such a copy, and `saved_elsewhere` says where
    return [f"factdesk: {saved_copy_note(session, copy)}" for copy in session.saved_copies]
