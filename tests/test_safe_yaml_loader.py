"""YAML is only ever loaded safely: no object-building tags, no alias or merge-key bombs."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest
from factdesk.sources import load_store
from factdesk.sources.yaml_safe import YamlProblem, load_yaml_text


@pytest.mark.parametrize(
    "document",
    [
        "a: !!python/object/apply:os.system ['touch /tmp/factdesk-pwned']",
        "a: !!python/object/new:subprocess.Popen [['true']]",
        "a: !!python/name:os.system",
        "a: !custom 1",
        "a: !!set {x, y}",
        "a: !!binary aGVsbG8=",
    ],
)
def test_object_building_tags_are_refused(document: str):
    with pytest.raises(YamlProblem, match="not allowed"):
        load_yaml_text(document)


def test_billion_laughs_is_refused_quickly(tmp_path: Path):
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in "bcdefghi":
        previous = chr(ord(level) - 1)
        lines.append(f"{level}: &{level} [" + ",".join([f"*{previous}"] * 9) + "]")
    lines.append("people:\n  - name: X Y\n    aliases: *i")
    (tmp_path / "bomb.yaml").write_text("\n".join(lines), encoding="utf-8")
    started = time.perf_counter()
    tracemalloc.start()
    try:
        store = load_store(tmp_path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 5  # expanded, this would be 9**9 strings
    assert peak < 2 * 2**20  # bounded: under 2 MiB for a file of under 1 KiB
    assert store.people == [] and any("alias" in p.message for p in store.problems)


def test_merge_keys_are_refused():
    with pytest.raises(YamlProblem, match="merge keys"):
        load_yaml_text("base: &b {x: 1}\nother:\n  <<: *b\n")


def test_plain_value_aliases_are_allowed():
    assert load_yaml_text("a: &x Israel\nb: *x\n") == {"a": "Israel", "b": "Israel"}


@pytest.mark.parametrize(
    ("document", "message", "line"),
    [
        ("a: 1\nb: !!int ten", "'ten' is not a valid !!int", 2),
        ("a: !!bool maybe", "'maybe' is not a valid !!bool", 1),
        ("a:\n  b: !!map [1, 2]", "!!map does not fit", 2),
        ("a: &x [1]\nb: &y [*y]", "alias", 2),
        ("a: " + "[" * 300 + "]" * 300, "nested more than 200 deep", 1),
        ("{[1, 2]: x}", "a mapping key must be a plain value", 1),
    ],
)
def test_malformed_values_are_named_with_their_line(document: str, message: str, line: int):
    with pytest.raises(YamlProblem, match=message.replace("[", r"\[")) as raised:
        load_yaml_text(document)
    assert raised.value.line == line
