"""A message a minister carries to a meeting ("التقى الوزير X الرئيس Y ... حمل خلالها رسالة من الرئيس Z")
is his own country's leader's to the one he met: the addressee is the party of the meeting of another
country than the sender's, whoever the verb names first (rasd.extract.side_frames ``carried_message``);
"محملا برسالة" is a carrier's word like "حاملا" (extract_words.yaml ``carrier_words``,
``message_carriers``), and the meeting stays the carrier's with his host."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_the_guest_named_first_carries_his_presidents_message_to_the_host():
    text = (
        "والتقى وزير الخارجية المصري سامح شكري العاهل الأردني الملك عبد الله الثاني في عمان اليوم "
        "خلال زيارته التي حمل خلالها رسالة من الرئيس المصري."
    )
    got = shapes(extract_events(text, "2019-10-06"))
    assert ("meeting", "reported", ("Abdullah II of Jordan", "Sameh Shoukry")) in got
    assert ("message", "reported", ("Abdel Fattah el-Sisi", "Abdullah II of Jordan")) in got
    assert not [g for g in got if g[0] == "message" and "Sameh Shoukry" in g[2]], got


def test_a_guest_laden_with_a_message_meets_the_host_and_the_message_is_his_presidents():
    text = (
        "لقاء العاهل الأردني الملك عبد الله الثاني مع وزير الخارجية المصري سامح شكري، الذي كان محملا "
        "برسالة من الرئيس عبد الفتاح السيسي."
    )
    got = shapes(extract_events(text, "2019-10-06"))
    assert ("meeting", "reported", ("Abdullah II of Jordan", "Sameh Shoukry")) in got
    assert ("message", "reported", ("Abdel Fattah el-Sisi", "Abdullah II of Jordan")) in got
    assert len(got) == 2, got


def test_the_lamamra_spelling_with_the_article_names_him():
    text = "استقبل الرئيس التونسي قيس سعيد اليوم في قصر قرطاج رمطان العمامرة، وبحث معه العلاقات الثنائية."
    got = shapes(extract_events(text, "2022-02-10"))
    assert got == [("meeting", "reported", ("Kais Saied", "Ramtane Lamamra"))]
