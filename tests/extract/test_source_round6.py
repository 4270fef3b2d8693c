"""Sources on fresh outlets (issue 11, round SRC): each rule on sentences written for these tests."""

from __future__ import annotations

from extract_helpers import names

from rasd.extract import extract_events


def _sources_of(text: str, published: str, who: str) -> set[str]:
    """The sources of the first event with the participant ``who``."""
    event = next(e for e in extract_events(text, published) if who in names(e))
    return {s.name_en for s in event.sources}


CALL = "تلقى رئيس الوزراء العراقي محمد شياع السوداني مساء الخميس اتصالا هاتفيا من الرئيس الأمريكي جو بايدن.\n"


def test_a_participants_post_after_the_contact_about_it_is_its_source() -> None:
    text = CALL + "وقال السوداني عبر حسابه في منصة إكس إن الحديث دار حول ملف الطاقة والاستثمار."
    assert "Mohammed Shia al-Sudani" in _sources_of(text, "2023-03-16", "Joe Biden")


def test_a_post_with_no_subject_goes_on_with_the_speaker_of_the_sentence_before() -> None:
    text = (
        CALL + "وأكد السوداني أن بغداد ماضية في تعزيز شراكتها مع واشنطن.\n"
        "وأضاف عبر منصة إكس: تباحثنا مع الرئيس بايدن في أمن المنطقة."
    )
    assert "Mohammed Shia al-Sudani" in _sources_of(text, "2023-03-16", "Joe Biden")


def test_a_later_post_on_another_matter_is_no_source_of_the_contact() -> None:
    text = CALL + "وكتب السوداني في منشور لاحق على منصة إكس أن حكومته ستقر الموازنة قريبا."
    assert "Mohammed Shia al-Sudani" not in _sources_of(text, "2023-03-16", "Joe Biden")


def test_a_post_named_as_someones_words_is_no_subjects_post() -> None:
    text = CALL + "ولم يتطرق البيان إلى تعليقات السوداني على منصة إكس حول الحديث."
    assert "Mohammed Shia al-Sudani" not in _sources_of(text, "2023-03-16", "Joe Biden")


def test_a_photo_label_before_an_agency_is_a_pictures_credit_not_a_dateline() -> None:
    text = (
        "ملك المغرب يستقبل رئيس الإمارات\nصورة- ومع\nموقع إخباري - الرباط\n"
        "استقبل الملك محمد السادس اليوم الرئيس الإماراتي الشيخ محمد بن زايد آل نهيان في الرباط."
    )
    assert "MAP" not in _sources_of(text, "2023-12-04", "Mohammed VI of Morocco")


def test_a_palace_after_a_part_of_the_building_is_a_place() -> None:
    text = (
        "استقبل الرئيس الفرنسي إيمانويل ماكرون اليوم الشيخ محمد بن زايد آل نهيان رئيس دولة الإمارات.\n"
        "وعند مدخل قصر الإليزيه صافح ماكرون ضيفه محمد بن زايد قبل المحادثات."
    )
    assert "Elysee" not in _sources_of(text, "2022-07-18", "Emmanuel Macron")


def test_a_prime_ministers_diwan_is_his_office() -> None:
    text = (
        "تلقى أمير قطر الشيخ تميم بن حمد آل ثاني اتصالا هاتفيا من رئيس الوزراء البحريني خليفة بن سلمان آل خليفة، "
        "حسبما أعلن ديوان رئيس الوزراء البحريني في بيان مقتضب."
    )
    assert "Bahraini prime minister's office" in _sources_of(text, "2019-05-06", "Tamim bin Hamad Al Thani")


def test_a_magazine_with_its_country_is_that_countrys_media() -> None:
    text = "سيلتقي الملك محمد السادس الرئيس الأمريكي دونالد ترامب الأحد في فلوريدا، حسب مجلة فرنسية."
    assert "French media" in _sources_of(text, "2017-04-14", "Donald Trump")


def test_a_body_that_acknowledged_the_contact_is_its_source() -> None:
    text = "واعترفت الخارجية الليبية بأن الوزيرة نجلاء المنقوش التقت نظيرها الإسرائيلي إيلي كوهين خلال زيارة لإيطاليا."
    assert "Libyan foreign ministry" in _sources_of(text, "2023-08-28", "Najla Mangoush")


def test_a_senior_official_in_a_body_speaks_for_it() -> None:
    text = (
        "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي أنتوني بلينكن على هامش القمة.\n"
        "وأكد مسؤول رفيع في الخارجية الأمريكية أن اللقاء العابر لم يتجاوز ربع ساعة."
    )
    assert "State Department" in _sources_of(text, "2023-03-02", "Sergey Lavrov")


def test_a_body_quoted_in_an_earlier_step_speaks_only_for_the_people_it_names() -> None:
    text = (
        "وصل رئيس الوزراء الليبي عبد الحميد الدبيبة إلى الدوحة حيث يلتقي غدا أمير قطر الشيخ تميم بن حمد آل ثاني.\n"
        "وكانت وزارة الخارجية الليبية قد أعلنت الشهر الماضي إيقاف الوزيرة نجلاء المنقوش عن العمل."
    )
    assert "Libyan foreign ministry" not in _sources_of(text, "2023-09-09", "Tamim bin Hamad Al Thani")


def test_a_country_that_takes_no_part_may_still_have_its_press_cited() -> None:
    text = "سيلتقي الملك محمد السادس الرئيس الأمريكي دونالد ترامب الأحد في فلوريدا، حسب صحيفة إسبانية."
    assert "Spanish media" in _sources_of(text, "2017-04-14", "Donald Trump")


def test_a_body_that_did_not_disclose_the_talk_is_no_source_of_it() -> None:
    text = (
        "تحدث رئيس الوزراء الإسرائيلي بنيامين نتنياهو هاتفيا مع الرئيس الأمريكي دونالد ترامب مساء الاثنين.\n"
        "وحتى صباح اليوم لم يفصح الجانب الإسرائيلي ولا البيت الأبيض عن فحوى الاتصال."
    )
    assert "White House" not in _sources_of(text, "2025-06-09", "Donald Trump")


def test_a_silence_in_one_clause_does_not_reach_a_source_in_the_next() -> None:
    text = (
        "أفادت صحيفة تركية بأن الرئيس التركي رجب طيب أردوغان تحدث هاتفيا مع الرئيس السوري بشار الأسد، "
        "ورفضت الرئاسة التركية التعليق، بينما أكد مصدر سوري لوكالة فرانس برس حصول الاتصال."
    )
    assert "AFP" in _sources_of(text, "2023-01-05", "Bashar al-Assad")


def test_the_secretariat_of_a_taking_part_secretary_general_is_its_organisations() -> None:
    text = (
        "التقى أحمد أبو الغيط الرئيس الجزائري عبد المجيد تبون في الجزائر اليوم، "
        "وفق ما أعلن المتحدث الرسمي باسم الأمين العام."
    )
    assert "Arab League" in _sources_of(text, "2022-10-16", "Abdelmadjid Tebboune")


def test_an_office_that_refused_to_comment_verb_first_is_no_source() -> None:
    text = (
        "ذكرت قناة إسرائيلية أن رئيس الوزراء الإسرائيلي بنيامين نتنياهو تحدث هاتفيا مع الرئيس الإماراتي محمد بن زايد، "
        "فيما رفض مكتب نتنياهو تأكيد ذلك."
    )
    assert "Israeli prime minister's office" not in _sources_of(text, "2021-03-14", "Benjamin Netanyahu")
