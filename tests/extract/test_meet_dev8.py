"""Meeting constructions seen on the eighth development set (issue #11, round MEETP): meetings told
in the plural before the people met, counterparts named one by one after "نظرائه", a chat on the
side of a gathering. Each test states one rule on sentences written for it (never copied text)."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events

# "عقد X لقاءات مع A وB": the plural meeting word tells one meeting with each ---------------------


def test_meetings_in_the_plural_with_a_list_are_one_meeting_with_each():
    text = (
        "عقد الرئيس الفرنسي إيمانويل ماكرون اليوم لقاءات مع المستشار الألماني أولاف شولتس، "
        "ورئيسة الوزراء الإيطالية جورجيا ميلوني، على هامش القمة الأوروبية في بروكسل."
    )
    got = shapes(extract_events(text, "2023-06-29"))
    assert ("meeting", "reported", ("Emmanuel Macron", "Olaf Scholz")) in got
    assert ("meeting", "reported", ("Emmanuel Macron", "Giorgia Meloni")) in got
    assert all(len(people) == 2 for _, _, people in got)


def test_one_meeting_word_with_a_list_stays_one_meeting_of_them_all():
    text = (
        "عقد الرئيس الفرنسي إيمانويل ماكرون اليوم لقاء مع المستشار الألماني أولاف شولتس "
        "ورئيسة الوزراء الإيطالية جورجيا ميلوني في بروكسل."
    )
    got = shapes(extract_events(text, "2023-06-29"))
    assert got == [("meeting", "reported", ("Emmanuel Macron", "Giorgia Meloni", "Olaf Scholz"))]


# "مع نظرائه الصيني X والإيراني Y": counterparts named one by one are the subject's own meetings ----


def test_plural_counterparts_named_by_nationality_are_met_one_by_one():
    text = (
        "وعلى هامش قمة دوشنبه، عقد الرئيس التركي رجب طيب أردوغان أمس اجتماعات ثنائية مع نظرائه الإيراني "
        "حسن روحاني، والصيني شي جين بينغ."
    )
    got = shapes(extract_events(text, "2019-06-16"))
    assert ("meeting", "reported", ("Hassan Rouhani", "Recep Tayyip Erdoğan")) in got
    assert ("meeting", "reported", ("Recep Tayyip Erdoğan", "Xi Jinping")) in got


def test_plural_counterparts_left_unnamed_are_still_a_gathering_of_many():
    text = (
        "عقد وزير الخارجية السعودي فيصل بن فرحان ووزير الخارجية المصري سامح شكري اجتماعا "
        "تشاوريا مع نظرائهما العرب في القاهرة اليوم."
    )
    assert extract_events(text, "2023-03-06") == []


# "تبادل X أطراف الحديث مع A، ومع B": a chat with each one at a gathering -------------------------


def test_a_chat_with_several_leaders_is_a_brief_meeting_with_each():
    text = (
        "وعلى هامش حفل العشاء، تبادل الرئيس التركي رجب طيب أردوغان أطراف الحديث مع الرئيس "
        "الصربي ألكسندر فوتشيتش، ومع رئيس الوزراء اللبناني سعد الحريري."
    )
    got = shapes(extract_events(text, "2018-11-10"))
    assert ("meeting", "reported", ("Aleksandar Vučić", "Recep Tayyip Erdoğan")) in got
    assert ("meeting", "reported", ("Recep Tayyip Erdoğan", "Saad Hariri")) in got
    assert len(got) == 2


def test_friendly_talk_inside_a_reception_is_no_contact_of_its_own():
    text = (
        "استقبل أمير قطر الشيخ تميم بن حمد آل ثاني اليوم الرئيس الرواندي بول كاغامي في الدوحة. "
        "وجرى خلال الاستقبال تبادل الأحاديث الودية."
    )
    got = shapes(extract_events(text, "2023-04-12"))
    assert got == [("meeting", "reported", ("Paul Kagame", "Tamim bin Hamad Al Thani"))]
