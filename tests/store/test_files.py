"""Saving is atomic and keeps the previous version; loading names the file in its errors."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from rotaplan.store import ProjectFileError, StoreError, backup_path, load, loads, save
from rotaplan.store.demo import demo_text


def test_save_then_load_gives_the_same_project(tmp_path: Path) -> None:
    project = loads(demo_text())
    path = tmp_path / "team.rotaplan"
    save(project, path)
    assert load(path) == project
    assert path.read_text(encoding="utf-8") == demo_text()
    assert not backup_path(path).exists()


def test_second_save_keeps_the_previous_version_as_bak(tmp_path: Path) -> None:
    project = loads(demo_text())
    path = tmp_path / "team.rotaplan"
    save(project, path)
    renamed = dataclasses.replace(project, name="Renamed")
    save(renamed, path)
    assert load(path).name == "Renamed"
    assert load(backup_path(path)) == project
    assert backup_path(path).name == "team.rotaplan.bak"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["team.rotaplan", "team.rotaplan.bak"]


def test_failed_save_leaves_the_file_untouched_and_no_temp_files(tmp_path: Path) -> None:
    project = loads(demo_text())
    path = tmp_path / "team.rotaplan"
    save(project, path)
    before = path.read_bytes()
    # Make the rename fail: the target becomes a non-empty folder.
    blocked = tmp_path / "blocked.rotaplan"
    blocked.mkdir()
    (blocked / "inside").write_text("x")
    with pytest.raises(StoreError, match="cannot save"):
        save(project, blocked)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blocked.rotaplan", "team.rotaplan"]


def test_save_into_a_missing_folder_says_where(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot write in"):
        save(loads(demo_text()), tmp_path / "missing" / "team.rotaplan")


def test_load_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.rotaplan"
    bad.write_text('{"rotaplan": 1, "people": [{"id": "a"}]}', encoding="utf-8")
    with pytest.raises(ProjectFileError) as caught:
        load(bad)
    assert str(caught.value) == f"{bad}: people[0].name: is missing"
    with pytest.raises(StoreError, match="no such file"):
        load(tmp_path / "absent.rotaplan")
    with pytest.raises(StoreError, match="is a folder"):
        load(tmp_path)


def test_save_keeps_file_mode(tmp_path: Path) -> None:
    path = tmp_path / "team.rotaplan"
    save(loads(demo_text()), path)
    os.chmod(path, 0o640)
    save(loads(demo_text()), path)
    assert path.stat().st_mode & 0o777 == 0o640
