"""Render the main views offscreen to docs/images/*.png (demo project, fixed "now").

Run from the repository root:

    QT_QPA_PLATFORM=offscreen PYTHONPATH=src python docs/screenshots.py

The images are stable: the demo is moved to the week of 30 November 2026, "now" is Wednesday
9 December 2026 10:30 UTC, English images use British English dates, and settings and
recovery files live in a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from rotaplan.core import instant
from rotaplan.gui.app import create_window
from rotaplan.gui.document.selection import Kind, Ref
from rotaplan.gui.settings import Settings
from rotaplan.gui.text.i18n import install_language
from rotaplan.gui.timeline.rows import Mode
from rotaplan.gui.window.mainwindow import MainWindow
from rotaplan.store.demo import demo_project

IMAGES = Path(__file__).resolve().parent / "images"
NOW = datetime(2026, 12, 9, 10, 30, tzinfo=UTC)
SIZE = (1440, 860)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def dark_palette() -> QPalette:
    """A calm dark system theme."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, color in (
        (roles.Window, "#2b2f35"),
        (roles.WindowText, "#e6e8eb"),
        (roles.Base, "#1f2226"),
        (roles.AlternateBase, "#262a30"),
        (roles.Text, "#e6e8eb"),
        (roles.Button, "#343941"),
        (roles.ButtonText, "#e6e8eb"),
        (roles.Highlight, "#3d7bd9"),
        (roles.HighlightedText, "#ffffff"),
        (roles.ToolTipBase, "#343941"),
        (roles.ToolTipText, "#e6e8eb"),
        (roles.PlaceholderText, "#8b949e"),
    ):
        palette.setColor(role, QColor(color))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b7280"))
    return palette


def window(folder: Path, name: str) -> MainWindow:
    """A window on the demo project with its own settings."""
    settings = Settings(QSettings(str(folder / f"{name}.ini"), QSettings.Format.IniFormat))
    win = create_window(
        demo_project(date(2026, 11, 30)), None, settings, folder / name, lambda: NOW
    )
    win.resize(*SIZE)
    win.show()
    return win


def shoot(app: QApplication, win: MainWindow, name: str) -> None:
    """Save the window as docs/images/NAME.png, the panels showing the current analysis."""
    win.panels.analysis.refresh_now()
    for _ in range(3):
        app.processEvents()
    path = IMAGES / f"{name}.png"
    win.grab().save(str(path))
    print(path.relative_to(IMAGES.parent.parent))


def sync_dialogs(app: QApplication, folder: Path) -> None:
    """The push review (one person lacks a PagerDuty user) and the Export iCal dialog."""
    from rotaplan.gui.sync.ical_export import IcalChoice, IcalExportDialog
    from rotaplan.gui.sync.review import PushDialog
    from rotaplan.pagerduty.sync import Remote, make_plan

    win = window(folder, "sync")
    project = win.document.project
    users = tuple(
        {"id": f"PU{i:05d}", "name": p.name, "email": p.email}
        for i, p in enumerate(project.people)
        if p.id != "kenji"
    )
    plan = make_plan(project, Remote(users, {}, {}, {}, NOW, NOW), NOW)
    choice = IcalChoice(("primary", "secondary"), ("kenji",), 90, (15, 60), "~/Calendars/on-call")
    for dialog, name in (
        (PushDialog(plan, "payments.rotaplan", win), "push-review"),
        (IcalExportDialog(project, choice, win), "export-ical"),
    ):
        dialog.show()
        for _ in range(3):
            app.processEvents()
        dialog.grab().save(str(IMAGES / f"{name}.png"))
        print(f"docs/images/{name}.png")
        dialog.close()


def escalation_and_time_off(app: QApplication, folder: Path) -> None:
    """The policy timeline with the simulation at the APAC gap, and time off being edited."""
    win = window(folder, "escalation")
    win._load_holidays()
    win.sidebar.select(Ref(Kind.POLICY, "payments"))
    win.view.show_from(date(2026, 12, 7), 7)
    pane = win.escalation.simulation
    pane.set_time(instant(datetime(2026, 12, 8, 3, tzinfo=UTC)))
    pane.ack.setChecked(True)
    pane.ack_after.setValue(40)
    shoot(app, win, "escalation")
    win.sidebar.select(Ref(Kind.TIME_OFF, win.document.project.time_off[0].id))
    win.view.show_from(date(2026, 11, 30), 7)
    shoot(app, win, "time-off")
    win.close()


def shoot_japanese(app: QApplication, folder: Path) -> None:
    """The main window and the welcome screen in Japanese (needs a CJK font, see
    docs/translating.md), then back to English."""
    app.setPalette(app.style().standardPalette())
    install_language(app, "ja")
    try:
        win = window(folder, "ja")
        win._load_holidays()
        win.sidebar.select(Ref(Kind.SCHEDULE, "primary"))
        win.set_span_days(7)
        win.go_today()
        shoot(app, win, "main-window-ja")
        dialog = win.first_run.show_welcome()
        for _ in range(3):
            app.processEvents()
        dialog.grab().save(str(IMAGES / "welcome-ja.png"))
        print(Path("docs/images/welcome-ja.png"))
        dialog.close()
        win.close()
    finally:
        install_language(app, "en")
        QLocale.setDefault(ENGLISH)


def panels(app: QApplication, folder: Path) -> None:
    """The Problems and Fairness docks over two weeks of the demo (docs/images/problems.png,
    docs/images/fairness.png), dates in British English."""
    previous = QLocale()
    QLocale.setDefault(ENGLISH)
    win = window(folder, "panels")
    win._load_holidays()
    win.set_span_days(14)
    win.view.show_from(date(2026, 11, 30), 14)
    win.resizeDocks([win.panels.problems_dock], [330], Qt.Orientation.Vertical)
    win.panels.analysis.refresh_now()
    problems = win.panels.problems
    gap = next(p for p in problems.model.problems if p.code == "GAP")
    problems.view.setCurrentIndex(problems.view_index(gap))
    shoot(app, win, "problems")
    win.sidebar.select(Ref(Kind.SCHEDULE, "primary"))
    win.panels.analysis.refresh_now()
    win.panels.fairness_dock.raise_()
    shoot(app, win, "fairness")
    win.panels.wait()
    win.close()
    QLocale.setDefault(previous)


def main() -> int:
    """Render every view."""
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    QLocale.setDefault(ENGLISH)
    IMAGES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        for theme in ("light", "dark"):
            app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())
            win = window(folder, theme)
            win._load_holidays()
            win.sidebar.select(Ref(Kind.SCHEDULE, "primary"))
            win.set_span_days(7)
            win.go_today()
            suffix = "" if theme == "light" else "-dark"
            shoot(app, win, f"schedule-week{suffix}")
            if theme == "dark":
                win.close()
                continue
            win.sidebar.select(Ref(Kind.LAYER, "primary", "americas"))
            # The layer editor is tall: lower docks so the inspector shows it whole.
            bottom = win.panels.problems_dock
            win.resizeDocks([bottom], [200], Qt.Orientation.Vertical)
            shoot(app, win, "layer-editor")
            win.resizeDocks([bottom], [270], Qt.Orientation.Vertical)
            win.sidebar.select(Ref(Kind.SCHEDULES))
            win.set_mode(Mode.ALL, None)
            win.set_span_days(14)
            win.view.show_from(date(2026, 11, 30), 14)
            shoot(app, win, "all-schedules")
            win.sidebar.select(Ref(Kind.PERSON, "kenji"))
            win.set_span_days(28)
            shoot(app, win, "person")
            win.close()
        app.setPalette(app.style().standardPalette())
        sync_dialogs(app, folder)
        escalation_and_time_off(app, folder)
        shoot_japanese(app, folder)
        panels(app, folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
