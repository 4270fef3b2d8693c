"""Issue 11 (PEOPLE): who "the two" of a later sentence are, and who hosts a trip told in passing inside
another contact. Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_the_two_presidents_of_a_sentence_naming_one_are_he_and_his_latest_partner():
    # a later call of the named one with a third leader is no pair "the two" can stand for
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا مع الرئيس البرازيلي لولا دا سيلفا اليوم. "
        "وفي وقت لاحق أجرى الرئيس الأرجنتيني خافيير ميلي اتصالا هاتفيا مع الرئيس التشيلي غابرييل بوريك. "
        "وقالت الرئاسة البرازيلية إن لولا شكر ماكرون على دعمه، مضيفة أنه من المقرر أن يعقد الرئيسان "
        "اجتماعا في باريس الشهر المقبل."
    )
    assert ("meeting", "planned", ("Emmanuel Macron", "Luiz Inácio Lula da Silva")) in shapes(
        extract_events(text, "2024-05-14")
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


def test_a_separate_message_naming_its_sender_only_goes_to_the_receiver_just_reported():
    text = (
        "بعث الرئيس الكازاخي قاسم جومارت توكاييف برقية تهنئة إلى الرئيس الأوزبكي شوكت ميرضيائيف بمناسبة "
        "عيد الاستقلال. كما عبر الرئيس القرغيزي صدر جباروف في برقية منفصلة عن تمنياته لشعب أوزبكستان."
    )
    found = shapes(extract_events(text, "2024-09-01"))
    assert ("message", "reported", ("Sadyr Japarov", "Shavkat Mirziyoyev")) in found


def test_a_separate_call_with_a_named_partner_keeps_its_own_parties():
    text = (
        "أجرى الرئيس الكازاخي قاسم جومارت توكاييف اتصالا هاتفيا مع الرئيس الأوزبكي شوكت ميرضيائيف اليوم. "
        "وفي اتصال منفصل، بحث توكاييف مع الرئيس القرغيزي صدر جباروف التعاون في مجال المياه."
    )
    found = shapes(extract_events(text, "2024-09-01"))
    assert ("phone_call", "reported", ("Kassym-Jomart Tokayev", "Sadyr Japarov")) in found
    assert not any("Shavkat Mirziyoyev" in who and "Sadyr Japarov" in who for _, _, who in found)
