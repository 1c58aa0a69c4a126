"""Safe YAML loading that remembers where every mapping key and list item was written.

PyYAML's C parser scans; `_Builder` turns its events into plain values (ints,
floats, booleans and nulls through `SafeConstructor`, never anything that builds
Python objects). On top of that this loader:

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

from collections.abc import Callable
from typing import Any, NoReturn, cast

import yaml

# The C parser's classes are loosely described by PyYAML's stubs: typed as Any here.
_Parser: Any
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


class LocatedDict(dict[Any, Any]):
    """A mapping that knows where it and each of its keys were written."""

    __slots__ = ("key_positions", "position", "problem")

    def __init__(self) -> None:
        super().__init__()
        self.position: Position = (0, 0)
        self.key_positions: dict[Any, Position] = {}
        self.problem: tuple[str, Position] | None = None  # a mistake inside it (a duplicate key) that spoils it

    def where(self, key: Any) -> Position:
        return self.key_positions.get(key, self.position)


class LocatedList(list[Any]):
    """A list that knows where it and each of its items were written."""

    __slots__ = ("item_positions", "position", "problem")

    def __init__(self) -> None:
        super().__init__()
        self.position: Position = (0, 0)
        self.item_positions: list[Position] = []
        self.problem: tuple[str, Position] | None = None

    def where(self, index: int) -> Position:
        if 0 <= index < len(self.item_positions):
            return self.item_positions[index]
        return self.position


EntrySink = Callable[[Any, Any, Position], None]

_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MERGE = "tag:yaml.org,2002:merge"
_VALUE = "tag:yaml.org,2002:value"
_AS_TEXT = {_STR, _TIMESTAMP, _MERGE, _VALUE}  # a date stays the text written: entries validate it
_DEEPEST = 200  # a store entry nests five levels; anything far deeper is a broken or hostile file
_COLLECTION = object()  # what an anchor on a list or mapping stands for: it may not be repeated
_NO_KEY = object()
_SKIPPED = object()  # a key whose value is dropped: the mapping's mistake is recorded on it instead


def _at(mark: Any) -> Position:  # a yaml.Mark, or the C parser's own Mark
    return (mark.line + 1, mark.column + 1)


class _Open:
    """A list or mapping whose events are still arriving."""

    __slots__ = ("container", "key", "key_position", "streamed_key")

    def __init__(self, container: LocatedDict | LocatedList, streamed_key: Any = _NO_KEY) -> None:
        self.container = container
        self.key: Any = _NO_KEY  # a mapping's key waiting for its value
        self.key_position: Position = (0, 0)
        self.streamed_key = streamed_key  # a top-level list whose items go to the sink, not into the list


class _Builder:
    """Plain values, `LocatedDict`s and `LocatedList`s straight from the C parser's events.

    Faster than composing PyYAML nodes and constructing from them (1.9 s against
    2.2 s on the benchmark store), and with `sink` the items of each top-level list
    are handed over one by one and never held: a large store file is read in
    memory bounded by its entries, not by its YAML. Ints, floats, booleans and nulls
    go through `SafeConstructor`, so they mean what they mean in YAML.
    """

    def __init__(self, loader: Any, sink: EntrySink | None) -> None:
        self.loader = loader
        self.sink = sink
        self.anchors: dict[str | None, Any] = {}
        self.scalars = {
            "tag:yaml.org,2002:int": loader.construct_yaml_int,
            "tag:yaml.org,2002:float": loader.construct_yaml_float,
            "tag:yaml.org,2002:bool": loader.construct_yaml_bool,
            "tag:yaml.org,2002:null": loader.construct_yaml_null,
        }

    def document(self) -> Any:
        get = self.loader.get_event
        get()  # the stream starts
        if isinstance(get(), yaml.StreamEndEvent):
            return None  # an empty file
        value = self._value()
        get()  # the document ends
        following = get()
        if not isinstance(following, yaml.StreamEndEvent):
            raise YamlProblem(
                "only one YAML document is allowed in a file (found a second)", *_at(following.start_mark)
            )
        return value

    def _value(self) -> Any:
        get = self.loader.get_event
        stack: list[_Open] = []
        while True:
            event = get()
            kind = type(event)
            if kind is yaml.ScalarEvent:
                tag, value = self._scalar(event)
                position = _at(event.start_mark)
            elif kind is yaml.AliasEvent:
                tag, value = self._alias(event)
                position = _at(event.start_mark)
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                stack.append(self._open(event, kind is yaml.MappingStartEvent, stack))
                continue
            else:  # the end of a list or mapping
                done = stack.pop()
                tag, value, position = None, done.container, done.container.position
            if not stack:
                return value
            self._place(stack[-1], tag, value, position, nested=len(stack) > 1)

    def _scalar(self, event: yaml.ScalarEvent) -> tuple[str, Any]:
        tag = event.tag
        if tag is None or tag == "!":
            tag = self.loader.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag in _AS_TEXT:
            value: Any = event.value
        else:
            construct = self.scalars.get(tag)
            if construct is None:
                _refuse(tag, event.start_mark)
            try:
                value = construct(yaml.ScalarNode(tag, event.value))
            except (ValueError, KeyError, IndexError):  # "!!int ten", "!!bool maybe", "!!int" with no value
                name = str(tag).replace("tag:yaml.org,2002:", "!!")
                raise YamlProblem(f"{event.value!r} is not a valid {name}", *_at(event.start_mark)) from None
        self._remember(event, (tag, value))
        return tag, value

    def _alias(self, event: yaml.AliasEvent) -> tuple[str, Any]:
        found = self.anchors.get(event.anchor)
        if found is None:
            raise YamlProblem(
                f"*{event.anchor} repeats no anchor (&{event.anchor}) written before", *_at(event.start_mark)
            )
        if found is _COLLECTION:
            # An alias of a list or mapping shares one object many times over; walking it
            # would expand a "billion laughs" document. A store never needs one, so refuse.
            raise YamlProblem(
                "an alias (*name) may only repeat a plain value, not a list or mapping", *_at(event.start_mark)
            )
        return found  # type: ignore[no-any-return]  # (tag, value) pairs, or _COLLECTION refused above

    def _remember(self, event: yaml.NodeEvent, stands_for: Any) -> None:
        if event.anchor is None:
            return
        if event.anchor in self.anchors:
            raise YamlProblem(f"the anchor &{event.anchor} is defined twice", *_at(event.start_mark))
        self.anchors[event.anchor] = stands_for

    def _open(self, event: yaml.CollectionStartEvent, is_mapping: bool, stack: list[_Open]) -> _Open:
        expected = _MAP if is_mapping else _SEQ
        if event.tag not in (None, "!", expected):
            _refuse(event.tag, event.start_mark)
        if len(stack) >= _DEEPEST:
            raise YamlProblem(f"lists and mappings nested more than {_DEEPEST} deep", *_at(event.start_mark))
        self._remember(event, _COLLECTION)
        container: LocatedDict | LocatedList = LocatedDict() if is_mapping else LocatedList()
        container.position = _at(event.start_mark)
        if self.sink is not None and not is_mapping and len(stack) == 1 and stack[0].key is not _NO_KEY:
            return _Open(container, streamed_key=stack[0].key)  # a list right under a top-level key
        return _Open(container)

    def _place(self, parent: _Open, tag: str | None, value: Any, position: Position, *, nested: bool) -> None:
        container = parent.container
        spoiled = getattr(value, "problem", None)
        if spoiled is not None and container.problem is None:
            container.problem = spoiled  # a mistake deep in an entry spoils the entry, and only it
        if type(container) is LocatedList:
            if parent.streamed_key is not _NO_KEY:
                self.sink(parent.streamed_key, value, position)  # type: ignore[misc]
            else:
                container.append(value)
                container.item_positions.append(position)
        elif parent.key is _NO_KEY:
            container = cast(LocatedDict, container)  # (not a list: checked above with `type() is`, which is faster)
            if tag is None:
                mistake = "a mapping key must be a plain value"
            elif tag == _MERGE:
                raise YamlProblem("merge keys (<<) are not supported in a store", *position)
            elif value in container:
                mistake = f"duplicate key {value!r} (first written on line {container.key_positions[value][0]})"
            else:
                parent.key, parent.key_position = value, position
                return
            if not nested or self.sink is None:
                raise YamlProblem(mistake, *position)  # a review, a config: one mistake is the whole file's
            # inside an entry: the entry is spoilt and skipped by its reader, the entries after it still load
            container.problem = container.problem or (mistake, position)
            parent.key, parent.key_position = _SKIPPED, position
        elif parent.key is _SKIPPED:
            parent.key = _NO_KEY
        else:
            container = cast(LocatedDict, container)
            container[parent.key] = value
            container.key_positions[parent.key] = parent.key_position
            parent.key = _NO_KEY


def _refuse(tag: str | None, mark: Any) -> NoReturn:
    name = str(tag).replace("tag:yaml.org,2002:", "!!")
    if tag in _CORE_TAGS:  # "!!map" on a list, "!!int" on a mapping
        raise YamlProblem(f"YAML tag {name} does not fit the value it is on", *_at(mark))
    raise YamlProblem(f"YAML tag {name} is not allowed in a store (only plain data)", *_at(mark))


def load_yaml_text(text: str, sink: EntrySink | None = None) -> Any:
    """Parse one YAML document safely; raise `YamlProblem` with a 1-based location.

    With `sink`, each item of a list directly under a top-level key is passed to
    `sink(key, item, position)` as soon as it is read, and that list is left empty.
    """
    loader = _Parser(text)
    try:
        return _Builder(loader, sink).document()
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
