"""After the contact word, "بعد"/"قبل" + a span of time + "من" opens a clause that dates another
happening ("بعد يومين من اختتام Y زيارة"): one named in it is that happening's agent, no party of the
contact (core_parties.happening_agents)."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_the_agent_of_a_dated_happening_is_no_guest():
    text = (
        "استقبل وزير الخارجية المصري سامح شكري صباح اليوم سفراء دول آسيوية، بعد يومين من اختتام وزير "
        "الخارجية الصيني وانغ يي جولة في المنطقة."
    )
    assert extract_events(text, "2024-05-14") == []


def test_a_guest_before_the_dated_happening_stays():
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي اليوم الرئيس الفرنسي إيمانويل ماكرون، قبل ساعات من وصول "
        "المستشار الألماني أولاف شولتس إلى القاهرة."
    )
    assert shapes(extract_events(text, "2024-05-14")) == [
        ("meeting", "reported", ("Abdel Fattah el-Sisi", "Emmanuel Macron"))
    ]
