"""Who voted how, as the voter's own clause says it: "X voted against", "X abstained"."""

from __future__ import annotations

import re

from factdesk.claims.extract.votes.mention import BODY, MEASURE_NOUN, VoteMention, actor_name, clean_measure
from factdesk.claims.sentences import Sentence

_POSITION_VERBS = [
    (r"abstained|abstains|abstaining|chose\s+to\s+abstain|abstention", "abstain"),
    (r"voted\s+(?:in\s+favou?r(?:\s+of)?|for|yes)|backed|supported|approved", "for"),
    (r"voted\s+(?:against|no)|opposed|rejected", "against"),
    (r"vetoed|used\s+(?:its|their|a)\s+veto|cast\s+(?:a|its|their)\s+veto", "veto"),
]
_POSITION = re.compile(
    r"(?P<actor>(?:the\s+)?(?:[A-Z][\w.'’-]*|U\.S\.)(?:\s+(?:[A-Z][\w.'’-]*|of|and))*?)"
    # "Senator Mitch McConnell, the Republican leader, backed": an apposition between voter and vote
    r"(?:,\s+(?:the|a|an|who|which|[a-z])[^,;.]{0,60}?,)?"
    r",?\s+(?:(?:has|had|have)\s+)?(?:also\s+)?(?P<verb>" + "|".join(f"(?:{v})" for v, _ in _POSITION_VERBS) + r")\b"
)


_POSITION_TARGET = re.compile(
    rf"\s+(?:on\s+|for\s+|against\s+|from\s+voting\s+on\s+)?(?P<measure>(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,6}}{MEASURE_NOUN}(?:\s+\d+)?)",
    re.IGNORECASE,
)

_SUPPORT_VERBS = frozenset({"backed", "supported", "opposed"})


def find_positions(sentence: Sentence, body: str | None, measure: str | None) -> list[VoteMention]:
    """Each voter written before a position verb, with the sentence's body and measure."""
    text = sentence.text
    found: list[VoteMention] = []
    for match in _POSITION.finditer(text):
        actor_written = match["actor"]
        verb = match["verb"].lower()
        if verb in ("approved", "rejected") or "abstention" in verb or BODY.fullmatch(actor_written.strip()):
            continue  # those are outcomes, or nouns
        position = next(p for pattern, p in _POSITION_VERBS if re.fullmatch(pattern, verb))
        target = _POSITION_TARGET.match(text[match.end() :])
        if verb in _SUPPORT_VERBS and target is None:
            continue
        if measure is None:
            if target:
                measure = clean_measure(target["measure"])[0] or None
        for actor in re.split(r"\s+and\s+|,\s*", actor_written):
            if not actor.strip() or actor.strip().lower() in ("the", "it", "they"):
                continue
            fields = {"actor": actor_name(actor), "position": position}
            if body:
                fields["body"] = body
            if measure:
                fields["measure"] = measure
            found.append(VoteMention(sentence.start + match.start("actor"), sentence.start + match.end("verb"), fields))
    return found
