"""Four readings of contact sentences (issue 11, round 5), on sentences written for these tests."""

from __future__ import annotations

from rasd.extract import extract_events


def pairs(events, status="reported"):
    return sorted(tuple(sorted(p.name_en for p in e.participants)) for e in events if e.status == status)


def test_that_came_adds_the_frames_own_party_to_the_sentence_before():
    # "جاء ذلك خلال اتصال أجراه مع Y": the sentence before names the caller only, this one the other party
    text = (
        "شدد الرئيس المصري عبد الفتاح السيسي على أهمية التنسيق المشترك. "
        "جاء ذلك خلال اتصال هاتفي أجراه مساء اليوم مع العاهل الأردني الملك عبد الله الثاني."
    )
    assert pairs(extract_events(text, "2021-04-05")) == [("Abdel Fattah el-Sisi", "Abdullah II of Jordan")]


def test_planning_clause_governs_an_adverb_contact_word_after_long_names():
    # "من المتوقع أن يتحدث X مع Y هاتفيا": the adverb belongs to the verb after "أن", still to come
    text = (
        "ومن المتوقع أن يتحدث الرئيس المصري عبد الفتاح السيسي مع العاهل الأردني الملك عبد الله الثاني "
        "هاتفيا في وقت لاحق."
    )
    events = extract_events(text, "2021-04-05")
    assert pairs(events) == []
    assert pairs(events, "planned") == [("Abdel Fattah el-Sisi", "Abdullah II of Jordan")]


def callers(events):
    from rasd.records import participant_key

    return sorted(
        next(p.name_en for p in e.participants if participant_key(p) == e.initiator)
        for e in events
        if e.status == "reported" and e.initiator
    )


def test_pronoun_object_makes_the_listed_subjects_callers_of_the_protagonist():
    # "فقد اتصل به A وB": "به" is the protagonist of the sentence before; A and B called him, one call each
    text = (
        "تلقى الرئيس المصري عبد الفتاح السيسي أمس عدة اتصالات هاتفية للتهنئة بحلول العيد. "
        "فقد اتصل به العاهل الأردني الملك عبد الله الثاني والرئيس التونسي قيس سعيد."
    )
    events = extract_events(text, "2021-04-05")
    assert pairs(events) == [
        ("Abdel Fattah el-Sisi", "Abdullah II of Jordan"),
        ("Abdel Fattah el-Sisi", "Kais Saied"),
    ]
    assert callers(events) == ["Abdullah II of Jordan", "Kais Saied"]


def test_each_of_subjects_with_one_object_and_a_counted_contact_word():
    # "هنأ كل من A وB الرئيس C في اتصالين": each of A and B with C, never A with B
    text = (
        "هنأ كل من العاهل الأردني الملك عبد الله الثاني والرئيس التونسي قيس سعيد "
        "الرئيس المصري عبد الفتاح السيسي بالعيد في اتصالين هاتفيين اليوم."
    )
    assert pairs(extract_events(text, "2021-04-05")) == [
        ("Abdel Fattah el-Sisi", "Abdullah II of Jordan"),
        ("Abdel Fattah el-Sisi", "Kais Saied"),
    ]


def test_feminine_pronoun_object_and_two_callers():
    # "اتصل بها A وB": the same reading with "بها"
    text = (
        "تلقت رئيسة الوزراء البريطانية تيريزا ماي أمس اتصالات هاتفية عديدة. "
        "فقد اتصل بها الرئيس الأمريكي دونالد ترامب والمستشارة الألمانية أنغيلا ميركل."
    )
    events = extract_events(text, "2019-06-05")
    assert pairs(events) == [("Angela Merkel", "Theresa May"), ("Donald Trump", "Theresa May")]
    assert callers(events) == ["Angela Merkel", "Donald Trump"]
