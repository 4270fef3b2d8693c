"""An invitation to visit renewed during a call and told accepted (rasd.extract.side_frames
``_plan_told_in_call``): a planned visit of the callers beside the call, also when the invited caller is
named again by his office alone at the head of the invitation's clause. Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_an_invitation_to_the_caller_named_by_his_office_then_accepted_is_a_planned_visit():
    text = (
        "تلقى رئيس الوزراء الباكستاني شهباز شريف، الأحد، اتصالا هاتفيا من أمير قطر تميم بن حمد آل ثاني. "
        'وجدد الأمير تميم خلال الاتصال، "الدعوة لرئيس الوزراء لزيارة الدوحة في أقرب وقت". '
        "ورحب شريف بذلك، ووعد بتلبية الدعوة قريبا."
    )
    assert shapes(extract_events(text, "2023-05-14")) == [
        ("phone_call", "reported", ("Shehbaz Sharif", "Tamim bin Hamad Al Thani")),
        ("visit", "planned", ("Shehbaz Sharif", "Tamim bin Hamad Al Thani")),
    ]


def test_the_same_invitation_never_told_accepted_is_no_visit():
    text = (
        "تلقى رئيس الوزراء الباكستاني شهباز شريف، الأحد، اتصالا هاتفيا من أمير قطر تميم بن حمد آل ثاني. "
        'وجدد الأمير تميم خلال الاتصال، "الدعوة لرئيس الوزراء لزيارة الدوحة في أقرب وقت".'
    )
    assert shapes(extract_events(text, "2023-05-14")) == [
        ("phone_call", "reported", ("Shehbaz Sharif", "Tamim bin Hamad Al Thani")),
    ]
