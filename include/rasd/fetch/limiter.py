"""Politeness per host: one limiter per host name, whoever (which outlet) asks.

A ``HostSlot`` spaces request starts by ``1/rate`` seconds and caps requests in flight. The
``HostLimits`` book hands out one slot per host: outlets that share a host share its budget. The
rate of a host is the registry's (``rate`` of the outlets on it, the slowest wins) or the policy's
default; a robots.txt Crawl-delay can only slow a host down.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping


class HostSlot:
    """Per-host politeness: min interval between request starts + a concurrency semaphore."""

    def __init__(self, interval: float, concurrency: int) -> None:
        self.interval = interval
        self.semaphore = threading.BoundedSemaphore(max(1, concurrency))
        self._lock = threading.Lock()
        self._next_at = 0.0
        self._last_start = float("-inf")  # when the latest request took its turn or left

    def wait_turn(self) -> None:
        """Block until this host may receive the next request; the turn is claimed when taken (not
        reserved ahead), so a late thread never makes the following request arrive early."""
        while True:
            with self._lock:
                now = time.monotonic()
                if now >= self._next_at:
                    self._next_at = now + self.interval
                    self._last_start = now
                    return
                delay = self._next_at - now
            time.sleep(delay)

    def sent(self) -> None:
        """The request is leaving now: the next one waits a full interval from here, so a thread
        delayed between its turn and the send cannot make two requests arrive too close."""
        with self._lock:
            now = time.monotonic()
            self._last_start = max(self._last_start, now)
            self._next_at = max(self._next_at, now + self.interval)

    def defer(self, seconds: float) -> None:
        with self._lock:
            self._next_at = max(self._next_at, time.monotonic() + seconds)

    def slow_down(self, interval: float) -> None:
        """A longer interval (robots Crawl-delay) applies from the latest request already sent."""
        with self._lock:
            self.interval = max(self.interval, interval)
            self._next_at = max(self._next_at, self._last_start + self.interval)


class HostLimits:
    """One ``HostSlot`` per host (thread-safe). ``rates`` maps host -> requests/s (the registry's);
    other hosts get ``default_rate``."""

    def __init__(self, default_rate: float, concurrency: int, rates: Mapping[str, float] | None = None) -> None:
        self.default_rate = default_rate
        self.concurrency = concurrency
        self.rates = {h.lower(): r for h, r in (rates or {}).items()}
        self._slots: dict[str, HostSlot] = {}
        self._lock = threading.Lock()

    def rate(self, host: str) -> float:
        return self.rates.get(host.lower(), self.default_rate)

    def slot(self, host: str) -> HostSlot:
        host = host.lower()
        with self._lock:
            slot = self._slots.get(host)
            if slot is None:
                slot = self._slots[host] = HostSlot(1.0 / self.rate(host), self.concurrency)
            return slot
