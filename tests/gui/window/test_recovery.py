"""Crash recovery with several crashed windows: each is offered, none vanishes unseen."""

from __future__ import annotations

from pathlib import Path

from rotaplan.core import Project
from rotaplan.gui.document.autosave import find_recoveries
from rotaplan.gui.document.prompts import SaveChoice
from rotaplan.gui.document.selection import Kind, Ref
from rotaplan.gui.window.mainwindow import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.fakes import ScriptedPrompts


def _crash(window: MainWindow, name: str) -> Project:
    """Edit, autosave, then let the session's lock go as a crash would."""
    window.controller.rename(Ref(Kind.PERSON, "kwame"), name)
    assert window.autosaver.autosave()
    assert window.autosaver._lock is not None
    window.autosaver._lock.unlock()
    return window.document.project


def _two_crashed(make_window: WindowFactory, demo: Project) -> tuple[Project, Project]:
    older = _crash(make_window(demo, "recovery"), "Kwame (first window)")
    newer = _crash(make_window(demo, "recovery"), "Kwame (second window)")
    return older, newer


def test_the_recoveries_not_taken_now_wait_for_the_next_start(
    make_window: WindowFactory, demo: Project, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    _older, newer = _two_crashed(make_window, demo)
    found = find_recoveries(tmp_path / "recovery")
    assert len(found) == 2
    fresh = make_window(Project(name="Untitled"), "recovery2")
    prompts.recovers.append(True)
    assert fresh.files.offer_recovery(found)
    assert fresh.document.project == newer
    assert len([a for a in prompts.asked if a[0] == "recover"]) == 1  # only one goes in here
    # The recovered session is held by this window; the other one is still there for later.
    left = find_recoveries(tmp_path / "recovery")
    assert [r.project_file for r in left] == [found[1].project_file]
    assert found[0].project_file.exists()
    # Saving the recovered edits is what removes their recovery file.
    prompts.paths.append(str(tmp_path / "recovered.rotaplan"))
    assert fresh.save()
    assert not found[0].project_file.exists()
    assert found[1].project_file.exists()


def test_discard_removes_only_the_recovery_it_answers(
    make_window: WindowFactory, demo: Project, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    older, _newer = _two_crashed(make_window, demo)
    found = find_recoveries(tmp_path / "recovery")
    fresh = make_window(Project(name="Untitled"), "recovery2")
    prompts.recovers.extend([False, True])  # discard the newest, recover the older one
    assert fresh.files.offer_recovery(found)
    assert not found[0].project_file.exists()
    assert fresh.document.project == older
    assert found[1].project_file.exists()  # held until its edits are saved or discarded
    # Closing and discarding the recovered edits is an explicit discard: the file goes too.
    prompts.save_choices.append(SaveChoice.DISCARD)
    assert fresh.close()
    assert find_recoveries(tmp_path / "recovery") == []
    assert not found[1].project_file.exists()


def test_a_damaged_recovery_is_reported_and_kept(
    make_window: WindowFactory, demo: Project, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    _crash(make_window(demo, "recovery"), "Kwame (damaged)")
    (recovery,) = find_recoveries(tmp_path / "recovery")
    recovery.project_file.write_text("{not json", encoding="utf-8")
    fresh = make_window(Project(name="Untitled"), "recovery2")
    prompts.recovers.append(True)
    assert not fresh.files.offer_recovery([recovery])
    assert prompts.errors
    assert recovery.project_file.exists()
