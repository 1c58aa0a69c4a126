"""Opening a review on a checked article: which mark in the file goes with which claim.

Verdicts carry over by claim id. When the article was edited, a repeated claim
(ids `X`, `X-2` by reading order) takes the mark given to the occurrence in its
own sentence and place, so deleting the first occurrence does not move its
verdict onto the next; claims the reviewer added are found again by their words.
A stored claim that no longer occurs is kept as orphaned, never dropped. A review
file made for another article is refused rather than taken over.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from factdesk.base.text import fold
from factdesk.claims.desk import CheckedArticle
from factdesk.claims.model import Claim, Mark, ReviewedClaim
from factdesk.claims.review_added import relocate
from factdesk.claims.review_document import ReviewDocument, ReviewError, StoredClaim
from factdesk.claims.review_renamed import article_is_gone, holds_claims_of
from rapidfuzz import fuzz

__all__ = ["carry_over", "refuse_another_article"]

_SAME_SENTENCE = 70  # rapidfuzz ratio (0-100): a sentence with a word or two changed, not another sentence


def refuse_another_article(document: ReviewDocument, checked: CheckedArticle) -> None:
    """A review file made for another article is not taken over: every one of its claims would be orphaned."""
    article = checked.article
    written = document.article.path
    if not written or document.article.sha256 in (None, article.sha256):
        return  # a hand-made file that names no article, or the same text (perhaps moved or renamed)
    here = article.path.resolve()
    candidates = [Path(written).resolve()]
    beside = document.article_path()
    if beside is not None:
        candidates.append(beside.resolve())
    named = document.named_article()
    if named is not None and Path(written).name == article.path.name:
        candidates.append(named.resolve())  # the same name beside it: its folder was renamed, copied or cloned
    if here in candidates or (not Path(written).is_absolute() and Path(written).name == article.path.name):
        return  # the same article, edited since: verdicts carry over by claim id
    if article_is_gone(document) and holds_claims_of(document, {claim.id for claim in checked.claims}):
        return  # its article was renamed (and edited since): no other article's review, its claims are these
    raise ReviewError(
        document.path,
        f"this review belongs to another article ({written}); opening it for {article.path} would orphan "
        "all its claims. Open that article, or give this one its own --review file",
    )


def carry_over(checked: CheckedArticle, document: ReviewDocument | None) -> list[ReviewedClaim]:
    """The article's claims with the marks the review file holds for them, then the file's other claims."""
    stored: dict[str, StoredClaim] = dict(document.claims) if document else {}
    same_article = document is None or document.article.sha256 == checked.article.sha256
    # Matched by their words, sentence and place even in the same article: a review made by an older factdesk
    # may know a claim under another id (its extraction rules, and so its ids, were not these).
    moved = _match_repeats(checked.claims, stored)
    moved.update(_match_reworded_sentences(checked.claims, stored, moved))
    claimed = set(moved.values())
    shifts = _shifts(checked.claims, stored, moved)
    records = []
    for claim, suggestion in zip(checked.claims, checked.suggestions, strict=True):
        key = moved.get(claim.id, claim.id if claim.id not in claimed else None)
        entry = stored.pop(key, None) if key is not None else None
        mark = entry.mark if entry is not None else Mark()
        if suggestion is None and same_article and entry is not None:
            suggestion = entry.suggestion  # last session's, until re-checked
        records.append(ReviewedClaim(claim, suggestion, mark))
    taken = {claim.id for claim in checked.claims}
    for claim_id, entry in stored.items():
        claim, orphaned = entry.claim, not entry.added
        if orphaned and same_article and _still_in_place(entry, checked.article.text):
            orphaned = False  # found by an older factdesk's rules only: its words are where they were
        if entry.added and (not same_article or entry.orphaned):  # orphaned last time: only its words bring it back
            found = relocate(claim, checked.article.text, claim.start + _shift_at(shifts, claim.start))
            claim, orphaned = (claim, True) if found is None else (found, False)
        if claim_id in taken:  # its id now names another occurrence of the same claim
            claim = replace(claim, id=_free_id(f"{claim_id}-orphaned", taken))
            orphaned = True
        taken.add(claim.id)
        records.append(ReviewedClaim(claim, entry.suggestion, entry.mark, orphaned=orphaned, added=entry.added))
    return records


def _shifts(claims: list[Claim], stored: Mapping[str, StoredClaim], moved: Mapping[str, str]) -> list[tuple[int, int]]:
    """(old start, how far it moved) of each claim found again in a sentence of the same words: how much text
    was put in or taken out before each place of the old article."""
    found = []
    for claim in claims:
        entry = stored.get(moved.get(claim.id, claim.id))
        if entry is not None and not entry.added and entry.claim.sentence.split() == claim.sentence.split():
            found.append((entry.claim.start, claim.start - entry.claim.start))
    return sorted(found)


def _shift_at(shifts: list[tuple[int, int]], start: int) -> int:
    """How far text at `start` of the old article moved: as far as the nearest claim found again before it."""
    before = [shift for at, shift in shifts if at <= start]
    return before[-1] if before else (shifts[0][1] if shifts else 0)


def _still_in_place(entry: StoredClaim, text: str) -> bool:
    """A marked claim of this very text that the extraction no longer finds (its rules changed): it is still
    in the article, at its place, and shown there; orphaned, it fell out of the counts and the corrections."""
    claim = entry.claim
    return not entry.orphaned and entry.mark != Mark() and 0 <= claim.start < claim.end <= len(text)


def _match_repeats(claims: list[Claim], stored: Mapping[str, StoredClaim]) -> dict[str, str]:
    """Which stored entry each claim of an edited article is: the same words in the same sentence, at the same place.

    A claim that repeats gets ids by reading order (`X`, `X-2`), so deleting the first occurrence
    gives the second the id `X`, whose stored mark was given to the deleted one. Occurrences are
    matched instead by their sentence, then by their place: the same offset (nothing before it
    changed) or the same distance from the end (nothing after it changed), then in reading order.
    """
    earlier = [(claim_id, entry.claim) for claim_id, entry in stored.items() if not entry.added and not entry.orphaned]
    old_end = max((claim.end for _, claim in earlier), default=0)
    new_end = max((claim.end for claim in claims), default=0)
    families: dict[tuple[str, str, str], list[tuple[str, Claim]]] = {}
    for claim_id, claim in sorted(earlier, key=lambda pair: pair[1].start):
        families.setdefault(_sameness(claim), []).append((claim_id, claim))
    matched: dict[str, str] = {}
    unmatched: dict[tuple[str, str, str], list[Claim]] = {}
    for claim in claims:
        family = families.get(_sameness(claim), [])
        for number, (claim_id, old) in enumerate(family):
            if old.start == claim.start or old_end - old.start == new_end - claim.start:
                matched[claim.id] = claim_id
                del family[number]
                break
        else:
            unmatched.setdefault(_sameness(claim), []).append(claim)
    for sameness, left in unmatched.items():
        for claim, (claim_id, _old) in zip(left, families.get(sameness, []), strict=False):
            matched[claim.id] = claim_id
    return matched


def _match_reworded_sentences(
    claims: list[Claim], stored: Mapping[str, StoredClaim], matched: Mapping[str, str]
) -> dict[str, str]:
    """Claims of an edited article whose words are unchanged but whose sentence was reworded, to their entries.

    A figure, date or quote is told apart from its namesakes by its sentence, so its id changes when any
    word of the sentence does ("two" -> "three of his closest advisors" moved "almost six months" to a new
    id): its verdict and note were orphaned though what it says was not touched. Each is matched to an
    entry left over, of the same kind and words, whose sentence is mostly the same (the best first).
    """
    claimed = set(matched.values())
    leftover = [
        (claim_id, entry.claim)
        for claim_id, entry in stored.items()
        if not entry.added and not entry.orphaned and claim_id not in claimed
    ]
    current = {claim.id for claim in claims}
    by_words: dict[tuple[str, str], list[tuple[str, Claim]]] = {}
    for claim_id, old in leftover:
        if claim_id not in current:
            by_words.setdefault(_words(old), []).append((claim_id, old))
    found: dict[str, str] = {}
    for claim in claims:
        if claim.id in matched or claim.id in stored:
            continue
        candidates = by_words.get(_words(claim), [])
        scored = [(fuzz.ratio(claim.sentence, old.sentence), number) for number, (_, old) in enumerate(candidates)]
        best = max(scored, default=None)
        if best is not None and best[0] >= _SAME_SENTENCE:
            found[claim.id] = candidates.pop(best[1])[0]
    return found


def _words(claim: Claim) -> tuple[str, str]:
    return (claim.kind.value, fold(claim.text))


def _sameness(claim: Claim) -> tuple[str, str, str]:
    return (claim.kind.value, fold(claim.text), " ".join(claim.sentence.split()))


def _free_id(wanted: str, taken: set[str]) -> str:
    candidate, number = wanted, 1
    while candidate in taken:
        number += 1
        candidate = f"{wanted}-{number}"
    return candidate
