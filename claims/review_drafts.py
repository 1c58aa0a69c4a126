"""What was typed into the add-claim (c) and add-source (A) forms when the desk was stopped: kept as drafts.

The terminal closing (SIGHUP) or a SIGTERM leaves no way to confirm a form, and the text in it (a claim
worded with care, a source's title and a passage pasted from its page) was simply gone. Adding it as a
claim or a source would put into the review, or the store, something the reviewer never confirmed; so it
is kept as a draft beside the review, in `REVIEW.drafts` (JSON, which any YAML tool reads too), one per
form, and the next desk offers it again in its form.

When the review's folder cannot take it, the draft goes to factdesk's data folder (`unsaved/`), with the
review's path written in it, so the next desk on that review finds it there too.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factdesk.base.errors import FactdeskError
from factdesk.base.files import WriteError, write_atomically
from factdesk.base.folders import data_folder
from factdesk.base.reading import read_regular_bytes
from factdesk.base.yaml_safe import YamlProblem, load_yaml_text
from factdesk.claims.article import with_stray_bytes, without_controls
from factdesk.claims.review_document import ReviewError

DRAFTS_SUFFIX = ".drafts"
FORMS = ("claim", "source")
ABOUT = (
    "Typed into factdesk's add-claim (c) or add-source (A) form when the desk was stopped (the terminal "
    "closed, or a SIGTERM), and never confirmed: not a claim of the review, not a source of the store. "
    "The next desk on this review opens each again in its form (c, A)."
)

Draft = dict[str, str]


@dataclass
class KeptDrafts:
    """The drafts kept for one review, by form, with the file each is in, and the drafts files it cannot read."""

    drafts: dict[str, Draft] = field(default_factory=dict)
    places: dict[str, Path] = field(default_factory=dict)
    unreadable: list[str] = field(default_factory=list)


def drafts_path_for(review: Path) -> Path:
    """`r.review.yaml` -> `r.review.yaml.drafts`, beside it."""
    return review.with_name(review.name + DRAFTS_SUFFIX)


def _read_file(path: Path) -> dict[str, Any]:
    """The drafts file at `path` as written ({} if there is none); `ReviewError` if it cannot be read.

    It is read as far as it can be: an editor or a sync tool that re-saved it in Latin-1, or a hand that
    left a comma behind, made the whole draft unreadable, and the words typed before the stop were kept in a
    file nobody was shown. A file that still cannot be read has its words quoted in the error.
    """
    try:
        text = with_stray_bytes(read_regular_bytes(path))  # an editor's byte-order mark is no harm either
    except FileNotFoundError:
        return {}
    except OSError as error:
        raise ReviewError(path, f"the drafts cannot be read ({error}); the file was left as it is") from None
    try:
        data = json.loads(text)
    except ValueError as error:
        data = _as_yaml(text)
        if data is None:
            raise ReviewError(
                path, f"the drafts cannot be read ({error}); the file was left as it is{_words_in(text)}"
            ) from None
    if not isinstance(data, dict):
        raise ReviewError(path, f"the drafts file is not a mapping; the file was left as it is{_words_in(text)}")
    return data


def _as_yaml(text: str) -> Any:
    """`text` read as YAML, which JSON hand-edited with a comma left over or single quotes still is; else None."""
    try:
        return load_yaml_text(text)
    except YamlProblem:
        return None


_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"(\s*:)?')  # a JSON string, and the colon if it is a key


def _words_in(text: str) -> str:
    """The text written in a drafts file that cannot be read, quoted for the reviewer to copy from."""
    words = []
    for match in _STRING.finditer(text):
        if match.group(2):
            continue  # a key: "claim", "text"
        try:
            value = json.loads(f'"{match.group(1)}"')
        except ValueError:
            value = match.group(1)
        value = without_controls(value).strip()
        if value and value != ABOUT and value not in words:
            words.append(value)
    if not words:
        return ""
    quoted = "; ".join(f"“{word}”" for word in words)
    return f"; the words in it: {quoted[:600]}" + ("…" if len(quoted) > 600 else "")


def _forms(data: Mapping[str, Any]) -> dict[str, Draft]:
    """Each form's draft, its fields as text (a number written by hand is its digits, not dropped)."""
    drafts = {}
    for form in FORMS:
        fields = data.get(form)
        if isinstance(fields, dict):
            drafts[form] = {str(key): _text(value) for key, value in fields.items()}
    return drafts


def _text(value: object) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def read_drafts(review: Path) -> dict[str, Draft]:
    """The drafts kept beside `review`, by form ({} if none); `ReviewError` if the file cannot be read."""
    return _forms(_read_file(drafts_path_for(review)))


def kept_drafts(review: Path) -> KeptDrafts:
    """Every draft kept for `review`: beside it, else in the data folder (where they went when its folder
    could not take them). A file that cannot be read is said, never replaced."""
    kept = KeptDrafts()
    for path in [drafts_path_for(review), *_in_data_folder(review)]:
        try:
            data = _read_file(path)
        except ReviewError as error:
            kept.unreadable.append(str(error))
            continue
        for form, fields in _forms(data).items():
            if form not in kept.drafts:
                kept.drafts[form], kept.places[form] = fields, path
    return kept


def drafts_files(review: Path) -> list[Path]:
    """Every drafts file kept for `review` (beside it, and in the data folder): `factdesk demo --fresh` drops them."""
    beside = drafts_path_for(review)
    return [beside, *_in_data_folder(review)] if beside.exists() else _in_data_folder(review)


def _in_data_folder(review: Path) -> list[Path]:
    """The drafts files in the data folder written for `review` (by its name, then the path inside)."""
    folder = data_folder() / "unsaved"
    name = drafts_path_for(review).name
    found = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:  # every name: the first thousands, in the file system's order, missed some
                if entry.name == name or entry.name.startswith(name + "-"):
                    found.append(Path(entry.path))
    except OSError:
        return []
    mine = []
    for path in sorted(found):
        try:
            data = _read_file(path)
        except ReviewError:
            continue  # whose it is cannot be told: it stays where it is, for the reviewer to read
        if data.get("review") == _named(review):
            mine.append(path)
    return mine


def _named(review: Path) -> str:
    return os.path.abspath(review)


def keep_draft(review: Path, form: str, fields: Mapping[str, str]) -> Path:
    """Keep `fields` as the draft of `form` beside `review` (replacing that form's draft only); returns where.

    Where that cannot be done (the folder gone or read-only, a drafts file that cannot be read and must not
    be replaced), the drafts go to a new file in factdesk's data folder, naming the review. Raises
    `FactdeskError` if neither can be written.
    """
    try:
        path = drafts_path_for(review)
        data = _read_file(path)
        write_atomically(path, _encoded({**data, form: dict(fields)}))
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
        write_atomically(path, _encoded({"review": _named(review), form: dict(fields)}), exclusive=True)
        return path


def drop_draft(path: Path, form: str) -> None:
    """The draft of `form` in the drafts file `path` was added or left by the reviewer: remove it (the file
    too, once it holds nothing else); whatever else the file holds is written back as it was."""
    try:
        data = _read_file(path)
        if form not in data:
            return
        del data[form]
        if set(data) - {"about", "review"}:
            write_atomically(path, _encoded(data))
        else:
            path.unlink()
    except (FactdeskError, OSError):
        pass  # left where it is: the next desk offers it again, which loses nothing


def _encoded(data: Mapping[str, Any]) -> bytes:
    return (json.dumps({**data, "about": ABOUT}, indent=2) + "\n").encode("utf-8")
