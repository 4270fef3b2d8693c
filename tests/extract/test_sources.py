"""Sources (rasd.extract.sources, attribution): agencies, outlets, official bodies, spokespeople and
posts credited in a sentence, a dateline or a source line; bodies written as places or as silent;
credits that reach other stories or none. Each test states one rule on sentences written for it
(never copied text)."""

from __future__ import annotations

import random

import pytest
from extract_helpers import names, sources

from rasd.extract import extract_events
from rasd.extract.article import read_article, sentence_sources
from rasd.extract.refdata import reference_data
from rasd.extract.sources import _grammar_words, _quoted_pattern, quoted_matches

# Sources -------------------------------------------------------------------------------------------


def _sources(event):
    return sorted(s.name_en for s in event.sources)


def test_a_government_spokesperson_is_named_with_the_government_they_speak_for():
    text = (
        "أجرى المستشار الألماني أولاف شولتس اليوم اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون، "
        "بحسب المتحدث باسم الحكومة الألمانية."
    )
    (event,) = extract_events(text, "2023-05-10")
    assert {"German government spokesperson", "German government"} <= set(_sources(event))


def test_a_spokesperson_of_the_government_without_country_speaks_for_its_head():
    text = (
        "أجرى المستشار الألماني أولاف شولتس اليوم اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون. "
        "وقال المتحدث باسم الحكومة إن الجانبين بحثا الوضع في أوكرانيا."
    )
    (event,) = extract_events(text, "2023-05-10")
    assert "German government spokesperson" in _sources(event)


def test_a_leaders_own_statement_is_credited_to_their_office():
    text = (
        "أجرى رئيس جنوب إفريقيا سيريل رامافوزا اليوم اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين. "
        "وقال رامافوزا في بيان إن المكالمة تناولت جهود السلام."
    )
    (event,) = extract_events(text, "2025-08-09")
    assert "South African presidential press office" in _sources(event)


def test_a_leader_quoted_without_a_statement_is_no_source():
    text = (
        "أجرى رئيس جنوب إفريقيا سيريل رامافوزا اليوم اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين. "
        "وقال رامافوزا للصحفيين إن المكالمة كانت جيدة."
    )
    (event,) = extract_events(text, "2025-08-09")
    assert "South African presidential press office" not in _sources(event)


def test_the_presidency_without_a_country_is_the_one_of_the_president_named_by_the_bare_title():
    text = (
        "أجرى رئيس الجمهورية عبد المجيد تبون اليوم مكالمة هاتفية مع نظيره الفرنسي إيمانويل ماكرون، "
        "حسبما أفاد بيان لرئاسة الجمهورية."
    )
    (event,) = extract_events(text, "2023-03-10")
    assert "Algerian presidential press office" in _sources(event)
    assert "Elysee" not in _sources(event)


def test_the_media_office_of_the_prime_minister_speaks_for_the_participant_who_is_prime_minister():
    text = (
        "وقال المكتب الإعلامي لرئيس مجلس الوزراء في بيان إن رئيس الوزراء العراقي محمد شياع السوداني "
        "تلقى اليوم اتصالا هاتفيا من ولي العهد السعودي الأمير محمد بن سلمان."
    )
    (event,) = extract_events(text, "2024-12-11")
    assert "Iraqi prime minister's office" in _sources(event)


# Sources named without their country, spokespeople, source lines ---------------------------------


def test_the_ministry_referred_back_to_is_the_foreign_ministers_own():
    text = (
        "تلقى وزير الخارجية المصري سامح شكري اليوم اتصالا هاتفيا من وزير الخارجية الأردني أيمن الصفدي. "
        "وبحسب بيان صادر عن الوزارة، بحث الوزيران الأوضاع في المنطقة."
    )
    (event,) = extract_events(text, "2023-05-02", home_country="EG")
    assert _sources(event) == ["Egyptian foreign ministry"]


def test_a_spokespersons_long_title_still_names_the_ministry_they_speak_for():
    text = (
        "قال المتحدث الرسمي ومدير إدارة الإعلام بوزارة الخارجية إن وزير الخارجية المصري سامح شكري "
        "أجرى اليوم اتصالا هاتفيا مع وزير الخارجية الأردني أيمن الصفدي."
    )
    (event,) = extract_events(text, "2023-05-02", home_country="EG")
    assert _sources(event) == ["Egyptian foreign ministry"]


def test_the_presidential_spokesman_speaks_for_the_presidency_of_the_participant():
    text = (
        "تلقى الرئيس المصري عبد الفتاح السيسي اليوم اتصالا هاتفيا من العاهل الأردني الملك عبد الله الثاني. "
        "وأوضح السفير أحمد فهمي، المتحدث الرئاسي، أن الاتصال تناول العلاقات الثنائية."
    )
    (event,) = extract_events(text, "2023-05-02")
    assert _sources(event) == ["Egyptian presidential press office"]


def test_a_source_line_may_name_several_sources_or_the_presidency_without_its_country():
    call = "تلقى الرئيس التونسي قيس سعيد اليوم اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون.\n"
    (event,) = extract_events(call + "المصدر: الصفحة الرسمية لرئاسة الجمهورية", "2023-05-02")
    assert _sources(event) == ["Tunisian presidential press office"]
    (event,) = extract_events(call + 'المصدر: "آكي" + "تاس"', "2023-05-02")
    assert _sources(event) == ["AKI", "TASS"]


def test_unnamed_government_officials_of_a_country_are_a_source():
    text = (
        "أفادت مصادر حكومية إيطالية بأن رئيس الوزراء الإيطالي ماريو دراغي أجرى اليوم اتصالا هاتفيا "
        "مع الرئيس الروسي فلاديمير بوتين."
    )
    (event,) = extract_events(text, "2022-03-30")
    assert _sources(event) == ["Italian government sources"]


def test_a_ministry_named_with_its_country_is_not_also_the_participants_own():
    text = (
        "تلقى وزير الخارجية المصري سامح شكري اليوم اتصالا هاتفيا من وزير الخارجية الأردني أيمن الصفدي، "
        "وفق ما ذكرت وزارة الخارجية الأردنية في بيان."
    )
    (event,) = extract_events(text, "2023-05-02", home_country="EG")
    assert _sources(event) == ["Jordanian foreign ministry"]


def test_an_unnamed_source_of_a_country_is_named_by_its_country():
    text = (
        "كشف مصدر عراقي اليوم أن رئيس الوزراء العراقي حيدر العبادي أجرى اتصالا هاتفيا مع الرئيس الأمريكي دونالد ترامب."
    )
    (event,) = extract_events(text, "2017-02-09")
    assert _sources(event) == ["Iraqi source"]
    text = (
        "أجرى الرئيس التركي رجب طيب أردوغان اليوم اتصالا هاتفيا مع الرئيس الجزائري عبد المجيد تبون، بحسب مصادر تركية."
    )
    (event,) = extract_events(text, "2020-01-05")
    assert _sources(event) == ["Turkish sources"]


def test_a_post_on_a_social_platform_is_not_an_official_word_on_every_contact():
    text = (
        "كتب الرئيس الأمريكي دونالد ترامب على منصة تروث سوشيال أن اقتصاد بلاده قوي.\n"
        "وفي خبر آخر، تلقى الرئيس الأمريكي دونالد ترامب اليوم اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون."
    )
    (event,) = extract_events(text, "2025-05-02")
    assert "Truth Social" not in _sources(event)


def test_an_agency_name_that_is_also_a_word_counts_between_slashes_in_the_head():
    text = (
        "وزير الخارجية يجري اتصالا هاتفيا مع نظيره العراقي\n"
        "مسقط في 3 فبراير /العمانية/ أجرى وزير الخارجية العماني بدر البوسعيدي اتصالا هاتفيا اليوم مع "
        "وزير الخارجية العراقي فؤاد حسين."
    )
    (event,) = extract_events(text, "2024-02-03")
    assert _sources(event) == ["ONA"]


# Sources ------------------------------------------------------------------------------------


def test_dateline_agency_and_royal_court_statement():
    text = (
        "عمان (بترا) - تلقى الملك عبد الله الثاني اليوم اتصالا هاتفيا من الرئيس المصري عبد الفتاح السيسي، "
        "بحسب بيان للديوان الملكي الهاشمي."
    )
    [event] = extract_events(text, "2022-06-01")
    assert {"Petra", "Jordanian royal court"} <= {s.name_en for s in event.sources}


def test_a_leaders_office_and_an_official_statement_elsewhere_are_sources():
    text = (
        "أجرى رئيس الوزراء العراقي مصطفى الكاظمي اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون.\n"
        "وقال مكتب الكاظمي في بيان إن الجانبين بحثا العلاقات الثنائية.\n"
        "وفي سياق منفصل أصدرت الرئاسة الفرنسية بيانا عن جولة الرئيس في أفريقيا."
    )
    [event] = extract_events(text, "2021-04-03")
    assert {"Iraqi prime minister's office", "French presidential press office"} <= {
        s.name_en for s in event.sources
    } or {"Iraqi prime minister's office", "Elysee"} <= {s.name_en for s in event.sources}


# Sources: "وكالة الأنباء" + a country adjective is that country's state agency --------------------


def test_national_news_agency_by_adjective_is_the_state_agency():
    text = (
        "ذكرت وكالة الأنباء السورية أن الرئيس السوري بشار الأسد تلقى اليوم اتصالا هاتفيا "
        "من الرئيس الإيراني إبراهيم رئيسي."
    )
    (event,) = extract_events(text, "2023-02-08")
    assert [s.name_en for s in event.sources] == ["SANA"]


def test_maghreb_agency_spelled_with_news_first():
    text = "بعث الملك محمد السادس برقية تهنئة إلى الرئيس التونسي قيس سعيد، نقلت مضمونها وكالة أنباء المغرب العربي."
    (event,) = extract_events(text, "2019-10-15")
    assert "MAP" in [s.name_en for s in event.sources]


# sources.quoted_matches: the matches of the quoted-outlet pattern, as finditer finds them.


def test_the_matches_are_those_of_finditer_on_random_texts() -> None:
    pattern = _quoted_pattern()
    assert pattern is not None
    kinds = list(_grammar_words()[1])[:6]
    pieces = [*kinds, "و", "ب", "ل", "ف", "ال", " ", " ", "«", "»", '"', "النهار", "الغد", "x", "\n", "،"]
    pieces += [f"{k} «النهار»" for k in kinds] + [f'و{k}"الغد"' for k in kinds]  # whole matches, often
    rng = random.Random(11)
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        expected = [m.span() for m in pattern.finditer(text, lo, hi)]
        assert [m.span() for m in quoted_matches(pattern, text, lo, hi)] == expected, (text, lo, hi)
        found += len(expected)
    assert found > 500  # the texts hold matches (next to each other, cut by the range, after a clitic)


# Source classes: official bodies written as places or as silent, and the other classes of
# attribution language.

CALL = "أجرى الرئيس الأمريكي دونالد ترامب اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون"


def test_an_official_body_written_as_a_place_is_no_source() -> None:
    # where someone met, went or worked, not who spoke
    assert "White House" not in sources(f"{CALL}، بعد أسبوع من لقائهما في البيت الأبيض.")
    assert "Elysee" not in sources(f"{CALL}، قبل أن يتوجه إلى قصر الإليزيه.")
    assert "White House" not in sources(f"{CALL}، ويعتقد مراقبون أن القرار اتخذ داخل البيت الأبيض.")


def test_an_official_body_with_the_clitic_of_place_is_no_source() -> None:
    text = "استقبل أمير قطر الشيخ تميم بن حمد آل ثاني الرئيس التركي رجب طيب أردوغان بالديوان الأميري."
    assert "Amiri Diwan" not in sources(text)


def test_an_insider_at_the_body_still_speaks_for_it() -> None:
    assert "White House" in sources(f"وقال مسؤول في البيت الأبيض إن {CALL}.")


def test_the_body_as_speaker_is_still_a_source() -> None:
    assert "White House" in sources(f"قال البيت الأبيض في بيان إن {CALL}.")


def test_a_body_said_to_keep_silent_is_no_source() -> None:
    assert "White House" not in sources(f"ذكرت صحيفة «لوموند» أن {CALL}، غير أن البيت الأبيض لم يعلن عن ذلك.")
    text = (
        "قالت وسائل إعلام إسرائيلية إن رئيس الوزراء الإسرائيلي بنيامين نتنياهو التقى ولي العهد السعودي الأمير "
        "محمد بن سلمان، ولم يصدر أي تعليق من مكتب نتنياهو."
    )
    assert "Israeli prime minister's office" not in sources(text, "2020-11-23")


def test_silence_of_one_body_leaves_another_source_of_the_sentence() -> None:
    text = f"وقالت مصادر فرنسية إن {CALL}، وامتنعت الرئاسة الفرنسية عن التعليق، فيما قال مسؤول أمريكي لوكالة رويترز إن الاتصال جرى."
    assert "Reuters" in sources(text)


def test_a_verb_without_subject_goes_on_with_the_source_before() -> None:
    text = (
        "وصل وزير الخارجية السعودي الأمير فيصل بن فرحان إلى الدوحة مساء اليوم. "
        "وأفادت وكالة الأنباء السعودية بأن الوزير عقد جلسة مع المسؤولين القطريين. "
        "وأوضحت أن أمير قطر الشيخ تميم بن حمد آل ثاني تلقى رسالة خطية من خادم الحرمين الشريفين الملك سلمان بن عبد العزيز."
    )
    message = next(e for e in extract_events(text, "2021-01-12") if e.type == "message")
    assert "SPA" in {s.name_en for s in message.sources}


def test_a_verb_without_subject_after_a_leaders_words_names_no_body() -> None:
    text = (
        "قال الرئيس التركي رجب طيب أردوغان إن المنطقة تمر بظروف صعبة. "
        "وأضاف أنه أجرى اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين."
    )
    assert not sources(text) - {"Recep Tayyip Erdoğan"}


TUNIS_CALL = "أجرى رئيس الجمهورية التونسية قيس سعيد اتصالا هاتفيا مع الرئيس الجزائري عبد المجيد تبون"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # spelling variants of agencies the way Arabic outlets write them
        (f"القاهرة (أ.ش.أ) - {CALL} اليوم.", "MENA"),
        (f"وقالت وكالة أسوشييتد برس إن {CALL}.", "AP"),
        (f"ونقلت وكالة فرانس-برس عن مسؤول أن {CALL}.", "AFP"),
        (f"وذكرت وكالة أنباء الصين الجديدة أن {CALL}.", "Xinhua"),
        (f"وبحسب وكالة أنباء الجمهورية الإسلامية، {CALL}.", "IRNA"),
        (f"وقالت وكالة بلومبرج إن {CALL}.", "Bloomberg"),
        (f"وذكرت وكالة أنباء العالم العربي أن {CALL}.", "AWP"),
        # the president's office named by its country
        (
            "وقال مكتب الرئيس الأوكراني إن الرئيس فولوديمير زيلينسكي أجرى اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون.",
            "Ukrainian presidential press office",
        ),
        # a chancellor's office named by its country speaks for its chancellor anywhere in the article
        (
            "قال مكتب المستشار الألماني إن المستشار يدعم المحادثات. وقال المكتب في بيان إن المستشار الألماني "
            "أولاف شولتس أجرى اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون.",
            "German chancellor's office",
        ),
        # a presidency called by its seat, after a cue; the Maghrebi communique "بلاغ"
        (f"وأعلن قصر قرطاج أن {TUNIS_CALL}.", "Tunisian presidential press office"),
        (f"{TUNIS_CALL}، وفق بلاغ لرئاسة الجمهورية.", "Tunisian presidential press office"),
        # the Omani royal court
        (
            "وقال الديوان السلطاني إن السلطان هيثم بن طارق تلقى اتصالا هاتفيا من أمير قطر الشيخ تميم بن حمد آل ثاني.",
            "Omani royal court",
        ),
    ],
)
def test_source_spellings_and_offices(text: str, name: str) -> None:
    assert name in sources(text, "2023-03-01")


def test_a_presidency_called_by_its_seat_is_a_place_without_a_cue() -> None:
    text = "استقبل الرئيس التونسي قيس سعيد الرئيس الجزائري عبد المجيد تبون في قصر قرطاج."
    assert "Tunisian presidential press office" not in sources(text, "2023-03-01")


def test_an_agency_closing_the_article_reports_every_event() -> None:
    text = (
        "أجرى الرئيس التركي رجب طيب أردوغان اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين اليوم. "
        "وفي وقت لاحق، تلقى أردوغان اتصالا هاتفيا من المستشار الألماني أولاف شولتس تناول الأوضاع الإقليمية.\n"
        "(الأناضول)"
    )
    events = extract_events(text, "2023-03-01")
    assert len(events) == 2 and all("Anadolu" in {s.name_en for s in e.sources} for e in events)


def test_an_agency_as_the_last_words_of_a_sentence_is_no_closing_credit() -> None:
    text = (
        "أجرى الرئيس التركي رجب طيب أردوغان اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين اليوم. "
        "وفي وقت لاحق، تلقى أردوغان اتصالا هاتفيا من المستشار الألماني أولاف شولتس تناول الأوضاع الإقليمية. "
        "وكان مسؤول تركي قد تحدث عن الأزمة في مقابلة مع رويترز"
    )
    first = next(
        e for e in extract_events(text, "2023-03-01") if "Vladimir Putin" in {p.name_en for p in e.participants}
    )
    assert "Reuters" not in {s.name_en for s in first.sources}


def test_a_pictures_credit_is_no_source() -> None:
    text = (
        "أجرى الرئيس التركي رجب طيب أردوغان اتصالا هاتفيا مع المستشارة الألمانية أنغيلا ميركل، بحسب وسائل إعلام تركية.\n"
        "أردوغان وميركل خلال لقاء سابق في برلين. أ ف ب/ أرشيف"
    )
    found = sources(text, "2020-01-10")
    assert "AFP" not in found and "Turkish media" in found


def test_a_turn_to_another_matter_ends_the_story_before() -> None:
    # an agency or outlet cited after the turn tells of that matter (an official body of a
    # participant's country still speaks for its leader anywhere: test_a_leaders_office_and_an_official_statement_elsewhere_are_sources)
    text = (
        "أجرى أمير قطر الشيخ تميم بن حمد آل ثاني اتصالا هاتفيا مع الرئيس الأمريكي جو بايدن، بحسب الديوان الأميري. "
        "وفي سياق آخر، ذكرت وكالة رويترز أن أسعار الغاز ارتفعت في أوروبا."
    )
    found = sources(text, "2022-01-20")
    assert "Amiri Diwan" in found and "Reuters" not in found


def test_the_lead_sentences_agency_is_not_the_source_of_another_story() -> None:
    text = (
        "كشفت وكالة الأنباء القطرية أن أمير قطر الشيخ تميم بن حمد آل ثاني أجرى اليوم اتصالا هاتفيا مع الرئيس "
        "التونسي الباجي قائد السبسي. وفي خبر منفصل، أجرى الرئيس التركي رجب طيب أردوغان اتصالا هاتفيا مع "
        "الرئيس التونسي الباجي قائد السبسي، بحسب وكالة الأناضول."
    )
    events = extract_events(text, "2018-01-12")
    turkish = next(e for e in events if "Recep Tayyip Erdoğan" in {p.name_en for p in e.participants})
    qatari = next(e for e in events if "Tamim bin Hamad Al Thani" in {p.name_en for p in e.participants})
    assert {s.name_en for s in turkish.sources} == {"Anadolu"}
    assert "QNA" in {s.name_en for s in qatari.sources}


def test_a_dateline_credit_reports_every_story() -> None:
    text = (
        "الدوحة (قنا) - أجرى أمير قطر الشيخ تميم بن حمد آل ثاني اليوم اتصالا هاتفيا مع الرئيس التونسي الباجي "
        "قائد السبسي. كما أجرى الرئيس التركي رجب طيب أردوغان اتصالا هاتفيا مع الرئيس التونسي، بحسب وكالة الأناضول."
    )
    assert all("QNA" in {s.name_en for s in e.sources} for e in extract_events(text, "2018-01-12"))


def test_the_articles_sole_cited_outlet_reports_events_told_without_a_source() -> None:
    text = (
        "بدأت صباح اليوم محادثات عبر الفيديو بين الرئيس الروسي فلاديمير بوتين ونظيره الصيني شي جين بينغ.\n"
        "وبحسب قناة «روسيا اليوم»، أشاد الرئيسان بمستوى العلاقات بين البلدين.\n"
        "وأبدى بوتين رغبته في زيارة بكين الشهر المقبل للقاء الرئيس الصيني شي جين بينغ."
    )
    events = extract_events(text, "2021-12-15")
    assert events and all("RT Arabic" in {s.name_en for s in e.sources} for e in events if not e.background)


def test_two_cited_outlets_leave_an_unsourced_event_without_one() -> None:
    lead = "أجرى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا مع العاهل الأردني الملك عبد الله الثاني. "
    other = "كما تلقى الرئيس المصري اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون، بحسب وكالة رويترز. "

    def lead_sources(text: str) -> set[str]:
        events = extract_events(text, "2023-10-20")
        return next(
            {s.name_en for s in e.sources}
            for e in events
            if "Abdullah II of Jordan" in {p.name_en for p in e.participants}
        )

    assert "Reuters" in lead_sources(lead + other)
    assert not lead_sources(lead + other + "\nوقالت قناة الجزيرة إن القمة تأجلت.") & {"Reuters", "Al Jazeera"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a state broadcaster named by its country, in either spelling
        (
            "أفاد التليفزيون المصري بأن الرئيس عبد الفتاح السيسي تلقى اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون.",
            "Egyptian state television",
        ),
        (
            "ذكرت وسائل الإعلام الحكومية الصينية أن الرئيس شي جين بينغ أجرى اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون.",
            "Chinese state media",
        ),
        # a headline that gives the body's words after a colon
        (
            "الرئاسة المصرية: السيسي يتلقى اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون\n"
            "تلقى الرئيس عبد الفتاح السيسي اليوم اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون.",
            "Egyptian presidential press office",
        ),
    ],
)
def test_state_media_and_headline_bodies(text: str, name: str) -> None:
    assert name in sources(text, "2023-03-01")


def test_a_sentence_that_ends_with_a_colon_credits_the_next() -> None:
    text = (
        "نشرت رئاسة الجمهورية التونسية على صفحتها الرسمية الخبر التالي:\n"
        "تلقى رئيس الجمهورية قيس سعيد اتصالا هاتفيا من الرئيس الجزائري عبد المجيد تبون."
    )
    assert "Tunisian presidential press office" in sources(text, "2023-03-01")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the spokesperson of a president, with or without the country, speaks for the presidency
        (
            "قال المتحدث باسم الرئيس الفلسطيني إن الرئيس محمود عباس تلقى اتصالا هاتفيا من العاهل الأردني الملك عبد الله الثاني.",
            "Palestinian presidential press office",
        ),
        (
            "وقال الناطق الرسمي باسم الرئاسة إن الرئيس عبد الفتاح السيسي تلقى اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون.",
            "Egyptian presidential press office",
        ),
        # ... and that of a prime minister for the prime minister's office
        (
            "وقال المتحدث باسم رئيس الوزراء إن رئيس الوزراء العراقي محمد شياع السوداني تلقى اتصالا هاتفيا من الرئيس "
            "الفرنسي إيمانويل ماكرون.",
            "Iraqi prime minister's office",
        ),
    ],
)
def test_spokespeople_of_leaders(text: str, name: str) -> None:
    assert name in sources(text, "2023-03-01")


def test_a_spokespersons_title_with_the_bodys_country_names_that_body() -> None:
    text = (
        "قال المتحدث باسم وزارة الخارجية الإيرانية إن الرئيس الإيراني مسعود بزشكيان أجرى اتصالا هاتفيا مع الرئيس "
        "الفرنسي إيمانويل ماكرون."
    )
    assert "Iranian foreign ministry" in sources(text, "2024-09-01")
    text = (
        "أكد المتحدث باسم الرئاسة الروسية أن الرئيس فلاديمير بوتين سيلتقي الرئيس التركي رجب طيب أردوغان الأسبوع المقبل."
    )
    assert "Kremlin" in sources(text, "2024-09-01")


def test_a_source_line_followed_by_the_pages_tags_and_links() -> None:
    text = (
        "تلقى ولي العهد السعودي الأمير محمد بن سلمان اتصالا هاتفيا من الرئيس الأمريكي جو بايدن.\n"
        "وبحث الجانبان خلال الاتصال مستجدات المنطقة.\n"
        "المصدر: سكاي نيوز عربية\n"
        "كلمات دلالية: السعودية الولايات المتحدة\n"
        "إقرأ أيضاً:\n"
        "فوز فريق محلي في مباراة ودية\n"
    )
    assert "Sky News Arabia" in sources(text, "2023-10-24")


# Article credits and back-references of sources.


def _last_sentence_sources(text: str, published: str) -> set[str]:
    a = read_article(text, published, reference_data(), None)
    lo, hi, _ = a.sentences[-1]
    return {s.name_en for s, _, _ in sentence_sources(a, lo, hi)}


OFFICE_FIRST = "ذكر مكتب المستشار الألماني أولاف شولتس أن المستشار يتابع ملف الطاقة عن كثب.\n"


def test_a_bare_office_after_a_cue_is_the_office_named_before() -> None:
    text = OFFICE_FIRST + "وأوضح المكتب في بيان أن شولتس تحدث هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون."
    assert "German chancellor's office" in _last_sentence_sources(text, "2023-05-10")


def test_an_office_with_a_definite_word_after_it_is_another_body() -> None:
    text = OFFICE_FIRST + "وأوضح المكتب السياسي للحزب في بيان أن شولتس تحدث هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون."
    assert "German chancellor's office" not in _last_sentence_sources(text, "2023-05-10")


def _names(events: list, who: str) -> set[str]:
    """The sources of the first event with the participant ``who``."""
    event = next(e for e in events if who in names(e))
    return {s.name_en for s in event.sources}


def test_an_agency_after_a_place_opening_a_line_below_the_pages_head() -> None:
    # the page's stamp, a section name and the headline (told twice) come before the dateline
    head = "ملك البحرين يتلقى اتصالين هاتفيين من الرئيس الفرنسي ورئيس الوزراء الهندي"
    text = (
        f"السبت 4 مايو 2024\nأخبار محلية\n{head}\n{head}\n\n"
        "المنامة ـ بنا: تلقى الملك حمد بن عيسى آل خليفة ملك البحرين اليوم اتصالا هاتفيا من الرئيس الفرنسي "
        "إيمانويل ماكرون. كما تلقى الملك اتصالا هاتفيا من رئيس الوزراء الهندي ناريندرا مودي."
    )
    events = extract_events(text, "2024-05-04")
    assert "BNA" in _names(events, "Emmanuel Macron") and "BNA" in _names(events, "Narendra Modi")


def test_a_word_that_names_an_agency_inside_a_line_is_no_dateline() -> None:
    # "بنا" in the middle of a sentence's line is the ordinary word, not the Bahraini agency
    text = (
        "تلقى الملك حمد بن عيسى آل خليفة ملك البحرين اليوم اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون، "
        "وقال إن الاتصال مر بنا: بحثنا فيه الأوضاع الإقليمية."
    )
    assert "BNA" not in sources(text, "2024-05-04")


def test_the_dateline_agency_reports_an_earlier_contact_told_in_passing() -> None:
    text = (
        "بكين 12 مايو (شينخوا) -- أجرى الرئيس الصيني شي جين بينغ اليوم الأحد اتصالا هاتفيا مع الرئيس الروسي "
        "فلاديمير بوتين. وكان الرئيسان قد التقيا في موسكو يوم 20 مارس الماضي."
    )
    events = extract_events(text, "2024-05-12")
    assert any(e.background for e in events)
    assert all("Xinhua" in {s.name_en for s in e.sources} for e in events)


def test_a_lead_citation_is_no_credit_for_an_earlier_contact() -> None:
    # the agency the lead sentence cites tells the news; the earlier meeting is the article's aside
    text = (
        "كشفت وكالة الأنباء القطرية أن أمير قطر الشيخ تميم بن حمد آل ثاني أجرى اليوم اتصالا هاتفيا مع الرئيس "
        "الفرنسي إيمانويل ماكرون. وكان الأمير قد التقى ماكرون في باريس يوم 3 فبراير الماضي."
    )
    background = [e for e in extract_events(text, "2024-05-12") if e.background]
    assert background and all("QNA" not in {s.name_en for s in e.sources} for e in background)


def test_a_national_agency_named_by_its_country_is_a_cited_medium() -> None:
    # "وكالة الأنباء السورية" (SANA, named by its country) and "قنا" are both cited: neither is the
    # article's sole medium, so the call told without a source takes neither
    text = (
        "بعث الرئيس السوري بشار الأسد برقية تهنئة إلى الرئيس الجزائري عبد المجيد تبون، وفق ما أوردته وكالة "
        "الأنباء السورية.\n"
        "وفي الجزائر، أجرى رئيس الحكومة الإيطالية جورجيا ميلوني مساء اليوم اتصالا هاتفيا مع تبون.\n"
        "وذكرت قنا أن أمير قطر الشيخ تميم بن حمد آل ثاني بعث برقية تهنئة إلى تبون."
    )
    events = extract_events(text, "2023-05-10")
    assert "SANA" in _names(events, "Bashar al-Assad")
    assert "QNA" not in _names(events, "Giorgia Meloni") | _names(events, "Bashar al-Assad")


def test_a_body_speaks_for_its_leader_named_without_a_country() -> None:
    # "المستشارة" carries no country; her office's country on the day is Germany
    text = (
        "أعلن مكتب المستشارة الألمانية أنغيلا ميركل أن برلين تتابع ملف الطاقة.\n"
        "وفي وقت لاحق، بحثت المستشارة في اتصال هاتفي مع الرئيس الفرنسي إيمانويل ماكرون أزمة الطاقة."
    )
    assert "German chancellor's office" in _names(extract_events(text, "2019-05-10"), "Angela Merkel")


KUWAIT_CALL = "تلقى أمير الكويت الشيخ نواف الأحمد الجابر الصباح اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an agency's Latin-script name in a dateline, a closing credit or a source line
        (f"الكويت (KUNA) -- {KUWAIT_CALL}.", "KUNA"),
        (f"{KUWAIT_CALL} مساء اليوم. (AFP)", "AFP"),
        (f"{KUWAIT_CALL}.\nالمصدر: Reuters", "Reuters"),
        # an English word as a name only after a cue
        (f"{KUWAIT_CALL}، حسب ما نقلت وكالة SPA.", "SPA"),
        # the country's name after "وكالة أنباء"
        (f"{KUWAIT_CALL}، بحسب ما أوردته وكالة أنباء الكويت.", "KUNA"),
    ],
)
def test_agency_names_in_latin_script_and_by_country(text: str, name: str) -> None:
    assert name in sources(text, "2022-05-05")


def test_an_outlets_latin_brand_as_its_own_dateline_is_no_source() -> None:
    text = f"دبي، الإمارات العربية المتحدة (CNN) - {KUWAIT_CALL}."
    assert "CNN" not in sources(text, "2022-05-05")


def test_a_name_inside_a_templates_span_is_the_body() -> None:
    # "وكالة أنباء ... اليابانية" around a name of its own is that agency, not a Japanese agency besides
    text = (
        "أجرى رئيس الوزراء الياباني فوميو كيشيدا اتصالا هاتفيا مع الرئيس الكوري الجنوبي يون سوك يول، "
        "وفقا لما نقلته وكالة أنباء /كيودو/ اليابانية."
    )
    found = sources(text, "2022-05-12")
    assert "Kyodo" in found and "Japanese news agency" not in found


def test_words_said_during_the_contact_do_not_make_the_speaker_its_source() -> None:
    text = (
        "بكين 8 يونيو (شينخوا) -- قال الرئيس الصيني شي جين بينغ اليوم إن بلاده تدعم التعاون الدولي في مكافحة "
        "الأوبئة، وأدلى شي بهذه الكلمات خلال محادثة عبر الفيديو مع المستشار الألماني أولاف شولتس."
    )
    found = sources(text, "2022-06-08")
    assert "Xinhua" in found and "Xi Jinping" not in found


def test_a_statement_that_tells_of_the_contact_credits_the_speaker() -> None:
    text = (
        "التقت رئيسة الوزراء الإيطالية جورجيا ميلوني اليوم الرئيس التونسي قيس سعيد في قرطاج. "
        "جاء ذلك في بيان لميلوني عقب اللقاء."
    )
    assert "Giorgia Meloni" in sources(text, "2023-06-06")


def test_a_post_on_another_matter_is_no_source_of_a_contact_after_its_full_stop() -> None:
    # the quote closes the post's sentence; the planned visit is told in the next one
    text = (
        "أجرى الرئيس الأمريكي دونالد ترامب اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان، بحسب البيت الأبيض. "
        "وقال ترامب في تغريدة لاحقة إنه سيفرض رسوما جديدة «إذا لزم الأمر». ومن المقرر أن يزور أردوغان "
        "واشنطن الشهر المقبل."
    )
    assert "Donald Trump" not in sources(text, "2019-10-10")


def test_a_roundups_continuation_credits_the_events_of_the_people_it_names() -> None:
    text = (
        "بعث العاهل البحريني الملك حمد بن عيسى آل خليفة والرئيس الفلسطيني محمود عباس اليوم برقيتي تهنئة إلى "
        "الرئيس الصيني شي جين بينغ بمناسبة إعادة انتخابه.\n"
        "وبحسب وكالة أنباء البحرين، أعرب الملك حمد في برقيته عن أطيب تمنياته للشعب الصيني.\n"
        "وذكرت وكالة وفا أن عباس تمنى للرئيس الصيني النجاح في مهامه."
    )
    events = extract_events(text, "2023-03-10")
    assert "BNA" in _names(events, "Hamad bin Isa Al Khalifa")
    assert "BNA" not in _names(events, "Mahmoud Abbas") and "WAFA" not in _names(events, "Hamad bin Isa Al Khalifa")


def test_an_official_body_is_no_source_of_contacts_without_its_country() -> None:
    # the Iraqi ministry tells of its own minister's call; the Omani-Qatari call is not its report
    text = (
        "أجرى وزير الخارجية العماني يوسف بن علوي بن عبد الله اتصالا هاتفيا مع وزير الخارجية القطري محمد بن "
        "عبد الرحمن آل ثاني، وفق وزارة الخارجية العمانية.\n"
        "من جهتها قالت وزارة الخارجية العراقية إن الوزير العماني تحدث مع نظيره العراقي هاتفيا عن التعاون."
    )
    found = _names(extract_events(text, "2019-12-29"), "Mohammed bin Abdulrahman Al Thani")
    assert "Omani foreign ministry" in found and "Iraqi foreign ministry" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a presidency's press service or press secretary (wording of translated wire copy)
        (
            "أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع الرئيس الكازاخستاني قاسم جومارت توكاييف، "
            "بحسب الخدمة الصحفية للرئيس الكازاخستاني.",
            "Kazakh presidential press office",
        ),
        # "the leader's office" of the outlet's translation, after "جاء ذلك في"
        (
            "تحدث الرئيس المصري عبد الفتاح السيسي هاتفيا مع الرئيس الروسي فلاديمير بوتين. "
            "جاء ذلك في مكتب الزعيم المصري.",
            "Egyptian presidential press office",
        ),
        # a foreign ministry's long name, then the country
        (
            "تلقى وزير الخارجية المصري سامح شكري اتصالا هاتفيا من وزير الخارجية الأردني أيمن الصفدي، بحسب بيان "
            "لوزارة الخارجية وشؤون المغتربين الأردنية.",
            "Jordanian foreign ministry",
        ),
    ],
)
def test_press_services_and_long_ministry_names(text: str, name: str) -> None:
    assert name in sources(text, "2022-05-05")


def test_the_office_of_a_leader_named_by_surname_with_a_clitic() -> None:
    text = (
        "استقبل رئيس مجلس الوزراء العراقي مصطفى الكاظمي في بغداد اليوم وزير الخارجية الإيراني محمد جواد ظريف، "
        "وفق بيان للمكتب الإعلامي للكاظمي."
    )
    assert "Iraqi prime minister's office" in sources(text, "2021-04-26")


def test_a_named_member_stands_for_the_kind_of_media_before_it() -> None:
    text = (
        "أجرى الرئيس الأمريكي دونالد ترامب اتصالا هاتفيا مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو، "
        "وذكرت وسائل إعلام إسرائيلية، بينها صحيفة هآرتس، أن الاتصال تناول الملف الإيراني."
    )
    found = sources(text, "2019-03-20")
    assert "Haaretz" in found and "Israeli media" not in found


def test_the_start_of_a_countrys_name_is_no_channel() -> None:
    # "العربية" of "العربية السعودية" after a verb of saying is the country, not the channel
    text = (
        "أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع ولي العهد السعودي الأمير محمد بن سلمان. "
        "وأكد ولي عهد العربية السعودية خلال الاتصال أهمية استقرار أسواق الطاقة."
    )
    assert "Al Arabiya" not in sources(text, "2022-04-16")


def test_a_source_line_body_of_another_country_is_no_source() -> None:
    # the Qatari diwan on the source line of a call between the Omani sultan and the French president
    text = "تلقى سلطان عمان هيثم بن طارق اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون.\nالمصدر: الديوان الأميري"
    assert "Amiri Diwan" not in sources(text, "2022-05-05")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "أجرى رئيس الوزراء الماليزي أنور إبراهيم اتصالا هاتفيا مع الرئيس الإندونيسي جوكو ويدودو، بحسب برناما.",
            "Malaysian news agency",
        ),
        (
            "أجرى الرئيس الأذربيجاني إلهام علييف اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان، وفق أذرتاج.",
            "Azerbaijani news agency",
        ),
    ],
)
def test_a_national_agency_by_its_own_name_is_the_countrys_news_agency(text: str, name: str) -> None:
    # the name of its own and "وكالة الأنباء الماليزية" are one source, under the built name
    assert name in sources(text, "2023-09-13")


def test_an_earlier_statement_of_a_body_is_no_report_of_the_contact() -> None:
    text = (
        "التقى الرئيس الجزائري عبد المجيد تبون في مسقط اليوم سلطان عمان هيثم بن طارق، بحسب وكالة الأنباء "
        "العمانية. ووصل تبون إلى مسقط قادما من القاهرة في جولة عربية، وفق بيان سابق للرئاسة الجزائرية."
    )
    assert "Algerian presidential press office" not in {
        s.name_en for e in extract_events(text, "2023-12-12") for s in e.sources
    }


def test_earlier_the_same_day_a_body_still_reports_the_contact() -> None:
    text = (
        "أجرى الرئيس الأمريكي جو بايدن اتصالا هاتفيا مع العاهل الأردني الملك عبد الله الثاني، بحسب وكالة بترا. "
        "وفي وقت سابق من اليوم ذكر البيت الأبيض أن الرئيس شدد خلال الاتصال على دعم عمّان."
    )
    assert "White House" in sources(text, "2021-04-08")


# Source grammar: the forms in which outlets credit a report.

PUTIN_ERDOGAN_CALL = "أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an outlet's name in quotes after its kind word
        (f"وذكرت صحيفة «إزفستيا» الروسية أن {PUTIN_ERDOGAN_CALL}.", "Izvestia"),
        (f'ووفقا لوكالة "تاس" {PUTIN_ERDOGAN_CALL} أمس.', "TASS"),
        # a verb after its subject
        (
            f"{PUTIN_ERDOGAN_CALL}. والرئاسة التركية قد أعلنت بدورها تفاصيل المباحثات.",
            "Turkish presidential press office",
        ),
        # a country's long name after a template
        (f"أعلنت رئاسة الجمهورية التركية أن {PUTIN_ERDOGAN_CALL}.", "Turkish presidential press office"),
        # the prime minister's seat
        (
            "تحدث رئيس الوزراء البريطاني كير ستارمر هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون، بحسب داونينغ ستريت.",
            "British prime minister's office",
        ),
        # an agency ending the dateline's line
        (f"الرباط - ومع\n{PUTIN_ERDOGAN_CALL}.", "MAP"),
        (f"موسكو - أ.ف.ب:\n{PUTIN_ERDOGAN_CALL}.", "AFP"),
    ],
)
def test_source_forms(text: str, name: str) -> None:
    assert name in sources(text)


def test_the_official_agency_is_the_participants_countrys_own() -> None:
    text = "تلقى أمير قطر الشيخ تميم بن حمد آل ثاني اتصالا هاتفيا من الرئيس الأمريكي جو بايدن، وفق ما أوردت الوكالة الرسمية."
    assert "QNA" in sources(text, "2023-03-01")


def test_a_royal_court_statement_on_a_crown_princes_call() -> None:
    text = "وقال الديوان الملكي في بيان إن ولي العهد الأمير محمد بن سلمان تلقى اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون."
    assert "Saudi royal court" in sources(text, "2023-03-01")


def test_the_office_of_a_leader_named_after_their_title() -> None:
    text = "أفاد مكتب رئيس الوزراء البريطاني كير ستارمر بأنه تحدث هاتفيا مع الرئيس الأوكراني فولوديمير زيلينسكي."
    assert "British prime minister's office" in sources(text, "2025-02-01")


def test_a_leader_who_announces_the_contact_is_its_source_not_the_platform() -> None:
    text = "كتب الرئيس الأمريكي دونالد ترامب على منصة تروث سوشيال أنه أجرى مكالمة مع الرئيس الروسي فلاديمير بوتين."
    found = sources(text, "2025-02-13")
    assert "Donald Trump" in found and "Truth Social" not in found


def test_a_person_quoted_on_the_contact() -> None:
    text = "ونقلت وكالة تاس عن يوري أوشاكوف قوله إن بوتين وترامب تحدثا هاتفيا لمدة ساعة."
    assert {"TASS", "Yuri Ushakov"} <= sources(text, "2025-02-13")


def test_own_words_after_a_colon() -> None:
    text = (
        'وقال وزير الخارجية الإيراني عباس عراقجي: "تلقيت اليوم اتصالا هاتفيا من وزير الخارجية العماني بدر البوسعيدي".'
    )
    assert "Abbas Araghchi" in sources(text, "2025-02-13")


def test_a_person_who_is_only_talked_about_is_no_source() -> None:
    text = (
        "أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان تناولا خلاله الوضع في سوريا."
    )
    assert sources(text) == set()


def test_a_minister_of_information_is_no_media() -> None:
    text = f"{PUTIN_ERDOGAN_CALL}. وكشف وزير الإعلام التركي فحوى الاتصال."
    assert "Turkish media" not in sources(text)


def test_a_quoted_channel_is_the_channel_not_its_countrys_media() -> None:
    text = f'{PUTIN_ERDOGAN_CALL}. وحسب قناة "روسيا اليوم" بحث الرئيسان الوضع في سوريا.'
    found = sources(text)
    assert "RT Arabic" in found and "Russian media" not in found


def test_the_paper_named_before_is_the_source_of_a_later_sentence() -> None:
    text = (
        "ذكرت صحيفة هآرتس أن رئيس الوزراء الإسرائيلي بنيامين نتنياهو طلب مكالمة مع الرئيس التركي. "
        "وأضافت الصحيفة أن الرئيس الإسرائيلي إسحاق هرتسوغ أجرى اتصالا هاتفيا بالرئيس التركي رجب طيب أردوغان."
    )
    call = next(
        e for e in extract_events(text, "2022-03-01") if {p.name_en for p in e.participants} >= {"Isaac Herzog"}
    )
    assert "Haaretz" in {s.name_en for s in call.sources}


def test_a_sentence_retelling_the_contact_credits_the_one_who_tells_it() -> None:
    text = (
        "تحادث الرئيس الأمريكي جو بايدن هاتفيا مساء أمس مع رئيس الوزراء الهندي ناريندرا مودي. "
        "وفي منشور على منصة إكس صباح اليوم، ذكر مودي أن المكالمة كانت مثمرة."
    )
    (event,) = extract_events(text, "2021-02-09")
    assert "Narendra Modi" in {s.name_en for s in event.sources}


def test_a_quoted_channel_with_its_countrys_adjective_is_the_channel() -> None:
    text = f"{PUTIN_ERDOGAN_CALL}، حسب قناة «المملكة» الأردنية."
    found = sources(text)
    assert "Al Mamlaka TV" in found and "Jordanian media" not in found


def test_unnamed_presidential_sources() -> None:
    text = "وأفادت مصادر رئاسية لوكالة الأناضول بأن الرئيس التركي رجب طيب أردوغان تلقى اتصالا هاتفيا من الرئيس الروسي فلاديمير بوتين."
    assert {"Turkish presidential sources", "Anadolu"} <= sources(text, "2020-03-01")


def test_the_office_of_a_prime_minister_named_with_a_long_title() -> None:
    text = (
        "أعلن مكتب رئيس وزراء حكومة الاحتلال الإسرائيلي نفتالي بينيت اليوم أن بينيت تلقى اتصالا هاتفيا "
        "من الرئيس الأمريكي جو بايدن."
    )
    found = sources(text, "2022-04-17")
    assert "Israeli prime minister's office" in found and "Israeli government" not in found


def test_a_ministers_title_is_no_official_source() -> None:
    text = (
        "استقبل أمير قطر الشيخ تميم بن حمد آل ثاني نائب وزير شؤون الديوان الأميري، ثم تلقى اتصالا هاتفيا "
        "من الرئيس التركي رجب طيب أردوغان."
    )
    assert "Amiri Diwan" not in sources(text, "2024-03-15")


# Attribution constructions: insiders in the dual, spokespeople named again, posts, offices.


def _sources_of(text: str, published: str, who: str) -> set[str]:
    """The sources of the first event with the participant ``who``."""
    event = next(e for e in extract_events(text, published) if who in names(e))
    return {s.name_en for s in event.sources}


def test_two_insiders_in_the_dual_are_the_countrys_sources() -> None:
    text = (
        "أكد مصدران مصريان أن الرئيس عبد الفتاح السيسي سيلتقي العاهل الأردني الملك عبد الله الثاني "
        "في العقبة الأسبوع المقبل."
    )
    assert "Egyptian sources" in _sources_of(text, "2021-03-02", "Abdel Fattah el-Sisi")


def test_two_insiders_after_a_quoting_preposition_are_sources_too() -> None:
    text = (
        "نقلت الصحيفة عن مصدرين أردنيين أن الملك عبد الله الثاني بحث هاتفيا مع الرئيس الفرنسي "
        "إيمانويل ماكرون أوضاع المنطقة."
    )
    assert "Jordanian sources" in _sources_of(text, "2021-03-02", "Emmanuel Macron")


def test_the_office_of_the_premiership_speaks_for_the_prime_minister_taking_part() -> None:
    text = (
        "التقى رئيس الوزراء الإسباني بيدرو سانشيز اليوم الملك محمد السادس في الرباط، "
        "وفقا لبيان صدر عن مكتب رئاسة الوزراء."
    )
    assert "Spanish prime minister's office" in _sources_of(text, "2022-03-20", "Mohammed VI of Morocco")


def test_al_ahrams_english_site_is_al_ahram() -> None:
    text = (
        "استقبل الرئيس عبد الفتاح السيسي اليوم في القاهرة ولي العهد السعودي الأمير محمد بن سلمان.\n"
        "(المصدر: الأهرام أونلاين)"
    )
    assert "Al Ahram" in _sources_of(text, "2022-06-20", "Abdel Fattah el-Sisi")


def test_the_spokesperson_again_is_the_body_he_spoke_for_before() -> None:
    text = (
        "أعلنت وزارة الخارجية الأردنية أن الوزير أيمن الصفدي يبدأ غدا جولة خليجية.\n"
        "وأوضح المتحدث أن الصفدي سيلتقي في الكويت نظيره الكويتي."
    )
    a = read_article(text, "2023-01-10", reference_data(), None)
    lo, hi, _ = a.sentences[-1]
    assert "Jordanian foreign ministry" in {src.name_en for src, _, _ in sentence_sources(a, lo, hi)}


def test_a_spokesperson_of_another_body_is_no_anaphor() -> None:
    text = (
        "أعلنت وزارة الخارجية الأردنية أن الوزير أيمن الصفدي يبدأ غدا جولة خليجية.\n"
        "وقال المتحدث باسم الحكومة الكويتية إن الصفدي سيلتقي في الكويت نظيره الكويتي."
    )
    a = read_article(text, "2023-01-10", reference_data(), None)
    lo, hi, _ = a.sentences[-1]
    named = {src.name_en for src, _, _ in sentence_sources(a, lo, hi)}
    assert "Kuwaiti government spokesperson" in named
    assert "Jordanian foreign ministry" not in named


def test_a_leader_named_by_office_and_country_posts_of_his_meeting() -> None:
    text = (
        "استقبل الرئيس الفرنسي إيمانويل ماكرون اليوم في باريس الرئيس الجزائري عبد المجيد تبون.\n"
        "وقال رئيس فرنسا في تغريدة له على منصة إكس: سعدت بلقاء الرئيس تبون وبحثنا التعاون بين بلدينا."
    )
    assert "Emmanuel Macron" in _sources_of(text, "2023-05-02", "Abdelmadjid Tebboune")


def test_a_post_quoted_before_the_reception_it_tells_of() -> None:
    text = (
        "وقال رئيس فرنسا في تغريدة له على منصة إكس: أرحب بالرئيس عبد المجيد تبون في باريس.\n"
        "وكان الرئيس الفرنسي إيمانويل ماكرون قد استقبل الرئيس الجزائري عبد المجيد تبون في قصر الإليزيه."
    )
    assert "Emmanuel Macron" in _sources_of(text, "2023-05-02", "Abdelmadjid Tebboune")


def test_abiy_by_his_given_name_writes_in_the_first_person_of_the_reception() -> None:
    text = (
        "استقبل رئيس الوزراء الإثيوبي آبي أحمد اليوم في أديس أبابا الرئيس الكيني وليام روتو.\n"
        "وكتب آبي على تويتر: سعيد باستقبالي أخي اليوم."
    )
    assert "Abiy Ahmed" in _sources_of(text, "2023-02-10", "William Ruto")


def test_a_post_of_another_matter_is_no_source() -> None:
    text = (
        "استقبل الرئيس الفرنسي إيمانويل ماكرون اليوم في باريس الرئيس الجزائري عبد المجيد تبون.\n"
        "وقال رئيس فرنسا في تغريدة له على منصة إكس إن الحكومة ستخفض الضرائب."
    )
    assert "Emmanuel Macron" not in _sources_of(text, "2023-05-02", "Abdelmadjid Tebboune")


def test_the_one_told_after_a_verb_of_informing_is_no_announcer() -> None:
    text = (
        "التقى الرئيس التركي رجب طيب أردوغان الرئيس السوداني عمر البشير في إسطنبول أمس، "
        "وأوضح المسؤول أن أردوغان أبلغ البشير بأنه سيجري زيارة إلى الخرطوم لبحث التعاون."
    )
    assert "Omar al-Bashir" not in _sources_of(text, "2017-12-14", "Omar al-Bashir")


def test_a_new_speaker_in_one_word_takes_no_earlier_body() -> None:
    text = (
        "وصل الرئيس السوداني عمر البشير إلى الخرطوم قادما من إسطنبول.\n"
        "وقال المتحدث باسم وزارة الخارجية السودانية، خالد عبدالكريم، للصحفيين إن الزيارة كانت ناجحة.\n"
        "وأضاف مراسلنا أن البشير التقى على هامش القمة الرئيس التركي رجب طيب أردوغان."
    )
    a = read_article(text, "2017-12-14", reference_data(), None)
    lo, hi, _ = a.sentences[-1]
    assert "Sudanese foreign ministry" not in {src.name_en for src, _, _ in sentence_sources(a, lo, hi)}


def test_the_official_named_again_is_his_ministry_in_that_sentence() -> None:
    text = (
        "وصل الرئيس السوداني عمر البشير إلى الخرطوم قادما من إسطنبول.\n"
        "وقال المتحدث باسم وزارة الخارجية السودانية، خالد عبدالكريم، للصحفيين إن الزيارة كانت ناجحة.\n"
        "وأضاف عبدالكريم أن البشير التقى على هامش القمة الرئيس التركي رجب طيب أردوغان."
    )
    a = read_article(text, "2017-12-14", reference_data(), None)
    lo, hi, _ = a.sentences[-1]
    assert "Sudanese foreign ministry" in {src.name_en for src, _, _ in sentence_sources(a, lo, hi)}


def test_the_office_of_the_sovereign_councils_head_is_the_council() -> None:
    text = (
        "قال مكتب رئيس مجلس السيادة الانتقالي في السودان عبد الفتاح البرهان في بيان إن البرهان "
        "تلقى اتصالا هاتفيا من الرئيس الأوغندي يويري موسيفيني."
    )
    assert _sources_of(text, "2020-05-28", "Yoweri Museveni") == {"Sudanese Sovereign Council"}


def test_a_leader_in_the_reported_clause_of_an_office_is_not_its_holder() -> None:
    text = (
        "عاد الفريق أول عبد الفتاح البرهان إلى الخرطوم أمس.\n"
        "وذكر مكتب رئيس مجلس السيادة، مساء الأحد، أن البرهان تلقى مكالمة من الرئيس الأوغندي يويري موسيفيني."
    )
    assert "Sudanese presidential press office" not in _sources_of(text, "2020-05-28", "Yoweri Museveni")


# Posts, photo credits, palaces and diwans, bodies that acknowledged a contact or kept silent.

SUDANI_BIDEN_CALL = (
    "تلقى رئيس الوزراء العراقي محمد شياع السوداني مساء الخميس اتصالا هاتفيا من الرئيس الأمريكي جو بايدن.\n"
)


def test_a_participants_post_after_the_contact_about_it_is_its_source() -> None:
    text = SUDANI_BIDEN_CALL + "وقال السوداني عبر حسابه في منصة إكس إن الحديث دار حول ملف الطاقة والاستثمار."
    assert "Mohammed Shia al-Sudani" in _sources_of(text, "2023-03-16", "Joe Biden")


def test_a_post_with_no_subject_goes_on_with_the_speaker_of_the_sentence_before() -> None:
    text = (
        SUDANI_BIDEN_CALL + "وأكد السوداني أن بغداد ماضية في تعزيز شراكتها مع واشنطن.\n"
        "وأضاف عبر منصة إكس: تباحثنا مع الرئيس بايدن في أمن المنطقة."
    )
    assert "Mohammed Shia al-Sudani" in _sources_of(text, "2023-03-16", "Joe Biden")


def test_a_later_post_on_another_matter_is_no_source_of_the_contact() -> None:
    text = SUDANI_BIDEN_CALL + "وكتب السوداني في منشور لاحق على منصة إكس أن حكومته ستقر الموازنة قريبا."
    assert "Mohammed Shia al-Sudani" not in _sources_of(text, "2023-03-16", "Joe Biden")


def test_a_post_named_as_someones_words_is_no_subjects_post() -> None:
    text = SUDANI_BIDEN_CALL + "ولم يتطرق البيان إلى تعليقات السوداني على منصة إكس حول الحديث."
    assert "Mohammed Shia al-Sudani" not in _sources_of(text, "2023-03-16", "Joe Biden")


def test_a_photo_label_before_an_agency_is_a_pictures_credit_not_a_dateline() -> None:
    text = (
        "ملك المغرب يستقبل رئيس الإمارات\nصورة- ومع\nموقع إخباري - الرباط\n"
        "استقبل الملك محمد السادس اليوم الرئيس الإماراتي الشيخ محمد بن زايد آل نهيان في الرباط."
    )
    assert "MAP" not in _sources_of(text, "2023-12-04", "Mohammed VI of Morocco")


def test_a_palace_after_a_part_of_the_building_is_a_place() -> None:
    text = (
        "استقبل الرئيس الفرنسي إيمانويل ماكرون اليوم الشيخ محمد بن زايد آل نهيان رئيس دولة الإمارات.\n"
        "وعند مدخل قصر الإليزيه صافح ماكرون ضيفه محمد بن زايد قبل المحادثات."
    )
    assert "Elysee" not in _sources_of(text, "2022-07-18", "Emmanuel Macron")


def test_a_prime_ministers_diwan_is_his_office() -> None:
    text = (
        "تلقى أمير قطر الشيخ تميم بن حمد آل ثاني اتصالا هاتفيا من رئيس الوزراء البحريني خليفة بن سلمان آل خليفة، "
        "حسبما أعلن ديوان رئيس الوزراء البحريني في بيان مقتضب."
    )
    assert "Bahraini prime minister's office" in _sources_of(text, "2019-05-06", "Tamim bin Hamad Al Thani")


def test_a_magazine_with_its_country_is_that_countrys_media() -> None:
    text = "سيلتقي الملك محمد السادس الرئيس الأمريكي دونالد ترامب الأحد في فلوريدا، حسب مجلة فرنسية."
    assert "French media" in _sources_of(text, "2017-04-14", "Donald Trump")


def test_a_body_that_acknowledged_the_contact_is_its_source() -> None:
    text = "واعترفت الخارجية الليبية بأن الوزيرة نجلاء المنقوش التقت نظيرها الإسرائيلي إيلي كوهين خلال زيارة لإيطاليا."
    assert "Libyan foreign ministry" in _sources_of(text, "2023-08-28", "Najla Mangoush")


def test_a_senior_official_in_a_body_speaks_for_it() -> None:
    text = (
        "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي أنتوني بلينكن على هامش القمة.\n"
        "وأكد مسؤول رفيع في الخارجية الأمريكية أن اللقاء العابر لم يتجاوز ربع ساعة."
    )
    assert "State Department" in _sources_of(text, "2023-03-02", "Sergey Lavrov")


def test_a_body_quoted_in_an_earlier_step_speaks_only_for_the_people_it_names() -> None:
    text = (
        "وصل رئيس الوزراء الليبي عبد الحميد الدبيبة إلى الدوحة حيث يلتقي غدا أمير قطر الشيخ تميم بن حمد آل ثاني.\n"
        "وكانت وزارة الخارجية الليبية قد أعلنت الشهر الماضي إيقاف الوزيرة نجلاء المنقوش عن العمل."
    )
    assert "Libyan foreign ministry" not in _sources_of(text, "2023-09-09", "Tamim bin Hamad Al Thani")


def test_a_country_that_takes_no_part_may_still_have_its_press_cited() -> None:
    text = "سيلتقي الملك محمد السادس الرئيس الأمريكي دونالد ترامب الأحد في فلوريدا، حسب صحيفة إسبانية."
    assert "Spanish media" in _sources_of(text, "2017-04-14", "Donald Trump")


def test_a_body_that_did_not_disclose_the_talk_is_no_source_of_it() -> None:
    text = (
        "تحدث رئيس الوزراء الإسرائيلي بنيامين نتنياهو هاتفيا مع الرئيس الأمريكي دونالد ترامب مساء الاثنين.\n"
        "وحتى صباح اليوم لم يفصح الجانب الإسرائيلي ولا البيت الأبيض عن فحوى الاتصال."
    )
    assert "White House" not in _sources_of(text, "2025-06-09", "Donald Trump")


def test_a_silence_in_one_clause_does_not_reach_a_source_in_the_next() -> None:
    text = (
        "أفادت صحيفة تركية بأن الرئيس التركي رجب طيب أردوغان تحدث هاتفيا مع الرئيس السوري بشار الأسد، "
        "ورفضت الرئاسة التركية التعليق، بينما أكد مصدر سوري لوكالة فرانس برس حصول الاتصال."
    )
    assert "AFP" in _sources_of(text, "2023-01-05", "Bashar al-Assad")


def test_the_secretariat_of_a_taking_part_secretary_general_is_its_organisations() -> None:
    text = (
        "التقى أحمد أبو الغيط الرئيس الجزائري عبد المجيد تبون في الجزائر اليوم، "
        "وفق ما أعلن المتحدث الرسمي باسم الأمين العام."
    )
    assert "Arab League" in _sources_of(text, "2022-10-16", "Abdelmadjid Tebboune")


def test_an_office_that_refused_to_comment_verb_first_is_no_source() -> None:
    text = (
        "ذكرت قناة إسرائيلية أن رئيس الوزراء الإسرائيلي بنيامين نتنياهو تحدث هاتفيا مع الرئيس الإماراتي محمد بن زايد، "
        "فيما رفض مكتب نتنياهو تأكيد ذلك."
    )
    assert "Israeli prime minister's office" not in _sources_of(text, "2021-03-14", "Benjamin Netanyahu")
