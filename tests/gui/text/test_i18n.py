"""Languages: the shipped Japanese catalogue, choosing a language, locale-aware dates."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from rotaplan.core import Project
from rotaplan.gui.app import HOME_VARIABLE, user_settings
from rotaplan.gui.document.prompts import Preferences
from rotaplan.gui.panels.fairness import NIGHTS, FairnessChart
from rotaplan.gui.panels.problems import WHEN
from rotaplan.gui.settings import Settings
from rotaplan.gui.text.i18n import (
    fill,
    format_date,
    format_datetime,
    format_day_range,
    install_language,
    translations_folder,
)
from tests.gui.conftest import WindowFactory
from tests.gui.fakes import ScriptedPrompts
from tests.gui.panel_helpers import settled

TS = translations_folder() / "rotaplan_ja.ts"


def test_the_catalogue_translates_the_file_menu() -> None:
    translator = QTranslator()
    assert translator.load(str(translations_folder() / "rotaplan_ja.qm"))
    assert translator.translate("Actions", "&File") == "ファイル(&F)"
    assert translator.translate("WelcomeDialog", "Explore the demo") == "デモを試す"


def _messages() -> Iterator[tuple[str, str, str, str | None]]:
    """(context, source, translation, type); a counted text gives one row per plural form."""
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            source = message.findtext("source") or ""
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
                # Japanese has no plural: one form, and the count stays in it.
                assert len(forms) == 1, f"{name}: {source!r} has {len(forms)} plural forms"
            else:
                forms = [translation.text or ""]
            for form in forms:
                yield name, source, form, translation.get("type")


def test_every_translation_keeps_its_placeholders_and_accelerator() -> None:
    checked = 0
    for context, source, translation, kind in _messages():
        if kind in ("vanished", "obsolete", "unfinished"):
            continue
        where = f"{context}: {source!r} -> {translation!r}"
        assert translation.strip(), where
        assert sorted(re.findall(r"%[\dn]", source)) == sorted(
            re.findall(r"%[\dn]", translation)
        ), where
        assert ("&" in source.replace("&&", "")) == ("&" in translation.replace("&&", "")), where
        accelerator = re.search(r"&([^&\s])", source.replace("&&", ""))
        if accelerator:
            # The same letter in parentheses at the end: ファイル(&F), 開く(&O)…
            letter = re.escape(accelerator.group(1).upper())
            assert re.search(rf"\(&{letter}\)…?$", translation), where
        assert ("[*]" in source) == ("[*]" in translation), where
        checked += 1
    assert checked > 400


def test_a_japanese_window(japanese: QLocale, make_window: WindowFactory, demo: Project) -> None:
    window = make_window(demo, "recovery")
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["ファイル(&F)", "編集(&E)", "表示(&V)", "PagerDuty(&D)", "ヘルプ(&H)"]
    assert window.window_actions.pagerduty_push.text() == "PagerDuty に反映(&U)…"
    assert window.window_actions.welcome.text() == "ようこそ(&W)…"
    assert window.legend.entries()[0] == "オンコール担当なし (空き)"
    dialog = window.first_run.show_welcome()
    assert dialog.windowTitle() == "Rotaplan へようこそ"
    assert dialog.demo_button.text() == "デモを試す"
    # Qt's own texts come from qtbase_ja.
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert "閉じる" in close.text()
    dialog.close()


def test_the_problems_and_fairness_panels_speak_japanese(
    qtbot: QtBot, japanese: QLocale, make_window: WindowFactory, demo: Project
) -> None:
    window = make_window(demo, "recovery")
    window.set_span_days(14)
    window.go_today()
    settled(qtbot, window)
    panels = window.panels
    assert panels.problems_dock.windowTitle() == "問題"
    assert panels.fairness_dock.windowTitle() == "公平性"
    problems = panels.problems
    assert re.fullmatch(r"エラー \(\d+\)", problems.severity_buttons["error"].text())
    kinds = [problems.kind.itemText(i) for i in range(problems.kind.count())]
    assert kinds[0] == "すべての種類"
    assert any(re.fullmatch(r"空き \(\d+\)", kind) for kind in kinds[1:])
    header = problems.view.model().headerData(WHEN, Qt.Orientation.Horizontal)
    assert header == "日時"
    fairness = panels.fairness
    assert fairness.scope.itemText(0) == "チーム全体"
    assert re.fullmatch(r"バランス [\d.]+ · 勤務時間外 [\d.]+", fairness.balance.text())
    assert fairness.model.headerData(NIGHTS, Qt.Orientation.Horizontal) == "夜間"
    tip = fairness.chart.tooltip_for(FairnessChart.LEGEND + 1)
    assert tip is not None
    assert re.fullmatch(r"夜間: [\d.]+ 時間", tip.splitlines()[2])


def test_counted_texts_speak_japanese(japanese: QLocale) -> None:
    def counted(context: str, text: str, count: int) -> str:
        return QCoreApplication.translate(context, text, "", count)

    assert counted("PushDialog", "Push %n change(s)", 5) == "5 件の変更を反映"
    undo = counted("TimeOffImporter", "Import %n time-off entries for %1", 2)
    assert undo == "%1 の休暇を 2 件インポート"


def test_japanese_dates(japanese: QLocale) -> None:
    assert japanese.language() == QLocale.Language.Japanese
    assert format_date(date(2026, 12, 7), "weekday_day_month") == "12月7日(月)"
    assert format_day_range(date(2026, 12, 7), date(2026, 12, 13)) == "12月7日～2026年12月13日"
    assert format_datetime(datetime(2026, 12, 7, 8, 0)) == "12月7日(月) 08:00"


def test_english_dates(qapp: QApplication) -> None:
    install_language(qapp, "en")
    try:
        assert format_date(date(2026, 12, 7), "weekday_day_month") == "Mon 7 Dec"
        assert format_day_range(date(2026, 12, 7), date(2026, 12, 7)) == "Monday 7 December 2026"
        assert format_day_range(date(2026, 12, 28), date(2027, 1, 3)) == "28 Dec 2026 – 3 Jan 2027"
    finally:
        QLocale.setDefault(QLocale.system())


def test_fill_replaces_each_placeholder_once() -> None:
    assert fill("%1 covers %2", "50% of", "Kenji") == "50% of covers Kenji"
    assert fill("%2 %1 %3", "a", "%1") == "%1 a %3"


def test_the_language_is_a_preference(
    make_window: WindowFactory,
    demo: Project,
    prompts: ScriptedPrompts,
    settings: Settings,
) -> None:
    window = make_window(demo, "recovery")
    assert settings.language() == "system"
    prompts.preference_answers.append(Preferences(5, "ja"))
    window.preferences()
    assert ("preferences", "system") in prompts.asked
    assert settings.language() == "ja"
    assert settings.autosave_minutes() == 5
    prompts.preference_answers.append(None)  # cancelled: nothing changes
    window.preferences()
    assert settings.language() == "ja"


def test_rotaplan_home_isolates_the_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path))
    settings = user_settings()
    settings.set_language("ja")
    settings.sync()
    assert "language=ja" in (tmp_path / "settings.ini").read_text(encoding="utf-8")
