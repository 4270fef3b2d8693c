"""Events that should not exist (SPUR3): a meeting noun that names the gathering of a body of many.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from extract_helpers import statuses

from rasd.extract import extract_events


def test_the_decision_of_a_ministers_conference_is_no_meeting_of_the_pair():
    text = (
        "وتناول وزيرا خارجية قطر والأردن الأوضاع في السودان، ورحبا بالبيان الصادر عن "
        "الاجتماع الطارئ لوزراء خارجية الدول العربية في القاهرة."
    )
    assert extract_events(text, "2023-05-02") == []


def test_the_results_of_a_gathering_of_many_states_are_no_meeting_of_the_pair():
    text = "وبحث الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس نتائج اجتماع دول مجموعة السبع."
    assert extract_events(text, "2023-05-02") == []


def test_a_talk_during_a_gathering_of_many_stays_the_pairs_contact():
    text = (
        "وتحدث الرئيس الفرنسي إيمانويل ماكرون مع المستشار الألماني أولاف شولتس خلال اجتماع "
        "دول مجموعة السبع في هيروشيما."
    )
    assert statuses(text, "2023-05-20") != []


def test_the_meeting_of_a_two_country_council_stays_a_meeting():
    text = (
        "وأكد الوزيران أهمية عقد الاجتماع الأول لمجلس التنسيق المصري السعودي برئاسة الرئيس "
        "عبد الفتاح السيسي وولي العهد السعودي الأمير محمد بن سلمان."
    )
    assert [t for t, _ in statuses(text, "2025-11-22")] == ["meeting"]


def test_the_object_of_a_chained_verb_is_no_subject_of_the_next_contact():
    # the envoy travels and meets the minister there; the king is the envoy's meeting, not the minister's
    text = (
        "وبدأ المبعوث الأممي جولته في المنطقة بالكويت، على أن يصل اليوم إلى الرياض ويلتقي بها وزير "
        "الخارجية السعودي فيصل بن فرحان، بينما من المنتظر أن يلتقي غدا بالعاهل الأردني عبدالله الثاني."
    )
    assert extract_events(text, "2021-03-01") == []


def test_the_subject_after_a_verb_that_opens_its_clause_carries_to_the_next_contact():
    text = (
        "التقى وزير الخارجية الأمريكي أنتوني بلينكن في الرياض بالمبعوث الأممي، بينما من المنتظر أن "
        "يلتقي غدا بالعاهل الأردني عبدالله الثاني."
    )
    people = [sorted(p.name_en for p in e.participants) for e in extract_events(text, "2021-03-01")]
    assert people == [["Abdullah II of Jordan", "Antony Blinken"]]


def test_the_agent_of_a_denial_after_min_janib_is_no_party():
    text = (
        "ذكرت صحف تركية أن الرئيس التركي رجب طيب أردوغان التقى أمس الرئيس السوري بشار الأسد في موسكو، "
        "وذلك بعد نفي من جانب وزير الخارجية التركي."
    )
    people = [sorted(p.name_en for p in e.participants) for e in extract_events(text, "2024-07-23")]
    assert people == [["Bashar al-Assad", "Recep Tayyip Erdoğan"]]


def test_a_day_and_month_that_name_a_happening_are_no_date():
    from rasd.dates import find_dates
    from rasd.normalize import normalize

    def days(text: str) -> list[str]:
        return [str(d.date) for d in find_dates(normalize(text).text, dt.date(2020, 12, 6))]

    assert days("تغيرت السياسة الخارجية بعد ثورة 30 يونيو") == []
    assert days("منذ هجمات 11 سبتمبر تغير العالم") == []
    assert days("زار الرئيس باريس في 30 يونيو") == ["2020-06-30"]


def test_a_visit_praised_with_a_revolution_named_by_its_day_is_no_earlier_visit():
    text = (
        "يبدأ الرئيس عبد الفتاح السيسي اليوم زيارة رسمية إلى فرنسا يلتقي خلالها الرئيس الفرنسي "
        "إيمانويل ماكرون. وقال محلل إن الزيارة تؤكد مكانة مصر بعد ثورة 30 يونيو لدى الرئيس ماكرون."
    )
    assert all(e.date != dt.date(2020, 6, 30) for e in extract_events(text, "2020-12-06"))
