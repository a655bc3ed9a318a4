"""The desktop window (PySide6): the only package that imports Qt."""

from rotaplan.gui.compat import guard_none_refcount

guard_none_refcount()
