"""Meetings, receptions and visits met on fresh outlets no set holds (issue #11, round HUNT4). Each
test states one rule on sentences written for it (never copied text)."""

from __future__ import annotations

from rasd.extract import extract_events


def _events(text: str, pub: str) -> list[tuple[str, str, tuple[str, ...], str | None]]:
    """(type, status, parties, day) of each event, sorted."""
    return sorted(
        (e.type, e.status, tuple(sorted(p.name_en for p in e.participants)), e.date) for e in extract_events(text, pub)
    )


# A trip announced for "next week" whose meeting is dated within that week: one planned meeting -------


def test_a_trip_next_week_with_its_meeting_on_a_weekday_of_that_week_is_one_planned_meeting():
    text = (
        "قال مصدر دبلوماسي إن وزير الخارجية المغربي ناصر بوريطة سيلتقي نظيره المصري سامح شكري الثلاثاء المقبل.\n"
        "وأضاف المصدر أن بوريطة سيبدأ زيارته إلى القاهرة خلال الأسبوع المقبل، وهي الأولى له هذا العام."
    )
    assert _events(text, "2022-05-05") == [
        ("meeting", "planned", ("Nasser Bourita", "Sameh Shoukry"), "2022-05-10"),
    ]


def test_a_trip_early_next_week_with_its_meeting_on_monday_is_one_planned_meeting():
    text = (
        "يحل وزير الخارجية المصري سامح شكري مطلع الأسبوع المقبل بالعاصمة المغربية في زيارة رسمية.\n"
        "وسيعقد شكري يوم الاثنين اجتماعا مع وزير الخارجية المغربي ناصر بوريطة."
    )
    assert _events(text, "2022-05-07") == [
        ("meeting", "planned", ("Nasser Bourita", "Sameh Shoukry"), "2022-05-09"),
    ]


def test_a_trip_next_year_stays_apart_from_a_meeting_dated_this_month():
    text = (
        "سيلتقي الرئيس الأمريكي جو بايدن نظيره الصيني شي جين بينغ على هامش قمة أبيك يوم 15 نوفمبر.\n"
        "كما سيزور بايدن الصين مطلع العام المقبل بدعوة من شي جين بينغ."
    )
    got = _events(text, "2023-11-08")
    assert ("meeting", "planned", ("Joe Biden", "Xi Jinping"), "2023-11-15") in got
    assert any(t == "visit" for t, *_ in got)


# "المباحثات الهاتفية التي جمعت بينهما": phone talks with the article are a phone call, not a meeting ----


def test_phone_talks_with_the_article_that_brought_two_ministers_together_are_a_call():
    text = (
        "تأتي زيارة وزير الخارجية التونسي نبيل عمار بعد نحو ثلاثة أشهر من المباحثات الهاتفية التي جمعت بينه "
        "وبين وزير الخارجية الجزائري أحمد عطاف."
    )
    got = _events(text, "2023-06-10")
    assert [t for t, *_ in got if t != "visit"] == ["phone_call"]


# "في مقدمة مستقبلي بن زايد": a reception noun before a patronymic short name is no given name ---------


def test_the_host_at_the_head_of_those_receiving_a_short_named_prince_met_him():
    text = (
        "وصل ولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان إلى القاهرة مساء الأحد.\n"
        "وكان الرئيس المصري عبد الفتاح السيسي في مقدمة مستقبلي بن زايد لدى وصوله إلى المطار."
    )
    assert _events(text, "2019-03-10") == [
        ("meeting", "reported", ("Abdel Fattah el-Sisi", "Mohamed bin Zayed Al Nahyan"), "2019-03-10"),
    ]


def test_a_host_present_at_the_reception_of_a_short_named_prince_met_him():
    text = (
        "وصل ولي العهد السعودي الأمير محمد بن سلمان إلى عمان اليوم.\n"
        "وكان العاهل الأردني الملك عبدالله الثاني في استقبال بن سلمان في المطار."
    )
    assert _events(text, "2021-06-02") == [
        ("meeting", "reported", ("Abdullah II of Jordan", "Mohammed bin Salman Al Saud"), "2021-06-02"),
    ]


# "حيث ستعقد مشاورات سياسية بين الجانبين": consultations are talks, the trip's meeting ------------------


def test_a_trip_for_consultations_between_the_two_ministers_is_one_planned_meeting():
    text = (
        "يتوجه وزير الخارجية الأردني أيمن الصفدي مساء اليوم إلى أنقرة في زيارة رسمية بدعوة من نظيره التركي "
        "هاكان فيدان، حيث ستعقد مشاورات سياسية بين الجانبين حول الأوضاع في المنطقة."
    )
    assert _events(text, "2024-02-04") == [
        ("meeting", "planned", ("Ayman Safadi", "Hakan Fidan"), "2024-02-04"),
    ]


def test_consultations_held_between_two_named_ministers_are_a_meeting():
    text = "جرت اليوم في عمان مشاورات سياسية بين وزير الخارجية الأردني أيمن الصفدي ونظيره التركي هاكان فيدان."
    assert _events(text, "2024-02-04") == [("meeting", "reported", ("Ayman Safadi", "Hakan Fidan"), "2024-02-04")]


# "يتوجه X غدا إلى Z. ويلتقي خلالها الرئيس Y ووزير الخارجية W": the visitor meets each host --------


def test_a_trip_to_come_then_meetings_with_two_hosts_of_that_country_are_two_planned_meetings():
    text = (
        "أعلنت وزارة الخارجية اليوم أن وزير الخارجية الأردني أيمن الصفدي سيتوجه غدا إلى أنقرة في زيارة رسمية.\n"
        "ويلتقي الصفدي خلالها الرئيس التركي رجب طيب أردوغان ووزير الخارجية التركي هاكان فيدان."
    )
    got = [e for e in _events(text, "2024-02-04") if e[0] == "meeting"]
    assert got == [
        ("meeting", "planned", ("Ayman Safadi", "Hakan Fidan"), "2024-02-05"),
        ("meeting", "planned", ("Ayman Safadi", "Recep Tayyip Erdoğan"), "2024-02-05"),
    ]


def test_a_trip_to_come_then_a_meeting_with_the_dropped_subject_and_two_hosts_keeps_the_visitor():
    text = (
        "يصل رئيس الوزراء العراقي محمد شياع السوداني غدا إلى طهران في زيارة رسمية.\n"
        "ومن المقرر أن يلتقي خلالها الرئيس الإيراني مسعود بزشكيان ووزير الخارجية عباس عراقجي."
    )
    got = [e for e in _events(text, "2025-01-07") if e[0] == "meeting"]
    assert got == [
        ("meeting", "planned", ("Abbas Araghchi", "Mohammed Shia al-Sudani"), "2025-01-08"),
        ("meeting", "planned", ("Masoud Pezeshkian", "Mohammed Shia al-Sudani"), "2025-01-08"),
    ]
