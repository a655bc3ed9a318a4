"""The core's messages in the window's language: the Problems panel and the cover picker."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, date, datetime

from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from rotaplan.core import (
    HOUR,
    MESSAGE_ARGS,
    MINUTE,
    PROBLEM_MESSAGES,
    REASON_ARGS,
    MessageArg,
    Problem,
    Project,
    Reason,
    instant,
    wall,
    zone,
)
from rotaplan.gui.document.controller import cover_suggestions
from rotaplan.gui.panels.problems import MESSAGE
from rotaplan.gui.text.i18n import format_date
from rotaplan.gui.text.messages import problem_text, reason_texts
from rotaplan.gui.window.dialogs import PersonPicker
from rotaplan.gui.window.mainwindow import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.panel_helpers import settled

LONDON = zone("Europe/London")


def _shown(qtbot: QtBot, window: MainWindow, code: str) -> list[tuple[Problem, str, str]]:
    """The problems of ``code`` in the panel with their message and tooltip as shown."""
    window.set_span_days(14)
    window.go_today()
    settled(qtbot, window)
    model = window.panels.problems.model
    rows = [row for row, p in enumerate(model.problems) if p.code == code]
    assert rows
    return [
        (
            model.problem(row),
            model.data(model.index(row, MESSAGE)),
            model.data(model.index(row, MESSAGE), Qt.ItemDataRole.ToolTipRole),
        )
        for row in rows
    ]


def _day(at: int) -> str:
    return format_date(wall(at, LONDON).date(), "weekday_day_month_year")


def test_the_japanese_problems_panel_writes_gaps_and_time_off_in_japanese(
    qtbot: QtBot, japanese: QLocale, make_window: WindowFactory, demo: Project
) -> None:
    window = make_window(demo, "recovery")
    gap, text, tip = _shown(qtbot, window, "GAP")[0]
    assert gap.start is not None
    day = _day(gap.start)
    assert re.fullmatch(r"2026年12月\d+日\(.\)", day)
    assert text == (
        f"Payments primary にオンコール担当がいない空きが 8 時間あります ({day} 00:00～08:00、"
        "Europe/London)。エスカレーションポリシー「Payments」のレベル 1 がこのスケジュールに"
        "通知します。"
    )
    assert tip == f"エラー: {text}"
    amelia = [row for row in _shown(qtbot, window, "TIME_OFF") if row[0].person == "amelia"]
    assert amelia
    shift, text, _ = amelia[0]
    assert shift.start is not None
    assert text == (
        "Amelia Hughes は休暇中 (Family visit) に Payments primary のオンコールを 8 時間担当して"
        f"います ({_day(shift.start)} 08:00～16:00、Europe/London)。"
    )
    # The filter searches the text as shown.
    panel = window.panels.problems
    panel.search.setText("休暇中")
    assert {p.code for p in panel.visible_problems()} == {"TIME_OFF"}


def test_the_japanese_picker_gives_the_reasons_in_japanese(
    qtbot: QtBot, japanese: QLocale, demo: Project
) -> None:
    gap = next(p for p in _demo_problems(demo) if p.code == "GAP")
    assert gap.start is not None
    assert gap.end is not None
    suggestions = cover_suggestions(demo, "primary", gap.start, gap.end)
    picker = PersonPicker("Cover", demo, suggestions, None)
    qtbot.addWidget(picker)
    texts = [picker.list.item(i).text() for i in range(picker.list.count())]
    best = suggestions.candidates[0]
    rest = best.details[0].args["rest"]
    assert isinstance(rest, int)
    first = next(t for t in texts if t.startswith("1. "))
    assert first.splitlines()[1].startswith(f"前のシフトから {rest // HOUR} 時間、次のシフトまで ")
    assert first.splitlines()[1].endswith("、このスケジュールのローテーションのメンバー")
    left_out = [t for t in texts if t.startswith(demo.person(suggestions.excluded[0].person).name)]
    assert left_out
    assert re.fullmatch(r"この時間はすでに .+ のオンコールを担当", left_out[0].splitlines()[1])
    assert not any(re.search(r"[a-z]{3,} (shift|night|rotation)", text) for text in texts)


def test_the_english_gap_message_says_what_the_core_says(
    qtbot: QtBot, make_window: WindowFactory, demo: Project
) -> None:
    window = make_window(demo, "recovery")
    gap, text, _ = _shown(qtbot, window, "GAP")[0]
    assert gap.start is not None
    local = wall(gap.start, LONDON)
    facts = [
        "Nobody is on call in Payments primary for 8 h",
        "00:00 – 08:00 (Europe/London)",
        "Payments",
        local.strftime("%a"),
        str(local.year),
    ]
    for fact in facts:
        assert fact in gap.message
        assert fact in text
    assert f"{local:%a} {local.day} {local:%b} {local.year} 00:00" in text
    assert "rule 1 of policy 'Payments' pages this schedule" in gap.message
    # The same sentence; the window quotes names as its locale does.
    quoted = QLocale().quoteString("Payments")
    assert f"rule 1 of policy {quoted} pages this schedule" in text


def test_unknown_kinds_and_missing_values_keep_the_core_english(demo: Project) -> None:
    gap = next(p for p in _demo_problems(demo) if p.code == "GAP")
    assert problem_text(dataclasses.replace(gap, kind="something_new"), demo) == gap.message
    assert problem_text(dataclasses.replace(gap, args={}), demo) == gap.message
    assert problem_text(dataclasses.replace(gap, code="NEW_CODE"), demo) == gap.message
    assert problem_text(gap, demo) != gap.message
    candidate = cover_suggestions(demo, "primary", gap.start or 0, gap.end or 0).candidates[0]
    unknown = dataclasses.replace(candidate.details[0], kind="something_new")
    details = (unknown, *candidate.details[1:])
    texts = reason_texts(candidate.reasons, details, demo)
    assert texts[0] == candidate.reasons[0]
    assert reason_texts(candidate.reasons, (), demo) == list(candidate.reasons)


# A value of each key of a problem's or a reason's args.
SAMPLE_ARGS: dict[str, MessageArg] = {
    "zone": "Europe/London",
    "note": "Leave",
    "limit": 8 * HOUR,
    "delay": 15 * MINUTE,
    "paged_rule": 2,
    "wall": datetime(2026, 3, 29, 1, 30),
    "day": date(2026, 3, 29),
    "turn": 12 * HOUR,
    "shift": HOUR,
    "restriction": "weekly",
    "edge": "ends",
    "first": "payments",
    "name": "Payments",
    "country": "ZZ",
    "schedule": "secondary",
    "rest": 6 * HOUR,
    "span": 40 * HOUR,
    "hours": 30 * HOUR,
    "percent": 25,
}


def _every_kind() -> list[Problem]:
    """A problem of each kind, with a value for each of its slots."""
    start = instant(datetime(2026, 12, 8, tzinfo=UTC))
    return [
        Problem(
            "warning",
            "GAP" if kind.startswith("gap") else "DST",
            "CORE",
            start,
            start + 8 * HOUR,
            schedule="primary",
            layer="emea",
            person="amelia",
            policy="payments",
            rule=1,
            other_schedule="secondary",
            kind=kind,
            args={key: SAMPLE_ARGS[key] for key in keys},
        )
        for kind, keys in MESSAGE_ARGS.items()
    ]


def _every_reason() -> list[Reason]:
    return [
        Reason(kind, {key: SAMPLE_ARGS[key] for key in keys}) for kind, keys in REASON_ARGS.items()
    ]


def test_the_window_writes_every_kind_of_the_catalogue(demo: Project) -> None:
    reasons = _every_reason()
    english = [problem_text(p, demo) for p in _every_kind()]
    assert all(text != "CORE" and "%" not in text for text in english), english
    assert (
        "a weekly restriction ends at 01:30 on Sun 29 Mar 2026"
        in english[list(PROBLEM_MESSAGES).index("dst_restriction_skipped")]
    )
    plain = ["x"] * len(reasons)
    assert all(text != "x" for text in reason_texts(plain, reasons, demo))


def test_the_japanese_window_translates_every_kind(japanese: QLocale, demo: Project) -> None:
    reasons = _every_reason()
    kana = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
    for problem in _every_kind():
        text = problem_text(problem, demo)
        assert kana.search(text), (problem.kind, text)
        assert "%" not in text, (problem.kind, text)
    restriction = next(p for p in _every_kind() if p.kind == "dst_restriction_repeated")
    assert "毎週の制限の終了時刻" in problem_text(restriction, demo)
    for text in reason_texts(["x"] * len(reasons), reasons, demo):
        assert kana.search(text), text


def _demo_problems(demo: Project) -> tuple[Problem, ...]:
    from datetime import UTC, datetime

    from rotaplan.core import Window, instant, plan

    window = Window(
        instant(datetime(2026, 11, 30, tzinfo=UTC)), instant(datetime(2026, 12, 28, tzinfo=UTC))
    )
    return plan(demo, window).problems
