"""Safe YAML loading that remembers where every mapping key and list item was written.

PyYAML's C parser scans and composes the node graph; `_Builder` walks it into
plain values (ints, floats, booleans and nulls through `SafeConstructor`, never
anything that builds Python objects). On top of that this loader:

* keeps timestamps as the text the user wrote, so dates are validated by us
  with a message that names the line, instead of a `ValueError` with none;
* refuses duplicate keys (PyYAML keeps the last one silently: a typo would lose data);
* refuses merge keys (`<<`), which can grow exponentially ("billion laughs");
* refuses any tag outside the YAML core schema, e.g. `!!python/object/apply`;
* refuses an alias of a list or mapping ("billion laughs"), and nesting past 200 levels.

Mappings come back as `LocatedDict` and lists as `LocatedList`, ordinary
containers with the 1-based (line, column) of each key or item attached.
"""

from __future__ import annotations

from typing import Any, NoReturn

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


_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MERGE = "tag:yaml.org,2002:merge"
_DEEPEST = 200  # a store entry nests five levels; anything far deeper is a broken or hostile file


class _Builder:
    """Plain values, `LocatedDict`s and `LocatedList`s from the nodes PyYAML's C composer made.

    A direct walk over the node graph: PyYAML's own construction machinery
    (generators, a constructed-object table, resolver calls per value) cost more
    than the C parsing itself. Scalars other than strings still go through
    `SafeConstructor`, so ints, floats, booleans and nulls mean what they mean in YAML.
    """

    def __init__(self, loader: yaml.SafeLoader) -> None:
        self.loader = loader
        self.scalars = {
            "tag:yaml.org,2002:int": loader.construct_yaml_int,
            "tag:yaml.org,2002:float": loader.construct_yaml_float,
            "tag:yaml.org,2002:bool": loader.construct_yaml_bool,
            "tag:yaml.org,2002:null": loader.construct_yaml_null,
        }
        self.seen: set[int] = set()  # collection nodes already built: an alias of one is refused

    def build(self, node: yaml.Node, depth: int = 0) -> Any:
        tag = node.tag
        if isinstance(node, yaml.ScalarNode):
            if tag == _STR or tag == _TIMESTAMP:  # a date stays the text written; entries validate it
                return node.value
            construct = self.scalars.get(tag)
            if construct is None:
                _refuse(node)
            try:
                return construct(node)
            except (ValueError, KeyError):  # "!!int ten", "!!bool maybe"
                tag_name = tag.replace("tag:yaml.org,2002:", "!!")
                raise YamlProblem(f"{node.value!r} is not a valid {tag_name}", *_position(node)) from None
        if id(node) in self.seen:
            # An alias of a list or mapping shares one object many times over; walking it
            # would expand a "billion laughs" document. A store never needs one, so refuse.
            raise YamlProblem("an alias (*name) may only repeat a plain value, not a list or mapping", *_position(node))
        self.seen.add(id(node))
        if depth > _DEEPEST:
            raise YamlProblem(f"lists and mappings nested more than {_DEEPEST} deep", *_position(node))
        if isinstance(node, yaml.MappingNode) and tag == _MAP:
            return self._mapping(node, depth)
        if isinstance(node, yaml.SequenceNode) and tag == _SEQ:
            return self._sequence(node, depth)
        _refuse(node)

    def _mapping(self, node: yaml.MappingNode, depth: int) -> LocatedDict:
        mapping = LocatedDict()
        mapping.position = _position(node)
        positions = mapping.key_positions
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                raise YamlProblem("merge keys (<<) are not supported in a store", *_position(key_node))
            if not isinstance(key_node, yaml.ScalarNode):
                raise YamlProblem("a mapping key must be a plain value", *_position(key_node))
            key = self.build(key_node, depth + 1)
            if key in mapping:
                line = positions[key][0]
                raise YamlProblem(f"duplicate key {key!r} (first written on line {line})", *_position(key_node))
            mapping[key] = self.build(value_node, depth + 1)
            positions[key] = _position(key_node)
        return mapping

    def _sequence(self, node: yaml.SequenceNode, depth: int) -> LocatedList:
        items = LocatedList()
        items.position = _position(node)
        for item_node in node.value:
            items.append(self.build(item_node, depth + 1))
            items.item_positions.append(_position(item_node))
        return items


def _refuse(node: yaml.Node) -> NoReturn:
    tag = node.tag.replace("tag:yaml.org,2002:", "!!")
    if node.tag in _CORE_TAGS:  # "!!map" on a list, "!!int" on a mapping
        raise YamlProblem(f"YAML tag {tag} does not fit the value it is on", *_position(node))
    raise YamlProblem(f"YAML tag {tag} is not allowed in a store (only plain data)", *_position(node))


def load_yaml_text(text: str) -> Any:
    """Parse one YAML document safely; raise `YamlProblem` with a 1-based location."""
    loader = _Parser(text)
    try:
        node = loader.get_single_node()
        return None if node is None else _Builder(loader).build(node)
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
