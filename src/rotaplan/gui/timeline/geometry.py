"""Pure geometry of the timeline: instants <-> pixels, ruler ticks, snapping and fetch windows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from rotaplan.core import DAY, HOUR, MINUTE, Instant, Window, localize_instant, wall

__all__ = [
    "SNAP_STEPS",
    "TimeAxis",
    "day_starts",
    "fetch_window",
    "hour_ticks",
    "snap",
    "snap_step",
    "visible_fraction",
]

SNAP_STEPS = (15 * MINUTE, 30 * MINUTE, HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY)
_HOUR_TICKS = (1, 2, 3, 6, 12)


@dataclass(frozen=True)
class TimeAxis:
    """Maps instants to x: ``start`` sits at ``left``, ``us_per_px`` microseconds per pixel."""

    start: Instant
    us_per_px: float
    left: int
    width: int

    @property
    def end(self) -> Instant:
        """The instant at the right edge."""
        return self.start + int(self.width * self.us_per_px)

    @property
    def window(self) -> Window:
        """The visible window."""
        return Window(self.start, self.end)

    def x(self, at: Instant) -> float:
        """The x of an instant."""
        return self.left + (at - self.start) / self.us_per_px

    def at(self, x: float) -> Instant:
        """The instant at x."""
        return int(self.start + (x - self.left) * self.us_per_px)

    @property
    def px_per_hour(self) -> float:
        """Pixels per hour at this zoom."""
        return HOUR / self.us_per_px


def day_starts(window: Window, tz: tzinfo) -> list[tuple[Instant, date]]:
    """The local midnights in ``tz`` from the day containing ``window.start`` to its end."""
    first = wall(window.start, tz).date()
    out: list[tuple[Instant, date]] = []
    day = first
    while True:
        at = localize_instant(datetime(day.year, day.month, day.day), tz)
        if at >= window.end:
            return out
        out.append((at, day))
        day += timedelta(days=1)


def hour_ticks(
    window: Window, tz: tzinfo, px_per_hour: float, min_px: float = 36
) -> list[tuple[Instant, int]]:
    """Local whole-hour ticks (instant, hour) spaced at least ``min_px`` apart; [] if too dense."""
    step = next((s for s in _HOUR_TICKS if s * px_per_hour >= min_px), None)
    if step is None:
        return []
    out: list[tuple[Instant, int]] = []
    for midnight, day in day_starts(window, tz):
        del midnight
        for hour in range(step, 24, step):
            at = localize_instant(datetime(day.year, day.month, day.day, hour), tz)
            if window.start <= at < window.end:
                out.append((at, hour))
    return out


def snap_step(us_per_px: float, min_px: float = 6) -> Instant:
    """The finest snapping step at least ``min_px`` wide."""
    return next((s for s in SNAP_STEPS if s / us_per_px >= min_px), SNAP_STEPS[-1])


def snap(at: Instant, step: Instant, tz: tzinfo) -> Instant:
    """``at`` rounded to the nearest multiple of ``step`` on the wall clock of ``tz``."""
    local = wall(at, tz)
    midnight = datetime(local.year, local.month, local.day)
    into = (local - midnight) // timedelta(microseconds=1)
    rounded = (into + step // 2) // step * step
    return localize_instant(midnight + timedelta(microseconds=rounded), tz)


def fetch_window(view: Window) -> Window:
    """A window around ``view`` (one view length of margin each side, day-aligned in UTC).

    Aligning to a coarse grid means small scroll steps ask for the same window again, so the
    cached renders are reused.
    """
    length = max(DAY, -(-view.length // DAY) * DAY)
    start = (view.start - length) // length * length
    end = -(-(view.end + length) // length) * length
    return Window(start, end)


def visible_fraction(spans: list[tuple[Instant, Instant]], window: Window) -> float:
    """The fraction of ``window`` covered by disjoint ``spans``."""
    if window.length <= 0:
        return 1.0
    covered = sum(max(0, min(end, window.end) - max(start, window.start)) for start, end in spans)
    return covered / window.length
