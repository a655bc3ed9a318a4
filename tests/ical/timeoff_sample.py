"""What the time-off import tests share: two people, the test horizon, calendars from events."""

from __future__ import annotations

from datetime import UTC, datetime

from rotaplan.core import Person, Project, Window, instant

WINDOW = Window(
    instant(datetime(2026, 12, 1, tzinfo=UTC)), instant(datetime(2027, 2, 1, tzinfo=UTC))
)


def two_people() -> Project:
    """Alice in New York and Bob in Berlin."""
    return Project(
        "Team",
        (
            Person("alice", "Alice Example", time_zone="America/New_York"),
            Person("bob", "Bob Example", time_zone="Europe/Berlin"),
        ),
    )


def calendar(*events: str, header: str = "", trailer: str = "") -> bytes:
    """A VCALENDAR (CRLF lines) of VEVENTs with the given content lines (``\\n``-separated)."""
    body = "".join(
        "BEGIN:VEVENT\r\nDTSTAMP:20261101T000000Z\r\n"
        + e.strip().replace("\n", "\r\n")
        + "\r\nEND:VEVENT\r\n"
        for e in events
    )
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n{header}{body}END:VCALENDAR\r\n"
        f"{trailer}"
    ).encode()
