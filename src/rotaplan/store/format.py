"""The project file format's version and size limit, shared by the reader, the writer and saving."""

from __future__ import annotations

__all__ = ["FORMAT_VERSION", "MAX_FILE_BYTES"]

FORMAT_VERSION = 1
MAX_FILE_BYTES = 64 * 1024 * 1024
