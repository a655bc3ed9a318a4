"""The Problems panel on the demo: live results, counts, filters, navigation and Fix…."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from rotaplan.core import Problem, Project, plan
from rotaplan.gui.document.controller import cover_suggestions
from rotaplan.gui.document.selection import Kind, Ref
from rotaplan.gui.panels.problems import WHEN, ProblemsPanel, code_label
from rotaplan.gui.timeline.rows import Mode
from rotaplan.gui.window.mainwindow import MainWindow
from tests.gui.fakes import ScriptedPrompts
from tests.gui.panel_helpers import double_click, settled


@pytest.fixture
def two_weeks(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """The demo window showing its first two weeks (30 November to 13 December 2026)."""
    window.set_span_days(14)
    window.go_today()
    settled(qtbot, window)
    return window


def _panel(window: MainWindow) -> ProblemsPanel:
    return window.panels.problems


def _first(window: MainWindow, code: str, **ids: str) -> Problem:
    return next(
        p
        for p in _panel(window).model.problems
        if p.code == code and all(getattr(p, k) == v for k, v in ids.items())
    )


def test_lists_the_core_problems_of_the_visible_window_with_counts(two_weeks: MainWindow) -> None:
    panel = _panel(two_weeks)
    expected = plan(two_weeks.document.project, two_weeks.timeline.visible).problems
    assert panel.model.problems == expected
    codes = Counter(p.code for p in expected)
    assert {"GAP", "TIME_OFF", "DOUBLE_BOOKED", "ESCALATION_NOBODY"} <= set(codes)
    severities = Counter(p.severity for p in expected)
    assert panel.severity_buttons["error"].text() == f"Errors ({severities['error']})"
    assert panel.severity_buttons["warning"].text() == f"Warnings ({severities['warning']})"
    assert panel.severity_buttons["info"].text() == "Information (0)"
    kinds = [panel.kind.itemText(i) for i in range(panel.kind.count())]
    assert f"{code_label('GAP')} ({codes['GAP']})" in kinds
    assert panel.view.model().rowCount() == len(expected)
    assert panel.view.model().index(0, WHEN).data()  # times are shown
    assert not panel.empty.isVisible()


def test_edits_update_the_list_and_empty_windows_say_so(qtbot: QtBot, window: MainWindow) -> None:
    panel = _panel(window)
    settled(qtbot, window)
    before = len(panel.model.problems)
    window.controller.delete_override("primary", "o-hannah-thu")
    settled(qtbot, window)
    assert len(panel.model.problems) != before
    assert not any(p.override == "o-hannah-thu" for p in panel.model.problems)
    window.document.reset(Project(name="Empty"), None)
    settled(qtbot, window)
    assert panel.model.problems == ()
    assert panel.stack.currentWidget() is panel.empty
    assert "No problems" in panel.empty.text()


def test_filter_by_severity_kind_and_text(qtbot: QtBot, two_weeks: MainWindow) -> None:
    panel = _panel(two_weeks)
    everything = panel.visible_problems()
    qtbot.mouseClick(panel.severity_buttons["warning"], Qt.MouseButton.LeftButton)
    shown = panel.visible_problems()
    assert shown == [p for p in everything if p.severity != "warning"]
    assert shown
    panel.set_kind("GAP")
    assert [p.code for p in panel.visible_problems()] == ["GAP", "GAP"]
    assert panel.kind.currentText().startswith(code_label("GAP"))
    panel.set_kind(None)
    qtbot.mouseClick(panel.severity_buttons["warning"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.search, "hannah")
    shown = panel.visible_problems()
    assert shown
    assert all("Hannah" in p.message for p in shown)
    panel.search.clear()
    for button in panel.severity_buttons.values():
        button.setChecked(False)
    assert panel.visible_problems() == []
    assert panel.stack.currentWidget() is panel.empty
    assert "filter" in panel.empty.text()


def test_double_click_shows_the_problem_and_selects_its_layer(
    qtbot: QtBot, two_weeks: MainWindow
) -> None:
    panel = _panel(two_weeks)
    problem = _first(two_weeks, "TIME_OFF", schedule="primary")
    before = two_weeks.timeline.visible
    assert two_weeks.timeline.mode is Mode.ALL
    double_click(qtbot, panel.view, panel.view_index(problem))
    timeline = two_weeks.timeline
    assert (timeline.mode, timeline.subject) == (Mode.SCHEDULE, "primary")
    assert two_weeks.sidebar.current() == Ref(Kind.LAYER, "primary", problem.layer or "")
    assert timeline.visible != before
    assert timeline.visible.length == before.length
    assert problem.start is not None
    assert timeline.visible.start < problem.start < timeline.visible.end
    settled(qtbot, two_weeks)
    current = panel.current()  # still selected after the list follows the new window
    assert current is not None
    assert (current.code, current.person, current.layer) == ("TIME_OFF", "amelia", problem.layer)


def test_double_click_on_an_override_problem_selects_the_override(
    qtbot: QtBot, two_weeks: MainWindow
) -> None:
    panel = _panel(two_weeks)
    problem = _first(two_weeks, "DOUBLE_BOOKED", override="o-hannah-thu")
    double_click(qtbot, panel.view, panel.view_index(problem))
    assert two_weeks.timeline.selected_override == ("primary", "o-hannah-thu")
    assert two_weeks.sidebar.current() == Ref(Kind.SCHEDULE, "primary")


def test_fix_a_gap_with_the_best_suggestion_then_undo(
    qtbot: QtBot, two_weeks: MainWindow, prompts: ScriptedPrompts
) -> None:
    panel = _panel(two_weeks)
    gap = _first(two_weeks, "GAP", schedule="primary")
    assert gap.start is not None
    assert gap.end is not None
    panel.view.setCurrentIndex(panel.view_index(gap))
    assert panel.fix_button.isEnabled()
    project = two_weeks.document.project
    expected = cover_suggestions(project, "primary", gap.start, gap.end)
    assert expected.candidates
    best = expected.candidates[0].person
    prompts.people.append(best)
    qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    assert prompts.asked[-1] == ("choose_person", "Cover the gap")
    assert prompts.suggestions[-1] == expected  # the core's order, reasons and exclusions
    override = two_weeks.document.project.schedule("primary").overrides[-1]
    assert override.person == best
    settled(qtbot, two_weeks)
    gaps = [p for p in panel.model.problems if p.code == "GAP"]
    assert gap not in gaps
    assert len(gaps) == 1
    two_weeks.undo_action.trigger()
    settled(qtbot, two_weeks)
    assert gap in panel.model.problems


def test_fix_a_time_off_conflict_leaves_out_the_person_away(
    qtbot: QtBot, two_weeks: MainWindow, prompts: ScriptedPrompts
) -> None:
    panel = _panel(two_weeks)
    conflict = _first(two_weeks, "TIME_OFF", schedule="primary")
    panel.view.setCurrentIndex(panel.view_index(conflict))
    prompts.people.append(None)  # the user cancels
    before = two_weeks.document.project
    panel.fix_current()
    asked = prompts.suggestions[-1]
    assert "amelia" in {e.person for e in asked.excluded}
    assert all(c.person != "amelia" for c in asked.candidates)
    assert two_weeks.document.project is before
    double_booked = _first(two_weeks, "DOUBLE_BOOKED")
    panel.view.setCurrentIndex(panel.view_index(double_booked))
    assert not panel.fix_button.isEnabled()


def test_problems_models_pass_the_model_tester(
    qtmodeltester: ModelTester, two_weeks: MainWindow
) -> None:
    panel = _panel(two_weeks)
    qtmodeltester.check(panel.model)
    panel.set_kind("DOUBLE_BOOKED")
    panel.view.sortByColumn(WHEN, Qt.SortOrder.DescendingOrder)
    starts = [p.start for p in panel.visible_problems()]
    assert starts == sorted(starts, reverse=True)
    assert {p.code for p in panel.visible_problems()} == {"DOUBLE_BOOKED"}
    qtmodeltester.check(panel.proxy)
