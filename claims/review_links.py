"""A review file reached through a link: a symbolic link is followed, a hard link is said, a dangling link refused.

Saving is atomic (a temp file renamed over the review's name), so what a save replaces is a name. A
symbolic link is followed to its target, and the target is what is written (`resolve_review_path`).
A hard link is a second name for the same file: the first save gives the review's own name a new
file, and the other name keeps the review as it was, which keeps its content safe but leaves whoever
reads it trusting a review that no longer changes; so the desk says so. A symbolic link to a file
that does not exist may be a place made ready for a new review, or a review moved away: the desk says
a new review begins there, before anything is written, so a moved review is not silently replaced.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

_LOOKED_AT = 2000  # names in the review's folder compared for the other names of a hard link


def new_behind_link(link: Path | None, target: Path) -> bool:
    """Whether the review path is a symbolic link to a file that does not exist (yet, or any more)."""
    return link is not None and not target.exists()


@dataclass(frozen=True, slots=True)
class HardLinks:
    """The other names a review file has (a hard link): how many, and those found in its own folder."""

    count: int
    beside: tuple[Path, ...]

    def said(self) -> str:
        """The other names as a reviewer reads them: the ones found, and how many more there are elsewhere."""
        names = [path.name for path in self.beside]
        elsewhere = self.count - len(names)
        if elsewhere:
            names.append(f"{elsewhere} name(s) in other folders")
        return ", ".join(names)


def hard_links(path: Path) -> HardLinks | None:
    """The other names of the file at `path`, if it has any (None for a file with one name, or none)."""
    try:
        found = path.stat()
    except OSError:
        return None
    if found.st_nlink < 2:
        return None
    beside = []
    try:
        with os.scandir(path.parent) as entries:
            for number, entry in enumerate(entries):
                if number >= _LOOKED_AT:
                    break
                if entry.name != path.name and entry.is_file(follow_symlinks=False):
                    other = entry.stat(follow_symlinks=False)
                    if (other.st_ino, other.st_dev) == (found.st_ino, found.st_dev):
                        beside.append(Path(entry.path))
    except OSError:
        pass  # the folder cannot be listed: the count still says there are other names
    return HardLinks(found.st_nlink - 1, tuple(sorted(beside)))
