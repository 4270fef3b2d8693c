"""Constructions met on fresh outlets no set holds (issue #11, round HUNT): a name set off by commas
inside the contact's clause, a reception whose pronoun is dual or plural, a handshake told with the
pair as one subject. Each test states one rule on sentences written for it (never copied text)."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events

# "يلتقي الرئيس X، فلان، نظيره Y الشهر المقبل": the commas around a name end no clause --------------


def test_a_time_to_come_after_a_name_in_commas_makes_the_meeting_planned():
    text = "يستقبل الرئيس الكيني، وليام روتو، نظيره الأوغندي يويري موسيفيني في نيروبي الشهر المقبل."
    assert shapes(extract_events(text, "2023-05-10")) == [
        ("meeting", "planned", ("William Ruto", "Yoweri Museveni")),
    ]


def test_a_name_in_commas_with_a_time_to_come_and_a_later_statement_day_stays_planned():
    text = (
        "يلتقي الرئيس الكيني، وليام روتو، نظيره الأوغندي، يويري موسيفيني، في كمبالا الأسبوع القادم، "
        "حسبما أفادت الرئاسة الكينية اليوم الأربعاء."
    )
    assert shapes(extract_events(text, "2023-05-10")) == [
        ("meeting", "planned", ("William Ruto", "Yoweri Museveni")),
    ]


def test_a_time_to_come_in_a_new_clause_after_the_names_leaves_a_past_meeting_reported():
    text = (
        "التقى الرئيس الكيني، وليام روتو، نظيره الأوغندي يويري موسيفيني في كمبالا، "
        "وسيتوجه إلى أديس أبابا الأسبوع المقبل."
    )
    assert shapes(extract_events(text, "2023-05-10")) == [
        ("meeting", "reported", ("William Ruto", "Yoweri Museveni")),
    ]


# "وكان في استقبالهما / في استقبالهم الرئيس X": a guest with a spouse or a delegation was received ----


def test_a_host_at_the_reception_of_a_guest_and_his_wife_met_the_guest():
    text = (
        "وصل الرئيس الأوغندي يويري موسيفيني وقرينته إلى نيروبي صباح اليوم في زيارة دولة، "
        "وكان في استقبالهما بالمطار الرئيس الكيني وليام روتو."
    )
    assert ("meeting", "reported", ("William Ruto", "Yoweri Museveni")) in shapes(extract_events(text, "2023-05-10"))


def test_a_host_at_the_reception_of_a_guest_and_his_delegation_met_the_guest():
    text = (
        "حطت طائرة الرئيس الأوغندي يويري موسيفيني والوفد المرافق له في مطار نيروبي ظهر اليوم، "
        "وكان في استقبالهم الرئيس الكيني وليام روتو وعدد من الوزراء."
    )
    assert ("meeting", "reported", ("William Ruto", "Yoweri Museveni")) in shapes(extract_events(text, "2023-05-10"))


# "تصافح X ونظيره Y": the reciprocal verb with the pair as its subject is a brief encounter ----------


def test_two_leaders_who_shook_hands_as_one_subject_met():
    text = "تصافح الرئيس الكيني وليام روتو ونظيره الأوغندي يويري موسيفيني لدى وصولهما إلى قاعة القمة الأفريقية اليوم."
    assert shapes(extract_events(text, "2023-05-10")) == [
        ("meeting", "reported", ("William Ruto", "Yoweri Museveni")),
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


# "يعقد X، وY، اليوم الأربعاء، قمة": the present verb before names and a day set off by commas ----------


def test_a_summit_on_todays_schedule_is_planned_when_names_and_day_are_set_off_by_commas():
    text = "يعقد الرئيس الكيني وليام روتو، والرئيس الأوغندي يويري موسيفيني، اليوم الأربعاء، قمة ثنائية في نيروبي."
    assert shapes(extract_events(text, "2023-05-10")) == [
        ("meeting", "planned", ("William Ruto", "Yoweri Museveni")),
    ]


def test_a_summit_held_today_with_a_past_verb_stays_reported_with_the_same_commas():
    text = "عقد الرئيس الكيني وليام روتو، والرئيس الأوغندي يويري موسيفيني، اليوم الأربعاء، قمة ثنائية في نيروبي."
    assert shapes(extract_events(text, "2023-05-10")) == [
        ("meeting", "reported", ("William Ruto", "Yoweri Museveni")),
    ]


# "الأمير محمد بن عبدالرحمن بن عبدالعزيز": a chain going on with another grandfather is a namesake ----


def test_a_patronymic_chain_with_another_grandfather_names_no_known_bearer():
    text = (
        "وصل الرئيس الأمريكي دونالد ترامب إلى الرياض اليوم، وكان في استقباله بالمطار نائب أمير المنطقة "
        "الأمير محمد بن عبدالرحمن بن عبدالعزيز."
    )
    assert shapes(extract_events(text, "2025-05-13")) == []


def test_the_bearers_own_chain_and_a_chain_his_names_do_not_give_keep_him():
    own = "التقى الرئيس الأمريكي دونالد ترامب اليوم الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس الوزراء القطري."
    assert shapes(extract_events(own, "2025-05-13")) == [
        ("meeting", "reported", ("Donald Trump", "Mohammed bin Abdulrahman Al Thani")),
    ]
    crown_prince = "استقبل الرئيس الأمريكي دونالد ترامب اليوم ولي العهد السعودي الأمير محمد بن سلمان بن عبدالعزيز."
    assert shapes(extract_events(crown_prince, "2025-05-13")) == [
        ("meeting", "reported", ("Donald Trump", "Mohammed bin Salman Al Saud")),
    ]


# "التقى X بـ A، كما تم لقاء جمع بين X وB": "كما" and a light verb open another meeting ----------------


def test_a_light_verb_after_kama_opens_a_second_meeting_of_the_same_kind():
    text = (
        "التقى الرئيس الكيني وليام روتو بنظيره الأوغندي يويري موسيفيني اليوم على هامش القمة الأفريقية، "
        "كما تم لقاء جمع بين روتو والرئيس الرواندي بول كاغامي."
    )
    assert shapes(extract_events(text, "2023-05-10")) == [
        ("meeting", "reported", ("Paul Kagame", "William Ruto")),
        ("meeting", "reported", ("William Ruto", "Yoweri Museveni")),
    ]


def test_a_second_meeting_word_without_kama_still_tells_the_first_meeting():
    text = (
        "التقى الرئيس الكيني وليام روتو بنظيره الأوغندي يويري موسيفيني اليوم، وتناول اللقاء تطورات الأوضاع في المنطقة."
    )
    assert shapes(extract_events(text, "2023-05-10")) == [
        ("meeting", "reported", ("William Ruto", "Yoweri Museveni")),
    ]
