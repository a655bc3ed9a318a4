"""The Export iCal dialog and workflow: chosen calendars written, choices remembered."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import icalendar
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rotaplan.core import Project
from rotaplan.gui.settings import Settings
from rotaplan.gui.sync.ical_export import IcalChoice, IcalExportDialog, load_choice
from rotaplan.gui.window.mainwindow import MainWindow
from tests.gui.fakes import ScriptedPrompts
from tests.gui.waits import finish


def test_export_writes_the_chosen_calendars_and_remembers_the_choice(
    qtbot: QtBot,
    window: MainWindow,
    prompts: ScriptedPrompts,
    settings: Settings,
    demo: Project,
    tmp_path: Path,
) -> None:
    folder = tmp_path / "calendars"
    choice = IcalChoice(("primary",), ("kenji",), 14, (15, 60), str(folder))
    prompts.ical_choices.append(choice)
    finish(qtbot, window.sync.export_ical(), 10_000)
    assert sorted(p.name for p in folder.iterdir()) == ["person-kenji.ics", "schedule-primary.ics"]
    assert "Wrote 2 calendar(s)" in prompts.informed[-1]
    calendar = icalendar.Calendar.from_ical((folder / "schedule-primary.ics").read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert events
    first = min(e.decoded("DTSTART") for e in events)
    last = max(e.decoded("DTSTART") for e in events)
    assert last - first < timedelta(days=14)
    triggers = sorted(a.decoded("TRIGGER") for a in events[0].walk("VALARM"))
    assert triggers == [timedelta(minutes=-60), timedelta(minutes=-15)]
    assert load_choice(settings, demo) == choice
    assert window.sync.export_ical() is None  # asked again: the dialog starts from the last choice
    assert prompts.offered_ical[-1] == choice


def test_first_export_offers_every_schedule(settings: Settings, demo: Project) -> None:
    choice = load_choice(settings, demo)
    assert choice.schedules == tuple(s.id for s in demo.schedules)
    assert choice.people == ()


def test_dialog_returns_the_ticked_items_and_explains_bad_input(
    qtbot: QtBot, demo: Project, tmp_path: Path
) -> None:
    start = IcalChoice(("primary",), (), 30, (10,), str(tmp_path))
    dialog = IcalExportDialog(demo, start, None)
    qtbot.addWidget(dialog)
    assert dialog.answer() == start
    dialog.people.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.answer() == IcalChoice(
        ("primary",), (demo.people[0].id,), 30, (10,), str(tmp_path)
    )
    dialog.reminders.setText("15, soon")
    assert dialog.answer() is None
    assert "“soon”" in dialog.problem.text()
    dialog.reminders.setText("")
    dialog._check_all(dialog.schedules, Qt.CheckState.Unchecked)
    dialog._check_all(dialog.people, Qt.CheckState.Unchecked)
    assert dialog.answer() is None
    assert "at least one" in dialog.problem.text()
