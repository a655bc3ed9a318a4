"""The core's messages in the window's language: problems and cover-suggestion reasons.

The core's catalogue (``rotaplan.core.catalogue``) holds one English template per kind of sentence
and the values it takes, in order; the CLI fills it in English. Here the template is translated
and filled with the same values written for the app's locale: names come from the project, quoted
names take the locale's quotation marks, durations and times are written in the locale on the
wall clock of the zone the core chose. A kind the catalogue does not know, or a problem without
one of its values, keeps the core's English.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from rotaplan.core import (
    CODES,
    HOUR,
    MESSAGE_WORDS,
    MINUTE,
    PROBLEM_MESSAGES,
    REASON_MESSAGES,
    Instant,
    Message,
    MessageArg,
    Problem,
    Project,
    Reason,
    wall,
    zone,
)
from rotaplan.gui.text.i18n import fill, format_date, format_time

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


def _quoted(text: str) -> str:
    return QLocale().quoteString(text)


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


# A value that is missing or of the wrong type raises KeyError: the message keeps its English.


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


def _when(p: Problem) -> tuple[Instant, Instant]:
    if p.start is None or p.end is None:
        raise KeyError("start")
    return p.start, p.end


def _catalogued(context: str, text: str, disambiguation: str | None = None) -> str:
    """A text of the core's catalogue (marked there for lupdate) in the app's language."""
    return translate(context, text, disambiguation)


def _word(args: Mapping[str, MessageArg], key: str) -> str:
    return _catalogued("Problems", MESSAGE_WORDS[_text(args, key)])


def _length(p: Problem) -> str:
    start, end = _when(p)
    return format_duration(end - start)


def _span(p: Problem) -> str:
    return _range(*_when(p), _text(p.args, "zone"))


def _moment(p: Problem) -> str:
    return _wall_time(wall(_when(p)[0], zone(_text(p.args, "zone"))))


def _rule(p: Problem) -> str:
    if p.rule is None:
        raise KeyError("rule")
    return str(p.rule)


# Each slot of a problem's template (see rotaplan.core.catalogue), written for the app's locale.
_PROBLEM_VALUES: Mapping[str, Callable[[Problem, _Names], str]] = {
    "person": lambda p, names: names.person(p.person),
    "schedule": lambda p, names: names.schedule(p.schedule),
    "other_schedule": lambda p, names: names.schedule(p.other_schedule),
    "policy": lambda p, names: _quoted(names.policy(p.policy)),
    "layer": lambda p, names: _quoted(names.layer(p.schedule, p.layer)),
    "person_id": lambda p, _: _quoted(p.person or ""),
    "schedule_id": lambda p, _: _quoted(p.schedule or ""),
    "policy_id": lambda p, _: _quoted(p.policy or ""),
    "first": lambda p, _: _quoted(_text(p.args, "first")),
    "name": lambda p, _: _quoted(_text(p.args, "name")),
    "country": lambda p, _: _quoted(_text(p.args, "country")),
    "note": lambda p, _: _text(p.args, "note"),
    "zone": lambda p, _: _text(p.args, "zone"),
    "length": lambda p, _: _length(p),
    "limit": lambda p, _: format_duration(_number(p.args, "limit")),
    "delay": lambda p, _: format_duration(_number(p.args, "delay")),
    "turn": lambda p, _: format_duration(_number(p.args, "turn")),
    "shift": lambda p, _: format_duration(_number(p.args, "shift")),
    "span": lambda p, _: _span(p),
    "moment": lambda p, _: _moment(p),
    "time": lambda p, _: format_time(_naive(p.args, "wall")),
    "wall_day": lambda p, _: _day(_naive(p.args, "wall").date()),
    "day": lambda p, _: _day(_date(p.args, "day")),
    "rule": lambda p, _: _rule(p),
    "paged_rule": lambda p, _: str(_number(p.args, "paged_rule")),
    "characters": lambda p, _: str(_number(p.args, "limit")),
    "restriction": lambda p, _: _word(p.args, "restriction"),
    "edge": lambda p, _: _word(p.args, "edge"),
}

# Each slot of a reason's template (the keys of its ``args``), written for the app's locale.
_REASON_VALUES: Mapping[str, Callable[[Mapping[str, MessageArg], _Names], str]] = {
    "note": lambda args, _: _text(args, "note"),
    "schedule": lambda args, names: names.schedule(_text(args, "schedule")),
    "rest": lambda args, _: format_hours(_number(args, "rest")),
    "span": lambda args, _: format_hours(_number(args, "span")),
    "hours": lambda args, _: format_hours(_number(args, "hours")),
    "limit": lambda args, _: format_hours(_number(args, "limit")),
    "percent": lambda args, _: QLocale().toString(_number(args, "percent")),
}


def _translated(message: Message, values: Sequence[str]) -> str:
    return fill(_catalogued(message.context, message.template, message.disambiguation), *values)


def problem_text(problem: Problem, project: Project) -> str:
    """The problem's message in the app's language (the core's English for unknown kinds)."""
    message = PROBLEM_MESSAGES.get(problem.kind)
    if message is None or problem.code not in CODES:
        return problem.message
    names = _Names(project)
    try:
        values = [_PROBLEM_VALUES[slot](problem, names) for slot in message.slots]
    except KeyError:
        return problem.message
    return _translated(message, values)


def reason_text(reason: Reason, project: Project) -> str | None:
    """A suggestion's reason in the app's language (None for a kind this window does not know)."""
    message = REASON_MESSAGES.get(reason.kind)
    if message is None:
        return None
    names = _Names(project)
    try:
        values = [_REASON_VALUES[slot](reason.args, names) for slot in message.slots]
    except KeyError:
        return None
    return _translated(message, values)


def reason_texts(english: Sequence[str], details: Sequence[Reason], project: Project) -> list[str]:
    """Each reason in the app's language; the core's English where a kind is not known here."""
    if len(details) != len(english):
        return list(english)
    texts = (reason_text(reason, project) for reason in details)
    return [text if text is not None else plain for text, plain in zip(texts, english, strict=True)]
