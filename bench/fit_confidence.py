"""Fit a confidence on the development sets and check, set by set, whether the fit carries over.

The extractor's ``confidence`` is a hand-weighted sum over each event's evidence record
(``rasd.extract.confidence.Evidence``). This script runs the extractor over the hand corpus and the ten
real development sets (A C E H J K L P Q R; never a held-out set), labels each event right when it
matches a gold event exactly (type, participants, day and status: what ``calls`` needs), turns each
record into named features (``features``: the evidence of the hand sum plus structural evidence: lead
sentence, heading, a date in the contact's sentences, how many events the article tells, type, status)
and fits a logistic regression (scikit-learn, here only). Every feature has a declared direction
(``SIGNS``: evidence that only adds, only subtracts, or is free); a feature fitted against it is
dropped (weight 0) and the rest refitted, so the weights stay readable.

Validation: leave one set out. For each of the 11 sets the model is fitted on the other 10 and scored
on the one left out: calls-eligible precision and recall (reported events at or above 0.5 against the
reported gold events, as ``bench/extract_eval.py`` counts them) beside the same with today's hand
weights, and, pooled, how well each ranks the held-out reported events (ROC AUC, right above wrong).
The fitted model should replace the hand weights only when it beats them here AND on the blind
aggregate (``agg_blind.py``); on extractor 0.12.0 it did neither (README, "rasd extract"). It prints
set names, counts and weights only, never text.

    .venv/bin/python bench/fit_confidence.py [--c 1.0]
"""

from __future__ import annotations

import argparse
import math
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extract_eval as ee
from confidence_factors import runs

DEV_SETS = ee.CONFIDENCE_DEV_SETS
THRESHOLD = ee.CALLS_THRESHOLD

# The declared direction of each feature (+1 only adds, -1 only subtracts, 0 free) and what it says,
# written as comments beside its weight in the YAML.
SIGNS: dict[str, tuple[int, str]] = {
    "news_trigger": (1, "a verb or an indefinite noun states the contact as news"),
    "named_share": (1, "share of participants resolved to people the article names"),
    "office_share": (1, "share known only through an office on the day (the rest: unknown names)"),
    "near": (1, "every participant within near_chars of a trigger"),
    "mid": (1, "... within mid_chars (and not near)"),
    "listed": (-1, "more than two participants the text does not say took part together"),
    "call_caller": (1, "a call whose text presents the caller"),
    "date_explicit": (1, "a written date"),
    "date_relative": (1, "today, 'أمس', a weekday"),
    "date_published": (1, "the publication day"),
    "date_in_sentence": (1, "a date written in one of the contact's sentences"),
    "in_lead": (1, "told in the article's lead contact sentence"),
    "in_heading": (1, "told in a heading"),
    "repeated": (1, "more than one sentence states the contact"),
    "sourced": (1, "a source is named"),
    "single_event": (0, "the article tells one event"),
    "many_events": (0, "the article tells four events or more"),
    "flagged": (-1, "a warning flag (date or initiator conflict, day needs publication, contested)"),
    "contested": (-1, "another sentence denies or doubts a contact of the kind"),
    "background": (-1, "told in passing, in a clause of another story"),
    "dated_background_call": (1, "a call told in passing with a written day of its own"),
    "aside": (-1, "a meeting or visit told aside, without a written day"),
    "compound_doubt": (-1, "two or more doubts about the parties (background, listed, aside, contested)"),
    "undated_trip": (-1, "a visit with no day in the text"),
    "purpose": (-1, "what a trip is for ('للقاء')"),
    "other_kind": (-1, "the same contact told as a kind of higher rank too (then also capped)"),
    "video_call": (0, "type (phone call is the reference)"),
    "meeting": (0, "type"),
    "visit": (0, "type"),
    "message": (0, "type"),
    "planned": (0, "status (reported is the reference)"),
    "not_reported": (0, "status denied or unconfirmed"),
}

MANY_EVENTS = 4  # an article telling this many events or more (a round-up, a list of contacts)


def hand_score(e: Any) -> float:
    """Today's confidence (the hand-weighted sum of ``rasd.extract.confidence``)."""
    from rasd.extract.confidence import confidence

    return confidence(e)


def features(e: Any) -> dict[str, float]:
    """The named features of the logistic model (0/1 unless a share), one per key of ``SIGNS``."""
    from rasd.extract.confidence import FROM_TEXT, MID_CHARS, NEAR_CHARS, WARNING_FLAGS
    from rasd.extract.events import CALL_TYPES

    listed = e.n_participants > 2 and not e.joint
    warned = bool(WARNING_FLAGS.intersection(e.flags))
    contested = "contested" in e.flags
    call = e.event_type in CALL_TYPES
    return {
        "news_trigger": float(e.news_trigger),
        "named_share": e.named_share,
        "office_share": e.office_share,
        "near": float(e.distance <= NEAR_CHARS),
        "mid": float(NEAR_CHARS < e.distance <= MID_CHARS),
        "listed": float(listed),
        "call_caller": float(call and e.caller),
        "date_explicit": float(e.date_basis == "explicit"),
        "date_relative": float(e.date_basis in ("today", "yesterday", "weekday")),
        "date_published": float(e.date_basis == "published"),
        "date_in_sentence": float(e.date_in_sentence),
        "in_lead": float(e.in_lead),
        "in_heading": float(e.in_heading),
        "repeated": float(e.n_frames > 1),
        "sourced": float(e.n_sources > 0),
        "single_event": float(e.n_events == 1),
        "many_events": float(e.n_events >= MANY_EVENTS),
        "flagged": float(warned),
        "contested": float(contested),
        "background": float(e.background),
        "dated_background_call": float(e.background and call and e.date_basis == "explicit" and not warned),
        "aside": float(e.aside),
        "compound_doubt": float(e.background + listed + e.aside + contested >= 2),
        "undated_trip": float(e.event_type == "visit" and e.date_basis not in FROM_TEXT),
        "purpose": float(e.purpose),
        "other_kind": float(e.other_kind),
        "video_call": float(e.event_type == "video_call"),
        "meeting": float(e.event_type == "meeting"),
        "visit": float(e.event_type == "visit"),
        "message": float(e.event_type == "message"),
        "planned": float(e.status == "planned"),
        "not_reported": float(e.status not in ("reported", "planned")),
    }


@dataclass
class Item:
    set: str
    id: str
    evidence: list[Any]  # one Evidence per predicted event
    preds: list[dict]
    golds: list[dict]
    right: list[bool]  # per predicted event: strict match with status


def collect() -> list[Item]:
    """Run the extractor over the development sets, recording each event's evidence and its label."""
    out: list[Item] = []
    for name, item, evidence, preds in runs():
        golds = item["events"]
        pairs = ee._greedy(golds, preds, lambda g, p: ee.strict(g, p) and g["status"] == p["status"])
        right_p = {j for _, j in pairs}
        out.append(Item(name, item["id"], evidence, preds, golds, [j in right_p for j in range(len(preds))]))
    return out


def matrix(items: list[Item]) -> tuple[list[str], list[list[float]], list[int]]:
    names = list(SIGNS)
    x, y = [], []
    for it in items:
        for e, ok in zip(it.evidence, it.right):
            if e.n_participants < 2:
                continue
            f = features(e)
            x.append([f[n] for n in names])
            y.append(int(ok))
    return names, x, y


def fit(items: list[Item], c: float) -> tuple[float, dict[str, float]]:
    """A logistic regression (L2, strength ``1/c``) with each feature kept to its declared direction:
    features fitted against it are dropped one at a time (the worst first) and the rest refitted."""
    from sklearn.linear_model import LogisticRegression

    names, x, y = matrix(items)
    keep = list(range(len(names)))
    while True:
        model = LogisticRegression(C=c, max_iter=5000)
        model.fit([[row[i] for i in keep] for row in x], y)
        coefs = dict(zip((names[i] for i in keep), model.coef_[0]))
        against = [(SIGNS[n][0] * w, n) for n, w in coefs.items() if SIGNS[n][0] * w < 0]
        if not against:
            break
        keep.remove(names.index(min(against)[1]))
    weights = {n: float(coefs.get(n, 0.0)) for n in names}
    return float(model.intercept_[0]), weights


def model_score(intercept: float, weights: dict[str, float]):
    from rasd.extract.confidence import OTHER_KIND_CAP

    def score(e: Any) -> float:
        if e.n_participants < 2:
            return 0.0
        z = intercept + sum(weights.get(n, 0.0) * v for n, v in features(e).items())
        s = 1.0 / (1.0 + math.exp(-z))
        return round(min(s, OTHER_KIND_CAP) if e.other_kind else s, 3)

    return score


def calls_counts(items: list[Item], scorer) -> tuple[int, int, int]:
    """(tp, pred, gold) of the calls-eligible events, as bench/extract_eval.py counts them."""
    tp = pred = gold = 0
    for it in items:
        reported_gold = [g for g in it.golds if g["status"] == "reported"]
        eligible = [p for p, e in zip(it.preds, it.evidence) if p["status"] == "reported" and scorer(e) >= THRESHOLD]
        tp += len(ee._greedy(reported_gold, eligible, ee.strict))
        pred += len(eligible)
        gold += len(reported_gold)
    return tp, pred, gold


def _pr(tp: int, pred: int, gold: int) -> str:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return f"P={p:.3f} R={r:.3f} ({tp}/{pred}/{gold})"


def loso(items: list[Item], c: float) -> None:
    sets = [name for name, _ in DEV_SETS]
    print(f"leave-one-set-out, calls-eligible (reported, confidence >= {THRESHOLD}); tp/pred/gold; C={c}")
    print(f"{'set':<5} {'hand weights':<32} {'fitted on the other sets':<32} P ratio  R ratio")
    tot = {"hand": [0, 0, 0], "fit": [0, 0, 0]}
    labels: list[int] = []
    ranks: dict[str, list[float]] = {"hand": [], "fit": []}
    for held in sets:
        train = [it for it in items if it.set != held]
        test = [it for it in items if it.set == held]
        intercept, weights = fit(train, c)
        h = calls_counts(test, hand_score)
        scorer = model_score(intercept, weights)
        f = calls_counts(test, scorer)
        for it in test:
            for e, p, ok in zip(it.evidence, it.preds, it.right):
                if p["status"] == "reported" and e.n_participants >= 2:
                    labels.append(int(ok))
                    ranks["hand"].append(hand_score(e))
                    ranks["fit"].append(scorer(e))
        for k, v in (("hand", h), ("fit", f)):
            tot[k] = [a + b for a, b in zip(tot[k], v)]
        print(f"{held:<5} {_pr(*h):<32} {_pr(*f):<32} {_ratio(f, h, 0)}  {_ratio(f, h, 1)}")
    h, f = tot["hand"], tot["fit"]
    print(f"{'pool':<5} {_pr(*h):<32} {_pr(*f):<32} {_ratio(f, h, 0)}  {_ratio(f, h, 1)}")
    from sklearn.metrics import roc_auc_score

    print(
        f"held-out reported events: {len(labels)}, wrong {len(labels) - sum(labels)}; ranking (ROC AUC): "
        f"hand {roc_auc_score(labels, ranks['hand']):.3f}, fitted {roc_auc_score(labels, ranks['fit']):.3f}"
    )


def _ratio(f: list[int] | tuple[int, ...], h: list[int] | tuple[int, ...], which: int) -> str:
    def val(t: list[int] | tuple[int, ...]) -> float:
        tp, pred, gold = t
        return (tp / pred if pred else 0.0) if which == 0 else (tp / gold if gold else 0.0)

    return f"{val(f) / val(h):7.3f}" if val(h) else "      -"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--c", type=float, default=1.0, help="inverse L2 strength of the logistic regression")
    args = ap.parse_args(argv)
    items = collect()
    names, x, y = matrix(items)
    print(f"events: {len(y)}, right {sum(y)} ({', '.join(name for name, _ in DEV_SETS)})")
    loso(items, args.c)
    intercept, weights = fit(items, args.c)
    print(f"\nfitted on all sets: intercept {intercept:.3f}")
    for n, w in weights.items():
        print(f"  {n:<24} {w:8.3f}")
    allc = calls_counts(items, model_score(intercept, weights))
    print(f"all sets, in-sample: hand {_pr(*calls_counts(items, hand_score))}  fitted {_pr(*allc)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
