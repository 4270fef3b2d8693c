"""A dual subject parted from its talks noun by a clause set off by commas (rasd.extract.frames,
data interjected_talks): "أجرى الرئيسان، بحضور ...، محادثات" is the trigger "الرئيسان محادثات", and
talks the two hold after a three-party gathering is a meeting of its own (events._part_of).
Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events

GATHERING = (
    "انطلق اليوم الثلاثاء في الجزائر اجتماع ثلاثي يضم رؤساء الجزائر وتونس وليبيا. "
    "وكان الرئيس التونسي قيس سعيد قد حل صباح اليوم بالجزائر تلبية لدعوة من نظيره الجزائري عبد المجيد تبون. "
)


def test_talks_of_the_two_behind_an_inserted_clause_are_their_own_meeting():
    text = GATHERING + "وعقد الزعيمان، في قاعة الشرف بحضور الوزراء، مباحثات تناولت العلاقات الثنائية."
    got = shapes(extract_events(text, "2024-05-07"))
    assert ("meeting", "reported", ("Abdelmadjid Tebboune", "Kais Saied")) in got
    assert ("meeting", "reported", ("Abdelmadjid Tebboune", "Kais Saied", "Mohamed al-Menfi")) in got


def test_the_inserted_clause_makes_the_contact_word():
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي اليوم الملك عبد الله الثاني في القاهرة. "
        "وأجرى الجانبان، عقب مراسم الاستقبال الرسمية، محادثات موسعة."
    )
    (event,) = extract_events(text, "2024-05-07")
    assert len(event.participants) == 2
    assert any(s.kind == "trigger" and "محادثات" in s.text for s in event.evidence)


def test_a_long_aside_or_another_noun_makes_no_contact_word():
    text = (
        "قال المتحدث إن الرئيسين، بحسب ما نقلته وسائل إعلام محلية عن مصادر دبلوماسية مطلعة على الملف منذ أشهر، "
        "محادثات السلام متعثرة. وأكد الجانبان، في بيان مشترك، ضرورة الحوار."
    )
    assert extract_events(text, "2024-05-07") == []
