"""Constructions seen on the twelfth development set (issue #11, round DEVV): an airport reception
line led by the host's head of state, a title right after "المطار،", a trip begun with its talks to
come and the host's reception of the guest told after it. Each test states one rule on sentences
written for it (never copied text)."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events

# "المطار، ملك البحرين": a comma ends the place noun's phrase; the title after it is a person -----------


def test_a_title_after_the_airport_and_a_comma_is_a_person():
    text = "وصل الرئيس المصري عبد الفتاح السيسي اليوم إلى الدوحة، وكان في استقباله على أرض المطار، أمير قطر."
    got = shapes(extract_events(text, "2022-06-20"))
    assert [(t, s, sorted(p)) for t, s, p in got] == [
        ("meeting", "reported", ["Abdel Fattah el-Sisi", "Tamim bin Hamad Al Thani"])
    ]


def test_an_airport_named_after_a_king_is_still_a_place():
    text = "وصل سلطان عمان هيثم بن طارق اليوم إلى مطار الملك خالد الدولي في زيارة خاصة."
    got = shapes(extract_events(text, "2022-06-20"))
    assert all("Salman bin Abdulaziz Al Saud" not in people for _, _, people in got)


# "على رأس مستقبليه الملك X وولي العهد Y ورئيس الوزراء Z": the head of state receives, his people line up -


def test_a_reception_line_led_by_the_king_is_his_meeting_alone():
    text = (
        "وصل الرئيس الفرنسي إيمانويل ماكرون اليوم إلى عمان، وكان على رأس مستقبليه في المطار "
        "العاهل الأردني الملك عبد الله الثاني وولي العهد الأمير الحسين بن عبد الله ورئيس الوزراء بشر الخصاونة."
    )
    got = shapes(extract_events(text, "2022-09-05"))
    assert got == [("meeting", "reported", ("Abdullah II of Jordan", "Emmanuel Macron"))]


def test_a_reception_line_without_its_head_of_state_is_the_receivers_contact():
    text = (
        "وصل الرئيس الفرنسي إيمانويل ماكرون اليوم إلى عمان، وكان في مقدمة مستقبليه في المطار "
        "ولي العهد الأمير الحسين بن عبد الله الثاني."
    )
    got = shapes(extract_events(text, "2022-09-05"))
    assert len(got) == 1 and "Emmanuel Macron" in got[0][2] and len(got[0][2]) == 2


# "وصل X في زيارة يجري خلالها مباحثات مع Y" then "وكان Y على رأس مستقبليه": held reception, talks to come -


def test_a_reception_after_a_trip_begun_is_a_meeting_beside_the_talks_to_come():
    text = (
        "وصل الرئيس المصري عبد الفتاح السيسي اليوم الأحد إلى المنامة في زيارة رسمية يجري خلالها "
        "مباحثات مع ملك البحرين حمد بن عيسى آل خليفة. "
        "وكان على رأس مستقبلي الرئيس المصري في المطار ملك البحرين."
    )
    got = sorted(shapes(extract_events(text, "2022-06-19")))
    people = ("Abdel Fattah el-Sisi", "Hamad bin Isa Al Khalifa")
    assert [(t, s) for t, s, _ in got] == [("meeting", "planned"), ("meeting", "reported")]
    assert all(sorted(p) == sorted(people) for _, _, p in got)


def test_a_trip_made_for_the_meeting_and_then_the_reception_is_one_meeting():
    text = (
        "وصل الرئيس المصري عبد الفتاح السيسي اليوم إلى القصر للقاء ملك البحرين حمد بن عيسى آل خليفة. "
        "وكان ملك البحرين في استقباله."
    )
    got = shapes(extract_events(text, "2022-06-19"))
    assert [(t, s) for t, s, _ in got] == [("meeting", "reported")]


# "كما كان في استقبال X أيضا: ولي العهد Y": the head of state's people at the reception told before --------


def test_an_also_reception_line_after_the_kings_reception_adds_no_contact():
    text = (
        "استقبل العاهل الأردني الملك عبد الله الثاني اليوم في قصر الحسينية الرئيس الفرنسي إيمانويل ماكرون. "
        "كما كان في استقبال ماكرون أيضا: ولي العهد الأمير الحسين بن عبد الله ورئيس الوزراء بشر الخصاونة."
    )
    got = shapes(extract_events(text, "2022-09-05"))
    assert [(t, s, sorted(p)) for t, s, p in got] == [
        ("meeting", "reported", ["Abdullah II of Jordan", "Emmanuel Macron"])
    ]


# "وكان X قد وصل اليوم في زيارة يعقد خلالها لقاء مع Y" after their reception: the talks still to come ---


def test_talks_to_come_on_a_trip_told_after_the_reception_stay_planned():
    text = (
        "استقبل العاهل الأردني الملك عبد الله الثاني اليوم في قصر الحسينية الرئيس الفرنسي إيمانويل ماكرون. "
        "وكان ماكرون قد وصل صباح اليوم إلى عمان في زيارة تستمر يومين يعقد خلالها لقاء قمة مع العاهل الأردني."
    )
    got = sorted(shapes(extract_events(text, "2022-09-05")))
    assert [(t, s) for t, s, _ in got] == [("meeting", "planned"), ("meeting", "reported")]


# "تلقى Z رسائل من القادة" then "وأعرب A وB في رسالتين عن ...": one message each to Z, none between A and B --


def test_two_senders_of_a_dual_message_write_each_to_the_receiver_told_before():
    text = (
        "تلقى العاهل الأردني الملك عبد الله الثاني اليوم رسائل تهنئة من قادة الدول الصديقة. "
        "وأعرب الرئيس الفرنسي إيمانويل ماكرون، والمستشار الألماني أولاف شولتس في رسالتين عن أطيب تمنياتهما."
    )
    got = sorted((t, s, tuple(sorted(p))) for t, s, p in shapes(extract_events(text, "2022-06-09")))
    assert got == [
        ("message", "reported", ("Abdullah II of Jordan", "Emmanuel Macron")),
        ("message", "reported", ("Abdullah II of Jordan", "Olaf Scholz")),
    ]


def test_the_dual_with_the_senders_pronoun_is_a_message_word():
    text = (
        "أعرب الرئيس الفرنسي إيمانويل ماكرون، والمستشار الألماني أولاف شولتس في رسالتيهما "
        "للعاهل الأردني الملك عبد الله الثاني عن أطيب تمنياتهما."
    )
    got = sorted((t, s, tuple(sorted(p))) for t, s, p in shapes(extract_events(text, "2022-06-09")))
    assert got == [
        ("message", "reported", ("Abdullah II of Jordan", "Emmanuel Macron")),
        ("message", "reported", ("Abdullah II of Jordan", "Olaf Scholz")),
    ]
