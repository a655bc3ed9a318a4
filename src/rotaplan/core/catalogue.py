"""The core's sentences: one template per kind of problem and of cover-suggestion reason.

A template is English with Qt-style values ``%1`` … ``%n``, in the order its ``slots`` name them.
The CLI's text is the template filled with the core's English values (``Message.english``); the
window looks the template up in its translations (``QCoreApplication.translate(context,
template, disambiguation)``) and fills it with the same values written in its own locale, so both
say the same sentence. Qt's lupdate finds the templates by their ``QT_TRANSLATE_NOOP`` marks.

The slots of a problem, by where their value comes from:

- names of the problem's ids: ``person``, ``schedule``, ``other_schedule``; quoted: ``policy``,
  ``layer`` (the layer's name, else its id);
- quoted ids: ``person_id``, ``schedule_id``, ``policy_id``; from ``args``: ``first`` and
  ``name`` (quoted), ``country`` (quoted), ``note``, ``zone``;
- durations: ``length`` (``end - start``), ``limit``, ``delay``, ``turn``, ``shift`` (``args``);
- times: ``span`` (``start`` – ``end``) and ``moment`` (``start``), on the clock of ``zone``;
  ``time`` and ``wall_day``, the time and date of ``args["wall"]``; ``day``, ``args["day"]``;
- whole numbers: ``rule``, ``paged_rule``, ``characters`` (``args["limit"]``);
- ``restriction`` and ``edge``: the word in ``MESSAGE_WORDS`` for that value of ``args``.

The slots of a reason are the keys of its ``args``: ``rest``, ``span``, ``hours`` and ``limit``
are durations in hours, ``percent`` a whole number, ``schedule`` the name of that schedule.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from rotaplan.core.templates import QT_TRANSLATE_NOOP

__all__ = ["MESSAGE_WORDS", "PROBLEM_MESSAGES", "QT_TRANSLATE_NOOP", "REASON_MESSAGES", "Message"]


_VALUE = re.compile(r"%(\d+)")


@dataclass(frozen=True, slots=True)
class Message:
    """One sentence: its translation context, English template and the values it takes, in order."""

    context: str
    template: str
    slots: tuple[str, ...]
    disambiguation: str | None = None
    _english: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        numbers = [int(n) for n in _VALUE.findall(self.template)]
        if numbers != list(range(1, len(self.slots) + 1)):
            raise ValueError(f"{self.template!r} must use %1..%{len(self.slots)} once, in order")
        # %-formatting is the quickest fill Python has; a large plan writes thousands.
        english = _VALUE.sub("\0", self.template).replace("%", "%%").replace("\0", "%s")
        object.__setattr__(self, "_english", english)

    def english(self, *values: str) -> str:
        """The English sentence with ``values`` (one per slot, in order)."""
        return self._english % values


def _problem(template: str, slots: tuple[str, ...], disambiguation: str | None = None) -> Message:
    return Message("Problems", template, slots, disambiguation)


def _reason(template: str, slots: tuple[str, ...] = ()) -> Message:
    return Message("Suggestions", template, slots)


# The words that some sentences take as values; the window translates them too.
MESSAGE_WORDS: Mapping[str, str] = MappingProxyType(
    {
        #: The kind of a restriction, in "a %3 restriction %4 at %5": daily or weekly.
        "daily": QT_TRANSLATE_NOOP("Problems", "daily"),
        #: The kind of a restriction, in "a %3 restriction %4 at %5": daily or weekly.
        "weekly": QT_TRANSLATE_NOOP("Problems", "weekly"),
        #: Which end of a restriction window, in "a %3 restriction %4 at %5": starts or ends.
        "starts": QT_TRANSLATE_NOOP("Problems", "starts"),
        #: Which end of a restriction window, in "a %3 restriction %4 at %5": starts or ends.
        "ends": QT_TRANSLATE_NOOP("Problems", "ends"),
    }
)

# Each kind of ``Problem.kind`` (the keys of ``MESSAGE_ARGS``).
PROBLEM_MESSAGES: Mapping[str, Message] = MappingProxyType(
    {
        "gap": _problem(
            QT_TRANSLATE_NOOP("Problems", "Nobody is on call in %1 for %2, %3"),
            ("schedule", "length", "span"),
        ),
        "gap_paged": _problem(
            QT_TRANSLATE_NOOP(
                "Problems",
                "Nobody is on call in %1 for %2, %3; rule 1 of policy %4 pages this schedule",
            ),
            ("schedule", "length", "span", "policy"),
        ),
        "time_off": _problem(
            QT_TRANSLATE_NOOP("Problems", "%1 is on call in %2 for %3 during their time off, %4"),
            ("person", "schedule", "length", "span"),
        ),
        "time_off_note": _problem(
            QT_TRANSLATE_NOOP(
                "Problems", "%1 is on call in %2 for %3 during their time off (%4), %5"
            ),
            ("person", "schedule", "length", "note", "span"),
        ),
        "double_booked": _problem(
            QT_TRANSLATE_NOOP("Problems", "%1 is on call in both %2 and %3 for %4, %5"),
            ("person", "schedule", "other_schedule", "length", "span"),
        ),
        "double_booked_paged": _problem(
            QT_TRANSLATE_NOOP(
                "Problems",
                "%1 is on call in both %2 and %3 for %4, %5; policy %6 would page them twice",
            ),
            ("person", "schedule", "other_schedule", "length", "span", "policy"),
        ),
        "rest": _problem(
            QT_TRANSLATE_NOOP(
                "Problems", "%1 has only %2 of rest between two shifts (less than %3), %4"
            ),
            ("person", "length", "limit", "span"),
        ),
        "long_shift": _problem(
            QT_TRANSLATE_NOOP(
                "Problems", "%1 is on call for %2 without a break (more than %3), %4"
            ),
            ("person", "length", "limit", "span"),
        ),
        "long_shift_clipped": _problem(
            QT_TRANSLATE_NOOP(
                "Problems", "%1 is on call for at least %2 without a break (more than %3), %4"
            ),
            ("person", "length", "limit", "span"),
        ),
        "nobody_first_rule": _problem(
            QT_TRANSLATE_NOOP(
                "Problems",
                "rule %1 of policy %2 reaches nobody for %3, %4: the first human is paged after "
                "%5 (rule %6)",
            ),
            ("rule", "policy", "length", "span", "delay", "paged_rule"),
        ),
        "nobody_at_all": _problem(
            QT_TRANSLATE_NOOP(
                "Problems",
                "rule %1 of policy %2 reaches nobody for %3, %4: nobody at all is reached in "
                "any loop",
            ),
            ("rule", "policy", "length", "span"),
        ),
        "nobody_later_rule": _problem(
            QT_TRANSLATE_NOOP("Problems", "rule %1 of policy %2 reaches nobody for %3, %4"),
            ("rule", "policy", "length", "span"),
        ),
        "dst_handoff_skipped": _problem(
            QT_TRANSLATE_NOOP(
                "Problems",
                "Layer %1 of %2: the turn handoff at %3 falls in the skipped hour of the DST "
                "change on %4 (%5)",
            ),
            ("layer", "schedule", "time", "wall_day", "zone"),
        ),
        "dst_handoff_repeated": _problem(
            QT_TRANSLATE_NOOP(
                "Problems",
                "Layer %1 of %2: the turn handoff at %3 falls in the repeated hour of the DST "
                "change on %4 (%5)",
            ),
            ("layer", "schedule", "time", "wall_day", "zone"),
        ),
        "dst_handoff_twice": _problem(
            QT_TRANSLATE_NOOP(
                "Problems",
                "Layer %1 of %2: the turn handoff at %3 falls in the repeated hour of the DST "
                "change on %4 (the clock shows it twice) (%5)",
            ),
            ("layer", "schedule", "time", "day", "zone"),
        ),
        "dst_turns_move": _problem(
            QT_TRANSLATE_NOOP(
                "Problems",
                "Layer %1 of %2: its %3 turns follow absolute time, so their handoffs move by "
                "%4 on the wall clock after the DST change on %5 (%6)",
            ),
            ("layer", "schedule", "turn", "shift", "day", "zone"),
        ),
        "dst_restriction_skipped": _problem(
            QT_TRANSLATE_NOOP(
                "Problems",
                "Layer %1 of %2: a %3 restriction %4 at %5 on %6, in the skipped hour of the "
                "DST change (%7)",
            ),
            ("layer", "schedule", "restriction", "edge", "time", "wall_day", "zone"),
        ),
        "dst_restriction_repeated": _problem(
            QT_TRANSLATE_NOOP(
                "Problems",
                "Layer %1 of %2: a %3 restriction %4 at %5 on %6, in the repeated hour of the "
                "DST change (%7)",
            ),
            ("layer", "schedule", "restriction", "edge", "time", "wall_day", "zone"),
        ),
        "night_takes_over": _problem(
            QT_TRANSLATE_NOOP("Problems", "%1 takes over %2 in the middle of their night, %3 (%4)"),
            ("person", "schedule", "moment", "zone"),
        ),
        "night_hands_over": _problem(
            QT_TRANSLATE_NOOP("Problems", "%1 hands over %2 in the middle of their night, %3 (%4)"),
            ("person", "schedule", "moment", "zone"),
        ),
        "pagerduty_utc": _problem(
            QT_TRANSLATE_NOOP(
                "Problems",
                "PagerDuty: %1 uses the zone 'UTC', which PagerDuty rejects; a push sends "
                "'Etc/UTC'",
            ),
            ("schedule",),
        ),
        "pagerduty_no_layer": _problem(
            QT_TRANSLATE_NOOP(
                "Problems", "PagerDuty: %1 has no layer; PagerDuty needs at least one"
            ),
            ("schedule",),
        ),
        "pagerduty_schedule_name_long": _problem(
            QT_TRANSLATE_NOOP(
                "Problems",
                "PagerDuty: the name of %1 is longer than %2",
                "a schedule's id",
            ),
            ("schedule_id", "characters"),
            disambiguation="a schedule's id",
        ),
        "pagerduty_description_long": _problem(
            QT_TRANSLATE_NOOP("Problems", "PagerDuty: the description of %1 is longer than %2"),
            ("schedule", "characters"),
        ),
        "pagerduty_layer_seconds": _problem(
            QT_TRANSLATE_NOOP(
                "Problems",
                "PagerDuty: layer %1 of %2 hands over at seconds past the minute; PagerDuty "
                "stores whole minutes, so handoffs would move",
            ),
            ("layer", "schedule"),
        ),
        "pagerduty_layer_end_seconds": _problem(
            QT_TRANSLATE_NOOP(
                "Problems",
                "PagerDuty: layer %1 of %2 ends at seconds past the minute; PagerDuty stores "
                "whole minutes",
            ),
            ("layer", "schedule"),
        ),
        "pagerduty_mixed_restrictions": _problem(
            QT_TRANSLATE_NOOP(
                "Problems",
                "PagerDuty: layer %1 of %2 mixes daily and weekly restrictions; PagerDuty's "
                "editor shows only one kind",
            ),
            ("layer", "schedule"),
        ),
        "pagerduty_no_email": _problem(
            QT_TRANSLATE_NOOP(
                "Problems",
                "PagerDuty: %1 has no usable email (6 to 100 characters), so a push cannot "
                "match them to a PagerDuty user",
            ),
            ("person",),
        ),
        "pagerduty_person_name_long": _problem(
            QT_TRANSLATE_NOOP(
                "Problems",
                "PagerDuty: the name of %1 is longer than %2",
                "a person's id",
            ),
            ("person_id", "characters"),
            disambiguation="a person's id",
        ),
        "pagerduty_policy_name_shared": _problem(
            QT_TRANSLATE_NOOP(
                "Problems",
                "PagerDuty: policies %1 and %2 share the name %3; PagerDuty needs unique "
                "escalation policy names",
            ),
            ("first", "policy_id", "name"),
        ),
        "unused": _problem(
            QT_TRANSLATE_NOOP(
                "Problems", "No escalation policy targets %1: nobody is paged from it"
            ),
            ("schedule",),
        ),
        "holiday_country_project": _problem(
            QT_TRANSLATE_NOOP(
                "Problems", "Unknown holiday country %1 in the project; use an ISO code like GB"
            ),
            ("country",),
        ),
        "holiday_country_person": _problem(
            QT_TRANSLATE_NOOP(
                "Problems", "Unknown holiday country %1 for %2; use an ISO code like GB"
            ),
            ("country", "person"),
        ),
    }
)

# Each kind of ``Reason.kind`` (the keys of ``REASON_ARGS``).
REASON_MESSAGES: Mapping[str, Message] = MappingProxyType(
    {
        "time_off": _reason(QT_TRANSLATE_NOOP("Suggestions", "on time off")),
        "time_off_note": _reason(QT_TRANSLATE_NOOP("Suggestions", "on time off (%1)"), ("note",)),
        "busy_here": _reason(
            QT_TRANSLATE_NOOP("Suggestions", "already on call in this schedule then")
        ),
        "busy_elsewhere": _reason(
            QT_TRANSLATE_NOOP("Suggestions", "already on call in %1 then"), ("schedule",)
        ),
        "since_last_shift": _reason(
            QT_TRANSLATE_NOOP("Suggestions", "%1 since their last shift"), ("rest",)
        ),
        "no_shift_before": _reason(
            QT_TRANSLATE_NOOP("Suggestions", "no shift in the %1 before"), ("span",)
        ),
        "until_next_shift": _reason(
            QT_TRANSLATE_NOOP("Suggestions", "%1 until their next shift"), ("rest",)
        ),
        "no_shift_after": _reason(
            QT_TRANSLATE_NOOP("Suggestions", "no shift in the %1 after"), ("span",)
        ),
        "hours_in_window": _reason(
            QT_TRANSLATE_NOOP("Suggestions", "%1 on call in the window"), ("hours",)
        ),
        "short_rest": _reason(QT_TRANSLATE_NOOP("Suggestions", "less than %1 of rest"), ("limit",)),
        "night_share": _reason(
            QT_TRANSLATE_NOOP("Suggestions", "%1% of it in their local night"), ("percent",)
        ),
        "daytime": _reason(QT_TRANSLATE_NOOP("Suggestions", "outside their local night")),
        "member": _reason(QT_TRANSLATE_NOOP("Suggestions", "in this schedule's rotation")),
        "not_member": _reason(QT_TRANSLATE_NOOP("Suggestions", "not in this schedule's rotation")),
    }
)
