"""Which requests `serve` answers: the Host and Origin checks against DNS rebinding and
cross-site reads.

A web page open in the user's browser can send requests to 127.0.0.1, and can rebind a name it
controls (evil.example) to 127.0.0.1 so that the browser treats the endpoint as the page's own
origin. The endpoint therefore answers only requests whose Host header names it exactly: a
loopback name (127.0.0.1, localhost, [::1]) when it listens on loopback, the address it listens
on, and the names given with `--allow-host`, each with the port it listens on. Names are
compared after parsing, never by prefix: `127.0.0.1.evil.example` is not 127.0.0.1.

A request that carries an Origin header (every cross-origin fetch and every POST from a page)
must come from one of those same origins; `Origin: null` (a sandboxed frame, a file:// page) is
refused too. Responses never carry CORS headers, so no other origin may read them.
"""

from __future__ import annotations

import ipaddress
import urllib.parse
from dataclasses import dataclass

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")


class HostRefused(Exception):
    """A request the endpoint does not answer: its status and one line saying why."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


@dataclass(frozen=True, slots=True)
class AllowedHosts:
    """The (name, port) pairs a request may address; names lowercase, IPv6 in brackets."""

    pairs: frozenset[tuple[str, int]]
    port: int  # the port the endpoint listens on, shown in messages

    def check_host(self, header: str | None) -> None:
        """Refuse a Host header that does not name the endpoint (421)."""
        parsed = split_host(header or "", default_port=80)
        if parsed is None or parsed not in self.pairs:
            shown = (header or "").strip()[:100] or "(none)"
            raise HostRefused(
                421,
                f"Host {shown!r} is not a name of this endpoint: use "
                f"http://127.0.0.1:{self.port}/ (or start serve with "
                "--allow-host NAME)",
            )

    def check_origin(self, header: str | None) -> None:
        """Refuse a request sent by a page of another origin (403); no Origin is fine."""
        if header is None:
            return
        parts = _split_origin(header)
        if parts is None or parts not in self.pairs:
            raise HostRefused(
                403,
                f"Origin {header.strip()[:100]!r} is refused: this endpoint "
                "answers only its own query page, never another site's",
            )


def allowed_hosts(bound: str, port: int, extra: tuple[str, ...] = ()) -> AllowedHosts:
    """The names a request may use for an endpoint listening on `bound`:`port`.

    `extra` holds names (or name:port) from `--allow-host`; a name without a port gets `port`.
    Raises ValueError naming a malformed one.
    """
    names = {_bracket(bound.lower())}
    if is_loopback(bound) or bound in ("", "0.0.0.0", "::"):
        names.update(LOOPBACK_NAMES)
    pairs = {(name, port) for name in names if name not in ("", "0.0.0.0", "[::]")}
    for item in extra:
        parsed = split_host(item, default_port=port)
        if parsed is None:
            raise ValueError(
                f"--allow-host {item!r}: give a host name or address, e.g. "
                "mandates.local or 192.168.1.20 (optionally with :PORT)"
            )
        pairs.add(parsed)
    return AllowedHosts(frozenset(pairs), port)


def split_host(text: str, *, default_port: int) -> tuple[str, int] | None:
    """(name, port) of a Host header value `name[:port]`, or None when it is not one.

    >>> split_host("LocalHost:7878", default_port=80)
    ('localhost', 7878)
    >>> split_host("127.0.0.1.evil.example", default_port=80)
    ('127.0.0.1.evil.example', 80)
    """
    text = text.strip()
    if not text or any(c in text for c in "/?#@\\ \t") or text != text.strip("."):
        return None
    try:
        parts = urllib.parse.urlsplit("//" + text)
        port = parts.port
    except ValueError:
        return None
    name = parts.hostname
    if not name:
        return None
    return _bracket(name.lower()), default_port if port is None else port


def _split_origin(text: str) -> tuple[str, int] | None:
    """(name, port) of an Origin header `http://name[:port]`; None for `null` or another form."""
    try:
        parts = urllib.parse.urlsplit(text.strip())
    except ValueError:
        return None
    if parts.scheme != "http" or parts.path or parts.query or parts.fragment:
        return None
    return split_host(parts.netloc, default_port=80)


def _bracket(name: str) -> str:
    """An IPv6 address as it appears in a Host header: "[::1]"."""
    return f"[{name}]" if ":" in name and not name.startswith("[") else name


def is_loopback(host: str) -> bool:
    """An address (or the name localhost) that only this machine can reach."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
