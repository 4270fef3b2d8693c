"""A host who receives a guest and "receives from him" a message that names its sender and addressee
("وتسلم منه رسالة أرسلها الأمير Y للملك Z") reports the meeting of host and guest and the message of
Y to Z; "the two" of the meeting told next are the host and the guest, not the message's ends.
Sentences written for these tests."""

from __future__ import annotations

from tests.extract.extract_helpers import shapes

from rasd.extract import extract_events


def test_reception_and_message_received_from_the_guest():
    text = (
        "استقبل ولي العهد السعودي الأمير محمد بن سلمان في جدة أمس رئيس الوزراء الكويتي أحمد نواف الأحمد الصباح، "
        "وتسلم منه رسالة خطية أرسلها أمير الكويت الشيخ نواف الأحمد الجابر الصباح للملك سلمان بن عبدالعزيز.\n"
        "وخلال اللقاء، استعرض الزعيمان علاقات البلدين."
    )
    assert shapes(extract_events(text, "2022-10-05")) == [
        ("meeting", "reported", ("Ahmad Nawaf Al-Ahmad Al-Sabah", "Mohammed bin Salman Al Saud")),
        ("message", "reported", ("Nawaf Al-Ahmad Al-Jaber Al-Sabah", "Salman bin Abdulaziz Al Saud")),
    ]


def test_message_from_a_sender_to_the_host_stays():
    text = (
        "استقبل العاهل الأردني الملك عبدالله الثاني اليوم وزير الخارجية المصري سامح شكري، "
        "الذي نقل إليه رسالة من الرئيس المصري عبد الفتاح السيسي."
    )
    assert shapes(extract_events(text, "2022-10-05")) == [
        ("meeting", "reported", ("Abdullah II of Jordan", "Sameh Shoukry")),
        ("message", "reported", ("Abdel Fattah el-Sisi", "Abdullah II of Jordan")),
    ]
