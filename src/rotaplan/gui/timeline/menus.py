"""The timeline's context menus: cover a gap, override a shift, change or delete an override, and
add, edit, delete or import a person's time off.

The texts keep the context of the widget that offers them (``TimelineView``).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QMenu

from rotaplan.core import localize_instant, wall, zone
from rotaplan.gui.timeline.canvas import TimelineCanvas
from rotaplan.gui.timeline.interaction import Hit
from rotaplan.gui.timeline.rows import Mode, RowKind

__all__ = ["menu_at"]


def menu_at(view: TimelineCanvas, pos: QPoint) -> QMenu | None:
    """The menu for the point ``pos`` of the viewport (None where there is nothing to do)."""
    hit = view.hit_at(pos)
    if hit is not None and hit.box.row.kind in (RowKind.TIME_OFF, RowKind.PERSON):
        menu = _person_menu(view, hit)
        if menu is not None:
            return menu
    if hit is None or hit.box.row.schedule_id is None:
        return None
    row = hit.box.row
    schedule_id = row.schedule_id
    assert schedule_id is not None
    menu = QMenu(view)
    if row.kind is RowKind.FINAL and hit.gap is not None and hit.block is None:
        gap = hit.gap
        action = menu.addAction(QCoreApplication.translate("TimelineView", "Cover this gap…"))
        action.triggered.connect(
            lambda: view.override_requested.emit(schedule_id, gap.start, gap.end)
        )
    elif row.kind in (RowKind.FINAL, RowKind.LAYER) and hit.block is not None:
        block = hit.block
        name = view.project.people_by_id.get(block.person)
        action = menu.addAction(
            QCoreApplication.translate("TimelineView", "Override this shift of %1…").replace(
                "%1", name.name if name else block.person
            )
        )
        action.triggered.connect(
            lambda: view.override_requested.emit(schedule_id, block.start, block.end)
        )
    elif row.kind is RowKind.OVERRIDES and hit.block is not None and hit.block.override_id:
        override_id = hit.block.override_id
        view.selected_override = (schedule_id, override_id)
        view.viewport().update()
        change = menu.addAction(QCoreApplication.translate("TimelineView", "Change person…"))
        change.triggered.connect(
            lambda: view.override_person_requested.emit(schedule_id, override_id)
        )
        delete = menu.addAction(QCoreApplication.translate("TimelineView", "Delete override"))
        delete.triggered.connect(
            lambda: view.override_delete_requested.emit(schedule_id, override_id)
        )
    if menu.isEmpty():
        menu.deleteLater()
        return None
    return menu


def _person_menu(view: TimelineCanvas, hit: Hit) -> QMenu | None:
    """Add, edit, delete or import time off (the time-off row); add time off (a shift)."""
    person_id = hit.box.row.person_id or (view.subject if view.mode is Mode.PERSON else None)
    if person_id is None or person_id not in view.project.people_by_id:
        return None
    menu = QMenu(view)
    block = hit.block
    if hit.box.row.kind is RowKind.TIME_OFF and block is not None and block.entry is not None:
        entry = block.entry
        view.selected_time_off = entry
        view.viewport().update()
        edit = menu.addAction(QCoreApplication.translate("TimelineView", "Edit time off"))
        edit.triggered.connect(lambda: view.time_off_activated.emit(entry))
        delete = menu.addAction(QCoreApplication.translate("TimelineView", "Delete time off"))
        delete.triggered.connect(lambda: view.time_off_delete_requested.emit(entry))
        return menu
    tz = zone(view.project.person(person_id).time_zone)
    if block is not None and hit.box.row.kind is RowKind.PERSON:
        start, end = block.start, block.end
        text = QCoreApplication.translate("TimelineView", "Add time off for this shift")
    else:
        day = wall(hit.at, tz).date()
        start = localize_instant(datetime(day.year, day.month, day.day), tz)
        end = localize_instant(datetime.combine(day + timedelta(days=1), time()), tz)
        text = QCoreApplication.translate("TimelineView", "Add time off on this day")
    menu.addAction(text).triggered.connect(
        lambda: view.time_off_requested.emit(person_id, start, end)
    )
    ical = menu.addAction(QCoreApplication.translate("TimelineView", "Import time off from iCal…"))
    ical.triggered.connect(lambda: view.time_off_import_requested.emit(person_id))
    return menu
