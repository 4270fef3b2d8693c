"""Quality gates: exactly the bad rows are quarantined, with the right reason; thresholds fail."""

from __future__ import annotations

import datetime as dt

from rasd.load import event_id
from rasd.quality import articles_frame, events_frame, run_gate
from rasd.records import CleanArticle, Event, Outlet, Participant, SourceRef
from rasd.refdata import reference_data

PUTIN = Participant("Q7747", "Vladimir Putin", "فلاديمير بوتين", "RU", "بوتين", "president")
ERDOGAN = Participant(None, None, "رجب طيب أردوغان", "TR", "أردوغان")
NOBODY = Participant(None, None, None, None, "الرئيس")
OUTLETS = {"o": Outlet("o", "Outlet", founded="2010-01-01")}


def art(aid, published="2022-03-08", text="نص عربي " * 60, conflicts=()):
    return CleanArticle(article_id=aid, url=f"http://o/{aid}", outlet_id="o", title="t", published_date=published,
                        published_basis="meta", text=text, month_conflicts=list(conflicts))


def ev(date="2022-03-07", people=(PUTIN, ERDOGAN), background=False, sources=("Kremlin",)):
    return Event("phone_call", "reported", background, date, "explicit", list(people),
                 [SourceRef(s, s) for s in sources], [], [])


def test_event_gate_quarantines_exactly_the_bad_rows(tmp_path):
    bad = {
        "one_person": ([ev(people=(PUTIN,))], "fewer_than_two_participants"),
        "self_call": ([ev(people=(PUTIN, PUTIN))], "fewer_than_two_participants"),
        "unidentified": ([ev(people=(PUTIN, NOBODY))], "participant_unidentified"),
        "after_pub": ([ev(date="2022-03-09")], "reported_event_after_publication"),
        "too_old": ([ev(date="2022-01-01")], "reported_call_older_than_14_days"),
        "wrong_office": ([ev(date="2011-03-07", people=(PUTIN, ERDOGAN))], "office_not_held_on_event_date"),
    }
    batch = [(art(name, published="2011-03-08" if name == "wrong_office" else "2022-03-08"), events)
             for name, (events, _) in bad.items()]
    good = [(art(f"good{i}"), [ev()]) for i in range(6)]
    good.append((art("old_background"), [ev(date="2021-12-01", background=True)]))
    good.append((art("no_source"), [ev(sources=())]))  # a warning, not critical
    frame = events_frame(batch + good, reference_data(), OUTLETS)
    gate = run_gate("events", frame, tmp_path, threshold=0.9)
    reasons = {q.url.rsplit("/", 1)[1]: q.reason for q in gate.quarantined}
    assert reasons == {name: reason for name, (_, reason) in bad.items()}
    good_ids = {event_id(a.article_id, 0, e[0]) for a, e in good}
    assert good_ids <= gate.passed_ids
    assert any("no_attribution" in w for w in gate.warnings)
    assert not gate.failed
    assert run_gate("events", frame, tmp_path, threshold=0.2).failed
    assert gate.docs_index and gate.docs_index.exists()
    docs = "".join(p.read_text(encoding="utf-8", errors="ignore")
                   for p in (tmp_path / "gx_project").rglob("*.html") if "validations" in str(p))
    # The failing expectation is in the report, on the column it checked.
    assert "values must belong" in docs and "offices_held_on_date" in docs and "n_participants" in docs


def test_article_gate_checks_dates_and_outlets(tmp_path):
    articles = [art("ok"), art("future", published="2999-01-01"), art("missing", published=None),
                art("before_outlet", published="2005-01-01"), art("short", text="قصير"),
                art("months", conflicts=["ديسمبر/كانون الثاني: 12 != 1"])]
    gate = run_gate("articles", articles_frame(articles, OUTLETS, dt.date(2026, 11, 23)), tmp_path, threshold=0.9,
                    params={"outlets": ["o"]})
    reasons = {q.item_id: q.reason for q in gate.quarantined}
    assert reasons == {"future": "published_date_in_future", "missing": "published_date_missing",
                       "before_outlet": "published_before_outlet_existed", "short": "text_length_out_of_range"}
    assert {"ok", "months"} <= gate.passed_ids
    assert any("paired_month_names_disagree" in w for w in gate.warnings)
