"""The host who headed those who received a visitor, told with the verb right before the receivers
("وتقدم مستقبليه الأمير X", "الذي تقدم مستقبلي الملك Y لدى وصوله"), received him: a meeting held, like "كان في مقدمة مستقبلي"
(triggers.yaml, extract_words.yaml ``reception_pronoun_triggers``). Sentences written for the tests."""

from __future__ import annotations

from extract_helpers import ABDULLAH, TAMIM, names

from rasd.extract import extract_events

PUB = "2024-03-08"


def test_the_host_who_headed_the_receivers_met_the_guest():
    text = (
        "وصل العاهل الأردني الملك عبد الله الثاني أمس إلى الدوحة، وتقدم مستقبليه في المطار أمير قطر "
        "الشيخ تميم بن حمد آل ثاني."
    )
    events = [e for e in extract_events(text, PUB) if e.status == "reported"]
    assert [(e.type, names(e)) for e in events] == [("meeting", {ABDULLAH, TAMIM})]
    assert events[0].date == "2024-03-07"


def test_the_relative_clause_of_the_host_who_headed_the_receivers():
    text = (
        "أكد أمير قطر الشيخ تميم بن حمد آل ثاني، الذي تقدم مستقبلي العاهل الأردني الملك عبد الله الثاني "
        "لدى وصوله أمس، عمق العلاقات بين البلدين."
    )
    events = [e for e in extract_events(text, PUB) if e.status == "reported"]
    assert [(e.type, names(e)) for e in events] == [("meeting", {ABDULLAH, TAMIM})]
