"""Lookups several checks share: the source of the final schedule, the escalation targets."""

from __future__ import annotations

from bisect import bisect_right

from rotaplan.core.model import Project
from rotaplan.core.render import Piece, ScheduleRender
from rotaplan.core.timeutil import Instant

__all__ = ["Sources", "targets"]


class Sources:
    """What produced the final schedule of each schedule at an instant (layer or override)."""

    def __init__(self, renders: dict[str, ScheduleRender]) -> None:
        self._pieces = {sid: r.pieces for sid, r in renders.items()}
        self._starts = {sid: [p.start for p in r.pieces] for sid, r in renders.items()}

    def piece(self, schedule_id: str, at: Instant) -> Piece | None:
        """The piece of the schedule's render at ``at`` (None outside the window)."""
        index = bisect_right(self._starts[schedule_id], at) - 1
        pieces = self._pieces[schedule_id]
        if index < 0 or at >= pieces[index].end:
            return None
        return pieces[index]

    def ids(self, schedule_id: str, at: Instant) -> tuple[str | None, str | None]:
        """``(layer id, override id)`` at ``at``."""
        piece = self.piece(schedule_id, at)
        if piece is None or piece.source is None:
            return None, None
        kind, source_id = piece.source
        return (source_id, None) if kind == "layer" else (None, source_id)


def targets(project: Project, kind: str) -> set[str]:
    """The ids of every escalation target of this kind."""
    return {
        t.id
        for p in project.escalation_policies
        for r in p.rules
        for t in r.targets
        if t.kind == kind
    }
