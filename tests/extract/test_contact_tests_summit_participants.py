"""A summit told with who takes part in it ("قمة بمشاركة ...", "يشارك في القمة ...", "قمة تجمع قادة
..."): one meeting of all the leaders it names, leaders named by a group's listed countries included;
none when it names fewer than three or a group it does not list (scan._told_with_participants,
mentions._group_listed, contact_tests.unnamed_gathering)."""

from __future__ import annotations

from extract_helpers import names

from rasd.extract import extract_events


def _events(text: str, published: str = "2022-03-09"):
    return extract_events(text, published)


def test_leaders_listed_after_a_participation_cue_share_one_summit_meeting():
    text = (
        "افتتحت اليوم الأربعاء في عمان القمة الاقتصادية الإقليمية. "
        "ويشارك في القمة الملك عبد الله الثاني والرئيس المصري عبد الفتاح السيسي والرئيس الفلسطيني محمود عباس."
    )
    events = [e for e in _events(text) if e.type == "meeting"]
    assert len(events) == 1
    assert names(events[0]) == {"Abdullah II of Jordan", "Abdel Fattah el-Sisi", "Mahmoud Abbas"}


def test_a_group_s_countries_listed_after_its_name_are_its_leaders():
    text = "انطلقت اليوم أعمال قمة تجمع قادة دول حوض النهر الثلاث، مصر والسودان وإثيوبيا، في القاهرة."
    events = _events(text, "2021-06-14")
    assert len(events) == 1 and events[0].type == "meeting"
    assert {p.country for p in events[0].participants} == {"EG", "SD", "ET"}
    assert {"Abdel Fattah el-Sisi", "Abiy Ahmed"} <= names(events[0])


def test_the_countries_of_a_bracketed_list_after_the_group_name():
    text = "وحضر افتتاح القمة رؤساء بلدان المنظمة الثلاثة (الجزائر، تونس، موريتانيا) صباح اليوم."
    events = _events(text, "2024-05-20")
    assert len(events) == 1
    assert {p.country for p in events[0].participants} == {"DZ", "TN", "MR"}


def test_a_summit_with_an_unlisted_group_makes_no_meeting_of_the_named_few():
    text = (
        "تعقد غدا في جدة قمة بمشاركة الرئيس الأمريكي جو بايدن والرئيس المصري عبد الفتاح السيسي وقادة دول مجلس التعاون."
    )
    assert not [e for e in _events(text, "2022-07-15") if e.type == "meeting"]


def test_countries_joined_to_a_group_by_and_are_not_its_members():
    text = "وتستضيف الرياض الشهر المقبل قمة بمشاركة قادة دول المجلس ومصر والأردن والعراق."
    assert not _events(text, "2022-06-19")


def test_a_summit_naming_two_leaders_only_is_no_gathering_meeting():
    text = "ويشارك في القمة العربية المنعقدة اليوم في الجزائر الرئيس التونسي قيس سعيد وأمير قطر تميم بن حمد."
    assert not [e for e in _events(text, "2022-11-01") if e.type == "meeting"]


def test_a_country_name_two_states_share_leaves_the_gathering_unknown():
    text = "وترأس الرئيس الكيني اليوم قمة إقليمية بمشاركة رؤساء رواندا والكونغو وأوغندا وبوروندي."
    assert not [e for e in _events(text, "2023-02-04") if e.type == "meeting"]


def test_a_participant_joining_by_video_keeps_the_summit_a_meeting():
    text = (
        "تنطلق اليوم في نيامي قمة تجمع قادة دول المجموعة الأربع، النيجر ومالي وتشاد وموريتانيا، "
        "ويشارك الرئيس الفرنسي إيمانويل ماكرون فيها عبر الفيديو."
    )
    events = _events(text, "2021-02-15")
    assert [e.type for e in events] == ["meeting"]
    assert "Emmanuel Macron" in names(events[0]) and len(events[0].participants) == 5


def test_a_summit_word_without_a_participation_cue_stays_no_contact():
    text = (
        "وناقش وزراء الخارجية تحضيرات القمة التي ستعقد في الرباط، الرئيس الموريتاني والعاهل المغربي والرئيس السنغالي."
    )
    assert not [e for e in _events(text, "2024-01-10") if e.type == "meeting"]
