"""A meeting word after a verb of taking part ("أن يشارك في اجتماع الرياض وزراء خارجية أ وب ودول
الخليج") is a gathering of many told with its participants, read like a summit word so told: it needs
three leaders named with it and no group it does not list (rasd.extract.scan, ``unnamed_gathering``)."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events
from rasd.extract.article import read_article
from rasd.extract.refdata import reference_data


def test_a_ministerial_meeting_of_named_and_unnamed_states_makes_no_meeting():
    text = (
        "وصل وزير الخارجية العراقي فؤاد حسين إلى عمان. ومن المنتظر أن يشارك في اجتماع عمان وزراء خارجية "
        "تركيا والعراق، والدول الأعضاء في الجامعة العربية، وبريطانيا وفرنسا."
    )
    got = shapes(extract_events(text, "2023-05-01"))
    assert not [g for g in got if g[0] == "meeting" and len(g[2]) >= 2], got


def test_the_meeting_word_after_a_participation_verb_is_a_gathering_word():
    text = "ويشارك في اجتماع اللجنة وزراء خارجية الدول الأعضاء."
    a = read_article(text, "2023-05-01", reference_data(), None)
    words = [m for ms in a.triggers.values() for m in ms if m.entry.value == "meeting"]
    assert words and all(m.entry.gathering for m in words)


def test_a_meeting_of_two_leaders_is_no_gathering():
    text = "التقى الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة العاهل الأردني الملك عبد الله الثاني."
    got = shapes(extract_events(text, "2023-05-01"))
    assert got == [("meeting", "reported", ("Abdel Fattah el-Sisi", "Abdullah II of Jordan"))]
