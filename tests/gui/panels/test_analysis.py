"""The live analysis: inline when fast, off the GUI thread and coalesced when slow."""

from __future__ import annotations

import dataclasses
import threading

from PySide6.QtCore import QLocale, Qt, QThreadPool
from pytestqt.qtbot import QtBot

from rotaplan.core import DAY, Plan, Project, Window, instant, plan
from rotaplan.gui.document.controller import cover_suggestions
from rotaplan.gui.panels.analysis import LiveAnalysis
from rotaplan.gui.text.messages import reason_texts
from rotaplan.gui.window.dialogs import PersonPicker
from rotaplan.gui.workers import Workers
from tests.gui.conftest import NOW


def _window() -> Window:
    start = instant(NOW) - 2 * DAY
    return Window(start, start + 7 * DAY)


def _renamed(project: Project, name: str) -> Project:
    schedule = dataclasses.replace(project.schedules[0], name=name)
    return dataclasses.replace(project, schedules=(schedule, *project.schedules[1:]))


def test_small_projects_are_analysed_on_the_next_turn(qtbot: QtBot, demo: Project) -> None:
    analysis = LiveAnalysis(demo, _window())
    with qtbot.waitSignal(analysis.updated, timeout=5000) as first:
        pass
    assert isinstance(first.args[0], Plan)
    assert not analysis.background  # the demo is fast: no worker thread from now on
    edited = _renamed(demo, "Renamed")
    results: list[Plan] = []
    analysis.updated.connect(results.append)
    with qtbot.waitSignal(analysis.updated, timeout=5000):
        analysis.set_project(edited)
        analysis.set_window(Window(_window().start, _window().end + DAY))
        assert analysis.busy()
    assert not analysis.busy()  # nothing else is on its way
    assert len(results) == 1  # two changes in one turn, one analysis
    assert results[0].project is edited
    assert results[0].problems == plan(edited, results[0].window).problems
    analysis.wait()


def test_slow_analyses_run_in_the_background_and_coalesce(qtbot: QtBot, demo: Project) -> None:
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    workers = Workers(pool)
    analysis = LiveAnalysis(demo, _window(), workers, budget_ms=0.0, debounce_ms=20)
    with qtbot.waitSignal(analysis.updated, timeout=5000):
        pass
    analysis.set_project(_renamed(demo, "One"))
    with qtbot.waitSignal(analysis.updated, timeout=5000):
        pass
    assert analysis.background  # every run is over a zero budget
    results: list[Plan] = []
    analysis.updated.connect(results.append)
    # Hold the only worker thread: the run for the first edit waits behind it, so the other
    # edits arrive while a run is in flight, however slow the machine.
    gate = threading.Event()
    workers.start(lambda _progress, _cancelled: gate.wait(10))
    projects = [_renamed(demo, f"Edit {i}") for i in range(6)]
    analysis.set_project(projects[0])
    qtbot.waitUntil(lambda: workers.running() == 2, timeout=5000)  # the first run is queued
    for project in projects[1:]:
        analysis.set_project(project)
    with qtbot.waitSignal(analysis.updated, timeout=5000):
        gate.set()
    assert not analysis.busy()
    assert len(results) == 1  # the stale run is not shown; the edits after it make one more
    assert results[0].project is projects[-1]
    assert analysis.plan is results[0]
    analysis.wait()


def test_unchanged_schedules_keep_their_renders(qtbot: QtBot, demo: Project) -> None:
    analysis = LiveAnalysis(demo, _window())
    with qtbot.waitSignal(analysis.updated, timeout=5000):
        pass
    first = analysis.plan
    assert first is not None
    edited = _renamed(demo, "Renamed")
    analysis.set_project(edited)
    analysis.refresh_now()
    second = analysis.plan
    assert second is not None
    assert second.project is edited
    renamed_id = demo.schedules[0].id
    for schedule in demo.schedules[1:]:
        assert second.renders[schedule.id] is first.renders[schedule.id]
    assert second.renders[renamed_id] is not first.renders[renamed_id]
    analysis.wait()


def test_person_picker_shows_the_core_ranking_and_reasons(qtbot: QtBot, demo: Project) -> None:
    start = instant(NOW) + 3 * DAY
    suggestions = cover_suggestions(demo, "primary", start, start + DAY // 3)
    assert suggestions.candidates
    assert suggestions.excluded
    picker = PersonPicker("Cover", demo, suggestions, None)
    qtbot.addWidget(picker)
    people = [
        picker.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(picker.list.count())
    ]
    ranked = [c.person for c in suggestions.candidates]
    left_out = [e.person for e in suggestions.excluded]
    assert [p for p in people if p] == ranked + left_out
    best = suggestions.candidates[0]
    first = picker.list.item(people.index(best.person)).text()
    score = QLocale().toString(best.score, "f", 2)
    assert first.startswith(f"1. {demo.person(best.person).name} — score {score}")
    shown = reason_texts(best.reasons, best.details, demo)
    assert all(reason in first for reason in shown)
    # In English the window says what the core says.
    assert shown == list(best.reasons)
    assert picker.chosen() == best.person
    picker.list.setCurrentRow(people.index(left_out[0]))
    assert picker.chosen() == left_out[0]  # the lead may still pick someone who is not free
