"""How much an event's evidence supports it, as a number in [0, 1].

The score adds up independent pieces of evidence (documented in README, "rasd extract"):

* 0.40 for a contact trigger with at least two participants (every emitted event has it);
* up to 0.35 for the share of participants resolved to people of the reference data (an
  unknown name that passed the name test counts a third);
* 0.10 when the day comes from the text (a date, "أمس", a weekday), 0.05 when it is the
  publication day, 0 when unknown;
* 0.05 when more than one sentence states the contact, 0.05 when a source is named;
* 0.05 when the text presents a caller (or the form is not a call);
minus 0.15 when the event carries a warning flag (date conflict, initiator conflict).
"""

from __future__ import annotations

from rasd.records import Participant

BASE = 0.40
RESOLVED_WEIGHT = 0.35
UNKNOWN_NAME_SHARE = 1 / 3
DATE_FROM_TEXT = 0.10
DATE_PUBLISHED = 0.05
REPEATED = 0.05
SOURCED = 0.05
CALLER = 0.05
FLAG_PENALTY = 0.15
WARNING_FLAGS = frozenset({"date_conflict", "initiator_conflict", "date_needs_publication"})


def confidence(
    participants: list[Participant],
    date_basis: str,
    n_frames: int,
    n_sources: int,
    has_initiator_or_not_call: bool,
    flags: list[str],
) -> float:
    """The event's confidence from its evidence (see the module docstring)."""
    if len(participants) < 2:
        return 0.0
    resolved = sum(1.0 if p.person_id else UNKNOWN_NAME_SHARE for p in participants) / len(participants)
    score = BASE + RESOLVED_WEIGHT * resolved
    if date_basis in ("explicit", "today", "yesterday", "weekday"):
        score += DATE_FROM_TEXT
    elif date_basis == "published":
        score += DATE_PUBLISHED
    score += REPEATED if n_frames > 1 else 0.0
    score += SOURCED if n_sources else 0.0
    score += CALLER if has_initiator_or_not_call else 0.0
    if WARNING_FLAGS.intersection(flags):
        score -= FLAG_PENALTY
    return round(min(1.0, max(0.0, score)), 3)
