"""Short forms of a name that Arabic news uses after the full name: the patronymic alone ("بن X")
and the given name alone for people without a family name. Each test states the rule on sentences
written for it."""

from __future__ import annotations

from extract_helpers import people

from rasd.extract import extract_events
from rasd.extract.article import read_article
from rasd.extract.refdata import reference_data


def _named(text: str, day: str) -> list[tuple[str, str | None]]:
    a = read_article(text, day, reference_data(), None)
    return [(a.norm[m.start : m.end], m.person_id) for m in a.mentions.items]


def test_a_patronymic_alone_is_the_man_named_in_full_before():
    text = (
        "استقبل رئيس الإمارات الشيخ محمد بن زايد آل نهيان في أبوظبي ضيفا من آسيا. "
        "وأكد بن زايد أهمية التعاون بين البلدين."
    )
    found = _named(text, "2023-06-01")
    assert ("بن زايد", "ae-mohamed-bin-zayed") in found


def test_a_patronymic_alone_is_nobody_when_no_one_carries_it_in_full():
    text = "قال بن زايد إن الزيارة كانت ناجحة."
    assert _named(text, "2023-06-01") == []


def test_a_patronymic_shared_by_two_brothers_named_in_full_stays_unread():
    text = (
        "التقى الشيخ محمد بن زايد آل نهيان وشقيقه الشيخ عبدالله بن زايد آل نهيان وفدا زائرا. "
        "وأكد بن زايد أن المحادثات مثمرة."
    )
    found = _named(text, "2023-06-01")
    assert all(name != "بن زايد" for name, _ in found)


def test_a_patronymic_after_another_given_name_is_that_other_mans():
    text = (
        "استقبل رئيس الإمارات الشيخ محمد بن زايد آل نهيان وزير خارجية اليابان. "
        "وحضر اللقاء سيف بن زايد نائب رئيس الوزراء."
    )
    found = _named(text, "2023-06-01")
    assert all(name != "بن زايد" for name, _ in found)


def test_a_given_name_alone_is_the_ethiopian_premier_named_in_full():
    text = (
        "استقبل رئيس الوزراء الإثيوبي آبي أحمد الرئيس الإريتري أسياس أفورقي في أديس أبابا اليوم. "
        "ثم عقد آبي جلسة مغلقة مع أفورقي."
    )
    found = _named(text, "2019-11-13")
    assert found.count(("ابي", "et-abiy-ahmed")) == 1
    (event,) = extract_events(text, "2019-11-13")
    assert people(event) == ["Abiy Ahmed", "Isaias Afwerki"]


def test_the_word_my_father_is_no_premier_when_he_is_not_named():
    text = "قال الرئيس الإريتري أسياس أفورقي إن أبي علمني الصبر."
    assert all(pid != "et-abiy-ahmed" for _, pid in _named(text, "2019-11-13"))


# An ambiguous surname (also a common word) in the subject's place of a contact ------------------


def test_a_wordlike_surname_after_that_and_before_a_receivers_verb_is_the_leader():
    text = "أفاد مجلس السيادة أن البرهان تلقى اتصالا هاتفيا من رئيس الوزراء الإثيوبي آبي أحمد."
    (event,) = extract_events(text, "2023-05-03")
    assert people(event) == ["Abdel Fattah al-Burhan", "Abiy Ahmed"]


def test_a_wordlike_surname_between_a_callers_verb_and_the_call_is_the_leader():
    found = _named("وأجرى البرهان اتصالا بالرئيس الكيني وليام روتو.", "2023-05-03")
    assert ("البرهان", "sd-abdel-fattah-al-burhan") in found


def test_the_same_word_in_running_text_stays_a_word():
    text = "قال الرئيس الكيني وليام روتو إن البرهان على حسن النية هو وقف القتال."
    assert all(pid != "sd-abdel-fattah-al-burhan" for _, pid in _named(text, "2023-05-03"))
