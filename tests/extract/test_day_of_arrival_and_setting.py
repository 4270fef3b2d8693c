"""The day of a contact told without one, from the sentence before it: a meeting right after a dated
arrival of its visitor, and a contact on the sidelines of a happening an earlier sentence dates.
Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import one_reported, people

from rasd.extract import extract_events

_PUB = "2023-03-08"  # a Wednesday


# A meeting told after the visitor's arrival takes the arrival's day ---------------------------


def test_reception_in_the_sentence_after_a_dated_arrival_takes_the_arrival_day():
    text = (
        "وصل الرئيس التونسي قيس سعيد مساء أمس إلى الجزائر في زيارة دولة. "
        "واستقبله الرئيس الجزائري عبد المجيد تبون في مطار هواري بومدين."
    )
    event = one_reported(text, _PUB)
    assert people(event) == ["Abdelmadjid Tebboune", "Kais Saied"]
    assert event.date == "2023-03-07" and event.date_basis == "yesterday"


def test_talks_after_an_arrival_on_a_weekday_take_that_weekday():
    text = (
        "وصل الرئيس التونسي قيس سعيد إلى الجزائر الاثنين في زيارة رسمية. "
        "واستقبله الرئيس الجزائري عبد المجيد تبون، ثم عقد الرئيسان جلسة محادثات."
    )
    event = one_reported(text, _PUB)
    assert event.date == "2023-03-06" and event.date_basis == "weekday"


def test_a_meeting_with_a_day_of_its_own_keeps_it_after_an_arrival():
    text = (
        "وصل الرئيس التونسي قيس سعيد إلى الجزائر أمس في زيارة رسمية. "
        "والتقى الرئيس الجزائري عبد المجيد تبون اليوم الرئيس التونسي قيس سعيد."
    )
    event = one_reported(text, _PUB)
    assert event.date == "2023-03-08"


def test_an_undated_arrival_gives_the_meeting_no_day():
    text = "وصل الرئيس التونسي قيس سعيد إلى الجزائر في زيارة رسمية. واستقبله الرئيس الجزائري عبد المجيد تبون في المطار."
    event = one_reported(text, _PUB)
    assert event.date == _PUB and event.date_basis == "published"


def test_an_arrival_three_sentences_back_is_too_far_to_date_the_meeting():
    text = (
        "وصل الرئيس التونسي قيس سعيد إلى الجزائر أمس في زيارة رسمية. "
        "وتشهد العلاقات بين البلدين تطورا ملحوظا. "
        "ويرتبط البلدان باتفاقيات عديدة في مجالات الطاقة. "
        "والتقى الرئيس الجزائري عبد المجيد تبون الرئيس التونسي قيس سعيد في قصر المرادية."
    )
    events = [e for e in extract_events(text, _PUB, None) if e.type == "meeting"]
    assert [e.date for e in events] == [_PUB]


# A contact on the sidelines of a happening takes the happening's day ---------------------------


def test_sidelines_of_a_summit_an_earlier_sentence_dates_take_its_day():
    text = (
        "افتتحت أمس في الرياض أعمال القمة العربية الصينية. "
        "وعلى هامش القمة، التقى ولي العهد السعودي الأمير محمد بن سلمان الرئيس الصيني شي جين بينغ."
    )
    event = one_reported(text, _PUB)
    assert event.date == "2023-03-07" and event.date_basis == "yesterday"


def test_the_proceedings_word_between_the_setting_word_and_the_happening_is_read_through():
    text = (
        "انعقد الثلاثاء في الدوحة المنتدى الاقتصادي الخليجي. "
        "وكان أمير قطر الشيخ تميم بن حمد آل ثاني قد التقى على هامش أعمال المنتدى "
        "الرئيس التركي رجب طيب أردوغان."
    )
    event = one_reported(text, _PUB)
    assert event.date == "2023-03-07"


def test_a_happening_the_earlier_sentence_does_not_date_leaves_the_contact_undated():
    text = (
        "تتواصل في الرياض أعمال القمة العربية الصينية. "
        "وعلى هامش القمة، التقى ولي العهد السعودي الأمير محمد بن سلمان الرئيس الصيني شي جين بينغ."
    )
    event = one_reported(text, _PUB)
    assert event.date == _PUB


def test_a_trip_told_in_a_return_gives_the_meeting_after_it_no_day():
    text = (
        "رجع رئيس الوزراء الإثيوبي آبي أحمد اليوم إلى أديس أبابا بعد جولة بدأها بزيارة إلى نيروبي. "
        "وكان آبي أحمد قد أجرى مباحثات مع الرئيس الكيني ويليام روتو."
    )
    events = [e for e in extract_events(text, _PUB, None) if e.type == "meeting"]
    assert [(e.date, e.date_basis) for e in events] == [(_PUB, "published")]


def test_the_day_of_a_return_after_the_summit_does_not_date_a_sideline_meeting():
    text = (
        "عاد الرئيس السنغالي ماكي سال إلى داكار اليوم الاثنين بعد زيارة إلى إثيوبيا شارك خلالها في القمة الأفريقية. "
        "والتقى سال على هامش القمة الرئيس الغاني نانا أكوفو أدو."
    )
    meetings = [e for e in extract_events(text, _PUB, None) if e.type == "meeting"]
    assert [(e.date, e.date_basis) for e in meetings] == [(_PUB, "published")]


# A text that names its own earlier day: its bare relative words count from that day -------------


def test_a_bare_today_in_a_text_that_names_today_a_day_before_the_stamp_is_that_day():
    # stamped Monday 6 March; the text calls its day "اليوم الأحد"
    text = (
        "وصل الرئيس التونسي قيس سعيد إلى الجزائر اليوم الأحد في زيارة عمل. "
        "والتقى الرئيس الجزائري عبد المجيد تبون مساء اليوم الرئيس التونسي قيس سعيد."
    )
    event = one_reported(text, "2023-03-06")
    assert event.date == "2023-03-05" and event.date_basis == "today"


def test_yesterday_with_its_weekday_names_the_writing_day_for_a_bare_yesterday():
    # "أمس الجمعة" on a page stamped Sunday: written Saturday, so the bare "أمس" is Friday too
    text = (
        "اختتم الرئيس التونسي قيس سعيد أمس الجمعة زيارته إلى الجزائر. "
        "وكان الرئيس الجزائري عبد المجيد تبون قد استقبل أمس الرئيس التونسي قيس سعيد في قصر المرادية."
    )
    meetings = [e for e in extract_events(text, "2023-03-05", None) if e.type == "meeting"]
    assert [e.date for e in meetings] == ["2023-03-03"]


def test_relative_words_that_name_two_writing_days_leave_the_stamp_in_charge():
    text = (
        "غادر الرئيس التونسي قيس سعيد تونس فجر اليوم الأحد، وعاد مساء أمس الاثنين. "
        "والتقى الرئيس الجزائري عبد المجيد تبون اليوم الرئيس التونسي قيس سعيد."
    )
    meetings = [e for e in extract_events(text, "2023-03-07", None) if e.type == "meeting"]
    assert [e.date for e in meetings] == ["2023-03-07"]


# A headline in the present gives a held meeting of the body its day ------------------------------


def test_a_present_headline_with_a_weekday_dates_the_meeting_the_body_tells_as_held():
    text = (
        "أمير قطر يستقبل الرئيس التركي الجمعة\n\n"
        "استقبل أمير قطر الشيخ تميم بن حمد آل ثاني الرئيس التركي رجب طيب أردوغان في الديوان الأميري."
    )
    event = one_reported(text, _PUB)
    assert event.date == "2023-03-03" and event.date_basis == "weekday"


def test_a_headline_day_marked_to_come_dates_nothing_the_body_tells_as_held():
    text = (
        "أمير قطر يستقبل الرئيس التركي الجمعة المقبل\n\n"
        "استقبل أمير قطر الشيخ تميم بن حمد آل ثاني الرئيس التركي رجب طيب أردوغان في الديوان الأميري."
    )
    event = one_reported(text, _PUB)
    assert event.date == _PUB and event.date_basis == "published"


def test_a_present_headline_and_a_present_body_give_no_past_day():
    text = (
        "أمير قطر يستقبل الرئيس التركي الجمعة\n\n"
        "يستقبل أمير قطر الشيخ تميم بن حمد آل ثاني الرئيس التركي رجب طيب أردوغان في الديوان الأميري."
    )
    assert all(e.date >= _PUB for e in extract_events(text, _PUB, None))


def test_a_pluperfect_meeting_after_an_arrival_is_an_earlier_one_without_the_arrival_day():
    for told in ("وكان سعيد قد التقى", "وكان قد التقى"):
        text = (
            "وصل الرئيس التونسي قيس سعيد إلى الجزائر أمس في زيارة رسمية. "
            f"{told} الرئيس الجزائري عبد المجيد تبون في تونس قبل شهرين."
        )
        meetings = [e for e in extract_events(text, _PUB, None) if e.type == "meeting"]
        assert all(e.date == _PUB for e in meetings), told


# A day in the contact's own clause beats the day of the clause before it --------------------------


def test_a_meeting_to_come_in_a_clause_after_a_dated_arrival_keeps_its_own_day():
    for word, day in (("غدا", "2023-03-09"), ("اليوم", "2023-03-08")):
        text = f"وصل الرئيس التونسي قيس سعيد إلى الجزائر أمس، ويلتقي {word} الرئيس الجزائري عبد المجيد تبون."
        meetings = [e for e in extract_events(text, _PUB, None) if e.type == "meeting"]
        assert [(e.status, e.date) for e in meetings] == [("planned", day)], word


def test_a_held_meeting_in_a_clause_after_a_dated_arrival_keeps_its_own_day():
    text = "وصل الرئيس التونسي قيس سعيد إلى الجزائر أمس، والتقى اليوم الرئيس الجزائري عبد المجيد تبون."
    event = one_reported(text, _PUB)
    assert event.date == _PUB and event.date_basis == "today"
