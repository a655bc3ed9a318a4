"""Problems of a plan: what a team lead should fix before the pager rings.

Every problem has a severity, a stable code, a message a person understands, the time range it
concerns (``start``/``end``, None for timeless ones) and the ids of the objects involved, so the
GUI can navigate to it. Codes (docs/cli.md lists them with their severities):

GAP, TIME_OFF, DOUBLE_BOOKED, REST, LONG_SHIFT, ESCALATION_NOBODY, DST, NIGHT_HANDOFF,
PAGERDUTY, UNUSED, HOLIDAY_COUNTRY.

The English ``message`` is for the CLI: the template of its kind in ``rotaplan.core.catalogue``,
filled in English. A problem also says which sentence it is (``kind``) and carries the values of
that sentence that its own fields do not (``args``), so a window can write the same sentence in
another language. ``MESSAGE_ARGS`` names the keys of each kind; durations that equal
``end - start`` and the ids in ``schedule``/``person``/``policy``/``rule``/``layer``/
``other_schedule`` are not repeated there. Values: ``zone`` is the time zone the message writes
its times in; ``limit``/``delay``/``turn``/``shift`` are durations in microseconds; ``wall`` is a
naive local date and time, ``day`` a local date; the rest are strings or ints as named.

The checks live by family: ``coverage`` (gaps, time off, double booking, rest, long shifts, night
handoffs), ``escalation``, ``dst``, ``pagerduty`` and ``timeless`` (unused schedules, holiday
countries).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from itertools import chain

from rotaplan.core.errors import AnalysisError
from rotaplan.core.escalation import PolicyCoverage, policy_coverage
from rotaplan.core.limits import MAX_PROBLEMS
from rotaplan.core.plan import Plan
from rotaplan.core.problems.coverage import (
    double_booked,
    gaps,
    night_handoffs,
    rest_and_long_shifts,
    time_off,
)
from rotaplan.core.problems.dst import dst
from rotaplan.core.problems.escalation import escalation_nobody
from rotaplan.core.problems.lookups import Sources
from rotaplan.core.problems.pagerduty import pagerduty_problems
from rotaplan.core.problems.problem import (
    CODES,
    MESSAGE_ARGS,
    SEVERITIES,
    MessageArg,
    Problem,
    Severity,
    has_errors,
)
from rotaplan.core.problems.text import Clock
from rotaplan.core.problems.timeless import holiday_countries, unused
from rotaplan.core.timeutil import DAY

__all__ = [
    "CODES",
    "MESSAGE_ARGS",
    "SEVERITIES",
    "MessageArg",
    "Problem",
    "Severity",
    "find_problems",
    "has_errors",
    "pagerduty_problems",
]


def find_problems(
    plan: Plan, coverage_of: Callable[[str], PolicyCoverage] | None = None
) -> tuple[Problem, ...]:
    """Every problem of the plan in its window, sorted by time, severity and code.

    ``coverage_of`` gives a policy's coverage (by default computed here), so a caller that also
    shows coverage computes it once.
    """
    if coverage_of is None:
        coverage_of = partial(policy_coverage, plan)
    sources = Sources(dict(plan.renders))
    clock = Clock(plan.window.start, plan.window.end)
    project = plan.project
    found = _bounded(
        plan,
        gaps(plan, clock),
        time_off(plan, sources, clock),
        double_booked(plan, sources, clock),
        rest_and_long_shifts(plan, clock),
        escalation_nobody(plan, clock, coverage_of),
        dst(plan),
        night_handoffs(plan, sources, clock),
        pagerduty_problems(project),
        unused(project),
        holiday_countries(project),
    )
    return tuple(sorted(found, key=Problem.sort_key))


def _bounded(plan: Plan, *families: Iterable[Problem]) -> list[Problem]:
    """The problems of every family; AnalysisError past ``MAX_PROBLEMS`` (memory stays bounded)."""
    found: list[Problem] = []
    for problem in chain.from_iterable(families):
        found.append(problem)
        if len(found) > MAX_PROBLEMS:
            days = plan.window.length / DAY
            raise AnalysisError(
                f"the plan has more than {MAX_PROBLEMS:,} problems in {days:.0f} days; "
                "check a shorter window (--since/--until)"
            )
    return found
