"""Kill saves half-way: the file is always the old or the new version, the .bak opens, and no
temporary outlives the next save.

A child process loads a large project and saves versions of it (``name`` = "Version N") back to
back, reporting each finished save; the parent kill -9's it after a random delay, then checks the
file on disk, its ``.bak``, and that the next child's first save removes what the killed one left.

    python benchmarks/bench_save_kills.py --kills 400
    python benchmarks/bench_save_kills.py --kills 20 --overrides 20   # the quick test's size
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from rotaplan.core import Override, Project
from rotaplan.store import backup_path, load, save
from rotaplan.store.files import temporary_pattern
from synthetic import synthetic_org  # beside this script, found through sys.path

_CHILD = """
import dataclasses, sys
from rotaplan.store import load, save
template, target, first = sys.argv[1], sys.argv[2], int(sys.argv[3])
project = load(template)
print("ready", flush=True)
version = first
while True:
    save(dataclasses.replace(project, name=f"Version {version}"), target)
    print(version, flush=True)
    version += 1
"""


def large_project(overrides_per_schedule: int) -> Project:
    """The synthetic organisation with ``overrides_per_schedule`` hourly overrides per schedule."""
    org = synthetic_org()
    schedules = []
    for schedule in org.schedules:
        first = schedule.overrides[0]
        base = first.start.astimezone(UTC)  # absolute hours: wall-clock sums can end before start
        extra = tuple(
            Override(
                id=f"{schedule.id}-bulk-{k}",
                start=base + timedelta(days=400 + k),
                end=base + timedelta(days=400 + k, hours=1),
                person=first.person,
            )
            for k in range(overrides_per_schedule)
        )
        schedules.append(dataclasses.replace(schedule, overrides=schedule.overrides + extra))
    return dataclasses.replace(org, schedules=tuple(schedules))


def _version(path: Path) -> int:
    return int(load(path).name.removeprefix("Version "))


def _temporaries(target: Path) -> set[str]:
    pattern = temporary_pattern(target)
    return {p.name for p in target.parent.iterdir() if pattern.fullmatch(p.name)}


def run(kills: int, overrides: int, seed: int, folder: Path) -> dict[str, object]:
    """Kill ``kills`` saving children; returns the counts. AssertionError on any bad state."""
    rng = random.Random(seed)
    template = folder / "template.rotaplan"
    target = folder / "team.rotaplan"
    project = large_project(overrides)
    save(project, template)
    save(dataclasses.replace(project, name="Version 0"), target)
    started = time.monotonic()
    save(dataclasses.replace(project, name="Version 1"), target)
    save_seconds = time.monotonic() - started
    on_disk, next_version = 1, 2
    outcomes: Counter[str] = Counter()
    left_behind: set[str] = set()
    for _ in range(kills):
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(template), str(target), str(next_version)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline() == "ready\n"
        finished: list[int] = []
        # Half the time, wait for the first finished save: it must have removed what the
        # previous kill left (the other half, the kill may land in that very save).
        if left_behind and rng.random() < 0.5:
            finished.append(int(child.stdout.readline()))
            assert not left_behind & _temporaries(target), left_behind & _temporaries(target)
            outcomes["leftovers removed by the next save"] += 1
        time.sleep(rng.uniform(0, 3 * save_seconds))
        os.kill(child.pid, signal.SIGKILL)
        rest, _ = child.communicate()
        finished += [int(line) for line in rest.split()]
        # The last finished save, or the one in flight when the kill came.
        last = finished[-1] if finished else on_disk
        allowed = {last, finished[-1] + 1 if finished else next_version}
        version = _version(target)
        assert version in allowed, (version, allowed)
        # A kill between making the .bak and the rename leaves the .bak equal to the file.
        backup = _version(backup_path(target))
        assert backup <= version, (backup, version)
        in_flight = "file = the save in flight" if version != last else "file = the last save"
        outcomes[in_flight] += 1
        outcomes[".bak = file (killed between .bak and rename)"] += backup == version
        left_behind = _temporaries(target)
        outcomes["kills leaving a temporary"] += bool(left_behind)
        on_disk, next_version = version, version + 1
    save(dataclasses.replace(project, name=f"Version {next_version}"), target)
    assert _temporaries(target) == set(), _temporaries(target)
    assert _version(backup_path(target)) == on_disk
    return {
        "kills": kills,
        "file MB": round(target.stat().st_size / 1e6, 1),
        "one save s": round(save_seconds, 3),
        **dict(outcomes),
    }


def main(argv: list[str] | None = None) -> int:
    """Run the kills and print what happened."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=400)
    parser.add_argument("--overrides", type=int, default=150, help="bulk overrides per schedule")
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        started = time.monotonic()
        result = run(args.kills, args.overrides, args.seed, Path(folder))
    for key, value in result.items():
        print(f"{key}: {value}")
    print(f"elapsed s: {time.monotonic() - started:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
