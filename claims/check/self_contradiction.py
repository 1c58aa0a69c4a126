"""A sentence its own figures contradict: "raised its forecast to 1.4% from 1.9%", "voted 101-6, below the 87
needed". Whatever the sources say, such a statement is wrong somewhere, and the reviewer should see it where
the reporter's words are, on the statement as well as on its figures."""

from __future__ import annotations

from factdesk.claims.check.comparisons import wrong_comparison
from factdesk.claims.check.directions import against_its_level
from factdesk.claims.check.figure_places import figures_in, same_unit


def contradicts_itself(sentence: str) -> str | None:
    """Why the sentence contradicts itself: a level that went the other way, or a comparison its figures belie."""
    compared = wrong_comparison(sentence)
    if compared is not None:
        return compared.reason
    figures = figures_in(sentence)
    for figure in figures:
        levels = {other.written: other.value for other in figures if same_unit(other.unit, figure.unit)}
        turned_back = against_its_level(sentence, figure.written, figure.value, levels)
        if turned_back is not None:
            way, level = turned_back
            return f"the sentence says {way} from {figure.written} to {level}, the other way"
    return None
