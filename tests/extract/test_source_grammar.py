"""Source grammar and statement days (issue 11, "Sources", "Dates"): each rule on sentences written
for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import of_type, sources

from rasd.extract import extract_events

CALL = "أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an outlet's name in quotes after its kind word
        (f"وذكرت صحيفة «إزفستيا» الروسية أن {CALL}.", "Izvestia"),
        (f'ووفقا لوكالة "تاس" {CALL} أمس.', "TASS"),
        # a verb after its subject
        (f"{CALL}. والرئاسة التركية قد أعلنت بدورها تفاصيل المباحثات.", "Turkish presidential press office"),
        # a country's long name after a template
        (f"أعلنت رئاسة الجمهورية التركية أن {CALL}.", "Turkish presidential press office"),
        # the prime minister's seat
        (
            "تحدث رئيس الوزراء البريطاني كير ستارمر هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون، بحسب داونينغ ستريت.",
            "British prime minister's office",
        ),
        # an agency ending the dateline's line
        (f"الرباط - ومع\n{CALL}.", "MAP"),
        (f"موسكو - أ.ف.ب:\n{CALL}.", "AFP"),
    ],
)
def test_source_forms(text: str, name: str) -> None:
    assert name in sources(text)


def test_the_official_agency_is_the_participants_countrys_own() -> None:
    text = "تلقى أمير قطر الشيخ تميم بن حمد آل ثاني اتصالا هاتفيا من الرئيس الأمريكي جو بايدن، وفق ما أوردت الوكالة الرسمية."
    assert "QNA" in sources(text, "2023-03-01")


def test_a_royal_court_statement_on_a_crown_princes_call() -> None:
    text = "وقال الديوان الملكي في بيان إن ولي العهد الأمير محمد بن سلمان تلقى اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون."
    assert "Saudi royal court" in sources(text, "2023-03-01")


def test_the_office_of_a_leader_named_after_their_title() -> None:
    text = "أفاد مكتب رئيس الوزراء البريطاني كير ستارمر بأنه تحدث هاتفيا مع الرئيس الأوكراني فولوديمير زيلينسكي."
    assert "British prime minister's office" in sources(text, "2025-02-01")


def test_a_leader_who_announces_the_contact_is_its_source_not_the_platform() -> None:
    text = "كتب الرئيس الأمريكي دونالد ترامب على منصة تروث سوشيال أنه أجرى مكالمة مع الرئيس الروسي فلاديمير بوتين."
    found = sources(text, "2025-02-13")
    assert "Donald Trump" in found and "Truth Social" not in found


def test_a_person_quoted_on_the_contact() -> None:
    text = "ونقلت وكالة تاس عن يوري أوشاكوف قوله إن بوتين وترامب تحدثا هاتفيا لمدة ساعة."
    assert {"TASS", "Yuri Ushakov"} <= sources(text, "2025-02-13")


def test_own_words_after_a_colon() -> None:
    text = (
        'وقال وزير الخارجية الإيراني عباس عراقجي: "تلقيت اليوم اتصالا هاتفيا من وزير الخارجية العماني بدر البوسعيدي".'
    )
    assert "Abbas Araghchi" in sources(text, "2025-02-13")


def test_a_person_who_is_only_talked_about_is_no_source() -> None:
    text = (
        "أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان تناولا خلاله الوضع في سوريا."
    )
    assert sources(text) == set()


def test_the_day_of_a_publication_before_the_reports_noun_is_the_statements() -> None:
    text = (
        "ونشرت صحيفة بيلد الألمانية، الخميس، فحوى مكالمة هاتفية جرت الإثنين بين المستشار الألماني "
        "فريدريش ميرتس والرئيس الفرنسي إيمانويل ماكرون."
    )
    (event,) = extract_events(text, "2025-12-04")
    assert event.date == "2025-12-01"


@pytest.mark.parametrize(
    "text",
    [
        "اطمأن رئيس الوزراء الإثيوبي آبي أحمد اليوم في اتصال هاتفي على نظيره السوداني عبد الله حمدوك.",
        "قام رئيس الوزراء الإثيوبي آبي أحمد اليوم بإجراء اتصال هاتفي مع نظيره السوداني عبد الله حمدوك.",
    ],
)
def test_the_one_who_checks_on_another_or_carries_out_the_call_placed_it(text: str) -> None:
    (event,) = of_type(text, "2020-03-09", "phone_call")
    caller = next(p for p in event.participants if p.person_id == event.initiator)
    assert caller.name_en == "Abiy Ahmed"


def test_a_minister_of_information_is_no_media() -> None:
    text = f"{CALL}. وكشف وزير الإعلام التركي فحوى الاتصال."
    assert "Turkish media" not in sources(text)


def test_a_quoted_channel_is_the_channel_not_its_countrys_media() -> None:
    text = f'{CALL}. وحسب قناة "روسيا اليوم" بحث الرئيسان الوضع في سوريا.'
    found = sources(text)
    assert "RT Arabic" in found and "Russian media" not in found


def test_the_paper_named_before_is_the_source_of_a_later_sentence() -> None:
    text = (
        "ذكرت صحيفة هآرتس أن رئيس الوزراء الإسرائيلي بنيامين نتنياهو طلب مكالمة مع الرئيس التركي. "
        "وأضافت الصحيفة أن الرئيس الإسرائيلي إسحاق هرتسوغ أجرى اتصالا هاتفيا بالرئيس التركي رجب طيب أردوغان."
    )
    call = next(
        e for e in extract_events(text, "2022-03-01") if {p.name_en for p in e.participants} >= {"Isaac Herzog"}
    )
    assert "Haaretz" in {s.name_en for s in call.sources}


def test_a_sentence_retelling_the_contact_credits_the_one_who_tells_it() -> None:
    text = (
        "تحادث الرئيس الأمريكي جو بايدن هاتفيا مساء أمس مع رئيس الوزراء الهندي ناريندرا مودي. "
        "وفي منشور على منصة إكس صباح اليوم، ذكر مودي أن المكالمة كانت مثمرة."
    )
    (event,) = extract_events(text, "2021-02-09")
    assert "Narendra Modi" in {s.name_en for s in event.sources}


def test_a_leaders_own_words_in_the_first_person_name_the_caller() -> None:
    text = 'وقال وزير الخارجية الجزائري أحمد عطاف: "تلقيت اليوم اتصالا هاتفيا من وزير الخارجية الأمريكي أنتوني بلينكن".'
    (event,) = of_type(text, "2024-03-01", "phone_call")
    caller = next(p for p in event.participants if p.person_id == event.initiator)
    assert caller.name_en == "Antony Blinken"


def test_a_quoted_channel_with_its_countrys_adjective_is_the_channel() -> None:
    text = f"{CALL}، حسب قناة «المملكة» الأردنية."
    found = sources(text)
    assert "Al Mamlaka TV" in found and "Jordanian media" not in found


def test_unnamed_presidential_sources() -> None:
    text = "وأفادت مصادر رئاسية لوكالة الأناضول بأن الرئيس التركي رجب طيب أردوغان تلقى اتصالا هاتفيا من الرئيس الروسي فلاديمير بوتين."
    assert {"Turkish presidential sources", "Anadolu"} <= sources(text, "2020-03-01")


def test_the_office_of_a_prime_minister_named_with_a_long_title() -> None:
    text = (
        "أعلن مكتب رئيس وزراء حكومة الاحتلال الإسرائيلي نفتالي بينيت اليوم أن بينيت تلقى اتصالا هاتفيا "
        "من الرئيس الأمريكي جو بايدن."
    )
    found = sources(text, "2022-04-17")
    assert "Israeli prime minister's office" in found and "Israeli government" not in found


def test_the_verbal_noun_with_the_callers_pronoun() -> None:
    text = "أعلن رئيس الوزراء الإسرائيلي نفتالي بينيت اليوم عن إجرائه مكالمة هاتفية مع الرئيس الأمريكي جو بايدن."
    (event,) = of_type(text, "2022-04-24", "phone_call")
    caller = next(p for p in event.participants if p.person_id == event.initiator)
    assert caller.name_en == "Naftali Bennett"


def test_a_contact_named_right_after_the_day_after() -> None:
    text = (
        "استقبل الرئيس الأمريكي دونالد ترامب اليوم الجمعة الرئيس الأوكراني فولوديمير زيلينسكي. وتأتي "
        "الزيارة بعد يوم من مكالمة هاتفية بين الرئيس الروسي فلاديمير بوتين وترامب."
    )
    call = next(e for e in extract_events(text, "2025-10-17") if e.type == "phone_call")
    assert call.date == "2025-10-16"


def test_the_day_after_another_happening_dates_nothing_itself() -> None:
    text = "أجرى الرئيس التركي رجب طيب أردوغان اتصالا هاتفيا بالرئيس الأمريكي دونالد ترامب غداة فوزه في الانتخابات."
    (event,) = extract_events(text, "2024-11-07")
    assert event.date == "2024-11-07"


def test_a_weekday_in_brackets_after_today_is_today() -> None:
    text = "أجرى الرئيس الصيني شي جين بينغ اليوم (الجمعة) اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين."
    (event,) = extract_events(text, "2024-03-15")
    assert (event.date, event.date_basis) == ("2024-03-15", "today")


def test_a_ministers_title_is_no_official_source() -> None:
    text = (
        "استقبل أمير قطر الشيخ تميم بن حمد آل ثاني نائب وزير شؤون الديوان الأميري، ثم تلقى اتصالا هاتفيا "
        "من الرئيس التركي رجب طيب أردوغان."
    )
    assert "Amiri Diwan" not in sources(text, "2024-03-15")


def test_the_sender_of_a_message_it_names_after_the_noun() -> None:
    text = "أشاد الرئيس السوري بشار الأسد بالرسالة التي وجهها الرئيس الإيراني إبراهيم رئيسي إلى نظيره السوري."
    events = of_type(text, "2022-05-01", "message")
    assert events and all(
        next(p.name_en for p in e.participants if p.person_id == e.initiator) == "Ebrahim Raisi" for e in events
    )
