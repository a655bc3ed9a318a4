"""The project tree model and the sidebar: structure, renames, selection."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from rotaplan.core import Project, edits
from rotaplan.gui.document.selection import Kind, Ref
from rotaplan.gui.window.sidebar import REF_ROLE, ProjectTreeModel, Sidebar


def test_tree_model_passes_the_model_tester(qtmodeltester: ModelTester, demo: Project) -> None:
    model = ProjectTreeModel(demo)
    qtmodeltester.check(model)
    model.set_project(edits.add_person(demo, "New Person")[0])
    qtmodeltester.check(model)
    model.set_project(Project(name="empty"))
    qtmodeltester.check(model)


def test_tree_shows_layers_highest_priority_first(demo: Project) -> None:
    model = ProjectTreeModel(demo)
    primary = model.index_of(Ref(Kind.SCHEDULE, "primary"))
    labels = [model.index(row, 0, primary).data() for row in range(model.rowCount(primary))]
    assert labels[0] == "Weekend"
    assert labels[-1] == "EMEA days"
    weekend = model.index(0, 0, primary)
    assert weekend.data(REF_ROLE) == Ref(Kind.LAYER, "primary", "weekend")
    assert model.index_of(Ref(Kind.LAYER, "primary", "weekend")) == weekend
    assert model.parent(weekend) == primary
    assert model.parent(model.index(0, 0)) == QModelIndex()


def test_rename_is_requested_not_applied(qtbot: QtBot, demo: Project) -> None:
    model = ProjectTreeModel(demo)
    index = model.index_of(Ref(Kind.PERSON, "kwame"))
    with qtbot.waitSignal(model.rename_requested) as signal:
        assert model.setData(index, "Kwame M.", Qt.ItemDataRole.EditRole)
    assert signal.args == [Ref(Kind.PERSON, "kwame"), "Kwame M."]
    assert index.data() == "Kwame Mensah"
    assert not model.setData(index, "   ", Qt.ItemDataRole.EditRole)
    assert not model.setData(model.index(0, 0), "People!", Qt.ItemDataRole.EditRole)


def test_sidebar_keeps_selection_across_edits(qtbot: QtBot, demo: Project) -> None:
    sidebar = Sidebar(demo)
    qtbot.addWidget(sidebar)
    with qtbot.waitSignal(sidebar.selection_changed) as signal:
        sidebar.select(Ref(Kind.LAYER, "primary", "emea"))
    assert signal.args == [Ref(Kind.LAYER, "primary", "emea")]
    sidebar.set_project(edits.rename_person(demo, "kwame", "Kwame M."))
    assert sidebar.current() == Ref(Kind.LAYER, "primary", "emea")
    with qtbot.waitSignal(sidebar.delete_requested) as deleted:
        sidebar.delete_action.trigger()
    assert deleted.args == [Ref(Kind.LAYER, "primary", "emea")]
