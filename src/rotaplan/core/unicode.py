"""Text that UTF-8 can write: the rule for every string of a project (DESIGN §3: files are UTF-8).

JSON can spell strings that are not Unicode text: a lone surrogate such as ``"\\udcff"`` is a
valid escape, yet no UTF-8 file, terminal or calendar can hold it. ``unwritable_text`` finds the
first such string (key or value) in decoded JSON, so the reader and the PagerDuty client refuse it
with its path instead of failing later while printing or saving.
"""

from __future__ import annotations

__all__ = ["unwritable_text"]


def _writable(text: str) -> bool:
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _child(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def unwritable_text(value: object, path: str = "") -> str | None:
    """The path (``people[0].name``) of the first string UTF-8 cannot encode; None if none is.

    Walks without recursion, so nesting as deep as the JSON decoder allows is fine.
    """
    stack: list[tuple[object, str]] = [(value, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            if not _writable(item):
                return where or "file"
        elif isinstance(item, dict):
            for key in item:
                if not _writable(key):
                    return _child(where, ascii(key)[1:-1])
            # Reversed onto the stack, so the first bad field in file order is the one named.
            stack.extend((child, _child(where, key)) for key, child in reversed(item.items()))
        elif isinstance(item, list):
            stack.extend((child, _child(where, i)) for i, child in reversed(list(enumerate(item))))
    return None
