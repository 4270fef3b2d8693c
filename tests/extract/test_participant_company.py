"""Issue 11 (PEOPLE4): who else was at a contact. A foreign minister named with his own leader
comes with him and is no side of his own; a sentence of attendance after a reported meeting
("كما حضر اللقاء Z") adds a third country's leader to it, while the parties' own people only attend.
Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


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
    (event,) = extract_events(text, "2023-01-10")
    assert {p.name_en for p in event.participants} == {"Abdullah II of Jordan", "Mahmoud Abbas", "Antony Blinken"}


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


# A leader named in the object of a verb of talks, after the partner, is what was talked about ----------


def test_a_leader_whose_proposal_or_terms_were_discussed_is_no_party():
    for text, pair in (
        (
            "ناقش أمير قطر الشيخ تميم بن حمد آل ثاني في اتصال هاتفي اليوم مع الرئيس الأمريكي دونالد ترامب "
            "مقترح الرئيس المصري عبد الفتاح السيسي لوقف الحرب.",
            ("Donald Trump", "Tamim bin Hamad Al Thani"),
        ),
        (
            "تباحث الرئيس التركي رجب طيب أردوغان في اتصال هاتفي اليوم مع الرئيس الأوكراني فولوديمير "
            "زيلينسكي شروط الرئيس الروسي فلاديمير بوتين للتفاوض.",
            ("Recep Tayyip Erdoğan", "Volodymyr Zelensky"),
        ),
        (
            "بحث العاهل الأردني الملك عبد الله الثاني خلال لقائه اليوم مع الرئيس الفرنسي إيمانويل ماكرون "
            "دعوة الرئيس الأمريكي دونالد ترامب إلى نقل سكان غزة.",
            ("Abdullah II of Jordan", "Emmanuel Macron"),
        ),
    ):
        assert [people for _, _, people in shapes(extract_events(text, "2025-03-02"))] == [pair], text


def test_a_leader_listed_with_and_after_the_partner_is_still_a_party():
    text = (
        "بحث الرئيس الفرنسي إيمانويل ماكرون اليوم في اتصال هاتفي مع رئيس الوزراء البريطاني كير ستارمر "
        "والمستشار الألماني فريدريش ميرتس الوضع في أوكرانيا."
    )
    named = {name for _, _, people in shapes(extract_events(text, "2025-03-02")) for name in people}
    assert named == {"Emmanuel Macron", "Keir Starmer", "Friedrich Merz"}


# Guests met one by one: the host is the name alone, whichever side of the list it stands ----------------


def test_a_host_named_after_the_list_of_guests_met_each_of_them():
    for text in (
        "التقى الرئيس الكيني وليام روتو والرئيس الأوغندي يويري موسيفيني اليوم في أديس أبابا رئيس الوزراء "
        "الإثيوبي آبي أحمد، كل على حدة.",
        "التقى رئيس الوزراء الإثيوبي آبي أحمد اليوم في أديس أبابا، كلا على حدة، الرئيس الكيني وليام روتو "
        "والرئيس الأوغندي يويري موسيفيني.",
    ):
        pairs = [people for _, _, people in shapes(extract_events(text, "2024-02-16"))]
        assert pairs == [("Abiy Ahmed", "William Ruto"), ("Abiy Ahmed", "Yoweri Museveni")], text
