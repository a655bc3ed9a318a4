"""Project files on disk: load with a clear error, save atomically keeping a ``.bak``.

A save writes ``.NAME.<16 hex>.tmp`` beside the real file (a symlink is followed), holds an
advisory lock on it while it works, then renames it over ``NAME``; the previous version is linked
(or copied) to ``.NAME.<same hex>.bak.tmp`` and renamed to ``NAME.bak``. A save killed half-way
leaves one of those temporaries; the next save of the same file removes the ones no live save
holds.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import stat
import time
from pathlib import Path

from rotaplan.core import Project
from rotaplan.store.errors import ProjectFileError, StoreError
from rotaplan.store.format import MAX_FILE_BYTES
from rotaplan.store.reader import loads
from rotaplan.store.writer import encode

try:
    import fcntl
except ImportError:  # Windows: an open file cannot be removed there, and stale ones age out
    fcntl = None  # type: ignore[assignment]  # the module is optional

__all__ = ["atomic_write_text", "backup_path", "load", "save", "temporary_pattern"]

# Without a lock to test (Windows), a temporary this old belongs to no live save.
STALE_SECONDS = 60.0
_OPEN_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def backup_path(path: Path) -> Path:
    """Where the previous version of ``path`` is kept: ``NAME.rotaplan.bak``."""
    return path.with_name(path.name + ".bak")


def temporary_pattern(path: Path) -> re.Pattern[str]:
    """The names of the temporaries a save of ``path`` makes beside it (content and backup)."""
    return re.compile(rf"\.{re.escape(path.name)}\.([0-9a-f]{{16}})(\.bak)?\.tmp")


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


def _real_target(path: Path) -> Path:
    """The file a save must change: a symlink's final target, else ``path`` itself."""
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


def _claim_if_stale(temp: Path) -> int | None:
    """A descriptor holding ``temp``'s lock when no live save holds it (-1: it is gone).

    The caller removes a stale file while it holds this lock, so a save that has just created
    ``temp`` and waits for its lock finds it unlinked and makes another (``_locked_temporary``).
    """
    if fcntl is None:
        try:
            return None if time.time() - temp.stat().st_mtime < STALE_SECONDS else -1
        except OSError:
            return -1
    try:
        fd = os.open(temp, os.O_RDONLY)
    except OSError:
        return -1
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


def _remove_stale(target: Path) -> None:
    """Remove the temporaries of earlier saves of ``target`` that no live save holds."""
    folder = target.parent
    pattern = temporary_pattern(target)
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        match = pattern.fullmatch(name)
        if match is None:
            continue
        # A backup temporary lives only while its save holds the content temporary of that hex.
        owner = folder / f".{target.name}.{match.group(1)}.tmp"
        fd = _claim_if_stale(owner)
        if fd is None:
            continue
        try:
            with contextlib.suppress(OSError):
                os.unlink(folder / name)
        finally:
            if fd >= 0:
                os.close(fd)


def _locked_temporary(target: Path) -> tuple[Path, int, str]:
    """A new, locked, empty temporary beside ``target``: its path, descriptor and hex."""
    while True:
        token = secrets.token_hex(8)
        temp = target.with_name(f".{target.name}.{token}.tmp")
        # 0o666: the umask (or the folder's default ACL) decides, as for any new file.
        fd = os.open(temp, _OPEN_FLAGS, 0o666)
        if fcntl is None:
            return temp, fd, token
        fcntl.flock(fd, fcntl.LOCK_EX)
        # Another save's cleanup may have removed it before the lock was taken: make another.
        if os.fstat(fd).st_nlink > 0:
            return temp, fd, token
        os.close(fd)


def _keep_backup(target: Path, token: str) -> None:
    """Make the current ``target`` the ``.bak``, atomically."""
    backup_temp = target.with_name(f".{target.name}.{token}.bak.tmp")
    try:
        os.link(target, backup_temp)
    except FileNotFoundError:
        return  # first save: nothing to keep
    except OSError:
        # Hard links are not everywhere (FAT, some shares): copy the bytes and the mode.
        try:
            shutil.copy2(target, backup_temp)
        except FileNotFoundError:
            return
    os.replace(backup_temp, backup_path(target))
    # Renaming one hard link over another of the same file does nothing (POSIX rename): that
    # happens when a concurrent save has just made the same version the ``.bak``.
    with contextlib.suppress(FileNotFoundError):
        os.unlink(backup_temp)


def _write_atomically(path: Path, data: bytes, *, keep_backup: bool) -> None:
    target = _real_target(path)
    folder = target.parent
    try:
        temp, fd, token = _locked_temporary(target)
    except OSError as error:
        raise StoreError(f"{path}: cannot write in {folder} ({error.strerror})") from None
    try:
        try:
            _remove_stale(target)
            with os.fdopen(os.dup(fd), "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            with contextlib.suppress(FileNotFoundError):
                os.chmod(temp, stat.S_IMODE(os.stat(target).st_mode))  # keep an existing mode
            if keep_backup and target.is_file():
                _keep_backup(target, token)
            os.replace(temp, target)
            _fsync_directory(folder)
        finally:
            os.close(fd)  # drops the lock, once the temporary has its final name
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


def atomic_write_text(path: Path, text: str, *, keep_backup: bool = True) -> None:
    """Write ``text`` to ``path`` atomically (temp file, fsync, rename), keeping a ``.bak``.

    New files get the mode the umask gives; an existing file keeps its mode; a symlink is
    followed, and the ``.bak`` goes beside the file it points to.
    """
    _write_atomically(path, text.encode("utf-8"), keep_backup=keep_backup)


def save(project: Project, path: str | os.PathLike[str]) -> None:
    """Save a project atomically; the previous file becomes ``NAME.rotaplan.bak``.

    A project the reader would refuse (non-finite numbers, larger than the size limit) is
    refused here, and the file on disk is left as it was.
    """
    path = Path(path)
    try:
        data = encode(project)
    except StoreError as error:
        raise StoreError(f"{path}: cannot save: {error}") from None
    _write_atomically(path, data, keep_backup=True)
