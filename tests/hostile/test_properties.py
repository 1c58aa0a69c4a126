"""Property tests: whatever the text, extraction, the store loader and the report writers never crash."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from html.parser import HTMLParser

import yaml
from factdesk.claims.extract import extract_claims
from factdesk.claims.report import Publisher, render_report
from factdesk.sources.store import load_store
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

NEWSY = st.sampled_from(
    [
        "Prime Minister",
        "Benjamin Netanyahu",
        "Gallant’s",
        "U.S.",
        "voted",
        "abstained",
        "14-0",
        "almost six",
        "months",
        "“",
        "”",
        '"',
        ".",
        ",",
        " ",
        "\n",
        "the",
        "Security Council",
        "adopted",
        "$5 billion",
        "March 25, 2024",
        "Sen.",
        "said",
        "\u00ad",
        "\u00a0",
        "\x1b[31m",
        "[bold]",
        "‏",
        "مرحبا",
        "שלום",
        "e\u0301",
        "—",
        "'s",
    ]
)
ARTICLES = st.one_of(st.text(max_size=400), st.lists(NEWSY, max_size=80).map("".join))


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLES)
@example("MINISTER Aa\u0300")  # found by Hypothesis: a title, then a name written with a decomposed accent
@example("0 -0")  # found by Hypothesis: a minus read as the number's must not start the claim's words
def test_extraction_never_raises_and_offsets_slice_the_words(text: str):
    for claim in extract_claims(text):
        assert 0 <= claim.start <= claim.end <= len(text)
        words = " ".join(text[claim.start : claim.end].split())  # a name's no-break space reads as a space
        if claim.kind.value in ("person", "quantity", "date"):
            # a name is claimed in its normal form: composed accents, no zero-width characters
            written = unicodedata.normalize("NFC", words.translate(_INVISIBLE))
            assert written == unicodedata.normalize("NFC", " ".join(claim.text.split()))
        if claim.kind.value == "role":
            # the person is named in its normal form too (a decomposed "à" is claimed composed)
            assert claim.fields["person"].split()[-1] in unicodedata.normalize("NFC", words.translate(_INVISIBLE))


SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20), st.dates().map(str)
)
YAMLISH = st.recursive(
    SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(
            st.sampled_from(
                [
                    "sources",
                    "people",
                    "votes",
                    "id",
                    "name",
                    "title",
                    "publisher",
                    "roles",
                    "from",
                    "until",
                    "aliases",
                    "excerpts",
                    "tally",
                    "for",
                    "outcome",
                    "x",
                ]
            ),
            children,
            max_size=5,
        ),
    ),
    max_leaves=25,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=YAMLISH)
def test_store_loader_reports_and_never_raises(tmp_path_factory, document):
    folder = tmp_path_factory.mktemp("store")
    (folder / "x.yaml").write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    store = load_store(folder)
    for problem in store.problems:
        assert problem.path == folder / "x.yaml" and problem.message


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=300))
def test_store_loader_survives_arbitrary_bytes(tmp_path_factory, raw: bytes):
    folder = tmp_path_factory.mktemp("store")
    (folder / "x.yaml").write_bytes(raw)
    load_store(folder)


TEXT = st.text(max_size=60)
ALLOWED_TAGS = {
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "h1",
    "h2",
    "h3",
    "dl",
    "dt",
    "dd",
    "div",
    "p",
    "b",
    "blockquote",
    "mark",
    "ul",
    "li",
    "code",
    "a",
    "svg",
    "rect",
    "span",
    "section",
    "ol",
    "br",
}


class _Tags(HTMLParser):
    """Collects the element names of a page: untrusted text must never add one."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.seen.add(tag)


@settings(max_examples=150, deadline=None)
@given(
    texts=st.lists(
        st.tuples(TEXT, TEXT, TEXT, st.sampled_from(["verified", "disputed", "unsupported", "unreviewed"])),
        min_size=1,
        max_size=5,
    ),
    title=TEXT,
)
def test_report_writers_give_valid_output_for_any_text(texts, title: str):
    document = {
        "article": {"title": title, "path": "a.txt", "sha256": "0", "url": title},
        "store": "/nonexistent",
        "reviewers": [title],
        "claims": {
            f"c{n}": {
                "kind": "statement",
                "text": text,
                "sentence": sentence,
                "note": note,
                "verdict": verdict,
                "reviewer": note,
                "at": "2026-01-01T00:00:00Z",
                "evidence": [note],
            }
            for n, (text, sentence, note, verdict) in enumerate(texts)
        },
    }
    json.loads(render_report(document, "json", generated="t")[0])
    publisher = Publisher("Desk", "https://desk.example")
    json.loads(render_report(document, "claimreview", generated="t", publisher=publisher)[0])
    rows = list(csv.reader(io.StringIO(render_report(document, "csv", generated="t")[0])))
    assert len(rows) == len(texts) + 1
    for row in rows[1:]:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)
    html = render_report(document, "html", generated="t")[0]
    tags = _Tags()
    tags.feed(html)
    assert tags.seen <= ALLOWED_TAGS, tags.seen - ALLOWED_TAGS
    render_report(document, "md", generated="t")


QUANTITY_BITS = st.sampled_from(
    ["US$", "us$", "$", "€", "5", "1,200", "2.5", " ", "M", "m", "K", "bn", "Million", "percent", "%", "per cent",
     "Almost", "about", "Twenty", "-", "five", "A dozen", "İ", "ß", "ﬁ", "Flight", "No.", "2024", ".", ",", "x"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(QUANTITY_BITS, max_size=30).map("".join)))
def test_fast_quantity_scan_finds_what_the_plain_pattern_finds(text: str):
    """The lower-cased pre-scan is only a speed-up: the quantities found never change."""
    from factdesk.claims.extract.quantities import _QUANTITY, _quantity_matches

    assert [m.span() for m in _quantity_matches(text)] == [m.span() for m in _QUANTITY.finditer(text)]


YAML_PIECES = st.sampled_from(
    ["a: ", "b: ", "- ", "\n", "\n  ", "\n    ", "&x ", "*x", "&y ", "*y", "!!int ", "!!str ", "!!map ", "!!seq ",
     "!!float ", "!!bool ", "!!null ", "!!python/object:os.system ", "!custom ", "1", "2.5", "yes", "~", "2024-01-01",
     "'q'", '"d"', "[", "]", "{", "}", ", ", ": ", "? ", "<<: ", "---\n", "...\n", "# c\n", "\t", "text", "x: y",
     "people:\n  - ", "name: ", "sources:\n  - ", "id: "]
)  # fmt: skip


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(YAML_PIECES, min_size=1, max_size=14))
def test_the_loader_turns_any_yaml_token_soup_into_data_or_a_located_problem(pieces: list[str]):
    """Explicit tags, anchors and flow and block styles in every wrong combination: a problem, never a crash."""
    from factdesk.sources.yaml_safe import YamlProblem, load_yaml_text

    try:
        load_yaml_text("".join(pieces))
    except YamlProblem as problem:
        assert problem.message and problem.line >= 0
