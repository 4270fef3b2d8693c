"""Rules about how Arabic news names leaders and contacts, added in the second extraction round
(extractor 0.4.0). Each test states the rule on sentences written for it (never copied text)."""

from __future__ import annotations

from extract_helpers import people, scored

from rasd.extract import extract_events
from rasd.extract.confidence import proximity
from rasd.extract.mentions import _title_prefix
from rasd.normalize import normalize_key
from rasd.records import Participant

# An incoming holder: "الجديد" / "المنتخب" name the office's newest holder -----------------------


def test_new_president_in_a_headline_is_the_president_elect_named_in_the_body():
    # Tebboune won the Algerian election of 12 December 2019 and took office on the 19th: on the
    # 15th the office was still held by the interim head of state.
    text = (
        "رئيس الوزراء الإسباني يهاتف الرئيس الجزائري الجديد\n"
        "هاتف رئيس الوزراء الإسباني بيدرو سانشيز اليوم نظيره الجزائري المنتخب حديثا عبد المجيد تبون "
        "وهنأه بفوزه في الاقتراع."
    )
    events = extract_events(text, "2019-12-15")
    assert [people(e) for e in events] == [["Abdelmadjid Tebboune", "Pedro Sánchez"]]


def test_an_adverb_after_elect_is_no_name():
    text = "اتصل الرئيس الفرنسي إيمانويل ماكرون بالرئيس الجزائري المنتخب حديثا عبد المجيد تبون."
    (event,) = extract_events(text, "2019-12-14")
    assert people(event) == ["Abdelmadjid Tebboune", "Emmanuel Macron"]
    assert all(p.person_id for p in event.participants)


def test_president_elect_without_a_name_is_the_incoming_holder():
    text = "تلقى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا من الرئيس الأمريكي المنتخب."
    (event,) = extract_events(text, "2016-11-20")
    assert people(event) == ["Abdel Fattah el-Sisi", "Donald Trump"]


# A deputy's office: "ونائبا لرئيس مجلس الوزراء" is not the prime minister ---------------------


def test_deputy_in_the_accusative_after_and_is_not_the_office_holder():
    for before in ("ونائبا ل", "ونائبا ", "ونائب ", "نائبة "):
        # the prefix test reads the normalised text (ة folded to ه)
        assert _title_prefix().search(normalize_key("عينه وليا للعهد " + before) + " "), before
    assert not _title_prefix().search(normalize_key("قال الرئيس") + " ")


def test_appointment_as_deputy_prime_minister_adds_no_participant():
    text = (
        "هنأ الرئيس التونسي قيس سعيد في اتصال هاتفي اليوم الأمير محمد بن سلمان بمناسبة تعيينه "
        "وليا للعهد ونائبا لرئيس مجلس الوزراء."
    )
    events = extract_events(text, "2017-06-21")
    assert [people(e) for e in events] == [["Kais Saied", "Mohammed bin Salman Al Saud"]]


# Confidence: evidence beside the trigger ---------------------------------------------------------


def _p(pid):
    return Participant(pid, pid, pid, "XX", pid)


def test_proximity_is_the_farthest_participant_from_its_nearest_trigger():
    assert proximity([(0, 5), (20, 30)], [(8, 15)]) == 5
    assert proximity([(0, 5), (200, 210)], [(8, 15), (190, 195)]) == 5
    assert proximity([], [(0, 1)]) > 10**6


def test_parties_next_to_the_trigger_with_a_caller_pass_the_calls_threshold():
    both = [_p("a"), _p("b")]
    near = scored(both, "published", 1, 0, True, [], distance=10, named=frozenset({"a", "b"}))
    far = scored(both, "published", 1, 0, False, [], distance=400, named=frozenset({"a", "b"}))
    assert near >= 0.5 > far


def test_a_person_known_only_by_office_weighs_less_than_one_named():
    both = [_p("a"), _p("b")]
    named = scored(both, "today", 1, 0, True, [], distance=10, named=frozenset({"a", "b"}))
    by_office = scored(both, "today", 1, 0, True, [], distance=10, named=frozenset({"a"}))
    assert by_office < named


# Namesakes: a surname after another given name is someone else ---------------------------------


def test_surname_after_another_given_name_is_a_namesake():
    text = (
        "أجرى الرئيس اليمني عبد ربه منصور هادي اتصالا هاتفيا بولي العهد السعودي الأمير محمد بن سلمان. "
        "وكتب عبدالله العليمي مدير مكتب الرئيس اليمني أن الاتصال تناول الوضع الاقتصادي."
    )
    events = extract_events(text, "2018-10-01")
    assert [people(e) for e in events] == [["Abdrabbuh Mansur Hadi", "Mohammed bin Salman Al Saud"]]


def test_surname_after_a_function_word_or_own_given_name_stays():
    # "بأن" folds to the given name "بان" (Ban Ki-moon): a function word never makes a namesake
    (event,) = extract_events("أفادت الصحيفة بأن ترامب اتصل بالرئيس الروسي فلاديمير بوتين أمس.", "2024-11-11")
    assert people(event) == ["Donald Trump", "Vladimir Putin"]
    (event,) = extract_events("اتصل رشاد العليمي بالرئيس المصري عبد الفتاح السيسي اليوم.", "2023-05-02")
    assert "Rashad al-Alimi" in people(event)


def test_a_leaders_surname_in_a_womans_full_name_is_not_the_leader():
    # women's given names are missing from the leaders' reference data: "سعاد عباس" is not Abbas
    text = (
        "تلقى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا أمس من العاهل الأردني الملك عبد الله الثاني، "
        "معزيا في وفاة المستشارة سعاد عباس محمد."
    )
    events = extract_events(text, "2021-03-04")
    assert [people(e) for e in events] == [["Abdel Fattah el-Sisi", "Abdullah II of Jordan"]]


# A country-bound title alone ("المستشارة") is a role-only mention ---------------------------------


def test_chancellor_alone_corefers_with_the_chancellor_named_in_the_article():
    text = (
        "قال مكتب المستشارة الألمانية أنغيلا ميركل اليوم إنها تؤيد بقاء الاتفاق.\n"
        "وأضاف المكتب أن المستشارة دعت في اتصال مع الرئيس الإيراني حسن روحاني إلى الحوار."
    )
    events = extract_events(text, "2018-05-10")
    assert [people(e) for e in events] == [["Angela Merkel", "Hassan Rouhani"]]


# "دعا في اتصال": a call is where something was called for, not a wished-for call -------------------


def test_calling_for_something_during_a_call_is_a_reported_call():
    text = "دعا الرئيس الفرنسي إيمانويل ماكرون في اتصال هاتفي مع الرئيس الإيراني حسن روحاني اليوم إلى التهدئة."
    (event,) = extract_events(text, "2019-06-15")
    assert event.status == "reported"
    assert people(event) == ["Emmanuel Macron", "Hassan Rouhani"]


# A quoted speaker is no party -------------------------------------------------------------------


def test_minister_quoted_about_a_call_between_two_others_is_no_party():
    text = (
        "نقلت وكالة أنباء عن وزير الخارجية الصيني وانغ يي قوله اليوم إن مكالمة الرئيس الأمريكي المنتخب "
        "دونالد ترامب مع رئيسة تايوان تساي إنغ وين لن تغير شيئا."
    )
    events = extract_events(text, "2016-12-03")
    assert [people(e) for e in events] == [["Donald Trump", "Tsai Ing-wen"]]


def test_speaker_who_is_a_party_stays_when_the_clause_names_one_other():
    text = "قال الرئيس المصري عبد الفتاح السيسي إن الاتصال الهاتفي مع الرئيس الأمريكي جو بايدن أمس كان مثمرا."
    (event,) = extract_events(text, "2021-05-21")
    assert people(event) == ["Abdel Fattah el-Sisi", "Joe Biden"]


# Congratulation calls received from several leaders --------------------------------------------


def test_calls_received_from_leaders_are_one_event_per_caller():
    text = (
        "وتلقى دا سيلفا اتصالات من قادة العالم هنأته بالفوز، بينهم الرئيس الأمريكي جو بايدن "
        "والرئيس الفرنسي إيمانويل ماكرون."
    )
    events = extract_events("فاز لويس إيناسيو لولا دا سيلفا بالانتخابات.\n" + text, "2022-10-31")
    assert sorted(people(e) for e in events) == [
        ["Emmanuel Macron", "Luiz Inácio Lula da Silva"],
        ["Joe Biden", "Luiz Inácio Lula da Silva"],
    ]


# Reference data: leaders the regional files lacked ------------------------------------------------


def test_sahrawi_president_congratulating_by_cable():
    text = "بعث الرئيس الصحراوي إبراهيم غالي اليوم برقية تهنئة إلى الرئيس التونسي قيس سعيد."
    (event,) = extract_events(text, "2024-10-08")
    assert event.type == "message" and people(event) == ["Brahim Ghali", "Kais Saied"]


# Sources: "وكالة الأنباء" + a country adjective is that country's state agency --------------------


def test_national_news_agency_by_adjective_is_the_state_agency():
    text = (
        "ذكرت وكالة الأنباء السورية أن الرئيس السوري بشار الأسد تلقى اليوم اتصالا هاتفيا "
        "من الرئيس الإيراني إبراهيم رئيسي."
    )
    (event,) = extract_events(text, "2023-02-08")
    assert [s.name_en for s in event.sources] == ["SANA"]


def test_maghreb_agency_spelled_with_news_first():
    text = "بعث الملك محمد السادس برقية تهنئة إلى الرئيس التونسي قيس سعيد، نقلت مضمونها وكالة أنباء المغرب العربي."
    (event,) = extract_events(text, "2019-10-15")
    assert "MAP" in [s.name_en for s in event.sources]


def test_speaker_announcing_that_he_called_stays_a_party():
    text = (
        "أعلن رئيس جنوب أفريقيا سيريل رامافوزا اليوم أنه أجرى اتصالين أحدهما مع الرئيس الروسي "
        "فلاديمير بوتين والآخر مع الرئيس الأوكراني فولوديمير زيلينسكي."
    )
    events = extract_events(text, "2025-08-09")
    assert sorted(people(e) for e in events) == [
        ["Cyril Ramaphosa", "Vladimir Putin"],
        ["Cyril Ramaphosa", "Volodymyr Zelensky"],
    ]


# Dates: a page stamp with a clock time dates the page, not the contact ----------------------------


def test_date_with_a_clock_time_is_a_page_stamp():
    text = (
        "الملك الأردني يتلقى اتصالا من بايدن\n"
        "الخميس 8 أبريل 2021 الساعة 1:02 صباحا\n"
        "تلقى الملك عبدالله الثاني اتصالا هاتفيا الأربعاء من الرئيس الأمريكي جو بايدن."
    )
    (event,) = extract_events(text, "2021-04-08")
    assert event.date == "2021-04-07" and event.date_basis == "weekday"


# A future verb as the trigger is a plan ----------------------------------------------------------


def test_future_verb_trigger_makes_a_planned_contact():
    text = "وأوضح المتحدث أن رئيس الوزراء العراقي محمد شياع السوداني سيلتقي الرئيس السوري بشار الأسد الأحد."
    (event,) = extract_events(text, "2023-07-15")
    assert event.status == "planned" and event.date == "2023-07-16"


# A deputy's title: the name after "النائب الأول للرئيس" is the deputy's, after "مكتب" the principal's --


def test_first_vice_president_is_no_party_of_a_leaders_call():
    text = (
        "أجرى الرئيس العراقي عبد اللطيف رشيد اتصالا هاتفيا مع النائب الأول للرئيس الإيراني محمد مخبر. "
        "وأكد رشيد لمخبر تضامن العراق."
    )
    assert [e for e in extract_events(text, "2024-05-19") if len(e.participants) >= 2] == []


def test_office_of_the_chancellor_names_the_chancellor():
    text = (
        "قال مكتب المستشارة الألمانية أنغيلا ميركل إن المستشارة بحثت في اتصال هاتفي اليوم مع "
        "الرئيس الإيراني حسن روحاني الاتفاق النووي."
    )
    events = extract_events(text, "2018-05-10")
    assert [people(e) for e in events] == [["Angela Merkel", "Hassan Rouhani"]]


# Sports: a counterpart beaten in a match is a team ------------------------------------------------


def test_counterpart_beaten_in_a_match_is_no_leader():
    text = "أجرى الرئيس السوري أحمد الشرع اتصالا هاتفيا مع بعثة المنتخب الوطني عقب فوزه على نظيره التونسي في البطولة."
    assert extract_events(text, "2025-12-01") == []


# Wire datelines anchor relative days ---------------------------------------------------------------


def test_today_in_wire_copy_is_the_datelines_day():
    text = (
        "بكين 15 أبريل 2024 (شينخوا) تحدث وانغ يي وزير خارجية الصين هاتفيا اليوم (الاثنين) "
        "مع نظيره السعودي فيصل بن فرحان."
    )
    (event,) = extract_events(text, "2024-04-16")
    assert event.date == "2024-04-15"


def test_a_contact_stated_only_by_a_definite_noun_weighs_less():
    both = [_p("a"), _p("b")]
    kwargs = dict(distance=10, named=frozenset({"a", "b"}))
    news = scored(both, "today", 1, 0, True, [], news_trigger=True, **kwargs)
    back = scored(both, "today", 1, 0, True, [], news_trigger=False, **kwargs)
    assert back < news


# Lists: a third leader who "also took part" makes one joint call -----------------------------------


def test_leader_who_also_took_part_joins_the_call():
    text = (
        "تلقى الرئيس المصري عبد الفتاح السيسي اليوم اتصالا هاتفيا من الرئيس الأمريكي دونالد ترامب، "
        "برفقة رئيس الوزراء الإسرائيلي بنيامين نتنياهو الذي شارك أيضا في المحادثة."
    )
    (event,) = extract_events(text, "2025-10-13")
    assert people(event) == ["Abdel Fattah el-Sisi", "Benjamin Netanyahu", "Donald Trump"]


# Names: "عبد ال" written joined or spaced is the same name ------------------------------------------


def test_abd_names_match_joined_and_spaced():
    from rasd.extract.refdata import spelling_variants

    assert spelling_variants("عبد المجيد تبون")[1] == normalize_key("عبدالمجيد تبون")
    assert spelling_variants("عبدالله الثاني")[1] == normalize_key("عبد الله الثاني")
    assert spelling_variants("إيمانويل ماكرون") == ["إيمانويل ماكرون"]
    for written in ("عبدالمجيد تبون", "عبد المجيد تبون"):
        (event,) = extract_events(f"أجرى الرئيس {written} اتصالا هاتفيا مع الرئيس التونسي قيس سعيد.", "2021-03-09")
        assert people(event) == ["Abdelmadjid Tebboune", "Kais Saied"]


def test_regional_spellings_of_western_and_lebanese_names():
    text = "أجرى الرئيس اللبناني جوزاف عون اتصالا هاتفيا مع المستشار الألماني أولاف شولز."
    (event,) = extract_events(text, "2025-02-01")
    assert people(event) == ["Joseph Aoun", "Olaf Scholz"]


# Lists: "ورئيس وزرائها" is the prime minister of the country named just before ------------------------


def test_possessive_office_in_a_list_takes_the_previous_country():
    text = (
        "بعث الرئيس الفلسطيني محمود عباس ورئيسة سنغافورة حليمة يعقوب ورئيس وزرائها، اليوم، "
        "برقيات تهنئة إلى الرئيس الصيني شي جين بينغ."
    )
    events = extract_events(text, "2023-03-10")
    assert sorted(people(e) for e in events) == [
        ["Halimah Yacob", "Xi Jinping"],
        ["Lee Hsien Loong", "Xi Jinping"],
        ["Mahmoud Abbas", "Xi Jinping"],
    ]


def test_phone_call_by_video_is_a_video_call():
    text = "أجرى الرئيس السوري أحمد الشرع اتصالاً هاتفياً مرئياً مع الرئيس الفرنسي إيمانويل ماكرون."
    (event,) = extract_events(text, "2025-03-01")
    assert event.type == "video_call"


# A message's bearer and the one who received it from him are no parties -----------------------------


def test_message_carried_by_an_envoy_is_between_its_sender_and_addressee():
    text = (
        "ذكرت الوكالة أن رسالة الرئيس الإيراني حسن روحاني إلى أمير قطر الشيخ تميم بن حمد آل ثاني "
        "نقلها مساعد لوزير الخارجية الإيراني خلال لقاء جمعه بوزير الخارجية القطري مساء السبت."
    )
    (event,) = extract_events(text, "2017-06-18")
    assert event.type == "message" and people(event) == ["Hassan Rouhani", "Tamim bin Hamad Al Thani"]


# "خلال اتصاله": his call is the one just reported; a patronymic chain is one person --------------------


def test_during_his_call_names_no_new_party():
    text = (
        "أجرى رئيس الوزراء العراقي مصطفى الكاظمي اليوم اتصالا هاتفيا بولي عهد الكويت الشيخ نواف الأحمد. "
        "وقدم الكاظمي خلال اتصاله الهاتفي تعازيه إلى أمير الكويت."
    )
    events = extract_events(text, "2020-07-19")
    assert [people(e) for e in events] == [["Mustafa al-Kadhimi", "Nawaf Al-Ahmad Al-Jaber Al-Sabah"]]


def test_a_long_patronymic_chain_is_one_person():
    text = "أجرى الرئيس العراقي برهم صالح اليوم اتصالا هاتفيا مع ولي العهد الكويتي نواف الأحمد الجابر المبارك الصباح."
    (event,) = extract_events(text, "2020-07-18")
    assert people(event) == ["Barham Salih", "Nawaf Al-Ahmad Al-Jaber Al-Sabah"]


def test_planned_day_and_month_without_a_year_is_the_next_such_day():
    text = "من المقرر أن يلتقي الرئيس الأمريكي دونالد ترامب نظيره الصيني شي جين بينغ في 30 أكتوبر."
    (event,) = extract_events(text, "2025-11-05")
    assert event.status == "planned" and event.date == "2026-10-30"


# Reference data: other spellings and titles --------------------------------------------------------


def test_turkmen_short_spelling_and_north_korean_head_of_state_title():
    text = "وتلقى الرئيس السوري بشار الأسد برقيات تهنئة من رئيس شؤون الدولة لكوريا الشمالية ومن الرئيس التركمستاني."
    events = extract_events(text, "2022-04-17")
    assert sorted(people(e) for e in events) == [
        ["Bashar al-Assad", "Kim Jong-un"],
        ["Bashar al-Assad", "Serdar Berdimuhamedow"],
    ]


def test_passing_mentions_lists_and_trips_weigh_less():
    two = [_p("a"), _p("b")]
    three = [_p("a"), _p("b"), _p("c")]
    kwargs = dict(distance=10, named=frozenset({"a", "b", "c"}))
    base = scored(two, "today", 1, 0, True, [], **kwargs)
    assert scored(two, "today", 1, 0, True, [], background=True, **kwargs) < base
    assert scored(three, "today", 1, 0, True, [], **kwargs) < base
    assert scored(two, "today", 1, 0, True, [], event_type="visit", **kwargs) < base


def test_leader_an_accident_befell_is_no_party():
    text = (
        "أجرى الرئيس العراقي عبد اللطيف رشيد اتصالا هاتفيا مع وزير الداخلية الإيراني، أبدى خلاله "
        "قلقه من الحادث الذي تعرض له رئيس الجمهورية الإيرانية."
    )
    assert [e for e in extract_events(text, "2024-05-19") if len(e.participants) >= 2] == []


# "اليوم" inside reported speech is the statement's day ---------------------------------------------


def test_today_inside_a_statement_issued_yesterday_is_yesterday():
    text = (
        "وقال مكتب رئيس الوزراء العراقي مصطفى الكاظمي في بيان أمس إن رئيس الوزراء تلقى اليوم اتصالا "
        "هاتفيا من الرئيس الفرنسي إيمانويل ماكرون."
    )
    (event,) = extract_events(text, "2021-04-04")
    assert event.date == "2021-04-03" and event.date_basis == "yesterday"


def test_date_followed_by_last_update_time_is_a_page_stamp():
    from rasd.dates import find_dates
    from rasd.extract.frames import page_stamp

    norm = normalize_key("23 سبتمبر 2025 | آخر تحديث: 19:48")
    (d,) = [d for d in find_dates(norm, None) if d.basis == "explicit"]
    assert page_stamp(norm, d)
