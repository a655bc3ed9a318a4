"""Where PagerDuty's APIs live, and the one rule for addresses the user gives.

Kept apart from the HTTP client so that the window can show and check addresses without loading
the HTTP library.
"""

from __future__ import annotations

from urllib.parse import urlsplit

__all__ = ["DEFAULT_API_URL", "DEFAULT_EVENTS_URL", "check_api_url"]

DEFAULT_API_URL = "https://api.pagerduty.com"
DEFAULT_EVENTS_URL = "https://events.pagerduty.com"
_LOOPBACK = {"localhost", "127.0.0.1", "::1", "[::1]"}


def check_api_url(url: str, option: str = "--api-url") -> str:
    """The URL without a trailing slash; ValueError unless https (or http to a loopback host)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        raise ValueError(f"{option}: {url!r} is not an http(s) URL")
    if parts.scheme == "http" and host not in _LOOPBACK and not host.startswith("127."):
        raise ValueError(f"{option}: plain http is allowed only for localhost; use https://")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise ValueError(f"{option}: give only scheme, host, port and path")
    return url.rstrip("/")
