"""A quick run of benchmarks/bench_save_kills.py: saves killed half-way never damage the file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).parents[2] / "benchmarks" / "bench_save_kills.py"


@pytest.mark.skipif(os.name != "posix", reason="kill -9 and flock are POSIX")
def test_saves_killed_at_random_points_leave_old_or_new_and_no_temporary() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--kills", "10", "--overrides", "5"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "kills: 10" in done.stdout
