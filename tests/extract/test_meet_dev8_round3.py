"""Meeting constructions of the eighth development set, third round (issue #11, round MEETP3): the
day of a happening a contact is set in ("وخلال المأدبة"), and the day a round of contacts keeps when
the next sentence repeats its verb. Each test states one rule on sentences written for it (never
copied text)."""

from __future__ import annotations

from rasd.extract import extract_events


def _days(text: str, published: str) -> dict[str, tuple[str | None, str]]:
    return {e.participants[1].name_en: (e.date, e.date_basis) for e in extract_events(text, published)}


# "شارك X في مأدبة ... مساء الجمعة" then "وخلال المأدبة، تحدث X مع Y": the banquet's day ------------


def test_a_chat_during_a_banquet_named_before_takes_the_banquets_day():
    text = (
        "حضر رئيس الوزراء الهندي ناريندرا مودي مع عدد من قادة الدول مأدبة عشاء أقامها الرئيس "
        "الأمريكي جو بايدن مساء الجمعة في البيت الأبيض.\n\n"
        "وخلال المأدبة، تبادل مودي أطراف الحديث مع المستشار الألماني أولاف شولتس."
    )
    got = _days(text, "2023-06-25")
    assert got["Olaf Scholz"] == ("2023-06-23", "weekday")


def test_a_banquet_named_again_without_a_day_does_not_hide_the_day_told_first():
    text = (
        "حضر رئيس الوزراء الهندي ناريندرا مودي مع عدد من قادة الدول مأدبة عشاء أقامها الرئيس "
        "الأمريكي جو بايدن مساء الجمعة.\n\n"
        "وأقيمت المأدبة في قاعة كبيرة وسط العاصمة بحضور عدد كبير من المدعوين.\n\n"
        "وخلال المأدبة، تبادل مودي أطراف الحديث مع المستشار الألماني أولاف شولتس."
    )
    got = _days(text, "2023-06-25")
    assert got["Olaf Scholz"] == ("2023-06-23", "weekday")


def test_a_chat_during_a_happening_no_sentence_before_names_keeps_the_publication_day():
    text = (
        "هطلت أمطار غزيرة على العاصمة الأمريكية مساء الجمعة وأغلقت عدة طرق رئيسية.\n\n"
        "وخلال المأدبة، تبادل مودي أطراف الحديث مع المستشار الألماني أولاف شولتس."
    )
    got = _days(text, "2023-06-25")
    assert got["Olaf Scholz"] == ("2023-06-25", "published")


# "وتبادل X الحديث مع Z" right after "تبادل X الحديث مع Y": the same round, the same day ----------------


def test_a_sentence_repeating_the_last_contacts_verb_with_wa_keeps_its_day():
    text = (
        "تبادل الرئيس الفرنسي إيمانويل ماكرون أمس الخميس أطراف الحديث مع المستشار الألماني "
        "أولاف شولتس في بروكسل.\n\n"
        "وتبادل ماكرون الأحاديث مع رئيس الوزراء الإيطالي ماريو دراغي."
    )
    got = _days(text, "2022-06-24")
    assert got["Olaf Scholz"] == ("2022-06-23", "yesterday")
    assert got["Mario Draghi"] == ("2022-06-23", "yesterday")


def test_a_sentence_with_another_verb_after_wa_takes_no_earlier_day():
    text = (
        "تبادل الرئيس الفرنسي إيمانويل ماكرون أمس الخميس أطراف الحديث مع المستشار الألماني "
        "أولاف شولتس في بروكسل.\n\n"
        "والتقى ماكرون رئيس الوزراء الإيطالي ماريو دراغي."
    )
    got = _days(text, "2022-06-24")
    assert got["Mario Draghi"] == ("2022-06-24", "published")
