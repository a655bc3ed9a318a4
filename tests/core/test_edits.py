"""Pure project edits: what each returns, and what each refuses."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from rotaplan.core import EditError, EscalationTarget, Project, TimeOff, edits


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


def test_override_ids_follow_one_scheme_and_a_taken_id_is_refused(demo: Project) -> None:
    start = datetime(2026, 12, 7, 9, tzinfo=UTC)
    end = datetime(2026, 12, 7, 17, tzinfo=UTC)
    once, first = edits.add_override(demo, "secondary", start, end, "yuki")
    twice, second = edits.add_override(once, "secondary", start, end, "yuki")
    assert (first, second) == ("cover-yuki-20261207T0900", "cover-yuki-20261207T0900-2")
    with pytest.raises(EditError, match="already has an override") as refused:
        edits.add_override(twice, "secondary", start, end, "yuki", first)
    assert refused.value.kind == "override_id_taken"
    assert refused.value.values == (first,)


def test_set_override_person_keeps_the_override_in_place(demo: Project) -> None:
    schedule = demo.schedule("primary")
    changed = edits.set_override_person(demo, "primary", "o-hannah-thu", "yuki")
    after = changed.schedule("primary").overrides
    assert [o.id for o in after] == [o.id for o in schedule.overrides]
    moved = next(o for o in after if o.id == "o-hannah-thu")
    before = next(o for o in schedule.overrides if o.id == "o-hannah-thu")
    assert (moved.person, moved.start, moved.end) == ("yuki", before.start, before.end)


def test_a_refusal_carries_its_kind_template_and_values(demo: Project) -> None:
    layer = dataclasses.replace(demo.schedule("managers").layers[0], members=("marcus",))
    alone = edits.replace_layer(demo, "managers", layer)
    with pytest.raises(EditError) as refused:
        edits.delete_person(alone, "marcus")
    error = refused.value
    assert error.kind == "only_member"
    assert "%1" in error.template
    assert error.values == ("Marcus Lee", layer.name, "Engineering managers")
    assert str(error).startswith("Marcus Lee is the only member of layer")


def test_an_invalid_value_is_refused_with_the_models_field(demo: Project) -> None:
    with pytest.raises(EditError) as refused:
        edits.rename_schedule(demo, "primary", "")
    assert refused.value.kind == "invalid"
    assert str(refused.value).startswith("name:")


def test_time_off_keeps_its_id_through_moves_and_other_deletions(demo: Project) -> None:
    start, end = datetime(2027, 1, 4, tzinfo=UTC), datetime(2027, 1, 8, tzinfo=UTC)
    project, entry_id = edits.add_time_off(demo, "kwame", start, end)
    assert entry_id == "off-kwame-20270104"
    first = project.time_off[0].id
    project = edits.delete_time_off(project, first)
    moved = edits.move_time_off(project, entry_id, start.replace(day=5), end)
    assert moved.time_off_entry(entry_id).start == start.replace(day=5)
    again, second_id = edits.add_time_off(moved, "kwame", start, end)
    assert second_id == "off-kwame-20270104-2"
    with pytest.raises(KeyError):
        edits.delete_time_off(again, first)


def test_replacing_people_schedules_layers_and_policies_keeps_their_place(demo: Project) -> None:
    person = dataclasses.replace(demo.person("yuki"), time_zone="Asia/Seoul")
    assert edits.replace_person(demo, person).person("yuki").time_zone == "Asia/Seoul"
    assert [p.id for p in edits.replace_person(demo, person).people] == [p.id for p in demo.people]
    schedule = dataclasses.replace(demo.schedule("secondary"), description="Backup")
    replaced = edits.replace_schedule(demo, schedule)
    assert replaced.schedule("secondary").description == "Backup"
    assert [s.id for s in replaced.schedules] == [s.id for s in demo.schedules]
    assert edits.rename_schedule(demo, "secondary", "Backup").schedule("secondary").name == "Backup"
    renamed = edits.rename_layer(demo, "primary", "emea", "EMEA")
    assert renamed.schedule("primary").layer("emea").name == "EMEA"
    without = edits.delete_layer(demo, "primary", "emea")
    assert "emea" not in [x.id for x in without.schedule("primary").layers]
    policy = dataclasses.replace(demo.policy("payments"), num_loops=3)
    assert edits.replace_policy(demo, policy).policy("payments").num_loops == 3
    rule = dataclasses.replace(policy.rules[0], targets=(EscalationTarget("schedule", "nope"),))
    with pytest.raises(EditError, match="unknown schedule 'nope'"):
        edits.replace_policy(demo, dataclasses.replace(policy, rules=(rule,)))


def test_replacing_a_time_off_entry_keeps_its_id(demo: Project) -> None:
    entry = demo.time_off[0]
    changed = dataclasses.replace(entry, note="Moved", person="kwame")
    project = edits.replace_time_off(demo, changed)
    assert project.time_off_entry(entry.id).person == "kwame"
    assert [t.id for t in project.time_off] == [t.id for t in demo.time_off]
    with pytest.raises(EditError, match="person"):
        edits.replace_time_off(demo, dataclasses.replace(entry, person="nobody"))


def test_imported_time_off_leaves_out_what_the_person_already_has(demo: Project) -> None:
    start, end = datetime(2027, 2, 1, tzinfo=UTC), datetime(2027, 2, 3, tzinfo=UTC)
    first = TimeOff("kwame", start, end, "Trip", uid="abc@calendar")
    once = edits.add_time_off_entries(demo, [first])
    assert len(once.time_off) == len(demo.time_off) + 1
    again = edits.add_time_off_entries(once, [first, TimeOff("kwame", end, end.replace(day=4))])
    assert len(again.time_off) == len(once.time_off) + 1  # the same UID and start: left out
    assert len({t.id for t in again.time_off}) == len(again.time_off)
