"""The benchmark at its smallest sizes, so it cannot rot (no targets asserted: timing is not a unit test)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_quick_benchmark_prints_every_stage(tmp_path: Path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--data", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    for stage in ("store load, cold", "extraction", "checking", "app", "report"):
        assert f"| {stage} |" in result.stdout
    assert "key to saved file" in result.stdout
