"""A lone surname later in an article ("Gallant’s") is a mention of the full name, not a new person."""

from __future__ import annotations

from factdesk.base.text import fold
from factdesk.claims.extract.name_cues import known_by_one_name, may_be_surname, one_typo_from
from factdesk.claims.extract.name_spans import Mention, NameSpan


def link_mentions(
    names: list[NameSpan], singles: list[NameSpan], text: str, lower_in_article: frozenset[str] = frozenset()
) -> list[Mention]:
    """Each lone word's mention of the full name it stands for; a lone word that names a person of its own
    (a titled surname, a misspelt surname, a calling before it) joins `names` instead."""
    by_surname: dict[str, list[NameSpan]] = {}
    for span in names:
        by_surname.setdefault(fold(span.surname), []).append(span)
    mentions: list[Mention] = []
    for single in singles:
        candidates = by_surname.get(fold(single.name))
        if candidates:
            before = [span for span in candidates if span.start < single.start]
            chosen = before[-1] if before else candidates[0]
            mentions.append(Mention(single, chosen.name))
        elif (single.honorific or (single.title is not None and not single.weak_title)) and may_be_surname(
            single.name, lower_in_article
        ):
            # "President Biden", "Mr. Kitzmiller" with no full name anywhere: the surname is the person
            names.append(single)
        elif one_typo_from(fold(single.name), by_surname):
            # "Shigeru Ishiba won. Ishida, 67, said": a surname misspelt is a claim about its spelling
            names.append(single)
        elif known_by_one_name(text, single):
            names.append(single)
    # the others written so later are that person too ("Gloria developed eczema")
    one_word = {fold(span.name): span for span in names if " " not in span.name}
    for single in singles:
        known = one_word.get(fold(single.name))
        if known is not None and known is not single and single not in names:
            mentions.append(Mention(single, known.name))
    return mentions
