"""Trips and the meetings told with them: a meeting set "during his visit" is the meeting to come, not
a second trip, and a planned trip to a country whose one leader the article names elsewhere has him
as its host. Sentences written for these tests."""

from __future__ import annotations

from rasd.extract import extract_events


def _kinds(events: list) -> set[tuple[str, str, frozenset[str]]]:
    return {(e.type, e.status, frozenset(p.name_en for p in e.participants)) for e in events}


DURING_HIS_VISIT = (
    "غادر رئيس الوزراء الإثيوبي آبي أحمد صباح اليوم الأحد أديس أبابا متوجها إلى كينيا في زيارة رسمية. "
    "وقال مكتبه إن آبي أحمد سيجتمع خلال زيارته الرسمية بالرئيس الكيني وليام روتو لبحث ملفات الأمن في القرن الأفريقي."
)


def test_a_meeting_during_his_visit_is_the_meeting_to_come():
    kinds = _kinds(extract_events(DURING_HIS_VISIT, "2023-05-14"))
    assert ("meeting", "planned", frozenset({"Abiy Ahmed", "William Ruto"})) in kinds
    assert ("visit", "planned", frozenset({"Abiy Ahmed", "William Ruto"})) not in kinds


def test_his_visit_with_no_word_of_time_before_it_stays_the_trip():
    text = "يبدأ الرئيس الكيني وليام روتو زيارته إلى إثيوبيا الأحد المقبل، حيث يلتقي رئيس الوزراء آبي أحمد."
    kinds = _kinds(extract_events(text, "2023-05-10"))
    assert kinds == {("meeting", "planned", frozenset({"Abiy Ahmed", "William Ruto"}))}


HOST_NAMED_ELSEWHERE = (
    "افتتح الرئيس التشادي محمد إدريس ديبي اليوم مؤتمرا للشباب في العاصمة انجامينا. "
    "ومن جهة أخرى، من المقرر أن يزور الرئيس النيجيري بولا تينوبو تشاد الثلاثاء المقبل."
)


def test_a_planned_trip_takes_the_one_leader_of_the_destination_named_in_the_article():
    events = extract_events(HOST_NAMED_ELSEWHERE, "2024-03-07")
    assert _kinds(events) == {("visit", "planned", frozenset({"Bola Tinubu", "Mahamat Idriss Déby"}))}
    assert events[0].date == "2024-03-12"


def test_a_trip_made_does_not_take_a_leader_named_in_passing():
    text = HOST_NAMED_ELSEWHERE.replace("من المقرر أن يزور", "زار").replace("المقبل", "الماضي")
    assert not extract_events(text, "2024-03-07")


def test_two_leaders_of_the_destination_leave_the_host_unknown():
    text = HOST_NAMED_ELSEWHERE.replace(
        "في العاصمة انجامينا.", "في العاصمة انجامينا بحضور رئيس الوزراء التشادي سيكسيه ماسرا."
    )
    assert not extract_events(text, "2024-03-07")
