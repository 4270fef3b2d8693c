"""Generated mentions and contact sentences (issue 11): office mentions built from the reference
data by a small grammar (``contact_grammar``) resolve to the office holder of the day, and contact
sentences built from our own templates give one event with both parties."""

from __future__ import annotations

import random

from contact_grammar import Holder, cases, holders, mention_forms, outcome, pick_holder
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.extract import extract_events
from rasd.extract.refdata import reference_data

# A fixed, unambiguous other party for the resolution test: the Russian president, named in full.
PARTNER = "الرئيس الروسي فلاديمير بوتين"
PARTNER_ID = "Q7747"


@settings(max_examples=60, deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=10**9))
def test_every_grammar_form_of_an_office_resolves_to_its_holder_on_the_day(seed):
    ref = reference_data()
    rng = random.Random(seed)
    pool = [(p, o) for p, o in holders(ref) if o.country != "RU"]
    holder: Holder | None = None
    while holder is None:
        holder = pick_holder(rng, ref, pool)
    label, mention = rng.choice(mention_forms(holder, ref, with_name=rng.random() < 0.5))
    text = f"أجرى {mention} اتصالا هاتفيا مع {PARTNER} اليوم."
    events = extract_events(text, holder.day.isoformat())
    want = {holder.person.person_id}
    if ref.holder_of("president", "RU", holder.day) is not None:
        want.add(PARTNER_ID)
    assert len(events) == 1, (label, text, holder.day)
    assert want <= {p.person_id for p in events[0].participants}, (label, text, holder.day)


def test_generated_contact_sentences_give_one_event_with_both_parties():
    sample = cases(150, seed=2026)
    missed = [c.text for c in sample if not outcome(c)]
    # measured at 0.999 on 2400 sentences (three seeds); a few handover days and namesakes remain
    assert len(missed) <= 3, missed


def test_the_grammar_covers_every_shape():
    forms = {label for c in cases(300, seed=7) for label in (c.form_a, c.form_b)}
    assert {"title_adj", "title_country", "title_adj_name", "counterpart", "name_comma_title_adj"} <= forms


# Rules the generator found (each stated on its own sentence) ------------------------------------


def test_government_head_in_construct_with_a_country_name():
    (event,) = extract_events("أجرى رئيس حكومة إسبانيا اتصالا هاتفيا مع رئيس حكومة اليونان.", "2021-03-02")
    assert {p.name_en for p in event.participants} == {"Pedro Sánchez", "Kyriakos Mitsotakis"}


def test_a_conjunction_after_a_title_opens_the_next_mention():
    text = "جرى اتصال هاتفي بين وزير خارجية الهند والعاهل المغربي الملك محمد السادس."
    (event,) = extract_events(text, "2019-02-10")
    assert "Mohammed VI of Morocco" in {p.name_en for p in event.participants}
    assert len(event.participants) == 2
    text = "تباحث رئيس وزراء ماليزيا والسيد رجب طيب أردوغان في اتصال هاتفي."
    (event,) = extract_events(text, "2019-02-10")
    assert len(event.participants) == 2


def test_a_title_after_a_preposition_is_the_object_not_an_apposition():
    text = "واتصل رجب طيب أردوغان برئيس حكومة إيطاليا هاتفيا لتهنئته."
    (event,) = extract_events(text, "2019-02-10")
    assert {p.name_en for p in event.participants} == {"Recep Tayyip Erdoğan", "Giuseppe Conte"}


def test_a_qualified_country_name_wins_over_its_shorter_overlap():
    text = "تلقى الرئيس الفرنسي اتصالا هاتفيا من رئيس جمهورية غينيا بيساو."
    (event,) = extract_events(text, "2021-06-01")
    assert {p.country for p in event.participants} == {"FR", "GW"}


# A pronoun for the protagonist ("سموه", "أنه ... مع X", "بينه وبين X") or a dropped subject -------


def test_an_honorific_pronoun_subject_is_the_protagonist():
    text = (
        "أجرى أمير دولة قطر الشيخ تميم بن حمد آل ثاني اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان. "
        "وتلقى سموه كذلك اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون."
    )
    events = extract_events(text, "2021-05-20")
    assert sorted(sorted(p.name_en for p in e.participants) for e in events) == [
        ["Emmanuel Macron", "Tamim bin Hamad Al Thani"],
        ["Recep Tayyip Erdoğan", "Tamim bin Hamad Al Thani"],
    ]


def test_a_dropped_subject_continues_the_protagonist():
    text = (
        "بحث الرئيس المصري عبد الفتاح السيسي هاتفيا مع ملك الأردن عبدالله الثاني تطورات المنطقة. "
        "كما أجرى اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون."
    )
    events = extract_events(text, "2021-05-20")
    assert ["Abdel Fattah el-Sisi", "Emmanuel Macron"] in [sorted(p.name_en for p in e.participants) for e in events]


def test_a_named_speaker_is_no_pronoun_antecedent_of_their_own_sentence():
    # "أكد X أنه ..." names X before the pronoun: X is the sentence's own party, nobody is added
    text = (
        "أجرى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون. "
        "وأكد الرئيس الأمريكي جو بايدن أنه سيتصل بالرئيس الفرنسي لاحقا."
    )
    events = extract_events(text, "2021-05-20")
    assert all(
        "Abdel Fattah el-Sisi" not in {p.name_en for p in e.participants} or len(e.participants) == 2 for e in events
    )
    assert not any({"Joe Biden", "Abdel Fattah el-Sisi"} <= {p.name_en for p in e.participants} for e in events)


def test_keeping_in_touch_and_contact_groups_are_no_contact():
    for text in (
        "وقال الرئيس الروسي فلاديمير بوتين إنه سيبقى على اتصال دائم مع الرئيس الصيني شي جين بينغ.",
        "وأكد الرئيس الروسي فلاديمير بوتين حرصه على الاتصال والتنسيق مع الرئيس الصيني شي جين بينغ.",
        "التقى وزير الاتصالات الروسي بنظيره الصيني.",
    ):
        assert extract_events(text, "2023-03-11") == [], text
    text = "بحث الرئيس الروسي فلاديمير بوتين مع الرئيس الصيني شي جين بينغ عبر وسائل الاتصال المرئي العلاقات."
    assert [e.type for e in extract_events(text, "2023-03-11")] == ["video_call"]


# Leaders, council chairmen, objects right after a subject -----------------------------------------


def test_leaders_of_a_list_of_countries_are_one_call_with_their_chief_executives():
    text = "وتحدث الرئيس الأمريكي جو بايدن هاتفيا مع قادة بريطانيا وكندا وفرنسا وألمانيا وإيطاليا."
    (event,) = extract_events(text, "2023-10-22")
    assert {p.name_en for p in event.participants} == {
        "Joe Biden",
        "Rishi Sunak",
        "Justin Trudeau",
        "Emmanuel Macron",
        "Olaf Scholz",
        "Giorgia Meloni",
    }


def test_a_leaders_list_beside_separate_talks_keeps_both():
    text = (
        "وقال البيت الأبيض إن الرئيس جو بايدن تحدث مع زعماء بريطانيا وفرنسا وألمانيا، بعد مباحثات "
        "أجراها بشكل منفصل مع البابا فرنسيس ورئيس الوزراء الإسرائيلي بنيامين نتنياهو."
    )
    groups = sorted(sorted(p.name_en for p in e.participants) for e in extract_events(text, "2023-10-22"))
    assert groups == [
        ["Benjamin Netanyahu", "Joe Biden"],
        ["Emmanuel Macron", "Joe Biden", "Olaf Scholz", "Rishi Sunak"],
        ["Joe Biden", "Pope Francis"],
    ]


def test_the_leader_of_a_country_without_a_premier_is_its_head_of_state():
    (event,) = extract_events("أجرى الرئيس الأمريكي جو بايدن اتصالا هاتفيا مع الزعيم الصيني.", "2023-10-22")
    assert {p.name_en for p in event.participants} == {"Joe Biden", "Xi Jinping"}


def test_a_title_right_after_a_named_subject_is_the_object_when_they_never_held_it():
    (event,) = extract_events("التقى الرئيس الأمريكي دونالد ترامب الزعيم الكوري الشمالي.", "2019-06-30")
    assert {p.name_en for p in event.participants} == {"Donald Trump", "Kim Jong-un"}
    (event,) = extract_events("استقبل الرئيس الروسي فلاديمير بوتين الرئيس التركي في سوتشي.", "2019-06-30")
    assert len(event.participants) == 2


def test_chairmen_of_ruling_councils_are_heads_of_state():
    text = "أجرى رئيس المجلس الرئاسي الليبي اتصالا هاتفيا بالرئيس التونسي."
    (event,) = extract_events(text, "2022-06-01")
    assert {p.name_en for p in event.participants} == {"Kais Saied", "Mohamed al-Menfi"}


def test_a_council_title_takes_its_country_after_an_interim_word_or_after_in():
    for text in (
        "أجرى رئيس مجلس السيادة الانتقالي في السودان اتصالا هاتفيا بالرئيس المصري.",
        "أجرى رئيس مجلس السيادة الانتقالي السوداني اتصالا هاتفيا بالرئيس المصري.",
    ):
        (event,) = extract_events(text, "2021-05-01")
        assert {p.name_en for p in event.participants} == {"Abdel Fattah al-Burhan", "Abdel Fattah el-Sisi"}, text


# Trigger morphology: verbs and nouns of contact in their common forms ------------------------------

A = "الرئيس المصري عبد الفتاح السيسي"
B = "الرئيس الفرنسي إيمانويل ماكرون"
TRIGGER_FORMS = [
    f"أجرى {A} اتصالاً هاتفياً مع {B}.",
    f"وأجرى {A} اتصالا هاتفيا مع {B}.",
    f"فأجرى {A} اتصالا مع {B}.",
    f"تلقى {A} اتصالاً من {B}.",
    f"وتلقى {A} مكالمة هاتفية من {B}.",
    f"تلقى {A} اتصالا مرئيا من {B}.",
    f"يجري {A} اتصالا هاتفيا مع {B}.",
    f"{A} يجري اتصالا هاتفيا مع {B}",
    f"{A} يتلقى مكالمة من {B}",
    f"هاتف {A} {B}.",
    f"وهاتف {A} {B}.",
    f"{A} يهاتف {B}",
    f"تباحث {A} هاتفيا مع {B}.",
    f"وتباحث {A} و{B} عبر الهاتف.",
    f"بحث {A} هاتفياً مع {B} الأوضاع.",
    f"ناقش {A} مع {B} عبر الهاتف الأوضاع.",
    f"تحادث {A} و{B} هاتفيا.",
    f"تهاتف {A} و{B}.",
    f"تحدث {A} هاتفيا إلى {B}.",
    f"تواصل {A} هاتفيا مع {B}.",
    f"وتواصل {A} مع {B} عبر الهاتف.",
    f"أجرى {A} محادثة هاتفية مع {B}.",
    f"أجرى {A} محادثات هاتفية مع {B}.",
    f"أجرى {A} مباحثات هاتفية مع {B}.",
    f"عقد {A} اجتماعا عبر تقنية الاتصال المرئي مع {B}.",
    f"شارك {A} و{B} في قمة افتراضية.",
    f"بحث {A} و{B} خلال اتصال عبر الفيديو العلاقات.",
    f"أجرى {A} اتصالا عبر الفيديو مع {B}.",
    f"تلقى {A} برقية تهنئة من {B}.",
    f"بعث {A} برقية إلى {B}.",
    f"أبرق {A} إلى {B} مهنئا.",
    f"وجه {A} رسالة إلى {B}.",
    f"تسلم {A} رسالة خطية من {B}.",
    f"بعث {A} رسالة شفهية إلى {B}.",
    f"هنأ {A} هاتفيا {B}.",
    f"اتصل {A} بـ{B}.",
    f"اتصل {A} ب{B}.",
    f"اتصل {A} هاتفيًا بـ{B}.",
    f"وكان {A} قد تلقى اتصالا من {B}.",
    f"تلقى {A}، اتصالا هاتفيا، من {B}.",
    f"أجرى {A} اتصالا هاتفيا بنظيره الفرنسي.",
    f"جرى اتصال هاتفي بين {A} و{B}.",
    f"جرت مكالمة هاتفية بين {A} و{B}.",
    f"دار اتصال هاتفي بين {A} و{B}.",
    f"تم اتصال هاتفي بين {A} و{B}.",
    f"في اتصال هاتفي مع {B}، أكد {A} دعم بلاده.",
    f"خلال اتصال هاتفي مع {B}، شدد {A} على أهمية التعاون.",
    f"أعرب {A} في اتصال هاتفي مع {B} عن تضامنه.",
    f"أكد {A} لـ{B} في اتصال هاتفي دعم بلاده.",
    f"بحث {A} في اتصال هاتفي تلقاه من {B} الأوضاع.",
    f"تلقى {A} اتصالين هاتفيين من {B}.",
    f"ورد {A} على اتصال من {B}.",
    f"استقبل {A} اتصالا هاتفيا من {B}.",
    f"وتلقى {A} اتصالًا هاتفيًا من {B}.",
    f"أجرى {A} مكالمة فيديو مع {B}.",
    f"عقد {A} و{B} محادثات عبر تقنية الفيديو.",
]


def test_every_trigger_form_gives_one_event_with_both_parties():
    missed = []
    for text in TRIGGER_FORMS:
        events = extract_events(text, "2021-05-20")
        names = [{p.name_en for p in e.participants} for e in events]
        if names != [{"Abdel Fattah el-Sisi", "Emmanuel Macron"}]:
            missed.append(text)
    assert not missed, missed


def test_the_deputy_crown_prince_named_after_his_titles_is_no_leader():
    text = (
        "وبعث ولي العهد الأمير محمد بن نايف، وولي ولي العهد وزير الدفاع الأمير محمد بن سلمان، "
        "برقيتين مماثلتين إلى الرئيس الأمريكي."
    )
    events = extract_events(text, "2016-06-14")
    assert [sorted(p.name_en for p in e.participants) for e in events] == [
        ["Barack Obama", "Muhammad bin Nayef Al Saud"]
    ]


def test_a_crown_prince_of_a_capital_is_the_office_holder_of_the_day_not_another_emirates():
    text = "تلقى ولي عهد أبوظبي اتصالا هاتفيا من الرئيس الفرنسي."
    events = extract_events(text, "2021-05-01")  # Dubai's crown prince shares the role: never him
    assert [sorted(p.name_en for p in e.participants) for e in events] == [
        ["Emmanuel Macron", "Mohamed bin Zayed Al Nahyan"]
    ]
    text = "أرسل سلطان عمان برقية إلى ولي عهد أبوظبي، كما بعث رئيس الإمارات برقية إلى الرئيس المصري."
    events = extract_events(text, "2022-04-10")
    assert ["Haitham bin Tariq", "Mohamed bin Zayed Al Nahyan"] in [
        sorted(p.name_en for p in e.participants) for e in events
    ]
    text = "تلقى ولي عهد أبوظبي اتصالا هاتفيا من الرئيس الفرنسي."
    events = extract_events(text, "2022-09-01")  # the office stood vacant: nobody, not Dubai's
    assert all("Hamdan bin Mohammed Al Maktoum" not in [p.name_en for p in e.participants] for e in events)


def test_a_minister_who_delivers_a_message_meets_its_receiver():
    text = (
        "وبعث الملك سلمان بن عبد العزيز رسالة إلى أمير قطر الشيخ تميم بن حمد آل ثاني. "
        "وقام بنقل الرسالة وزير الخارجية السعودي الأمير فيصل بن فرحان خلال استقبال أمير قطر له."
    )
    got = sorted((e.type, tuple(sorted(p.name_en for p in e.participants))) for e in extract_events(text, "2021-05-10"))
    assert ("meeting", ("Faisal bin Farhan Al Saud", "Tamim bin Hamad Al Thani")) in got
    assert ("message", ("Faisal bin Farhan Al Saud", "Tamim bin Hamad Al Thani")) not in got


def test_plural_titles_take_one_office_holder_per_listed_country():
    (event,) = extract_events("عقد وزراء خارجية مصر والأردن والعراق اجتماعا افتراضيا اليوم.", "2021-05-01")
    assert {p.country for p in event.participants} == {"EG", "JO", "IQ"}
    events = extract_events("تلقى الرئيس المصري اتصالات هاتفية من رؤساء فرنسا وتونس والجزائر.", "2021-05-01")
    assert sorted(sorted(p.country for p in e.participants) for e in events) == [
        ["DZ", "EG"],
        ["EG", "FR"],
        ["EG", "TN"],
    ]


def test_an_object_pronoun_after_a_contact_verb_is_the_protagonist():
    for second in (
        "وكان قد اتصل به الرئيس الفرنسي إيمانويل ماكرون صباح اليوم.",
        "كما هاتفه الرئيس الفرنسي إيمانويل ماكرون.",
    ):
        text = "أجرى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا مع العاهل الأردني. " + second
        groups = [sorted(p.name_en for p in e.participants) for e in extract_events(text, "2021-05-01")]
        assert ["Abdel Fattah el-Sisi", "Emmanuel Macron"] in groups, second
    text = "التقى الرئيس الفرنسي إيمانويل ماكرون المستشارة الألمانية. ولم يزر أي مستشار ألماني ذلك القصر منذ عام 1985."
    assert len(extract_events(text, "2020-08-20")) == 1


def test_a_family_name_after_a_title_is_the_person_the_article_named_in_full():
    text = (
        "أجرى الرئيس الجزائري عبد المجيد تبون اتصالا هاتفيا مع العاهل الأردني. "
        "وفي وقت لاحق تلقى الرئيس تبون اتصالا من الرئيس الفرنسي إيمانويل ماكرون."
    )
    groups = [sorted(p.name_en for p in e.participants) for e in extract_events(text, "2021-05-01")]
    assert groups == [["Abdelmadjid Tebboune", "Abdullah II of Jordan"], ["Abdelmadjid Tebboune", "Emmanuel Macron"]]


# Classes of a fresh development set: distributed lists, video calls named twice, pranks -----------


def test_each_of_distributes_calls_over_the_listed_counterparts():
    text = (
        "وكان اتصالان قد جريا أمس بين الرئيس التونسي الباجي قائد السبسي وكل من نظيريه "
        "التركي رجب طيب أردوغان والفلسطيني محمود عباس."
    )
    groups = sorted(sorted(p.name_en for p in e.participants) for e in extract_events(text, "2018-01-12"))
    assert groups == [["Beji Caid Essebsi", "Mahmoud Abbas"], ["Beji Caid Essebsi", "Recep Tayyip Erdoğan"]]
    text = "عقدت قمة ثلاثية عبر الفيديو جمعت كل من الرئيس الروسي والرئيس التركي والرئيس الإيراني."
    (event,) = extract_events(text, "2020-07-01")
    assert len(event.participants) == 3


def test_a_received_series_of_calls_names_each_caller_as_initiator():
    text = (
        "تلقى الرئيس التركي رجب طيب أردوغان سلسلة من الاتصالات الهاتفية من ملك البحرين حمد بن عيسى "
        "آل خليفة والأمين العام للأمم المتحدة بان كي مون."
    )
    events = extract_events(text, "2016-07-20")
    assert len(events) == 2
    for e in events:
        other = next(p for p in e.participants if p.name_en != "Recep Tayyip Erdoğan")
        assert e.initiator is not None and other.person_id in e.initiator


def test_a_video_call_referred_back_to_as_the_call_stays_one_video_call():
    text = (
        "أجرى رئيس الصين شي جين بينغ مكالمة عن طريق الفيديو مع الرئيس الأمريكي جو بايدن. "
        "وقال الرئيس شي خلال المكالمة إن العالم تغير."
    )
    assert [e.type for e in extract_events(text, "2022-03-18")] == ["video_call"]


def test_an_impersonated_president_is_no_party_of_a_prank_call():
    text = "وتمكن ممثلان ساخران انتحلا شخصية الرئيس الأوكراني من إجراء مكالمة هاتفية مع الرئيس الفرنسي."
    assert extract_events(text, "2022-05-01") == []


def test_a_vice_president_is_no_party_but_a_premier_with_a_deputy_title_is():
    text = (
        "كما بعث نائب رئيس دولة الإمارات رئيس مجلس الوزراء حاكم دبي الشيخ محمد بن راشد آل مكتوم، "
        "والشيخ منصور بن زايد آل نهيان نائب رئيس الدولة، برقيتي تهنئة مماثلتين إلى الرئيس الإيراني مسعود بزشكيان."
    )
    groups = [sorted(p.name_en for p in e.participants) for e in extract_events(text, "2024-07-30")]
    assert groups == [["Masoud Pezeshkian", "Mohammed bin Rashid Al Maktoum"]]
