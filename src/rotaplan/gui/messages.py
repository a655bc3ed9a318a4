"""The core's messages in the window's language: problems and cover-suggestion reasons.

The core writes its messages in English for the CLI and hands each one over as a kind of sentence
with its values (``Problem.kind``/``args``, ``Reason.kind``/``args``). Here every kind has a whole
translatable sentence; names come from the project, times are written in the app's locale on the
wall clock of the zone the core chose. A kind without a sentence here keeps the core's English.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from rotaplan.core import HOUR, MINUTE, Instant, MessageArg, Problem, Project, Reason, wall, zone
from rotaplan.gui.i18n import fill, format_date, format_time

__all__ = ["format_duration", "format_hours", "problem_text", "reason_text", "reason_texts"]

translate = QCoreApplication.translate


def format_duration(value: Instant) -> str:
    """A duration as minutes under an hour, else hours (one decimal unless whole)."""
    if value < HOUR:
        return fill(translate("Problems", "%1 min"), QLocale().toString(round(value / MINUTE)))
    return format_hours(value)


def format_hours(value: Instant) -> str:
    """A duration in hours (one decimal unless whole), as the suggestions count rest and load."""
    locale = QLocale()
    hours = value / HOUR
    whole = abs(hours - round(hours)) < 0.05
    number = locale.toString(round(hours)) if whole else locale.toString(hours, "f", 1)
    return fill(translate("Problems", "%1 h"), number)


def _day(value: date) -> str:
    return format_date(value, "weekday_day_month_year")


def _wall_time(value: datetime) -> str:
    """The date and time of a naive local wall clock."""
    return fill(
        translate("Problems", "%1 %2", "date, time"), _day(value.date()), format_time(value)
    )


def _moment(at: Instant, time_zone: str) -> str:
    local = wall(at, zone(time_zone))
    return fill(
        translate("Problems", "%1 %2 (%3)", "date, time (time zone)"),
        _day(local.date()),
        format_time(local),
        time_zone,
    )


def _range(start: Instant, end: Instant, time_zone: str) -> str:
    tz = zone(time_zone)
    first, last = wall(start, tz), wall(end, tz)
    if first.date() == last.date():
        return fill(
            translate("Problems", "%1 %2 – %3 (%4)", "date, start time – end time (time zone)"),
            _day(first.date()),
            format_time(first),
            format_time(last),
            time_zone,
        )
    return fill(
        translate("Problems", "%1 %2 – %3 %4 (%5)", "date, time – date, time (time zone)"),
        _day(first.date()),
        format_time(first),
        _day(last.date()),
        format_time(last),
        time_zone,
    )


class _Names:
    """Names of the project's objects, their ids when unknown."""

    def __init__(self, project: Project) -> None:
        self._project = project

    def person(self, person_id: str | None) -> str:
        person = self._project.people_by_id.get(person_id or "")
        return person.name if person else person_id or ""

    def schedule(self, schedule_id: str | None) -> str:
        schedule = self._project.schedules_by_id.get(schedule_id or "")
        return schedule.name if schedule else schedule_id or ""

    def policy(self, policy_id: str | None) -> str:
        policy = self._project.policies_by_id.get(policy_id or "")
        return policy.name if policy else policy_id or ""

    def layer(self, schedule_id: str | None, layer_id: str | None) -> str:
        schedule = self._project.schedules_by_id.get(schedule_id or "")
        found = next((x for x in schedule.layers if x.id == layer_id), None) if schedule else None
        return (found.name or found.id) if found else layer_id or ""


def _text(args: Mapping[str, MessageArg], key: str) -> str:
    value = args[key]
    if not isinstance(value, str):
        raise KeyError(key)
    return value


def _number(args: Mapping[str, MessageArg], key: str) -> int:
    value = args[key]
    if not isinstance(value, int):
        raise KeyError(key)
    return value


def _naive(args: Mapping[str, MessageArg], key: str) -> datetime:
    value = args[key]
    if not isinstance(value, datetime):
        raise KeyError(key)
    return value


def _date(args: Mapping[str, MessageArg], key: str) -> date:
    value = args[key]
    if not isinstance(value, date):
        raise KeyError(key)
    return value


def _timed(p: Problem, names: _Names) -> str | None:
    """GAP, TIME_OFF, DOUBLE_BOOKED, REST, LONG_SHIFT and ESCALATION_NOBODY."""
    if p.start is None or p.end is None:
        return None
    args, kind = p.args, p.kind
    span = _range(p.start, p.end, _text(args, "zone"))
    length = format_duration(p.end - p.start)
    person, schedule = names.person(p.person), names.schedule(p.schedule)
    if kind == "gap":
        text = translate("Problems", "Nobody is on call in %1 for %2, %3.")
        return fill(text, schedule, length, span)
    if kind == "gap_paged":
        text = translate(
            "Problems",
            "Nobody is on call in %1 for %2, %3; level 1 of the escalation policy “%4” "
            "notifies this schedule.",
        )
        return fill(text, schedule, length, span, names.policy(p.policy))
    if kind == "time_off":
        text = translate("Problems", "%1 is on call in %2 for %3 during their time off, %4.")
        return fill(text, person, schedule, length, span)
    if kind == "time_off_note":
        text = translate("Problems", "%1 is on call in %2 for %3 during their time off (%4), %5.")
        return fill(text, person, schedule, length, _text(args, "note"), span)
    if kind in ("double_booked", "double_booked_paged"):
        other = names.schedule(p.other_schedule)
        if kind == "double_booked":
            text = translate("Problems", "%1 is on call in both %2 and %3 for %4, %5.")
            return fill(text, person, schedule, other, length, span)
        text = translate(
            "Problems",
            "%1 is on call in both %2 and %3 for %4, %5; the escalation policy “%6” would "
            "notify them twice.",
        )
        return fill(text, person, schedule, other, length, span, names.policy(p.policy))
    limit = format_duration(_number(args, "limit")) if "limit" in args else ""
    if kind == "rest":
        text = translate(
            "Problems", "%1 has only %2 of rest between two shifts (less than %3), %4."
        )
        return fill(text, person, length, limit, span)
    if kind == "long_shift":
        text = translate("Problems", "%1 is on call for %2 without a break (more than %3), %4.")
        return fill(text, person, length, limit, span)
    if kind == "long_shift_clipped":
        text = translate(
            "Problems", "%1 is on call for at least %2 without a break (more than %3), %4."
        )
        return fill(text, person, length, limit, span)
    level, policy = str(p.rule), names.policy(p.policy)
    if kind == "nobody_later_rule":
        text = translate(
            "Problems", "Level %1 of the escalation policy “%2” notifies nobody for %3, %4."
        )
        return fill(text, level, policy, length, span)
    if kind == "nobody_at_all":
        text = translate(
            "Problems",
            "Level %1 of the escalation policy “%2” notifies nobody for %3, %4: nobody at all "
            "is notified, in any loop.",
        )
        return fill(text, level, policy, length, span)
    if kind == "nobody_first_rule":
        text = translate(
            "Problems",
            "Level %1 of the escalation policy “%2” notifies nobody for %3, %4: the first "
            "person is notified after %5 (level %6).",
        )
        delay = format_duration(_number(args, "delay"))
        return fill(text, level, policy, length, span, delay, str(_number(args, "paged_rule")))
    return None


def _dst_restriction(restriction: str, edge: str, skipped: bool) -> str:
    """The sentence of a restriction edge in the skipped or repeated hour of a clock change."""
    texts = {
        ("daily", "starts", True): translate(
            "Problems",
            "Layer “%1” of %2: a daily restriction starts at %3, in the hour the clock change "
            "skips (%4).",
        ),
        ("daily", "ends", True): translate(
            "Problems",
            "Layer “%1” of %2: a daily restriction ends at %3, in the hour the clock change "
            "skips (%4).",
        ),
        ("weekly", "starts", True): translate(
            "Problems",
            "Layer “%1” of %2: a weekly restriction starts at %3, in the hour the clock change "
            "skips (%4).",
        ),
        ("weekly", "ends", True): translate(
            "Problems",
            "Layer “%1” of %2: a weekly restriction ends at %3, in the hour the clock change "
            "skips (%4).",
        ),
        ("daily", "starts", False): translate(
            "Problems",
            "Layer “%1” of %2: a daily restriction starts at %3, in the hour the clock change "
            "repeats (%4).",
        ),
        ("daily", "ends", False): translate(
            "Problems",
            "Layer “%1” of %2: a daily restriction ends at %3, in the hour the clock change "
            "repeats (%4).",
        ),
        ("weekly", "starts", False): translate(
            "Problems",
            "Layer “%1” of %2: a weekly restriction starts at %3, in the hour the clock change "
            "repeats (%4).",
        ),
        ("weekly", "ends", False): translate(
            "Problems",
            "Layer “%1” of %2: a weekly restriction ends at %3, in the hour the clock change "
            "repeats (%4).",
        ),
    }
    return texts[restriction, edge, skipped]


def _dst(p: Problem, names: _Names) -> str | None:
    """DST: a layer's handoffs or restrictions around a clock change."""
    args, kind = p.args, p.kind
    layer, schedule = names.layer(p.schedule, p.layer), names.schedule(p.schedule)
    time_zone = _text(args, "zone")
    if kind in ("dst_handoff_skipped", "dst_handoff_repeated"):
        moment = _naive(args, "wall")
        if kind == "dst_handoff_skipped":
            text = translate(
                "Problems",
                "Layer “%1” of %2: the handoff at %3 falls in the hour the clock change on %4 "
                "skips (%5).",
            )
        else:
            text = translate(
                "Problems",
                "Layer “%1” of %2: the handoff at %3 falls in the hour the clock change on %4 "
                "repeats (%5).",
            )
        return fill(text, layer, schedule, format_time(moment), _day(moment.date()), time_zone)
    if kind == "dst_handoff_twice":
        text = translate(
            "Problems",
            "Layer “%1” of %2: the handoff at %3 falls in the hour the clock change on %4 "
            "repeats, so the clock shows it twice (%5).",
        )
        moment = _naive(args, "wall")
        day = _date(args, "day")
        return fill(text, layer, schedule, format_time(moment), _day(day), time_zone)
    if kind == "dst_turns_move":
        text = translate(
            "Problems",
            "Layer “%1” of %2: its turns of %3 follow absolute time, so their handoffs move by "
            "%4 on the wall clock after the clock change on %5 (%6).",
        )
        turn = format_duration(_number(args, "turn"))
        shift = format_duration(_number(args, "shift"))
        return fill(text, layer, schedule, turn, shift, _day(_date(args, "day")), time_zone)
    if kind in ("dst_restriction_skipped", "dst_restriction_repeated"):
        restriction, edge = _text(args, "restriction"), _text(args, "edge")
        if restriction not in ("daily", "weekly") or edge not in ("starts", "ends"):
            return None
        text = _dst_restriction(restriction, edge, kind == "dst_restriction_skipped")
        return fill(text, layer, schedule, _wall_time(_naive(args, "wall")), time_zone)
    return None


def _night(p: Problem, names: _Names) -> str | None:
    """NIGHT_HANDOFF."""
    if p.start is None:
        return None
    moment = _moment(p.start, _text(p.args, "zone"))
    if p.kind == "night_takes_over":
        text = translate("Problems", "%1 takes over %2 in the middle of their night, %3.")
    elif p.kind == "night_hands_over":
        text = translate("Problems", "%1 hands %2 over in the middle of their night, %3.")
    else:
        return None
    return fill(text, names.person(p.person), names.schedule(p.schedule), moment)


def _pagerduty(p: Problem, names: _Names) -> str | None:
    """PAGERDUTY: what a push to PagerDuty would reject or change."""
    kind, args = p.kind, p.args
    schedule, person = names.schedule(p.schedule), names.person(p.person)
    layer = names.layer(p.schedule, p.layer)
    if kind == "pagerduty_utc":
        text = translate(
            "Problems",
            "PagerDuty: %1 uses the time zone “UTC”, which PagerDuty rejects; a push sends "
            "“Etc/UTC”.",
        )
        return fill(text, schedule)
    if kind == "pagerduty_no_layer":
        text = translate("Problems", "PagerDuty: %1 has no layer; PagerDuty needs at least one.")
        return fill(text, schedule)
    if kind == "pagerduty_schedule_name_long":
        text = translate(
            "Problems", "PagerDuty: the name of the schedule “%1” is longer than %2 characters."
        )
        return fill(text, p.schedule or "", str(_number(args, "limit")))
    if kind == "pagerduty_description_long":
        text = translate(
            "Problems", "PagerDuty: the description of %1 is longer than %2 characters."
        )
        return fill(text, schedule, str(_number(args, "limit")))
    if kind == "pagerduty_layer_seconds":
        text = translate(
            "Problems",
            "PagerDuty: layer “%1” of %2 hands over at seconds past the minute; PagerDuty "
            "stores whole minutes, so the handoffs would move.",
        )
        return fill(text, layer, schedule)
    if kind == "pagerduty_layer_end_seconds":
        text = translate(
            "Problems",
            "PagerDuty: layer “%1” of %2 ends at seconds past the minute; PagerDuty stores "
            "whole minutes.",
        )
        return fill(text, layer, schedule)
    if kind == "pagerduty_mixed_restrictions":
        text = translate(
            "Problems",
            "PagerDuty: layer “%1” of %2 mixes daily and weekly restrictions; PagerDuty's "
            "editor shows only one kind.",
        )
        return fill(text, layer, schedule)
    if kind == "pagerduty_no_email":
        text = translate(
            "Problems",
            "PagerDuty: %1 has no usable email (6 to 100 characters), so a push cannot match "
            "them to a PagerDuty user.",
        )
        return fill(text, person)
    if kind == "pagerduty_person_name_long":
        text = translate(
            "Problems", "PagerDuty: the name of the person “%1” is longer than %2 characters."
        )
        return fill(text, p.person or "", str(_number(args, "limit")))
    if kind == "pagerduty_policy_name_shared":
        text = translate(
            "Problems",
            "PagerDuty: the escalation policies “%1” and “%2” share the name “%3”; PagerDuty "
            "needs a different name for each.",
        )
        return fill(text, _text(args, "first"), p.policy or "", _text(args, "name"))
    return None


def _timeless(p: Problem, names: _Names) -> str | None:
    """UNUSED and HOLIDAY_COUNTRY."""
    if p.kind == "unused":
        text = translate("Problems", "No escalation policy notifies %1: nobody is paged from it.")
        return fill(text, names.schedule(p.schedule))
    if p.kind == "holiday_country_project":
        text = translate(
            "Problems", "Unknown holiday country “%1” in the project; use an ISO code like GB."
        )
        return fill(text, _text(p.args, "country"))
    if p.kind == "holiday_country_person":
        text = translate(
            "Problems", "Unknown holiday country “%1” for %2; use an ISO code like GB."
        )
        return fill(text, _text(p.args, "country"), names.person(p.person))
    return None


_BY_CODE: dict[str, Callable[[Problem, _Names], str | None]] = {
    "GAP": _timed,
    "TIME_OFF": _timed,
    "DOUBLE_BOOKED": _timed,
    "REST": _timed,
    "LONG_SHIFT": _timed,
    "ESCALATION_NOBODY": _timed,
    "DST": _dst,
    "NIGHT_HANDOFF": _night,
    "PAGERDUTY": _pagerduty,
    "UNUSED": _timeless,
    "HOLIDAY_COUNTRY": _timeless,
}


def problem_text(problem: Problem, project: Project) -> str:
    """The problem's message in the app's language (the core's English for unknown kinds)."""
    write = _BY_CODE.get(problem.code)
    if write is None:
        return problem.message
    try:
        text = write(problem, _Names(project))
    except KeyError:
        return problem.message
    return problem.message if text is None else text


def reason_text(reason: Reason, project: Project) -> str | None:
    """A suggestion's reason in the app's language (None for a kind this window does not know)."""
    args, kind = reason.args, reason.kind
    try:
        if kind == "time_off":
            return translate("Suggestions", "on time off")
        if kind == "time_off_note":
            return fill(translate("Suggestions", "on time off (%1)"), args["note"])
        if kind == "busy_here":
            return translate("Suggestions", "already on call in this schedule then")
        if kind == "busy_elsewhere":
            name = _Names(project).schedule(str(args["schedule"]))
            return fill(translate("Suggestions", "already on call in %1 then"), name)
        durations = {
            "since_last_shift": ("rest", translate("Suggestions", "%1 since their last shift")),
            "no_shift_before": ("span", translate("Suggestions", "no shift in the %1 before")),
            "until_next_shift": ("rest", translate("Suggestions", "%1 until their next shift")),
            "no_shift_after": ("span", translate("Suggestions", "no shift in the %1 after")),
            "hours_in_window": (
                "hours",
                translate("Suggestions", "%1 on call in the weeks around"),
            ),
            "short_rest": ("limit", translate("Suggestions", "less than %1 of rest")),
        }
        if kind in durations:
            key, text = durations[kind]
            value = args[key]
            return None if not isinstance(value, int) else fill(text, format_hours(value))
        if kind == "night_share":
            text = translate("Suggestions", "%1% of it in their local night")
            return fill(text, QLocale().toString(int(args["percent"])))
    except KeyError:
        return None
    plain = {
        "daytime": translate("Suggestions", "outside their local night"),
        "member": translate("Suggestions", "in this schedule's rotation"),
        "not_member": translate("Suggestions", "not in this schedule's rotation"),
    }
    return plain.get(kind)


def reason_texts(english: Sequence[str], details: Sequence[Reason], project: Project) -> list[str]:
    """Each reason in the app's language; the core's English where a kind is not known here."""
    if len(details) != len(english):
        return list(english)
    texts = (reason_text(reason, project) for reason in details)
    return [text if text is not None else plain for text, plain in zip(texts, english, strict=True)]
