"""Where the PagerDuty API token lives: ``PAGERDUTY_TOKEN``, else the OS keyring.

The keyring entry is service ``rotaplan``, user ``pagerduty``. The token is never written to a
file or a log by Rotaplan; these functions are the only place that reads or stores it.

Exception
 └── PagerDutyError
      └── TokenStoreError   the OS keyring could not store or delete the token
"""

from __future__ import annotations

import os

from rotaplan.pagerduty.errors import PagerDutyError

__all__ = [
    "KEYRING_SERVICE",
    "KEYRING_USER",
    "TOKEN_VARIABLE",
    "TokenStoreError",
    "delete_keyring_token",
    "environment_token",
    "find_token",
    "keyring_token",
    "store_keyring_token",
]

TOKEN_VARIABLE = "PAGERDUTY_TOKEN"
KEYRING_SERVICE = "rotaplan"
KEYRING_USER = "pagerduty"


class TokenStoreError(PagerDutyError):
    """The OS keyring refused to store or delete the token."""


def environment_token() -> str | None:
    """The token in ``PAGERDUTY_TOKEN``, if set and not blank."""
    return os.environ.get(TOKEN_VARIABLE, "").strip() or None


def keyring_token() -> str | None:
    """The token in the OS keyring, or None (also when the keyring cannot be used)."""
    try:
        import keyring  # a slow import, needed only without the variable

        return (keyring.get_password(KEYRING_SERVICE, KEYRING_USER) or "").strip() or None
    except Exception:  # any keyring back-end failure means "no token there"
        return None


def find_token() -> str | None:
    """The token from the environment, else the OS keyring; None when neither has one."""
    return environment_token() or keyring_token()


def store_keyring_token(token: str) -> None:
    """Keep ``token`` in the OS keyring; TokenStoreError when the keyring refuses."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, KEYRING_USER, token.strip())
    except Exception as error:  # the back-end's message never contains the password
        raise TokenStoreError(
            f"the OS keyring could not store the PagerDuty token ({type(error).__name__}); "
            f"set {TOKEN_VARIABLE} instead"
        ) from None


def delete_keyring_token() -> None:
    """Remove the token from the OS keyring (nothing happens when there is none)."""
    try:
        import keyring
        from keyring.errors import PasswordDeleteError

        try:
            keyring.delete_password(KEYRING_SERVICE, KEYRING_USER)
        except PasswordDeleteError:
            return
    except Exception as error:
        raise TokenStoreError(
            f"the OS keyring could not delete the PagerDuty token ({type(error).__name__})"
        ) from None
