"""Constructions seen on the eleventh development set (issue #11, round DEVU): "leaders" that count a
subject's calls, not a conference call; meetings and visits told in the dual. Each test states one rule
on sentences written for it (never copied text)."""

from __future__ import annotations

from rasd.extract import extract_events


def _groups(text: str, published: str) -> list[list[str]]:
    return sorted(sorted(p.name_en for p in e.participants) for e in extract_events(text, published))


# "اتصاله الخامس مع زعماء ... إذ تحدث مع كل من A وB": the leaders word counts his calls ------------


def test_leaders_counting_the_subjects_calls_leave_each_of_the_list_its_own_call():
    text = (
        "وتعد هذه المكالمة الرابعة التي يجريها أمير قطر تميم بن حمد آل ثاني مع قادة دول الجوار خلال "
        "أسبوع، إذ تحدث قبلها مع كل من روحاني رئيس إيران، وأردوغان رئيس تركيا، "
        "والملك عبد الله الثاني عاهل الأردن."
    )
    assert _groups(text, "2017-06-20") == [
        ["Abdullah II of Jordan", "Tamim bin Hamad Al Thani"],
        ["Hassan Rouhani", "Tamim bin Hamad Al Thani"],
        ["Recep Tayyip Erdoğan", "Tamim bin Hamad Al Thani"],
    ]


def test_leaders_opening_the_list_still_make_one_conference_call():
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا مع قادة كل من ألمانيا المستشارة أنغيلا ميركل "
        "وإيطاليا رئيس الوزراء جوزيبي كونتي."
    )
    groups = _groups(text, "2020-03-10")
    assert len(groups) == 1 and len(groups[0]) == 3


# "مباحثاته مع A وB خلال زيارتيهما": a dual counts the contacts, one with each ------------------


def test_talks_with_two_guests_during_their_two_visits_are_one_meeting_each():
    text = (
        "والتقى الرئيس الفرنسي إيمانويل ماكرون الرئيس الأمريكي جو بايدن، والمستشار الألماني أولاف شولتس، "
        "خلال زيارتيهما إلى باريس."
    )
    assert _groups(text, "2023-06-09") == [["Emmanuel Macron", "Joe Biden"], ["Emmanuel Macron", "Olaf Scholz"]]
    without_the_dual = (
        "والتقى الرئيس الفرنسي إيمانويل ماكرون الرئيس الأمريكي جو بايدن، والمستشار الألماني أولاف شولتس في باريس."
    )
    assert _groups(without_the_dual, "2023-06-09") == [["Emmanuel Macron", "Joe Biden", "Olaf Scholz"]]


# "مبعوثا خاصا من الرئيس X": the sender after "من" is talked about, as after "لـ" ---------------------


def test_envoys_sender_after_min_is_no_party():
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي يوم الأحد بالقاهرة وزير الخارجية الأردني أيمن الصفدي، "
        "مبعوثا خاصا من العاهل الأردني عبد الله الثاني."
    )
    groups = _groups(text, "2021-05-16")
    assert all("Abdullah II of Jordan" not in g for g in groups)


# "خلال اللقاء" tells on the contact told before, also a non-leader's: no new contact with the visit's guest --


def test_during_the_meeting_with_a_minister_names_no_new_party():
    text = (
        "استقبل العاهل الأردني الملك عبد الله الثاني، مساء الثلاثاء في عمان، وزير الخارجية الألماني هايكو ماس.\n"
        "وشدد الملك خلال اللقاء على أهمية التهدئة قبل زيارة الرئيس الفرنسي إيمانويل ماكرون إلى المنطقة."
    )
    assert _groups(text, "2021-03-03") == [["Abdullah II of Jordan", "Heiko Maas"]]
    unnamed_guest = text.replace("وزير الخارجية الألماني هايكو ماس", "وفدا من رجال الأعمال الألمان")
    assert _groups(unnamed_guest, "2021-03-03") == []


# "موجها تحياته إلى الملك X": whom one's own greetings go to is absent; "نقل تحيات X إلى Y": Y is the host ---


def test_addressee_of_own_greetings_is_no_party():
    text = (
        "التقى الرئيس التونسي قيس سعيد في قرطاج يوم الاثنين ولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان، "
        "مبلغا تحياته وشكره إلى رئيس الدولة الشيخ خليفة بن زايد آل نهيان."
    )
    assert _groups(text, "2021-10-04") == [["Kais Saied", "Mohamed bin Zayed Al Nahyan"]]


def test_greetings_of_a_named_sender_carried_to_the_host_keep_the_host():
    text = (
        "استقبل الرئيس الجزائري عبد المجيد تبون يوم الأحد وزير الخارجية المغربي ناصر بوريطة، الذي نقل "
        "تحيات العاهل المغربي الملك محمد السادس إلى الرئيس تبون."
    )
    groups = _groups(text, "2021-10-03")
    assert ["Abdelmadjid Tebboune", "Nasser Bourita"] in groups


# "كما حضر حفل الاستقبال A وB": the guests attended the reception told before, with its host, together ------


def test_guests_attending_a_reception_told_before_join_its_host_in_one_meeting():
    host = "أقام رئيس الوزراء الياباني فوميو كيشيدا مساء الأحد في طوكيو حفل استقبال لقادة الدول المشاركة في القمة.\n"
    also = "وحضره رئيس الوزراء الكندي جاستن ترودو، ورئيس الوزراء الهندي ناريندرا مودي.\n"
    guests = (
        "كما حضر حفل الاستقبال الرئيس الفرنسي إيمانويل ماكرون، والمستشار الألماني أولاف شولتس، "
        "ورئيسة الوزراء الإيطالية جورجيا ميلوني."
    )
    together = ["Emmanuel Macron", "Fumio Kishida", "Giorgia Meloni", "Olaf Scholz"]
    assert _groups(host + also + guests, "2023-05-21") == [together]
    one_sentence = host.replace(".\n", "، ") + also
    assert _groups(one_sentence + guests, "2023-05-21") == [sorted(together + ["Justin Trudeau", "Narendra Modi"])]


def test_own_minister_attending_a_meeting_with_no_leader_guest_makes_no_contact():
    text = (
        "استقبل الرئيس التونسي قيس سعيد يوم الخميس في قرطاج وفدا من رجال الأعمال الإيطاليين.\n"
        "وحضر اللقاء وزير الخارجية التونسي عثمان الجرندي."
    )
    assert _groups(text, "2021-06-10") == []
