"""Project files on disk: load with a clear error, save atomically keeping a ``.bak``."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

from rotaplan.core import Project
from rotaplan.store.errors import ProjectFileError, StoreError
from rotaplan.store.format import MAX_FILE_BYTES
from rotaplan.store.reader import loads
from rotaplan.store.writer import dumps

__all__ = ["atomic_write_text", "backup_path", "load", "save"]


def backup_path(path: Path) -> Path:
    """Where the previous version of ``path`` is kept: ``NAME.rotaplan.bak``."""
    return path.with_name(path.name + ".bak")


def load(path: str | os.PathLike[str]) -> Project:
    """Read a project file; the error names the file and the bad field."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise StoreError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise StoreError(f"{path}: is a folder, not a project file") from None
    except OSError as error:
        raise StoreError(f"{path}: cannot read ({error.strerror})") from None
    try:
        return loads(data)
    except ProjectFileError as error:
        raise ProjectFileError(f"{path}: {error}") from None


def _fsync_directory(folder: Path) -> None:
    # Not every platform can open a folder (Windows); the rename is still atomic there.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write_text(path: Path, text: str, *, keep_backup: bool = True) -> None:
    """Write ``text`` to ``path`` atomically (temp file, fsync, rename), keeping a ``.bak``."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise StoreError(f"{path}: cannot write in {folder} ({error.strerror})") from None
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if keep_backup and path.is_file():
            backup = backup_path(path)
            backup_temp = backup.with_name(f".{backup.name}.tmp")
            shutil.copy2(path, backup_temp)
            os.replace(backup_temp, backup)
        with contextlib.suppress(OSError):
            if path.exists():
                shutil.copymode(path, temp)
        os.replace(temp, path)
        _fsync_directory(folder)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise StoreError(f"{path}: cannot save ({error.strerror})") from None
    except UnicodeEncodeError as error:
        # The reader and the pull refuse such text; this keeps any other source from a traceback.
        with contextlib.suppress(OSError):
            temp.unlink()
        raise StoreError(
            f"{path}: cannot save: the text holds {error.object[error.start]!r}, "
            "which UTF-8 cannot write"
        ) from None


def save(project: Project, path: str | os.PathLike[str]) -> None:
    """Save a project atomically; the previous file becomes ``NAME.rotaplan.bak``."""
    atomic_write_text(Path(path), dumps(project))
