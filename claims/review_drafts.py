"""What was typed into the add-claim (c) and add-source (A) forms when the desk was stopped: kept as drafts.

The terminal closing (SIGHUP) or a SIGTERM leaves no way to confirm a form, and the text in it (a claim
worded with care, a source's title and a passage pasted from its page) was simply gone. Adding it as a
claim or a source would put into the review, or the store, something the reviewer never confirmed; so it
is kept as a draft beside the review, in `REVIEW.drafts` (JSON, which any YAML tool reads too), one per
form, and the next desk offers it again in its form.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from factdesk.base.errors import FactdeskError
from factdesk.base.files import WriteError, write_atomically
from factdesk.base.folders import data_folder
from factdesk.claims.review_document import ReviewError

DRAFTS_SUFFIX = ".drafts"
FORMS = ("claim", "source")
ABOUT = (
    "Typed into factdesk's add-claim (c) or add-source (A) form when the desk was stopped (the terminal "
    "closed, or a SIGTERM), and never confirmed: not a claim of the review, not a source of the store. "
    "The next desk on this review opens each again in its form (c, A)."
)

Draft = dict[str, str]


def drafts_path_for(review: Path) -> Path:
    """`r.review.yaml` -> `r.review.yaml.drafts`, beside it."""
    return review.with_name(review.name + DRAFTS_SUFFIX)


def read_drafts(review: Path) -> dict[str, Draft]:
    """The drafts kept beside `review`, by form ({} if none); `ReviewError` if the file cannot be read."""
    path = drafts_path_for(review)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        raise ReviewError(path, f"the drafts cannot be read ({error}); the file was left as it is") from None
    if not isinstance(data, dict):
        raise ReviewError(path, "the drafts file is not a mapping; the file was left as it is")
    drafts = {}
    for form in FORMS:
        fields = data.get(form)
        if isinstance(fields, dict):
            drafts[form] = {str(key): value for key, value in fields.items() if isinstance(value, str)}
    return drafts


def keep_draft(review: Path, form: str, fields: Mapping[str, str]) -> Path:
    """Keep `fields` as the draft of `form` beside `review` (replacing that form's draft only); returns where.

    Where that cannot be done (the folder gone or read-only, a drafts file that cannot be read and must not
    be replaced), the drafts go to a new file in factdesk's data folder. Raises `FactdeskError` if neither
    can be written.
    """
    try:
        drafts = read_drafts(review)
        path = drafts_path_for(review)
        write_atomically(path, _encoded({**drafts, form: dict(fields)}))
        return path
    except FactdeskError:
        folder = data_folder() / "unsaved"
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise WriteError(folder, f"cannot keep the draft: {error.strerror or error}") from None
        number, path = 1, folder / drafts_path_for(review).name
        while path.exists() or path.is_symlink():
            number += 1
            path = folder / f"{drafts_path_for(review).name}-{number}"
        write_atomically(path, _encoded({form: dict(fields)}), exclusive=True)
        return path


def drop_draft(review: Path, form: str) -> None:
    """The draft of `form` was added or left by the reviewer: remove it (the file too, once it holds none)."""
    path = drafts_path_for(review)
    try:
        drafts = read_drafts(review)
        if form not in drafts:
            return
        del drafts[form]
        if drafts:
            write_atomically(path, _encoded(drafts))
        else:
            path.unlink()
    except (FactdeskError, OSError):
        pass  # left where it is: the next desk offers it again, which loses nothing


def _encoded(drafts: Mapping[str, Mapping[str, str]]) -> bytes:
    return (json.dumps({"about": ABOUT, **drafts}, indent=2) + "\n").encode("utf-8")
