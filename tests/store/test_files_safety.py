"""Saving: modes, symlinks, stale temporaries, concurrent saves, and what the reader refuses."""

from __future__ import annotations

import dataclasses
import math
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from rotaplan.core import Project
from rotaplan.store import ProjectFileError, StoreError, backup_path, load, loads, save
from rotaplan.store.demo import demo_project
from rotaplan.store.files import atomic_write_text, temporary_pattern
from rotaplan.store.format import MAX_FILE_BYTES

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes and flock are POSIX")


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def _temporaries(folder: Path, target: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if temporary_pattern(target).fullmatch(p.name))


@posix_only
@pytest.mark.usefixtures("umask_022")
def test_new_files_and_the_bak_get_the_mode_the_umask_gives(tmp_path: Path) -> None:
    path = tmp_path / "team.rotaplan"
    save(demo_project(), path)
    assert _mode(path) == 0o644
    save(dataclasses.replace(demo_project(), name="Renamed"), path)
    assert _mode(path) == 0o644
    assert _mode(backup_path(path)) == 0o644
    calendar = tmp_path / "one.ics"
    atomic_write_text(calendar, "BEGIN:VCALENDAR\r\n", keep_backup=False)
    assert _mode(calendar) == 0o644


@posix_only
def test_a_stricter_umask_is_followed(tmp_path: Path) -> None:
    previous = os.umask(0o077)
    try:
        save(demo_project(), tmp_path / "private.rotaplan")
    finally:
        os.umask(previous)
    assert _mode(tmp_path / "private.rotaplan") == 0o600


@posix_only
@pytest.mark.usefixtures("umask_022")
def test_an_overwritten_file_keeps_its_mode_and_its_bak_too(tmp_path: Path) -> None:
    path = tmp_path / "team.rotaplan"
    save(demo_project(), path)
    os.chmod(path, 0o600)
    save(demo_project(), path)
    assert _mode(path) == 0o600
    assert _mode(backup_path(path)) == 0o600


@posix_only
def test_saving_through_a_symlink_writes_the_real_file(tmp_path: Path) -> None:
    real_folder = tmp_path / "repo"
    real_folder.mkdir()
    real = real_folder / "team.rotaplan"
    save(demo_project(), real)
    link = tmp_path / "link.rotaplan"
    link.symlink_to(real)
    save(dataclasses.replace(demo_project(), name="Through the link"), link)
    assert link.is_symlink()
    assert load(real).name == "Through the link"
    assert load(backup_path(real)) == demo_project()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.rotaplan", "repo"]
    assert sorted(p.name for p in real_folder.iterdir()) == ["team.rotaplan", "team.rotaplan.bak"]


@posix_only
def test_a_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.rotaplan"
    link.symlink_to(tmp_path / "new.rotaplan")
    save(demo_project(), link)
    assert link.is_symlink()
    assert load(tmp_path / "new.rotaplan") == demo_project()


def test_the_next_save_removes_temporaries_left_by_a_killed_save(tmp_path: Path) -> None:
    path = tmp_path / "team.rotaplan"
    save(demo_project(), path)
    left = [
        tmp_path / ".team.rotaplan.0123456789abcdef.tmp",
        tmp_path / ".team.rotaplan.0123456789abcdef.bak.tmp",
        tmp_path / ".team.rotaplan.fedcba9876543210.bak.tmp",
    ]
    for temp in left:
        temp.write_text("half")
    unrelated = [tmp_path / ".other.rotaplan.0123456789abcdef.tmp", tmp_path / ".team.rotaplan.x"]
    for other in unrelated:
        other.write_text("keep")
    save(demo_project(), path)
    assert _temporaries(tmp_path, path) == []
    assert all(other.exists() for other in unrelated)


@posix_only
def test_a_live_saves_temporary_is_never_removed(tmp_path: Path) -> None:
    import fcntl

    path = tmp_path / "team.rotaplan"
    live = tmp_path / ".team.rotaplan.00000000000000aa.tmp"
    live_backup = tmp_path / ".team.rotaplan.00000000000000aa.bak.tmp"
    live_backup.write_text("old")
    with live.open("wb") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        save(demo_project(), path)
        assert live.exists()
        assert live_backup.exists()
    save(demo_project(), path)
    assert _temporaries(tmp_path, path) == []


def _renamed(n: int) -> Project:
    return dataclasses.replace(demo_project(), name=f"Version {n}")


def test_saves_from_many_threads_at_once_never_fail(tmp_path: Path) -> None:
    path = tmp_path / "team.rotaplan"
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for round_ in range(5):
                save(_renamed(n * 10 + round_), path)
        except BaseException as error:  # reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert load(path).name.startswith("Version ")
    assert load(backup_path(path)).name.startswith("Version ")
    assert _temporaries(tmp_path, path) == []


_SAVER = """
import dataclasses, sys
from rotaplan.store import save
from rotaplan.store.demo import demo_project
for n in range(15):
    save(dataclasses.replace(demo_project(), name=f"{sys.argv[2]} {n}"), sys.argv[1])
"""


def test_saves_from_two_processes_at_once_never_fail(tmp_path: Path) -> None:
    path = tmp_path / "team.rotaplan"
    children = [
        subprocess.Popen([sys.executable, "-c", _SAVER, str(path), name], stderr=subprocess.PIPE)
        for name in ("first", "second")
    ]
    for child in children:
        _, err = child.communicate(timeout=60)
        assert child.returncode == 0, err.decode()
    assert load(path).name in ("first 14", "second 14")
    assert load(backup_path(path)).name.split()[0] in ("first", "second")
    assert _temporaries(tmp_path, path) == []


@pytest.mark.parametrize(
    ("extra", "where"),
    [
        ({"score": math.nan}, "score"),
        ({"limits": {"upper": [1, math.inf]}}, "limits.upper[1]"),
        ({"ok": 1.5, "low": -math.inf}, "low"),
    ],
)
def test_save_refuses_nan_and_infinity_naming_the_field(
    tmp_path: Path, extra: dict[str, object], where: str
) -> None:
    path = tmp_path / "team.rotaplan"
    save(demo_project(), path)
    before = path.read_bytes()
    person = dataclasses.replace(demo_project().people[1], extra=extra)
    people = (demo_project().people[0], person, *demo_project().people[2:])
    with pytest.raises(StoreError) as caught:
        save(dataclasses.replace(demo_project(), people=people), path)
    message = str(caught.value)
    assert message.startswith(f"{path}: cannot save: people[1].{where}: is NaN or infinite")
    assert "\n" not in message
    assert path.read_bytes() == before
    assert not backup_path(path).exists()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"rotaplan": 1, "score": NaN}', "score: NaN is not a number"),
        ('{"rotaplan": 1, "people": [], "x": {"y": [0, -Infinity]}}', "x.y[1]: -Infinity is"),
        ('{"rotaplan": 1, "big": 1e400}', "big: 1e400 is not a number"),
        ("Infinity", "file: Infinity is not a number"),
    ],
)
def test_the_reader_refuses_nan_and_infinity_naming_the_field(text: str, expected: str) -> None:
    with pytest.raises(ProjectFileError) as caught:
        loads(text)
    assert str(caught.value).startswith(expected)


def test_finite_floats_in_unknown_keys_round_trip(tmp_path: Path) -> None:
    project = dataclasses.replace(demo_project(), extra={"weight": 0.25, "big": 1e300})
    save(project, tmp_path / "team.rotaplan")
    assert load(tmp_path / "team.rotaplan").extra == {"weight": 0.25, "big": 1e300}


def test_save_refuses_a_project_the_reader_would_refuse_as_too_large(tmp_path: Path) -> None:
    path = tmp_path / "team.rotaplan"
    save(demo_project(), path)
    before = path.read_bytes()
    huge = dataclasses.replace(demo_project(), extra={"blob": "x" * MAX_FILE_BYTES})
    with pytest.raises(StoreError) as caught:
        save(huge, path)
    assert f"more than the {MAX_FILE_BYTES // (1024 * 1024)} MB Rotaplan opens" in str(caught.value)
    assert path.read_bytes() == before
    assert _temporaries(tmp_path, path) == []


def test_a_project_just_under_the_limit_saves_and_opens_again(tmp_path: Path) -> None:
    path = tmp_path / "team.rotaplan"
    save(demo_project(), path)
    room = MAX_FILE_BYTES - path.stat().st_size - 64
    fat = dataclasses.replace(demo_project(), extra={"blob": "x" * room})
    save(fat, path)
    assert path.stat().st_size <= MAX_FILE_BYTES
    started = time.monotonic()
    assert load(path).extra == {"blob": "x" * room}
    assert time.monotonic() - started < 30
