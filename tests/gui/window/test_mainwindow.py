"""The main window end to end: build, edit, undo, save, reopen, close, recover."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rotaplan.core import HOUR, Project, instant
from rotaplan.gui.document.autosave import find_recoveries
from rotaplan.gui.document.controller import cover_suggestions
from rotaplan.gui.document.prompts import SaveChoice
from rotaplan.gui.document.selection import Kind, Ref
from rotaplan.gui.settings import Settings
from rotaplan.gui.timeline.rows import Mode, RowKind
from rotaplan.gui.window.mainwindow import MainWindow
from rotaplan.store import load
from tests.gui.conftest import WindowFactory, fixed_clock
from tests.gui.fakes import ScriptedPrompts
from tests.gui.mouse import drag, drag_member


def _undo_redo(window: MainWindow, before: Project, after: Project) -> None:
    window.undo_action.trigger()
    assert window.document.project == before
    window.redo_action.trigger()
    assert window.document.project == after


def test_title_and_modified_marker(window: MainWindow) -> None:
    assert window.windowTitle().startswith("Payments team")
    assert not window.isWindowModified()
    window.controller.rename(Ref(Kind.SCHEDULE, "primary"), "Payments main")
    assert window.isWindowModified()
    assert window.undo_action.text() == "&Undo Rename to Payments main"
    window.undo_action.trigger()
    assert not window.isWindowModified()


def test_build_a_schedule_and_a_layer_through_the_ui(
    window: MainWindow, prompts: ScriptedPrompts, qtbot: QtBot
) -> None:
    # A schedule, from the sidebar's Add menu.
    start = window.document.project
    prompts.texts.append("Platform on-call")
    window.sidebar._add_actions[Kind.SCHEDULE].trigger()
    with_schedule = window.document.project
    schedule = with_schedule.schedules[-1]
    assert schedule.name == "Platform on-call"
    assert window.sidebar.current() == Ref(Kind.SCHEDULE, schedule.id)
    assert window.timeline.mode is Mode.SCHEDULE
    _undo_redo(window, start, with_schedule)

    # A layer in it: the sidebar selection is the schedule, so "Layer" adds there.
    window.sidebar.select(Ref(Kind.SCHEDULE, schedule.id))
    prompts.texts.append("Weekly")
    window.sidebar._add_actions[Kind.LAYER].trigger()
    with_layer = window.document.project
    layer = with_layer.schedule(schedule.id).layers[-1]
    assert layer.name == "Weekly"
    assert window.sidebar.current() == Ref(Kind.LAYER, schedule.id, layer.id)
    _undo_redo(window, with_schedule, with_layer)

    # Members: add two people in the inspector, then drag the last one to the top.
    window.sidebar.select(Ref(Kind.LAYER, schedule.id, layer.id))
    editor = window.inspector.layer_editor
    assert window.inspector.stack.currentWidget() is editor
    members = editor.members
    for person in ("kwame", "sofia"):
        members.person.setCurrentIndex(members.person.findData(person))
        qtbot.mouseClick(members.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    three = window.document.project
    assert three.schedule(schedule.id).layer(layer.id).members == ("amelia", "kwame", "sofia")
    _undo_redo(window, with_layer, three)

    drag_member(members.view, source_row=2, before_row=0)
    assert members.model.members == ("sofia", "amelia", "kwame")
    assert editor.apply_button.isEnabled()
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    reordered = window.document.project
    assert reordered.schedule(schedule.id).layer(layer.id).members == ("sofia", "amelia", "kwame")
    _undo_redo(window, three, reordered)

    # A restriction: weekdays 09:00-17:00 by default from "Add weekly window".
    window.sidebar.select(Ref(Kind.LAYER, schedule.id, layer.id))
    editor = window.inspector.layer_editor
    qtbot.mouseClick(editor.restrictions.add_weekly, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    restricted = window.document.project
    (restriction,) = restricted.schedule(schedule.id).layer(layer.id).restrictions
    assert (restriction.type, restriction.start_day_of_week) == ("weekly", 1)
    assert restriction.duration_seconds == 4 * 86_400 + 8 * 3600
    _undo_redo(window, reordered, restricted)


def test_invalid_input_is_shown_at_the_field(window: MainWindow, qtbot: QtBot) -> None:
    window.sidebar.select(Ref(Kind.PERSON, "kwame"))
    editor = window.inspector.person_editor
    editor.color.setText("orange")
    editor.changed()
    assert editor.errors["color"].isVisibleTo(editor)
    assert "colour" in editor.errors["color"].text()
    before = window.document.project
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    assert window.document.project == before
    editor.color.setText("#123456")
    editor.changed()
    assert not editor.errors["color"].isVisibleTo(editor)
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    assert window.document.project.person("kwame").color == "#123456"


def test_editing_a_running_layer_keeps_the_past(window: MainWindow, qtbot: QtBot) -> None:
    window.sidebar.select(Ref(Kind.LAYER, "primary", "emea"))
    editor = window.inspector.layer_editor
    assert editor.keep_past.isChecked()
    members = editor.members
    members.view.setCurrentIndex(members.model.index(0))
    qtbot.mouseClick(members.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    schedule = window.document.project.schedule("primary")
    old = schedule.layer("emea")
    new = schedule.layers[[x.id for x in schedule.layers].index("emea") + 1]
    assert old.members == ("amelia", "kwame", "sofia")
    assert old.end == new.start
    assert instant(new.start) == instant(fixed_clock()) // HOUR * HOUR + HOUR
    assert new.members == ("kwame", "sofia")
    assert window.sidebar.current() == Ref(Kind.LAYER, "primary", new.id)


def test_drag_on_the_timeline_creates_an_override(
    window: MainWindow, prompts: ScriptedPrompts
) -> None:
    window.sidebar.select(Ref(Kind.SCHEDULE, "primary"))
    view = window.timeline
    y = view.row_center(RowKind.FINAL)
    start = view.visible.start + 24 * HOUR + 9 * HOUR
    before = window.document.project
    prompts.people.append("marcus")
    drag(view.viewport(), (view.x_of(start), y), (view.x_of(start + 9 * HOUR), y))
    after = window.document.project
    override = after.schedule("primary").overrides[-1]
    assert override.person == "marcus"
    assert (instant(override.start), instant(override.end)) == (start, start + 9 * HOUR)
    asked = prompts.suggestions[-1]
    assert (asked.schedule_id, asked.start, asked.end) == ("primary", start, start + 9 * HOUR)
    assert asked == cover_suggestions(before, "primary", start, start + 9 * HOUR)
    assert asked.candidates  # marcus is not free (on call elsewhere); the lead may pick him anyway
    assert window.undo_action.text() == "&Undo Add override for Marcus Lee"
    _undo_redo(window, before, after)
    assert any(b.override_id == override.id for row in view.boxes_rows() for b in row.blocks)


def test_save_reopen_and_compare(
    window: MainWindow, prompts: ScriptedPrompts, tmp_path: Path, make_window: WindowFactory
) -> None:
    window.controller.rename(Ref(Kind.PERSON, "kwame"), "Kwame A. Mensah")
    target = tmp_path / "team.rotaplan"
    prompts.paths.append(str(target))
    window.window_actions.save.trigger()
    assert not window.isWindowModified()
    assert load(target) == window.document.project
    assert window.settings.recent_files()[0] == target.resolve()
    other = make_window(Project(name="x"), "r2")
    assert other.open_path(target)
    assert other.document.project == window.document.project
    assert other.document.path == target


def test_closing_with_unsaved_changes_asks(window: MainWindow, prompts: ScriptedPrompts) -> None:
    window.controller.rename(Ref(Kind.PERSON, "kwame"), "K. Mensah")
    prompts.save_choices.append(SaveChoice.CANCEL)
    assert not window.close()
    assert window.isVisible()
    assert prompts.asked[-1] == ("unsaved_changes", "Payments team")
    prompts.save_choices.append(SaveChoice.DISCARD)
    assert window.close()


def test_autosave_and_recovery(
    window: MainWindow, prompts: ScriptedPrompts, tmp_path: Path, make_window: WindowFactory
) -> None:
    assert not window.autosaver.autosave()  # nothing unsaved yet
    window.controller.rename(Ref(Kind.PERSON, "kwame"), "Kwame (recovered)")
    assert window.autosaver.autosave()
    edited = window.document.project
    # While this window runs, its recovery file is not offered to anyone else.
    assert find_recoveries(tmp_path / "recovery") == []
    # Simulate a crash: the session's lock goes away without a clean close.
    assert window.autosaver._lock is not None
    window.autosaver._lock.unlock()
    found = find_recoveries(tmp_path / "recovery")
    assert len(found) == 1
    fresh = make_window(Project(name="Untitled"), "recovery2")
    prompts.recovers.append(True)
    assert fresh.files.offer_recovery(found)
    assert fresh.document.project == edited
    assert fresh.document.modified
    assert find_recoveries(tmp_path / "recovery") == []


def test_saving_removes_the_recovery_copy(
    window: MainWindow, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    window.controller.rename(Ref(Kind.PERSON, "kwame"), "Kwame")
    window.autosaver.autosave()
    assert window.autosaver.recovery_file.exists()
    prompts.paths.append(str(tmp_path / "saved.rotaplan"))
    window.save()
    assert not window.autosaver.recovery_file.exists()


def test_geometry_is_remembered(
    window: MainWindow, settings: Settings, qtbot: QtBot, make_window: WindowFactory
) -> None:
    window.resize(900, 640)
    window.close()
    saved = settings.geometry()
    assert saved is not None
    again = make_window(Project(name="x"), "r3")
    again.show()
    qtbot.waitExposed(again)
    assert again.size() == window.size()


def test_view_menu_moves_through_time(window: MainWindow) -> None:
    window.set_span_days(7)
    window.go_today()
    first = window.timeline.visible
    window.step(1)
    assert window.timeline.visible.start == first.end
    window.step(-1)
    assert window.timeline.visible == first
    window.set_span_days(28)
    assert "Dec 2026" in window.range_label.text() or "December" in window.range_label.text()
    window.set_zone_choice("other", "Asia/Tokyo")
    assert window.zone_label.text() == "Times in Asia/Tokyo"


def test_delete_with_undo_from_the_sidebar(window: MainWindow, prompts: ScriptedPrompts) -> None:
    before = window.document.project
    window.sidebar.select(Ref(Kind.POLICY, "payments"))
    window.sidebar.delete_action.trigger()
    assert "payments" not in window.document.project.policies_by_id
    assert prompts.asked[-1] == ("confirm", "Delete Payments?")
    _undo_redo(window, before, window.document.project)
