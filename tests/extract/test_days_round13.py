"""The contact's day, accuracy round DAYS: a statement's verb in a dual or plural form, a statement's day where the
contact is told again, the story's day before or after another. Sentences
written for these tests (other people, other wording than any cached text)."""

from __future__ import annotations

import datetime as dt

from rasd.dates import find_dates, said_day, saying_words
from rasd.extract import extract_events
from rasd.normalize import normalize

# A verb of saying in the feminine dual or the plural ("ذكرتا", "أفادوا") dates the statement ----------


def test_dual_and_plural_forms_of_the_saying_verbs_are_saying_verbs():
    verbs, _ = saying_words()
    assert {"ذكرتا", "اعلنوا", "نفتا", "نفوا", "قالوا"} <= verbs
    assert not {"نقلا", "ذكرا", "كتبا"} & verbs  # nouns in the accusative as often


def test_the_day_two_outlets_reported_on_is_the_statements():
    text = "وكانت صحيفتان محليتان ذكرتا الخميس أن الرئيس التقى نظيره يوم الثلاثاء خلال زيارة سرية."
    norm = normalize(text).text
    trigger = norm.index("التقي")
    first = find_dates(norm, dt.date(2023, 3, 10))[0]
    assert said_day(norm, first, trigger)


def test_a_meeting_two_outlets_told_takes_its_own_day_not_the_reports():
    text = (
        "وكالتا أنباء محليتان أفادتا الجمعة أن الرئيس الكيني ويليام روتو التقى الرئيس الأوغندي يويري "
        "موسيفيني في منتجع على البحيرة لم يكشف اسمه من قبل، مساء الأربعاء، خلال زيارة سرية."
    )
    (event,) = extract_events(text, "2023-03-10")
    assert (event.type, event.date, event.date_basis) == ("meeting", "2023-03-08", "weekday")


# A statement's day given where the contact is told again dates it when it has no day of its own -----


def test_the_reports_day_where_the_call_is_told_again_dates_the_undated_call():
    text = (
        "تحدثت رئيسة الوزراء الإيطالية جورجا ميلوني مع الرئيس الأرجنتيني خافيير ميلي بشأن التجارة.\n"
        "وخلال المكالمة، بحث الطرفان مواعيد زيارات مقبلة، بحسب ما أعلنت ميلوني على حسابها مساء الخميس."
    )
    (event,) = extract_events(text, "2024-06-14")
    assert (event.type, event.date, event.date_basis) == ("phone_call", "2024-06-13", "weekday")


def test_a_statement_about_a_call_told_with_its_day_leaves_that_day():
    text = (
        "تحدثت رئيسة الوزراء الإيطالية جورجا ميلوني أمس الأربعاء مع الرئيس الأرجنتيني خافيير ميلي بشأن التجارة.\n"
        "وخلال المكالمة، بحث الطرفان مواعيد زيارات مقبلة، بحسب ما أعلنت ميلوني على حسابها اليوم الخميس."
    )
    (event,) = extract_events(text, "2024-06-13")
    assert (event.type, event.date, event.date_basis) == ("phone_call", "2024-06-12", "yesterday")


# "في اليوم السابق" / "في اليوم التالي": a day of the story, counted from the contact told before -------


def test_the_day_before_or_after_is_a_day_of_the_story_and_an_ordinal_day_none():
    norm = normalize("وفي اليوم التالي وصل الوفد، وفي اليوم الأول من القمة ألقى كلمة.").text
    (found,) = find_dates(norm, dt.date(2021, 5, 4))
    assert (found.date, found.basis, found.story_offset) == (None, "same_day", 1)


def test_a_call_told_on_the_day_before_the_one_told_first_takes_that_day():
    text = (
        "استقبل الرئيس الغاني نانا أكوفو أدو يوم الثلاثاء الرئيس النيجيري محمد بخاري في أكرا.\n"
        "وفي اليوم السابق، تحدث أكوفو أدو هاتفيا مع الرئيس السنغالي ماكي سال."
    )
    events = {tuple(sorted(p.name_en for p in e.participants)): e for e in extract_events(text, "2021-05-06")}
    call = events[("Macky Sall", "Nana Akufo-Addo")]
    assert (call.type, call.date) == ("phone_call", "2021-05-03")
    assert events[("Muhammadu Buhari", "Nana Akufo-Addo")].date == "2021-05-04"


# "يوم 12 الجاري": a day number and the current month's word, the month's name left out --------------


def test_a_day_number_of_the_current_month_without_its_name_is_a_day_of_the_publication_month():
    def read(text: str) -> list[tuple[str, str]]:
        norm = normalize(text).text
        return [(norm[d.start : d.end], str(d.date)) for d in find_dates(norm, dt.date(2022, 11, 20))]

    assert read("اجتمع الوزير يوم 12 الجاري بنظيره") == [("12 الجاري", "2022-11-12")]
    assert read("وصل الوفد في 3 الشهر الحالي") == [("3 الشهر الحالي", "2022-11-03")]
    # a month's name with an ordinal, the year and the month itself are no day
    assert read("في تشرين الثاني الجاري وخلال العام الجاري والشهر الجاري") == []


def test_a_meeting_on_a_day_of_the_current_month_takes_that_day():
    text = "استقبل الرئيس الجزائري عبد المجيد تبون يوم الثلاثاء 15 الجاري الرئيس التونسي قيس سعيد بقصر المرادية."
    (event,) = extract_events(text, "2022-11-18")
    assert (event.type, event.date, event.date_basis) == ("meeting", "2022-11-15", "explicit")
