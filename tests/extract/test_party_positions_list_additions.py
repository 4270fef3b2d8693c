"""A list of partners that goes on after "إلى جانب" (alongside): one more partner of the subject."""

from __future__ import annotations

from rasd.extract import extract_events


def _shapes(text: str, day: str) -> list[tuple[str, list[str]]]:
    return sorted((e.type, sorted(p.name_en or "" for p in e.participants)) for e in extract_events(text, day))


def test_a_call_partner_added_alongside_the_first_is_a_partner_too():
    text = (
        "تحدث الرئيس الفرنسي إيمانويل ماكرون هاتفيا أمس مع المستشار الألماني أولاف شولتس، "
        "إلى جانب رئيسة الوزراء الإيطالية جورجيا ميلوني، وتناولت المحادثات ملف الطاقة."
    )
    assert _shapes(text, "2023-03-10") == [
        ("phone_call", ["Emmanuel Macron", "Giorgia Meloni"]),
        ("phone_call", ["Emmanuel Macron", "Olaf Scholz"]),
    ]


def test_alongside_with_the_conjunction_keeps_the_list_of_guests():
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم العاهل الأردني الملك عبد الله الثاني، "
        "وإلى جانب الرئيس الفلسطيني محمود عباس، لبحث الأوضاع في المنطقة."
    )
    assert _shapes(text, "2023-03-10") == [
        ("meeting", ["Abdel Fattah el-Sisi", "Abdullah II of Jordan"]),
        ("meeting", ["Abdel Fattah el-Sisi", "Mahmoud Abbas"]),
    ]


def test_alongside_unnamed_ministers_adds_nobody():
    text = "التقى الرئيس التونسي قيس سعيد أمس رئيس الوزراء الجزائري أيمن بن عبد الرحمن، إلى جانب عدد من الوزراء."
    assert _shapes(text, "2023-03-10") == [("meeting", ["Aymen Benabderrahmane", "Kais Saied"])]
