"""Quality gates between stages, run with Great Expectations 1.x.

``frames`` turns a stage's output into one table row per item (plain pandas, with derived columns
such as "event date not after publication"); ``suites`` loads the reviewed expectation suites
(JSON under ``quality/suites/``); ``gx`` runs a suite with Great Expectations; ``gates`` splits the
rows: rows failing a ``critical`` expectation go to quarantine with the expectation's reason and
the offending value, the rest proceed, and the gate fails when the share of critical rows exceeds
a threshold. GX is imported lazily: it takes seconds, and neither DAG parsing nor extraction
should pay for it.
"""

from rasd.quality.gates import GateFailed, GateResult, quality_rows, run_gate

__all__ = ["GateFailed", "GateResult", "quality_rows", "run_gate"]
