"""Progress lines for long steps (an archive backfill, a big clean): at most ``interval`` seconds
apart, with the counts so far and the rate of the main one. The clock is injectable for tests."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

log = logging.getLogger("rasd")


class Progress:
    def __init__(
        self,
        label: str,
        rate_of: str,
        interval: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
        logger: logging.Logger = log,
    ) -> None:
        self.label, self.rate_of, self.interval = label, rate_of, interval
        self.clock, self.logger = clock, logger
        self.started = self._last = clock()
        self.counts: dict[str, int] = {}

    def add(self, **increments: int) -> None:
        """Count, and say where we are if the last line is ``interval`` seconds old."""
        for key, value in increments.items():
            self.counts[key] = self.counts.get(key, 0) + value
        now = self.clock()
        if now - self._last >= self.interval:
            self._last = now
            self.logger.info("%s", self.line(now))

    def line(self, now: float | None = None) -> str:
        elapsed = max((self.clock() if now is None else now) - self.started, 1e-9)
        parts = ", ".join(f"{value:,} {key.replace('_', ' ')}" for key, value in self.counts.items())
        rate = self.counts.get(self.rate_of, 0) / elapsed
        return f"{self.label}: {parts}; {rate:,.1f} {self.rate_of.replace('_', ' ')}/s over {elapsed:,.0f} s"

    def done(self) -> None:
        self.logger.info("%s (done)", self.line())
