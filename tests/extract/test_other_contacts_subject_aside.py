"""A relative clause set off by commas between the subject and the contact word describes the
subject ("وكان X، الذي تستضيف بلاده قمة تجمع ... والرئيس Z، التقى Y"): the people it names are no
parties of the contact (rasd.extract.other_contacts ``without_other_contacts``). A clause after the
contact word is not read so: it may carry the contact's own message."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_a_leader_named_in_an_aside_about_the_subject_is_no_party():
    text = (
        "وكان وزير الخارجية الأمريكي مايك بومبيو، الذي تستضيف بلاده الشهر المقبل قمة تجمع قادة "
        "مجموعة السبع والرئيس دونالد ترامب، التقى مساء أمس في الرياض ولي العهد السعودي الأمير محمد بن سلمان."
    )
    got = shapes(extract_events(text, "2019-06-25"))
    assert ("meeting", "reported", ("Mike Pompeo", "Mohammed bin Salman Al Saud")) in got
    assert not [g for g in got if "Donald Trump" in g[2]], got


def test_a_clause_after_the_contact_word_still_names_the_messages_sender():
    text = (
        "استقبل العاهل الأردني الملك عبد الله الثاني اليوم وزير الخارجية المصري سامح شكري، الذي نقل إليه "
        "رسالة من الرئيس عبد الفتاح السيسي."
    )
    got = shapes(extract_events(text, "2019-10-06"))
    assert ("message", "reported", ("Abdel Fattah el-Sisi", "Abdullah II of Jordan")) in got
