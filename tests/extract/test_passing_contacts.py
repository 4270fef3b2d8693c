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
