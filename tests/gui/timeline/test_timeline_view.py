"""The timeline widget: what it shows, and what drags, keys and hovers ask for."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from rotaplan.core import DAY, HOUR, Project, instant, zone
from rotaplan.gui.timeline import TimelineView
from rotaplan.gui.timeline.interaction import describe, hit_test
from rotaplan.gui.timeline.rows import Mode, RowKind
from tests.gui.mouse import click, drag, hover

NOW = datetime(2026, 12, 2, 13, 30, tzinfo=UTC)
LONDON = zone("Europe/London")


def at(*args: int) -> int:
    return instant(datetime(*args, tzinfo=UTC))


def _mouse(
    widget: QWidget, kind: QEvent.Type, pos: tuple[float, float], buttons: Qt.MouseButton
) -> None:
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    point = QPointF(*pos)
    event = QMouseEvent(
        kind, point, widget.mapToGlobal(point), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QCoreApplication.sendEvent(widget, event)


def _wheel(view: TimelineView, x: float, dy: int, modifiers: Qt.KeyboardModifier) -> None:
    point = QPointF(x, 100)
    event = QWheelEvent(
        point,
        view.viewport().mapToGlobal(point),
        QPoint(),
        QPoint(0, dy),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QCoreApplication.sendEvent(view.viewport(), event)


@pytest.fixture
def view(qtbot: QtBot, demo: Project) -> TimelineView:
    widget = TimelineView(demo, lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(184 + 7 * 24 * 8 + 2, 420)  # 8 px per hour in a week view
    widget.set_display_zone(LONDON)
    widget.set_mode(Mode.SCHEDULE, "primary")
    widget.set_view(widget.local_midnight(date(2026, 11, 30)), 7 * DAY)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_shows_the_week_and_its_coverage(view: TimelineView) -> None:
    assert view.visible.start == at(2026, 11, 30)
    assert view.coverage("primary") == pytest.approx(100.0)
    image = view.grab().toImage()
    assert image.width() > 0
    assert image.pixelColor(5, 5).isValid()


def test_drag_on_final_row_asks_for_an_override_snapped_to_the_hour(
    view: TimelineView, qtbot: QtBot
) -> None:
    y = view.row_center(RowKind.FINAL)
    x1, x2 = view.x_of(at(2026, 12, 1, 9, 10)), view.x_of(at(2026, 12, 1, 17, 50))
    with qtbot.waitSignal(view.override_requested) as signal:
        drag(view.viewport(), (x1, y), (x2, y))
    assert signal.args == ["primary", at(2026, 12, 1, 9), at(2026, 12, 1, 18)]


def test_dragging_an_override_moves_and_resizes_it(view: TimelineView, qtbot: QtBot) -> None:
    y = view.row_center(RowKind.OVERRIDES)
    start, end = at(2026, 12, 3, 16), at(2026, 12, 4)  # Hannah's Thursday override
    middle = view.x_of((start + end) // 2)
    with qtbot.waitSignal(view.override_changed) as moved:
        drag(view.viewport(), (middle, y), (middle + 2 * 8, y))
    assert moved.args == ["primary", "o-hannah-thu", start + 2 * HOUR, end + 2 * HOUR]
    with qtbot.waitSignal(view.override_changed) as resized:
        drag(view.viewport(), (view.x_of(end) - 1, y), (view.x_of(end) + 4 * 8, y))
    assert resized.args == ["primary", "o-hannah-thu", start, end + 4 * HOUR]


def test_delete_key_asks_to_delete_the_selected_override(view: TimelineView, qtbot: QtBot) -> None:
    y = view.row_center(RowKind.OVERRIDES)
    click(view.viewport(), (view.x_of(at(2026, 12, 3, 20)), y))
    assert view.selected_override == ("primary", "o-hannah-thu")
    with qtbot.waitSignal(view.override_delete_requested) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert signal.args == ["primary", "o-hannah-thu"]


def test_keyboard_scrolls_and_zooms(view: TimelineView, qtbot: QtBot) -> None:
    start = view.visible.start
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.visible.start == start + DAY
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert view.visible.start == start + DAY - 7 * DAY
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.visible.length > 7 * DAY


def test_scrolling_within_the_margin_renders_nothing_again(view: TimelineView) -> None:
    view.grab()
    misses = view.render_cache.misses
    for _ in range(5):
        view.scroll_by(HOUR)
        view.grab()
    assert view.render_cache.misses == misses


def test_hover_names_who_when_and_which_layer_won(view: TimelineView, demo: Project) -> None:
    y = view.row_center(RowKind.FINAL)
    hit = hit_test(view.boxes, view.axis, view.x_of(at(2026, 12, 1, 20)), y, 6)
    assert hit is not None
    text = describe(hit, demo, LONDON)
    assert "Diego Ramírez" in text
    assert "(Europe/London)" in text
    assert "America/New_York" in text  # his own zone
    assert "Americas evenings" in text
    hover(view.viewport(), (view.x_of(at(2026, 12, 1, 20)), y))  # does not raise


def test_gap_is_described_and_offered_for_cover(view: TimelineView, demo: Project) -> None:
    view.set_view(view.local_midnight(date(2026, 12, 7)), 7 * DAY)
    final = next(row for row in view.boxes_rows() if row.kind is RowKind.FINAL)
    gap = next(g for g in final.gaps if g.start >= view.visible.start)
    y = view.row_center(RowKind.FINAL)
    x = view.x_of((gap.start + gap.end) // 2)
    hit = hit_test(view.boxes, view.axis, x, y, 6)
    assert hit is not None
    assert describe(hit, demo, LONDON).startswith("No one on call")
    menu = view.context_menu(QPoint(round(x), round(y)))
    assert menu is not None
    assert [a.text() for a in menu.actions()] == ["Cover this gap…"]


def test_escape_or_another_view_drops_a_drag(view: TimelineView, qtbot: QtBot) -> None:
    y = view.row_center(RowKind.FINAL)
    x1, x2 = view.x_of(at(2026, 12, 1, 9)), view.x_of(at(2026, 12, 1, 18))
    held, free = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    requests: list[object] = []
    view.override_requested.connect(lambda *args: requests.append(args))
    for drop in (
        lambda: qtbot.keyClick(view, Qt.Key.Key_Escape),
        lambda: view.set_mode(Mode.ALL),
    ):
        view.set_mode(Mode.SCHEDULE, "primary")
        _mouse(view.viewport(), QEvent.Type.MouseButtonPress, (x1, y), held)
        _mouse(view.viewport(), QEvent.Type.MouseMove, (x2, y), held)
        drop()
        _mouse(view.viewport(), QEvent.Type.MouseMove, (x2 + 8, y), held)
        _mouse(view.viewport(), QEvent.Type.MouseButtonRelease, (x2 + 8, y), free)
    assert requests == []
    view.set_mode(Mode.SCHEDULE, "primary")
    with qtbot.waitSignal(view.override_requested):
        drag(view.viewport(), (x1, y), (x2, y))


def test_clicking_a_layer_row_activates_the_layer(view: TimelineView, qtbot: QtBot) -> None:
    layer = next(box.row for box in view.boxes if box.row.kind is RowKind.LAYER)
    y = view.row_center(RowKind.LAYER)
    with qtbot.waitSignal(view.layer_activated) as signal:
        click(view.viewport(), (view.x_of(at(2026, 12, 1, 12)), y))
    assert signal.args == ["primary", layer.layer_id]
    assert view.selected_override is None


def test_wheel_scrolls_and_ctrl_wheel_zooms_around_the_pointer(view: TimelineView) -> None:
    start, span = view.visible.start, view.visible.length
    _wheel(view, 400, -120, Qt.KeyboardModifier.NoModifier)
    assert view.visible.start == start + span // 14
    assert view.visible.length == span
    anchor = view.axis.at(400)
    _wheel(view, 400, 120, Qt.KeyboardModifier.ControlModifier)
    assert view.visible.length == int(span * 0.85)
    assert abs(view.axis.at(400) - anchor) <= view.axis.us_per_px


def test_keys_zoom_and_go_to_today(view: TimelineView, qtbot: QtBot) -> None:
    span = view.visible.length
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.visible.length == int(span * 0.8)
    qtbot.keyClick(view, Qt.Key.Key_T)
    assert view.visible.start == view.local_midnight(date(2026, 12, 2))


def test_override_menu_selects_it_and_offers_change_and_delete(
    view: TimelineView, qtbot: QtBot
) -> None:
    y = view.row_center(RowKind.OVERRIDES)
    menu = view.context_menu(QPoint(round(view.x_of(at(2026, 12, 3, 20))), y))
    assert menu is not None
    assert view.selected_override == ("primary", "o-hannah-thu")
    assert [a.text() for a in menu.actions()] == ["Change person…", "Delete override"]
    with qtbot.waitSignal(view.override_person_requested) as change:
        menu.actions()[0].trigger()
    assert change.args == ["primary", "o-hannah-thu"]
    with qtbot.waitSignal(view.override_delete_requested) as delete:
        menu.actions()[1].trigger()
    assert delete.args == ["primary", "o-hannah-thu"]
    final = view.row_center(RowKind.FINAL)
    shift = view.context_menu(QPoint(round(view.x_of(at(2026, 12, 1, 12))), final))
    assert shift is not None
    assert [a.text() for a in shift.actions()] == ["Override this shift of Amelia Hughes…"]
