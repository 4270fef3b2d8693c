"""Who takes part in a contact and how many contacts a text reports (extractor 0.5.0, third round).
Each test states one rule on sentences written for it (never copied text)."""

from __future__ import annotations

from extract_helpers import people, shapes

from rasd.extract import extract_events

# Foreign-minister pairs in the construct state ----------------------------------------------------


def test_foreign_ministers_of_two_named_countries_are_one_pair():
    text = "تباحث وزيرا خارجية السعودية وإيران في اتصال هاتفي اليوم بشأن أمن الملاحة في الخليج."
    (event,) = extract_events(text, "2024-03-05")
    assert people(event) == ["Faisal bin Farhan Al Saud", "Hossein Amir-Abdollahian"]


def test_foreign_ministers_of_the_two_countries_are_those_the_article_names():
    text = (
        "السعودية وإيران تبحثان أمن الملاحة\n"
        "جرى مساء اليوم اتصال هاتفي بين وزيري خارجية البلدين تناولا خلاله أمن الملاحة في الخليج."
    )
    (event,) = extract_events(text, "2024-03-05")
    assert people(event) == ["Faisal bin Farhan Al Saud", "Hossein Amir-Abdollahian"]


def test_the_two_countries_stay_unresolved_when_a_third_is_named_as_often():
    text = "مصر والأردن وفرنسا\nجرى مساء اليوم اتصال هاتفي بين وزيري خارجية البلدين تناولا خلاله الأوضاع في المنطقة."
    assert extract_events(text, "2023-03-05") == []


# "برقية مماثلة": the same receiver, another sender ------------------------------------------------


def test_a_similar_cable_goes_to_the_receiver_of_the_one_just_reported():
    text = (
        "الكويت - كونا: بعث سمو أمير البلاد الشيخ نواف الأحمد الجابر الصباح اليوم برقية تهنئة إلى الرئيس "
        "الفرنسي إيمانويل ماكرون بمناسبة العيد الوطني. وبعث سمو الشيخ أحمد نواف الأحمد الصباح رئيس "
        "مجلس الوزراء برقية تهنئة مماثلة."
    )
    events = extract_events(text, "2022-07-14")
    assert shapes(events) == [
        ("message", "reported", ("Ahmad Nawaf Al-Ahmad Al-Sabah", "Emmanuel Macron")),
        ("message", "reported", ("Emmanuel Macron", "Nawaf Al-Ahmad Al-Jaber Al-Sabah")),
    ]


def test_a_crown_prince_who_has_become_emir_is_not_the_crown_prince():
    # Nawaf was Kuwait's crown prince until 2020 and emir afterwards; in 2022 the crown prince was Mishal.
    text = (
        "الكويت - كونا: بعث سمو أمير البلاد الشيخ نواف الأحمد الجابر الصباح اليوم برقية تعزية إلى الرئيس "
        "الفرنسي إيمانويل ماكرون. كما بعث سمو ولي العهد برقية تعزية مماثلة."
    )
    events = extract_events(text, "2022-07-14")
    assert ("message", "reported", ("Emmanuel Macron", "Mishal Al-Ahmad Al-Jaber Al-Sabah")) in shapes(events)


# People talked about after "بوفاة"/"لصحة" -----------------------------------------------------------


def test_someone_whose_death_is_mourned_is_no_party_also_after_a_preposition():
    text = (
        "بعث الرئيس المصري عبد الفتاح السيسي اليوم برقية تعزية إلى الملك تشارلز الثالث بوفاة الملكة إليزابيث الثانية."
    )
    (event,) = extract_events(text, "2022-09-09")
    assert people(event) == ["Abdel Fattah el-Sisi", "Charles III"]


def test_someone_a_pardon_is_about_is_no_party_to_the_call_that_discussed_it():
    text = (
        "بحث الرئيس الأمريكي دونالد ترامب في اتصال هاتفي مع الرئيس الإسرائيلي إسحاق هرتسوغ "
        "العفو عن رئيس الوزراء بنيامين نتنياهو."
    )
    (event,) = extract_events(text, "2025-12-29")
    assert sorted(people(event)) == ["Donald Trump", "Isaac Herzog"]


# Multi-party calls -----------------------------------------------------------------------------------


def test_a_call_between_several_leaders_is_one_event():
    text = "جرت مساء الاثنين مكالمة هاتفية بين الرئيس الفرنسي إيمانويل ماكرون والرئيس الأوكراني فولوديمير زيلينسكي والمستشار الألماني فريدريش ميرتس."
    (event,) = extract_events(text, "2025-12-02")
    assert people(event) == ["Emmanuel Macron", "Friedrich Merz", "Volodymyr Zelensky"]


def test_a_sentence_naming_part_of_a_multi_party_call_joins_it():
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون مكالمة هاتفية مع الرئيس الأوكراني فولوديمير زيلينسكي "
        "والمستشار الألماني فريدريش ميرتس وعدد من القادة الأوروبيين.\n"
        "وجرت المكالمة بين ميرتس وماكرون وزيلينسكي والأمين العام لحلف شمال الأطلسي مارك روته."
    )
    (event,) = extract_events(text, "2025-12-02")
    assert people(event) == ["Emmanuel Macron", "Friedrich Merz", "Mark Rutte", "Volodymyr Zelensky"]


def test_calls_held_separately_are_one_event_each():
    text = (
        "تحدث الرئيس الأمريكي جو بايدن اليوم هاتفيا في شكل منفصل مع رئيس الوزراء الإسرائيلي بنيامين "
        "نتنياهو والرئيس المصري عبد الفتاح السيسي."
    )
    events = extract_events(text, "2023-10-22")
    assert sorted(people(e) for e in events) == [
        ["Abdel Fattah el-Sisi", "Joe Biden"],
        ["Benjamin Netanyahu", "Joe Biden"],
    ]


def test_people_of_a_clause_about_another_happening_are_no_parties_of_the_call():
    text = (
        "تلقى الرئيس اللبناني ميشال عون اليوم اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون قبيل وصول "
        "رئيس الوزراء سعد الحريري إلى باريس."
    )
    (event,) = extract_events(text, "2017-11-18")
    assert people(event) == ["Emmanuel Macron", "Michel Aoun"]


def test_after_noon_is_a_time_not_another_happening():
    text = (
        "أجرى الرئيس المصري عبد الفتاح السيسي اتصالين هاتفيين بعد ظهر اليوم مع الرئيس الفرنسي إيمانويل "
        "ماكرون ثم مع المستشار الألماني أولاف شولتس."
    )
    events = extract_events(text, "2023-10-22")
    assert sorted(people(e) for e in events) == [
        ["Abdel Fattah el-Sisi", "Emmanuel Macron"],
        ["Abdel Fattah el-Sisi", "Olaf Scholz"],
    ]


# A call and a meeting joined by "و" ------------------------------------------------------------------


def test_a_call_and_a_meeting_in_one_sentence_are_two_events():
    text = (
        "استقبل الرئيس الجزائري عبد المجيد تبون اليوم وزير الخارجية الإيطالي أنطونيو تاياني، وتلقى "
        "اتصالا هاتفيا من الرئيس التونسي قيس سعيد."
    )
    assert shapes(extract_events(text, "2024-05-14")) == [
        ("meeting", "reported", ("Abdelmadjid Tebboune", "Antonio Tajani")),
        ("phone_call", "reported", ("Abdelmadjid Tebboune", "Kais Saied")),
    ]


def test_a_meeting_after_a_call_takes_the_sentence_subject():
    text = (
        "أجرى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا اليوم بالرئيس الأمريكي جو بايدن، والتقى بعد "
        "ذلك رئيس الوزراء الفلسطيني محمد مصطفى."
    )
    assert shapes(extract_events(text, "2024-05-14")) == [
        ("meeting", "reported", ("Abdel Fattah el-Sisi", "Mohammad Mustafa")),
        ("phone_call", "reported", ("Abdel Fattah el-Sisi", "Joe Biden")),
    ]


# A trip and its meeting ------------------------------------------------------------------------------


def test_a_planned_trip_for_a_meeting_is_one_planned_meeting():
    text = (
        "يبدأ رئيس الحكومة الإسبانية بيدرو سانشيز غدا زيارة رسمية إلى المغرب من أجل عقد لقاء مع رئيس "
        "الحكومة المغربية عزيز أخنوش."
    )
    # the trip's meeting is told: one planned meeting (the corpus convention)
    assert shapes(extract_events(text, "2024-02-20")) == [("meeting", "planned", ("Aziz Akhannouch", "Pedro Sánchez"))]


def test_a_visit_with_a_meeting_that_took_place_is_the_meeting():
    text = "زارت رئيسة الوزراء الإيطالية جورجيا ميلوني تونس أمس والتقت فيها الرئيس التونسي قيس سعيد."
    (event,) = extract_events(text, "2023-06-07")
    assert (event.type, people(event)) == ("meeting", ["Giorgia Meloni", "Kais Saied"])


# Bullet lists of callers -----------------------------------------------------------------------------


def test_a_numbered_list_of_callers_after_a_colon_gives_one_call_each():
    text = (
        "تلقى الرئيس المصري عبد الفتاح السيسي اليوم اتصالات هاتفية من كل من:\n\n"
        "1. الرئيس الفرنسي إيمانويل ماكرون\n"
        "2. المستشار الألماني أولاف شولتس\n"
    )
    events = extract_events(text, "2023-10-22")
    assert sorted(people(e) for e in events) == [
        ["Abdel Fattah el-Sisi", "Emmanuel Macron"],
        ["Abdel Fattah el-Sisi", "Olaf Scholz"],
    ]


def test_listed_callers_are_never_paired_with_each_other():
    # the receiver before the colon is named by a word that is no known name: no contact at all
    text = (
        "وذكرت الصحيفة اليوم أن القائد تلقى هذه الاتصالات من:\n"
        "- رئيس جمهورية جنوب السودان سلفاكير ميارديت.\n"
        "- رئيس الوزراء الإثيوبي آبي أحمد.\n"
    )
    assert extract_events(text, "2023-04-28") == []


# Messages carried by a visitor -------------------------------------------------------------------------


def test_a_message_handed_over_at_a_meeting_gives_the_meeting_and_the_message():
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي اليوم الشيخ عبدالله بن زايد آل نهيان وزير الخارجية "
        "الإماراتي، الذي سلمه رسالة خطية من الشيخ محمد بن زايد آل نهيان رئيس دولة الإمارات."
    )
    assert shapes(extract_events(text, "2023-05-02")) == [
        ("meeting", "reported", ("Abdel Fattah el-Sisi", "Abdullah bin Zayed Al Nahyan")),
        ("message", "reported", ("Abdel Fattah el-Sisi", "Mohamed bin Zayed Al Nahyan")),
    ]


def test_handing_over_the_message_already_reported_is_a_meeting_only():
    text = (
        "تسلم العاهل السعودي الملك سلمان بن عبدالعزيز اليوم رسالة من أمير الكويت الشيخ صباح الأحمد "
        "الجابر الصباح. وقام بتسليم الرسالة وزير الخارجية الكويتي الشيخ صباح خالد الحمد الصباح خلال "
        "استقبال الملك له."
    )
    assert shapes(extract_events(text, "2019-09-10")) == [
        ("meeting", "reported", ("Sabah Al-Khalid Al-Hamad Al-Sabah", "Salman bin Abdulaziz Al Saud")),
        ("message", "reported", ("Sabah Al-Ahmad Al-Jaber Al-Sabah", "Salman bin Abdulaziz Al Saud")),
    ]


def test_a_message_from_one_leader_to_another_leaves_out_its_bearer():
    text = (
        "وقال وزير الخارجية الإيراني حسين أمير عبداللهيان إنه سلم نظيره الصيني اليوم رسالة من الرئيس "
        "إبراهيم رئيسي إلى الرئيس شي جين بينغ."
    )
    (event,) = extract_events(text, "2022-01-15")
    assert people(event) == ["Ebrahim Raisi", "Xi Jinping"]


def test_two_similar_cables_of_the_dual_form_are_messages():
    text = (
        "بعث الرئيس المصري عبد الفتاح السيسي اليوم برقية تهنئة إلى الرئيس الفرنسي إيمانويل ماكرون. "
        "وأرسل رئيس الوزراء المصري مصطفى مدبولي برقيتين مماثلتين إلى الرئيس الفرنسي."
    )
    assert ("message", "reported", ("Emmanuel Macron", "Mostafa Madbouly")) in shapes(
        extract_events(text, "2022-07-14")
    )


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
