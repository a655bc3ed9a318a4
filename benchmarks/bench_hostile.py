"""Run generated hostile project files through the commands as subprocesses; count what breaks.

Each file (tests/store/hostile_files.py, seeded) goes through render, check, report, export-ical,
simulate and suggest, each a ``python -m rotaplan`` subprocess with a timeout. Printed: files and
runs, exit statuses, tracebacks, runs with more than one line on stderr, hangs (timeouts),
changed inputs and the largest peak memory of any run (the target: 0, 0, 0, 0, under 1 GiB).

    python benchmarks/bench_hostile.py [--files 2000] [--jobs 2] [--timeout 10] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.store.hostile_files import commands, hostile_file  # after the path


def _one(seed: int, timeout: float) -> Counter[str]:
    rng = random.Random(seed)
    data = hostile_file(rng)
    counts: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / "hostile.rotaplan"
        file.write_bytes(data)
        for command in commands(rng, data, str(Path(folder) / "out") + "/"):
            argv = [sys.executable, "-m", "rotaplan", command[0], str(file), *command[1:]]
            if any("\0" in arg for arg in argv):
                counts["not expressible as a command line (NUL in an argument)"] += 1
                continue
            counts["runs"] += 1
            try:
                done = subprocess.run(argv, capture_output=True, timeout=timeout, check=False)
            except subprocess.TimeoutExpired:
                counts["hangs"] += 1
                print(f"hang: seed {seed}: {' '.join(command)}", flush=True)
                continue
            counts[f"exit {done.returncode}"] += 1
            if b"Traceback" in done.stdout + done.stderr or done.returncode not in (0, 1, 2):
                counts["tracebacks"] += 1
                last = done.stderr.strip().splitlines()[-1:] or [b""]
                print(f"traceback: seed {seed}: {command[0]}: {last[0][:200]!r}", flush=True)
            elif done.returncode == 2 and done.stderr.count(b"\n") != 1:
                counts["stderr not one line"] += 1
                print(f"stderr: seed {seed}: {command[0]}: {done.stderr[:200]!r}", flush=True)
            if file.read_bytes() != data:
                counts["changed inputs"] += 1
                print(f"changed: seed {seed}: {command[0]}", flush=True)
                file.write_bytes(data)
    return counts


def main() -> None:
    """Run the corpus and print the counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    total: Counter[str] = Counter()
    seeds = range(args.seed * 1_000_000, args.seed * 1_000_000 + args.files)
    with ThreadPoolExecutor(args.jobs) as pool:
        for counts in pool.map(lambda s: _one(s, args.timeout), seeds):
            total.update(counts)
    # ru_maxrss of the children: the largest peak of any one run (KiB on Linux).
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    statuses = ", ".join(f"{k}: {v}" for k, v in sorted(total.items()) if k.startswith("exit"))
    print(f"{args.files} files, {total['runs']} runs ({statuses})")
    print(
        f"tracebacks {total['tracebacks']}, stderr not one line {total['stderr not one line']}, "
        f"hangs {total['hangs']}, changed inputs {total['changed inputs']}, "
        f"max RSS {peak:.0f} MiB"
    )
    skipped = total["not expressible as a command line (NUL in an argument)"]
    if skipped:
        print(f"{skipped} command lines left out: an id with a NUL byte cannot be an argument")


if __name__ == "__main__":
    main()
