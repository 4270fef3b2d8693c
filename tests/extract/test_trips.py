"""Trips (rasd.extract.trips): departures and arrivals told with or without the word "زيارة", their
host, invitations to visit, and the meetings told with a trip (one planned meeting, a visit and a
meeting, or no host). Each test states one rule on sentences written for it (never copied text)."""

from __future__ import annotations

from extract_helpers import people, shapes, statuses, summaries, summaries_with_background

from rasd.extract import extract_events

# A trip told with its visitor only, and the meeting to come in the next sentence ---------------------------


def test_a_trip_to_come_and_the_meeting_told_next_is_one_planned_meeting_on_the_trip_day():
    text = (
        "يصل الرئيس الفرنسي إيمانويل ماكرون غدا إلى مصر في زيارة رسمية تستمر يومين. "
        "وأعلن الإليزيه أن ماكرون سيلتقي الرئيس المصري عبد الفتاح السيسي في القاهرة."
    )
    events = extract_events(text, "2024-05-10")
    # the trip's meeting is told: one planned meeting (the corpus convention)
    assert shapes(events) == [("meeting", "planned", ("Abdel Fattah el-Sisi", "Emmanuel Macron"))]
    assert str(events[0].date) == "2024-05-11"  # the trip's day


def test_a_past_trip_and_a_meeting_to_come_make_no_planned_visit():
    text = (
        "زار الرئيس الفرنسي إيمانويل ماكرون مصر أمس. "
        "وأعلن الإليزيه أن ماكرون سيلتقي الرئيس المصري عبد الفتاح السيسي في باريس الشهر المقبل."
    )
    assert shapes(extract_events(text, "2024-05-10")) == [
        ("meeting", "planned", ("Abdel Fattah el-Sisi", "Emmanuel Macron")),
    ]


# "وصل X في زيارة يجري خلالها مباحثات مع Y" then "وكان Y على رأس مستقبليه": held reception, talks to come -


def test_a_reception_after_a_trip_begun_is_a_meeting_beside_the_talks_to_come():
    text = (
        "وصل الرئيس المصري عبد الفتاح السيسي اليوم الأحد إلى المنامة في زيارة رسمية يجري خلالها "
        "مباحثات مع ملك البحرين حمد بن عيسى آل خليفة. "
        "وكان على رأس مستقبلي الرئيس المصري في المطار ملك البحرين."
    )
    got = sorted(shapes(extract_events(text, "2022-06-19")))
    people = ("Abdel Fattah el-Sisi", "Hamad bin Isa Al Khalifa")
    assert [(t, s) for t, s, _ in got] == [("meeting", "planned"), ("meeting", "reported")]
    assert all(sorted(p) == sorted(people) for _, _, p in got)


def test_a_trip_made_for_the_meeting_and_then_the_reception_is_one_meeting():
    text = (
        "وصل الرئيس المصري عبد الفتاح السيسي اليوم إلى القصر للقاء ملك البحرين حمد بن عيسى آل خليفة. "
        "وكان ملك البحرين في استقباله."
    )
    got = shapes(extract_events(text, "2022-06-19"))
    assert [(t, s) for t, s, _ in got] == [("meeting", "reported")]


# "وكان X قد وصل اليوم في زيارة يعقد خلالها لقاء مع Y" after their reception: the talks still to come ---


def test_talks_to_come_on_a_trip_told_after_the_reception_stay_planned():
    text = (
        "استقبل العاهل الأردني الملك عبد الله الثاني اليوم في قصر الحسينية الرئيس الفرنسي إيمانويل ماكرون. "
        "وكان ماكرون قد وصل صباح اليوم إلى عمان في زيارة تستمر يومين يعقد خلالها لقاء قمة مع العاهل الأردني."
    )
    got = sorted(shapes(extract_events(text, "2022-09-05")))
    assert [(t, s) for t, s, _ in got] == [("meeting", "planned"), ("meeting", "reported")]


# "وجه X دعوة لزيارة بلده إلى Y الذي رحب بها": the invitation welcomed is an invitation accepted -----


def test_an_invitation_the_guest_welcomes_is_a_visit_to_come():
    text = (
        "تلقى الرئيس السنغالي ماكي سال اليوم اتصالا هاتفيا من الرئيس التونسي قيس سعيد. "
        "ووجه سعيد دعوة لزيارة تونس إلى الرئيس السنغالي الذي رحب بها على أن يحدد موعدها لاحقا."
    )
    got = shapes(extract_events(text, "2022-02-11"))
    assert ("phone_call", "reported", ("Kais Saied", "Macky Sall")) in got
    assert ("visit", "planned", ("Kais Saied", "Macky Sall")) in got


def test_an_invitation_alone_is_still_no_visit():
    text = (
        "تلقى الرئيس السنغالي ماكي سال اليوم اتصالا هاتفيا من الرئيس التونسي قيس سعيد. "
        "ووجه سعيد دعوة لزيارة تونس إلى الرئيس السنغالي."
    )
    got = shapes(extract_events(text, "2022-02-11"))
    assert got == [("phone_call", "reported", ("Kais Saied", "Macky Sall"))]


# "تبادل الرئيسان دعوات الزيارة": the visit word completes the invitation noun ----------------------


def test_invitations_to_visit_exchanged_are_no_visit():
    text = (
        "جرت اليوم مكالمة هاتفية بين الرئيس التونسي قيس سعيد والرئيس السنغالي ماكي سال. "
        "وتبادل الرئيسان دعوات الزيارة إلى البلدين، كما تبادلا التهاني بالعيد."
    )
    got = shapes(extract_events(text, "2021-05-10"))
    assert got == [("phone_call", "reported", ("Kais Saied", "Macky Sall"))]


def test_a_visit_taking_place_after_an_invitation_noun_elsewhere_stays_a_visit():
    text = "بدأ الرئيس السنغالي ماكي سال اليوم زيارة إلى تونس يلتقي خلالها الرئيس قيس سعيد تلبية لدعوة تلقاها."
    got = shapes(extract_events(text, "2021-05-10"))
    assert got and all(kind != "invitation" for kind, _, _ in got)
    assert any(people == ("Kais Saied", "Macky Sall") for _, _, people in got)


# "وصل X إلى العاصمة Y ظهر اليوم في زيارة ... ويجري X عصر اليوم مباحثات مع Z" -----------------------


def test_an_arrival_takes_as_host_the_leader_met_later_the_same_day():
    text = (
        "وصل الرئيس المصري عبد الفتاح السيسي إلى العاصمة القبرصية نيقوسيا صباح اليوم في زيارة رسمية. "
        "ويعقد السيسي مساء اليوم مباحثات مع الرئيس القبرصي نيكوس أناستاسيادس."
    )
    got = shapes(extract_events(text, "2017-11-20"))
    assert ("visit", "reported", ("Abdel Fattah el-Sisi", "Nicos Anastasiades")) in got
    assert ("meeting", "planned", ("Abdel Fattah el-Sisi", "Nicos Anastasiades")) in got


def test_an_arrival_gets_no_host_from_a_meeting_on_another_day():
    text = (
        "وصل الرئيس المصري عبد الفتاح السيسي إلى العاصمة القبرصية نيقوسيا صباح اليوم في زيارة رسمية. "
        "وكان السيسي قد التقى الرئيس القبرصي نيكوس أناستاسيادس في القاهرة يوم 3 مارس الماضي."
    )
    got = shapes(extract_events(text, "2017-11-20"))
    assert all(kind != "visit" for kind, _, _ in got)


# "مؤتمر بالفيديو بين X وY بعد زيارة X للهند": the trip's host is not Y ---------------------------------


def test_a_trip_to_a_third_country_is_no_visit_between_the_two_leaders_of_the_sentence():
    text = (
        "أعلن المتحدث أن محادثات ستجري بين الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس "
        "بعد زيارة ماكرون إلى البرازيل."
    )
    assert ("visit", ("Emmanuel Macron", "Olaf Scholz")) not in {
        (t, p) for t, _, _, p, _ in summaries_with_background(text, "2024-03-20")
    }


def test_a_trip_named_with_the_clitic_la_to_a_third_country_is_no_visit_either():
    text = "قال المساعد إنه من المقرر إجراء مفاوضات بين ماكرون وشولتس بعد زيارة الرئيس ماكرون للبرازيل."
    assert ("visit", ("Emmanuel Macron", "Olaf Scholz")) not in {
        (t, p) for t, _, _, p, _ in summaries_with_background(text, "2024-03-20")
    }


def test_a_trip_to_the_country_of_the_other_leader_stays_a_visit():
    text = "أعلن الإليزيه أن الرئيس الفرنسي إيمانويل ماكرون سيزور ألمانيا الأسبوع المقبل تلبية لدعوة المستشار الألماني أولاف شولتس."
    kinds = {(t, parties) for t, _, _, parties, _ in summaries_with_background(text, "2024-03-20")}
    assert ("visit", ("Emmanuel Macron", "Olaf Scholz")) in kinds


def test_a_trip_to_amman_spelled_like_oman_stays_the_visit_of_the_jordanian_host():
    text = (
        "وصل رئيس الوزراء المصري مصطفى مدبولي إلى العاصمة الأردنية عمان مساء اليوم، "
        "في زيارة يستقبله خلالها العاهل الأردني الملك عبد الله الثاني."
    )
    kinds = {(t, p) for t, _, _, p, _ in summaries_with_background(text, "2022-04-10")}
    assert ("visit", ("Abdullah II of Jordan", "Mostafa Madbouly")) in kinds


# A second contact told in a clause of its own after the first one, its trip's circumstance
# ("، متوجها إلى ...") after a comma.


def test_a_departure_participle_after_a_comma_keeps_the_trip_and_its_meeting_out_of_the_first_meeting():
    text = (
        "استقبل الرئيس التونسي قيس سعيد اليوم رئيس الوزراء الجزائري نذير العرباوي في مطار قرطاج. "
        "وعقد سعيد جلسة محادثات مع ضيفه في المطار، ومن المنتظر أن يغادر العرباوي تونس مساء اليوم، "
        "متوجها إلى روما للقاء رئيسة الوزراء الإيطالية جورجيا ميلوني."
    )
    got = shapes(extract_events(text, "2024-05-02"))
    assert ("meeting", "reported", ("Kais Saied", "Nadir Larbaoui")) in got
    assert ("meeting", "planned", ("Giorgia Meloni", "Nadir Larbaoui")) in got
    assert not any(len(people) > 2 for _, _, people in got)


def test_a_closing_note_with_a_present_visit_verb_tells_no_visit_that_took_place():
    text = (
        "يتوجه وزير الخارجية التركي هاكان فيدان إلى الرياض الأسبوع المقبل، ومن المنتظر أن يلتقي نظيره "
        "السعودي الأمير فيصل بن فرحان. وتجدر الإشارة إلى أن فيدان يزور المملكة بدعوة من نظيره السعودي."
    )
    got = shapes(extract_events(text, "2024-05-02"))
    assert not any(status == "reported" for _, status, _ in got)


def test_a_closing_note_with_a_past_visit_verb_keeps_its_visit_reported():
    text = "ويذكر أن وزير الخارجية التركي هاكان فيدان زار الرياض الشهر الماضي والتقى الأمير فيصل بن فرحان."
    got = shapes(extract_events(text, "2024-05-02"))
    assert any(status == "reported" for _, status, _ in got)


def test_the_visit_told_before_as_the_subject_of_its_programme_is_no_planned_visit_beside_the_talks():
    text = (
        "وصل الرئيس التركي رجب طيب أردوغان الدوحة، الاثنين، ضمن جولة في المنطقة تشمل الكويت والبحرين. "
        "وكان أمير قطر الشيخ تميم بن حمد آل ثاني في مقدمة مستقبلي أردوغان في المطار. وذكر الديوان الأميري "
        "أنه من المرتقب أن تتضمن الزيارة جلسة مباحثات مع الأمير حول التعاون الاقتصادي."
    )
    got = shapes(extract_events(text, "2024-05-06"))
    assert ("visit", "planned") not in [(kind, status) for kind, status, _ in got]


def test_a_time_counted_from_the_visit_told_before_is_no_second_visit():
    text = (
        "وصل الرئيس الفرنسي إيمانويل ماكرون اليوم إلى واشنطن في زيارة رسمية يلتقي خلالها الرئيس الأمريكي "
        "جو بايدن. أما يوم الخميس، فيشهد افتتاح معرض تجاري بحضور الرئيسين، وقبل الزيارة بأيام، وصف الرئيس "
        "بايدن الزيارة بأنها تاريخية."
    )
    visits = [e for e in extract_events(text, "2024-05-07") if e.type == "visit"]
    assert len(visits) == 1 and not visits[0].background


# A trip announced for "next week" whose meeting is dated within that week: one planned meeting -------


def test_a_trip_next_week_with_its_meeting_on_a_weekday_of_that_week_is_one_planned_meeting():
    text = (
        "قال مصدر دبلوماسي إن وزير الخارجية المغربي ناصر بوريطة سيلتقي نظيره المصري سامح شكري الثلاثاء المقبل.\n"
        "وأضاف المصدر أن بوريطة سيبدأ زيارته إلى القاهرة خلال الأسبوع المقبل، وهي الأولى له هذا العام."
    )
    assert summaries(text, "2022-05-05") == [
        ("meeting", "planned", ("Nasser Bourita", "Sameh Shoukry"), "2022-05-10"),
    ]


def test_a_trip_early_next_week_with_its_meeting_on_monday_is_one_planned_meeting():
    text = (
        "يحل وزير الخارجية المصري سامح شكري مطلع الأسبوع المقبل بالعاصمة المغربية في زيارة رسمية.\n"
        "وسيعقد شكري يوم الاثنين اجتماعا مع وزير الخارجية المغربي ناصر بوريطة."
    )
    assert summaries(text, "2022-05-07") == [
        ("meeting", "planned", ("Nasser Bourita", "Sameh Shoukry"), "2022-05-09"),
    ]


def test_a_trip_next_year_stays_apart_from_a_meeting_dated_this_month():
    text = (
        "سيلتقي الرئيس الأمريكي جو بايدن نظيره الصيني شي جين بينغ على هامش قمة أبيك يوم 15 نوفمبر.\n"
        "كما سيزور بايدن الصين مطلع العام المقبل بدعوة من شي جين بينغ."
    )
    got = summaries(text, "2023-11-08")
    assert ("meeting", "planned", ("Joe Biden", "Xi Jinping"), "2023-11-15") in got
    assert any(t == "visit" for t, *_ in got)


# "يتوجه X غدا إلى Z. ويلتقي خلالها الرئيس Y ووزير الخارجية W": the visitor meets each host --------


def test_a_trip_to_come_then_meetings_with_two_hosts_of_that_country_are_two_planned_meetings():
    text = (
        "أعلنت وزارة الخارجية اليوم أن وزير الخارجية الأردني أيمن الصفدي سيتوجه غدا إلى أنقرة في زيارة رسمية.\n"
        "ويلتقي الصفدي خلالها الرئيس التركي رجب طيب أردوغان ووزير الخارجية التركي هاكان فيدان."
    )
    got = [e for e in summaries(text, "2024-02-04") if e[0] == "meeting"]
    assert got == [
        ("meeting", "planned", ("Ayman Safadi", "Hakan Fidan"), "2024-02-05"),
        ("meeting", "planned", ("Ayman Safadi", "Recep Tayyip Erdoğan"), "2024-02-05"),
    ]


def test_a_trip_to_come_then_a_meeting_with_the_dropped_subject_and_two_hosts_keeps_the_visitor():
    text = (
        "يصل رئيس الوزراء العراقي محمد شياع السوداني غدا إلى طهران في زيارة رسمية.\n"
        "ومن المقرر أن يلتقي خلالها الرئيس الإيراني مسعود بزشكيان ووزير الخارجية عباس عراقجي."
    )
    got = [e for e in summaries(text, "2025-01-07") if e[0] == "meeting"]
    assert got == [
        ("meeting", "planned", ("Abbas Araghchi", "Mohammed Shia al-Sudani"), "2025-01-08"),
        ("meeting", "planned", ("Masoud Pezeshkian", "Mohammed Shia al-Sudani"), "2025-01-08"),
    ]


# "وصل X إلى العاصمة للقاء Y" then the reception told: the meeting the trip was for took place ------


def test_a_meeting_a_trip_was_for_is_reported_once_the_hosts_reception_is_told():
    text = (
        "وصل الرئيس الأوغندي يويري موسيفيني ظهر اليوم إلى نيروبي للقاء الرئيس الكيني وليام روتو. "
        "وكان روتو في استقبال ضيفه الأوغندي يويري موسيفيني في القصر الرئاسي."
    )
    assert shapes(extract_events(text, "2023-05-10")) == [
        ("meeting", "reported", ("William Ruto", "Yoweri Museveni")),
    ]


def test_a_meeting_a_trip_was_for_is_reported_once_a_past_verb_tells_it():
    text = (
        "وصل الرئيس الأوغندي يويري موسيفيني ظهر اليوم إلى نيروبي للقاء الرئيس الكيني وليام روتو. "
        "واستقبل روتو موسيفيني في القصر الرئاسي حيث عقدا جلسة مباحثات."
    )
    assert shapes(extract_events(text, "2023-05-10")) == [
        ("meeting", "reported", ("William Ruto", "Yoweri Museveni")),
    ]


def test_a_meeting_a_trip_is_for_stays_planned_when_no_reception_is_told():
    text = "يصل الرئيس الأوغندي يويري موسيفيني غدا إلى نيروبي للقاء الرئيس الكيني وليام روتو."
    assert [(kind, status) for kind, status, _ in shapes(extract_events(text, "2023-05-10"))] == [
        ("meeting", "planned"),
    ]


def test_a_trip_to_meet_someone_stays_planned():
    text = "يتوجه الرئيس الصيني شي جين بينغ إلى القاهرة غدا للقاء الرئيس المصري عبد الفتاح السيسي."
    got = shapes(extract_events(text, "2016-01-20"))
    assert got == [("meeting", "planned", ("Abdel Fattah el-Sisi", "Xi Jinping"))]


# A trip made today whose meeting is still to come: a reported visit and a planned meeting --------------


def test_a_trip_begun_today_with_talks_to_come_during_the_visit_is_a_visit_and_a_planned_meeting():
    text = (
        "توجه رئيس الوزراء العراقي محمد شياع السوداني صباح اليوم إلى العاصمة السورية دمشق، في زيارة رسمية. "
        "ومن المقرر أن يجري السوداني، خلال الزيارة، مباحثات مع الرئيس السوري بشار الأسد."
    )
    assert shapes(extract_events(text, "2023-07-16")) == [
        ("meeting", "planned", ("Bashar al-Assad", "Mohammed Shia al-Sudani")),
        ("visit", "reported", ("Bashar al-Assad", "Mohammed Shia al-Sudani")),
    ]


def test_a_trip_recalled_in_the_pluperfect_gets_no_host_from_a_meeting_to_come():
    text = (
        "أعلن الرئيس الفرنسي إيمانويل ماكرون اليوم أنه سيلتقي الرئيس اللبناني ميشال عون غدا. "
        "وكان الرئيس ماكرون قد زار بيروت بعد الانفجار الذي دمر المرفأ."
    )
    got = shapes(extract_events(text, "2020-08-31"))
    assert ("visit", "reported", ("Emmanuel Macron", "Michel Aoun")) not in got


def test_a_trip_made_takes_no_host_from_a_call():
    text = (
        "بحث الرئيس الإيراني حسن روحاني مع الرئيس الفرنسي إيمانويل ماكرون في اتصال هاتفي اليوم الملف "
        "النووي، وقال ماكرون إنه كلف مستشاره الدبلوماسي بزيارة طهران."
    )
    assert shapes(extract_events(text, "2019-07-06")) == [
        ("phone_call", "reported", ("Emmanuel Macron", "Hassan Rouhani")),
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


def test_a_trip_with_a_meeting_told_with_a_pronoun_plans_the_meeting():
    text = "يبدأ الرئيس الفرنسي إيمانويل ماكرون غدا زيارة رسمية إلى الجزائر، وسيلتقي خلالها الرئيس عبد المجيد تبون."
    assert ("meeting", "planned", ("Abdelmadjid Tebboune", "Emmanuel Macron")) in shapes(
        extract_events(text, "2022-08-24")
    )


def test_a_trip_told_inside_a_call_is_hosted_by_the_destinations_leader_of_the_article():
    # the Egyptian president in the call sentence talked about the trip; he did not host it in Beijing
    text = (
        "أجرى الرئيس الصيني شي جين بينغ اتصالا هاتفيا اليوم مع الرئيس المصري عبد الفتاح السيسي. "
        "وأطلع الرئيس الصيني نظيره المصري على نتائج الزيارة التي قام بها الرئيس البرازيلي لولا دا سيلفا "
        "أمس إلى بكين."
    )
    found = shapes(extract_events(text, "2024-05-14"))
    assert ("visit", "reported", ("Luiz Inácio Lula da Silva", "Xi Jinping")) in found
    assert not any(kind == "visit" and "Abdel Fattah el-Sisi" in who for kind, _, who in found)


def test_a_visit_that_is_what_the_two_discussed_is_no_reported_visit():
    text = "وقال مسؤول إن الرئيس الأمريكي دونالد ترامب ورئيس الوزراء الإسرائيلي بنيامين نتنياهو بحثا زيارة الأخير إلى إسرائيل."
    assert [s for s in statuses(text, "2017-05-17") if s[0] == "visit"] == []


def test_arrangements_of_a_visit_discussed_are_no_visit():
    text = "وأفاد بيان بأن الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله الثاني ناقشا ترتيبات زيارة الملك إلى القاهرة."
    assert [s for s in statuses(text, "2020-01-10") if s[0] == "visit"] == []


def test_a_visit_told_as_a_trip_stays_a_visit():
    text = "وصل الرئيس الأمريكي دونالد ترامب اليوم إلى إسرائيل في زيارة يلتقي خلالها رئيس الوزراء بنيامين نتنياهو."
    assert statuses(text, "2017-05-22") != []


def test_welcoming_a_visit_to_come_is_an_invitation():
    text = "وأعرب الرئيس المصري عبد الفتاح السيسي عن ترحيبه بزيارة الرئيس الأمريكي دونالد ترامب القاهرة في أقرب فرصة."
    assert [s for s in statuses(text, "2017-05-16") if s[0] == "visit"] == []


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


def test_a_trip_phrase_that_sets_the_meeting_itself_keeps_the_host():
    text = "التقى الرئيس المصري عبد الفتاح السيسي خلال زيارته إلى باريس اليوم الرئيس الفرنسي إيمانويل ماكرون."
    assert shapes(extract_events(text, "2024-05-15")) == [
        ("meeting", "reported", ("Abdel Fattah el-Sisi", "Emmanuel Macron"))
    ]


# Which type a trip's contact gets, and when one trip makes one event or two.

# A trip begun whose talks are still to come: a reported visit and a planned meeting -----------------------


def test_talks_a_trip_holds_in_a_present_clause_are_to_come():
    # "في زيارة ... يجري خلالها محادثات": the programme of the trip, not talks held
    text = (
        "وصل الرئيس التونسي قيس سعيد إلى روما اليوم في زيارة رسمية يجري خلالها الرئيس مباحثات مع "
        "نظيره الإيطالي سيرجو ماتاريلا."
    )
    assert shapes(extract_events(text, "2021-06-03")) == [
        ("meeting", "planned", ("Kais Saied", "Sergio Mattarella")),
        ("visit", "reported", ("Kais Saied", "Sergio Mattarella")),
    ]


def test_a_trip_with_talks_to_come_takes_its_host_from_the_later_meeting():
    text = (
        "وصل الرئيس التونسي قيس سعيد إلى العاصمة الإيطالية روما صباح اليوم في زيارة عمل تدوم يومين يجري "
        "خلالها محادثات مع كبار المسؤولين الإيطاليين. ويعقد سعيد مساء اليوم لقاء مع الرئيس الإيطالي "
        "سيرجو ماتاريلا لبحث الهجرة."
    )
    assert shapes(extract_events(text, "2021-06-03")) == [
        ("meeting", "planned", ("Kais Saied", "Sergio Mattarella")),
        ("visit", "reported", ("Kais Saied", "Sergio Mattarella")),
    ]


def test_talks_held_during_a_trip_in_a_past_clause_are_the_meeting():
    text = "زار الرئيس التونسي قيس سعيد روما أمس، وأجرى خلالها مباحثات مع الرئيس الإيطالي سيرجو ماتاريلا."
    assert shapes(extract_events(text, "2021-06-03")) == [
        ("meeting", "reported", ("Kais Saied", "Sergio Mattarella")),
    ]


def test_an_arrival_then_a_meeting_to_come_of_the_named_visitor_is_a_visit_and_a_planned_meeting():
    # the visitor named again in the programme sentence, the meeting on the next day of the trip
    text = (
        "وصل الرئيس التونسي قيس سعيد اليوم إلى روما في زيارة رسمية تستمر يومين. ومن المقرر أن يلتقي سعيد "
        "غدا الرئيس الإيطالي سيرجو ماتاريلا."
    )
    assert shapes(extract_events(text, "2021-06-03")) == [
        ("meeting", "planned", ("Kais Saied", "Sergio Mattarella")),
        ("visit", "reported", ("Kais Saied", "Sergio Mattarella")),
    ]


def test_an_arrival_then_a_meeting_a_week_later_gives_the_trip_no_host():
    text = (
        "وصل الرئيس التونسي قيس سعيد اليوم إلى روما في زيارة رسمية. ومن المقرر أن يلتقي سعيد الأسبوع "
        "المقبل الرئيس الإيطالي سيرجو ماتاريلا في بروكسل."
    )
    assert ("visit", "reported", ("Kais Saied", "Sergio Mattarella")) not in shapes(extract_events(text, "2021-06-03"))


# An invitation renewed during a call and accepted: a planned visit of the callers -------------------------


def test_an_invitation_renewed_during_a_call_and_accepted_in_the_next_sentence_is_a_planned_visit():
    text = (
        "أجرى الرئيس التونسي قيس سعيد اليوم اتصالا هاتفيا مع الرئيس الإيطالي سيرجو ماتاريلا. وجدد سعيد "
        "خلال الاتصال دعوة ماتاريلا لزيارة تونس. وشكر ماتاريلا الرئيس سعيد على الدعوة ووعد بتلبيتها في "
        "أقرب فرصة."
    )
    assert shapes(extract_events(text, "2021-06-03")) == [
        ("phone_call", "reported", ("Kais Saied", "Sergio Mattarella")),
        ("visit", "planned", ("Kais Saied", "Sergio Mattarella")),
    ]


def test_an_invitation_renewed_during_a_call_and_only_welcomed_is_no_visit():
    text = (
        "أجرى الرئيس التونسي قيس سعيد اليوم اتصالا هاتفيا مع الرئيس الإيطالي سيرجو ماتاريلا. وجدد سعيد "
        "خلال الاتصال دعوة ماتاريلا لزيارة تونس."
    )
    assert shapes(extract_events(text, "2021-06-03")) == [
        ("phone_call", "reported", ("Kais Saied", "Sergio Mattarella")),
    ]


# Departures and arrivals told with or without the word "زيارة", their host, and the meetings told
# with them.

# A departure for a country is a trip begun -----------------------------------------------------------


def test_a_departure_for_a_country_with_a_meeting_expected_there_is_a_visit_and_a_planned_meeting():
    text = (
        "غادر الرئيس الفرنسي إيمانويل ماكرون باريس اليوم متوجها إلى الجزائر. "
        "وقال المتحدث باسم الإليزيه إن البلدين يعملان معا منذ أشهر. "
        "ومن المنتظر أن تشهد الزيارة لقاء لماكرون مع الرئيس الجزائري عبد المجيد تبون."
    )
    assert shapes(extract_events(text, "2022-08-25")) == [
        ("meeting", "planned", ("Abdelmadjid Tebboune", "Emmanuel Macron")),
        ("visit", "reported", ("Abdelmadjid Tebboune", "Emmanuel Macron")),
    ]


def test_a_departure_to_a_country_that_the_article_names_no_host_for_is_no_contact():
    text = "غادر الرئيس الفرنسي إيمانويل ماكرون باريس اليوم متوجها إلى الجزائر."
    assert shapes(extract_events(text, "2022-08-25")) == []


# An envoy's trip is no trip of the leader who sends him ----------------------------------------------


def test_an_envoy_leaving_on_his_leaders_order_makes_no_visit_of_the_leader():
    text = (
        "أرسل السلطان العماني هيثم بن طارق اليوم رسالة إلى أمير قطر تميم بن حمد آل ثاني. "
        "وبتكليف من السلطان هيثم بن طارق غادر مسقط مساء اليوم مبعوثه الخاص متوجها إلى الدوحة."
    )
    got = shapes(extract_events(text, "2021-11-07"))
    assert ("message", "reported", ("Haitham bin Tariq", "Tamim bin Hamad Al Thani")) in got
    assert not [s for s in got if s[0] == "visit"]


def test_an_envoy_sent_to_meet_a_host_makes_no_visit_of_the_leader_who_sends_him():
    # Both leaders are named in the trip's sentence, so only trips.envoy_of keeps the leader who
    # sends the envoy from being the traveller (the sentence above makes no visit without it either).
    text = (
        "وبتكليف من الرئيس الفرنسي إيمانويل ماكرون غادر باريس اليوم الموفد الخاص متوجها إلى الجزائر "
        "حيث يلتقي الرئيس الجزائري عبد المجيد تبون."
    )
    got = shapes(extract_events(text, "2022-08-25"))
    assert not [s for s in got if s[0] == "visit"]
