"""Reduce HTML pages and Markdown documents to the plain text a reviewer reads.

HTML: the stdlib parser, keeping only the `<article>` when a page has one and
skipping navigation, scripts, forms, comments sections and other furniture.
Markdown: markdown-it-py's token stream (it is Textual's own Markdown parser),
so emphasis, links and code marks disappear and paragraphs stay paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from markdown_it import MarkdownIt

_SKIP_TAGS = {
    "script",
    "style",
    "noscript",
    "nav",
    "footer",
    "aside",
    "form",
    "template",
    "svg",
    "iframe",
    "button",
    "select",
    "head",
    "figure",
}
_FURNITURE = re.compile(
    r"comment|share|social|related|newsletter|advert|promo|sidebar|menu|cookie|subscribe|byline-tools|breadcrumb",
    re.IGNORECASE,
)
_BLOCK_TAGS = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "tr",
    "section",
    "article",
    "blockquote",
    "header",
    "ul",
    "ol",
    "table",
    "figcaption",
    "main",
    "br",
    "hr",
    "dd",
    "dt",
    "pre",
}
_VOID_TAGS = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}
_SPACE = re.compile(r"[ \t\r\n\f\v]+")


@dataclass
class Page:
    text: str
    meta: dict[str, str] = field(default_factory=dict)


class _PageReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[bool, str]] = []  # (inside <article>, text)
        self.current: list[str] = []
        self.skip_stack: list[str] = []
        self.article_depth = 0
        self.in_title = False
        self.title_parts: list[str] = []
        self.meta: dict[str, str] = {}

    def _flush(self) -> None:
        text = _SPACE.sub(" ", "".join(self.current)).strip()
        if text:
            self.blocks.append((self.article_depth > 0, text))
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if tag == "meta":
            self._read_meta(attributes)
        elif tag == "link" and attributes.get("rel", "").lower() == "canonical":
            self.meta.setdefault("url", attributes.get("href", ""))
        elif tag == "time" and attributes.get("datetime"):
            self.meta.setdefault("time", attributes["datetime"])
        if tag == "title":
            self.in_title = True
        if tag in _VOID_TAGS:
            if tag in _BLOCK_TAGS and not self.skip_stack:
                self._flush()
            return
        if self.skip_stack:
            self.skip_stack.append(tag)
            return
        marker = f"{attributes.get('class', '')} {attributes.get('id', '')}"
        if tag in _SKIP_TAGS or (tag != "article" and tag != "body" and _FURNITURE.search(marker)):
            self._flush()
            self.skip_stack.append(tag)
            return
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag == "article":
            self.article_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _VOID_TAGS:
            return
        if self.skip_stack:
            # pop to the matching open tag; tolerate unclosed children
            if tag in self.skip_stack:
                while self.skip_stack and self.skip_stack.pop() != tag:
                    pass
            return
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag == "article" and self.article_depth:
            self.article_depth -= 1

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        if not self.skip_stack:
            self.current.append(data)

    def _read_meta(self, attributes: dict[str, str]) -> None:
        key = (attributes.get("property") or attributes.get("name") or "").lower()
        content = attributes.get("content", "").strip()
        if not content:
            return
        if key in ("og:title", "twitter:title"):
            self.meta.setdefault("title", content)
        elif key in ("article:published_time", "date", "pubdate", "dc.date", "publish-date", "og:published_time"):
            self.meta.setdefault("date", content)
        elif key == "og:url":
            self.meta.setdefault("url", content)
        elif key in ("og:site_name", "publisher"):
            self.meta.setdefault("outlet", content)


def html_to_text(html: str) -> Page:
    """The readable text of a page, one block per line, and its title/date/url/outlet."""
    reader = _PageReader()
    reader.feed(html)
    reader.close()
    reader._flush()
    blocks = reader.blocks
    if any(inside for inside, _ in blocks):
        blocks = [(inside, text) for inside, text in blocks if inside]
    meta = dict(reader.meta)
    title = _SPACE.sub(" ", "".join(reader.title_parts)).strip()
    if title:
        meta.setdefault("title", title)
    if "date" not in meta and "time" in meta:
        meta["date"] = meta["time"]
    meta.pop("time", None)
    return Page("\n\n".join(text for _, text in blocks), meta)


# markdown-it stops reading at this depth of nested quotes and lists, and drops everything after: text so deep is
# read as plain text instead (the depth is far beyond any article's, and well within Python's recursion limit)
_MAX_NESTING = 60
_MARKDOWN = MarkdownIt("commonmark", {"maxNesting": _MAX_NESTING}).enable("table")
# the quote marks, list bullets and heading marks that begin a Markdown line
_LINE_MARKS = re.compile(r"^(?:[ \t]*(?:>|[-*+](?=\s)|\d{1,9}[.)](?=\s)|#{1,6}(?=\s)))+[ \t]*", re.MULTILINE)


def markdown_to_text(markdown: str) -> str:
    """Markdown rendered to plain paragraphs: marks, links and code blocks dropped, words kept."""
    tokens = _MARKDOWN.parse(markdown)
    if any(token.level >= _MAX_NESTING - 1 for token in tokens):
        return _LINE_MARKS.sub("", markdown).strip()
    blocks: list[str] = []
    row: list[str] = []
    in_table_row = False
    for token in tokens:
        if token.type == "tr_open":
            in_table_row, row = True, []
        elif token.type == "tr_close":
            in_table_row = False
            blocks.append(" | ".join(cell for cell in row if cell))
        elif token.type == "inline":
            text = _inline_text(token.children or [])
            if in_table_row:
                row.append(text)
            elif text:
                blocks.append(text)
    return "\n\n".join(blocks)


def _inline_text(children: list[Any]) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts).strip()
