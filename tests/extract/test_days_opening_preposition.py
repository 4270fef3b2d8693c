"""A sentence opening with "كما", or with "و" and the verb of a sentence just before, goes on with its
round, on its day; "وخلال" opens with a preposition, no verb: a new call told so ("وخلال اتصال هاتفي بين X وZ") has no day of
its own (the publication day). Sentences written for these tests."""

from __future__ import annotations

from rasd.extract import extract_events

TEXT = (
    "أجرى العاهل الأردني الملك عبدالله الثاني سلسلة اتصالات مع قادة عرب. "
    "بحث الملك عبدالله مع أمير قطر الشيخ تميم بن حمد آل ثاني التطورات خلال اتصال هاتفي مساء أمس. "
    "وخلال اتصال هاتفي بين الملك عبدالله والرئيس المصري عبد الفتاح السيسي، أكد الجانبان ضرورة خفض التصعيد."
)


def _days(text: str) -> dict[frozenset[str], tuple[str | None, str]]:
    return {
        frozenset(p.name_en for p in e.participants): (e.date, e.date_basis) for e in extract_events(text, "2024-04-14")
    }


def test_a_call_told_after_during_has_no_day_of_its_own():
    days = _days(TEXT)
    assert days[frozenset({"Abdullah II of Jordan", "Tamim bin Hamad Al Thani"})] == ("2024-04-13", "yesterday")
    assert days[frozenset({"Abdullah II of Jordan", "Abdel Fattah el-Sisi"})] == ("2024-04-14", "published")


def test_a_call_told_with_also_goes_on_with_the_round():
    text = TEXT.replace(
        "وخلال اتصال هاتفي بين الملك عبدالله والرئيس المصري عبد الفتاح السيسي، أكد الجانبان",
        "كما أجرى الملك عبدالله اتصالا هاتفيا مع الرئيس المصري عبد الفتاح السيسي، أكدا فيه",
    )
    days = _days(text)
    assert days[frozenset({"Abdullah II of Jordan", "Abdel Fattah el-Sisi"})] == ("2024-04-13", "yesterday")
