"""People at a contact who are no parties of it (rasd.extract.attendees): those present at a
reception, ministers travelling with their leader, a leader's own people, a successor beside the
incumbent; and attendees who are parties (a third country's leader). Each test states one rule on
sentences written for it (never copied text)."""

from __future__ import annotations

from extract_helpers import party_lists, people, shapes

from rasd.extract import extract_events

# "كما حضر حفل الاستقبال A وB": the guests attended the reception told before, with its host, together ------


def test_guests_attending_a_reception_told_before_join_its_host_in_one_meeting():
    host = "أقام رئيس الوزراء الياباني فوميو كيشيدا مساء الأحد في طوكيو حفل استقبال لقادة الدول المشاركة في القمة.\n"
    also = "وحضره رئيس الوزراء الكندي جاستن ترودو، ورئيس الوزراء الهندي ناريندرا مودي.\n"
    guests = (
        "كما حضر حفل الاستقبال الرئيس الفرنسي إيمانويل ماكرون، والمستشار الألماني أولاف شولتس، "
        "ورئيسة الوزراء الإيطالية جورجيا ميلوني."
    )
    together = ["Emmanuel Macron", "Fumio Kishida", "Giorgia Meloni", "Olaf Scholz"]
    assert party_lists(host + also + guests, "2023-05-21") == [together]
    one_sentence = host.replace(".\n", "، ") + also
    assert party_lists(one_sentence + guests, "2023-05-21") == [sorted(together + ["Justin Trudeau", "Narendra Modi"])]


def test_own_minister_attending_a_meeting_with_no_leader_guest_makes_no_contact():
    text = (
        "استقبل الرئيس التونسي قيس سعيد يوم الخميس في قرطاج وفدا من رجال الأعمال الإيطاليين.\n"
        "وحضر اللقاء وزير الخارجية التونسي عثمان الجرندي."
    )
    assert party_lists(text, "2021-06-10") == []


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


# Who else was at a contact: a foreign minister named with his own leader comes with him and is no
# side of his own; a sentence of attendance after a reported meeting ("كما حضر اللقاء Z") adds a third
# country's leader to it, while the parties' own people only attend.


def test_a_guest_and_his_own_foreign_minister_make_one_meeting():
    for text in (
        "استقبل رئيس الوزراء الهندي ناريندرا مودي صباح اليوم في نيودلهي الرئيس الإندونيسي برابوو "
        "سوبيانتو ووزير خارجيته سوجيونو.",
        "اجتمع الرئيس الروسي فلاديمير بوتين اليوم في الكرملين بالرئيس الإيراني مسعود بزشكيان ووزير "
        "الخارجية الإيراني عباس عراقجي.",
    ):
        events = extract_events(text, "2025-03-02")
        assert len(events) == 1, text
        assert len(events[0].participants) == 2, text


def test_a_host_and_his_own_foreign_minister_receiving_a_guest_make_one_meeting():
    text = (
        "استقبل الرئيس التركي رجب طيب أردوغان ووزير خارجيته هاكان فيدان مساء أمس في أنقرة الرئيس الفلسطيني محمود عباس."
    )
    assert shapes(extract_events(text, "2025-03-02")) == [
        ("meeting", "reported", ("Mahmoud Abbas", "Recep Tayyip Erdoğan"))
    ]


def test_a_foreign_minister_of_another_country_beside_a_leader_is_still_a_party():
    text = (
        "التقى العاهل الأردني الملك عبد الله الثاني اليوم في عمان الرئيس الفلسطيني محمود عباس ووزير "
        "الخارجية الأمريكي أنتوني بلينكن."
    )
    # one subject and a list of two: a meeting with each (callers.told_separate); the minister is a party
    got = sorted(sorted(p.name_en for p in e.participants) for e in extract_events(text, "2023-01-10"))
    assert got == [["Abdullah II of Jordan", "Antony Blinken"], ["Abdullah II of Jordan", "Mahmoud Abbas"]]


def test_a_third_countrys_leader_who_attended_the_meeting_is_one_more_party():
    for text in (
        "عقد رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس اليوم في أثينا لقاء مع الرئيس المصري عبد الفتاح "
        "السيسي. كما حضر اللقاء الرئيس القبرصي نيكوس خريستودوليدس.",
        "عقد رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس اليوم في أثينا لقاء مع الرئيس المصري عبد الفتاح "
        "السيسي. وشارك في الاجتماع الرئيس القبرصي نيكوس خريستودوليدس.",
    ):
        assert shapes(extract_events(text, "2023-11-20")) == [
            ("meeting", "reported", ("Abdel Fattah el-Sisi", "Kyriakos Mitsotakis", "Nikos Christodoulides"))
        ], text


def test_the_parties_own_people_who_attended_the_meeting_make_no_contact_of_their_own():
    text = (
        "استقبل الرئيس الجزائري عبد المجيد تبون اليوم في الجزائر العاصمة الرئيس التونسي قيس سعيد. وحضر "
        "اللقاء الوزير الأول الجزائري نذير العرباوي ووزير الخارجية التونسي محمد علي النفطي."
    )
    assert shapes(extract_events(text, "2024-05-14")) == [
        ("meeting", "reported", ("Abdelmadjid Tebboune", "Kais Saied"))
    ]


def test_home_of_an_international_office_held_beside_a_country_office():
    """The body's office counts even when a country office comes first (was "org:None")."""
    import datetime as dt
    import types

    from rasd.extract.attendees import home_of
    from rasd.extract.refdata import reference_data
    from rasd.records import Participant

    ref = reference_data()
    day = dt.date(2025, 3, 13)  # Djibouti's foreign minister and already chair of the AU Commission
    assert {(o.org, o.country) for o in ref.people["dj-mahmoud-ali-youssouf"].offices_on(day)} == {
        (None, "DJ"),
        ("AU", None),
    }
    a = types.SimpleNamespace(ref=ref)
    p = Participant("dj-mahmoud-ali-youssouf", None, None, "DJ", "محمود علي يوسف")
    assert home_of(a, p, day) == "org:AU"  # type: ignore[arg-type]


# People attending a contact or travelling with a party are no parties --------------------------------


def test_people_present_at_a_reception_are_no_parties():
    text = (
        "استقبل ملك البحرين حمد بن عيسى آل خليفة صباح اليوم في قصر الصخير الرئيس القبرصي نيكوس "
        "خريستودوليدس، بحضور ولي العهد رئيس مجلس الوزراء الأمير سلمان بن حمد آل خليفة ووزير الخارجية "
        "عبد اللطيف الزياني."
    )
    assert shapes(extract_events(text, "2024-05-14")) == [
        ("meeting", "reported", ("Hamad bin Isa Al Khalifa", "Nikos Christodoulides"))
    ]


def test_a_minister_who_went_with_the_visitor_is_no_party_of_the_meeting():
    for text in (
        "اجتمع الرئيس الصيني شي جين بينغ اليوم في بكين بالرئيس البرازيلي لولا دا سيلفا، ورافق لولا خلال "
        "الاجتماع وزير خارجيته ماورو فييرا.",
        "اجتمع الرئيس الصيني شي جين بينغ اليوم في بكين بالرئيس البرازيلي لولا دا سيلفا يرافقه وزير "
        "الخارجية ماورو فييرا.",
    ):
        assert shapes(extract_events(text, "2024-05-14")) == [
            ("meeting", "reported", ("Luiz Inácio Lula da Silva", "Xi Jinping"))
        ], text


def test_a_head_of_government_attending_his_emirs_meeting_is_no_party():
    text = (
        "عقد الرئيس الفرنسي إيمانويل ماكرون اليوم في الإليزيه لقاء مع أمير قطر الشيخ تميم بن حمد آل ثاني "
        "حضره رئيس مجلس الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني."
    )
    (event,) = extract_events(text, "2024-05-14")
    assert people(event) == ["Emmanuel Macron", "Tamim bin Hamad Al Thani"]


def test_a_three_way_meeting_named_before_the_attendance_cue_stays_whole():
    text = (
        "عقد الرئيس المصري عبد الفتاح السيسي والملك عبد الله الثاني والرئيس الفلسطيني محمود عباس اجتماعا "
        "ثلاثيا في العقبة اليوم بحضور رؤساء الوفود."
    )
    (event,) = extract_events(text, "2024-05-14")
    assert people(event) == ["Abdel Fattah el-Sisi", "Abdullah II of Jordan", "Mahmoud Abbas"]


def test_a_minister_travelling_with_his_leader_named_before_the_meeting_word_is_no_party():
    # the company phrase stands before the contact word: the minister is no party, his leader is
    for text in (
        "وسيكون رئيس الحكومة الإسباني بيدرو سانشيز في الرحلة مرفوقا بوزير الخارجية خوسيه مانويل ألباريس، "
        "ثم سيلتقي غدا رئيس الحكومة المغربي عزيز أخنوش.",
        "وبرفقة وزير خارجيته خوسيه مانويل ألباريس، التقى رئيس الحكومة الإسباني بيدرو سانشيز اليوم رئيس "
        "الحكومة المغربي عزيز أخنوش.",
    ):
        (event,) = extract_events(text, "2024-02-20")
        assert people(event) == ["Aziz Akhannouch", "Pedro Sánchez"], text


def test_leaders_of_other_countries_travelling_with_a_visitor_stay_parties():
    # a company phrase names leaders of countries no remaining party speaks for: parties of the visit
    text = (
        "يلتقي رئيس الحكومة الإسباني بيدرو سانشيز، برفقة رئيسة الحكومة الإيطالية جورجيا ميلوني، غدا رئيس "
        "الحكومة المغربي عزيز أخنوش."
    )
    (event,) = extract_events(text, "2024-02-20")
    assert people(event) == ["Aziz Akhannouch", "Giorgia Meloni", "Pedro Sánchez"]


def test_a_third_countrys_leader_who_attended_a_summit_is_one_of_its_parties():
    text = (
        "عقد الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله الثاني اليوم قمة افتراضية "
        "حضرها الرئيس الفلسطيني محمود عباس."
    )
    (event,) = extract_events(text, "2024-05-14")
    assert people(event) == ["Abdel Fattah el-Sisi", "Abdullah II of Jordan", "Mahmoud Abbas"]


# A later sentence names the other side of a contact told with one person and an organisation -------------


def test_people_who_chaired_the_meeting_join_the_one_person_it_was_held_with():
    text = (
        "عقدت جامعة الدول العربية اليوم اجتماعا مع وزير الخارجية الروسي سيرغي لافروف في القاهرة. وبحث "
        "الاجتماع الأوضاع في غزة. وترأس الاجتماع وزير الخارجية المصري سامح شكري، وشارك فيه وزيرا خارجية "
        "الأردن أيمن الصفدي والعراق فؤاد حسين."
    )
    assert shapes(extract_events(text, "2023-11-20")) == [
        ("meeting", "reported", ("Ayman Safadi", "Fuad Hussein", "Sameh Shoukry", "Sergey Lavrov"))
    ]


def test_one_attendee_of_a_reception_of_a_delegation_makes_no_contact():
    text = "استقبل الرئيس المصري عبد الفتاح السيسي اليوم وفدا من رجال الأعمال. وحضر اللقاء رئيس الوزراء مصطفى مدبولي."
    assert shapes(extract_events(text, "2023-11-20")) == []


def test_the_hosts_premier_taking_part_in_his_leaders_meeting_is_no_party():
    text = "اجتمع الرئيس المصري عبد الفتاح السيسي صباح اليوم بالعاهل الأردني بمشاركة رئيس الوزراء مصطفى مدبولي."
    assert shapes(extract_events(text, "2023-05-10")) == [
        ("meeting", "reported", ("Abdel Fattah el-Sisi", "Abdullah II of Jordan"))
    ]


def test_a_companion_of_the_trip_is_no_party_of_its_meeting():
    text = (
        "وأفادت الوكالة بأن رئيس الحكومة الإسبانية بيدرو سانشيز سيصل مصحوبا بوزير الخارجية خوسيه مانويل "
        "ألباريس، وسيجتمع برئيس الحكومة المغربية عزيز أخنوش غدا."
    )
    people = [sorted(p.name_en for p in e.participants) for e in extract_events(text, "2024-02-20")]
    assert people == [["Aziz Akhannouch", "Pedro Sánchez"]]


def test_a_foreign_minister_accompanying_his_president_is_no_party_of_the_trip():
    text = (
        "استقبل أمير الكويت الشيخ نواف الأحمد الجابر الصباح اليوم الرئيس التونسي قيس سعيد الذي قدم للتعزية "
        "في رحيل الأمير الراحل.\nورافق رئيس الجمهورية في هذه الزيارة وزير الخارجية عثمان الجرندي."
    )
    assert [people(e) for e in extract_events(text, "2020-10-04")] == [
        ["Kais Saied", "Nawaf Al-Ahmad Al-Jaber Al-Sabah"]
    ]
