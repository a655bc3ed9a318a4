"""The controller without a window: scripted answers in, one undoable edit (or a refusal) out."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication

from rotaplan.core import DAY, HOUR, Project, instant, zone
from rotaplan.gui.document.controller import ProjectController, cover_suggestions
from rotaplan.gui.document.document import Document
from rotaplan.gui.document.selection import Kind, Ref
from rotaplan.gui.text.zones import system_zone_name
from tests.gui.conftest import NOW, fixed_clock
from tests.gui.fakes import ScriptedPrompts


def _with_lone_member(demo: Project) -> Project:
    """The demo where Marcus is the only member of the managers' weekly layer."""
    schedule = demo.schedule("managers")
    layer = dataclasses.replace(schedule.layers[0], members=("marcus",))
    managers = dataclasses.replace(schedule, layers=(layer, *schedule.layers[1:]))
    return dataclasses.replace(
        demo, schedules=tuple(managers if s.id == "managers" else s for s in demo.schedules)
    )


class Edits:
    """A document with a controller on it, and what the controller selected."""

    def __init__(self, project: Project, prompts: ScriptedPrompts) -> None:
        self.document = Document(project)
        self.controller = ProjectController(self.document, prompts, fixed_clock)
        self.selected: list[Ref] = []
        self.changes: list[Project] = []
        self.controller.selected.connect(self.selected.append)
        self.document.project_changed.connect(self.changes.append)

    @property
    def stack_texts(self) -> list[str]:
        """The undo stack, oldest first."""
        stack = self.document.undo_stack
        return [stack.text(i) for i in range(stack.count())]


EditsOn = Callable[[Project], Edits]


@pytest.fixture
def edits_on(qapp: QApplication, prompts: ScriptedPrompts) -> EditsOn:
    """Builds a document and its controller on a project, answering through ``prompts``."""
    del qapp
    return lambda project: Edits(project, prompts)


def test_add_override_asks_who_with_the_core_ranking(
    edits_on: EditsOn, demo: Project, prompts: ScriptedPrompts
) -> None:
    made = edits_on(demo)
    start = instant(NOW) + 3 * DAY
    end = start + 8 * HOUR
    prompts.people.append("marcus")
    made.controller.create_override("primary", start, end)
    assert prompts.asked == [("choose_person", "Add override")]
    assert prompts.suggestions == [cover_suggestions(demo, "primary", start, end)]
    before = demo.schedule("primary").overrides
    overrides = made.document.project.schedule("primary").overrides
    assert overrides[: len(before)] == before  # the new one is listed last: it wins
    added = overrides[-1]
    assert added.person == "marcus"
    assert (instant(added.start), instant(added.end)) == (start, end)
    assert added.start.tzinfo == zone("Europe/London")  # in the schedule's zone
    assert made.stack_texts == ["Add override for Marcus Lee"]
    assert len(made.changes) == 1
    made.document.undo_stack.undo()
    assert made.document.project is demo


def test_choosing_nobody_adds_no_override(
    edits_on: EditsOn, demo: Project, prompts: ScriptedPrompts
) -> None:
    made = edits_on(demo)
    start = instant(NOW) + DAY
    made.controller.create_override("primary", start, start + HOUR, "Cover")
    assert prompts.asked == [("choose_person", "Cover")]
    assert made.document.project is demo
    assert made.stack_texts == []


def test_deleting_the_only_member_of_a_layer_is_refused_with_the_reason(
    edits_on: EditsOn, demo: Project, prompts: ScriptedPrompts
) -> None:
    alone = _with_lone_member(demo)
    made = edits_on(alone)
    made.controller.delete(Ref(Kind.PERSON, "marcus"))
    assert prompts.asked == [
        ("confirm", "Delete Marcus Lee?"),
        (
            "error",
            "Marcus Lee is the only member of layer “Weekly” in “Engineering managers”: add "
            "someone else to it or delete the layer first",
        ),
    ]
    assert made.document.project is alone
    assert made.stack_texts == []
    assert made.changes == []
    assert not made.document.modified


def test_delete_asks_first_and_is_one_undoable_edit(
    edits_on: EditsOn, demo: Project, prompts: ScriptedPrompts
) -> None:
    made = edits_on(demo)
    prompts.confirms.extend([False, True])
    made.controller.delete(Ref(Kind.PERSON, "hannah"))  # "No": nothing happens
    assert made.document.project is demo
    made.controller.delete(Ref(Kind.PERSON, "hannah"))
    assert prompts.asked == [("confirm", "Delete Hannah Cohen?")] * 2
    assert "hannah" not in made.document.project.people_by_id
    assert made.stack_texts == ["Delete Hannah Cohen"]
    made.document.undo_stack.undo()
    assert made.document.project is demo


def test_rename_asks_nothing_and_refuses_an_empty_name(
    edits_on: EditsOn, demo: Project, prompts: ScriptedPrompts
) -> None:
    made = edits_on(demo)
    made.controller.rename(Ref(Kind.PERSON, "kwame"), "Kwame A. Mensah")
    made.controller.rename(Ref(Kind.LAYER, "primary", "weekend"), "Weekends")
    project = made.document.project
    assert project.person("kwame").name == "Kwame A. Mensah"
    assert project.schedule("primary").layer("weekend").name == "Weekends"
    assert prompts.asked == []
    assert made.stack_texts == ["Rename to Kwame A. Mensah", "Rename to Weekends"]
    made.controller.rename(Ref(Kind.SCHEDULE, "primary"), "")
    assert prompts.asked == [("error", "name: must not be empty")]
    assert made.document.project is project
    assert len(made.stack_texts) == 2


def test_add_person_asks_for_the_name_and_selects_the_new_person(
    edits_on: EditsOn, demo: Project, prompts: ScriptedPrompts
) -> None:
    made = edits_on(demo)
    prompts.texts.append("Dana Scully")
    person_id = made.controller.add_person()
    assert prompts.asked == [("text", "New person")]
    assert person_id is not None
    person = made.document.project.person(person_id)
    assert (person.name, person.time_zone) == ("Dana Scully", system_zone_name())
    assert made.selected == [Ref(Kind.PERSON, person_id)]
    assert made.stack_texts == ["Add person Dana Scully"]
    prompts.texts.append(None)  # Cancel
    assert made.controller.add_person() is None
    assert len(made.document.project.people) == len(demo.people) + 1


def test_add_layer_offers_a_name_and_starts_today_in_the_schedule_zone(
    edits_on: EditsOn, demo: Project, prompts: ScriptedPrompts
) -> None:
    made = edits_on(demo)
    layer_id = made.controller.add_layer("managers")  # the offered name is taken as it is
    assert prompts.asked == [("text", "New layer")]
    assert layer_id is not None
    schedule = made.document.project.schedule("managers")
    layer = schedule.layer(layer_id)
    assert schedule.layers[-1] is layer  # on top of the others
    assert layer.name == "Layer 2"
    tz = zone(schedule.time_zone)
    assert layer.start == NOW.astimezone(tz).replace(hour=0, minute=0, second=0, microsecond=0)
    assert made.selected == [Ref(Kind.LAYER, "managers", layer_id)]
