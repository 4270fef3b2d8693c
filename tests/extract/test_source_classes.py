"""Source classes (issue 11, ACC4): official bodies written as places or as silent, and the other
classes of attribution language; each rule on sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import sources

from rasd.extract import extract_events

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
    # participant's country still speaks for its leader anywhere: tests/extract/test_error_shapes.py)
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
