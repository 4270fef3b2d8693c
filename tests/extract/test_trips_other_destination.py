"""A meeting to come with a leader of the country the visitor is in is no meeting of a later trip
to another country told just before ("على أن يزور إسبانيا الخميس. وسيلتقي رئيس الوزراء الفرنسي Y"):
it keeps no day of that trip. Sentences written for these tests."""

from __future__ import annotations

from rasd.extract import extract_events


def _rows(text: str, day: str) -> list[tuple[str, str, str | None, tuple[str, ...]]]:
    return sorted(
        (e.type, e.status, e.date, tuple(sorted(p.name_en or "" for p in e.participants)))
        for e in extract_events(text, day)
    )


def test_a_meeting_in_this_country_takes_no_day_of_a_trip_to_another():
    text = (
        "تشكل باريس محطة في جولة ولي العهد السعودي الأمير محمد بن سلمان، على أن يزور بعدها إسبانيا، "
        "الخميس المقبل.\nوسيجتمع الأمير محمد بن سلمان مع رئيس الوزراء الفرنسي إدوار فيليب."
    )
    rows = _rows(text, "2018-04-09")
    assert ("meeting", "planned", "2018-04-09", ("Mohammed bin Salman Al Saud", "Édouard Philippe")) in rows


def test_a_meeting_in_the_country_of_the_trip_takes_its_day():
    text = (
        "يزور ولي العهد السعودي الأمير محمد بن سلمان فرنسا الخميس المقبل.\n"
        "وسيجتمع الأمير محمد بن سلمان مع رئيس الوزراء الفرنسي إدوار فيليب."
    )
    rows = _rows(text, "2018-04-09")
    assert ("meeting", "planned", "2018-04-12", ("Mohammed bin Salman Al Saud", "Édouard Philippe")) in rows
