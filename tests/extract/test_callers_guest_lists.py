"""One subject and a list of partners in one meeting sentence ("استقبل X كلا من A وB وC", "التقى X بـ
A وB", "أجرى X مباحثات مع A وB"): outlets tell one meeting per guest, so the sentence gives one meeting
of the subject with each (``party_positions.lone_subject``, ``callers.told_separate``), unless the text
says they met together (``callers._met_together``): a joint word, one gathering as the contact, two
or more as the subject, the guests talked with or referred back to as one. Sentences written for
these tests."""

from __future__ import annotations

from rasd.extract import extract_events

DAY = "2023-06-05"
SISI, MACRON, SCHOLZ = "Abdel Fattah el-Sisi", "Emmanuel Macron", "Olaf Scholz"
MELONI, ABDULLAH, ABBAS = "Giorgia Meloni", "Abdullah II of Jordan", "Mahmoud Abbas"
ERDOGAN, TEBBOUNE = "Recep Tayyip Erdoğan", "Abdelmadjid Tebboune"


def _sets(text: str, day: str = DAY, kind: str = "meeting") -> list[frozenset[str]]:
    """The participants of each event of type ``kind``, sorted."""
    got = [frozenset(p.name_en for p in e.participants) for e in extract_events(text, day) if e.type == kind]
    return sorted(got, key=sorted)


def _each(hub: str, *guests: str) -> list[frozenset[str]]:
    return sorted((frozenset({hub, g}) for g in guests), key=sorted)


# One subject, a list of guests: a meeting with each -------------------------------------------------


def test_a_host_receiving_three_guests_holds_three_meetings():
    """The verb's one subject (the host) and its object, a list of three joined by "و": receptions
    are told one guest at a time unless the text joins them."""
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي اليوم في شرم الشيخ الرئيس الفرنسي إيمانويل ماكرون "
        "والمستشار الألماني أولاف شولتس ورئيسة الوزراء الإيطالية جورجيا ميلوني."
    )
    assert _sets(text) == _each(SISI, MACRON, SCHOLZ, MELONI)


def test_met_each_of_two_is_two_meetings():
    """ "التقى X كلا من A وB": "كلا من" opens the object list of one subject; a joint word inside the
    side phrase ("على هامش القمة الثلاثية") tells where they met, not that they met together."""
    for setting in ("على هامش القمة", "على هامش القمة الثلاثية"):
        text = (
            f"التقى العاهل الأردني الملك عبد الله الثاني اليوم {setting} كلا من الرئيس التركي رجب طيب "
            "أردوغان والرئيس الفرنسي إيمانويل ماكرون."
        )
        assert _sets(text) == _each(ABDULLAH, ERDOGAN, MACRON), setting


def test_friday_is_no_joint_word():
    """ "اليوم الجمعة": the day shares its letters with the joint verb "جمعه" once its article is read
    off; it tells nothing of the guests."""
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي اليوم الجمعة في شرم الشيخ الرئيس الفرنسي إيمانويل ماكرون "
        "والمستشار الألماني أولاف شولتس."
    )
    assert _sets(text, "2023-06-09") == _each(SISI, MACRON, SCHOLZ)


def test_talks_with_a_list_are_talks_with_each():
    """ "أجرى X مباحثات مع A وB": the talks noun is plural in form whatever it tells; one subject."""
    text = (
        "أجرى الرئيس الجزائري عبد المجيد تبون اليوم في روما مباحثات مع رئيسة الوزراء الإيطالية جورجيا ميلوني "
        "والرئيس الفرنسي إيمانويل ماكرون."
    )
    assert _sets(text) == _each(TEBBOUNE, MELONI, MACRON)


def test_a_reception_list_with_its_subject_dropped_is_the_protagonists():
    """ "واستقبل أيضا A، وB": a receiving verb opens the sentence and only a list follows it: the list is
    its object (one who receives has someone to receive), the subject the host told before; the list
    goes on over a piece that opens with "و" and a title ("، ورئيسة وزراء ...") and over "وكذلك"."""
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي اليوم في شرم الشيخ الرئيس الفرنسي إيمانويل ماكرون. "
        "واستقبل أيضا المستشار الألماني أولاف شولتس، وكذلك رئيسة وزراء إيطاليا جورجيا ميلوني."
    )
    assert _sets(text) == _each(SISI, MACRON, SCHOLZ, MELONI)


# Told together: one meeting -------------------------------------------------------------------------


def test_a_joint_trilateral_is_one_meeting():
    """A summit or a meeting called trilateral is one gathering of them all."""
    for text in (
        "عقد الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة قمة ثلاثية مع العاهل الأردني الملك عبد الله "
        "الثاني والرئيس الفلسطيني محمود عباس.",
        "عقد الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة اجتماعا ثلاثيا مع العاهل الأردني الملك عبد الله "
        "الثاني والرئيس الفلسطيني محمود عباس.",
    ):
        assert _sets(text) == [frozenset({SISI, ABDULLAH, ABBAS})], text


def test_a_summit_that_brought_them_together_is_one_meeting():
    """ "جمع": the gathering verb makes the meeting one of all it names."""
    text = (
        "عقد في القاهرة اليوم اجتماع جمع الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله الثاني "
        "والرئيس الفلسطيني محمود عباس."
    )
    assert _sets(text) == [frozenset({SISI, ABDULLAH, ABBAS})]


def test_one_meeting_noun_with_a_list_is_one_meeting():
    """ "عقد X لقاء مع A وB": one meeting in the singular, with both."""
    text = (
        "عقد الرئيس المصري عبد الفتاح السيسي اليوم لقاء مع المستشار الألماني أولاف شولتس "
        "والرئيس الفرنسي إيمانويل ماكرون في باريس."
    )
    assert _sets(text) == [frozenset({SISI, SCHOLZ, MACRON})]


def test_two_hosts_receiving_one_guest_is_one_meeting_of_three():
    """Two subjects and one object: a list as the subject is no lone subject; the guest met both."""
    text = (
        "استقبل الرئيس الجزائري عبد المجيد تبون ورئيس الوزراء الجزائري أيمن بن عبد الرحمن اليوم "
        "الرئيس التركي رجب طيب أردوغان."
    )
    assert _sets(text) == [frozenset({TEBBOUNE, "Aymen Benabderrahmane", ERDOGAN})]


def test_a_king_and_his_crown_prince_receiving_a_visitor_is_one_audience():
    """ "استقبل الملك X وولي العهد Y الرئيس Z": the king and the crown prince are the verb's subjects
    (a singular verb before a compound subject), the visitor its one object: one audience of three."""
    text = (
        "استقبل العاهل السعودي الملك سلمان بن عبد العزيز وولي عهده الأمير محمد بن سلمان في جدة اليوم "
        "الرئيس الأمريكي جو بايدن."
    )
    assert _sets(text, "2022-07-15") == [
        frozenset({"Salman bin Abdulaziz Al Saud", "Mohammed bin Salman Al Saud", "Joe Biden"})
    ]


def test_the_guests_talked_with_as_one_are_one_meeting():
    """ "وبحث معهما": the dual pronoun takes the two guests as one party to the talks; so does "معا"
    right after their names."""
    for text in (
        "استقبل الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة العاهل الأردني الملك عبد الله الثاني "
        "والرئيس الفلسطيني محمود عباس وبحث معهما مستجدات المنطقة.",
        "التقى الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة العاهل الأردني الملك عبد الله الثاني "
        "والرئيس الفلسطيني محمود عباس معا.",
    ):
        assert _sets(text) == [frozenset({SISI, ABDULLAH, ABBAS})], text


def test_the_meeting_referred_back_to_as_one_is_one_meeting():
    """The next sentence refers back to "the meeting" in the singular, or to its parties as one group."""
    head = (
        "التقى الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة العاهل الأردني الملك عبد الله الثاني "
        "والرئيس الفلسطيني محمود عباس. "
    )
    for after in ("وتناول اللقاء مستجدات المنطقة.", "وأكد القادة الثلاثة دعم الاستقرار في المنطقة."):
        assert _sets(head + after) == [frozenset({SISI, ABDULLAH, ABBAS})], after
    separate = "ولم تكشف الرئاسة تفاصيل اللقاءات."
    assert _sets(head + separate) == _each(SISI, ABDULLAH, ABBAS)


def test_guests_named_side_by_side_in_the_next_sentence_acted_together():
    """The two guests named again as one list ("وأكد A وB ...") right after: they came and spoke together."""
    text = (
        "استقبل الرئيس الجزائري عبد المجيد تبون اليوم الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني "
        "أولاف شولتس. وأكد الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس دعم الحوار."
    )
    assert _sets(text) == [frozenset({TEBBOUNE, MACRON, SCHOLZ})]


def test_a_leader_present_at_the_reception_is_no_guest_of_a_list():
    """ "بحضور": an attendance phrase is no list of guests; who attended is read as before (a third
    country's leader there a party of the one reception)."""
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة الرئيس الفلسطيني محمود عباس بحضور "
        "العاهل الأردني الملك عبد الله الثاني."
    )
    assert _sets(text) == [frozenset({SISI, ABBAS, ABDULLAH})]


# Calls keep their contract ---------------------------------------------------------------------------


def test_a_call_that_brought_four_together_stays_one_event():
    """ "اتصال جمع X وY وZ وW": one call of all four (callers.told_separate reads the joint word)."""
    text = (
        "جرى اليوم اتصال هاتفي جمع الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس "
        "ورئيسة الوزراء الإيطالية جورجيا ميلوني والرئيس المصري عبد الفتاح السيسي."
    )
    assert _sets(text, kind="phone_call") == [frozenset({MACRON, SCHOLZ, MELONI, SISI})]
