"""The escalation policy in the window: the editor, the policy timeline and the simulation."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from rotaplan.core import (
    EscalationTarget,
    Interval,
    Project,
    Window,
    instant,
    render_schedule,
    simulate,
)
from rotaplan.gui.document.selection import Kind, Ref
from rotaplan.gui.inspector.policy_editor import RuleDraft, RulesModel, TargetsModel
from rotaplan.gui.panels.simulation import NOTIFICATION_ROLE, SimulationModel
from rotaplan.gui.timeline.interaction import describe, hit_test
from rotaplan.gui.timeline.rows import Mode, RowKind
from rotaplan.gui.window.mainwindow import MainWindow
from tests.gui.mouse import click, drag_member


def at(*args: int) -> int:
    return instant(datetime(*args, tzinfo=UTC))


def _show_policy(window: MainWindow) -> None:
    window.sidebar.select(Ref(Kind.POLICY, "payments"))
    window.view.show_from(date(2026, 12, 7), 7)


def test_selecting_a_policy_shows_its_levels_and_the_simulation(window: MainWindow) -> None:
    _show_policy(window)
    assert window.timeline.mode is Mode.POLICY
    assert window.timeline.subject == "payments"
    assert window.window_actions.mode_policy.isChecked()
    assert window.inspector.stack.currentWidget() is window.inspector.policy_editor
    assert window.escalation.dock.isVisible()
    rows = window.timeline.boxes_rows()
    assert [r.kind for r in rows] == [RowKind.RULE] * 3
    assert [r.label for r in rows] == ["Level 1", "Level 2", "Level 3"]
    assert rows[1].detail == "After 15 min: Payments secondary"
    assert window.display_zone_name() == "Europe/London"
    # Leaving the policy hides the simulation again.
    window.sidebar.select(Ref(Kind.PERSON, "amelia"))
    assert not window.escalation.dock.isVisible()


def test_the_simulation_is_a_tab_beside_the_problems_and_fairness(
    qtbot: QtBot, window: MainWindow
) -> None:
    width = window.width()
    panels = window.panels
    _show_policy(window)
    simulation = window.escalation.dock
    tabs = set(window.tabifiedDockWidgets(simulation))
    assert tabs == {panels.problems_dock, panels.fairness_dock}
    # The simulation is the tab in front.
    assert not simulation.visibleRegion().isEmpty()
    assert panels.problems_dock.visibleRegion().isEmpty()
    assert window.width() == width  # side by side, the bottom row widened the window
    window.sidebar.select(Ref(Kind.PERSON, "amelia"))
    assert not simulation.isVisible()
    # Another tab comes to the front once the layout settles.
    qtbot.waitUntil(lambda: any(not d.visibleRegion().isEmpty() for d in tabs), timeout=2000)


@pytest.mark.parametrize(
    ("when", "level", "expected"),
    [
        (at(2026, 12, 8, 3, 15), 2, "yuki"),  # docs/cli.md: the APAC night's second level
        (at(2026, 12, 9, 14), 3, "amelia"),
        (at(2026, 12, 10, 9, 30), 1, None),  # whoever the primary schedule has
        (at(2026, 12, 12, 20), 2, None),
    ],
)
def test_each_level_shows_the_person_on_call(
    window: MainWindow, demo: Project, when: int, level: int, expected: str | None
) -> None:
    _show_policy(window)
    row = window.timeline.boxes_rows()[level - 1]
    reached = [b.person for b in row.blocks if b.start <= when < b.end]
    schedule = demo.policy("payments").rules[level - 1].targets[0].id
    on_call = render_schedule(demo.schedule(schedule), Window(when - 1, when + 1)).person_at(when)
    assert reached == [on_call]
    if expected is not None:
        assert on_call == expected


def test_the_apac_gap_shows_as_a_red_row_that_notifies_nobody(
    window: MainWindow, demo: Project
) -> None:
    _show_policy(window)
    first, second, third = window.timeline.boxes_rows()
    gap = Interval(at(2026, 12, 8), at(2026, 12, 8, 8))
    assert gap in first.gaps
    assert not [b for b in first.blocks if b.start < gap.end and b.end > gap.start]
    assert not second.gaps
    assert not third.gaps
    # Hovering there says so, in words.
    view = window.timeline
    box = view.boxes[0]
    hit = hit_test(view.boxes, view.axis, view.x_of(at(2026, 12, 8, 3)), box.top + 10, 6)
    assert hit is not None
    assert describe(hit, demo, view.display_zone).startswith("Level 1 notifies nobody")
    # The warnings list it too, for an incident window that contains it.
    pane = window.escalation.simulation
    pane.set_time(at(2026, 12, 7))
    assert "Level 1 notifies nobody: " in pane.warnings.text()
    assert pane.coverage is not None
    assert pane.coverage.first_rule_percent < 100


def test_clicking_a_level_simulates_an_incident_then(window: MainWindow) -> None:
    _show_policy(window)
    view = window.timeline
    click(view.viewport(), (view.x_of(at(2026, 12, 8, 3)), view.boxes[1].top + 10))
    simulation = window.escalation.simulation.simulation
    assert simulation is not None
    assert abs(simulation.triggered_at - at(2026, 12, 8, 3)) < 3_600_000_000


def test_the_simulation_lists_what_the_core_simulates(window: MainWindow, demo: Project) -> None:
    _show_policy(window)
    pane = window.escalation.simulation
    pane.set_time(at(2026, 12, 8, 3))
    pane.ack.setChecked(True)
    pane.ack_after.setValue(20)
    pane.timeout.setChecked(True)
    pane.ack_timeout.setValue(45)
    pane.horizon.setValue(6)
    expected = simulate(
        demo,
        "payments",
        at(2026, 12, 8, 3),
        ack_after_minutes=20,
        ack_timeout_minutes=45,
        horizon_minutes=360,
    )
    model = pane.model
    shown = [model.index(r, 0).data(NOTIFICATION_ROLE) for r in range(model.rowCount())]
    assert [n for n in shown if n is not None] == list(expected.notifications)
    assert model.notifications == expected.notifications
    first = expected.notifications[0]
    assert first.person is None  # the APAC gap: level 1 reaches nobody
    assert model.index(0, SimulationModel.PERSON).data() == "Nobody (no one on call)"
    assert any(n.cycle == 1 for n in expected.notifications)  # re-triggered within 6 h
    assert pane.summary.text() == "The first person notified is Yuki Tanaka, after 15 min."


def test_edit_a_policy_through_the_inspector_with_undo(window: MainWindow, qtbot: QtBot) -> None:
    _show_policy(window)
    before = window.document.project
    editor = window.inspector.policy_editor
    # A fourth rule (it starts with the first schedule), then Kwame as a second target.
    qtbot.mouseClick(editor.add_rule_button, Qt.MouseButton.LeftButton)
    assert editor.rules_view.currentIndex().row() == 3
    editor.delay.setValue(10)
    editor.target_choice.setCurrentIndex(editor.target_choice.findData("person:kwame"))
    qtbot.mouseClick(editor.add_target_button, Qt.MouseButton.LeftButton)
    # Drag the new rule to the top, and repeat the levels twice more.
    drag_member(editor.rules_view, source_row=3, before_row=0)
    editor.loops.setValue(2)
    assert editor.apply_button.isEnabled()
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    after = window.document.project
    policy = after.policy("payments")
    assert policy.num_loops == 2
    assert [r.delay_minutes for r in policy.rules] == [10, 15, 15, 30]
    assert policy.rules[0].targets == (
        EscalationTarget("schedule", "primary"),
        EscalationTarget("person", "kwame"),
    )
    assert [r.targets[0].id for r in policy.rules[1:]] == ["primary", "secondary", "managers"]
    assert window.undo_action.text() == "&Undo Edit escalation policy Payments"
    # The timeline follows: four levels, the first one never reaches nobody (Kwame).
    rows = window.timeline.boxes_rows()
    assert len(rows) == 4
    assert rows[0].lanes == ("Payments primary", "Kwame Mensah")
    assert not rows[0].gaps
    window.undo_action.trigger()
    assert window.document.project == before
    assert len(window.timeline.boxes_rows()) == 3
    assert editor.rules.rowCount() == 3
    window.redo_action.trigger()
    assert window.document.project == after


def test_a_level_without_targets_is_refused_at_the_field(window: MainWindow, qtbot: QtBot) -> None:
    _show_policy(window)
    before = window.document.project
    editor = window.inspector.policy_editor
    editor.rules_view.setCurrentIndex(editor.rules.index(1))
    editor.targets_view.setCurrentIndex(editor.targets.index(0))
    qtbot.mouseClick(editor.remove_target_button, Qt.MouseButton.LeftButton)
    assert editor.errors["rules"].isVisibleTo(editor)
    assert "Level 2 notifies nobody" in editor.errors["rules"].text()
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    assert window.document.project == before
    editor.name.clear()
    editor.changed()
    qtbot.mouseClick(editor.revert_button, Qt.MouseButton.LeftButton)
    assert editor.name.text() == "Payments"
    assert editor.targets.rowCount() == 1


def test_the_models_pass_the_model_tester(qtmodeltester: ModelTester, demo: Project) -> None:
    policy = demo.policy("payments")
    rules = RulesModel()
    rules.set_rules(tuple(RuleDraft(r.delay_minutes, r.targets) for r in policy.rules), demo)
    qtmodeltester.check(rules)
    rules.move(2, 0)
    rules.append(RuleDraft(5, ()))
    rules.replace(3, RuleDraft(5, (EscalationTarget("person", "amelia"),)))
    rules.remove(1)
    qtmodeltester.check(rules)
    assert rules.index(2).data() == "Amelia Hughes (then 5 min)"
    targets = TargetsModel()
    targets.set_targets(
        (EscalationTarget("schedule", "primary"), EscalationTarget("person", "yuki")), demo
    )
    qtmodeltester.check(targets)
    assert targets.index(0).data() == "Payments primary (on call)"
    simulation = SimulationModel()
    simulation.set_simulation(
        demo,
        simulate(demo, "payments", at(2026, 12, 8, 3), ack_after_minutes=5, ack_timeout_minutes=30),
        "Europe/London",
    )
    qtmodeltester.check(simulation)
    assert simulation.rowCount() > simulation.columnCount() > 0
