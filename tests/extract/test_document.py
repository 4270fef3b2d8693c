"""How many events a text reports (rasd.extract.document, events): one event per real contact (a
headline and its body, one contact told twice), several contacts of one leader, lists of callers
and senders, n-party calls and meetings. Each test states one rule on sentences written for it
(never copied text)."""

from __future__ import annotations

from extract_helpers import (
    ABDULLAH,
    ERDOGAN,
    MACRON,
    SISI,
    TAMIM,
    caller,
    names,
    of_type,
    party_lists,
    party_sets,
    people,
    shapes,
    statuses,
)

from rasd.extract import extract_events

# "اتصاله الخامس مع زعماء ... إذ تحدث مع كل من A وB": the leaders word counts his calls ------------


def test_leaders_counting_the_subjects_calls_leave_each_of_the_list_its_own_call():
    text = (
        "وتعد هذه المكالمة الرابعة التي يجريها أمير قطر تميم بن حمد آل ثاني مع قادة دول الجوار خلال "
        "أسبوع، إذ تحدث قبلها مع كل من روحاني رئيس إيران، وأردوغان رئيس تركيا، "
        "والملك عبد الله الثاني عاهل الأردن."
    )
    assert party_lists(text, "2017-06-20") == [
        ["Abdullah II of Jordan", "Tamim bin Hamad Al Thani"],
        ["Hassan Rouhani", "Tamim bin Hamad Al Thani"],
        ["Recep Tayyip Erdoğan", "Tamim bin Hamad Al Thani"],
    ]


def test_leaders_opening_the_list_still_make_one_conference_call():
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا مع قادة كل من ألمانيا المستشارة أنغيلا ميركل "
        "وإيطاليا رئيس الوزراء جوزيبي كونتي."
    )
    groups = party_lists(text, "2020-03-10")
    assert len(groups) == 1 and len(groups[0]) == 3


# "مباحثاته مع A وB خلال زيارتيهما": a dual counts the contacts, one with each ------------------


def test_talks_with_two_guests_during_their_two_visits_are_one_meeting_each():
    text = (
        "والتقى الرئيس الفرنسي إيمانويل ماكرون الرئيس الأمريكي جو بايدن، والمستشار الألماني أولاف شولتس، "
        "خلال زيارتيهما إلى باريس."
    )
    assert party_lists(text, "2023-06-09") == [["Emmanuel Macron", "Joe Biden"], ["Emmanuel Macron", "Olaf Scholz"]]
    without_the_dual = (
        "والتقى الرئيس الفرنسي إيمانويل ماكرون الرئيس الأمريكي جو بايدن، والمستشار الألماني أولاف شولتس في باريس."
    )
    # one subject and a list: a meeting with each all the same (party_positions.lone_subject)
    assert party_lists(without_the_dual, "2023-06-09") == [
        ["Emmanuel Macron", "Joe Biden"],
        ["Emmanuel Macron", "Olaf Scholz"],
    ]


# One call, one event ------------------------------------------------------------------------


def test_headline_body_and_role_mentions_make_one_event():
    text = (
        "الرئيس الجزائري يتلقى اتصالا من نظيره التونسي\n"
        "تلقى الرئيس الجزائري عبد المجيد تبون مساء اليوم اتصالا هاتفيا من الرئيس التونسي قيس سعيد. "
        "وخلال الاتصال الهاتفي أكد الرئيس الجزائري للرئيس سعيد دعم بلاده. "
        "وجرى خلال المكالمة كذلك بحث التحضير للقمة المقبلة."
    )
    events = extract_events(text, "2021-03-09")
    assert len(events) == 1
    assert people(events[0]) == ["Abdelmadjid Tebboune", "Kais Saied"]


def test_second_paragraph_with_another_time_phrase_is_the_same_call():
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون اليوم الثلاثاء اتصالا هاتفيا مع الرئيس اللبناني ميشال عون.\n\n"
        "وقالت الرئاسة اللبنانية إن الاتصال الهاتفي الذي جرى بعد ظهر اليوم بين ماكرون وعون تناول تشكيل الحكومة."
    )
    events = extract_events(text, "2020-09-01")
    assert len(events) == 1 and events[0].date == "2020-09-01"


def test_people_named_while_telling_the_call_make_no_new_call():
    text = (
        "أجرى العاهل الأردني الملك عبد الله الثاني اتصالا هاتفيا مع الرئيس المصري عبد الفتاح السيسي اليوم.\n"
        "وخلال الاتصال نقل الملك تحيات ولي العهد إلى الرئيس الفلسطيني محمود عباس."
    )
    events = extract_events(text, "2020-03-20")
    assert len(events) == 1 and "Mahmoud Abbas" not in people(events[0])


# Lists and N-party calls --------------------------------------------------------------------


def test_two_leaders_joined_by_and_are_two_entities():
    text = "تلقى الرئيس المصري عبد الفتاح السيسي اتصالين هاتفيين من أمير قطر وولي العهد السعودي اليوم."
    events = extract_events(text, "2023-05-02")
    assert len(events) == 2
    assert all("Abdel Fattah el-Sisi" in people(e) for e in events)
    assert {p.country for e in events for p in e.participants} == {"EG", "QA", "SA"}


def test_a_video_summit_of_several_leaders_is_one_event():
    text = (
        "شارك الرئيس المصري عبد الفتاح السيسي اليوم في قمة عبر تقنية الفيديو جمعت الرئيس الكيني أوهورو كينياتا "
        "ورئيس جنوب أفريقيا سيريل رامافوزا."
    )
    [event] = extract_events(text, "2020-03-26")
    assert event.type == "video_call" and len(event.participants) == 3


def test_a_call_bringing_several_leaders_together_is_one_event():
    text = (
        "جمعت مكالمة هاتفية اليوم الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس "
        "ورئيس الوزراء البريطاني ريشي سوناك والرئيس الأمريكي جو بايدن."
    )
    events = extract_events(text, "2023-10-22")
    assert len(events) == 1 and len(events[0].participants) == 4
    assert events[0].initiator is None  # "جمعت": nobody is presented as the caller


def test_separate_calls_then_with_another_leader_are_two_events():
    text = (
        "أجرى الرئيس التركي رجب طيب أردوغان اليوم اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين، "
        "ثم مع الرئيس الأوكراني فولوديمير زيلينسكي."
    )
    events = extract_events(text, "2023-03-10")
    assert sorted(len(e.participants) for e in events) == [2, 2]
    assert all(caller(e) == "Recep Tayyip Erdoğan" for e in events)


# One visitor meeting the hosts of one country: a meeting with each --------------------------------


def test_a_visitor_meeting_the_head_of_state_and_the_prime_minister_meets_each():
    text = (
        "التقى الرئيس الفرنسي إيمانويل ماكرون اليوم الثلاثاء في بيروت الرئيس اللبناني ميشال عون "
        "ورئيس الحكومة نجيب ميقاتي وبحث معهما الأوضاع الاقتصادية."
    )
    events = extract_events(text, "2021-10-05")
    assert shapes(events) == [
        ("meeting", "reported", ("Emmanuel Macron", "Michel Aoun")),
        ("meeting", "reported", ("Emmanuel Macron", "Najib Mikati")),
    ]


def test_guests_of_several_countries_received_together_are_one_meeting():
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة العاهل الأردني الملك عبد الله الثاني "
        "والرئيس الفلسطيني محمود عباس وبحث معهما مستجدات القضية الفلسطينية."
    )
    (event,) = extract_events(text, "2023-01-17")
    assert people(event) == ["Abdel Fattah el-Sisi", "Abdullah II of Jordan", "Mahmoud Abbas"]


def test_a_planned_meeting_of_two_is_not_merged_into_an_earlier_summit_of_three():
    text = (
        "من المقرر أن يلتقي الرئيس التركي رجب طيب أردوغان الرئيس الروسي فلاديمير بوتين يوم 5 أغسطس 2022 في سوتشي.\n"
        "يذكر أن اجتماعا ثلاثيا عقد الأسبوع الماضي بين أردوغان وبوتين والرئيس الإيراني إبراهيم رئيسي في طهران."
    )
    events = extract_events(text, "2022-08-01")
    assert ("meeting", "planned", ("Recep Tayyip Erdoğan", "Vladimir Putin")) in shapes(events)


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


# Lists: a third leader who "also took part" makes one joint call -----------------------------------


def test_leader_who_also_took_part_joins_the_call():
    text = (
        "تلقى الرئيس المصري عبد الفتاح السيسي اليوم اتصالا هاتفيا من الرئيس الأمريكي دونالد ترامب، "
        "برفقة رئيس الوزراء الإسرائيلي بنيامين نتنياهو الذي شارك أيضا في المحادثة."
    )
    (event,) = extract_events(text, "2025-10-13")
    assert people(event) == ["Abdel Fattah el-Sisi", "Benjamin Netanyahu", "Donald Trump"]


# Meetings told in the plural before the people met, counterparts named one by one after "نظرائه", a
# chat on the side of a gathering.

# "عقد X لقاءات مع A وB": the plural meeting word tells one meeting with each ---------------------


def test_meetings_in_the_plural_with_a_list_are_one_meeting_with_each():
    text = (
        "عقد الرئيس الفرنسي إيمانويل ماكرون اليوم لقاءات مع المستشار الألماني أولاف شولتس، "
        "ورئيسة الوزراء الإيطالية جورجيا ميلوني، على هامش القمة الأوروبية في بروكسل."
    )
    got = shapes(extract_events(text, "2023-06-29"))
    assert ("meeting", "reported", ("Emmanuel Macron", "Olaf Scholz")) in got
    assert ("meeting", "reported", ("Emmanuel Macron", "Giorgia Meloni")) in got
    assert all(len(people) == 2 for _, _, people in got)


def test_one_meeting_word_with_a_list_stays_one_meeting_of_them_all():
    text = (
        "عقد الرئيس الفرنسي إيمانويل ماكرون اليوم لقاء مع المستشار الألماني أولاف شولتس "
        "ورئيسة الوزراء الإيطالية جورجيا ميلوني في بروكسل."
    )
    got = shapes(extract_events(text, "2023-06-29"))
    assert got == [("meeting", "reported", ("Emmanuel Macron", "Giorgia Meloni", "Olaf Scholz"))]


# "مع نظرائه الصيني X والإيراني Y": counterparts named one by one are the subject's own meetings ----


def test_plural_counterparts_named_by_nationality_are_met_one_by_one():
    text = (
        "وعلى هامش قمة دوشنبه، عقد الرئيس التركي رجب طيب أردوغان أمس اجتماعات ثنائية مع نظرائه الإيراني "
        "حسن روحاني، والصيني شي جين بينغ."
    )
    got = shapes(extract_events(text, "2019-06-16"))
    assert ("meeting", "reported", ("Hassan Rouhani", "Recep Tayyip Erdoğan")) in got
    assert ("meeting", "reported", ("Recep Tayyip Erdoğan", "Xi Jinping")) in got


def test_plural_counterparts_left_unnamed_are_still_a_gathering_of_many():
    text = (
        "عقد وزير الخارجية السعودي فيصل بن فرحان ووزير الخارجية المصري سامح شكري اجتماعا "
        "تشاوريا مع نظرائهما العرب في القاهرة اليوم."
    )
    assert extract_events(text, "2023-03-06") == []


# "تبادل X أطراف الحديث مع A، ومع B": a chat with each one at a gathering -------------------------


def test_a_chat_with_several_leaders_is_a_brief_meeting_with_each():
    text = (
        "وعلى هامش حفل العشاء، تبادل الرئيس التركي رجب طيب أردوغان أطراف الحديث مع الرئيس "
        "الصربي ألكسندر فوتشيتش، ومع رئيس الوزراء اللبناني سعد الحريري."
    )
    got = shapes(extract_events(text, "2018-11-10"))
    assert ("meeting", "reported", ("Aleksandar Vučić", "Recep Tayyip Erdoğan")) in got
    assert ("meeting", "reported", ("Recep Tayyip Erdoğan", "Saad Hariri")) in got
    assert len(got) == 2


# "لقاءات ومحادثات ثنائية": plural meetings with bilateral talks, one meeting with each named ----------


def test_meetings_and_bilateral_talks_before_a_list_are_one_meeting_each():
    text = (
        "سبقت القمة لقاءات ومحادثات ثنائية، إذ اجتمع الرئيس الأمريكي جو بايدن اليوم بالرئيس الفرنسي "
        "إيمانويل ماكرون والمستشار الألماني أولاف شولتس."
    )
    got = sorted(tuple(sorted(p.name_en for p in e.participants)) for e in extract_events(text, "2022-06-26"))
    assert got == [("Emmanuel Macron", "Joe Biden"), ("Joe Biden", "Olaf Scholz")]


# Talks that do not say how, and a call of the same leaders told next to them: one call -------------------


def test_talks_announced_today_and_told_as_a_phone_call_yesterday_are_one_call():
    text = (
        "أعلن قصر الإليزيه اليوم الخميس أن الرئيس الفرنسي إيمانويل ماكرون أجرى مباحثات مع المستشار "
        "الألماني أولاف شولتس بشأن أسعار الطاقة. وتحدث ماكرون مع شولتس هاتفيا أمس الأربعاء."
    )
    assert shapes(extract_events(text, "2023-03-09")) == [
        ("phone_call", "reported", ("Emmanuel Macron", "Olaf Scholz")),
    ]


def test_talks_a_week_after_a_call_of_the_same_leaders_stay_a_meeting():
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون اليوم الخميس 16 مارس 2023 في باريس مباحثات مع المستشار "
        "الألماني أولاف شولتس. وكان ماكرون قد تحدث مع شولتس هاتفيا يوم 9 مارس."
    )
    got = shapes(extract_events(text, "2023-03-16"))
    assert ("meeting", "reported", ("Emmanuel Macron", "Olaf Scholz")) in got


# Guests met one by one: the host is the name alone, whichever side of the list it stands ----------------


def test_a_host_named_after_the_list_of_guests_met_each_of_them():
    for text in (
        "التقى الرئيس الكيني وليام روتو والرئيس الأوغندي يويري موسيفيني اليوم في أديس أبابا رئيس الوزراء "
        "الإثيوبي آبي أحمد، كل على حدة.",
        "التقى رئيس الوزراء الإثيوبي آبي أحمد اليوم في أديس أبابا، كلا على حدة، الرئيس الكيني وليام روتو "
        "والرئيس الأوغندي يويري موسيفيني.",
    ):
        pairs = [people for _, _, people in shapes(extract_events(text, "2024-02-16"))]
        assert pairs == [("Abiy Ahmed", "William Ruto"), ("Abiy Ahmed", "Yoweri Museveni")], text


# Multi-party calls -----------------------------------------------------------------------------------


def test_a_call_between_several_leaders_is_one_event():
    text = "جرت مساء الاثنين مكالمة هاتفية بين الرئيس الفرنسي إيمانويل ماكرون والرئيس الأوكراني فولوديمير زيلينسكي والمستشار الألماني فريدريش ميرتس."
    (event,) = extract_events(text, "2025-12-02")
    assert people(event) == ["Emmanuel Macron", "Friedrich Merz", "Volodymyr Zelensky"]


def test_a_sentence_naming_part_of_a_multi_party_call_joins_it():
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون مكالمة هاتفية مع الرئيس الأوكراني فولوديمير زيلينسكي "
        "والمستشار الألماني فريدريش ميرتس وعدد من القادة الأوروبيين.\n"
        "وجرت المكالمة بين ميرتس وماكرون وزيلينسكي والأمين العام لحلف شمال الأطلسي مارك روته."
    )
    (event,) = extract_events(text, "2025-12-02")
    assert people(event) == ["Emmanuel Macron", "Friedrich Merz", "Mark Rutte", "Volodymyr Zelensky"]


def test_calls_held_separately_are_one_event_each():
    text = (
        "تحدث الرئيس الأمريكي جو بايدن اليوم هاتفيا في شكل منفصل مع رئيس الوزراء الإسرائيلي بنيامين "
        "نتنياهو والرئيس المصري عبد الفتاح السيسي."
    )
    events = extract_events(text, "2023-10-22")
    assert sorted(people(e) for e in events) == [
        ["Abdel Fattah el-Sisi", "Joe Biden"],
        ["Benjamin Netanyahu", "Joe Biden"],
    ]


# Bullet lists of callers -----------------------------------------------------------------------------


def test_a_numbered_list_of_callers_after_a_colon_gives_one_call_each():
    text = (
        "تلقى الرئيس المصري عبد الفتاح السيسي اليوم اتصالات هاتفية من كل من:\n\n"
        "1. الرئيس الفرنسي إيمانويل ماكرون\n"
        "2. المستشار الألماني أولاف شولتس\n"
    )
    events = extract_events(text, "2023-10-22")
    assert sorted(people(e) for e in events) == [
        ["Abdel Fattah el-Sisi", "Emmanuel Macron"],
        ["Abdel Fattah el-Sisi", "Olaf Scholz"],
    ]


def test_listed_callers_are_never_paired_with_each_other():
    # the receiver before the colon is named by a word that is no known name: no contact at all
    text = (
        "وذكرت الصحيفة اليوم أن القائد تلقى هذه الاتصالات من:\n"
        "- رئيس جمهورية جنوب السودان سلفاكير ميارديت.\n"
        "- رئيس الوزراء الإثيوبي آبي أحمد.\n"
    )
    assert extract_events(text, "2023-04-28") == []


# Lists of callers: one call each ---------------------------------------------------------------------


def test_callers_listed_after_a_verb_with_a_pronoun_object_each_called_the_one_named_before():
    text = (
        "انهالت الاتصالات الهاتفية اليوم على الرئيس الجزائري عبد المجيد تبون، إذ اتصل به الرئيس التونسي "
        "قيس سعيد، والعاهل الأردني الملك عبد الله الثاني، والرئيس الموريتاني محمد ولد الغزواني."
    )
    events = extract_events(text, "2024-09-09")
    assert shapes(events) == [
        ("phone_call", "reported", ("Abdelmadjid Tebboune", "Abdullah II of Jordan")),
        ("phone_call", "reported", ("Abdelmadjid Tebboune", "Kais Saied")),
        ("phone_call", "reported", ("Abdelmadjid Tebboune", "Mohamed Ould Ghazouani")),
    ]
    assert all(e.initiator != "dz-abdelmadjid-tebboune" and e.initiator for e in events)


def test_similar_calls_received_from_a_list_are_one_call_each():
    text = (
        "تلقى الرئيس الجزائري عبد المجيد تبون اليوم اتصالا هاتفيا من الرئيس التونسي قيس سعيد. كما تلقى الرئيس "
        "تبون اتصالات مماثلة من العاهل الأردني الملك عبد الله الثاني ومن الرئيس الموريتاني محمد ولد الغزواني."
    )
    assert shapes(extract_events(text, "2024-09-09")) == [
        ("phone_call", "reported", ("Abdelmadjid Tebboune", "Abdullah II of Jordan")),
        ("phone_call", "reported", ("Abdelmadjid Tebboune", "Kais Saied")),
        ("phone_call", "reported", ("Abdelmadjid Tebboune", "Mohamed Ould Ghazouani")),
    ]


def test_three_leaders_holding_a_three_way_summit_are_one_meeting():
    text = "عقدت قادة مصر والأردن وفرنسا بعد ظهر اليوم في عمان قمة ثلاثية تناولت الحرب في غزة."
    assert shapes(extract_events(text, "2023-08-10")) == [
        ("meeting", "reported", ("Abdel Fattah el-Sisi", "Abdullah II of Jordan", "Emmanuel Macron"))
    ]


# The plan of a meeting the article already reported that day is no second meeting.


def test_a_meeting_to_come_after_the_reported_one_that_day_is_no_second_meeting():
    text = (
        "استقبل الرئيس العراقي برهم صالح اليوم الرئيس الإيراني حسن روحاني في بغداد. "
        "وسيلتقي روحاني الرئيس العراقي برهم صالح قبل أن يتوجه إلى النجف."
    )
    assert statuses(text, "2019-03-11") == [("meeting", "reported")]


def test_a_meeting_again_on_another_day_survives():
    text = (
        "التقى الرئيس العراقي برهم صالح اليوم الرئيس الإيراني حسن روحاني في بغداد. "
        "وسيلتقي روحاني الرئيس العراقي برهم صالح مجددا بعد غد."
    )
    assert sorted(statuses(text, "2019-03-11")) == [("meeting", "planned"), ("meeting", "reported")]


def test_a_meeting_again_the_same_day_survives():
    text = (
        "التقى الرئيس العراقي برهم صالح صباح اليوم الرئيس الإيراني حسن روحاني في بغداد. "
        "وسيلتقي روحاني الرئيس العراقي برهم صالح مرة أخرى مساء."
    )
    assert sorted(statuses(text, "2019-03-11")) == [("meeting", "planned"), ("meeting", "reported")]


def test_a_plan_without_a_reported_meeting_stays_planned():
    text = "وسيلتقي الرئيس الإيراني حسن روحاني الرئيس العراقي برهم صالح في بغداد."
    assert [e.status for e in extract_events(text, "2019-03-11")] == ["planned"]


# One leader's several contacts in one sentence --------------------------------------------------


def test_the_same_meeting_verb_again_opens_a_second_meeting():
    for joint in ("، ثم التقى", "، كما التقى"):
        text = f"التقى الرئيس الفرنسي إيمانويل ماكرون الرئيس المصري عبد الفتاح السيسي{joint} أمير قطر الشيخ تميم بن حمد آل ثاني."
        assert sorted(party_sets(text), key=sorted) == sorted([{MACRON, SISI}, {MACRON, TAMIM}], key=sorted), text


def test_a_joint_call_of_two_leaders_with_a_third_is_one_event():
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس اتصالا هاتفيا مشتركا "
        "مع الرئيس الروسي فلاديمير بوتين."
    )
    assert party_sets(text, "2022-05-28") == [{MACRON, "Olaf Scholz", "Vladimir Putin"}]


def test_the_call_with_each_told_after_two_calls_pairs_no_callers_together():
    text = (
        "تلقى الرئيس عبد الفتاح السيسي مكالمتين من الرئيس الفرنسي إيمانويل ماكرون والملك عبد الله الثاني. "
        "وتناول الرئيس مع ماكرون ملف الطاقة، في حين ركز الاتصال مع العاهل الأردني على الحدود."
    )
    assert sorted(party_sets(text), key=sorted) == sorted([{SISI, MACRON}, {SISI, ABDULLAH}], key=sorted)


def test_a_second_call_verb_after_what_was_said_in_the_first_call_opens_its_own_call():
    text = (
        "تلقى الرئيس عبد الفتاح السيسي مكالمة من الرئيس الفرنسي إيمانويل ماكرون، تناولت ملف الطاقة، "
        "كما تلقى اتصالا من الملك عبد الله الثاني."
    )
    assert sorted(party_sets(text), key=sorted) == sorted([{SISI, MACRON}, {SISI, ABDULLAH}], key=sorted)


def test_calls_listed_by_ordinals_keep_the_later_ones_after_what_was_said():
    text = (
        "أجرى أمير قطر الشيخ تميم بن حمد آل ثاني مكالمتين؛ الأولى مع الرئيس الفرنسي إيمانويل ماكرون، "
        "بحثا خلالها الطاقة، والثانية مع الرئيس التركي رجب طيب أردوغان."
    )
    assert sorted(party_sets(text), key=sorted) == sorted([{TAMIM, MACRON}, {TAMIM, ERDOGAN}], key=sorted)


# Lists of callers and senders; one contact of several parties --------------------------------------


def test_cables_from_the_leaders_of_several_countries_are_one_cable_each():
    text = "وصلت إلى الرئيس السوري بشار الأسد برقيات من قادة الإمارات والبحرين وسلطنة عمان."
    pairs = party_sets(text)
    assert len(pairs) == 3 and all(len(pair) == 2 and "Bashar al-Assad" in pair for pair in pairs)


def test_a_counted_number_of_calls_with_a_list_of_leaders_is_one_call_each():
    text = "رحب قادة الإمارات والبحرين، في مكالمتين هاتفيتين مع الرئيس الأمريكي جو بايدن، بالاتفاق."
    pairs = party_sets(text)
    assert len(pairs) == 2 and all(len(pair) == 2 and "Joe Biden" in pair for pair in pairs)


def test_a_call_said_to_bring_three_leaders_together_is_one_confident_event():
    text = "جمع اتصال هاتفي اليوم الرئيس عبد الفتاح السيسي والرئيس الفرنسي إيمانويل ماكرون والملك عبد الله الثاني."
    (event,) = extract_events(text, "2023-05-10")
    assert {p.name_en for p in event.participants} == {SISI, MACRON, ABDULLAH}
    assert event.confidence >= 0.5


def test_the_senders_of_cables_listed_in_the_next_sentence_each_sent_one_to_the_receiver():
    text = (
        "تلقى الملك عبد الله الثاني برقيات بمناسبة عيد الاستقلال. "
        "ووصلت البرقيات من الرئيس الفرنسي إيمانويل ماكرون والرئيس التركي رجب طيب أردوغان."
    )
    assert sorted(party_sets(text), key=sorted) == sorted([{ABDULLAH, MACRON}, {ABDULLAH, ERDOGAN}], key=sorted)


def test_the_callers_listed_in_the_next_sentence_each_called_the_receiver():
    text = (
        "تلقى الرئيس عبد الفتاح السيسي اتصالات هاتفية بمناسبة العيد. "
        "وجاءت المكالمات الهاتفية من الرئيس الفرنسي إيمانويل ماكرون والملك عبد الله الثاني."
    )
    assert sorted(party_sets(text), key=sorted) == sorted([{SISI, MACRON}, {SISI, ABDULLAH}], key=sorted)


def test_then_before_a_second_meeting_word_opens_a_second_meeting():
    text = "استقبل الرئيس عبد الفتاح السيسي الرئيس الفرنسي إيمانويل ماكرون، ثم عقد لقاء مع الملك عبد الله الثاني."
    assert sorted(party_sets(text), key=sorted) == sorted([{SISI, MACRON}, {SISI, ABDULLAH}], key=sorted)


def test_plural_bilateral_meetings_with_leaders_of_several_countries_are_one_meeting_each():
    text = (
        "يصل الرئيس الفرنسي إيمانويل ماكرون إلى الدوحة الأحد المقبل. "
        "وتنعقد القمة في العاصمة القطرية، كما سيجري ماكرون لقاءات ثنائية مع قادة الأردن وتركيا ومصر."
    )
    meetings = [names(e) for e in of_type(text, "2023-05-10", "meeting")]
    assert {MACRON, ABDULLAH} in meetings and {MACRON, ERDOGAN} in meetings and {MACRON, SISI} in meetings
    assert all(len(m) == 2 for m in meetings)


def test_meeting_a_number_of_presidents_among_them_two_named_is_two_meetings():
    # "met a number of presidents, among them A ... and also B": one bilateral meeting each
    text = (
        "وذكر المتحدث أن الرئيس المصري عبد الفتاح السيسي اجتمع خلال القمة بعدد من الرؤساء، بينهم "
        "الرئيس الفرنسي إيمانويل ماكرون وبحث معه التعاون، وكذلك الرئيس التركي رجب طيب أردوغان."
    )
    pairs = party_sets(text, "2019-02-10")
    assert {SISI, MACRON} in pairs and {SISI, ERDOGAN} in pairs
    assert {SISI, MACRON, ERDOGAN} not in pairs


def test_calls_from_counterparts_in_a_list_of_countries_are_one_call_each():
    # "his counterparts in each of A, B and C": one counterpart per country, each a call of its own
    text = "تلقى وزير الخارجية العماني يوسف بن علوي اليوم اتصالات من نظرائه في كل من السعودية وقطر والعراق."
    pairs = party_sets(text, "2019-12-29")
    bin_alawi = "Yusuf bin Alawi bin Abdullah"
    assert {bin_alawi, "Faisal bin Farhan Al Saud"} in pairs
    assert {bin_alawi, "Mohammed bin Abdulrahman Al Thani"} in pairs
    assert {bin_alawi, "Mohamed Ali Alhakim"} in pairs


# One contact told twice: first without a day, then with a bare weekday of the past week ("... عقد في
# الرباط، الخميس الماضي"). The weekday is its day and the article reports one contact; a pluperfect
# "وكان X قد التقى" still tells an earlier one.

PUB = "2019-03-11"  # a Monday: the Thursday before is four days earlier


def _events(text: str) -> list[tuple[str, str, str, bool]]:
    return [(e.type, e.date, e.date_basis, e.background) for e in extract_events(text, PUB)]


def test_an_undated_meeting_then_its_weekday_in_a_later_sentence_is_one_meeting():
    text = (
        "وتحدثت الصحف عن مشاركة الوزير في لقاء العاهل المغربي الملك محمد السادس والرئيس الفرنسي "
        "إيمانويل ماكرون. ويذكر أن لقاء الملك محمد السادس وماكرون عقد في الرباط، الخميس الماضي."
    )
    assert _events(text) == [("meeting", "2019-03-07", "weekday", False)]


def test_an_earlier_meeting_in_the_pluperfect_stays_another_contact():
    text = (
        "استقبل العاهل الأردني الملك عبد الله الثاني رئيس الوزراء الإسرائيلي بنيامين نتنياهو في عمان. "
        "وكان الملك عبد الله قد التقى نتنياهو الاثنين الماضي."
    )
    events = [(e.date, e.background) for e in extract_events(text, "2018-06-23")]
    assert events == [("2018-06-23", False), ("2018-06-18", True)]


def test_a_call_told_recently_then_with_its_date_is_one_earlier_call():
    text = (
        "نفى مكتب الرئيس الفرنسي تقارير عن خلاف حاد بين إيمانويل ماكرون والمستشار الألماني أولاف شولتس "
        "خلال مكالمة هاتفية جرت بينهما مؤخرا. وذكرت صحيفة ألمانية أن ماكرون وشولتس أجريا مكالمة "
        "هاتفية في 3 مارس تناولت ملف الطاقة."
    )
    got = [(e.type, e.status, e.date, e.background) for e in extract_events(text, "2023-03-20")]
    assert got == [("phone_call", "reported", "2023-03-03", True)]


def test_a_call_told_recently_with_no_date_elsewhere_keeps_the_publication_day():
    text = (
        "قال مكتب الرئيس الفرنسي إن إيمانويل ماكرون والمستشار الألماني أولاف شولتس بحثا ملف الطاقة "
        "خلال مكالمة هاتفية جرت بينهما مؤخرا."
    )
    got = [(e.type, e.date, e.date_basis) for e in extract_events(text, "2023-03-20")]
    assert got == [("phone_call", "2023-03-20", "published")]
