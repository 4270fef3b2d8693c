"""Contacts told in passing (issue 11, ACC9): talks on the side of a gathering, a message carried
during a call, earlier contacts. Each test states one general rule on sentences written for it."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events

# Talks "on the side of" a gathering, with a talks verb and no contact noun: a meeting ------------


def test_talks_with_a_leader_on_the_side_of_a_summit_are_a_meeting():
    text = "بحث الرئيس التركي رجب طيب أردوغان مع الرئيس الروسي فلاديمير بوتين اليوم على هامش القمة في سمرقند العلاقات الثنائية."
    assert shapes(extract_events(text, "2022-09-16")) == [
        ("meeting", "reported", ("Recep Tayyip Erdoğan", "Vladimir Putin"))
    ]


def test_speaking_with_a_leader_on_the_side_of_a_forum_is_a_meeting_not_a_call():
    text = "تحدث الرئيس الفرنسي إيمانويل ماكرون مع الرئيس الأمريكي جو بايدن على هامش قمة مجموعة السبع اليوم."
    assert shapes(extract_events(text, "2022-06-27")) == [("meeting", "reported", ("Emmanuel Macron", "Joe Biden"))]


def test_a_talks_verb_without_a_gathering_tells_no_contact():
    text = "بحث الرئيس التركي رجب طيب أردوغان مع الرئيس الروسي فلاديمير بوتين اليوم العلاقات الثنائية."
    assert extract_events(text, "2022-09-16") == []


def test_a_talks_verb_on_the_side_of_a_summit_without_with_tells_no_contact():
    text = "بحث الرئيس التركي رجب طيب أردوغان على هامش القمة اليوم ملف الطاقة في كلمة أمام القادة."
    assert extract_events(text, "2022-09-16") == []


# A message carried during a call: the call, and the message from its sender to the receiver ----


def test_a_message_carried_during_a_received_call_goes_to_the_receiver():
    text = (
        "تلقى الرئيس السوري بشار الأسد اليوم اتصالا هاتفيا من وزير الخارجية الإماراتي عبد الله بن زايد "
        "نقل خلاله رسالة من الشيخ محمد بن زايد."
    )
    assert shapes(extract_events(text, "2022-04-17")) == [
        ("message", "reported", ("Bashar al-Assad", "Mohamed bin Zayed Al Nahyan")),
        ("phone_call", "reported", ("Abdullah bin Zayed Al Nahyan", "Bashar al-Assad")),
    ]


def test_a_message_carried_during_a_placed_call_goes_to_the_one_called():
    text = (
        "أجرى وزير الخارجية الإماراتي عبد الله بن زايد اليوم اتصالا هاتفيا بالرئيس السوري بشار الأسد "
        "سلمه خلاله رسالة من الشيخ محمد بن زايد."
    )
    assert shapes(extract_events(text, "2022-04-17")) == [
        ("message", "reported", ("Bashar al-Assad", "Mohamed bin Zayed Al Nahyan")),
        ("phone_call", "reported", ("Abdullah bin Zayed Al Nahyan", "Bashar al-Assad")),
    ]


def test_a_message_told_before_and_discussed_in_a_call_is_no_new_message():
    text = (
        "تلقى الرئيس السوري بشار الأسد اليوم اتصالا هاتفيا من وزير الخارجية الإماراتي عبد الله بن زايد "
        "بحثا خلاله الرسالة التي بعثها الشيخ محمد بن زايد."
    )
    assert shapes(extract_events(text, "2022-04-17")) == [
        ("phone_call", "reported", ("Abdullah bin Zayed Al Nahyan", "Bashar al-Assad")),
    ]


# Earlier contacts told in passing ----------------------------------------------------------------


def test_a_month_named_for_the_pairs_earlier_meeting_does_not_make_todays_call_background():
    text = (
        "بحث الرئيس الفرنسي إيمانويل ماكرون هاتفيا اليوم مع الرئيس الأمريكي جو بايدن الملف الأوكراني، "
        "واستعرضا ما اتفقا عليه خلال لقائهما في روما الشهر الماضي."
    )
    events = {e.type: e for e in extract_events(text, "2021-11-20")}
    assert events["phone_call"].background is False
    assert events["meeting"].background is True


def test_a_summit_told_in_a_relative_clause_is_a_meeting_of_the_subject_not_a_call():
    text = (
        "أطلع الرئيس التركي رجب طيب أردوغان المستشارة الألمانية أنغيلا ميركل في اتصال هاتفي اليوم على نتائج "
        "القمة الثلاثية التي جمعته بنظيريه الروسي فلاديمير بوتين والإيراني حسن روحاني في سوتشي قبل أيام."
    )
    assert [s for s in shapes(extract_events(text, "2017-11-30")) if s[0] == "phone_call"] == [
        ("phone_call", "reported", ("Angela Merkel", "Recep Tayyip Erdoğan"))
    ]


def test_the_summit_that_brought_the_subject_together_with_two_peers_leaves_out_the_one_briefed():
    text = (
        "وأطلع الرئيس التركي رجب طيب أردوغان المستشارة الألمانية أنغيلا ميركل على تفاصيل القمة الثلاثية "
        "التي جمعته بنظيريه الروسي فلاديمير بوتين والإيراني حسن روحاني في سوتشي في 22 نوفمبر."
    )
    events = extract_events(text, "2017-11-30")
    assert shapes(events) == [("meeting", "reported", ("Hassan Rouhani", "Recep Tayyip Erdoğan", "Vladimir Putin"))]
    assert events[0].date == "2017-11-22"


def test_contacts_told_in_a_relative_clause_are_the_described_persons():
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي اليوم رئيس مجلس السيادة السوداني عبد الفتاح البرهان، "
        "الذي زار جوبا الاثنين الماضي والتقى برئيسها سلفا كير."
    )
    events = extract_events(text, "2023-09-07")
    meetings = {tuple(sorted(p.name_en or "" for p in e.participants)): e for e in events if e.type == "meeting"}
    assert ("Abdel Fattah el-Sisi", "Salva Kiir Mayardit") not in meetings
    earlier = meetings[("Abdel Fattah al-Burhan", "Salva Kiir Mayardit")]
    assert earlier.background is True
    assert earlier.date == "2023-09-04"
    assert meetings[("Abdel Fattah al-Burhan", "Abdel Fattah el-Sisi")].background is False


def test_a_coordinated_contact_without_a_relative_clause_keeps_the_sentences_subject():
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي اليوم رئيس مجلس السيادة السوداني عبد الفتاح البرهان، "
        "والتقى بعد ذلك رئيس جنوب السودان سلفا كير."
    )
    assert ("meeting", "reported", ("Abdel Fattah el-Sisi", "Salva Kiir Mayardit")) in shapes(
        extract_events(text, "2023-09-07")
    )


def test_a_trip_with_a_meeting_told_with_a_pronoun_plans_the_meeting():
    text = "يبدأ الرئيس الفرنسي إيمانويل ماكرون غدا زيارة رسمية إلى الجزائر، وسيلتقي خلالها الرئيس عبد المجيد تبون."
    assert ("meeting", "planned", ("Abdelmadjid Tebboune", "Emmanuel Macron")) in shapes(
        extract_events(text, "2022-08-24")
    )


def test_talks_to_be_held_on_the_side_of_a_summit_are_a_planned_meeting():
    text = "سيبحث الرئيس الفرنسي إيمانويل ماكرون مع الرئيس الأمريكي جو بايدن على هامش قمة العشرين الأسبوع المقبل ملف المناخ."
    assert shapes(extract_events(text, "2021-10-20")) == [("meeting", "planned", ("Emmanuel Macron", "Joe Biden"))]


def test_talks_in_the_bare_present_on_the_side_of_a_summit_are_not_reported():
    text = "يبحث الرئيس الفرنسي إيمانويل ماكرون اليوم مع الرئيس الأمريكي جو بايدن على هامش قمة العشرين ملف المناخ."
    assert [e for e in extract_events(text, "2021-10-30") if e.status == "reported"] == []
