"""Article credits and back-references of sources (issue 11, round ACCS): each rule on sentences
written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import names, sources

from rasd.extract import extract_events
from rasd.extract.article import read_article, sentence_sources
from rasd.extract.refdata import reference_data


def _names(events: list, who: str) -> set[str]:
    """The sources of the first event with the participant ``who``."""
    event = next(e for e in events if who in names(e))
    return {s.name_en for s in event.sources}


def _last_sentence_sources(text: str, published: str) -> set[str]:
    a = read_article(text, published, reference_data(), None)
    lo, hi, _ = a.sentences[-1]
    return {s.name_en for s, _, _ in sentence_sources(a, lo, hi)}


OFFICE_FIRST = "ذكر مكتب المستشار الألماني أولاف شولتس أن المستشار يتابع ملف الطاقة عن كثب.\n"


def test_a_bare_office_after_a_cue_is_the_office_named_before() -> None:
    text = OFFICE_FIRST + "وأوضح المكتب في بيان أن شولتس تحدث هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون."
    assert "German chancellor's office" in _last_sentence_sources(text, "2023-05-10")


def test_an_office_with_a_definite_word_after_it_is_another_body() -> None:
    text = OFFICE_FIRST + "وأوضح المكتب السياسي للحزب في بيان أن شولتس تحدث هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون."
    assert "German chancellor's office" not in _last_sentence_sources(text, "2023-05-10")


def test_an_agency_after_a_place_opening_a_line_below_the_pages_head() -> None:
    # the page's stamp, a section name and the headline (told twice) come before the dateline
    head = "ملك البحرين يتلقى اتصالين هاتفيين من الرئيس الفرنسي ورئيس الوزراء الهندي"
    text = (
        f"السبت 4 مايو 2024\nأخبار محلية\n{head}\n{head}\n\n"
        "المنامة ـ بنا: تلقى الملك حمد بن عيسى آل خليفة ملك البحرين اليوم اتصالا هاتفيا من الرئيس الفرنسي "
        "إيمانويل ماكرون. كما تلقى الملك اتصالا هاتفيا من رئيس الوزراء الهندي ناريندرا مودي."
    )
    events = extract_events(text, "2024-05-04")
    assert "BNA" in _names(events, "Emmanuel Macron") and "BNA" in _names(events, "Narendra Modi")


def test_a_word_that_names_an_agency_inside_a_line_is_no_dateline() -> None:
    # "بنا" in the middle of a sentence's line is the ordinary word, not the Bahraini agency
    text = (
        "تلقى الملك حمد بن عيسى آل خليفة ملك البحرين اليوم اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون، "
        "وقال إن الاتصال مر بنا: بحثنا فيه الأوضاع الإقليمية."
    )
    assert "BNA" not in sources(text, "2024-05-04")


def test_the_dateline_agency_reports_an_earlier_contact_told_in_passing() -> None:
    text = (
        "بكين 12 مايو (شينخوا) -- أجرى الرئيس الصيني شي جين بينغ اليوم الأحد اتصالا هاتفيا مع الرئيس الروسي "
        "فلاديمير بوتين. وكان الرئيسان قد التقيا في موسكو يوم 20 مارس الماضي."
    )
    events = extract_events(text, "2024-05-12")
    assert any(e.background for e in events)
    assert all("Xinhua" in {s.name_en for s in e.sources} for e in events)


def test_a_lead_citation_is_no_credit_for_an_earlier_contact() -> None:
    # the agency the lead sentence cites tells the news; the earlier meeting is the article's aside
    text = (
        "كشفت وكالة الأنباء القطرية أن أمير قطر الشيخ تميم بن حمد آل ثاني أجرى اليوم اتصالا هاتفيا مع الرئيس "
        "الفرنسي إيمانويل ماكرون. وكان الأمير قد التقى ماكرون في باريس يوم 3 فبراير الماضي."
    )
    background = [e for e in extract_events(text, "2024-05-12") if e.background]
    assert background and all("QNA" not in {s.name_en for s in e.sources} for e in background)


def test_a_national_agency_named_by_its_country_is_a_cited_medium() -> None:
    # "وكالة الأنباء السورية" (SANA, named by its country) and "قنا" are both cited: neither is the
    # article's sole medium, so the call told without a source takes neither
    text = (
        "بعث الرئيس السوري بشار الأسد برقية تهنئة إلى الرئيس الجزائري عبد المجيد تبون، وفق ما أوردته وكالة "
        "الأنباء السورية.\n"
        "وفي الجزائر، أجرى رئيس الحكومة الإيطالية جورجيا ميلوني مساء اليوم اتصالا هاتفيا مع تبون.\n"
        "وذكرت قنا أن أمير قطر الشيخ تميم بن حمد آل ثاني بعث برقية تهنئة إلى تبون."
    )
    events = extract_events(text, "2023-05-10")
    assert "SANA" in _names(events, "Bashar al-Assad")
    assert "QNA" not in _names(events, "Giorgia Meloni") | _names(events, "Bashar al-Assad")


def test_a_body_speaks_for_its_leader_named_without_a_country() -> None:
    # "المستشارة" carries no country; her office's country on the day is Germany
    text = (
        "أعلن مكتب المستشارة الألمانية أنغيلا ميركل أن برلين تتابع ملف الطاقة.\n"
        "وفي وقت لاحق، بحثت المستشارة في اتصال هاتفي مع الرئيس الفرنسي إيمانويل ماكرون أزمة الطاقة."
    )
    assert "German chancellor's office" in _names(extract_events(text, "2019-05-10"), "Angela Merkel")


KUWAIT_CALL = "تلقى أمير الكويت الشيخ نواف الأحمد الجابر الصباح اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an agency's Latin-script name in a dateline, a closing credit or a source line
        (f"الكويت (KUNA) -- {KUWAIT_CALL}.", "KUNA"),
        (f"{KUWAIT_CALL} مساء اليوم. (AFP)", "AFP"),
        (f"{KUWAIT_CALL}.\nالمصدر: Reuters", "Reuters"),
        # an English word as a name only after a cue
        (f"{KUWAIT_CALL}، حسب ما نقلت وكالة SPA.", "SPA"),
        # the country's name after "وكالة أنباء"
        (f"{KUWAIT_CALL}، بحسب ما أوردته وكالة أنباء الكويت.", "KUNA"),
    ],
)
def test_agency_names_in_latin_script_and_by_country(text: str, name: str) -> None:
    assert name in sources(text, "2022-05-05")


def test_an_outlets_latin_brand_as_its_own_dateline_is_no_source() -> None:
    text = f"دبي، الإمارات العربية المتحدة (CNN) - {KUWAIT_CALL}."
    assert "CNN" not in sources(text, "2022-05-05")


def test_a_name_inside_a_templates_span_is_the_body() -> None:
    # "وكالة أنباء ... اليابانية" around a name of its own is that agency, not a Japanese agency besides
    text = (
        "أجرى رئيس الوزراء الياباني فوميو كيشيدا اتصالا هاتفيا مع الرئيس الكوري الجنوبي يون سوك يول، "
        "وفقا لما نقلته وكالة أنباء /كيودو/ اليابانية."
    )
    found = sources(text, "2022-05-12")
    assert "Kyodo" in found and "Japanese news agency" not in found


def test_words_said_during_the_contact_do_not_make_the_speaker_its_source() -> None:
    text = (
        "بكين 8 يونيو (شينخوا) -- قال الرئيس الصيني شي جين بينغ اليوم إن بلاده تدعم التعاون الدولي في مكافحة "
        "الأوبئة، وأدلى شي بهذه الكلمات خلال محادثة عبر الفيديو مع المستشار الألماني أولاف شولتس."
    )
    found = sources(text, "2022-06-08")
    assert "Xinhua" in found and "Xi Jinping" not in found


def test_a_statement_that_tells_of_the_contact_credits_the_speaker() -> None:
    text = (
        "التقت رئيسة الوزراء الإيطالية جورجيا ميلوني اليوم الرئيس التونسي قيس سعيد في قرطاج. "
        "جاء ذلك في بيان لميلوني عقب اللقاء."
    )
    assert "Giorgia Meloni" in sources(text, "2023-06-06")


def test_a_post_on_another_matter_is_no_source_of_a_contact_after_its_full_stop() -> None:
    # the quote closes the post's sentence; the planned visit is told in the next one
    text = (
        "أجرى الرئيس الأمريكي دونالد ترامب اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان، بحسب البيت الأبيض. "
        "وقال ترامب في تغريدة لاحقة إنه سيفرض رسوما جديدة «إذا لزم الأمر». ومن المقرر أن يزور أردوغان "
        "واشنطن الشهر المقبل."
    )
    assert "Donald Trump" not in sources(text, "2019-10-10")


def test_a_roundups_continuation_credits_the_events_of_the_people_it_names() -> None:
    text = (
        "بعث العاهل البحريني الملك حمد بن عيسى آل خليفة والرئيس الفلسطيني محمود عباس اليوم برقيتي تهنئة إلى "
        "الرئيس الصيني شي جين بينغ بمناسبة إعادة انتخابه.\n"
        "وبحسب وكالة أنباء البحرين، أعرب الملك حمد في برقيته عن أطيب تمنياته للشعب الصيني.\n"
        "وذكرت وكالة وفا أن عباس تمنى للرئيس الصيني النجاح في مهامه."
    )
    events = extract_events(text, "2023-03-10")
    assert "BNA" in _names(events, "Hamad bin Isa Al Khalifa")
    assert "BNA" not in _names(events, "Mahmoud Abbas") and "WAFA" not in _names(events, "Hamad bin Isa Al Khalifa")


def test_an_official_body_is_no_source_of_contacts_without_its_country() -> None:
    # the Iraqi ministry tells of its own minister's call; the Omani-Qatari call is not its report
    text = (
        "أجرى وزير الخارجية العماني يوسف بن علوي بن عبد الله اتصالا هاتفيا مع وزير الخارجية القطري محمد بن "
        "عبد الرحمن آل ثاني، وفق وزارة الخارجية العمانية.\n"
        "من جهتها قالت وزارة الخارجية العراقية إن الوزير العماني تحدث مع نظيره العراقي هاتفيا عن التعاون."
    )
    found = _names(extract_events(text, "2019-12-29"), "Mohammed bin Abdulrahman Al Thani")
    assert "Omani foreign ministry" in found and "Iraqi foreign ministry" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a presidency's press service or press secretary (wording of translated wire copy)
        (
            "أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع الرئيس الكازاخستاني قاسم جومارت توكاييف، "
            "بحسب الخدمة الصحفية للرئيس الكازاخستاني.",
            "Kazakh presidential press office",
        ),
        # "the leader's office" of the outlet's translation, after "جاء ذلك في"
        (
            "تحدث الرئيس المصري عبد الفتاح السيسي هاتفيا مع الرئيس الروسي فلاديمير بوتين. "
            "جاء ذلك في مكتب الزعيم المصري.",
            "Egyptian presidential press office",
        ),
        # a foreign ministry's long name, then the country
        (
            "تلقى وزير الخارجية المصري سامح شكري اتصالا هاتفيا من وزير الخارجية الأردني أيمن الصفدي، بحسب بيان "
            "لوزارة الخارجية وشؤون المغتربين الأردنية.",
            "Jordanian foreign ministry",
        ),
    ],
)
def test_press_services_and_long_ministry_names(text: str, name: str) -> None:
    assert name in sources(text, "2022-05-05")


def test_the_office_of_a_leader_named_by_surname_with_a_clitic() -> None:
    text = (
        "استقبل رئيس مجلس الوزراء العراقي مصطفى الكاظمي في بغداد اليوم وزير الخارجية الإيراني محمد جواد ظريف، "
        "وفق بيان للمكتب الإعلامي للكاظمي."
    )
    assert "Iraqi prime minister's office" in sources(text, "2021-04-26")


def test_a_named_member_stands_for_the_kind_of_media_before_it() -> None:
    text = (
        "أجرى الرئيس الأمريكي دونالد ترامب اتصالا هاتفيا مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو، "
        "وذكرت وسائل إعلام إسرائيلية، بينها صحيفة هآرتس، أن الاتصال تناول الملف الإيراني."
    )
    found = sources(text, "2019-03-20")
    assert "Haaretz" in found and "Israeli media" not in found


def test_the_start_of_a_countrys_name_is_no_channel() -> None:
    # "العربية" of "العربية السعودية" after a verb of saying is the country, not the channel
    text = (
        "أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع ولي العهد السعودي الأمير محمد بن سلمان. "
        "وأكد ولي عهد العربية السعودية خلال الاتصال أهمية استقرار أسواق الطاقة."
    )
    assert "Al Arabiya" not in sources(text, "2022-04-16")


def test_a_source_line_body_of_another_country_is_no_source() -> None:
    # the Qatari diwan on the source line of a call between the Omani sultan and the French president
    text = "تلقى سلطان عمان هيثم بن طارق اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون.\nالمصدر: الديوان الأميري"
    assert "Amiri Diwan" not in sources(text, "2022-05-05")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "أجرى رئيس الوزراء الماليزي أنور إبراهيم اتصالا هاتفيا مع الرئيس الإندونيسي جوكو ويدودو، بحسب برناما.",
            "Malaysian news agency",
        ),
        (
            "أجرى الرئيس الأذربيجاني إلهام علييف اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان، وفق أذرتاج.",
            "Azerbaijani news agency",
        ),
    ],
)
def test_a_national_agency_by_its_own_name_is_the_countrys_news_agency(text: str, name: str) -> None:
    # the name of its own and "وكالة الأنباء الماليزية" are one source, under the built name
    assert name in sources(text, "2023-09-13")


def test_an_earlier_statement_of_a_body_is_no_report_of_the_contact() -> None:
    text = (
        "التقى الرئيس الجزائري عبد المجيد تبون في مسقط اليوم سلطان عمان هيثم بن طارق، بحسب وكالة الأنباء "
        "العمانية. ووصل تبون إلى مسقط قادما من القاهرة في جولة عربية، وفق بيان سابق للرئاسة الجزائرية."
    )
    assert "Algerian presidential press office" not in {
        s.name_en for e in extract_events(text, "2023-12-12") for s in e.sources
    }


def test_earlier_the_same_day_a_body_still_reports_the_contact() -> None:
    text = (
        "أجرى الرئيس الأمريكي جو بايدن اتصالا هاتفيا مع العاهل الأردني الملك عبد الله الثاني، بحسب وكالة بترا. "
        "وفي وقت سابق من اليوم ذكر البيت الأبيض أن الرئيس شدد خلال الاتصال على دعم عمّان."
    )
    assert "White House" in sources(text, "2021-04-08")
