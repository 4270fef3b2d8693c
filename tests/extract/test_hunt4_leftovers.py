"""Leftovers of the fourth meetings hunt: a second contact told in a clause of its own after the first
one, its trip's circumstance ("، متوجها إلى ...") after a comma. Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_a_departure_participle_after_a_comma_keeps_the_trip_and_its_meeting_out_of_the_first_meeting():
    text = (
        "استقبل الرئيس التونسي قيس سعيد اليوم رئيس الوزراء الجزائري نذير العرباوي في مطار قرطاج. "
        "وعقد سعيد جلسة محادثات مع ضيفه في المطار، ومن المنتظر أن يغادر العرباوي تونس مساء اليوم، "
        "متوجها إلى روما للقاء رئيسة الوزراء الإيطالية جورجيا ميلوني."
    )
    got = shapes(extract_events(text, "2024-05-02"))
    assert ("meeting", "reported", ("Kais Saied", "Nadir Larbaoui")) in got
    assert ("meeting", "planned", ("Giorgia Meloni", "Nadir Larbaoui")) in got
    assert not any(len(people) > 2 for _, _, people in got)


def test_a_surname_that_is_a_country_adjective_under_the_lam_clitic_is_the_person_named_in_full_before():
    text = (
        "وصل رئيس مجلس الوزراء العراقي محمد شياع السوداني صباح اليوم إلى الدوحة في زيارة رسمية. "
        "وأقيمت للسوداني مراسم استقبال رسمية في الديوان الأميري من قبل أمير قطر الشيخ تميم بن حمد آل ثاني."
    )
    got = shapes(extract_events(text, "2024-05-02"))
    assert any(
        kind == "meeting" and "Mohammed Shia al-Sudani" in people and len(people) == 2 for kind, _, people in got
    )


def test_the_same_form_without_the_person_named_in_full_stays_an_adjective():
    text = "وأقيمت للسوداني مراسم استقبال رسمية في الديوان الأميري من قبل أمير قطر الشيخ تميم بن حمد آل ثاني."
    got = shapes(extract_events(text, "2024-05-02"))
    assert not any("Mohammed Shia al-Sudani" in people for _, _, people in got)


def test_a_closing_note_with_a_present_visit_verb_tells_no_visit_that_took_place():
    text = (
        "يتوجه وزير الخارجية التركي هاكان فيدان إلى الرياض الأسبوع المقبل، ومن المنتظر أن يلتقي نظيره "
        "السعودي الأمير فيصل بن فرحان. وتجدر الإشارة إلى أن فيدان يزور المملكة بدعوة من نظيره السعودي."
    )
    got = shapes(extract_events(text, "2024-05-02"))
    assert not any(status == "reported" for _, status, _ in got)


def test_a_closing_note_with_a_past_visit_verb_keeps_its_visit_reported():
    text = "ويذكر أن وزير الخارجية التركي هاكان فيدان زار الرياض الشهر الماضي والتقى الأمير فيصل بن فرحان."
    got = shapes(extract_events(text, "2024-05-02"))
    assert any(status == "reported" for _, status, _ in got)


def test_the_visit_told_before_as_the_subject_of_its_programme_is_no_planned_visit_beside_the_talks():
    text = (
        "وصل الرئيس التركي رجب طيب أردوغان الدوحة، الاثنين، ضمن جولة في المنطقة تشمل الكويت والبحرين. "
        "وكان أمير قطر الشيخ تميم بن حمد آل ثاني في مقدمة مستقبلي أردوغان في المطار. وذكر الديوان الأميري "
        "أنه من المرتقب أن تتضمن الزيارة جلسة مباحثات مع الأمير حول التعاون الاقتصادي."
    )
    got = shapes(extract_events(text, "2024-05-06"))
    assert ("visit", "planned") not in [(kind, status) for kind, status, _ in got]


def test_a_time_counted_from_the_visit_told_before_is_no_second_visit():
    text = (
        "وصل الرئيس الفرنسي إيمانويل ماكرون اليوم إلى واشنطن في زيارة رسمية يلتقي خلالها الرئيس الأمريكي "
        "جو بايدن. أما يوم الخميس، فيشهد افتتاح معرض تجاري بحضور الرئيسين، وقبل الزيارة بأيام، وصف الرئيس "
        "بايدن الزيارة بأنها تاريخية."
    )
    visits = [e for e in extract_events(text, "2024-05-07") if e.type == "visit"]
    assert len(visits) == 1 and not visits[0].background
