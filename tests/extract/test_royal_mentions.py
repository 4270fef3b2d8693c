"""Issue 11 (ACC7): royals who are not leaders, and a title that names one country's monarch.
Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import people

from rasd.extract import extract_events


def test_a_princes_patronymic_is_not_his_fathers_other_sons_short_name():
    # "بن سلمان" alone is Mohammed bin Salman; "خالد بن سلمان" is his brother, a defence minister
    for text in (
        "استقبل الرئيس المصري عبد الفتاح السيسي أمس الأمير خالد بن سلمان وزير الدفاع السعودي في القاهرة.",
        "استقبل الرئيس المصري عبد الفتاح السيسي أمس وزير الدفاع السعودي الأمير خالد بن سلمان.",
        # his grandfather's name is among the crown prince's own name words, yet not his given name
        "استقبل الرئيس المصري عبد الفتاح السيسي أمس الأمير عبدالعزيز بن سلمان وزير الطاقة السعودي.",
    ):
        assert extract_events(text, "2023-06-14") == []


def test_the_crown_princes_own_patronymic_name_still_finds_him():
    text = "التقى الرئيس المصري عبد الفتاح السيسي أمس في جدة ولي العهد السعودي محمد بن سلمان."
    (event,) = extract_events(text, "2023-06-14")
    assert people(event) == ["Abdel Fattah el-Sisi", "Mohammed bin Salman Al Saud"]


def test_prince_with_a_given_name_spelt_like_an_adjective_is_no_emir():
    # "الأمير تركي": Prince Turki, not "the Turkish emir" (Turkey has no emir)
    for text in (
        "استقبل الرئيس المصري عبد الفتاح السيسي أمس الأمير تركي بن طلال في القاهرة.",
        "التقى الرئيس المصري عبد الفتاح السيسي أمس الأمير تركي الفيصل.",
    ):
        assert extract_events(text, "2023-06-14") == []


def test_an_emir_named_by_his_countrys_adjective_is_still_found():
    text = "استقبل الرئيس المصري عبد الفتاح السيسي أمس الأمير القطري في القاهرة."
    (event,) = extract_events(text, "2023-06-14")
    assert people(event) == ["Abdel Fattah el-Sisi", "Tamim bin Hamad Al Thani"]


def test_custodian_of_the_two_holy_mosques_is_the_saudi_king_without_a_dateline():
    text = "أجرى خادم الحرمين الشريفين اتصالا هاتفيا أمس مع أمير دولة الكويت تناول العلاقات الأخوية."
    (event,) = extract_events(text, "2023-06-14")
    assert people(event) == ["Nawaf Al-Ahmad Al-Jaber Al-Sabah", "Salman bin Abdulaziz Al Saud"]


def test_custodian_title_followed_by_the_kings_name():
    text = "تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز أمس اتصالا هاتفيا من الرئيس الفرنسي."
    (event,) = extract_events(text, "2023-06-14")
    assert people(event) == ["Emmanuel Macron", "Salman bin Abdulaziz Al Saud"]


# An elected or new office holder named by the office and "لـ" + the country -------------------------


def test_president_elect_of_a_country_after_the_qualifier():
    text = "أجرى الرئيس المنتخب للولايات المتحدة اتصالا هاتفيا أمس مع الرئيس الأوكراني بحثا فيه الحرب."
    (event,) = extract_events(text, "2024-11-08")
    assert people(event) == ["Donald Trump", "Volodymyr Zelensky"]


def test_new_sultan_of_a_country_after_the_qualifier():
    text = "تلقى السلطان الجديد لعمان أمس اتصالا هاتفيا من العاهل الأردني عبر فيه عن تعازيه."
    (event,) = extract_events(text, "2020-01-14")
    assert people(event) == ["Abdullah II of Jordan", "Haitham bin Tariq"]


# An organisation's head called its "president" --------------------------------------------------


def test_president_of_the_european_commission_by_title_only():
    text = "تلقى الرئيس المصري عبد الفتاح السيسي أمس اتصالا هاتفيا من رئيسة المفوضية الأوروبية تناول ملف الطاقة."
    (event,) = extract_events(text, "2023-05-10")
    assert people(event) == ["Abdel Fattah el-Sisi", "Ursula von der Leyen"]


def test_head_of_the_african_union_commission_by_title_only():
    text = "استقبل الرئيس المصري عبد الفتاح السيسي أمس رئيس مفوضية الاتحاد الأفريقي في القاهرة."
    (event,) = extract_events(text, "2023-05-10")
    assert people(event) == ["Abdel Fattah el-Sisi", "Moussa Faki Mahamat"]


def test_head_of_state_named_with_the_full_formal_name_of_the_emirates():
    text = "تلقى أمير دولة قطر أمس اتصالا هاتفيا من رئيس دولة الإمارات العربية المتحدة تناول العلاقات الأخوية."
    (event,) = extract_events(text, "2023-05-10")
    assert people(event) == ["Mohamed bin Zayed Al Nahyan", "Tamim bin Hamad Al Thani"]


def test_head_of_an_organisation_whose_heads_are_no_leaders_is_no_party():
    # a development bank's president is not among the leaders whose contacts are events
    for text in (
        "استقبل أمير دولة قطر أمس رئيس البنك الدولي في الدوحة وبحثا مشاريع التنمية.",
        "استقبل أمير دولة قطر أمس رئيس البنك الدولي أجاي بانغا في الدوحة.",
    ):
        assert extract_events(text, "2023-05-10") == []


# "رئيس الدولة": the head of state of the dateline's country ------------------------------------


def test_head_of_the_state_under_a_dateline_is_that_countrys_head_of_state():
    text = "تونس - وات: استقبل رئيس الدولة أمس بقصر قرطاج وزير الخارجية الجزائري وبحث معه العلاقات الثنائية."
    (event,) = extract_events(text, "2023-05-10")
    assert people(event) == ["Ahmed Attaf", "Kais Saied"]


def test_head_of_a_state_named_by_its_adjective_is_not_the_datelines():
    text = "القاهرة - أ ش أ: التقى رئيس الدولة العبرية أمس الرئيس الأمريكي في واشنطن."
    assert all("Abdel Fattah el-Sisi" not in people(e) for e in extract_events(text, "2023-05-10"))


def test_the_president_of_the_european_council_resolves_by_office_on_the_day():
    # the people files keep the European Council's presidents under EUROPEAN_COUNCIL, the body
    # "المجلس الأوروبي" names (not the Council of the EU, whose presidency rotates among ministers)
    text = "تلقى الرئيس عبد الفتاح السيسي اتصالا هاتفيا اليوم من رئيس المجلس الأوروبي بحثا خلاله العلاقات الثنائية."
    (event,) = extract_events(text, "2022-05-10")
    assert people(event) == ["Abdel Fattah el-Sisi", "Charles Michel"]
    (event,) = extract_events(text, "2025-05-10")
    assert people(event) == ["Abdel Fattah el-Sisi", "António Costa"]
