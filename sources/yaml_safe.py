"""Safe YAML loading that remembers where every mapping key and list item was written.

PyYAML's C parser does the scanning; construction goes through `SafeConstructor`
(never one that builds Python objects). On top of it this loader:

* keeps timestamps as the text the user wrote, so dates are validated by us
  with a message that names the line, instead of a `ValueError` with none;
* refuses duplicate keys (PyYAML keeps the last one silently: a typo would lose data);
* refuses merge keys (`<<`), which can grow exponentially ("billion laughs");
* refuses any tag outside the YAML core schema, e.g. `!!python/object/apply`.

Mappings come back as `LocatedDict` and lists as `LocatedList`, ordinary
containers with the 1-based (line, column) of each key or item attached.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import yaml

try:
    _Parser = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml: same semantics, slower
    _Parser = yaml.SafeLoader

Position = tuple[int, int]

_CORE_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
}


class YamlProblem(Exception):
    """A YAML document that cannot be read; `line`/`column` are 1-based (0 = unknown)."""

    def __init__(self, message: str, line: int = 0, column: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


class LocatedDict(dict):
    """A mapping that knows where it and each of its keys were written."""

    __slots__ = ("key_positions", "position")

    def __init__(self) -> None:
        super().__init__()
        self.position: Position = (0, 0)
        self.key_positions: dict[Any, Position] = {}

    def where(self, key: Any) -> Position:
        return self.key_positions.get(key, self.position)


class LocatedList(list):
    """A list that knows where it and each of its items were written."""

    __slots__ = ("item_positions", "position")

    def __init__(self) -> None:
        super().__init__()
        self.position: Position = (0, 0)
        self.item_positions: list[Position] = []

    def where(self, index: int) -> Position:
        if 0 <= index < len(self.item_positions):
            return self.item_positions[index]
        return self.position


def _position(node: yaml.Node) -> Position:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


class _StoreLoader(_Parser):  # type: ignore[misc, valid-type]
    """The C (or pure) safe loader with location-keeping constructors."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        # An alias of a list or mapping shares one object many times over; walking it
        # would expand a "billion laughs" document. A store never needs one, so refuse.
        if isinstance(node, yaml.CollectionNode) and node in self.constructed_objects:
            raise YamlProblem(
                "an alias (*name) may only repeat a plain value, not a list or mapping",
                *_position(node),
            )
        return super().construct_object(node, deep=deep)


def _construct_map(loader: _StoreLoader, node: yaml.MappingNode) -> Iterator[LocatedDict]:
    mapping = LocatedDict()
    mapping.position = _position(node)
    yield mapping
    for key_node, value_node in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            raise YamlProblem("merge keys (<<) are not supported in a store", *_position(key_node))
        key = loader.construct_object(key_node, deep=False)
        try:
            hash(key)
        except TypeError:
            raise YamlProblem("a mapping key must be a plain value", *_position(key_node)) from None
        if key in mapping:
            line = mapping.key_positions[key][0]
            raise YamlProblem(f"duplicate key {key!r} (first written on line {line})", *_position(key_node))
        mapping[key] = loader.construct_object(value_node, deep=False)
        mapping.key_positions[key] = _position(key_node)


def _construct_seq(loader: _StoreLoader, node: yaml.SequenceNode) -> Iterator[LocatedList]:
    items = LocatedList()
    items.position = _position(node)
    yield items
    for item_node in node.value:
        items.append(loader.construct_object(item_node, deep=False))
        items.item_positions.append(_position(item_node))


def _construct_timestamp_as_text(loader: _StoreLoader, node: yaml.ScalarNode) -> str:
    return loader.construct_scalar(node)


def _refuse_tag(loader: _StoreLoader, tag_suffix: str | None, node: yaml.Node) -> None:
    tag = node.tag.replace("tag:yaml.org,2002:", "!!")
    raise YamlProblem(f"YAML tag {tag} is not allowed in a store (only plain data)", *_position(node))


_StoreLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_StoreLoader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)
_StoreLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp_as_text)
for _tag in ("tag:yaml.org,2002:omap", "tag:yaml.org,2002:pairs", "tag:yaml.org,2002:set", "tag:yaml.org,2002:binary"):
    _StoreLoader.add_constructor(_tag, lambda loader, node: _refuse_tag(loader, None, node))
_StoreLoader.add_multi_constructor("", _refuse_tag)
# An explicit tag on an unknown scheme (e.g. "!custom") reaches the catch-all above;
# so does every python/* tag, because SafeConstructor registers none of them.


def load_yaml_text(text: str) -> Any:
    """Parse one YAML document safely; raise `YamlProblem` with a 1-based location."""
    loader = _StoreLoader(text)
    try:
        return loader.get_single_data()
    except YamlProblem:
        raise
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "invalid YAML"
        if error.context and error.problem:
            problem = f"{error.problem} ({error.context})"
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        if mark is not None and text[mark.index : mark.index + 1] == "\t":
            problem = "a tab character; YAML indentation must use spaces"
        raise YamlProblem(problem, line, column) from None
    except yaml.YAMLError as error:
        raise YamlProblem(str(error)) from None
    finally:
        loader.dispose()


def decode_yaml_bytes(data: bytes) -> str:
    """Decode a YAML file as UTF-8 (BOM allowed); raise `YamlProblem` at the bad byte."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        raise YamlProblem(f"not UTF-8 text (byte 0x{data[error.start]:02x})", line, column) from None
