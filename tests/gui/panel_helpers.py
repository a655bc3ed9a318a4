"""Waiting for the live analysis and clicking rows, shared by the panel tests."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from rotaplan.core import Plan
from rotaplan.gui.window.mainwindow import MainWindow


def settled(qtbot: QtBot, window: MainWindow) -> Plan:
    """The analysis of the current project over the visible window, once the panels show it."""
    analysis = window.panels.analysis

    def current() -> bool:
        result = analysis.plan
        return (
            not analysis.busy()
            and result is not None
            and result.project is window.document.project
            and result.window == window.timeline.visible
        )

    qtbot.waitUntil(current, timeout=5000)
    assert analysis.plan is not None
    return analysis.plan


def double_click(qtbot: QtBot, view: object, index: QModelIndex) -> None:
    """Double-click the middle of an item view's cell."""
    from PySide6.QtWidgets import QAbstractItemView

    assert isinstance(view, QAbstractItemView)
    assert index.isValid()
    view.scrollTo(index)
    center = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
