"""Languages: the translators for Rotaplan and Qt, the app's locale, and locale-aware dates.

The translations are ``resources/translations/rotaplan_<lang>.qm`` (compiled from the ``.ts``
sources by ``packaging/update_translations.py``); Qt's own ``qtbase_<lang>.qm`` comes from the Qt
installation so that standard buttons (OK, Cancel, Save…) speak the same language.

Date patterns are translatable too (context ``Dates``): a translator writes the pattern a reader
of that language expects (``M月d日(ddd)`` for ``ddd d MMM``) and QLocale fills in the names.
"""

from __future__ import annotations

from datetime import date, datetime
from importlib import resources
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTimeZone,
    QTranslator,
)

from rotaplan.core.templates import fill

__all__ = [
    "LANGUAGES",
    "SYSTEM",
    "fill",
    "format_date",
    "format_datetime",
    "format_day_range",
    "format_time",
    "install_language",
    "language_names",
    "locale_for",
    "translations_folder",
]

SYSTEM = "system"
# The languages the app ships, by code; "system" follows the operating system.
LANGUAGES = (SYSTEM, "en", "ja")


def _pattern(name: str) -> str:
    # Qt locale patterns; each literal is spelled out so that lupdate finds it with its comment.
    translate = QCoreApplication.translate
    patterns = {
        "weekday_day_month": translate("Dates", "ddd d MMM", "date: Mon 7 Dec"),
        "weekday_day": translate("Dates", "ddd d", "date: Mon 7"),
        "day_month": translate("Dates", "d MMM", "date: 7 Dec"),
        "day_month_year": translate("Dates", "d MMM yyyy", "date: 7 Dec 2026"),
        "weekday_day_month_year": translate("Dates", "ddd d MMM yyyy", "date: Mon 7 Dec 2026"),
        "full": translate("Dates", "dddd d MMMM yyyy", "date: Monday 7 December 2026"),
        "weekday_day_month_time": translate(
            "Dates", "ddd d MMM HH:mm", "date and time: Mon 7 Dec 08:00"
        ),
        "day_month_year_time": translate(
            "Dates", "d MMM yyyy HH:mm", "date and time: 7 Dec 2026 08:00"
        ),
    }
    return patterns[name]


def translations_folder() -> Path:
    """Where the compiled translations live (the wheel's resources or the source tree)."""
    packaged = resources.files("rotaplan").joinpath("resources", "translations")
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[4] / "resources" / "translations"


def language_names() -> dict[str, str]:
    """Each choice with its label; languages are named in their own language."""
    return {
        SYSTEM: QCoreApplication.translate("Preferences", "System"),
        "en": "English",
        "ja": "日本語",
    }


def locale_for(choice: str) -> QLocale:
    """The locale of a language choice (the system's for "system" or an unknown code)."""
    system = QLocale.system()
    if choice == "en":
        locale = QLocale(QLocale.Language.English, system.territory())
        return locale if locale.language() == QLocale.Language.English else QLocale("en_US")
    if choice == "ja":
        return QLocale("ja_JP")
    # A bare POSIX/C environment names no language: write dates the English way then.
    return QLocale("en_US") if system.language() == QLocale.Language.C else system


def install_language(app: QCoreApplication, choice: str) -> QLocale:
    """Install Rotaplan's and Qt's translators for ``choice`` and make its locale the default.

    Returns the locale in use. English needs no translator; a missing ``.qm`` leaves English.
    """
    locale = locale_for(choice)
    QLocale.setDefault(locale)
    for old in app.findChildren(QTranslator, "rotaplan_translator"):
        app.removeTranslator(old)
        old.deleteLater()
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return locale
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for prefix, folder in (("qtbase", qt_folder), ("rotaplan", str(translations_folder()))):
        translator = QTranslator(app)
        translator.setObjectName("rotaplan_translator")
        if translator.load(locale, prefix, "_", folder):
            app.installTranslator(translator)
        else:
            translator.deleteLater()
    return locale


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def format_date(day: date, pattern: str = "day_month_year") -> str:
    """``day`` in the app's locale with one of the named patterns (e.g. ``weekday_day_month``)."""
    return QLocale().toString(_qdate(day), _pattern(pattern))


def format_datetime(moment: datetime, pattern: str = "weekday_day_month_time") -> str:
    """The wall-clock date and time of ``moment`` (as it reads in its own zone)."""
    # Qt formats a UTC QDateTime without converting it, so the wall clock is kept as given.
    value = QDateTime(
        _qdate(moment.date()),
        QTime(moment.hour, moment.minute, moment.second),
        QTimeZone(QTimeZone.Initialization.UTC),
    )
    return QLocale().toString(value, _pattern(pattern))


def format_time(moment: datetime) -> str:
    """``HH:mm`` of ``moment``'s wall clock."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def format_day_range(first: date, last: date) -> str:
    """A title for the days ``first`` .. ``last`` inclusive (one day, same year, or two years)."""
    if first == last:
        return format_date(first, "full")
    if first.year == last.year:
        start = format_date(first, "day_month")
    else:
        start = format_date(first, "day_month_year")
    return fill(
        QCoreApplication.translate("Dates", "%1 – %2", "a range of days"),
        start,
        format_date(last, "day_month_year"),
    )
