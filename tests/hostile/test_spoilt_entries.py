"""A mistake inside one store entry (a duplicate key, a list or mapping as a key) skips that entry only.

A hostile tester found that one repeated `aliases:` in the first person dropped every valid person after it,
while the warning said only "entries with problems were skipped": the checker then called correctly spelled
people "not in the register"."""

from __future__ import annotations

from pathlib import Path

from factdesk.sources.store import load_store

PEOPLE = """\
people:
  - name: Linda Thomas-Greenfield
    aliases: [Linda Greenfield]
    aliases: [L. Thomas-Greenfield]
  - name: Riyad Mansour
    roles:
      - {title: Ambassador to the United Nations, org: Palestine, from: 2005-01-01}
  - name: Gilad Erdan
    roles:
      - title: Ambassador
        title: Envoy
  - name: Ana Lind
    {? [a, b] : c}: 1
  - name: Bo Berg
sources:
  - id: s1
    title: A report
    publisher: Wire
    date: 2024-05-10
    excerpts: ["Riyad Mansour spoke."]
"""


def test_only_the_spoilt_entries_are_skipped_each_named_at_its_line(tmp_path: Path) -> None:
    (tmp_path / "people.yaml").write_text(PEOPLE, encoding="utf-8")
    store = load_store(tmp_path, use_cache=False)
    assert [person.name for person in store.people] == ["Riyad Mansour", "Bo Berg"]
    assert [source.id for source in store.sources.values()] == ["s1"]
    located = [(problem.line, problem.column, problem.message) for problem in store.problems]
    assert located == [
        (4, 5, "duplicate key 'aliases' (first written on line 3); this person is skipped"),
        (11, 9, "duplicate key 'title' (first written on line 10); this person is skipped"),
        (13, 8, "a mapping key must be a plain value; this person is skipped"),
    ]


def test_validate_counts_what_loaded_and_names_each_problem(cli, tmp_path: Path) -> None:
    (tmp_path / "people.yaml").write_text(PEOPLE, encoding="utf-8")
    result = cli("sources", "validate", tmp_path)
    assert result.status == 1
    said = result.out + result.err
    assert "2 people" in said and "3 problem(s)" in said
    assert "people.yaml:4:5: duplicate key 'aliases'" in said


def test_a_duplicate_top_level_key_is_still_the_whole_file_s_problem(tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text("people:\n  - {name: A B}\npeople:\n  - {name: C D}\n", encoding="utf-8")
    store = load_store(tmp_path, use_cache=False)
    assert [problem.message for problem in store.problems] == ["duplicate key 'people' (first written on line 1)"]
