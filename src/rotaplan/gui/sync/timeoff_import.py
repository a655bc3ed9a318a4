"""“Import time off from iCal…”: read the file in the background, show what it adds, apply.

The calendar is untrusted: ``rotaplan.ical`` bounds its size and expansion and refuses bad input
with a message naming the line; nothing changes unless the user accepts the preview, and then the
whole import is one undoable edit.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from rotaplan.core import EditError, Project, Window, edits, instant, to_datetime, zone
from rotaplan.gui.document.document import Document
from rotaplan.gui.document.errors import edit_error_text
from rotaplan.gui.document.prompts import Prompts, TimeOffPreview
from rotaplan.gui.text.i18n import format_date
from rotaplan.gui.text.localtime import format_range
from rotaplan.gui.workers import Task, Workers

# The calendar-parsing libraries load with rotaplan.ical.timeoff, on the first import.
from rotaplan.ical.errors import IcalError
from rotaplan.ical.horizon import default_horizon

if TYPE_CHECKING:
    from rotaplan.ical.timeoff import TimeOffImport

__all__ = ["TimeOffImporter", "read_calendar"]


def read_calendar(path: Path) -> bytes:
    """The bytes of an .ics file, refusing one larger than an import reads (IcalError)."""
    from rotaplan.ical.timeoff import MAX_CALENDAR_BYTES, check_calendar_size

    try:
        with path.open("rb") as handle:
            check_calendar_size(os.fstat(handle.fileno()).st_size, path.name)
            # Never more than the limit, even if the file grows while it is read.
            return handle.read(MAX_CALENDAR_BYTES + 1)
    except FileNotFoundError:
        raise IcalError(
            QCoreApplication.translate("TimeOffImporter", "%1: the file does not exist.").replace(
                "%1", str(path)
            )
        ) from None
    except IsADirectoryError:
        raise IcalError(
            QCoreApplication.translate(
                "TimeOffImporter", "%1 is a folder, not a calendar file."
            ).replace("%1", str(path))
        ) from None
    except OSError as error:
        message = QCoreApplication.translate("TimeOffImporter", "%1 cannot be read (%2).").replace(
            "%1", str(path)
        )
        raise IcalError(message.replace("%2", error.strerror or str(error))) from None


class TimeOffImporter(QObject):
    """Asks for a calendar file, parses it with a worker, previews and applies the time off."""

    done = Signal(bool)

    def __init__(
        self,
        document: Document,
        prompts: Prompts,
        workers: Workers,
        clock: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._prompts = prompts
        self._workers = workers
        self._clock = clock
        self._folder = str(Path.home())
        self.task: Task | None = None

    def horizon(self, project: Project, person_id: str) -> Window:
        """The window whose time off is imported: the CLI's default, today to a year ahead."""
        tz = zone(project.person(person_id).time_zone)
        return default_horizon(self._clock().astimezone(tz).date(), tz)

    def start(self, person_id: str) -> Task | None:
        """Ask for the file and start reading it (None when the user cancels)."""
        project = self._document.project
        if person_id not in project.people_by_id:
            self._prompts.error(
                QCoreApplication.translate("TimeOffImporter", "Import time off"),
                QCoreApplication.translate("TimeOffImporter", "Select a person first."),
            )
            return None
        chosen = self._prompts.calendar_path(self._folder)
        if not chosen:
            return None
        path = Path(chosen)
        self._folder = str(path.parent)
        window = self.horizon(project, person_id)

        def job(progress: Callable[[object], None], cancelled: Callable[[], bool]) -> TimeOffImport:
            from rotaplan.ical.timeoff import import_time_off

            del progress, cancelled  # the import bounds its own time
            data = read_calendar(path)
            return import_time_off(project, person_id, data, window, source=path.name)

        task = self._workers.start(job)
        task.finished.connect(lambda result: self._read(result, person_id, path, window))
        task.failed.connect(self._failed)
        self.task = task
        return task

    def horizon_notes(self, before: int, after: int, since: str, until: str) -> list[str]:
        """How many events the horizon left out, before and after it, as sentences."""
        notes = []
        if before:
            notes.append(
                self.tr(
                    "%n events before %1 were skipped (the import reads from today).", "", before
                ).replace("%1", since)
            )
        if after:
            notes.append(
                self.tr(
                    "%n events after %1 were skipped (the import reads one year ahead).", "", after
                ).replace("%1", until)
            )
        return notes

    def _failed(self, error: object) -> None:
        detail = str(error) if isinstance(error, IcalError) else repr(error)
        self._prompts.error(
            QCoreApplication.translate("TimeOffImporter", "Cannot import time off"),
            QCoreApplication.translate("TimeOffImporter", "Nothing was imported. %1").replace(
                "%1", detail
            ),
        )
        self.done.emit(False)

    def _read(self, result: TimeOffImport, person_id: str, path: Path, window: Window) -> None:
        project = self._document.project
        if person_id not in project.people_by_id:
            self.done.emit(False)
            return
        person = project.person(person_id)
        tz = zone(person.time_zone)
        since = format_date(to_datetime(window.start, tz).date())
        until = format_date(to_datetime(window.end, tz).date())
        if not result.added:
            # Counted texts go through tr: lupdate misses a count given to translate.
            message = self.tr(
                "%1 has no new time off for %2: %n entries were imported before.",
                "",
                result.duplicates,
            )
            notes = [message.replace("%1", path.name).replace("%2", person.name)]
            notes += self.horizon_notes(result.before, result.after, since, until)
            self._prompts.inform(
                QCoreApplication.translate("TimeOffImporter", "Import time off"),
                " ".join(notes + list(result.warnings)),
            )
            self.done.emit(False)
            return
        ranges = tuple(
            format_range(instant(t.start), instant(t.end), tz) + (f" · {t.note}" if t.note else "")
            for t in result.added
        )
        preview = TimeOffPreview(
            person_name=person.name,
            file_name=path.name,
            ranges=ranges,
            duplicates=result.duplicates,
            left_out=result.filtered + result.skipped,
            horizon=format_range(window.start, window.end, tz),
            skipped=tuple(self.horizon_notes(result.before, result.after, since, until)),
            warnings=result.warnings,
        )
        if not self._prompts.review_time_off(preview):
            self.done.emit(False)
            return
        try:
            updated = edits.add_time_off_entries(project, result.added)
        except EditError as error:
            self._prompts.error(
                QCoreApplication.translate("TimeOffImporter", "Cannot import time off"),
                edit_error_text(error),
            )
            self.done.emit(False)
            return
        text = self.tr("Import %n time-off entries for %1", "", len(result.added))
        self._document.apply(updated, text.replace("%1", person.name))
        self.done.emit(True)
