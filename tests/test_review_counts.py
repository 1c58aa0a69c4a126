"""The status bar's counts are kept as changes happen; they must always equal a fresh count."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from pathlib import Path

from factdesk.claims.desk import prepare_check
from factdesk.claims.model import ClaimKind, Mark, Verdict
from factdesk.claims.review import ReviewSession

from tests.app_helpers import workspace


def test_counts_follow_every_kind_of_change(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, dt.date(2024, 3, 25)), reviewer="r")
    chooser = random.Random(7)
    verdicts = list(Verdict)
    for step in range(300):
        ids = list(session.records)
        action = chooser.choice(["mark", "mark", "note", "undo", "redo", "many", "add"])
        if action == "mark":
            session.mark(chooser.choice(ids), chooser.choice(verdicts))
        elif action == "note":
            session.set_note(chooser.choice(ids), f"note {step}")
        elif action == "undo":
            session.undo()
        elif action == "redo":
            session.redo()
        elif action == "many":
            session.mark_many({claim: chooser.choice(verdicts) for claim in chooser.sample(ids, 3)})
        elif step % 50 == 0:
            session.add_claim(ClaimKind.STATEMENT, f"typed claim {step}", 0, 0)
        records = session.records.values()
        assert +session.tally() == +Counter(record.mark.verdict for record in records), (step, action)
        assert session.touched_count() == sum(record.mark != Mark() for record in records)
    session.close()
    reopened = ReviewSession.open(session.checked, reviewer="s")
    assert +reopened.tally() == +session.tally()
    reopened.close()
