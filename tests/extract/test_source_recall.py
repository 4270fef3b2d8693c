"""Source recall (issue 11, round SRC 2): attribution constructions on sentences written for these tests."""

from __future__ import annotations

from extract_helpers import names

from rasd.extract import extract_events
from rasd.extract.article import read_article, sentence_sources
from rasd.extract.refdata import reference_data


def _sources_of(text: str, published: str, who: str) -> set[str]:
    """The sources of the first event with the participant ``who``."""
    event = next(e for e in extract_events(text, published) if who in names(e))
    return {s.name_en for s in event.sources}


def test_two_insiders_in_the_dual_are_the_countrys_sources() -> None:
    text = (
        "أكد مصدران مصريان أن الرئيس عبد الفتاح السيسي سيلتقي العاهل الأردني الملك عبد الله الثاني "
        "في العقبة الأسبوع المقبل."
    )
    assert "Egyptian sources" in _sources_of(text, "2021-03-02", "Abdel Fattah el-Sisi")


def test_two_insiders_after_a_quoting_preposition_are_sources_too() -> None:
    text = (
        "نقلت الصحيفة عن مصدرين أردنيين أن الملك عبد الله الثاني بحث هاتفيا مع الرئيس الفرنسي "
        "إيمانويل ماكرون أوضاع المنطقة."
    )
    assert "Jordanian sources" in _sources_of(text, "2021-03-02", "Emmanuel Macron")


def test_the_office_of_the_premiership_speaks_for_the_prime_minister_taking_part() -> None:
    text = (
        "التقى رئيس الوزراء الإسباني بيدرو سانشيز اليوم الملك محمد السادس في الرباط، "
        "وفقا لبيان صدر عن مكتب رئاسة الوزراء."
    )
    assert "Spanish prime minister's office" in _sources_of(text, "2022-03-20", "Mohammed VI of Morocco")


def test_al_ahrams_english_site_is_al_ahram() -> None:
    text = (
        "استقبل الرئيس عبد الفتاح السيسي اليوم في القاهرة ولي العهد السعودي الأمير محمد بن سلمان.\n"
        "(المصدر: الأهرام أونلاين)"
    )
    assert "Al Ahram" in _sources_of(text, "2022-06-20", "Abdel Fattah el-Sisi")


def test_the_spokesperson_again_is_the_body_he_spoke_for_before() -> None:
    text = (
        "أعلنت وزارة الخارجية الأردنية أن الوزير أيمن الصفدي يبدأ غدا جولة خليجية.\n"
        "وأوضح المتحدث أن الصفدي سيلتقي في الكويت نظيره الكويتي."
    )
    a = read_article(text, "2023-01-10", reference_data(), None)
    lo, hi, _ = a.sentences[-1]
    assert "Jordanian foreign ministry" in {src.name_en for src, _, _ in sentence_sources(a, lo, hi)}


def test_a_spokesperson_of_another_body_is_no_anaphor() -> None:
    text = (
        "أعلنت وزارة الخارجية الأردنية أن الوزير أيمن الصفدي يبدأ غدا جولة خليجية.\n"
        "وقال المتحدث باسم الحكومة الكويتية إن الصفدي سيلتقي في الكويت نظيره الكويتي."
    )
    a = read_article(text, "2023-01-10", reference_data(), None)
    lo, hi, _ = a.sentences[-1]
    named = {src.name_en for src, _, _ in sentence_sources(a, lo, hi)}
    assert "Kuwaiti government spokesperson" in named
    assert "Jordanian foreign ministry" not in named


def test_a_leader_named_by_office_and_country_posts_of_his_meeting() -> None:
    text = (
        "استقبل الرئيس الفرنسي إيمانويل ماكرون اليوم في باريس الرئيس الجزائري عبد المجيد تبون.\n"
        "وقال رئيس فرنسا في تغريدة له على منصة إكس: سعدت بلقاء الرئيس تبون وبحثنا التعاون بين بلدينا."
    )
    assert "Emmanuel Macron" in _sources_of(text, "2023-05-02", "Abdelmadjid Tebboune")


def test_a_post_quoted_before_the_reception_it_tells_of() -> None:
    text = (
        "وقال رئيس فرنسا في تغريدة له على منصة إكس: أرحب بالرئيس عبد المجيد تبون في باريس.\n"
        "وكان الرئيس الفرنسي إيمانويل ماكرون قد استقبل الرئيس الجزائري عبد المجيد تبون في قصر الإليزيه."
    )
    assert "Emmanuel Macron" in _sources_of(text, "2023-05-02", "Abdelmadjid Tebboune")


def test_abiy_by_his_given_name_writes_in_the_first_person_of_the_reception() -> None:
    text = (
        "استقبل رئيس الوزراء الإثيوبي آبي أحمد اليوم في أديس أبابا الرئيس الكيني وليام روتو.\n"
        "وكتب آبي على تويتر: سعيد باستقبالي أخي اليوم."
    )
    assert "Abiy Ahmed" in _sources_of(text, "2023-02-10", "William Ruto")


def test_a_post_of_another_matter_is_no_source() -> None:
    text = (
        "استقبل الرئيس الفرنسي إيمانويل ماكرون اليوم في باريس الرئيس الجزائري عبد المجيد تبون.\n"
        "وقال رئيس فرنسا في تغريدة له على منصة إكس إن الحكومة ستخفض الضرائب."
    )
    assert "Emmanuel Macron" not in _sources_of(text, "2023-05-02", "Abdelmadjid Tebboune")


def test_the_one_told_after_a_verb_of_informing_is_no_announcer() -> None:
    text = (
        "التقى الرئيس التركي رجب طيب أردوغان الرئيس السوداني عمر البشير في إسطنبول أمس، "
        "وأوضح المسؤول أن أردوغان أبلغ البشير بأنه سيجري زيارة إلى الخرطوم لبحث التعاون."
    )
    assert "Omar al-Bashir" not in _sources_of(text, "2017-12-14", "Omar al-Bashir")


def test_a_new_speaker_in_one_word_takes_no_earlier_body() -> None:
    text = (
        "وصل الرئيس السوداني عمر البشير إلى الخرطوم قادما من إسطنبول.\n"
        "وقال المتحدث باسم وزارة الخارجية السودانية، خالد عبدالكريم، للصحفيين إن الزيارة كانت ناجحة.\n"
        "وأضاف مراسلنا أن البشير التقى على هامش القمة الرئيس التركي رجب طيب أردوغان."
    )
    a = read_article(text, "2017-12-14", reference_data(), None)
    lo, hi, _ = a.sentences[-1]
    assert "Sudanese foreign ministry" not in {src.name_en for src, _, _ in sentence_sources(a, lo, hi)}


def test_the_official_named_again_is_his_ministry_in_that_sentence() -> None:
    text = (
        "وصل الرئيس السوداني عمر البشير إلى الخرطوم قادما من إسطنبول.\n"
        "وقال المتحدث باسم وزارة الخارجية السودانية، خالد عبدالكريم، للصحفيين إن الزيارة كانت ناجحة.\n"
        "وأضاف عبدالكريم أن البشير التقى على هامش القمة الرئيس التركي رجب طيب أردوغان."
    )
    a = read_article(text, "2017-12-14", reference_data(), None)
    lo, hi, _ = a.sentences[-1]
    assert "Sudanese foreign ministry" in {src.name_en for src, _, _ in sentence_sources(a, lo, hi)}


def test_the_office_of_the_sovereign_councils_head_is_the_council() -> None:
    text = (
        "قال مكتب رئيس مجلس السيادة الانتقالي في السودان عبد الفتاح البرهان في بيان إن البرهان "
        "تلقى اتصالا هاتفيا من الرئيس الأوغندي يويري موسيفيني."
    )
    assert _sources_of(text, "2020-05-28", "Yoweri Museveni") == {"Sudanese Sovereign Council"}


def test_a_leader_in_the_reported_clause_of_an_office_is_not_its_holder() -> None:
    text = (
        "عاد الفريق أول عبد الفتاح البرهان إلى الخرطوم أمس.\n"
        "وذكر مكتب رئيس مجلس السيادة، مساء الأحد، أن البرهان تلقى مكالمة من الرئيس الأوغندي يويري موسيفيني."
    )
    assert "Sudanese presidential press office" not in _sources_of(text, "2020-05-28", "Yoweri Museveni")
