"""Meeting constructions of the eighth development set, second round (issue #11, round MEETP2): a
schedule told ahead, the parties a dual subject limits, greetings conveyed from a list, a banquet of
leaders. Each test states one rule on sentences written for it (never copied text)."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events

# "يتضمن جدول أعمال X لقاءات مع A وB": a schedule told in the present is still to come ------------


def test_a_schedule_in_the_present_lists_meetings_to_come():
    text = (
        "وصل الرئيس الفرنسي إيمانويل ماكرون إلى برلين مساء اليوم، ويتضمن برنامج زيارته لقاءات مع "
        "المستشار الألماني أولاف شولتس ورئيس الوزراء الهولندي مارك روته."
    )
    got = shapes(extract_events(text, "2023-02-08"))
    assert ("meeting", "planned", ("Emmanuel Macron", "Olaf Scholz")) in got
    assert ("meeting", "planned", ("Emmanuel Macron", "Mark Rutte")) in got
    assert not any(status == "reported" for _, status, _ in got)


def test_a_schedule_noun_before_its_present_verb_also_tells_meetings_to_come():
    text = (
        "وقالت الرئاسة إن جدول أعمال الرئيس التركي رجب طيب أردوغان في الدوحة يشمل، لقاء مع "
        "أمير قطر الشيخ تميم بن حمد آل ثاني."
    )
    got = shapes(extract_events(text, "2022-12-05"))
    assert got == [("meeting", "planned", ("Recep Tayyip Erdoğan", "Tamim bin Hamad Al Thani"))]


def test_a_schedule_of_the_past_with_kana_keeps_the_meeting_held():
    text = (
        "وكان برنامج زيارة الرئيس الفرنسي إيمانويل ماكرون يتضمن لقاء مع المستشار الألماني "
        "أولاف شولتس، وقد جرى اللقاء أمس في برلين."
    )
    got = shapes(extract_events(text, "2023-02-08"))
    assert ("meeting", "planned", ("Emmanuel Macron", "Olaf Scholz")) not in got


# "نقل تحيات الملك A، وولي العهد B": every name on the list greeted from is no party ----------------


def test_greetings_conveyed_from_a_list_of_leaders_make_none_of_them_a_party():
    text = (
        "استقبل أمير دولة الكويت الشيخ مشعل الأحمد الجابر الصباح اليوم في قصر بيان مبعوثا سعوديا، "
        "نقل المبعوث إليه تحيات الملك سلمان بن عبدالعزيز، وولي العهد الأمير محمد بن سلمان."
    )
    assert extract_events(text, "2025-12-15") == []


def test_a_leader_listed_after_a_greeted_one_but_met_in_person_stays_a_party():
    text = (
        "استقبل أمير دولة الكويت الشيخ مشعل الأحمد الجابر الصباح اليوم ولي العهد السعودي الأمير محمد "
        "بن سلمان، الذي نقل إليه تحيات الملك سلمان بن عبدالعزيز."
    )
    got = shapes(extract_events(text, "2025-12-15"))
    assert got == [("meeting", "reported", ("Mishal Al-Ahmad Al-Jaber Al-Sabah", "Mohammed bin Salman Al Saud"))]


# "عقد الرئيسان A وB لقاء ... بعد أن فشل وزيرا خارجية البلدين C وD": the dual subject's meeting ---


def test_a_dual_subject_meeting_leaves_out_the_people_of_a_later_clause():
    text = (
        "عقد الرئيسان الفرنسي إيمانويل ماكرون والروسي فلاديمير بوتين اجتماعا مطولا اليوم في باريس، "
        "وذلك بعد أن أخفق وزيرا خارجية البلدين جان إيف لودريان وسيرغي لافروف في تقريب المواقف أمس."
    )
    got = shapes(extract_events(text, "2019-08-19"))
    assert ("meeting", "reported", ("Emmanuel Macron", "Vladimir Putin")) in got
    assert not any("Sergey Lavrov" in people and "Emmanuel Macron" in people for _, _, people in got)


def test_a_meeting_without_a_dual_subject_keeps_those_named_after_its_word():
    text = (
        "استقبل الرئيس الفرنسي إيمانويل ماكرون اليوم في باريس الرئيس الروسي فلاديمير بوتين، "
        "بعد أن وصل إلى العاصمة الفرنسية صباحا."
    )
    got = shapes(extract_events(text, "2019-08-19"))
    assert ("meeting", "reported", ("Emmanuel Macron", "Vladimir Putin")) in got
