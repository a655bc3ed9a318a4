"""The document and its undo command, without a window: edits, undo, redo, saved state, signals."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from rotaplan.core import Project
from rotaplan.gui.document.document import Document, ReplaceProject
from rotaplan.store import load, save


def _renamed(project: Project, name: str) -> Project:
    return dataclasses.replace(project, name=name)


class Heard:
    """Every signal of a document, in order."""

    def __init__(self, document: Document) -> None:
        self.signals: list[tuple[str, object]] = []
        document.project_changed.connect(lambda value: self.signals.append(("project", value)))
        document.modified_changed.connect(lambda value: self.signals.append(("modified", value)))
        document.path_changed.connect(lambda value: self.signals.append(("path", value)))

    def take(self) -> list[tuple[str, object]]:
        """What was heard since the last call."""
        heard, self.signals = self.signals, []
        return heard


@pytest.fixture
def document(qapp: QApplication, demo: Project) -> Document:
    """A document on the demo project, not saved anywhere yet."""
    return Document(demo)


def test_an_edit_is_one_command_that_undo_and_redo_swap(document: Document, demo: Project) -> None:
    heard = Heard(document)
    edited = _renamed(demo, "Payments on call")
    document.apply(edited, "Rename project")
    assert document.project is edited
    assert document.modified
    stack = document.undo_stack
    assert (stack.count(), stack.index(), stack.undoText()) == (1, 1, "Rename project")
    command = stack.command(0)
    assert isinstance(command, ReplaceProject)
    assert command.old is demo
    assert command.new is edited
    assert heard.take() == [("project", edited), ("modified", True)]
    stack.undo()
    assert document.project is demo  # the very value from before, not a copy
    assert not document.modified
    assert heard.take() == [("project", demo), ("modified", False)]
    assert stack.redoText() == "Rename project"
    stack.redo()
    assert document.project is edited
    assert heard.take() == [("project", edited), ("modified", True)]


def test_the_command_swaps_the_values_when_called_directly(
    document: Document, demo: Project
) -> None:
    heard = Heard(document)
    edited = _renamed(demo, "Edited")
    command = ReplaceProject(document, demo, edited, "Rename project")
    assert command.text() == "Rename project"
    command.redo()
    assert document.project is edited
    command.undo()
    assert document.project is demo
    assert heard.take() == [("project", edited), ("project", demo)]
    assert document.undo_stack.count() == 0  # the stack only runs commands it was given


def test_edits_are_never_merged(document: Document, demo: Project) -> None:
    first, second = _renamed(demo, "One"), _renamed(demo, "Two")
    document.apply(first, "Rename project")
    document.apply(second, "Rename project")  # the same text does not make it the same action
    stack = document.undo_stack
    assert stack.count() == 2
    assert all(stack.command(i).id() == -1 for i in range(2))  # -1: Qt never merges it
    assert not stack.command(1).mergeWith(stack.command(0))
    stack.undo()
    assert document.project is first
    stack.undo()
    assert document.project is demo


def test_an_edit_that_changes_nothing_is_refused(document: Document, demo: Project) -> None:
    document.apply(_renamed(demo, "Edited"), "Rename project")
    heard = Heard(document)
    current = document.project
    document.apply(dataclasses.replace(current), "Rename again")  # an equal value
    assert document.project is current
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Rename project"
    assert heard.take() == []


def test_saving_marks_the_document_clean_until_the_next_edit_or_undo(
    document: Document, demo: Project, tmp_path: Path
) -> None:
    edited = _renamed(demo, "Edited")
    document.apply(edited, "Rename project")
    heard = Heard(document)
    file = tmp_path / "team.rotaplan"
    document.save(file)
    assert load(file) == edited
    assert document.path == file
    assert not document.modified
    assert heard.take() == [("path", file), ("modified", False)]
    document.save()  # the same file again: nothing to tell
    assert heard.take() == []
    document.undo_stack.undo()
    assert document.modified  # back before the save is a change too
    assert heard.take() == [("project", demo), ("modified", True)]
    document.undo_stack.redo()
    assert not document.modified
    assert heard.take() == [("project", edited), ("modified", False)]


def test_saving_without_a_file_is_a_mistake(document: Document) -> None:
    with pytest.raises(ValueError, match="no file"):
        document.save()


def test_reset_and_open_start_a_clean_history(
    document: Document, demo: Project, tmp_path: Path
) -> None:
    document.apply(_renamed(demo, "Edited"), "Rename project")
    heard = Heard(document)
    fresh = Project(name="Untitled")
    document.reset(fresh, None)
    assert document.project is fresh
    assert document.undo_stack.count() == 0
    assert not document.modified
    assert heard.take() == [("modified", False), ("project", fresh), ("path", None)]
    document.reset(demo, None)  # already clean: the state does not change, so it is not told
    assert heard.take() == [("project", demo), ("path", None)]
    file = tmp_path / "team.rotaplan"
    save(_renamed(demo, "On disk"), file)
    document.open(file)
    assert document.project.name == "On disk"
    assert document.path == file
    assert not document.modified
    assert [name for name, _ in heard.take()] == ["project", "path"]


def test_a_recovered_project_is_unsaved_until_saved(
    document: Document, demo: Project, tmp_path: Path
) -> None:
    heard = Heard(document)
    document.reset(demo, None)
    document.mark_recovered()
    assert document.modified
    assert document.undo_stack.count() == 0
    assert heard.take() == [("project", demo), ("path", None), ("modified", True)]
    document.mark_recovered()  # still unsaved: nothing new to tell
    assert heard.take() == []
    edited = _renamed(demo, "Edited")
    document.apply(edited, "Rename project")
    document.undo_stack.undo()
    assert document.modified  # undoing does not reach a saved state
    assert heard.take() == [("project", edited), ("project", demo)]
    document.save(tmp_path / "team.rotaplan")
    assert not document.modified
    assert heard.take() == [("path", tmp_path / "team.rotaplan"), ("modified", False)]
