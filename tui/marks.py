"""How verdicts look: a mark that reads without colour, and a style that reads at a glance with it."""

from __future__ import annotations

from factdesk.claims.model import Verdict

MARKS = {
    Verdict.VERIFIED: "✔",
    Verdict.DISPUTED: "✘",
    Verdict.UNSUPPORTED: "?",
    Verdict.UNREVIEWED: "·",
}
STYLES = {
    Verdict.VERIFIED: "bold green",
    Verdict.DISPUTED: "bold red",
    Verdict.UNSUPPORTED: "bold yellow",
    Verdict.UNREVIEWED: "dim",
}
WORDS = {
    Verdict.VERIFIED: "verified",
    Verdict.DISPUTED: "disputed",
    Verdict.UNSUPPORTED: "unsupported",
    Verdict.UNREVIEWED: "unreviewed",
}
