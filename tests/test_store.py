"""The store loader: strict validation with file:line:col messages, and one bad file never hides the rest."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from factdesk.sources import load_store
from factdesk.sources.errors import StoreError


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def messages(store) -> list[str]:
    return [str(problem) for problem in store.problems]


def test_the_seed_store_is_clean(seed_store: Path):
    store = load_store(seed_store)
    assert store.problems == []
    assert len(store.people) == 5 and len(store.sources) == 2 and "unsc-res-2728" in store.votes


GOOD = """
people:
  - name: Ada Lovelace
    roles:
      - {title: Countess, from: 1838-07-08}
"""


@pytest.mark.parametrize(
    ("text", "line", "needle"),
    [
        ("people:\n  - name: X Y\n    alias: [Z]\n", 3, "unknown key 'alias'"),
        ("people:\n  - aliases: [Z]\n", 2, "needs 'name'"),
        ("sources:\n  - id: a\n    title: 7\n    publisher: P\n", 3, "'title' must be text, not a number"),
        ("people:\n  - name: X Y\n    aliases: {a: b}\n", 3, "'aliases' must be a list of text, not a mapping"),
        ("people:\n  - name: X Y\n    roles:\n      - {title: T, from: 2024-13-40}\n", 4, "not a real date"),
        ("people:\n  - name: X Y\n    roles:\n      - {title: T, from: March 2024}\n", 4, "YYYY-MM-DD"),
        (
            "votes:\n  - id: v\n    body: B\n    date: 2024-01-01\n    measure: M\n    outcome: passed\n",
            6,
            "'outcome' must be one of adopted | rejected | vetoed | withdrawn",
        ),
        ("sources:\n  - id: Bad Id\n    title: T\n    publisher: P\n", 2, "lower-case"),
        ("people: {name: X}\n", 1, "'people' must be a list"),
        ("- just\n- a list\n", 1, "must be a mapping"),
        ("people:\n  - name: X Y\n\tbad: tab\n", 3, "tab"),
        ("people: [\n", 2, ""),
        ("a: !!python/object/apply:os.system ['echo pwned']\n", 1, "not allowed"),
        ("people:\n  - name: A B\n    name: C D\n", 3, "duplicate key 'name'"),
        (
            "people:\n  - name: X Y\n    roles:\n      - {title: T, from: 2024-05-01, until: 2023-01-01}\n",
            4,
            "before 'from'",
        ),
    ],
)
def test_each_mistake_is_reported_with_its_line(tmp_path: Path, text: str, line: int, needle: str):
    bad = write(tmp_path, "bad.yaml", text)
    write(tmp_path, "good.yaml", GOOD)
    store = load_store(tmp_path)
    found = [p for p in store.problems if p.path == bad]
    assert found, f"no problem reported for {text!r}"
    assert found[0].line == line, messages(store)
    assert needle in found[0].message
    assert str(found[0]).startswith(f"{bad}:{line}:")
    assert [person.name for person in store.people] == ["Ada Lovelace"]  # the good file still loads


def test_duplicate_ids_across_files_name_both_files(tmp_path: Path):
    first = write(tmp_path, "a.yaml", "sources:\n  - {id: s1, title: T, publisher: P}\n")
    second = write(tmp_path, "sub/b.yaml", "sources:\n  - {id: s1, title: U, publisher: Q}\n")
    store = load_store(tmp_path)
    assert store.sources["s1"].title == "T"
    (problem,) = store.problems
    assert problem.path == second and str(first) in problem.message and "duplicate id 's1'" in problem.message


def test_dangling_source_references_are_reported_but_the_entry_loads(tmp_path: Path):
    write(tmp_path, "p.yaml", "people:\n  - name: A B\n    roles:\n      - {title: T, source: nowhere}\n")
    store = load_store(tmp_path)
    assert [p.name for p in store.people] == ["A B"]
    (problem,) = store.problems
    assert problem.line == 4 and "unknown source 'nowhere'" in problem.message


def test_an_empty_file_is_fine_and_other_suffixes_are_ignored(tmp_path: Path):
    write(tmp_path, "empty.yaml", "")
    write(tmp_path, "notes.txt", "people: [oops")
    write(tmp_path, "more.yml", GOOD)
    store = load_store(tmp_path)
    assert store.problems == [] and len(store.people) == 1


def test_non_utf8_bytes_are_located(tmp_path: Path):
    (tmp_path / "latin.yaml").write_bytes(b"people:\n  - name: Jos\xe9 Ramos\n")
    store = load_store(tmp_path)
    (problem,) = store.problems
    assert (problem.line, problem.column) == (2, 14) and "not UTF-8" in problem.message


def test_a_missing_directory_is_an_error():
    with pytest.raises(StoreError, match="does not exist"):
        load_store("/nonexistent/store")


def test_symlink_loops_do_not_hang(tmp_path: Path):
    write(tmp_path, "a/p.yaml", GOOD)
    (tmp_path / "a" / "loop").symlink_to(tmp_path, target_is_directory=True)
    store = load_store(tmp_path)
    assert len(store.people) == 1


def _store_of_several_files(root: Path) -> list[Path]:
    paths = []
    for number in range(5):
        people = "".join(f"  - name: Person{number} Number{n}\n    aliases: [P{n}]\n" for n in range(40))
        paths.append(write(root, f"people-{number}.yaml", "people:\n" + people))
    paths.append(write(root, "bad.yaml", GOOD + "  - name: 12\n"))  # a mistake on line 6
    paths.append(
        write(root, "votes.yaml", "votes:\n  - {id: v1, body: UN, date: 2024-03-25, outcome: adopted, source: gone}\n")
    )
    return paths


def test_worker_processes_find_what_a_one_process_read_finds(tmp_path: Path, monkeypatch):
    from factdesk.sources import parallel
    from factdesk.sources.store import read_file

    monkeypatch.setattr(parallel, "PARALLEL_ABOVE_BYTES", 0)  # stands in for a store of many megabytes
    monkeypatch.setattr(parallel, "usable_cores", lambda: 2)
    paths = _store_of_several_files(tmp_path / "store")
    found = parallel.read_in_parallel(paths)
    assert list(found) != [] and set(found) == set(paths)  # the workers ran
    for path in paths:
        assert found[path] == read_file(path), path.name


def test_an_error_in_a_worker_process_is_raised_not_swallowed(tmp_path: Path, monkeypatch):
    from factdesk.sources import parallel

    monkeypatch.setattr(parallel, "PARALLEL_ABOVE_BYTES", 0)
    monkeypatch.setattr(parallel, "usable_cores", lambda: 2)
    paths = _store_of_several_files(tmp_path / "store")
    with pytest.raises(AttributeError):  # a bug in a worker (here: text where a Path belongs) reaches the caller
        parallel.read_in_parallel([str(path) for path in paths])


def test_a_parallel_first_load_equals_a_one_process_load(tmp_path: Path, monkeypatch):
    from factdesk.sources import parallel

    monkeypatch.setattr(parallel, "PARALLEL_ABOVE_BYTES", 0)
    monkeypatch.setattr(parallel, "usable_cores", lambda: 2)
    _store_of_several_files(tmp_path / "store")
    monkeypatch.setenv("FACTDESK_CACHE_DIR", str(tmp_path / "cache"))
    in_parallel = load_store(tmp_path / "store")
    monkeypatch.setenv("FACTDESK_NO_CACHE", "1")
    alone = load_store(tmp_path / "store")
    assert in_parallel.people == alone.people and in_parallel.votes == alone.votes
    assert [str(p) for p in in_parallel.problems] == [str(p) for p in alone.problems]
    assert len(alone.people) == 201 and any("gone" in p.message for p in alone.problems)
    assert any(p.line == 6 and p.path.name == "bad.yaml" for p in alone.problems)


def test_entries_before_a_syntax_error_still_load_and_the_error_names_its_line(tmp_path: Path):
    people = "".join(f"  - name: Person Number{n}\n" for n in range(3))
    write(tmp_path, "p.yaml", "people:\n" + people + "  - name: [unclosed\n  - name: After Error\n")
    store = load_store(tmp_path)
    assert [p.name for p in store.people] == ["Person Number0", "Person Number1", "Person Number2"]
    (problem,) = store.problems
    assert problem.path.name == "p.yaml" and problem.line == 6


def test_problems_are_listed_in_file_order(tmp_path: Path):
    write(tmp_path, "p.yaml", "people:\n  - name: 1\n  - {name: A B, colour: red}\nextra: 1\n")
    assert [problem.line for problem in load_store(tmp_path).problems] == [2, 3, 4]


def test_a_role_term_known_only_to_the_year_or_month_loads(tmp_path):
    """DESIGN.md: `from`/`until` may be YYYY-MM or YYYY where only that is known; the person is not dropped."""
    from factdesk.sources.store import load_store

    (tmp_path / "p.yaml").write_text(
        "people:\n  - name: Ann Lee\n    roles:\n      - {title: Mayor, from: 2018, until: 2022-07}\n"
        '      - {title: Senator, from: "2023"}\n',
        encoding="utf-8",
    )
    store = load_store(tmp_path)
    assert not store.problems
    (person,) = store.people
    mayor, senator = person.roles
    assert (str(mayor.start), str(mayor.end), str(senator.start)) == ("2018-01-01", "2022-07-31", "2023-01-01")


def test_a_source_dated_by_its_month_or_year_only_is_kept_with_its_day_unknown(tmp_path: Path) -> None:
    """ "date: 2005-09" (a monthly's issue) or "date: 2013" (a year's report): the source and its excerpts are
    kept, the date as written, and no day is made up for it."""
    (tmp_path / "store.yaml").write_text(
        "sources:\n"
        "  - {id: monthly, title: Aid needed, publisher: Weekly, date: 2005-09, excerpts: ['$1.4 billion']}\n"
        "  - {id: yearly, title: Annual report, publisher: Bank, date: 2013, excerpts: ['Profits rose.']}\n"
        "  - {id: bad, title: Typo, publisher: Bank, date: 2013-13, excerpts: [x]}\n",
        encoding="utf-8",
    )
    store = load_store(tmp_path, use_cache=False)
    assert (store.sources["monthly"].date, store.sources["monthly"].date_written) == (None, "2005-09")
    assert (store.sources["yearly"].date, store.sources["yearly"].date_written) == (None, "2013")
    assert "bad" not in store.sources
    assert [p.line for p in store.problems] == [4]


def test_a_linked_folder_is_read_once(tmp_path: Path):
    """A newsroom's shared folder of added sources, linked into a beat's store as `added/`: `sources add` and the
    desk wrote into it and said "Added", and the store never read it (links to folders were not followed)."""
    store = tmp_path / "store"
    write(store, "people.yaml", GOOD)
    source = "sources:\n  - {id: qatar-talks, title: Talks go on, publisher: AP, date: 2024-03-20, type: secondary}\n"
    write(tmp_path, "shared-added/qatar-talks.yaml", source)
    (store / "added").symlink_to(tmp_path / "shared-added", target_is_directory=True)
    (store / "again").symlink_to(tmp_path / "shared-added", target_is_directory=True)  # the same folder twice
    loaded = load_store(store, use_cache=False)
    assert list(loaded.sources) == ["qatar-talks"] and not loaded.problems
