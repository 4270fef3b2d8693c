"""scan.sentences: lines a scraped page breaks around links are read as one sentence."""

from rasd.extract import extract_events
from rasd.extract.scan import sentences
from rasd.normalize import normalize


def _read(text: str) -> list[tuple[str, bool]]:
    norm = normalize(text).text
    return [(" ".join(norm[lo:hi].split()), heading) for lo, hi, heading in sentences(norm)]


def test_a_name_written_as_a_link_stays_in_its_sentence() -> None:
    text = (
        "عنوان الخبر هنا\nأعلن رئيس الوزراء\nفلان الفلاني\n، صباح اليوم، أنه سيزور المدينة في إطار جولة تشمل"
        " عددا من المحافظات الجنوبية والشرقية خلال الأسبوع المقبل.\nوختم كلامه بالشكر."
    )
    read = _read(text)
    assert read[0][1]  # the title stays a heading
    assert len(read) == 3
    assert not read[1][1] and read[1][0].startswith("اعلن") and "سيزور" in read[1][0]


def test_a_line_ending_with_a_preposition_goes_on() -> None:
    read = _read("وقال المتحدث إن الوفد وصل إلى\nالعاصمة\nأنه سيبقى يومين.\nسطر أخير.")
    assert len(read) == 2 and "العاصمه" in read[0][0] and not read[0][1]


def test_an_open_quotation_goes_on() -> None:
    read = _read('وأكد الوزير أن "أمن\nالمنطقة\nواستقرارها" أولوية.\nسطر أخير.')
    assert len(read) == 2 and "واستقرارها" in read[0][0]


def test_headings_and_stamps_are_not_glued() -> None:
    text = (
        "زيارة رسمية إلى الجزائر\nالمصدر نيوز\n12-03-2025\n|\n10:30\nوصل الرئيس إلى الجزائر اليوم في زيارة"
        " رسمية تدوم يومين يبحث خلالها ملفات التعاون الاقتصادي والأمني وقضايا المنطقة.\nأهمية التعاون\n"
        "وأكد الطرفان أهمية التعاون في مجالات الطاقة والنقل والتعليم وتبادل الخبرات بين المؤسسات."
    )
    read = _read(text)
    assert [h for _, h in read[:5]] == [True] * 5
    assert read[5][0].startswith("وصل الرئيس") and not read[5][1]
    assert read[6] == ("اهميه التعاون", True)


def test_a_call_told_across_link_lines_is_reported() -> None:
    text = (
        "اتصال هاتفي بين الرئيسين\n"
        "قال الرئيس الأمريكي\nدونالد ترامب\n، الثلاثاء، إنه أجرى اتصالا هاتفيا مع الرئيس\nالتركي\n"
        "رجب طيب أردوغان\n، وبحثا العلاقات الثنائية.\nوتناول الاتصال ملفات المنطقة."
    )
    events = extract_events(text, "2026-01-20")
    calls = [e for e in events if e.type == "phone_call" and e.status == "reported"]
    assert calls and {p.name_en for p in calls[0].participants} == {"Donald Trump", "Recep Tayyip Erdoğan"}
    assert str(calls[0].date) == "2026-01-20"
