"""Meeting constructions of the eighth development set, third round (issue #11, round MEETP3): the
day of a happening a contact is set in ("وخلال المأدبة"), and the day a round of contacts keeps when
the next sentence repeats its verb. Each test states one rule on sentences written for it (never
copied text)."""

from __future__ import annotations

from rasd.extract import extract_events


def _days(text: str, published: str) -> dict[str, tuple[str | None, str]]:
    return {e.participants[1].name_en: (e.date, e.date_basis) for e in extract_events(text, published)}


# "شارك X في مأدبة ... مساء الجمعة" then "وخلال المأدبة، تحدث X مع Y": the banquet's day ------------


def test_a_chat_during_a_banquet_named_before_takes_the_banquets_day():
    text = (
        "حضر رئيس الوزراء الهندي ناريندرا مودي مع عدد من قادة الدول مأدبة عشاء أقامها الرئيس "
        "الأمريكي جو بايدن مساء الجمعة في البيت الأبيض.\n\n"
        "وخلال المأدبة، تبادل مودي أطراف الحديث مع المستشار الألماني أولاف شولتس."
    )
    got = _days(text, "2023-06-25")
    assert got["Olaf Scholz"] == ("2023-06-23", "weekday")


def test_a_banquet_named_again_without_a_day_does_not_hide_the_day_told_first():
    text = (
        "حضر رئيس الوزراء الهندي ناريندرا مودي مع عدد من قادة الدول مأدبة عشاء أقامها الرئيس "
        "الأمريكي جو بايدن مساء الجمعة.\n\n"
        "وأقيمت المأدبة في قاعة كبيرة وسط العاصمة بحضور عدد كبير من المدعوين.\n\n"
        "وخلال المأدبة، تبادل مودي أطراف الحديث مع المستشار الألماني أولاف شولتس."
    )
    got = _days(text, "2023-06-25")
    assert got["Olaf Scholz"] == ("2023-06-23", "weekday")


def test_a_chat_during_a_happening_no_sentence_before_names_keeps_the_publication_day():
    text = (
        "هطلت أمطار غزيرة على العاصمة الأمريكية مساء الجمعة وأغلقت عدة طرق رئيسية.\n\n"
        "وخلال المأدبة، تبادل مودي أطراف الحديث مع المستشار الألماني أولاف شولتس."
    )
    got = _days(text, "2023-06-25")
    assert got["Olaf Scholz"] == ("2023-06-25", "published")


# "وتبادل X الحديث مع Z" right after "تبادل X الحديث مع Y": the same round, the same day ----------------


def test_a_sentence_repeating_the_last_contacts_verb_with_wa_keeps_its_day():
    text = (
        "تبادل الرئيس الفرنسي إيمانويل ماكرون أمس الخميس أطراف الحديث مع المستشار الألماني "
        "أولاف شولتس في بروكسل.\n\n"
        "وتبادل ماكرون الأحاديث مع رئيس الوزراء الإيطالي ماريو دراغي."
    )
    got = _days(text, "2022-06-24")
    assert got["Olaf Scholz"] == ("2022-06-23", "yesterday")
    assert got["Mario Draghi"] == ("2022-06-23", "yesterday")


def test_a_sentence_with_another_verb_after_wa_takes_no_earlier_day():
    text = (
        "تبادل الرئيس الفرنسي إيمانويل ماكرون أمس الخميس أطراف الحديث مع المستشار الألماني "
        "أولاف شولتس في بروكسل.\n\n"
        "والتقى ماكرون رئيس الوزراء الإيطالي ماريو دراغي."
    )
    got = _days(text, "2022-06-24")
    assert got["Mario Draghi"] == ("2022-06-24", "published")


# "عضو المجلس الرئاسي X": a member of a collective head of state is no party; its chairman is one ---


def test_a_member_of_a_collective_presidency_named_as_member_is_no_party():
    text = (
        "التقى الرئيس التركي رجب طيب أردوغان أمس في أنقرة عضو المجلس الرئاسي البوسني بكر عزت بيغوفيتش، "
        "وبحثا العلاقات الثنائية."
    )
    assert extract_events(text, "2016-03-10") == []


def test_the_chairman_of_a_collective_presidency_stays_a_party():
    text = (
        "التقى الرئيس التركي رجب طيب أردوغان أمس في أنقرة رئيس المجلس الرئاسي في البوسنة والهرسك بكر "
        "عزت بيغوفيتش، وبحثا العلاقات الثنائية."
    )
    got = [sorted(p.name_en for p in e.participants) for e in extract_events(text, "2016-03-10")]
    assert got == [["Bakir Izetbegović", "Recep Tayyip Erdoğan"]]


# "اجتمع X صباح اليوم بـ A، ويجتمع لاحقا مع B": the later clause's people are met later (planned) ----


def _statuses(text: str, published: str) -> dict[str, tuple[str, str]]:
    return {e.participants[1].name_en: (e.status, e.date_basis) for e in extract_events(text, published)}


def test_a_present_verb_with_later_after_a_comma_tells_meetings_to_come():
    text = (
        "عقد الرئيس الفرنسي إيمانويل ماكرون في بروكسل لقاءات ثنائية، فقد اجتمع صباح اليوم بالمستشار "
        "الألماني أولاف شولتس، ويجتمع لاحقا مع رئيس الوزراء الإيطالي ماريو دراغي."
    )
    got = _statuses(text, "2022-06-23")
    assert got["Olaf Scholz"] == ("reported", "today")
    assert got["Mario Draghi"] == ("planned", "published")


def test_a_second_past_clause_stays_reported():
    text = (
        "عقد الرئيس الفرنسي إيمانويل ماكرون في بروكسل لقاءات ثنائية، فقد اجتمع صباح اليوم بالمستشار "
        "الألماني أولاف شولتس، واجتمع بعد ذلك مع رئيس الوزراء الإيطالي ماريو دراغي."
    )
    got = _statuses(text, "2022-06-23")
    assert got["Mario Draghi"][0] == "reported"


# "لقاءات ومحادثات ثنائية": plural meetings with bilateral talks, one meeting with each named ----------


def test_meetings_and_bilateral_talks_before_a_list_are_one_meeting_each():
    text = (
        "سبقت القمة لقاءات ومحادثات ثنائية، إذ اجتمع الرئيس الأمريكي جو بايدن اليوم بالرئيس الفرنسي "
        "إيمانويل ماكرون والمستشار الألماني أولاف شولتس."
    )
    got = sorted(tuple(sorted(p.name_en for p in e.participants)) for e in extract_events(text, "2022-06-26"))
    assert got == [("Emmanuel Macron", "Joe Biden"), ("Joe Biden", "Olaf Scholz")]


# "وسيحظى باستقبال الملك X له يوم غد": a reception to come by a named leader, the visitor's meeting ---


def test_a_reception_the_visitor_will_be_given_is_a_meeting_to_come():
    text = (
        "يصل الرئيس الفرنسي إيمانويل ماكرون اليوم الأحد إلى عمان في زيارة رسمية. وسيحظى باستقبال "
        "الملك عبد الله الثاني له يوم غد الاثنين."
    )
    got = [
        (e.type, e.status, e.date, sorted(p.name_en for p in e.participants))
        for e in extract_events(text, "2018-01-14")
    ]
    assert ("meeting", "planned", "2018-01-15", ["Abdullah II of Jordan", "Emmanuel Macron"]) in got


def test_a_reception_the_guest_was_given_stays_reported():
    text = "وحظي الرئيس الفرنسي إيمانويل ماكرون أمس باستقبال الملك عبد الله الثاني في قصر الحسينية."
    got = [(e.type, e.status) for e in extract_events(text, "2018-01-15")]
    assert got == [("meeting", "reported")]


# "تثمينا لزيارة الرئيس X": "ل" after a noun of esteem takes a visit held, no purpose ---------------


def test_a_visit_held_in_esteem_stays_reported():
    text = (
        "احتشد سكان العاصمة السنغالية اليوم لتحية الرئيس ماكي سال وضيفه الرئيس الفرنسي إيمانويل ماكرون، "
        "وذلك تثمينا لزيارة الرئيس الفرنسي."
    )
    got = [(e.type, e.status) for e in extract_events(text, "2018-02-02")]
    assert got == [("visit", "reported")]


def test_a_visit_as_the_purpose_of_a_trip_stays_to_come():
    text = "توجه الرئيس الفرنسي إيمانويل ماكرون اليوم إلى داكار لزيارة الرئيس السنغالي ماكي سال."
    got = [(e.type, e.status) for e in extract_events(text, "2018-02-02")]
    assert ("visit", "planned") in got or ("meeting", "planned") in got


# A plan's contact dated in full months before publication was held then, whatever the plan ----------


def test_a_visit_dated_in_full_months_ago_inside_a_plan_sentence_is_held():
    text = (
        "ومن المقرر أن يعقد مجلس التعاون اجتماعه الأول، وهو المجلس الذي أعيد تشكيله بموجب الإعلان الموقع "
        "خلال زيارة الرئيس التركي رجب طيب أردوغان إلى القاهرة ولقائه الرئيس عبد الفتاح السيسي في 14 فبراير 2024."
    )
    got = [(e.type, e.status, e.date, e.background) for e in extract_events(text, "2024-09-04")]
    assert got and all(status == "reported" and background for _, status, _, background in got)


def test_a_plan_dated_in_full_after_publication_stays_to_come():
    text = "ومن المقرر أن يزور الرئيس التركي رجب طيب أردوغان القاهرة للقاء الرئيس عبد الفتاح السيسي في 14 فبراير 2024."
    got = [(e.status, e.date) for e in extract_events(text, "2024-01-20")]
    assert got and all(status == "planned" for status, _ in got)
