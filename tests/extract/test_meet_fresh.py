"""Meetings and names on fresh outlets (issue #11, round MEET2): receptions told with "في استقباله",
a country's "leaders" who are named in the article, a one-word name inside another person's name.
Each test states one rule on sentences written for it (never copied text)."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events

# "وكان X في استقباله": X received the visitor, a meeting, not more of a contact told before ----------


def test_a_host_who_was_at_the_visitors_reception_met_the_visitor():
    text = (
        "توجه الرئيس الكيني وليام روتو اليوم إلى كمبالا في زيارة رسمية تلبية لدعوة من الرئيس الأوغندي "
        "يويري موسيفيني. وكان في استقباله بالمطار الرئيس الأوغندي يويري موسيفيني وعدد من الوزراء."
    )
    got = shapes(extract_events(text, "2023-05-10"))
    assert ("meeting", "reported", ("William Ruto", "Yoweri Museveni")) in got
    assert not any(kind == "visit" for kind, _, _ in got)


def test_during_his_meeting_still_points_back_at_the_contact_told_before():
    text = (
        "التقى الرئيس الكيني وليام روتو اليوم الرئيس الأوغندي يويري موسيفيني في كمبالا. "
        "وخلال لقائه، نقل روتو تحيات رئيس الوزراء الإثيوبي آبي أحمد."
    )
    assert shapes(extract_events(text, "2023-05-10")) == [
        ("meeting", "reported", ("William Ruto", "Yoweri Museveni")),
    ]


# "قادة مصر والسعودية": a country's leader is the one leader of it the article names ------------------


def test_a_countrys_leader_in_a_list_is_its_crown_prince_named_in_the_article():
    text = (
        "عقد قادة مصر والسعودية والأردن اجتماعا غير رسمي في الرياض اليوم لبحث الأوضاع في غزة. "
        "وترأس ولي العهد السعودي الأمير محمد بن سلمان الاجتماع بحضور الرئيس المصري عبد الفتاح السيسي "
        "والعاهل الأردني الملك عبد الله الثاني."
    )
    got = shapes(extract_events(text, "2025-02-21"))
    assert got, got
    assert all("Salman bin Abdulaziz Al Saud" not in people for _, _, people in got)
    assert any("Mohammed bin Salman Al Saud" in people for _, _, people in got)


# "ماكي صال، رئيس جمهورية السنغال": a one-word name that starts another person's name ---------------


def test_a_one_word_name_before_another_name_and_a_foreign_title_is_the_titles_holder():
    text = (
        "بعث الرئيس الموريتاني محمد ولد الشيخ الغزواني اليوم برقية تهنئة إلى ماكي صالح، رئيس جمهورية "
        "السنغال، بمناسبة عيد الاستقلال."
    )
    got = shapes(extract_events(text, "2022-04-04"))
    assert got == [("message", "reported", ("Macky Sall", "Mohamed Ould Ghazouani"))]


# "بعد انتخاب X رئيسا": the president-elect beside the incumbent of the same office is talked about ----


def test_an_elected_successor_named_beside_the_incumbent_is_no_party():
    text = (
        "أكد الرئيس الأمريكي باراك أوباما خلال لقائه اليوم في العاصمة البيروفية مع الرئيس الصيني شي جين بينغ "
        "أن التعاون بين البلدين سيستمر بعد انتخاب دونالد ترامب رئيسا."
    )
    assert shapes(extract_events(text, "2016-11-19")) == [
        ("meeting", "reported", ("Barack Obama", "Xi Jinping")),
    ]


def test_a_president_elect_met_alone_is_still_a_party():
    text = "التقى رئيس الوزراء الياباني شينزو آبي اليوم في نيويورك الرئيس الأمريكي المنتخب دونالد ترامب."
    assert shapes(extract_events(text, "2016-11-17")) == [
        ("meeting", "reported", ("Donald Trump", "Shinzo Abe")),
    ]


# "استقبل الرئيس X Y البرهان": a one-word name after another person's full name is the object ----------


def test_a_surname_named_in_full_before_is_the_object_after_the_hosts_full_name():
    text = (
        "توجه رئيس مجلس السيادة السوداني عبد الفتاح البرهان صباح اليوم إلى جوبا. "
        "واستقبل الرئيس سلفاكير ميارديت البرهان بقصر الرئاسة وبحثا ملف الحدود."
    )
    got = shapes(extract_events(text, "2024-09-16"))
    assert ("meeting", "reported", ("Abdel Fattah al-Burhan", "Salva Kiir Mayardit")) in got


# A head of state named "in the presence of" at their own premier's reception receives the guest too --


def test_a_head_of_state_present_at_a_reception_with_the_premier_is_a_party():
    text = (
        "استقبل رئيس الوزراء الهندي ناريندرا مودي اليوم في نيودلهي ولي العهد السعودي الأمير محمد بن سلمان "
        "بحضور الرئيسة الهندية دروبادي مورمو."
    )
    got = shapes(extract_events(text, "2023-09-11"))
    assert any("Droupadi Murmu" in people and "Mohammed bin Salman Al Saud" in people for _, _, people in got), got


def test_a_crown_prince_present_at_the_kings_reception_only_attends():
    text = (
        "استقبل العاهل الأردني الملك عبد الله الثاني اليوم في عمان الرئيس الفرنسي إيمانويل ماكرون "
        "بحضور ولي العهد الأمير الحسين بن عبد الله الثاني."
    )
    assert shapes(extract_events(text, "2023-09-11")) == [
        ("meeting", "reported", ("Abdullah II of Jordan", "Emmanuel Macron")),
    ]


# A meal given in honour of a visiting leader ("مأدبة عشاء على شرف") is a meeting of host and guest ---


def test_a_dinner_in_honour_of_a_visiting_king_is_a_meeting():
    text = "أقام الرئيس الفرنسي إيمانويل ماكرون مساء اليوم مأدبة عشاء على شرف العاهل الأردني الملك عبد الله الثاني."
    assert shapes(extract_events(text, "2024-03-10")) == [
        ("meeting", "reported", ("Abdullah II of Jordan", "Emmanuel Macron")),
    ]


# "الممثلة الخاصة للأمين العام": a feminine rank after an envoy's title keeps the office someone else's --


def test_the_secretary_generals_special_representative_is_not_the_secretary_general():
    text = (
        "استقبل رئيس الوزراء العراقي مصطفى الكاظمي اليوم الممثلة الخاصة للأمين العام للأمم المتحدة "
        "في العراق جينين بلاسخارت وبحث معها الأوضاع."
    )
    assert shapes(extract_events(text, "2022-01-13")) == []


# "كان الأمير X في مقدمة المستقبلين": the host at the head of those who received the visitor ---------


def test_a_host_at_the_head_of_the_receiving_party_met_the_visitor():
    text = (
        "وصل السلطان هيثم بن طارق اليوم إلى الدوحة في زيارة دولة. وكان أمير دولة قطر الشيخ تميم بن حمد "
        "آل ثاني في مقدمة المستقبلين عند سلم الطائرة."
    )
    got = shapes(extract_events(text, "2021-11-22"))
    assert ("meeting", "reported", ("Haitham bin Tariq", "Tamim bin Hamad Al Thani")) in got


# "يلتقيان خلال القمة المقررة في 21 مايو": a contact held during a scheduled happening takes its day --


def test_a_meeting_planned_during_a_scheduled_summit_takes_the_summits_day():
    text = (
        "تلقى الرئيس المصري عبد الفتاح السيسي اليوم اتصالا هاتفيا من الرئيس الأمريكي جو بايدن. "
        "وأعرب بايدن عن تطلعه إلى لقاء الرئيس السيسي خلال القمة الإقليمية المقرر عقدها في جدة في 16 يوليو."
    )
    events = [e for e in extract_events(text, "2022-07-01") if e.type == "meeting"]
    assert [(e.status, e.date, e.date_basis) for e in events] == [("planned", "2022-07-16", "explicit")]


def test_a_call_about_preparing_a_scheduled_summit_keeps_its_own_day():
    text = (
        "بحث الرئيس الأمريكي جو بايدن في اتصال هاتفي اليوم مع الرئيس المصري عبد الفتاح السيسي التحضير "
        "للقمة الإقليمية المقررة في 16 يوليو."
    )
    events = extract_events(text, "2022-07-01")
    assert [(e.type, e.date) for e in events] == [("phone_call", "2022-07-01")]


# "بمطار الملك خالد": a title inside the name of a place named after a ruler is no mention ------------


def test_a_kings_title_in_an_airports_name_is_nobody():
    text = (
        "وصل الرئيس السوداني عمر البشير اليوم إلى السعودية. واستقبله في مطار الملك خالد الدولي ولي العهد "
        "الأمير محمد بن سلمان."
    )
    got = shapes(extract_events(text, "2019-03-10"))
    assert all("Salman bin Abdulaziz Al Saud" not in people for _, _, people in got), got
    assert ("meeting", "reported", ("Mohammed bin Salman Al Saud", "Omar al-Bashir")) in got
