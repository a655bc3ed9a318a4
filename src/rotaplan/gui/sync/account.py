"""The PagerDuty account: API region or custom URL in the settings, the token in a TokenStore.

The token never goes to QSettings: the window reads and writes it only through a ``TokenStore``
(the OS keyring in the app, an in-memory store in tests).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from rotaplan.gui.settings import Settings
from rotaplan.pagerduty.token import (
    delete_keyring_token,
    environment_token,
    find_token,
    store_keyring_token,
)
from rotaplan.pagerduty.urls import DEFAULT_API_URL, DEFAULT_EVENTS_URL, check_api_url

__all__ = [
    "REGIONS",
    "AccountSettings",
    "KeyringTokenStore",
    "TokenStore",
    "load_account",
    "save_account",
]

# Region key -> (REST API, Events API).
REGIONS = {
    "us": (DEFAULT_API_URL, DEFAULT_EVENTS_URL),
    "eu": ("https://api.eu.pagerduty.com", "https://events.eu.pagerduty.com"),
}


@dataclass(frozen=True)
class AccountSettings:
    """Which PagerDuty to talk to: a region ("us", "eu") or a custom URL ("custom")."""

    region: str = "us"
    custom_url: str = ""

    @property
    def api_url(self) -> str:
        """The REST API base URL; ValueError for a custom URL that is not allowed."""
        if self.region == "custom":
            return check_api_url(self.custom_url.strip(), "custom URL")
        return REGIONS.get(self.region, REGIONS["us"])[0]

    @property
    def events_url(self) -> str:
        """The Events API base URL (a custom URL serves both APIs)."""
        if self.region == "custom":
            return self.api_url
        return REGIONS.get(self.region, REGIONS["us"])[1]


def load_account(settings: Settings) -> AccountSettings:
    """The account settings as last saved."""
    region = str(settings.value("pagerduty/region", "us") or "us")
    if region not in (*REGIONS, "custom"):
        region = "us"
    return AccountSettings(region, str(settings.value("pagerduty/custom_url", "") or ""))


def save_account(settings: Settings, account: AccountSettings) -> None:
    """Remember the region and custom URL (never the token)."""
    settings.set_value("pagerduty/region", account.region)
    settings.set_value("pagerduty/custom_url", account.custom_url)


class TokenStore(Protocol):
    """Where the API token is kept."""

    def read(self) -> str | None:
        """The token, or None when there is none."""

    def write(self, token: str) -> None:
        """Keep ``token`` (PagerDutyError when the store refuses)."""

    def clear(self) -> None:
        """Forget the stored token."""

    def overridden(self) -> bool:
        """Whether the environment supplies the token (stored values are then not used)."""


class KeyringTokenStore:
    """The OS keyring, with ``PAGERDUTY_TOKEN`` taking precedence as for the command line."""

    def read(self) -> str | None:
        """The token from the environment or the keyring."""
        return find_token()

    def write(self, token: str) -> None:
        """Store the token in the keyring."""
        store_keyring_token(token)

    def clear(self) -> None:
        """Delete the keyring entry."""
        delete_keyring_token()

    def overridden(self) -> bool:
        """Whether PAGERDUTY_TOKEN is set."""
        return environment_token() is not None
