"""Split article text into sentences with offsets, without tripping on "U.S.", "Gen." or "Joseph R. Biden".

A line break ends a sentence (headlines and list items have no full stop) unless
it only wraps a paragraph: the line runs on in lower case, or breaks after a
comma or a small word ("said on\nMonday"), so re-wrapping an article changes
no sentence. Within a line a sentence ends at `.`, `!` or `?` (plus closing quotes or
brackets) followed by a space and a capital, digit or opening quote, unless the
word before is a known abbreviation or a single initial.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cpt sgt adm cmdr gov sen rep rev hon pres supt insp
    st jr sr messrs mme mlle sr sra no nos vol art fig jan feb mar apr jun jul aug sep sept oct nov dec v
    inc corp ltd co bros dept est approx vs etc al ft mt univ assn gov't sens reps govs gens drs profs
    lts cols capts sgts""".split()
)
# After a dotted acronym ("U.S.") a sentence ends only if one of these words follows.
SENTENCE_STARTERS = frozenset(
    """the a an he she it they we i but however in on this that these those there his her their
    its our meanwhile later earlier officials critics yet still""".split()
)
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9À-ÖØ-Þ])")
_RUNS_ON = frozenset("abcdefghijklmnopqrstuvwxyz0123456789,;%")  # a line ending so may go on below
_TALLY_AFTER = re.compile(r"\s+\d{1,3}\s?[-–—]\s?\d{1,3}\b")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.'’]*)$")
_LONGEST_WORD = 64  # an abbreviation or acronym is far shorter
_WORD_BEFORE_INITIAL = re.compile(r"([A-Za-z][\w'’-]*)\s+$")
_WORD_AFTER = re.compile(r"\s+[\"'“‘]?([A-Za-z][\w'’-]*)")
_COMMON_RANK = 5000  # the most frequent words of English: "Foreign", "Researchers", not "Somanath"
_ACRONYM = re.compile(r"(?:[A-Za-z]\.){2,}$")
_DATELINE_PLACE = re.compile(r"\s*[A-Z][A-Z'’ -]{2,}(?:,\s*[A-Z][\w.'’ -]*)+$")  # "MADISON, Wis."


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


_RUNS_ON_AFTER = frozenset(
    """a an the of on in at to for by with from and or but as that than said says told according about
    over under into after before between during its their his her""".split()
)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences in order; `text[s.start:s.end] == s.text`; only a wrapped paragraph's line breaks are inside one."""
    sentences: list[Sentence] = []
    lines = text.split("\n")
    wrapped = _hard_wrapped(lines)
    block_start, block = 0, lines[0]
    for line in lines[1:]:
        if _wraps(block, line) or (wrapped and block.strip() and line.strip() and not _starts_item(line)):
            block += "\n" + line
            continue
        _split_line(block, block_start, sentences)
        block_start += len(block) + 1
        block = line
    _split_line(block, block_start, sentences)
    return sentences


def _hard_wrapped(lines: list[str]) -> bool:
    """Whether the text is wrapped at a fixed width (an e-mail, a wire file), with a blank line between
    paragraphs: most of its lines then come close to the longest."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 4:
        return False
    width = lengths[int(len(lengths) * 0.9) - 1]
    if width > 100 or width < 30:
        return False
    close = sum(length >= 0.75 * width for length in lengths)
    followed = any(a.strip() and b.strip() for a, b in itertools.pairwise(lines))
    return followed and close >= 0.6 * len(lengths)


def _starts_item(line: str) -> bool:
    """A list item or a heading starts its own sentence even in wrapped text."""
    head = line.lstrip()
    return head[:1] in ("-", "*", "•", "#", ">") or bool(re.match(r"\d+[.)]\s", head))


def _wraps(before: str, line: str) -> bool:
    """Whether the break between `before` and `line` only wraps a paragraph."""
    tail, head = before.rstrip(), line.lstrip()
    if not tail or not head or len(before) - len(tail) > 1 or tail[-1] not in _RUNS_ON:
        return False
    if head[0].islower() or head[0].isdigit() or head[0] in "$€£(":
        return True
    last_word = tail.rsplit(None, 1)[-1].lower()
    return tail[-1] == "," or last_word in _RUNS_ON_AFTER


def _split_line(line: str, offset: int, out: list[Sentence]) -> None:
    start = 0
    for match in _BOUNDARY.finditer(line):
        end = match.end()
        if match.group().startswith(".") and not _ends_sentence(line, match.start(), end):
            continue
        _add(line, offset, start, end, out)
        start = end
    _add(line, offset, start, len(line), out)


def _ends_sentence(line: str, dot: int, end: int) -> bool:
    # Only the word before the dot matters; searching the whole line before it made long lines quadratic.
    before = _WORD_BEFORE.search(line, max(0, dot - _LONGEST_WORD), dot + 1)
    if before is None:
        return True
    word = before.group(1)
    if _DATELINE_PLACE.match(line, line.rfind("\n", 0, dot) + 1, dot + 1) and re.match(r"\s*[(—–-]", line[end:]):
        return False  # "MADISON, Wis. (Dec. 23) -": a dateline's place, not a sentence
    if _ACRONYM.search(word):
        following = line[end:].split(None, 1)
        return bool(following) and following[0].lower().strip("\"'“‘") in SENTENCE_STARTERS
    if _TALLY_AFTER.match(line, end):
        return False  # "by Yea-Nay Vote. 83 - 16.": edited prose never opens a sentence with a bare tally
    bare = word.rstrip(".").lower()
    if bare in ABBREVIATIONS:
        return False
    if len(bare) == 1 and word[0].isupper():  # an initial: "Joseph R. Biden", not "wrote on X. Foreign Minister"
        before_it = _WORD_BEFORE_INITIAL.search(line, max(0, before.start() - _LONGEST_WORD), before.start())
        after_it = _WORD_AFTER.match(line, end)
        return (
            before_it is not None
            and before_it.group(1)[0].islower()
            and before_it.group(1) not in _name_words()[0]  # "Charles de G. Smith"
            and after_it is not None
            and _is_common(after_it.group(1).lower())  # "chairman S. Somanath told": an initial all the same
            and not _a_surname_next(line, after_it.end())  # "writer L. Ron Hubbard", however "Ron" is spelled
        )
    return True


def _a_surname_next(line: str, at: int) -> bool:
    """Whether a capitalised word that is no common one follows: the surname of a name with an initial."""
    following = _WORD_AFTER.match(line, at)
    return following is not None and following.group(1)[0].isupper() and not _is_common(following.group(1).lower())


def _is_common(word: str) -> bool:
    """Whether a word is among the most frequent of English (a sentence's first word, seldom a surname)."""
    return _name_words()[1].get(word, _COMMON_RANK) < _COMMON_RANK


@cache
def _name_words() -> tuple[frozenset[str], dict[str, int]]:
    """The extractor's name particles and common English words, read when first needed: the extract package
    imports this module, so it cannot be imported while this one loads."""
    from factdesk.claims.extract.name_model import common_words
    from factdesk.claims.extract.tokens import PARTICLES

    return PARTICLES, common_words()


def _add(line: str, offset: int, start: int, end: int, out: list[Sentence]) -> None:
    piece = line[start:end]
    left = len(piece) - len(piece.lstrip())
    right = len(piece.rstrip())
    if right > left:
        out.append(Sentence(offset + start + left, offset + start + right, piece[left:right]))
