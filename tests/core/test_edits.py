"""Pure project edits: what each returns, and what each refuses."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest

from rotaplan.core import EditError, Project, edits
from rotaplan.store.demo import demo_project


@pytest.fixture
def demo() -> Project:
    """The demo project as shipped (its story starts on Monday 30 November 2026)."""
    return demo_project(date(2026, 11, 30))


def test_new_id_is_readable_and_unique() -> None:
    assert edits.new_id("Payments Primary!", []) == "payments-primary"
    assert edits.new_id("Payments primary", ["payments-primary"]) == "payments-primary-2"
    assert edits.new_id("***", []) == "item"


def test_add_and_rename_person(demo: Project) -> None:
    project, person_id = edits.add_person(demo, "Zoë Adams", "Europe/Paris")
    assert project.person(person_id).name == "Zoë Adams"
    assert project.person(person_id).time_zone == "Europe/Paris"
    renamed = edits.rename_person(project, person_id, "Zoë B. Adams")
    assert renamed.person(person_id).name == "Zoë B. Adams"
    with pytest.raises(EditError, match="name"):
        edits.rename_person(project, person_id, "  ")


def test_delete_person_takes_their_overrides_time_off_and_turns(demo: Project) -> None:
    project = edits.delete_person(demo, "hannah")
    assert "hannah" not in project.people_by_id
    assert all(o.person != "hannah" for s in project.schedules for o in s.overrides)
    assert all("hannah" not in layer.members for s in project.schedules for layer in s.layers)


def test_delete_person_refuses_to_empty_a_layer(demo: Project) -> None:
    layer = dataclasses.replace(demo.schedule("managers").layers[0], members=("marcus",))
    alone = edits.replace_layer(demo, "managers", layer)
    with pytest.raises(EditError, match="only member"):
        edits.delete_person(alone, "marcus")


def test_delete_schedule_drops_its_escalation_rule(demo: Project) -> None:
    project = edits.delete_schedule(demo, "primary")
    assert "primary" not in project.schedules_by_id
    rules = project.policy("payments").rules
    assert [t.id for rule in rules for t in rule.targets] == ["secondary", "managers"]


def test_delete_schedule_refuses_when_a_policy_notifies_only_it(demo: Project) -> None:
    project, schedule_id = edits.add_schedule(Project(name="x"), "Ops", "Etc/UTC")
    project, _ = edits.add_policy(project, "Solo")
    with pytest.raises(EditError, match="Solo"):
        edits.delete_schedule(project, schedule_id)


def test_update_running_layer_keeps_the_past(demo: Project) -> None:
    layer = demo.schedule("primary").layer("emea")
    changed = dataclasses.replace(layer, members=("sofia", "kwame", "amelia"))
    cut = datetime(2026, 12, 10, 9, tzinfo=UTC)
    project, version_id = edits.update_layer_from(demo, "primary", changed, cut)
    layers = project.schedule("primary").layers
    ids = [x.id for x in layers]
    assert ids.index(version_id) == ids.index("emea") + 1
    assert project.schedule("primary").layer("emea").end == cut
    assert project.schedule("primary").layer("emea").members == layer.members
    version = project.schedule("primary").layer(version_id)
    assert version.start == cut
    assert version.members == ("sofia", "kwame", "amelia")


def test_update_without_apply_from_rewrites_the_layer(demo: Project) -> None:
    layer = demo.schedule("primary").layer("emea")
    changed = dataclasses.replace(layer, name="EMEA")
    project, layer_id = edits.update_layer_from(demo, "primary", changed, None)
    assert layer_id == "emea"
    assert project.schedule("primary").layer("emea").name == "EMEA"


def test_overrides_add_move_delete(demo: Project) -> None:
    start = datetime(2026, 12, 7, 9, tzinfo=UTC)
    end = datetime(2026, 12, 7, 17, tzinfo=UTC)
    project, override_id = edits.add_override(demo, "secondary", start, end, "yuki")
    assert project.schedule("secondary").overrides[-1].id == override_id
    moved = edits.move_override(project, "secondary", override_id, end, end.replace(hour=20))
    assert moved.schedule("secondary").overrides[-1].start == end
    with pytest.raises(EditError, match="after start"):
        edits.move_override(project, "secondary", override_id, end, start)
    assert edits.delete_override(moved, "secondary", override_id) == demo


def test_policies_and_time_off(demo: Project) -> None:
    project, policy_id = edits.add_policy(demo, "Night desk")
    assert project.policy(policy_id).rules[0].targets[0].id == "primary"
    assert edits.rename_policy(project, policy_id, "Nights").policy(policy_id).name == "Nights"
    assert edits.delete_policy(project, policy_id) == demo
    start, end = datetime(2027, 1, 4, tzinfo=UTC), datetime(2027, 1, 8, tzinfo=UTC)
    with_leave, entry_id = edits.add_time_off(demo, "kwame", start, end, "Ski trip")
    renamed = edits.rename_time_off(with_leave, entry_id, "Skiing")
    assert renamed.time_off_entry(entry_id).note == "Skiing"
    assert edits.delete_time_off(with_leave, entry_id) == demo


def test_add_layer_needs_a_person() -> None:
    project, schedule_id = edits.add_schedule(Project(name="Empty"), "Ops", "Etc/UTC")
    with pytest.raises(EditError, match="add a person first"):
        edits.add_layer(project, schedule_id, "Layer 1", datetime(2026, 1, 1, tzinfo=UTC))
