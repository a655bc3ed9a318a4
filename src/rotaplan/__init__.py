"""Rotaplan: plan on-call rotations offline, see the consequences, then publish them."""

__version__ = "0.1.0"
