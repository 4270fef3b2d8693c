"""Precision on unseen text (issue 11, round 4): classes of language that made false calls.
Each test states one general rule on sentences written for it (never copied text)."""

from __future__ import annotations

from extract_helpers import of_type, people, shapes

from rasd.extract import extract_events

# One government's people are no diplomatic contact ------------------------------------------------


def test_a_minister_handing_over_his_presidents_messages_is_no_party_of_them():
    text = (
        "وصل وزير الخارجية المصري سامح شكري إلى عمان اليوم. "
        "ويقوم شكري بتسليم رسائل من الرئيس عبد الفتاح السيسي إلى قادة الدول التي يزورها."
    )
    assert of_type(text, "2021-05-01", "message") == []


def test_a_foreign_minister_accompanying_his_president_is_no_party_of_the_trip():
    text = (
        "استقبل أمير الكويت الشيخ نواف الأحمد الجابر الصباح اليوم الرئيس التونسي قيس سعيد الذي قدم للتعزية "
        "في رحيل الأمير الراحل.\nورافق رئيس الجمهورية في هذه الزيارة وزير الخارجية عثمان الجرندي."
    )
    assert [people(e) for e in extract_events(text, "2020-10-04")] == [
        ["Kais Saied", "Nawaf Al-Ahmad Al-Jaber Al-Sabah"]
    ]


def test_a_leader_receiving_or_calling_his_own_foreign_minister_is_no_diplomatic_contact():
    received = "استقبل العاهل الأردني الملك عبد الله الثاني اليوم وزير الخارجية أيمن الصفدي واطلع منه على نتائج جولته."
    called = "أجرى الرئيس الأمريكي جو بايدن اتصالا هاتفيا مع وزير خارجيته أنتوني بلينكن لبحث نتائج جولته."
    assert extract_events(received, "2021-12-04") == []
    assert extract_events(called, "2021-12-04") == []


def test_a_foreign_minister_meeting_a_foreign_leader_is_still_a_contact():
    text = "استقبل العاهل الأردني الملك عبد الله الثاني اليوم وزير الخارجية الأمريكي أنتوني بلينكن."
    assert shapes(extract_events(text, "2021-12-04")) == [
        ("meeting", "reported", ("Abdullah II of Jordan", "Antony Blinken"))
    ]


# A contact told with a possessive noun inside another contact's sentence has its own parties ------


def test_a_briefing_on_talks_with_a_third_leader_during_a_call_keeps_the_call_dyadic():
    text = (
        "أطلع وزير الخارجية الأمريكي أنتوني بلينكن نظيره السعودي الأمير فيصل بن فرحان خلال اتصال هاتفي "
        "اليوم على ما انتهت إليه محادثاته مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو."
    )
    assert shapes(extract_events(text, "2024-05-15")) == [
        ("phone_call", "reported", ("Antony Blinken", "Faisal bin Farhan Al Saud"))
    ]


def test_a_leader_putting_a_peer_in_the_picture_of_his_trip_and_talks_calls_only_the_peer():
    text = (
        "وضع الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني في صورة زيارته إلى واشنطن "
        "ومحادثاته مع الرئيس الأمريكي جو بايدن، وذلك خلال اتصال هاتفي جرى بينهما اليوم."
    )
    got = shapes(extract_events(text, "2024-05-15"))
    assert ("phone_call", "reported", ("Abdel Fattah el-Sisi", "Abdullah II of Jordan")) in got
    assert all("Joe Biden" not in p for _, _, p in got)


def test_a_trip_phrase_that_sets_the_meeting_itself_keeps_the_host():
    text = "التقى الرئيس المصري عبد الفتاح السيسي خلال زيارته إلى باريس اليوم الرئيس الفرنسي إيمانويل ماكرون."
    assert shapes(extract_events(text, "2024-05-15")) == [
        ("meeting", "reported", ("Abdel Fattah el-Sisi", "Emmanuel Macron"))
    ]


def test_a_leader_announcing_a_later_call_with_a_third_leader_keeps_the_call_he_held_dyadic():
    text = (
        "قال الرئيس التركي رجب طيب أردوغان إنه ناقش مع نظيره الروسي فلاديمير بوتين في اتصال هاتفي ملف "
        "الممرات البحرية، مضيفا أنه سيتحدث مع الرئيس الأوكراني فولوديمير زيلينسكي خلال الأيام القادمة."
    )
    reported = [e for e in extract_events(text, "2023-03-14") if e.status == "reported"]
    assert shapes(reported) == [("phone_call", "reported", ("Recep Tayyip Erdoğan", "Vladimir Putin"))]


# A host at the head of those receiving a visitor has met him --------------------------------------


def test_a_host_at_the_head_of_the_reception_party_meets_the_visitor():
    same_sentence = (
        "حل رئيس الوزراء الهندي ناريندرا مودي اليوم بأبوظبي في زيارة رسمية تستمر يومين، "
        "وكان رئيس الدولة الشيخ محمد بن زايد آل نهيان على رأس مستقبليه في المطار."
    )
    next_sentence = (
        "حل رئيس الوزراء الهندي ناريندرا مودي اليوم بأبوظبي في زيارة رسمية تستمر يومين.\n"
        "وكان الشيخ محمد بن زايد آل نهيان في مقدمة مستقبلي رئيس الوزراء الهندي في المطار."
    )
    for text in (same_sentence, next_sentence):
        assert shapes(extract_events(text, "2024-02-13")) == [
            ("meeting", "reported", ("Mohamed bin Zayed Al Nahyan", "Narendra Modi"))
        ]


def test_future_as_an_adjective_is_no_reception():
    text = "أكد رئيس الوزراء الهندي ناريندرا مودي اليوم أهمية أي تعاون مستقبلي مع الشيخ محمد بن زايد آل نهيان."
    assert extract_events(text, "2024-02-13") == []


# A contact's non-occurrence ("عدم إجراء/وقوع") is a denial; a statement's day dates no contact told before


def test_the_non_occurrence_of_a_call_is_a_denial():
    text = (
        "أكدت الرئاسة الفرنسية عدم إجراء أي اتصال هاتفي بين الرئيس إيمانويل ماكرون والرئيس الإيراني "
        "حسن روحاني خلال الأسابيع الماضية."
    )
    assert shapes(extract_events(text, "2019-04-11")) == [
        ("phone_call", "denied", ("Emmanuel Macron", "Hassan Rouhani"))
    ]


def test_the_day_of_a_statement_about_the_call_already_told_is_not_the_calls_day():
    text = (
        "زعم الرئيس الأمريكي دونالد ترامب أن الرئيس المكسيكي أندريس مانويل لوبيز أوبرادور اتصل به هاتفيا.\n"
        "وقالت المتحدثة باسم البيت الأبيض الثلاثاء إن عدم وقوع الاتصال لا يعني أن الرئيس لم يبحث الأمر مع نظيره."
    )
    (event,) = extract_events(text, "2019-04-11")
    assert (event.status, event.date, event.date_basis) == ("denied", "2019-04-11", "published")


# Headlines of other stories under "اقرأ أيضا" / "الأكثر قراءة" are no contacts of the article -----


def test_headlines_listed_under_a_read_also_heading_make_no_events():
    text = (
        "أجرى الرئيس الروسي فلاديمير بوتين اليوم اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان "
        "تناولا خلاله الملف السوري.\n"
        "الأكثر قراءة\n"
        "السيسي يتلقى اتصالا هاتفيا من ماكرون\n"
        "الملك سلمان يستقبل رئيس وزراء باكستان\n"
    )
    assert shapes(extract_events(text, "2021-05-13")) == [
        ("phone_call", "reported", ("Recep Tayyip Erdoğan", "Vladimir Putin"))
    ]


def test_the_article_goes_on_after_an_inline_read_also_link():
    text = (
        "أجرى الرئيس الروسي فلاديمير بوتين اليوم اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان.\n"
        "اقرأ أيضا: السيسي يتلقى اتصالا هاتفيا من ماكرون\n"
        "وفي سياق متصل، تلقى الرئيس الروسي اتصالا هاتفيا من رئيس الوزراء الهندي ناريندرا مودي تناول العلاقات.\n"
    )
    assert shapes(extract_events(text, "2021-05-13")) == [
        ("phone_call", "reported", ("Narendra Modi", "Vladimir Putin")),
        ("phone_call", "reported", ("Recep Tayyip Erdoğan", "Vladimir Putin")),
    ]


# Talks held with a visitor are a meeting, not only a visit ----------------------------------------


def test_talks_with_a_leader_who_is_visiting_are_a_meeting():
    text = (
        "ناقش الرئيس المصري عبد الفتاح السيسي مع الرئيس الفلسطيني محمود عباس، الذي يزور القاهرة منذ أمس، "
        "سبل إحياء عملية السلام."
    )
    assert shapes(extract_events(text, "2023-02-08")) == [
        ("meeting", "reported", ("Abdel Fattah el-Sisi", "Mahmoud Abbas"))
    ]


def test_a_visit_where_talks_are_still_to_come_stays_a_visit():
    text = "يزور الرئيس الفلسطيني محمود عباس القاهرة اليوم، ويبحث مع الرئيس المصري عبد الفتاح السيسي سبل السلام."
    assert [e.type for e in extract_events(text, "2023-02-08")] == ["visit"]


def test_a_conversation_held_during_a_visit_is_the_meeting_not_a_call():
    text = (
        "أجرى المستشار الألماني أولاف شولتس اليوم محادثة مطولة مع الرئيس المصري عبد الفتاح السيسي "
        "في إطار زيارة رسمية يقوم بها إلى القاهرة."
    )
    assert shapes(extract_events(text, "2023-06-06")) == [
        ("meeting", "reported", ("Abdel Fattah el-Sisi", "Olaf Scholz"))
    ]


def test_a_conversation_without_a_visit_stays_a_call():
    text = "أجرى المستشار الألماني أولاف شولتس اليوم محادثة مطولة مع الرئيس المصري عبد الفتاح السيسي."
    assert [e.type for e in extract_events(text, "2023-06-06")] == ["phone_call"]


# Relatives of a leader are not the leader; rumours about a contact denied in the same sentence -----


def test_a_leaders_son_in_law_is_not_the_leader():
    text = (
        "استقبل ولي العهد السعودي الأمير محمد بن سلمان اليوم في الرياض رئيس الوزراء الإسرائيلي بنيامين "
        "نتنياهو بحضور صهر الرئيس الأمريكي دونالد ترامب."
    )
    for event in extract_events(text, "2018-06-23"):
        assert "Donald Trump" not in people(event)


def test_rumours_about_a_meeting_that_the_sentence_denies_make_a_denied_meeting():
    text = (
        "ردا على الأنباء المتداولة بشأن لقاء سري جمع ولي العهد السعودي الأمير محمد بن سلمان ورئيس الوزراء "
        "الإسرائيلي بنيامين نتنياهو، نفى مصدر حكومي أردني صحة هذه الأنباء."
    )
    assert shapes(extract_events(text, "2018-06-23")) == [
        ("meeting", "denied", ("Benjamin Netanyahu", "Mohammed bin Salman Al Saud"))
    ]


# A contact that only sets the time of another ("بعد مكالمته مع X") is an earlier contact of its own --


def test_a_call_after_an_earlier_call_keeps_each_call_and_its_own_day():
    text = (
        "وبعد مكالمته أمس مع الرئيس الروسي فلاديمير بوتين، اتصل الرئيس الأمريكي دونالد ترامب "
        "اليوم هاتفيا بالرئيس الأوكراني فولوديمير زيلينسكي."
    )
    got = sorted((tuple(people(e)), e.date) for e in extract_events(text, "2025-03-19"))
    assert got == [
        (("Donald Trump", "Vladimir Putin"), "2025-03-18"),
        (("Donald Trump", "Volodymyr Zelensky"), "2025-03-19"),
    ]


def test_the_day_of_the_later_call_is_not_given_to_the_earlier_one():
    text = (
        "تحدث دونالد ترامب رئيس الولايات المتحدة، بعد مكالمته مع الرئيس الروسي فلاديمير بوتين، "
        "اليوم كذلك مع الرئيس الأوكراني فولوديمير زيلينسكي هاتفيا."
    )
    for event in extract_events(text, "2025-03-19"):
        if "Vladimir Putin" in people(event):
            assert event.date_basis != "today"
        else:
            assert (people(event), event.date_basis) == (["Donald Trump", "Volodymyr Zelensky"], "today")


# A message posted on a social platform is a public statement, not a contact ------------------------


def test_a_message_posted_on_a_platform_is_no_contact_but_a_cable_is():
    posted = (
        "وجه رئيس الوزراء الهندي ناريندرا مودي رسالة عبر حسابه على منصة إكس إلى الرئيس الإيراني مسعود بزشكيان "
        "هنأه فيها بالفوز."
    )
    cabled = (
        "بعث رئيس الوزراء الهندي ناريندرا مودي برقية تهنئة إلى الرئيس الإيراني مسعود بزشكيان، "
        "ثم كتب على منصة إكس أنه يتطلع إلى العمل معه."
    )
    assert extract_events(posted, "2024-07-07") == []
    assert shapes(extract_events(cabled, "2024-07-07")) == [
        ("message", "reported", ("Masoud Pezeshkian", "Narendra Modi"))
    ]


def test_the_day_before_yesterday_written_after_yom_or_masa_is_two_days_back():
    for phrase in ("يوم أمس الأول", "مساء أول أمس"):
        text = f"تلقى أمير قطر الشيخ تميم بن حمد آل ثاني {phrase} اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون."
        (event,) = extract_events(text, "2024-03-12")
        assert event.date == "2024-03-10"


def test_a_host_in_the_next_sentence_receiving_him_meets_the_visitor():
    text = (
        "حل رئيس الوزراء الهندي ناريندرا مودي اليوم بأبوظبي في زيارة رسمية تستمر يومين.\n"
        "وكان الشيخ محمد بن زايد آل نهيان في استقباله في المطار."
    )
    got = shapes(extract_events(text, "2024-02-13"))
    assert ("meeting", "reported", ("Mohamed bin Zayed Al Nahyan", "Narendra Modi")) in got


def test_a_decision_not_to_receive_a_leader_is_no_meeting():
    text = (
        "زار رئيس الوزراء العراقي حيدر العبادي واشنطن الأسبوع الماضي.\n"
        "وتحدثت تقارير عن قرار الرئيس الأمريكي دونالد ترامب بعدم استقباله في البيت الأبيض."
    )
    assert all(e.type != "meeting" for e in extract_events(text, "2017-02-09"))


def test_the_day_of_the_statement_that_first_tells_a_call_still_dates_it():
    text = (
        "أعلن الكرملين، الثلاثاء، أن المكالمة الهاتفية بين الرئيس الروسي فلاديمير بوتين والرئيس الأمريكي "
        "دونالد ترامب استمرت ساعتين."
    )
    (event,) = extract_events(text, "2025-02-13")
    assert (event.date, event.date_basis) == ("2025-02-11", "weekday")


def test_a_call_still_to_come_after_the_reported_one_is_not_reported():
    text = (
        "أجرى الرئيس الأمريكي دونالد ترامب اليوم مكالمة هاتفية مع الرئيس الأوكراني فولوديمير زيلينسكي، "
        "قبل مكالمته المرتقبة مع الرئيس الروسي فلاديمير بوتين."
    )
    reported = [e for e in extract_events(text, "2025-03-19") if e.status == "reported"]
    assert shapes(reported) == [("phone_call", "reported", ("Donald Trump", "Volodymyr Zelensky"))]


def test_the_day_of_an_earlier_meeting_after_badaa_does_not_date_todays_meeting():
    text = (
        "التقى الرئيس الفرنسي إيمانويل ماكرون الرئيس المصري عبد الفتاح السيسي في القاهرة، "
        "بعد لقائه مع الرئيس المصري في 5 مايو في باريس."
    )
    events = [e for e in extract_events(text, "2025-03-19") if not e.background]
    assert [(e.type, e.date) for e in events] == [("meeting", "2025-03-19")]
