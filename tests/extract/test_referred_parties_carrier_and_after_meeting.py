"""Two readings of a sentence told after a meeting (rasd.extract.referred_parties):

- "وقال الوزير X إنه \"حمل رسالة إلى الرئيس Y\"": the subject of a carrier's word carries the message
  and is no party of it, also when a quotation mark opens his words (``pronoun_subject``,
  ``contact_tests.without_carriers``);
- "وأضاف الوزير في تصريح عقب اللقاء أن Y حمله أفكارا سيبحثها مع الرئيس Z": the bare meeting noun after a word of time
  is the meeting just reported, no new contact of the people the sentence names (``back_reference``);
  a meeting noun that names its parties ("بعد اللقاء مع Z") is not read so."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events

MET = "استقبل العاهل الأردني الملك عبد الله الثاني اليوم في عمان وزير الخارجية المصري سامح شكري. "


def test_the_carrier_who_says_he_carried_a_letter_is_no_party_of_it():
    text = MET + 'وقال شكري إنه "حمل رسالة خطية إلى الملك عبد الله الثاني".'
    got = shapes(extract_events(text, "2019-10-06"))
    assert not [g for g in got if g[0] == "message"], got
    assert ("meeting", "reported", ("Abdullah II of Jordan", "Sameh Shoukry")) in got


def test_a_statement_after_the_meeting_makes_no_meeting_of_the_people_it_names():
    text = MET + (
        "وأضاف الوزير المصري في تصريح صحفي عقب اللقاء أن الملك عبد الله الثاني حمله أفكارا سيبحثها مع "
        "الرئيس عبد الفتاح السيسي."
    )
    got = shapes(extract_events(text, "2019-10-06"))
    assert got == [("meeting", "reported", ("Abdullah II of Jordan", "Sameh Shoukry"))]


def test_a_meeting_noun_after_a_word_of_time_with_its_parties_is_read_as_before():
    text = MET + "وقال شكري بعد اللقاء مع الرئيس الفلسطيني محمود عباس إن المباحثات كانت مثمرة."
    got = shapes(extract_events(text, "2019-10-06"))
    assert ("meeting", "reported", ("Mahmoud Abbas", "Sameh Shoukry")) in got
