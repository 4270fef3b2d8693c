"""A contact with a group of leaders left unnamed, some of whom the next sentence names
(rasd.extract.main_frame.members_end, data collective_parties, member_openers), and a gathering that
sets the scene of the contact told after "حيث" (frames.main_trigger, data scene_openers). Sentences
written for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_a_member_named_after_the_group_met_the_subject():
    text = (
        "التقى الرئيس المصري عبد الفتاح السيسي اليوم في أديس أبابا عددا من القادة الأفارقة. "
        "ومن بين هؤلاء الرئيس الكيني وليام روتو، الذي دعا إلى تعاون أوثق في مجال الطاقة."
    )
    assert shapes(extract_events(text, "2024-02-17")) == [
        ("meeting", "reported", ("Abdel Fattah el-Sisi", "William Ruto"))
    ]


def test_a_sentence_naming_people_without_a_member_opener_stays_apart():
    text = (
        "التقى الرئيس المصري عبد الفتاح السيسي اليوم في أديس أبابا عددا من القادة الأفارقة. "
        "وقال الرئيس الكيني وليام روتو في كلمة أمام البرلمان إن بلاده تدعم الاستقرار."
    )
    assert extract_events(text, "2024-02-17") == []


def test_the_gathering_before_hayth_is_the_scene_of_the_meeting_told_after_it():
    text = (
        "انطلقت في نيروبي اليوم أشغال الدورة الثالثة لاجتماع المجلس التنفيذي، حيث التقى الرئيس المصري "
        "عبد الفتاح السيسي نظيره الكيني وليام روتو."
    )
    assert shapes(extract_events(text, "2024-02-17")) == [
        ("meeting", "reported", ("Abdel Fattah el-Sisi", "William Ruto"))
    ]


def test_a_gathering_told_after_hayth_leaves_the_planned_meeting_before_it():
    text = (
        "ومن المقرر أن يلتقي الرئيس المصري عبد الفتاح السيسي نظيره الكيني وليام روتو غدا في نيروبي، "
        "حيث يشارك الرئيسان في اجتماع لقادة شرق أفريقيا."
    )
    assert shapes(extract_events(text, "2024-02-17")) == [
        ("meeting", "planned", ("Abdel Fattah el-Sisi", "William Ruto"))
    ]
