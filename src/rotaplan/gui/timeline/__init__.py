"""The timeline: rows of blocks over a time axis, painted by hand for speed."""

from rotaplan.gui.timeline.widget import TimelineView

__all__ = ["TimelineView"]
