"""Read an article file into the plain text the reviewer sees, plus its metadata.

Offsets of every claim index into `Article.text`, so HTML and Markdown are
reduced to text first, and control characters and terminal escape sequences are
removed (they would corrupt the screen and carry no meaning).
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from factdesk.base.errors import FactdeskError
from factdesk.base.yaml_safe import LocatedDict, YamlProblem, load_yaml_text
from factdesk.claims.dates import CHECKABLE_RANGE, checkable, parse_date
from factdesk.claims.markup import html_to_text, markdown_to_text

MAX_ARTICLE_BYTES = 64 * 1024 * 1024
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)


class ArticleError(FactdeskError):
    """The article file cannot be read as text."""


@dataclass(frozen=True, slots=True)
class Article:
    """An article as read: its display text and what is known about it."""

    path: Path
    text: str
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    outlet: str | None = None
    encoding: str = "utf-8"
    notes: tuple[str, ...] = field(default=())

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def clean_text(text: str) -> str:
    """Normalise line ends and drop escape sequences and control characters."""
    return without_controls(text.replace("\r\n", "\n").replace("\r", "\n"))


def without_controls(text: str) -> str:
    """`text` without terminal escape sequences and control characters (tab, line feed, carriage return kept):
    text a terminal may be shown, where an escape retitles the window, clears the screen or hides what follows."""
    return _CONTROL.sub("", _ANSI.sub("", text))


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """UTF-8 (with or without BOM, or UTF-16 with BOM); Windows-1252 as the stated fallback.

    A UTF-8 file with a few stray bytes (a Windows-1252 apostrophe pasted from an old email) is UTF-8
    with only those bytes read as Windows-1252: read whole as Windows-1252, its every other accent and
    curly quote became mojibake, the claims around them got other ids, and fixing the byte later
    orphaned their verdicts.
    """
    head = data[:8192]
    if head.count(b"\x00") > max(1, len(head) // 20) and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError(path, "this looks like a binary file, not an article (it contains NUL bytes)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    stray = _stray_count(data)
    if len(_MULTIBYTE.findall(data)) >= stray:  # mostly UTF-8: only the stray bytes are read otherwise
        return with_stray_bytes(data), _MIXED
    return data.decode("cp1252", errors="replace"), "windows-1252"


def with_stray_bytes(data: bytes) -> str:
    """`data` as UTF-8 (a byte-order mark dropped), any byte that is not UTF-8 read as Windows-1252."""
    return data.decode("utf-8-sig", errors=_STRAY_BYTES)


def _stray_count(data: bytes) -> int:
    """How many bytes of `data` are not part of any UTF-8 character."""
    return len(_ESCAPED.findall(data.decode("utf-8", errors="surrogateescape")))


def _stray_bytes(error: UnicodeError) -> tuple[str, int]:
    """Bytes that are not UTF-8, each read as the Windows-1252 character it is most likely to be."""
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("cp1252", errors="replace"), error.end


_STRAY_BYTES = "factdesk-stray-bytes"
codecs.register_error(_STRAY_BYTES, _stray_bytes)
_MIXED = "utf-8, with stray bytes read as windows-1252"
_ESCAPED = re.compile("[\udc80-\udcff]")
# A well-formed UTF-8 sequence of two to four bytes: a file with none is not UTF-8 at all.
_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _stray_byte_note(data: bytes) -> str:
    """Where the first byte that is not UTF-8 is, so the reviewer (or the editor) can fix it."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - data.rfind(b"\n", 0, error.start)
        return (
            f"not valid UTF-8: {_stray_count(data)} stray byte(s), the first at line {line}, column {column}, "
            "read as Windows-1252; the rest as UTF-8"
        )
    return "not valid UTF-8"


def read_article(path: Path | str) -> Article:
    """Read a `.txt`, `.md` or `.html` article; raise `ArticleError` with the reason if it can't be."""
    path = Path(path)
    try:
        if path.is_dir():
            raise ArticleError(path, "is a directory; give an article file (.txt, .md or .html)")
        if path.exists() and not path.is_file():  # a FIFO or /dev/zero would be read for ever
            raise ArticleError(path, "is not a regular file (a FIFO, device or socket); give an article file")
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(path, f"article is {size // 2**20} MiB; the limit is 64 MiB")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(path, "no such file") from None
    except OSError as error:
        raise ArticleError(path, f"cannot read: {error.strerror or error}") from None
    raw, encoding = decode(data, path)
    # a Windows-saved article (CRLF) or an old Mac one (CR): its front matter and Markdown read as LF's would
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    notes: list[str] = []
    if encoding == "windows-1252":
        notes.append("not valid UTF-8: read as Windows-1252")
    elif encoding == _MIXED:
        notes.append(_stray_byte_note(data))
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm", ".xhtml"):
        page = html_to_text(raw)
        text, meta = page.text, page.meta
    elif suffix in (".md", ".markdown"):
        body, meta = _front_matter(raw, path)
        text = markdown_to_text(body)
    else:
        body, meta = _front_matter(raw, path) if raw.startswith("---") else (raw, {})
        text = body
    text = clean_text(text)
    if not text.strip():
        raise ArticleError(path, "the article is empty: there is no text to check")
    title = meta.get("title") or _first_line_title(text)
    written = str(meta["date"]).strip() if meta.get("date") else ""
    date = parse_date(written) if written else None
    position = raw.find(written) if written else -1
    line = raw.count("\n", 0, position) + 1 if position >= 0 else 0
    column = position - raw.rfind("\n", 0, position) if position >= 0 else 0
    if written and date is None and suffix in (".html", ".htm", ".xhtml"):
        # a saved page's metadata is the site's, not the reporter's: the page is read, and the date said unread
        notes.append(f"the page's date {written!r} is not a date factdesk can read (give --date YYYY-MM-DD)")
    elif written and date is None:
        raise ArticleError(
            path, f"the article's date {written!r} is not a real date: write it YYYY-MM-DD", line, column
        )
    if date is not None and not checkable(date):
        raise ArticleError(
            path,
            f"the article's date {date.isoformat()} is outside the dates factdesk can check ({CHECKABLE_RANGE})",
            line,
            column,
        )
    return Article(
        path=path,
        text=text,
        title=title,
        date=date,
        url=meta.get("url"),
        outlet=meta.get("outlet"),
        encoding=encoding,
        notes=tuple(notes),
    )


def _first_line_title(text: str) -> str | None:
    first = text.strip().split("\n", 1)[0].strip()
    if first and len(first) <= 200 and not first.endswith((".", "!", "?")):
        return first
    return None


_META_KEYS = {
    "title": "title",
    "headline": "title",
    "date": "date",
    "published": "date",
    "url": "url",
    "link": "url",
    "outlet": "outlet",
    "publisher": "outlet",
    "source": "outlet",
}


def _front_matter(raw: str, path: Path) -> tuple[str, dict[str, str]]:
    """Split YAML front matter off; the body keeps its place by blank lines (offsets stay honest)."""
    match = _FRONT_MATTER.match(raw)
    if match is None:
        return raw, {}
    try:
        data = load_yaml_text(match.group(1) or "")
    except YamlProblem as error:
        raise ArticleError(path, f"front matter: {error.message}", error.line + 1, error.column) from None
    meta: dict[str, str] = {}
    if isinstance(data, LocatedDict):
        for key, value in data.items():
            name = _META_KEYS.get(str(key).lower())
            if name and value is not None and name not in meta:
                meta[name] = str(value)
    return raw[match.end() :], meta
