"""SSRF guard: every address a host resolves to is vetted before anything is sent, and again at
connect time on the address actually dialled (no second lookup that could answer differently)."""

from __future__ import annotations

import ipaddress
import socket
import threading
from typing import Any

import urllib3
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool


class BlockedAddressError(ConnectionError):
    """Raised (also at connect time) when a host resolves to an address we must not contact."""


CLOUD_METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "169.254.170.2", "100.100.100.200", "fd00:ec2::254")
)


def ip_block_reason(ip: str, *, allow_loopback: bool = False, allow_private: bool = False) -> str | None:
    """Why this address must not be contacted, or None when it may be."""
    try:
        addr = ipaddress.ip_address(ip.split("%", 1)[0])
    except ValueError:
        return f"unparsable address {ip!r}"
    if isinstance(addr, ipaddress.IPv6Address):
        if addr.ipv4_mapped is not None:
            addr = addr.ipv4_mapped
        elif addr.sixtofour is not None:
            addr = addr.sixtofour
    if addr in CLOUD_METADATA_ADDRESSES:
        return f"{addr} is a cloud metadata address"
    if addr.is_loopback:
        return None if allow_loopback else f"{addr} is loopback (outlet not local)"
    if addr.is_unspecified:
        return f"{addr} is unspecified"
    if addr.is_link_local:
        return f"{addr} is link-local"
    if addr.is_multicast:
        return f"{addr} is multicast"
    if addr.is_reserved:
        return f"{addr} is reserved"
    if addr.is_private or not addr.is_global:
        if allow_private and addr.is_private:
            return None
        return f"{addr} is private/non-global"
    return None


def resolve_host(host: str, port: int | None = None) -> list[str]:
    infos = socket.getaddrinfo(host, port or 80, type=socket.SOCK_STREAM)
    seen: list[str] = []
    for info in infos:
        ip = str(info[4][0])
        if ip not in seen:
            seen.append(ip)
    return seen


def address_block_reason(host: str, *, allow_loopback: bool = False, allow_private: bool = False) -> str | None:
    """Resolve ``host`` and vet every address; a host is refused if any of its addresses is."""
    host = host.strip("[]")
    try:
        ips = resolve_host(host)
    except (socket.gaierror, UnicodeError, OSError) as e:
        raise socket.gaierror(f"cannot resolve {host!r}: {e}") from e
    for ip in ips:
        reason = ip_block_reason(ip, allow_loopback=allow_loopback, allow_private=allow_private)
        if reason:
            return f"{host} -> {reason}"
    return None


SEND_HOOK = threading.local()  # .fn: called as a request goes on the wire (politeness clock)


def _on_send() -> None:
    """Called by our connections just before a request goes on the wire (see ``limiter.HostSlot.sent``)."""
    hook = getattr(SEND_HOOK, "fn", None)
    if hook is not None:
        hook()


def _guarded_connection_classes(allow_loopback: bool, allow_private: bool) -> tuple[type, type]:
    def _new_conn(self: Any, _base: Any) -> socket.socket:
        host = self._dns_host
        try:
            ips = resolve_host(host, self.port)
        except (socket.gaierror, UnicodeError, OSError) as e:
            # Never fall back to urllib3's own lookup: a second, unchecked answer could be loopback.
            gai = e if isinstance(e, socket.gaierror) else socket.gaierror(str(e))
            raise urllib3.exceptions.NameResolutionError(host, self, gai) from e
        if not ips:
            raise urllib3.exceptions.NameResolutionError(host, self, socket.gaierror(f"no address for {host!r}"))
        for ip in ips:
            reason = ip_block_reason(ip, allow_loopback=allow_loopback, allow_private=allow_private)
            if reason:
                raise BlockedAddressError(f"{host} -> {reason}")
        # Dial the vetted addresses themselves (in resolver order): no second lookup that could
        # answer differently. TLS still verifies against self.host.
        original = self._dns_host
        last: Exception | None = None
        try:
            for ip in ips:
                self._dns_host = ip
                try:
                    return _base._new_conn(self)
                except (urllib3.exceptions.NewConnectionError, urllib3.exceptions.ConnectTimeoutError) as e:
                    last = e
            assert last is not None  # ips is non-empty, so at least one dial failed with an error
            raise last
        finally:
            self._dns_host = original

    class GuardedHTTPConnection(HTTPConnection):
        def _new_conn(self) -> socket.socket:
            return _new_conn(self, HTTPConnection)

        def request(self, *args: Any, **kw: Any) -> None:
            _on_send()
            return super().request(*args, **kw)

    class GuardedHTTPSConnection(HTTPSConnection):
        def _new_conn(self) -> socket.socket:
            return _new_conn(self, HTTPSConnection)

        def request(self, *args: Any, **kw: Any) -> None:
            _on_send()
            return super().request(*args, **kw)

    return GuardedHTTPConnection, GuardedHTTPSConnection


class GuardedAdapter(HTTPAdapter):
    def __init__(self, allow_loopback: bool, allow_private: bool, **kw: Any) -> None:
        http_cls, https_cls = _guarded_connection_classes(allow_loopback, allow_private)
        self._pool_classes = {
            "http": type("GuardedHTTPConnectionPool", (HTTPConnectionPool,), {"ConnectionCls": http_cls}),
            "https": type("GuardedHTTPSConnectionPool", (HTTPSConnectionPool,), {"ConnectionCls": https_cls}),
        }
        super().__init__(**kw)

    def init_poolmanager(self, *args: Any, **kw: Any) -> None:
        super().init_poolmanager(*args, **kw)
        self.poolmanager.pool_classes_by_scheme = dict(self._pool_classes)
