"""Round 3 (issue 11): status cues and participant classes. Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import of_type, people, shapes

from rasd.extract import extract_events

# Status cues ------------------------------------------------------------------------------------


def test_a_call_said_to_be_not_planned_is_no_reported_call():
    text = (
        "أوضح المتحدث باسم الرئاسة أن مكالمة بين الرئيس الأمريكي جو بايدن والرئيس الصيني "
        "شي جين بينغ غير مخطط لها خلال الأسبوع الحالي."
    )
    assert all(e.status != "reported" for e in extract_events(text, "2022-05-02"))


def test_we_do_not_announce_calls_is_no_reported_call():
    text = "قال الناطق باسم الكرملين للصحفيين إننا لا نعلن عن محادثات بين الرئيس الروسي فلاديمير بوتين والرئيس الأمريكي جو بايدن."
    assert all(e.status != "reported" for e in extract_events(text, "2022-05-02"))


def test_a_quote_mark_between_negation_and_verb_still_negates():
    text = "أكدت الرئاسة الروسية أن الرئيس فلاديمير بوتين لم «يجر» أي اتصال هاتفي مع الرئيس الأمريكي دونالد ترامب."
    assert [e.status for e in extract_events(text, "2024-10-25")] == ["denied"]


def test_a_call_asked_for_is_planned():
    text = "طلب الرئيس الأمريكي جو بايدن من الرئيس الصيني شي جين بينغ إجراء مكالمة هاتفية لبحث ملف التجارة."
    assert [e.status for e in extract_events(text, "2022-05-02")] == ["planned"]


def test_a_meeting_that_may_happen_is_no_event():
    text = "صرح مسؤول أمريكي بأن الرئيس جو بايدن قد يلتقي الرئيس الصيني شي جين بينغ على هامش قمة العشرين."
    assert extract_events(text, "2022-05-02") == []
    text = "تحدثت صحيفة عن لقاء محتمل بين الرئيس الأمريكي جو بايدن والرئيس الصيني شي جين بينغ في الخريف."
    assert all(e.status != "reported" for e in extract_events(text, "2022-05-02"))


def test_had_already_spoken_after_qad_is_still_reported():
    text = "وكان الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس قد تحادثا هاتفيا الخميس الماضي."
    assert [e.status for e in extract_events(text, "2022-05-02")] == ["reported"]


def test_a_claim_denied_in_the_same_sentence_is_denied():
    text = (
        "زعمت صحيفة أمريكية أن الرئيس الروسي فلاديمير بوتين أجرى اتصالا هاتفيا بالرئيس الأمريكي "
        "دونالد ترامب، ونفت الرئاسة الروسية ذلك."
    )
    assert [e.status for e in extract_events(text, "2024-10-25")] == ["denied"]


# An emirate's crown prince is not the country's ---------------------------------------------------


def test_the_emirati_crown_prince_is_abu_dhabis_not_dubais():
    text = "تلقى ولي العهد الإماراتي اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون تناول العلاقات الثنائية."
    (event,) = extract_events(text, "2019-05-02")
    assert people(event) == ["Emmanuel Macron", "Mohamed bin Zayed Al Nahyan"]
    (event,) = extract_events(text, "2024-09-02")
    assert people(event) == ["Emmanuel Macron", "Khaled bin Mohamed bin Zayed Al Nahyan"]


def test_dubais_crown_prince_named_with_his_emirates_title_is_no_leader():
    # found by his name and the emirate's title, but an emirate's office makes no leader (issue 11
    # gold: an emirate's crown prince is no party), so his meetings are no events
    text = "استقبل ولي عهد دبي الشيخ حمدان بن محمد بن راشد آل مكتوم الرئيس الفرنسي إيمانويل ماكرون في دبي."
    assert extract_events(text, "2024-09-02") == []


def test_an_emirates_ruler_named_with_his_title_is_no_leader():
    # the Ruler of Ras Al Khaimah (role ruler AE, titles.yaml emirate_offices): a ruling family's
    # office, like Dubai's crown prince, so his meeting is no event
    text = "التقى حاكم رأس الخيمة الشيخ سعود بن صقر القاسمي في قصره الرئيس الكيني ويليام روتو يوم الأربعاء."
    assert extract_events(text, "2024-02-14") == []


def test_qatars_deputy_emir_is_a_deputy_no_leader():
    # the deputy emir (role deputy_emir), like a vice-president, makes no leader
    text = "استقبل نائب الأمير الشيخ عبدالله بن حمد بن خليفة آل ثاني رئيس الوزراء الماليزي أنور إبراهيم في الديوان."
    assert extract_events(text, "2024-02-14") == []


def test_every_ruler_office_is_an_emirates():
    from rasd.config import DATA_DIR, read_yaml
    from rasd.extract.refdata import reference_data

    listed = {(r["person"], r["role"]) for r in read_yaml(DATA_DIR / "titles.yaml")["emirate_offices"]}
    rulers = {(p.person_id, o.role) for p in reference_data().people.values() for o in p.offices if o.role == "ruler"}
    assert rulers and rulers <= listed


def test_emirate_offices_name_people_who_hold_that_role_of_that_country():
    from rasd.config import DATA_DIR, read_yaml
    from rasd.extract.refdata import reference_data

    ref = reference_data()
    for row in read_yaml(DATA_DIR / "titles.yaml")["emirate_offices"]:
        person = ref.people[row["person"]]
        assert any(o.role == row["role"] and o.country == row["country"] for o in person.offices)


# "رئيسي": the dual "two presidents" or the surname Raisi ----------------------------------------------


def test_raisi_as_dual_before_two_countries_names_both_presidents():
    text = "تلقى الرئيس الروسي فلاديمير بوتين أمس اتصالين هاتفيين من رئيسي إيران وتركمانستان هنآه فيهما بفوزه."
    assert shapes(extract_events(text, "2024-03-20")) == [
        ("phone_call", "reported", ("Ebrahim Raisi", "Vladimir Putin")),
        ("phone_call", "reported", ("Serdar Berdimuhamedow", "Vladimir Putin")),
    ]


def test_raisi_before_one_country_is_still_the_surname():
    text = "بحث الرئيس الإيراني إبراهيم رئيسي في اتصال هاتفي مع الرئيس الروسي فلاديمير بوتين ملف الطاقة."
    (event,) = extract_events(text, "2024-03-20")
    assert people(event) == ["Ebrahim Raisi", "Vladimir Putin"]


# A contact after a party left office is a former leader's: no event ------------------------------------


def test_calls_denied_after_one_side_left_office_are_no_event():
    text = (
        "أقر المتحدث بأن الرئيس الأمريكي دونالد ترامب بعث هدية إلى الرئيس الروسي فلاديمير بوتين، لكنه نفى "
        "إجراء أي مكالمات بينهما بعد مغادرة الأول منصبه."
    )
    assert of_type(text, "2024-10-25", "phone_call") == []


def test_a_call_after_someone_else_left_a_city_is_still_a_call():
    text = "أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع الرئيس الأمريكي دونالد ترامب بعد مغادرة المبعوث موسكو."
    assert [e.status for e in extract_events(text, "2025-03-18")] == ["reported"]


# A message carried by a minister: genitive sender, "ل" recipient ----------------------------------------


def test_a_carried_message_is_the_senders_to_the_recipient_and_the_carrier_meets_his_host():
    text = (
        "حط وزير الخارجية المصري سامح شكري اليوم في مسقط حاملا رسالة الرئيس عبد الفتاح السيسي للسلطان "
        "هيثم بن طارق، وكان في استقباله الوزير المسؤول عن الشؤون الخارجية يوسف بن علوي بن عبدالله."
    )
    got = shapes(extract_events(text, "2020-03-10"))
    assert ("message", "reported", ("Abdel Fattah el-Sisi", "Haitham bin Tariq")) in got
    assert not [s for s in got if s[0] == "message" and "Sameh Shoukry" in s[2]]
    assert not [s for s in got if s[0] == "meeting" and "Haitham bin Tariq" in s[2]]


def test_a_minister_touring_to_hand_over_a_message_is_no_party_of_it():
    text = (
        "يستهل وزير الخارجية المصري سامح شكري غدا جولة إقليمية لتسليم رسالة من الرئيس عبد الفتاح السيسي "
        "إلى قادة خمس دول عربية."
    )
    assert [e for e in extract_events(text, "2020-03-07") if "Sameh Shoukry" in people(e)] == []


def test_the_message_he_carried_is_the_senders_to_the_recipient():
    text = (
        "وامتنعت الوكالة الرسمية عن ذكر فحوى الرسالة التي حملها الوزير سامح شكري من الرئيس عبد الفتاح "
        "السيسي إلى السلطان هيثم بن طارق."
    )
    got = shapes(extract_events(text, "2020-03-10"))
    assert got == [("message", "reported", ("Abdel Fattah el-Sisi", "Haitham bin Tariq"))]


# Planned visits with a named host -------------------------------------------------------------------


def test_an_accepted_invitation_and_an_intended_visit_is_a_planned_visit():
    text = "أفاد البيان بأن الرئيس الأمريكي جو بايدن قبل دعوة نفتالي بينيت وأعلن أنه ينوي زيارة إسرائيل قريبا."
    assert shapes(extract_events(text, "2022-04-24")) == [("visit", "planned", ("Joe Biden", "Naftali Bennett"))]


def test_an_intended_visit_is_planned_and_one_not_intended_is_no_event():
    text = "قال الرئيس الفرنسي إيمانويل ماكرون إنه ينوي زيارة الرئيس الجزائري عبد المجيد تبون في الجزائر."
    assert [e.status for e in extract_events(text, "2022-04-24")] == ["planned"]
    text = "قال الرئيس الفرنسي إيمانويل ماكرون إنه لا ينوي زيارة الرئيس الروسي فلاديمير بوتين."
    assert extract_events(text, "2022-04-24") == []


def test_a_scheduled_trip_for_talks_with_a_named_host_is_a_planned_visit():
    text = (
        "ينهي ولي العهد السعودي الأمير محمد بن سلمان جولته اليوم، قبل رحلته المقررة إلى لندن الأسبوع المقبل "
        "لإجراء مشاورات مع رئيسة الوزراء البريطانية تيريزا ماي."
    )
    assert shapes(extract_events(text, "2018-03-04")) == [
        ("visit", "planned", ("Mohammed bin Salman Al Saud", "Theresa May"))
    ]


def test_a_dual_title_list_may_name_a_country_after_a_state_noun():
    text = (
        "استقبل الرئيس الروسي فلاديمير بوتين اليوم مكالمتين هاتفيتين من رئيسي الجمهورية الإسلامية الإيرانية "
        "وجمهورية تركمانستان هنآه فيهما بفوزه."
    )
    got = shapes(extract_events(text, "2024-03-19"))
    assert ("phone_call", "reported", ("Serdar Berdimuhamedow", "Vladimir Putin")) in got
