"""The questions of the PagerDuty and iCal workflows, on top of the window's own prompts."""

from __future__ import annotations

from typing import Protocol

from rotaplan.core import Project
from rotaplan.gui.document.prompts import Prompts
from rotaplan.gui.sync.account import AccountSettings
from rotaplan.gui.sync.dialogs import AccountAnswer, ConnectionTester, EventAnswer, PullAnswer
from rotaplan.gui.sync.ical_export import IcalChoice

__all__ = ["SyncPrompts"]


class SyncPrompts(Prompts, Protocol):
    """The window's prompts and the sync's: account, pull, test event, iCal export."""

    def pagerduty_account(
        self,
        current: AccountSettings,
        has_token: bool,
        from_environment: bool,
        tester: ConnectionTester,
    ) -> AccountAnswer | None:
        """The PagerDuty region and token; ``tester`` runs "Test connection"."""

    def pull_options(self, can_refresh: bool, refresh: bool, days: int) -> PullAnswer | None:
        """Pull into a new project or refresh the open one."""

    def test_event(self) -> EventAnswer | None:
        """Where to send a test incident."""

    def export_ical(self, project: Project, choice: IcalChoice) -> IcalChoice | None:
        """What to export as iCal, starting from the last choice."""
