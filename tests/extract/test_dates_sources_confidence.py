"""Day, status, sources and confidence of an event once its people are known: language rules,
each on sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import of_type, people

from rasd.dates import find_dates, parse_iso, said_day
from rasd.extract import extract_events
from rasd.normalize import normalize
from rasd.records import participant_key

# The day of a statement is not the day of the contact it reports -----------------------------


def test_day_of_an_announcement_before_an_that_clause_is_the_statements():
    text = normalize("أعلن الرئيس اليوم السبت أنه أجرى اتصالا هاتفيا مع نظيره").text
    day = find_dates(text, parse_iso("2025-08-09"))[0]
    assert said_day(text, day, text.index("اتصالا"))
    plain = normalize("أجرى الرئيس اليوم السبت اتصالا هاتفيا مع نظيره وأكد أن").text
    assert not said_day(plain, find_dates(plain, parse_iso("2025-08-09"))[0], plain.index("اتصالا"))


def test_contact_day_written_in_the_reported_clause_wins_over_the_statement_day():
    text = (
        "قال الرئيس الفرنسي إيمانويل ماكرون في بيان اليوم الأربعاء إن مكالمته مع الرئيس الأمريكي "
        "جو بايدن جرت أمس الثلاثاء وتناولت الحرب في أوكرانيا."
    )
    (event,) = extract_events(text, "2022-03-02")
    assert people(event) == ["Emmanuel Macron", "Joe Biden"]
    assert event.date == "2022-03-01" and event.date_basis == "yesterday"


def test_a_later_sentence_dates_the_contact_an_announcement_reported():
    text = (
        "أعلن رئيس الوزراء البريطاني كير ستارمر اليوم الجمعة أنه أجرى اتصالا هاتفيا مع المستشار الألماني "
        "أولاف شولتس. وأوضح ستارمر أن مكالمته مع شولتس جرت مساء أمس الخميس."
    )
    events = [e for e in extract_events(text, "2024-11-15") if e.status == "reported"]
    assert len(events) == 1
    assert events[0].date == "2024-11-14"


def test_announcement_alone_still_dates_the_contact():
    text = "أعلن الكرملين اليوم الاثنين أن الرئيس فلاديمير بوتين أجرى اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان."
    (event,) = extract_events(text, "2020-04-20")
    assert event.date == "2020-04-20"


# A report the article denies is the denied contact -----------------------------------------------


def test_a_denied_report_is_one_denied_event_with_the_reports_day():
    text = (
        "نفى الكرملين اليوم الاثنين تقارير صحفية عن مكالمة بين الرئيس الروسي فلاديمير بوتين والرئيس "
        "الأمريكي دونالد ترامب. وكانت صحيفة أمريكية قد ذكرت أن ترامب وبوتين تحدثا هاتفيا يوم الخميس."
    )
    events = extract_events(text, "2024-11-11")
    assert [e.status for e in events] == ["denied"]
    assert people(events[0]) == ["Donald Trump", "Vladimir Putin"]
    assert events[0].date == "2024-11-07"


def test_an_earlier_call_on_a_written_date_stays_apart_from_a_denial():
    text = (
        "نفى الكرملين اليوم الاثنين أن يكون الرئيس فلاديمير بوتين قد تحدث مع الرئيس الأمريكي دونالد ترامب "
        "هذا الأسبوع. وكان بوتين وترامب قد أجريا اتصالا هاتفيا في 12 فبراير 2025."
    )
    events = extract_events(text, "2025-03-10")
    statuses = sorted(e.status for e in events)
    assert statuses == ["denied", "reported"]
    assert next(e for e in events if e.status == "reported").date == "2025-02-12"


# Status: an expected contact -------------------------------------------------------------------


def test_an_expected_call_named_by_an_adjective_after_it_is_planned():
    text = (
        "أكدت الرئاسة المصرية أن اتصالا هاتفيا مرتقبا بين الرئيس المصري عبد الفتاح السيسي "
        "والرئيس الفرنسي إيمانويل ماكرون سيتناول الأوضاع في غزة."
    )
    events = extract_events(text, "2023-10-20")
    assert [e.status for e in events] == ["planned"]


def test_a_call_followed_by_a_plain_adjective_stays_reported():
    text = "أجرى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا مطولا مع الرئيس الفرنسي إيمانويل ماكرون اليوم."
    (event,) = extract_events(text, "2023-10-20")
    assert event.status == "reported"


# Confidence: a meeting told aside ------------------------------------------------------------------


def _meeting(text, published):
    return of_type(text, published, "meeting")[0]


def test_a_meeting_told_after_the_lead_call_weighs_less_than_the_same_meeting_as_news():
    call = "أجرى الرئيس الروسي فلاديمير بوتين اليوم اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان. "
    meeting = "واجتمع أردوغان مع بوتين في سوتشي."
    aside = _meeting(call + meeting, "2021-09-20")
    alone = _meeting(meeting, "2021-09-20")
    assert aside.confidence < alone.confidence


def test_a_meeting_with_its_own_written_date_is_not_told_aside():
    call = "أجرى الرئيس الروسي فلاديمير بوتين اليوم اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان. "
    meeting = "واجتمع أردوغان مع بوتين في سوتشي في 29 سبتمبر 2021."
    assert _meeting(call + meeting, "2021-12-03").confidence == _meeting(meeting, "2021-12-03").confidence


# Sources -------------------------------------------------------------------------------------------


def _sources(event):
    return sorted(s.name_en for s in event.sources)


def test_a_government_spokesperson_is_named_with_the_government_they_speak_for():
    text = (
        "أجرى المستشار الألماني أولاف شولتس اليوم اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون، "
        "بحسب المتحدث باسم الحكومة الألمانية."
    )
    (event,) = extract_events(text, "2023-05-10")
    assert {"German government spokesperson", "German government"} <= set(_sources(event))


def test_a_spokesperson_of_the_government_without_country_speaks_for_its_head():
    text = (
        "أجرى المستشار الألماني أولاف شولتس اليوم اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون. "
        "وقال المتحدث باسم الحكومة إن الجانبين بحثا الوضع في أوكرانيا."
    )
    (event,) = extract_events(text, "2023-05-10")
    assert "German government spokesperson" in _sources(event)


def test_a_leaders_own_statement_is_credited_to_their_office():
    text = (
        "أجرى رئيس جنوب إفريقيا سيريل رامافوزا اليوم اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين. "
        "وقال رامافوزا في بيان إن المكالمة تناولت جهود السلام."
    )
    (event,) = extract_events(text, "2025-08-09")
    assert "South African presidential press office" in _sources(event)


def test_a_leader_quoted_without_a_statement_is_no_source():
    text = (
        "أجرى رئيس جنوب إفريقيا سيريل رامافوزا اليوم اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين. "
        "وقال رامافوزا للصحفيين إن المكالمة كانت جيدة."
    )
    (event,) = extract_events(text, "2025-08-09")
    assert "South African presidential press office" not in _sources(event)


# Confidence: a disputed report ----------------------------------------------------------------------


def test_a_meeting_another_sentence_denies_is_flagged_contested_and_weighs_less():
    report = "ذكرت وسائل إعلام إسرائيلية أن رئيس الوزراء الإسرائيلي بنيامين نتنياهو التقى ولي العهد السعودي محمد بن سلمان أمس. "
    denial = "ونفى وزير الخارجية السعودي فيصل بن فرحان حدوث أي لقاء من هذا النوع."
    alone = next(e for e in extract_events(report, "2020-11-23") if e.status == "reported")
    disputed = next(e for e in extract_events(report + denial, "2020-11-23") if e.status == "reported")
    assert "contested" in disputed.flags and "contested" not in alone.flags
    assert disputed.confidence < alone.confidence


def test_a_denial_of_another_kind_of_contact_does_not_contest_a_call():
    text = (
        "أجرى الرئيس الروسي فلاديمير بوتين اليوم اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان. "
        "ونفى الكرملين أي زيارة قريبة لبوتين إلى أنقرة."
    )
    call = next(e for e in extract_events(text, "2021-09-20") if e.type == "phone_call")
    assert "contested" not in call.flags


def test_the_presidency_without_a_country_is_the_one_of_the_president_named_by_the_bare_title():
    text = (
        "أجرى رئيس الجمهورية عبد المجيد تبون اليوم مكالمة هاتفية مع نظيره الفرنسي إيمانويل ماكرون، "
        "حسبما أفاد بيان لرئاسة الجمهورية."
    )
    (event,) = extract_events(text, "2023-03-10")
    assert "Algerian presidential press office" in _sources(event)
    assert "Elysee" not in _sources(event)


def test_the_media_office_of_the_prime_minister_speaks_for_the_participant_who_is_prime_minister():
    text = (
        "وقال المكتب الإعلامي لرئيس مجلس الوزراء في بيان إن رئيس الوزراء العراقي محمد شياع السوداني "
        "تلقى اليوم اتصالا هاتفيا من ولي العهد السعودي الأمير محمد بن سلمان."
    )
    (event,) = extract_events(text, "2024-12-11")
    assert "Iraqi prime minister's office" in _sources(event)


def test_an_agreed_or_intended_meeting_is_planned():
    text = (
        "أجرى الرئيس الأمريكي دونالد ترامب اليوم اتصالا هاتفيا مع الرئيس الصيني شي جين بينغ. "
        "وأعلن ترامب موافقته على لقاء شي جين بينغ في كوريا الجنوبية."
    )
    events = {e.type: e for e in extract_events(text, "2025-09-19")}
    assert events["phone_call"].status == "reported"
    assert events["meeting"].status == "planned"


def test_a_scheduled_meeting_with_a_long_subject_and_a_day_before_the_contact_word_is_planned():
    # "من المقرر أن يعقد X اليوم الخميس مباحثات مع Y": the subject's titles and the day push the
    # contact word seven or more words after "أن" + the present verb; it is still to come
    text = (
        "وصل الرئيس الصيني شي جين بينغ أمس إلى الرياض في زيارة رسمية. ومن المقرر أن يعقد الرئيس الصيني "
        "شي جين بينغ اليوم الخميس جلسة مباحثات مع ولي العهد السعودي الأمير محمد بن سلمان."
    )
    meetings = of_type(text, "2022-12-08", "meeting")
    assert meetings and all(e.status == "planned" for e in meetings)


@pytest.mark.parametrize(
    "text",
    [
        # a future verb whose subject is the contact word
        "ذكرت مصادر أن اتصالا هاتفيا سيجمع الرئيس الأمريكي جو بايدن والرئيس الصيني شي جين بينغ قريبا.",
        # "يُنتظر أن" + a present verb: expected
        "يُنتظر أن يجري الرئيس الأمريكي جو بايدن اتصالا هاتفيا بالرئيس الصيني شي جين بينغ.",
    ],
)
def test_a_call_to_come_told_by_a_future_verb_after_it_or_an_expectation_is_planned(text):
    [event] = extract_events(text, "2022-11-01")
    assert event.status == "planned"


def test_a_future_verb_governs_the_contact_word_across_a_long_royal_subject():
    # "سيجري [honorific + title + five-word name] اتصالا": only the subject stands between
    text = "سيجري خادم الحرمين الشريفين الملك سلمان بن عبد العزيز آل سعود اتصالا هاتفيا بالرئيس الأمريكي باراك أوباما."
    [event] = extract_events(text, "2015-09-01")
    assert event.status == "planned"


def test_a_possible_call_said_to_have_taken_place_is_unconfirmed():
    # "اتصال محتمل جرى": a call that may have happened (not a possibility to come, which makes no event)
    text = (
        "نقلت صحيفة عن مصادر وجود اتصال هاتفي محتمل جرى سرا بين الرئيس الروسي فلاديمير بوتين "
        "والرئيس الأمريكي دونالد ترامب."
    )
    [event] = extract_events(text, "2024-10-08")
    assert event.status == "unconfirmed"


def test_a_later_sentence_that_will_not_confirm_the_call_makes_it_unconfirmed():
    text = (
        "ذكرت قناة إسرائيلية أن رئيس الوزراء الإسرائيلي بنيامين نتنياهو أجرى مساء الأحد اتصالا هاتفيا "
        "مع ولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان. ورفض مكتب نتنياهو تأكيد الاتصال أو نفيه."
    )
    events = extract_events(text, "2021-03-15")
    assert [e.status for e in events] == ["unconfirmed"]


def test_a_meeting_that_is_the_purpose_of_a_trip_is_planned():
    text = "يتوجه الرئيس التركي رجب طيب أردوغان اليوم إلى سوتشي للقاء الرئيس الروسي فلاديمير بوتين."
    events = extract_events(text, "2017-11-13")
    assert events and all(e.status == "planned" for e in events)


def test_a_meeting_referred_back_to_with_a_relative_clause_is_not_a_purpose():
    text = (
        "أشاد الرئيس الروسي فلاديمير بوتين بنتائج اللقاء الذي جمعه أمس بالرئيس التركي رجب طيب أردوغان "
        "وتطرق للقاء الذي عقداه في سوتشي."
    )
    assert all(e.status == "reported" for e in extract_events(text, "2017-11-14"))


# Sources named without their country, spokespeople, source lines ---------------------------------


def test_the_ministry_referred_back_to_is_the_foreign_ministers_own():
    text = (
        "تلقى وزير الخارجية المصري سامح شكري اليوم اتصالا هاتفيا من وزير الخارجية الأردني أيمن الصفدي. "
        "وبحسب بيان صادر عن الوزارة، بحث الوزيران الأوضاع في المنطقة."
    )
    (event,) = extract_events(text, "2023-05-02", home_country="EG")
    assert _sources(event) == ["Egyptian foreign ministry"]


def test_a_spokespersons_long_title_still_names_the_ministry_they_speak_for():
    text = (
        "قال المتحدث الرسمي ومدير إدارة الإعلام بوزارة الخارجية إن وزير الخارجية المصري سامح شكري "
        "أجرى اليوم اتصالا هاتفيا مع وزير الخارجية الأردني أيمن الصفدي."
    )
    (event,) = extract_events(text, "2023-05-02", home_country="EG")
    assert _sources(event) == ["Egyptian foreign ministry"]


def test_the_presidential_spokesman_speaks_for_the_presidency_of_the_participant():
    text = (
        "تلقى الرئيس المصري عبد الفتاح السيسي اليوم اتصالا هاتفيا من العاهل الأردني الملك عبد الله الثاني. "
        "وأوضح السفير أحمد فهمي، المتحدث الرئاسي، أن الاتصال تناول العلاقات الثنائية."
    )
    (event,) = extract_events(text, "2023-05-02")
    assert _sources(event) == ["Egyptian presidential press office"]


def test_a_source_line_may_name_several_sources_or_the_presidency_without_its_country():
    call = "تلقى الرئيس التونسي قيس سعيد اليوم اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون.\n"
    (event,) = extract_events(call + "المصدر: الصفحة الرسمية لرئاسة الجمهورية", "2023-05-02")
    assert _sources(event) == ["Tunisian presidential press office"]
    (event,) = extract_events(call + 'المصدر: "آكي" + "تاس"', "2023-05-02")
    assert _sources(event) == ["AKI", "TASS"]


def test_unnamed_government_officials_of_a_country_are_a_source():
    text = (
        "أفادت مصادر حكومية إيطالية بأن رئيس الوزراء الإيطالي ماريو دراغي أجرى اليوم اتصالا هاتفيا "
        "مع الرئيس الروسي فلاديمير بوتين."
    )
    (event,) = extract_events(text, "2022-03-30")
    assert _sources(event) == ["Italian government sources"]


def test_a_ministry_named_with_its_country_is_not_also_the_participants_own():
    text = (
        "تلقى وزير الخارجية المصري سامح شكري اليوم اتصالا هاتفيا من وزير الخارجية الأردني أيمن الصفدي، "
        "وفق ما ذكرت وزارة الخارجية الأردنية في بيان."
    )
    (event,) = extract_events(text, "2023-05-02", home_country="EG")
    assert _sources(event) == ["Jordanian foreign ministry"]


def test_a_relative_call_verb_with_a_pronoun_subject_makes_the_other_party_the_caller():
    text = (
        "ثمن الرئيس المصري عبد الفتاح السيسي جهود الملك سلمان بن عبد العزيز في تنظيم الحج، جاء ذلك خلال "
        "الاتصال الهاتفي الذي أجراه فخامته اليوم بالعاهل السعودي."
    )
    (event,) = extract_events(text, "2020-08-03")
    caller = next(p for p in event.participants if participant_key(p) == event.initiator)
    assert caller.name_en == "Abdel Fattah el-Sisi"


def test_an_unnamed_source_of_a_country_is_named_by_its_country():
    text = (
        "كشف مصدر عراقي اليوم أن رئيس الوزراء العراقي حيدر العبادي أجرى اتصالا هاتفيا مع الرئيس الأمريكي دونالد ترامب."
    )
    (event,) = extract_events(text, "2017-02-09")
    assert _sources(event) == ["Iraqi source"]
    text = (
        "أجرى الرئيس التركي رجب طيب أردوغان اليوم اتصالا هاتفيا مع الرئيس الجزائري عبد المجيد تبون، بحسب مصادر تركية."
    )
    (event,) = extract_events(text, "2020-01-05")
    assert _sources(event) == ["Turkish sources"]


def test_a_post_on_a_social_platform_is_not_an_official_word_on_every_contact():
    text = (
        "كتب الرئيس الأمريكي دونالد ترامب على منصة تروث سوشيال أن اقتصاد بلاده قوي.\n"
        "وفي خبر آخر، تلقى الرئيس الأمريكي دونالد ترامب اليوم اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون."
    )
    (event,) = extract_events(text, "2025-05-02")
    assert "Truth Social" not in _sources(event)


def test_an_agency_name_that_is_also_a_word_counts_between_slashes_in_the_head():
    text = (
        "وزير الخارجية يجري اتصالا هاتفيا مع نظيره العراقي\n"
        "مسقط في 3 فبراير /العمانية/ أجرى وزير الخارجية العماني بدر البوسعيدي اتصالا هاتفيا اليوم مع "
        "وزير الخارجية العراقي فؤاد حسين."
    )
    (event,) = extract_events(text, "2024-02-03")
    assert _sources(event) == ["ONA"]
