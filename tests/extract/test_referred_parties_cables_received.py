"""Messages told one by one after a lead in which one leader received several (issue #11, round MSG):
each cable quoted or told after "تلقى Z برقيات ..." names its sender only and goes to Z; senders listed
before a plural message word each sent theirs; "كل منهما" (each other) opens no list of senders. Each
test states one rule on sentences written for it (never copied text)."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def _callers(text: str, pub: str) -> dict[frozenset[str], str | None]:
    """The English name of each event's initiator, by its participants."""
    out = {}
    for e in extract_events(text, pub):
        by_id = {p.person_id: p.name_en for p in e.participants}
        out[frozenset(p.name_en or "" for p in e.participants)] = by_id.get(e.initiator) if e.initiator else None
    return out


LEAD = "تلقى العاهل الأردني الملك عبد الله الثاني برقيات تهنئة بمناسبة عيد الاستقلال من عدد من القادة. "


def test_each_cable_quoted_after_cables_received_goes_to_their_receiver_from_its_sender():
    text = (
        LEAD + "ونصت برقية الرئيس المصري عبد الفتاح السيسي على أطيب التمنيات للشعب الأردني. "
        "وتضمنت البرقية عبارات المودة. "
        'وجاء في برقية الرئيس التونسي قيس سعيد: "نتمنى لكم دوام الصحة".'
    )
    assert shapes(extract_events(text, "2024-05-25")) == [
        ("message", "reported", ("Abdel Fattah el-Sisi", "Abdullah II of Jordan")),
        ("message", "reported", ("Abdullah II of Jordan", "Kais Saied")),
    ]
    callers = _callers(text, "2024-05-25")
    assert callers[frozenset({"Abdullah II of Jordan", "Kais Saied"})] == "Kais Saied"
    assert callers[frozenset({"Abdullah II of Jordan", "Abdel Fattah el-Sisi"})] == "Abdel Fattah el-Sisi"


def test_one_cable_received_leads_no_later_sender_to_its_receiver():
    text = (
        "تلقى العاهل الأردني الملك عبد الله الثاني برقية تهنئة من الرئيس الفرنسي إيمانويل ماكرون. "
        "وقال الرئيس المصري عبد الفتاح السيسي في رسالته إن العلاقات متينة."
    )
    assert shapes(extract_events(text, "2024-05-25")) == [
        ("message", "reported", ("Abdullah II of Jordan", "Emmanuel Macron")),
    ]


def test_a_sentence_with_a_receiving_verb_of_its_own_is_another_receiver():
    text = LEAD + "وتلقى الرئيس المصري عبد الفتاح السيسي برقية مماثلة."
    assert shapes(extract_events(text, "2024-05-25")) == []


def test_the_receivers_own_cable_after_the_lead_is_no_cable_to_himself():
    text = LEAD + "وبعث الملك عبد الله الثاني برقية شكر."
    assert shapes(extract_events(text, "2024-05-25")) == []


def test_senders_listed_before_a_dual_message_word_each_sent_theirs():
    text = (
        "تلقى الرئيس الجزائري عبد المجيد تبون رسائل تعزية من عدد من القادة. "
        "وأعرب الرئيس التونسي قيس سعيد والرئيس الموريتاني محمد ولد الغزواني في رسالتين عن تعازيهما."
    )
    callers = _callers(text, "2023-09-12")
    assert callers == {
        frozenset({"Abdelmadjid Tebboune", "Kais Saied"}): "Kais Saied",
        frozenset({"Abdelmadjid Tebboune", "Mohamed Ould Ghazouani"}): "Mohamed Ould Ghazouani",
    }


def test_each_other_opens_no_list_and_the_addressee_is_every_senders_receiver():
    text = (
        "وبحكم ما يكنه كل منهما للآخر من تقدير بعث الرئيس المصري عبد الفتاح السيسي ومعه ملك البحرين "
        "حمد بن عيسى آل خليفة برقيتي تهنئة إلى الرئيس الإماراتي محمد بن زايد."
    )
    assert shapes(extract_events(text, "2024-12-02")) == [
        ("message", "reported", ("Abdel Fattah el-Sisi", "Mohamed bin Zayed Al Nahyan")),
        ("message", "reported", ("Hamad bin Isa Al Khalifa", "Mohamed bin Zayed Al Nahyan")),
    ]
