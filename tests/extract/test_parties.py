"""Who the parties of a contact are (rasd.extract.parties, core_parties): people only talked about
(mourned, asked after, discussed, quoted, a team's "counterpart"), speakers of a report, the sides
a clause names. Each test states one rule on sentences written for it (never copied text)."""

from __future__ import annotations

from extract_helpers import (
    ERDOGAN,
    SISI,
    party_lists,
    party_sets,
    people,
    shapes,
    summaries_with_background,
)

from rasd.extract import extract_events

# "فوز المنتخب على نظيره المغربي": the counterpart of a team is the other team, no leader -----------


def test_a_team_beaten_is_no_counterpart_leader():
    text = (
        "هنأ الرئيس التونسي قيس سعيد مساء اليوم لاعبي المنتخب الوطني بعد فوز المنتخب على نظيره الجزائري. "
        "وقال سعيد خلال المكالمة الهاتفية مع اللاعبين إنه فخور بهم."
    )
    assert extract_events(text, "2022-12-01") == []


def test_a_team_lost_to_is_no_counterpart_leader():
    text = "وأجرى الرئيس المصري عبد الفتاح السيسي اتصالا بالمدرب بعد أن خسر الفريق أمام نظيره السنغالي."
    assert extract_events(text, "2022-03-30") == []


def test_talks_about_a_match_keep_the_counterpart_of_the_call():
    text = "أجرى الرئيس المصري عبد الفتاح السيسي اليوم اتصالا هاتفيا مع نظيره السنغالي ماكي سال بعد المباراة."
    got = shapes(extract_events(text, "2022-03-30"))
    assert got == [("phone_call", "reported", ("Abdel Fattah el-Sisi", "Macky Sall"))]


# "تباحثا هاتفيا بشأن زيارة الرئيس X": the traveller of the visit a call is about is no party to it ----


def test_the_traveller_of_a_visit_a_call_is_about_is_no_party():
    text = (
        "وبحث الرئيس الروسي فلاديمير بوتين اليوم في اتصال هاتفي مع نظيره الفرنسي إيمانويل ماكرون "
        "بشأن زيارة الرئيس الإيراني حسن روحاني إلى باريس."
    )
    got = shapes(extract_events(text, "2019-08-20"))
    assert got == [("phone_call", "reported", ("Emmanuel Macron", "Vladimir Putin"))]


def test_a_caller_named_after_the_call_stays_a_party_without_the_preposition():
    text = "وبحث الرئيس الروسي فلاديمير بوتين اليوم في اتصال هاتفي مع الرئيس الإيراني حسن روحاني زيارة الأخير."
    got = shapes(extract_events(text, "2019-08-20"))
    assert got == [("phone_call", "reported", ("Hassan Rouhani", "Vladimir Putin"))]


# "لقاءات عقدها (المبعوث) مع الرئيس A ووزير B": those listed after one "مع" are one side ---------------


def test_leaders_listed_after_an_envoys_meetings_did_not_meet_each_other():
    text = (
        "وصل الوسيط الأفريقي إلى الخرطوم اليوم. "
        "وتأتي زيارة الوسيط بعد لقاءات أجراها في أديس أبابا مع الرئيس الكيني وليام روتو "
        "ووزير الخارجية الإثيوبي تاي أتسقي سيلاسي أمس."
    )
    assert extract_events(text, "2024-03-12") == []


def test_a_meeting_with_two_leaders_whose_subject_is_named_stays_a_meeting():
    text = "عقد الرئيس الفرنسي إيمانويل ماكرون اليوم لقاء مع المستشار الألماني أولاف شولتس ورئيسة الوزراء الإيطالية جورجيا ميلوني."
    got = shapes(extract_events(text, "2023-05-10"))
    assert got and all("Emmanuel Macron" in people for _, _, people in got)


# "مبعوثا خاصا من الرئيس X": the sender after "من" is talked about, as after "لـ" ---------------------


def test_envoys_sender_after_min_is_no_party():
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي يوم الأحد بالقاهرة وزير الخارجية الأردني أيمن الصفدي، "
        "مبعوثا خاصا من العاهل الأردني عبد الله الثاني."
    )
    groups = party_lists(text, "2021-05-16")
    assert all("Abdullah II of Jordan" not in g for g in groups)


# "موجها تحياته إلى الملك X": whom one's own greetings go to is absent; "نقل تحيات X إلى Y": Y is the host ---


def test_addressee_of_own_greetings_is_no_party():
    text = (
        "التقى الرئيس التونسي قيس سعيد في قرطاج يوم الاثنين ولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان، "
        "مبلغا تحياته وشكره إلى رئيس الدولة الشيخ خليفة بن زايد آل نهيان."
    )
    assert party_lists(text, "2021-10-04") == [["Kais Saied", "Mohamed bin Zayed Al Nahyan"]]


def test_greetings_of_a_named_sender_carried_to_the_host_keep_the_host():
    text = (
        "استقبل الرئيس الجزائري عبد المجيد تبون يوم الأحد وزير الخارجية المغربي ناصر بوريطة، الذي نقل "
        "تحيات العاهل المغربي الملك محمد السادس إلى الرئيس تبون."
    )
    groups = party_lists(text, "2021-10-03")
    assert ["Abdelmadjid Tebboune", "Nasser Bourita"] in groups


def test_a_person_only_talked_about_is_not_a_party():
    text = (
        "تلقى وزير الخارجية العماني يوسف بن علوي اتصالا هاتفيا من وزير الخارجية القطري "
        "للاطمئنان على صحة السلطان قابوس بن سعيد."
    )
    for event in extract_events(text, "2019-12-29"):
        assert "Qaboos bin Said" not in people(event)


# "أجرى X اتصالا هاتفيا للاطمئنان على صحة Y": the leader asked after is the one called ---------------


def test_a_call_to_ask_after_a_leaders_health_is_a_call_with_that_leader():
    text = "أجرى سلطان عمان هيثم بن طارق اتصالا هاتفيا للاطمئنان على صحة أمير قطر، متمنيا له الشفاء."
    assert summaries_with_background(text, "2022-05-10") == [
        ("phone_call", "reported", False, ("Haitham bin Tariq", "Tamim bin Hamad Al Thani"), "2022-05-10")
    ]


def test_asking_after_health_in_a_call_told_with_itmaanna_is_a_call_with_that_leader():
    text = "اطمأن سلطان عمان هيثم بن طارق في اتصال هاتفي اليوم على صحة أمير قطر."
    assert summaries_with_background(text, "2022-05-10") == [
        ("phone_call", "reported", False, ("Haitham bin Tariq", "Tamim bin Hamad Al Thani"), "2022-05-10")
    ]


def test_the_leader_asked_after_is_no_party_when_another_person_was_called():
    text = (
        "أجرى سلطان عمان هيثم بن طارق اتصالا هاتفيا بأمير قطر الشيخ تميم بن حمد آل ثاني "
        "اطمأن خلاله على صحة الشيخ حمد بن خليفة آل ثاني."
    )
    assert summaries_with_background(text, "2022-05-10") == [
        ("phone_call", "reported", False, ("Haitham bin Tariq", "Tamim bin Hamad Al Thani"), "2022-05-10")
    ]


def test_the_leader_asked_after_is_no_party_when_his_son_was_called():
    text = "أجرى سلطان عمان هيثم بن طارق اتصالا هاتفيا بنجل أمير قطر للاطمئنان على صحة أمير قطر."
    assert summaries_with_background(text, "2022-05-10") == []


def test_a_second_call_to_ask_after_health_is_read_after_a_first_call():
    text = (
        "أجرى سلطان عمان هيثم بن طارق اتصالا هاتفيا بأمير قطر الشيخ تميم بن حمد آل ثاني. "
        "كما أجرى ملك البحرين حمد بن عيسى آل خليفة اتصالا هاتفيا للاطمئنان على صحة أمير قطر."
    )
    assert summaries_with_background(text, "2022-05-10") == [
        ("phone_call", "reported", False, ("Haitham bin Tariq", "Tamim bin Hamad Al Thani"), "2022-05-10"),
        ("phone_call", "reported", False, ("Hamad bin Isa Al Khalifa", "Tamim bin Hamad Al Thani"), "2022-05-10"),
    ]


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


# Sports: a counterpart beaten in a match is a team ------------------------------------------------


def test_counterpart_beaten_in_a_match_is_no_leader():
    text = "أجرى الرئيس السوري أحمد الشرع اتصالا هاتفيا مع بعثة المنتخب الوطني عقب فوزه على نظيره التونسي في البطولة."
    assert extract_events(text, "2025-12-01") == []


def test_leader_an_accident_befell_is_no_party():
    text = (
        "أجرى الرئيس العراقي عبد اللطيف رشيد اتصالا هاتفيا مع وزير الداخلية الإيراني، أبدى خلاله "
        "قلقه من الحادث الذي تعرض له رئيس الجمهورية الإيرانية."
    )
    assert [e for e in extract_events(text, "2024-05-19") if len(e.participants) >= 2] == []


# "نقل تحيات الملك A، وولي العهد B": every name on the list greeted from is no party ----------------


def test_greetings_conveyed_from_a_list_of_leaders_make_none_of_them_a_party():
    text = (
        "استقبل أمير دولة الكويت الشيخ مشعل الأحمد الجابر الصباح اليوم في قصر بيان مبعوثا سعوديا، "
        "نقل المبعوث إليه تحيات الملك سلمان بن عبدالعزيز، وولي العهد الأمير محمد بن سلمان."
    )
    assert extract_events(text, "2025-12-15") == []


def test_a_leader_listed_after_a_greeted_one_but_met_in_person_stays_a_party():
    text = (
        "استقبل أمير دولة الكويت الشيخ مشعل الأحمد الجابر الصباح اليوم ولي العهد السعودي الأمير محمد "
        "بن سلمان، الذي نقل إليه تحيات الملك سلمان بن عبدالعزيز."
    )
    got = shapes(extract_events(text, "2025-12-15"))
    assert got == [("meeting", "reported", ("Mishal Al-Ahmad Al-Jaber Al-Sabah", "Mohammed bin Salman Al Saud"))]


# "عقد الرئيسان A وB لقاء ... بعد أن فشل وزيرا خارجية البلدين C وD": the dual subject's meeting ---


def test_a_dual_subject_meeting_leaves_out_the_people_of_a_later_clause():
    text = (
        "عقد الرئيسان الفرنسي إيمانويل ماكرون والروسي فلاديمير بوتين اجتماعا مطولا اليوم في باريس، "
        "وذلك بعد أن أخفق وزيرا خارجية البلدين جان إيف لودريان وسيرغي لافروف في تقريب المواقف أمس."
    )
    got = shapes(extract_events(text, "2019-08-19"))
    assert ("meeting", "reported", ("Emmanuel Macron", "Vladimir Putin")) in got
    assert not any("Sergey Lavrov" in people and "Emmanuel Macron" in people for _, _, people in got)


def test_a_meeting_without_a_dual_subject_keeps_those_named_after_its_word():
    text = (
        "استقبل الرئيس الفرنسي إيمانويل ماكرون اليوم في باريس الرئيس الروسي فلاديمير بوتين، "
        "بعد أن وصل إلى العاصمة الفرنسية صباحا."
    )
    got = shapes(extract_events(text, "2019-08-19"))
    assert ("meeting", "reported", ("Emmanuel Macron", "Vladimir Putin")) in got


# A meeting sentence whose subject is no leader: the leaders it names met that subject -----------------


def test_an_envoy_meeting_two_presidents_in_turn_makes_no_meeting_of_the_presidents():
    text = (
        "التقى المبعوث الأممي إلى ليبيا غسان سلامة اليوم في تونس الرئيس التونسي قيس سعيد، ثم التقى في "
        "الجزائر الرئيس الجزائري عبد المجيد تبون."
    )
    assert extract_events(text, "2023-05-10") == []


def test_a_defence_minister_touring_two_capitals_makes_no_meeting_of_their_leaders():
    text = (
        "وصل وزير الدفاع الأمريكي لويد أوستن إلى عمان حيث التقى العاهل الأردني الملك عبد الله الثاني، "
        "قبل أن يلتقي في القاهرة الرئيس المصري عبد الفتاح السيسي."
    )
    assert extract_events(text, "2023-05-10") == []


def test_an_ambassador_telling_of_two_presidents_meeting_keeps_their_meeting():
    text = "أعلن السفير الأمريكي أن الرئيس التونسي قيس سعيد سيلتقي الرئيس الجزائري عبد المجيد تبون غدا."
    assert shapes(extract_events(text, "2023-05-10")) == [
        ("meeting", "planned", ("Abdelmadjid Tebboune", "Kais Saied")),
    ]


# A leader named in the object of a verb of talks, after the partner, is what was talked about ----------


def test_a_leader_whose_proposal_or_terms_were_discussed_is_no_party():
    for text, pair in (
        (
            "ناقش أمير قطر الشيخ تميم بن حمد آل ثاني في اتصال هاتفي اليوم مع الرئيس الأمريكي دونالد ترامب "
            "مقترح الرئيس المصري عبد الفتاح السيسي لوقف الحرب.",
            ("Donald Trump", "Tamim bin Hamad Al Thani"),
        ),
        (
            "تباحث الرئيس التركي رجب طيب أردوغان في اتصال هاتفي اليوم مع الرئيس الأوكراني فولوديمير "
            "زيلينسكي شروط الرئيس الروسي فلاديمير بوتين للتفاوض.",
            ("Recep Tayyip Erdoğan", "Volodymyr Zelensky"),
        ),
        (
            "بحث العاهل الأردني الملك عبد الله الثاني خلال لقائه اليوم مع الرئيس الفرنسي إيمانويل ماكرون "
            "دعوة الرئيس الأمريكي دونالد ترامب إلى نقل سكان غزة.",
            ("Abdullah II of Jordan", "Emmanuel Macron"),
        ),
    ):
        assert [people for _, _, people in shapes(extract_events(text, "2025-03-02"))] == [pair], text


def test_a_leader_listed_with_and_after_the_partner_is_still_a_party():
    text = (
        "بحث الرئيس الفرنسي إيمانويل ماكرون اليوم في اتصال هاتفي مع رئيس الوزراء البريطاني كير ستارمر "
        "والمستشار الألماني فريدريش ميرتس الوضع في أوكرانيا."
    )
    named = {name for _, _, people in shapes(extract_events(text, "2025-03-02")) for name in people}
    assert named == {"Emmanuel Macron", "Keir Starmer", "Friedrich Merz"}


# People talked about after "بوفاة"/"لصحة" -----------------------------------------------------------


def test_someone_whose_death_is_mourned_is_no_party_also_after_a_preposition():
    text = (
        "بعث الرئيس المصري عبد الفتاح السيسي اليوم برقية تعزية إلى الملك تشارلز الثالث بوفاة الملكة إليزابيث الثانية."
    )
    (event,) = extract_events(text, "2022-09-09")
    assert people(event) == ["Abdel Fattah el-Sisi", "Charles III"]


def test_someone_a_pardon_is_about_is_no_party_to_the_call_that_discussed_it():
    text = (
        "بحث الرئيس الأمريكي دونالد ترامب في اتصال هاتفي مع الرئيس الإسرائيلي إسحاق هرتسوغ "
        "العفو عن رئيس الوزراء بنيامين نتنياهو."
    )
    (event,) = extract_events(text, "2025-12-29")
    assert sorted(people(event)) == ["Donald Trump", "Isaac Herzog"]


def test_people_of_a_clause_about_another_happening_are_no_parties_of_the_call():
    text = (
        "تلقى الرئيس اللبناني ميشال عون اليوم اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون قبيل وصول "
        "رئيس الوزراء سعد الحريري إلى باريس."
    )
    (event,) = extract_events(text, "2017-11-18")
    assert people(event) == ["Emmanuel Macron", "Michel Aoun"]


def test_after_noon_is_a_time_not_another_happening():
    text = (
        "أجرى الرئيس المصري عبد الفتاح السيسي اتصالين هاتفيين بعد ظهر اليوم مع الرئيس الفرنسي إيمانويل "
        "ماكرون ثم مع المستشار الألماني أولاف شولتس."
    )
    events = extract_events(text, "2023-10-22")
    assert sorted(people(e) for e in events) == [
        ["Abdel Fattah el-Sisi", "Emmanuel Macron"],
        ["Abdel Fattah el-Sisi", "Olaf Scholz"],
    ]


def test_the_traveller_of_a_visit_the_talks_were_about_is_no_party():
    # the two leaders met and discussed a third leader's coming trip: that leader is the topic
    for topic in ("زيارة", "ترتيبات زيارة"):
        text = (
            "اجتمع العاهل الأردني الملك عبد الله الثاني اليوم في عمان بالرئيس الفرنسي إيمانويل ماكرون، "
            f"وناقش الزعيمان {topic} الرئيس التركي رجب طيب أردوغان إلى المنطقة الشهر المقبل."
        )
        assert shapes(extract_events(text, "2024-03-03")) == [
            ("meeting", "reported", ("Abdullah II of Jordan", "Emmanuel Macron"))
        ]


# The speaker of a report about a contact is no party of it ------------------------------------------------


def test_who_denies_a_report_about_a_meeting_of_two_others_is_no_party():
    text = (
        "نفى وزير الخارجية العماني بدر البوسعيدي اليوم ما نقلته صحف عن اجتماع جمع أمير قطر الشيخ "
        "تميم بن حمد آل ثاني بالرئيس الإيراني مسعود بزشكيان."
    )
    assert shapes(extract_events(text, "2024-10-02")) == [
        ("meeting", "denied", ("Masoud Pezeshkian", "Tamim bin Hamad Al Thani"))
    ]


def test_a_minister_who_revealed_a_call_between_two_leaders_is_no_party():
    text = (
        "كشف وزير الخارجية الإيراني عباس عراقجي اليوم عن اتصال هاتفي جرى بين الرئيس الإيراني مسعود بزشكيان "
        "وولي العهد السعودي الأمير محمد بن سلمان."
    )
    (event,) = extract_events(text, "2024-10-02")
    assert people(event) == ["Masoud Pezeshkian", "Mohammed bin Salman Al Saud"]


def test_who_tells_of_a_meeting_that_brought_him_together_with_two_others_stays_a_party():
    text = (
        "كشف الرئيس التركي رجب طيب أردوغان اليوم عن لقاء جمعه بالرئيس الروسي فلاديمير بوتين والرئيس "
        "الإيراني مسعود بزشكيان في عشق آباد."
    )
    (event,) = extract_events(text, "2024-10-12")
    assert people(event) == ["Masoud Pezeshkian", "Recep Tayyip Erdoğan", "Vladimir Putin"]


# A title stands for the office holder of the day, not for someone named only as a topic --------------


def test_the_home_emir_is_not_the_late_emir_the_caller_mourned():
    text = (
        "الكويت - كونا: تلقى سمو أمير البلاد اليوم اتصالا هاتفيا من ولي العهد السعودي، عبر فيه عن تعازيه "
        "بوفاة المغفور له بإذن الله تعالى الشيخ صباح الأحمد الجابر الصباح."
    )
    assert shapes(extract_events(text, "2020-10-02")) == [
        ("phone_call", "reported", ("Mohammed bin Salman Al Saud", "Nawaf Al-Ahmad Al-Jaber Al-Sabah"))
    ]


def test_the_late_leader_named_as_a_topic_is_no_party():
    text = "بعث الرئيس المصري برقية إلى الملك سلمان يعزيه فيها بوفاة الفقيد الأمير سلطان بن فهد."
    assert all("Sultan" not in " ".join(people(e)) for e in extract_events(text, "2020-01-10"))


def test_a_leader_whose_plan_the_two_discussed_is_no_party():
    for noun in ("رؤية", "مبادرة", "خطة"):  # not "سياسة": a section label too
        text = f"التقى وزير الخارجية الأمريكي أنتوني بلينكن اليوم ولي العهد السعودي في جدة وناقشا {noun} الرئيس بايدن."
        assert shapes(extract_events(text, "2023-05-10")) == [
            ("meeting", "reported", ("Antony Blinken", "Mohammed bin Salman Al Saud"))
        ], noun


def test_a_topic_word_ending_the_line_before_does_not_make_the_next_lines_leader_a_topic():
    text = "أخبار | رؤية\nتلقى الرئيس الفرنسي إيمانويل ماكرون اليوم اتصالا هاتفيا من المستشار الألماني أولاف شولتس."
    assert shapes(extract_events(text, "2024-06-12")) == [
        ("phone_call", "reported", ("Emmanuel Macron", "Olaf Scholz"))
    ]


def test_the_agent_of_a_denial_after_min_janib_is_no_party():
    text = (
        "ذكرت صحف تركية أن الرئيس التركي رجب طيب أردوغان التقى أمس الرئيس السوري بشار الأسد في موسكو، "
        "وذلك بعد نفي من جانب وزير الخارجية التركي."
    )
    people = [sorted(p.name_en for p in e.participants) for e in extract_events(text, "2024-07-23")]
    assert people == [["Bashar al-Assad", "Recep Tayyip Erdoğan"]]


LAVROV = "Sergey Lavrov"

MBS = "Mohammed bin Salman Al Saud"


def test_a_leader_named_in_a_while_clause_after_a_call_is_no_party_of_it():
    # "أثناء وجود Z في ...": a clause about another happening, its person stays out of the call
    text = (
        "جرى اتصال هاتفي أمس بين ولي العهد السعودي الأمير محمد بن سلمان والرئيس التركي رجب طيب أردوغان، "
        "أثناء وجود وزير الخارجية الروسي سيرغي لافروف في الرياض، تناول الأوضاع في المنطقة."
    )
    pairs = party_sets(text)
    assert {MBS, ERDOGAN} in pairs
    assert all(LAVROV not in pair for pair in pairs)


TRUMP = "Donald Trump"

NETANYAHU = "Benjamin Netanyahu"


def test_a_leader_in_the_while_clause_who_joined_the_call_stays_a_party():
    text = (
        "تلقى الرئيس عبد الفتاح السيسي اليوم اتصالا هاتفيا من الرئيس الأمريكي دونالد ترامب، أثناء وجود "
        "الأخير برفقة نتنياهو رئيس الوزراء الإسرائيلي في القدس، وقد شارك أيضا في المكالمة."
    )
    assert party_sets(text, "2025-10-13") == [frozenset({SISI, TRUMP, NETANYAHU})]
