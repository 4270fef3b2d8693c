"""Who placed the call (rasd.extract.initiator, callers): caller and receiver verbs, pronoun subjects
and objects, a side named by its country, the one asked to call, listed callers, the headline's
caller. Each test states one rule on sentences written for it (never copied text)."""

from __future__ import annotations

import pytest
from extract_helpers import (
    MACRON,
    SISI,
    caller,
    of_type,
    pairs,
    party_sets,
    people,
)

from rasd.extract import extract_events
from rasd.records import participant_key


def test_a_relative_call_verb_with_a_pronoun_subject_makes_the_other_party_the_caller():
    text = (
        "ثمن الرئيس المصري عبد الفتاح السيسي جهود الملك سلمان بن عبد العزيز في تنظيم الحج، جاء ذلك خلال "
        "الاتصال الهاتفي الذي أجراه فخامته اليوم بالعاهل السعودي."
    )
    (event,) = extract_events(text, "2020-08-03")
    caller = next(p for p in event.participants if participant_key(p) == event.initiator)
    assert caller.name_en == "Abdel Fattah el-Sisi"


# The caller named by its side's country ------------------------------------------------------------


def _caller(text: str) -> str | None:
    """The caller of the one phone call extracted from ``text``."""
    (event,) = of_type(text, "2023-06-20", "phone_call")
    return caller(event)


def test_a_call_at_the_request_of_a_side_named_by_its_country_was_that_sides():
    head = "أجرى رئيس الوزراء الهندي ناريندرا مودي اتصالا هاتفيا مع الرئيس البرازيلي لولا دا سيلفا "
    assert _caller(head + "بمبادرة من الجانب البرازيلي.") == "Luiz Inácio Lula da Silva"
    assert _caller(head + "بناء على طلب من برازيليا.") == "Luiz Inácio Lula da Silva"
    assert _caller(head + "بطلب من الهند.") == "Narendra Modi"


def test_without_a_side_the_verbs_subject_stays_the_caller():
    assert _caller("أجرى رئيس الوزراء الهندي ناريندرا مودي اتصالا هاتفيا مع الرئيس البرازيلي لولا دا سيلفا.") == (
        "Narendra Modi"
    )
    assert _caller("عاود الرئيس البرازيلي لولا دا سيلفا الاتصال برئيس الوزراء الهندي ناريندرا مودي.") == (
        "Luiz Inácio Lula da Silva"
    )


def test_the_one_asked_to_place_the_call_is_its_caller():
    text = "طلبت رئيسة الوزراء الإيطالية جورجيا ميلوني من الرئيس التونسي قيس سعيد إجراء مكالمة هاتفية معها مساء اليوم."
    (event,) = extract_events(text, "2023-06-20")
    assert event.status == "planned"
    assert caller(event) == "Kais Saied"


# The caller a headline presents -----------------------------------------------------------------

_NEUTRAL_BODY = "\n\nبحث الرئيس الكيني وليام روتو ورئيس الوزراء الإثيوبي آبي أحمد هاتفيا أمن القرن الأفريقي."


def test_a_headline_names_the_caller_a_neutral_body_does_not():
    assert _caller("الرئيس الكيني يتلقى اتصالا هاتفيا من آبي أحمد" + _NEUTRAL_BODY) == "Abiy Ahmed"
    assert _caller("آبي أحمد يهاتف الرئيس الكيني" + _NEUTRAL_BODY) == "Abiy Ahmed"


def test_a_neutral_headline_and_body_name_no_caller():
    assert _caller("روتو وآبي أحمد يبحثان أمن القرن الأفريقي" + _NEUTRAL_BODY) is None


def test_the_body_caller_stands_over_the_headline():
    body = "\n\nتلقى رئيس الوزراء الإثيوبي آبي أحمد اتصالا هاتفيا من الرئيس الكيني وليام روتو."
    assert _caller("آبي أحمد وروتو يبحثان أمن القرن الأفريقي" + body) == "William Ruto"


def _first_caller_or_none(text: str) -> str | None:
    """The caller of the first phone call extracted from ``text``; None when there is none."""
    events = of_type(text, "2023-06-20", "phone_call")
    return caller(events[0]) if events else None


def test_a_verb_of_what_was_said_during_the_call_names_no_caller():
    text = "وقال مكتب المستشار الألماني أولاف شولتس إنه لم يتحدث خلال الاتصال مع الرئيس التركي رجب طيب أردوغان عن الانتخابات."
    assert _first_caller_or_none(text) is None


def _pairs_and_callers(text: str) -> set[tuple[tuple[str, ...], str | None]]:
    return {(tuple(people(e)), caller(e)) for e in extract_events(text, "2024-04-10")}


def test_each_listed_subject_called_the_object_marked_after_the_list():
    text = (
        "اتصل كل من رئيس الوزراء الهندي ناريندرا مودي ورئيس الوزراء الياباني فوميو كيشيدا "
        "بالرئيس الإندونيسي جوكو ويدودو."
    )
    assert _pairs_and_callers(text) == {
        (("Joko Widodo", "Narendra Modi"), "Narendra Modi"),
        (("Fumio Kishida", "Joko Widodo"), "Fumio Kishida"),
    }


def test_more_shapes_that_name_the_caller():
    assert (
        _first_caller_or_none(
            "وردت إلى رئيس الوزراء الياباني فوميو كيشيدا مكالمة هاتفية من رئيس الوزراء الهندي ناريندرا مودي."
        )
        == "Narendra Modi"
    )
    assert (
        _first_caller_or_none("تلقى رئيس الوزراء الياباني فوميو كيشيدا، من نظيره الهندي ناريندرا مودي، اتصالا هاتفيا.")
        == "Narendra Modi"
    )
    assert (
        _first_caller_or_none(
            "اتصال هاتفي من رئيس الوزراء الهندي ناريندرا مودي إلى رئيس الوزراء الياباني فوميو كيشيدا."
        )
        == "Narendra Modi"
    )


# The caller ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا بالرئيس التركي رجب طيب أردوغان.", "Vladimir Putin"),
        ("تلقى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا من الرئيس التركي رجب طيب أردوغان.", "Recep Tayyip Erdoğan"),
        ("جرى اتصال هاتفي بين الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان.", None),
        ("بحث الرئيس الروسي فلاديمير بوتين هاتفيا مع الرئيس التركي رجب طيب أردوغان الوضع في سوريا.", None),
        ("في اتصال هاتفي أجراه الرئيس التركي رجب طيب أردوغان بالرئيس الروسي فلاديمير بوتين.", "Recep Tayyip Erdoğan"),
        (
            "أكد الرئيس الروسي فلاديمير بوتين خلال اتصال هاتفي تلقاه من الرئيس التركي رجب طيب أردوغان دعمه.",
            "Recep Tayyip Erdoğan",
        ),
        ("رحب الرئيس الروسي فلاديمير بوتين باتصال الرئيس التركي رجب طيب أردوغان به.", None),
        # SVO with the verb as the contact word: a preposition word before the first name after the
        # verb makes that name the object, the subject stands before the verb
        ("قال المتحدث إن الرئيس الروسي فلاديمير بوتين تحدث إلى قادة تركيا ومصر.", "Vladimir Putin"),
        (
            "ذكرت الصحيفة أن الرئيس الروسي فلاديمير بوتين تحدث هاتفيا مع الرئيس التركي رجب طيب أردوغان.",
            "Vladimir Putin",
        ),
        # nobody calls himself: the nearest name before the verb is skipped when it is the object
        (
            "انتقد الرئيس التركي رجب طيب أردوغان نظيره الروسي فلاديمير بوتين، وقال: تحدثت مع الرئيس الروسي أمس.",
            "Recep Tayyip Erdoğan",
        ),
        # two subjects joined by "و" between the verb and the contact word: nobody presented as calling
        ("أجرى الرئيس الروسي فلاديمير بوتين ونظيره التركي رجب طيب أردوغان اتصالا هاتفيا اليوم.", None),
        # a complementizer cuts the speaker off the verb: "X claimed that his counterpart called him"
        ("زعم الرئيس التركي رجب طيب أردوغان أن نظيره الروسي اتصل به هاتفيا.", "Vladimir Putin"),
    ],
)
def test_initiator(text, expected):
    [event] = extract_events(text, "2022-03-08")
    assert caller(event) == expected


# Linear time -----------------------------------------------------------------------------------


def test_a_call_verb_with_a_pronoun_subject_makes_the_other_party_the_caller():
    # "أنه أجرى مكالمة مع X": the sentence names only the one called; the caller is the other party
    text = (
        "أعلن البيت الأبيض أن الرئيس الأمريكي دونالد ترامب سيزور الصين. "
        "وأوضح المتحدث أنه أجرى سابقا مكالمة مع الرئيس الصيني شي جين بينغ."
    )
    [event] = of_type(text, "2025-12-10", "phone_call")
    assert caller(event) == "Donald Trump"


def test_a_pronoun_subject_before_a_named_subject_is_not_read_as_unnamed():
    # the subject is named between the verb and the contact word: the usual reading stands
    text = "أجرى الرئيس الصيني شي جين بينغ اتصالا هاتفيا مع الرئيس الأمريكي دونالد ترامب."
    [event] = extract_events(text, "2025-12-10")
    assert caller(event) == "Xi Jinping"


def test_the_contact_word_with_a_possessive_pronoun_names_its_owner_the_caller():
    # "خلال اتصاله الهاتفي بـ X": his call to X; a bare "خلال اتصال هاتفي مع X" presents no caller
    owned = "أكد الرئيس التركي رجب طيب أردوغان خلال اتصاله الهاتفي بالمستشارة الألمانية أنجيلا ميركل أهمية التعاون."
    [event] = extract_events(owned, "2020-01-10")
    assert caller(event) == "Recep Tayyip Erdoğan"
    bare = "أكد الرئيس التركي رجب طيب أردوغان خلال اتصال هاتفي مع المستشارة الألمانية أنجيلا ميركل أهمية التعاون."
    [event] = extract_events(bare, "2020-01-10")
    assert caller(event) is None


def test_a_received_call_and_a_placed_one_in_one_sentence_each_keep_their_caller():
    # "تلقى X اتصالا من A، كما أجرى اتصالا مع B": A called X, and X (the elided subject) called B
    text = (
        "تلقى الرئيس التركي رجب طيب أردوغان اتصالا هاتفيا من الرئيس الروسي فلاديمير بوتين، "
        "كما أجرى اتصالا مع المستشارة الألمانية أنجيلا ميركل."
    )
    calls = {frozenset(p.name_en for p in e.participants): caller(e) for e in extract_events(text, "2020-01-10")}
    assert calls[frozenset({"Recep Tayyip Erdoğan", "Vladimir Putin"})] == "Vladimir Putin"
    assert calls[frozenset({"Recep Tayyip Erdoğan", "Angela Merkel"})] == "Recep Tayyip Erdoğan"


def test_a_later_receiving_verb_in_the_sentence_names_no_caller_of_another_pair():
    # "تلقى X اتصالين من A وB، ولا يزال يتلقى اتصالات من نظرائه": each of A and B called X
    text = (
        "تلقى الرئيس الروسي فلاديمير بوتين اليوم اتصالين هاتفيين من الرئيس التركي رجب طيب أردوغان "
        "والرئيس الفرنسي إيمانويل ماكرون، ولا يزال يتلقى اتصالات التهنئة من نظرائه بعد فوزه برئاسة روسيا."
    )
    calls = {frozenset(p.name_en for p in e.participants): caller(e) for e in extract_events(text, "2020-01-10")}
    assert calls[frozenset({"Vladimir Putin", "Emmanuel Macron"})] == "Emmanuel Macron"


@pytest.mark.parametrize(
    "relative, expected",
    [("أجراه معه", "Abdel Fattah el-Sisi"), ("تلقاه منه", "Abdullah II of Jordan")],
)
def test_a_relative_call_verb_with_an_object_pronoun_has_the_clause_subject_as_its_subject(relative, expected):
    # "أكد X دعمه لـ Y خلال اتصال أجراه معه": X (the clause's subject) placed it; "تلقاه منه": Y did
    text = (
        "أكد الرئيس المصري عبد الفتاح السيسي دعم بلاده للعاهل الأردني الملك عبد الله الثاني، "
        f"خلال اتصال هاتفي {relative} اليوم."
    )
    [event] = extract_events(text, "2021-04-05")
    assert caller(event) == expected


@pytest.mark.parametrize("relative, expected", [("أجراه", "Abdel Fattah el-Sisi"), ("تلقاه", "Abdullah II of Jordan")])
def test_that_came_during_a_call_reads_the_caller_from_the_sentence_before(relative, expected):
    # "جاء ذلك خلال اتصال هاتفي أجراه اليوم": the subject of the sentence before placed (or received) it
    text = (
        "أكد الرئيس المصري عبد الفتاح السيسي دعم بلاده للعاهل الأردني الملك عبد الله الثاني. "
        f"جاء ذلك خلال اتصال هاتفي {relative} اليوم."
    )
    [event] = extract_events(text, "2021-04-05")
    assert caller(event) == expected


# "في برقية بعث بها X إلى Y": the one after "إلى" received the cable -------------------------------


def _caller_names(text: str, pub: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    """(type, parties, the caller's English name) of each event, sorted."""
    return sorted(
        (
            e.type,
            tuple(sorted(p.name_en for p in e.participants)),
            next((p.name_en for p in e.participants if p.person_id == e.initiator), None),
        )
        for e in extract_events(text, pub)
    )


def test_a_cable_sent_with_bi_ha_to_a_named_head_of_state_was_sent_by_the_subject():
    text = (
        "هنأ الرئيس الكيني وليام روتو، في برقية بعث بها إلى الرئيس الأوغندي يويري موسيفيني، "
        "الشعب الأوغندي بذكرى الاستقلال."
    )
    assert _caller_names(text, "2023-10-09") == [("message", ("William Ruto", "Yoweri Museveni"), "William Ruto")]


def test_a_cable_sent_with_bi_ha_after_the_receiver_keeps_the_subject_as_sender():
    text = "بعث الرئيس الكيني وليام روتو ببرقية تهنئة، وهي برقية بعث بها إلى الرئيس الأوغندي يويري موسيفيني أمس."
    assert _caller_names(text, "2023-10-09") == [("message", ("William Ruto", "Yoweri Museveni"), "William Ruto")]


# "أجرى A وB اتصالا مع C": two callers of one third party, each pair its own caller -----------------


def test_two_joint_subjects_calling_a_third_are_each_the_caller_of_their_pair():
    text = "أجرى الرئيس الكيني وليام روتو والرئيس التنزاني سامية صولوحو حسن اتصالا هاتفيا مع الرئيس الأوغندي يويري موسيفيني."
    assert _caller_names(text, "2023-10-09") == [
        ("phone_call", ("Samia Suluhu Hassan", "Yoweri Museveni"), "Samia Suluhu Hassan"),
        ("phone_call", ("William Ruto", "Yoweri Museveni"), "William Ruto"),
    ]


def test_two_joint_subjects_of_a_call_between_themselves_name_no_caller():
    text = "أجرى الرئيس الكيني وليام روتو ونظيره الأوغندي يويري موسيفيني اتصالا هاتفيا بحثا فيه أمن الحدود."
    assert _caller_names(text, "2023-10-09") == [("phone_call", ("William Ruto", "Yoweri Museveni"), None)]


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


def test_a_bare_title_before_the_contact_word_is_not_the_caller_named_after_it():
    text = (
        "تلقى الرئيس مكالمة هاتفية من نظيره الفرنسي إيمانويل ماكرون. "
        "وشدد الرئيس عبد الفتاح السيسي في المكالمة على موقف مصر."
    )
    assert party_sets(text) == [{SISI, MACRON}]


@pytest.mark.parametrize(
    "text",
    [
        "اطمأن رئيس الوزراء الإثيوبي آبي أحمد اليوم في اتصال هاتفي على نظيره السوداني عبد الله حمدوك.",
        "قام رئيس الوزراء الإثيوبي آبي أحمد اليوم بإجراء اتصال هاتفي مع نظيره السوداني عبد الله حمدوك.",
    ],
)
def test_the_one_who_checks_on_another_or_carries_out_the_call_placed_it(text: str) -> None:
    (event,) = of_type(text, "2020-03-09", "phone_call")
    caller = next(p for p in event.participants if p.person_id == event.initiator)
    assert caller.name_en == "Abiy Ahmed"


def test_a_leaders_own_words_in_the_first_person_name_the_caller() -> None:
    text = 'وقال وزير الخارجية الجزائري أحمد عطاف: "تلقيت اليوم اتصالا هاتفيا من وزير الخارجية الأمريكي أنتوني بلينكن".'
    (event,) = of_type(text, "2024-03-01", "phone_call")
    caller = next(p for p in event.participants if p.person_id == event.initiator)
    assert caller.name_en == "Antony Blinken"


def test_the_verbal_noun_with_the_callers_pronoun() -> None:
    text = "أعلن رئيس الوزراء الإسرائيلي نفتالي بينيت اليوم عن إجرائه مكالمة هاتفية مع الرئيس الأمريكي جو بايدن."
    (event,) = of_type(text, "2022-04-24", "phone_call")
    caller = next(p for p in event.participants if p.person_id == event.initiator)
    assert caller.name_en == "Naftali Bennett"
