"""The members list model: moves, adds, removes, drops; checked by the model tester."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from rotaplan.core import Project
from rotaplan.gui.inspector.members import MembersModel


def test_members_model_passes_the_model_tester(qtmodeltester: ModelTester, demo: Project) -> None:
    model = MembersModel()
    model.set_members(("amelia", "kwame", "sofia"), demo.people_by_id)
    qtmodeltester.check(model)
    model.move(2, 0)
    model.append("kwame")
    model.remove(1)
    qtmodeltester.check(model)


def test_moves_and_numbering(demo: Project) -> None:
    model = MembersModel()
    model.set_members(("amelia", "kwame", "sofia"), demo.people_by_id)
    assert model.move(0, 3)
    assert model.members == ("kwame", "sofia", "amelia")
    assert model.index(0).data() == "Kwame Mensah"
    assert model.index(2).data(Qt.ItemDataRole.ToolTipRole) == "Turn 3 of 3"
    assert not model.move(1, 1)
    assert model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 0)
    assert model.members == ("amelia", "kwame", "sofia")


def test_drop_moves_and_never_lets_the_view_remove_the_source(demo: Project) -> None:
    model = MembersModel()
    model.set_members(("amelia", "kwame", "sofia"), demo.people_by_id)
    data = model.mimeData([model.index(2)])
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert model.members == ("sofia", "amelia", "kwame")
    assert not model.dropMimeData(data, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
