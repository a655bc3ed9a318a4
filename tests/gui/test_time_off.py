"""Time off in the window: on the person timeline, in the inspector, and imported from iCal."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from rotaplan.core import Project, TimeOff, instant, zone
from rotaplan.gui.document.prompts import TimeOffPreview
from rotaplan.gui.document.selection import Kind, Ref
from rotaplan.gui.timeline.rows import RowKind
from rotaplan.gui.window.dialogs import TimeOffImportDialog
from rotaplan.gui.window.mainwindow import MainWindow
from tests.gui.fakes import ScriptedPrompts
from tests.gui.mouse import drag

LONDON = zone("Europe/London")


def at(*args: int) -> int:
    return instant(datetime(*args, tzinfo=UTC))


def _amelia(window: MainWindow) -> None:
    window.sidebar.select(Ref(Kind.PERSON, "amelia"))
    window.view.show_from(date(2026, 11, 30), 7)


def _undo_redo(window: MainWindow, before: Project, after: Project) -> None:
    window.undo_action.trigger()
    assert window.document.project == before
    window.redo_action.trigger()
    assert window.document.project == after


def test_draw_move_resize_and_delete_time_off_on_the_timeline(
    window: MainWindow, qtbot: QtBot
) -> None:
    _amelia(window)
    view = window.timeline
    y = view.row_center(RowKind.TIME_OFF)
    start = window.document.project

    # Draw Monday 09:10 – 17:50: snapped to the hour, selected for the note.
    drag(
        view.viewport(),
        (view.x_of(at(2026, 11, 30, 9, 10)), y),
        (view.x_of(at(2026, 11, 30, 17, 50)), y),
    )
    added = window.document.project
    entry = added.time_off[-1]
    assert (entry.person, instant(entry.start), instant(entry.end)) == (
        "amelia",
        at(2026, 11, 30, 9),
        at(2026, 11, 30, 18),
    )
    assert entry.start.utcoffset() == LONDON.utcoffset(entry.start.replace(tzinfo=None))
    assert window.sidebar.current() == Ref(Kind.TIME_OFF, entry.id)
    assert window.inspector.stack.currentWidget() is window.inspector.time_off_editor
    _undo_redo(window, start, added)

    # Move it by a day (drag its body), then stretch its end by three hours.
    middle = view.x_of(at(2026, 11, 30, 13))
    drag(view.viewport(), (middle, y), (view.x_of(at(2026, 12, 1, 13)), y))
    moved = window.document.project.time_off_entry(entry.id)
    assert (instant(moved.start), instant(moved.end)) == (at(2026, 12, 1, 9), at(2026, 12, 1, 18))
    assert window.undo_action.text() == "&Undo Move time off"
    right = view.x_of(at(2026, 12, 1, 18))
    drag(view.viewport(), (right - 1, y), (view.x_of(at(2026, 12, 1, 21)), y))
    assert instant(window.document.project.time_off_entry(entry.id).end) == at(2026, 12, 1, 21)

    # Del deletes the selected entry; undo brings it back.
    before_delete = window.document.project
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(window.document.project.time_off) == len(start.time_off)
    _undo_redo(window, before_delete, window.document.project)


def test_context_menu_adds_a_whole_day_in_the_persons_zone(window: MainWindow) -> None:
    _amelia(window)
    view = window.timeline
    y = view.row_center(RowKind.TIME_OFF)
    menu = view.context_menu(QPoint(int(view.x_of(at(2026, 12, 1, 12))), y))
    assert menu is not None
    texts = [a.text() for a in menu.actions()]
    assert texts == ["Add time off on this day", "Import time off from iCal…"]
    menu.actions()[0].trigger()
    entry = window.document.project.time_off[-1]
    assert (instant(entry.start), instant(entry.end)) == (at(2026, 12, 1), at(2026, 12, 2))
    # On an entry, the menu edits or deletes it.
    x = view.x_of(at(2026, 12, 3, 12))  # Amelia's family visit
    menu = view.context_menu(QPoint(int(x), y))
    assert menu is not None
    assert [a.text() for a in menu.actions()] == ["Edit time off", "Delete time off"]
    count = len(window.document.project.time_off)
    menu.actions()[1].trigger()
    assert len(window.document.project.time_off) == count - 1


def test_edit_time_off_in_the_inspector(window: MainWindow, qtbot: QtBot) -> None:
    start = window.document.project
    first = start.time_off[0].id
    window.sidebar.select(Ref(Kind.TIME_OFF, first))
    editor = window.inspector.time_off_editor
    assert window.inspector.stack.currentWidget() is editor
    assert editor.zone_note.text() == "Times in Europe/London"
    assert window.timeline.selected_time_off == first
    # An end before the start is shown at the field and nothing is applied.
    editor.end.setDateTime(editor.start.dateTime().addSecs(-3600))
    assert editor.errors["end"].isVisibleTo(editor)
    assert editor.errors["end"].text() == "must be after start"
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    assert window.document.project == start
    # A valid change: a longer visit with a note, for Kwame.
    editor.end.setDateTime(editor.start.dateTime().addDays(5))
    editor.note.setText("Moving house")
    editor.changed()
    editor.person.setCurrentIndex(editor.person.findData("kwame"))
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    edited = window.document.project
    entry = edited.time_off[0]
    assert (entry.person, entry.note) == ("kwame", "Moving house")
    assert entry.end - entry.start == (start.time_off[0].end - start.time_off[0].start) * 5 / 3
    _undo_redo(window, start, edited)
    # Delete from the sidebar (asks first).
    window.sidebar.select(Ref(Kind.TIME_OFF, first))
    window.sidebar.delete_action.trigger()
    assert len(window.document.project.time_off) == len(start.time_off) - 1
    _undo_redo(window, edited, window.document.project)


_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Example//Leave//EN
BEGIN:VEVENT
UID:leave-1@example.com
DTSTAMP:20261101T000000Z
DTSTART;VALUE=DATE:20261214
DTEND;VALUE=DATE:20261216
SUMMARY:Dentist and rest
END:VEVENT
BEGIN:VEVENT
UID:leave-2@example.com
DTSTAMP:20261101T000000Z
DTSTART:20270104T090000Z
DTEND:20270104T130000Z
SUMMARY:Training
END:VEVENT
END:VCALENDAR
"""


def _import(window: MainWindow, qtbot: QtBot, prompts: ScriptedPrompts, path: Path) -> bool:
    prompts.calendars.append(str(path))
    importer = window.escalation.importer
    with qtbot.waitSignal(importer.done, timeout=10_000) as done:
        assert importer.start("amelia") is not None
    window.workers.wait()
    return bool(done.args[0])


def test_import_time_off_from_an_ics_file_once(
    window: MainWindow, qtbot: QtBot, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    path = tmp_path / "leave.ics"
    path.write_text(_ICS.replace("\n", "\r\n"), encoding="utf-8")
    start = window.document.project
    assert _import(window, qtbot, prompts, path)
    preview = prompts.previews[-1]
    assert (preview.person_name, preview.file_name, preview.duplicates) == (
        "Amelia Hughes",
        "leave.ics",
        0,
    )
    assert len(preview.ranges) == 2
    assert preview.ranges[0].endswith("· Dentist and rest")
    imported = window.document.project
    added = imported.time_off[len(start.time_off) :]
    assert [(t.person, t.uid) for t in added] == [
        ("amelia", "leave-1@example.com"),
        ("amelia", "leave-2@example.com"),
    ]
    assert isinstance(added[0], TimeOff)
    assert added[0].start == datetime(2026, 12, 14, tzinfo=LONDON)
    assert window.undo_action.text() == "&Undo Import 2 time-off entries for Amelia Hughes"
    _undo_redo(window, start, imported)

    # A second import finds nothing new and changes nothing.
    assert not _import(window, qtbot, prompts, path)
    assert window.document.project is imported
    assert "no new time off" in prompts.informed[-1]

    # Declining the preview changes nothing either.
    window.undo_action.trigger()
    prompts.reviews.append(False)
    assert not _import(window, qtbot, prompts, path)
    assert window.document.project == start


def test_a_junk_calendar_is_refused_with_a_message(
    window: MainWindow, qtbot: QtBot, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    start = window.document.project
    junk = tmp_path / "junk.ics"
    junk.write_bytes(b"BEGIN:VCALENDAR\r\nthis is not\x00 a calendar\r\n")
    assert not _import(window, qtbot, prompts, junk)
    assert prompts.errors[-1].startswith("Nothing was imported. junk.ics: line 2")
    broken = tmp_path / "broken.ics"
    broken.write_text(_ICS.replace("DTSTART;VALUE=DATE:20261214", "DTSTART:yesterday"))
    assert not _import(window, qtbot, prompts, broken)
    assert "broken.ics" in prompts.errors[-1]
    assert not _import(window, qtbot, prompts, tmp_path / "missing.ics")
    assert "does not exist" in prompts.errors[-1]
    assert window.document.project is start
    assert not window.document.modified
    assert not prompts.previews


def test_import_review_counts_events_outside_the_horizon_and_shows_warnings(
    window: MainWindow, qtbot: QtBot, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    path = tmp_path / "leave.ics"
    extra = (
        "BEGIN:VEVENT\nUID:past@example.com\nDTSTART;VALUE=DATE:20261101\nSUMMARY:Past\n"
        "END:VEVENT\nBEGIN:VEVENT\nUID:far@example.com\nDTSTART;VALUE=DATE:20280101\n"
        "SUMMARY:Far\nRRULE:\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    path.write_text(_ICS.replace("END:VCALENDAR\n", extra).replace("\n", "\r\n"))
    assert _import(window, qtbot, prompts, path)
    preview = prompts.previews[-1]
    assert len(preview.ranges) == 2
    # The window reads from today (2 December 2026 in London) to one year ahead, as the CLI does.
    assert preview.skipped == (
        "1 events before 2 Dec 2026 were skipped (the import reads from today).",
        "1 events after 2 Dec 2027 were skipped (the import reads one year ahead).",
    )
    assert preview.warnings == ("leave.ics: line 23 (VEVENT 'Far'): empty RRULE ignored",)


def test_review_dialog_lists_the_warnings(qtbot: QtBot) -> None:
    preview = TimeOffPreview(
        "Amelia Hughes",
        "leave.ics",
        ("Mon 14 Dec 2026 00:00 – Wed 16 Dec 2026 00:00",),
        0,
        0,
        "Wed 2 Dec 2026 00:00 – Thu 2 Dec 2027 00:00",
        ("1 events before 2 Dec 2026 were skipped (the import reads from today).",),
        ("leave.ics: line 9: text after END:VCALENDAR ignored",),
    )
    dialog = TimeOffImportDialog(preview, None)
    qtbot.addWidget(dialog)
    assert dialog.warnings.count() == 1
    assert dialog.warnings.item(0).text() == preview.warnings[0]
    assert not dialog.warnings.isHidden()
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "1 events before 2 Dec 2026 were skipped" in texts


def test_import_needs_a_person(window: MainWindow, prompts: ScriptedPrompts) -> None:
    window.sidebar.select(Ref(Kind.SCHEDULES))
    window.window_actions.import_time_off.trigger()
    assert prompts.errors == ["Select a person first."]
    assert not [q for q in prompts.asked if q[0] == "calendar_path"]
    # With a person selected, the action asks for the file (cancelled here).
    window.sidebar.select(Ref(Kind.PERSON, "yuki"))
    window.window_actions.import_time_off.trigger()
    assert ("calendar_path", str(Path.home())) in prompts.asked
