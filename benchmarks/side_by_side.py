"""Run benchmarks of this checkout and of another one (a baseline) side by side, in one run.

    QT_QPA_PLATFORM=offscreen python benchmarks/side_by_side.py --baseline ../old-checkout \
        bench_core bench_analysis bench_gui

Each round runs every named benchmark for both checkouts, alternating which goes first, so both
see the same machine load; every script runs with its own checkout's ``src`` first on the path
and prints its own lines, labelled with the checkout. Compare the numbers of the same line.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]


def run(checkout: Path, bench: str) -> str:
    """The output of one benchmark script of ``checkout``."""
    env = dict(os.environ, PYTHONPATH=f"{checkout / 'src'}{os.pathsep}{checkout}")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    script = checkout / "benchmarks" / f"{bench}.py"
    done = subprocess.run(
        [sys.executable, str(script)], env=env, cwd=checkout, capture_output=True, text=True
    )
    if done.returncode != 0:
        return f"(failed with exit status {done.returncode})\n{done.stderr[-2000:]}"
    return done.stdout


def main() -> int:
    """Print each benchmark's output for the baseline and for this checkout."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, required=True, help="the other checkout")
    parser.add_argument("--rounds", type=int, default=1, help="how many times to run each")
    parser.add_argument("benches", nargs="+", help="benchmark names, e.g. bench_core")
    args = parser.parse_args()
    sides = {"baseline": args.baseline.resolve(), "current": HERE}
    for round_number in range(args.rounds):
        order = list(sides) if round_number % 2 == 0 else list(reversed(sides))
        for bench in args.benches:
            for label in order:
                print(f"== {bench} · {label} · round {round_number + 1}", flush=True)
                sys.stdout.write(run(sides[label], bench))
                sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
