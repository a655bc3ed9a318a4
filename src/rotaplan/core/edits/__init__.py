"""Pure edits of a Project: each takes the current value and returns the new one.

The window turns every user action into one of these and pushes the result as one undo step; the
command line and the sync use the same functions, so every change has one id scheme and one
validation. A refused edit raises ``EditError`` with the sentence's kind and values.
"""

from rotaplan.core.edits._base import new_id
from rotaplan.core.edits.overrides import (
    add_override,
    delete_override,
    move_override,
    override_id_for,
    set_override_person,
)
from rotaplan.core.edits.people import (
    PALETTE,
    add_person,
    delete_person,
    rename_person,
    replace_person,
)
from rotaplan.core.edits.policies import add_policy, delete_policy, rename_policy, replace_policy
from rotaplan.core.edits.schedules import (
    add_layer,
    add_schedule,
    delete_layer,
    delete_schedule,
    rename_layer,
    rename_schedule,
    replace_layer,
    replace_schedule,
    update_layer_from,
)
from rotaplan.core.edits.time_off import (
    add_time_off,
    add_time_off_entries,
    delete_time_off,
    move_time_off,
    rename_time_off,
    replace_time_off,
)
from rotaplan.core.errors import EditError

__all__ = [
    "PALETTE",
    "EditError",
    "add_layer",
    "add_override",
    "add_person",
    "add_policy",
    "add_schedule",
    "add_time_off",
    "add_time_off_entries",
    "delete_layer",
    "delete_override",
    "delete_person",
    "delete_policy",
    "delete_schedule",
    "delete_time_off",
    "move_override",
    "move_time_off",
    "new_id",
    "override_id_for",
    "rename_layer",
    "rename_person",
    "rename_policy",
    "rename_schedule",
    "rename_time_off",
    "replace_layer",
    "replace_person",
    "replace_policy",
    "replace_schedule",
    "replace_time_off",
    "set_override_person",
    "update_layer_from",
]
