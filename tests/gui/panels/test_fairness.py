"""The Fairness panel on the demo: everyone shown, team or schedule, balance, CSV export."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from rotaplan.cli import main as cli_main
from rotaplan.cli.common import iso
from rotaplan.core import HOUR, plan, zone
from rotaplan.gui.document.selection import Kind, Ref
from rotaplan.gui.panels.fairness import HOURS, PERSON_ROLE, FairnessPanel
from rotaplan.gui.window.mainwindow import MainWindow
from rotaplan.store import save
from tests.gui.fakes import ScriptedPrompts
from tests.gui.panel_helpers import settled
from tests.gui.waits import finish


def _panel(window: MainWindow) -> FairnessPanel:
    return window.panels.fairness


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_team_view_shows_everyone_with_the_core_figures(
    qtbot: QtBot, window: MainWindow, prompts: ScriptedPrompts
) -> None:
    prompts.texts.append("Zoe Idle")
    new = window.controller.add_person()
    settled(qtbot, window)
    panel = _panel(window)
    assert panel.schedule_id is None
    people = [p.id for p in window.document.project.people]
    assert new in people
    assert sorted(panel.chart.order()) == sorted(people)
    assert panel.model.rowCount() == len(people)
    expected = plan(window.document.project, window.timeline.visible).fairness
    assert tuple(panel.loads()) == expected.people
    assert panel.chart.order()[-1] == new  # no hours: the last bar
    assert expected.person(new).on_call == 0
    assert panel.balance.text() == (
        f"Balance {expected.team_balance:.2f} · off-hours {expected.off_hours_balance:.2f}"
    )
    busiest = max(expected.people, key=lambda load: load.on_call)
    assert panel.model.index(0, HOURS).data(PERSON_ROLE) == busiest.person  # most hours first
    assert panel.chart.order()[0] == busiest.person
    tip = panel.chart.tooltip_for(panel.chart.LEGEND + 1)
    assert tip is not None
    assert "Nights" in tip


def test_follows_the_selected_schedule_and_back_to_the_team(
    qtbot: QtBot, window: MainWindow
) -> None:
    result = settled(qtbot, window)
    panel = _panel(window)
    window.sidebar.select(Ref(Kind.SCHEDULE, "secondary"))
    assert panel.schedule_id == "secondary"
    own = next(s for s in result.fairness.schedules if s.schedule == "secondary")
    assert sorted(load.person for load in panel.loads()) == sorted(p for p, _ in own.hours)
    assert {load.person: load.on_call for load in panel.loads()} == dict(own.hours)
    for load in panel.loads():
        assert load.working + load.night + load.weekend + load.holiday == load.on_call
    assert panel.balance.text() == f"Balance {own.balance:.2f}"
    window.window_actions.mode_all.trigger()
    assert panel.schedule_id is None
    assert len(panel.loads()) == len(window.document.project.people)
    panel.scope.setCurrentIndex(panel.scope.findData("primary"))  # chosen by hand
    assert panel.schedule_id == "primary"
    window.controller.rename(Ref(Kind.SCHEDULE, "primary"), "Payments main")
    settled(qtbot, window)
    assert panel.schedule_id == "primary"
    assert panel.scope.currentText() == "Payments main"


@pytest.mark.parametrize("schedule", [None, "primary"])
def test_csv_export_matches_the_report_command(
    qtbot: QtBot,
    window: MainWindow,
    prompts: ScriptedPrompts,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    schedule: str | None,
) -> None:
    result = settled(qtbot, window)
    panel = _panel(window)
    panel.show_schedule(schedule)
    target = tmp_path / "fairness.csv"
    prompts.paths.append(str(target))
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    finish(qtbot, window.panels.export_task, 5000)
    assert window.statusBar().currentMessage() == f"Exported {target}"
    written = _rows(target.read_text(encoding="utf-8"))
    project_file = tmp_path / "demo.rotaplan"
    save(window.document.project, project_file)
    tz = zone(window.document.project.schedules[0].time_zone)
    since, until = iso(result.window.start, tz), iso(result.window.end, tz)
    capsys.readouterr()
    status = cli_main(["report", str(project_file), "--csv", "--since", since, "--until", until])
    assert status == 0
    reported = _rows(capsys.readouterr().out)
    if schedule is None:
        assert written == reported
    else:
        own = dict(next(s for s in result.fairness.schedules if s.schedule == schedule).hours)
        order = [row["person"] for row in reported]
        assert [row["person"] for row in written] == [p for p in order if p in own]
        for row in written:
            assert float(row["hours"]) == round(own[row["person"]] / HOUR, 3)
    assert prompts.asked[-1][0] == "csv_path"


def test_export_failure_is_explained(
    qtbot: QtBot, window: MainWindow, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    settled(qtbot, window)
    prompts.paths.append(str(tmp_path / "missing" / "fairness.csv"))
    _panel(window).export_button.click()
    finish(qtbot, window.panels.export_task, 5000)
    assert "not written" in prompts.errors[-1]


def test_fairness_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, window: MainWindow
) -> None:
    settled(qtbot, window)
    panel = _panel(window)
    qtmodeltester.check(panel.model)
    panel.show_schedule("primary")
    qtmodeltester.check(panel.model)
