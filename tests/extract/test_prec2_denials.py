"""A denial of what was said in a contact is no denial of the contact (issue 11, PREC2).
Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_denying_the_content_of_a_call_leaves_the_call_reported():
    text = (
        "نفت الرئاسة التونسية ما نشرته صحف محلية عن فحوى المكالمة التي جمعت الرئيس قيس سعيد "
        "بالرئيس الجزائري عبد المجيد تبون، ووصفته بالمختلق."
    )
    assert shapes(extract_events(text, "2021-03-02")) == [
        ("phone_call", "reported", ("Abdelmadjid Tebboune", "Kais Saied"))
    ]


def test_denying_the_details_of_a_meeting_leaves_the_meeting_reported():
    text = "نفى مكتب الرئيس التونسي قيس سعيد صحة ما تردد حول تفاصيل لقائه الرئيس الجزائري عبد المجيد تبون."
    assert [e.status for e in extract_events(text, "2021-03-02")] == ["reported"]


def test_denying_that_a_call_took_place_is_still_a_denial():
    text = (
        "نفت الرئاسة التونسية ما نشرته صحف محلية عن إجراء مكالمة بين الرئيس قيس سعيد والرئيس الجزائري عبد المجيد تبون."
    )
    assert [e.status for e in extract_events(text, "2021-03-02")] == ["denied"]


# A history piece: a contact dated in a year long past with bare titles -------------------------------


def _history_piece() -> str:
    return (
        "بالتزامن مع زيارة الملك سلمان بن عبدالعزيز الحالية إلى الخرطوم، نشرت مكتبة وطنية في الرياض صورا نادرة "
        "من زيارة الرئيس السوداني جعفر نميري إلى السعودية واستقبال الملك خالد بن عبدالعزيز له، وذلك في عدد "
        "الصحيفة الصادر يوم 14 مارس 1977.\n"
        "واختارت الصحيفة عنوان «لقاء ودي» لوصف الاجتماع الثاني الذي جمع الملك خالد والرئيس نميري، وإبراز "
        "الاحتفاء بالرئيس السوداني."
    )


def test_bare_titles_of_a_contact_in_a_history_piece_do_not_resolve_to_todays_leaders():
    events = extract_events(_history_piece(), "2023-05-10")
    assert not [e for e in events if not e.background]
    assert not [
        e for e in events if {p.person_id for p in e.participants} & {"sa-king-salman", "sd-abdel-fattah-al-burhan"}
    ]


def test_a_report_of_today_that_recalls_an_old_visit_keeps_its_contact():
    text = (
        "استقبل العاهل المغربي الملك محمد السادس اليوم الرئيس السنغالي ماكي سال في الرباط. "
        "واستعاد الجانبان زيارة الرئيس السنغالي ليوبولد سيدار سنغور إلى المغرب يوم 14 مارس 1967."
    )
    events = [e for e in extract_events(text, "2023-05-10") if not e.background]
    assert shapes(events) == [("meeting", "reported", ("Macky Sall", "Mohammed VI of Morocco"))]
