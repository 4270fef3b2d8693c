"""Sources on fresh outlets (issue 11, round SRC): each rule on sentences written for these tests."""

from __future__ import annotations

from extract_helpers import names

from rasd.extract import extract_events


def _sources_of(text: str, published: str, who: str) -> set[str]:
    """The sources of the first event with the participant ``who``."""
    event = next(e for e in extract_events(text, published) if who in names(e))
    return {s.name_en for s in event.sources}


CALL = "أجرى رئيس الوزراء العراقي مصطفى الكاظمي مساء الأحد اتصالا هاتفيا مع الرئيس الأمريكي جو بايدن.\n"


def test_a_participants_post_after_the_contact_about_it_is_its_source() -> None:
    text = CALL + "وكتب الكاظمي في تغريدة على حسابه بمنصة تويتر أن الحديث شمل العلاقات الثنائية والأمن."
    assert "Mustafa al-Kadhimi" in _sources_of(text, "2021-02-22", "Joe Biden")


def test_a_post_with_no_subject_goes_on_with_the_speaker_of_the_sentence_before() -> None:
    text = (
        CALL + "وقال الكاظمي إن العلاقات بين البلدين متينة.\n"
        "وأضاف في تغريدة على حسابه في منصة إكس: بحثنا مع الرئيس بايدن ملفات المنطقة."
    )
    assert "Mustafa al-Kadhimi" in _sources_of(text, "2021-02-22", "Joe Biden")


def test_a_later_post_on_another_matter_is_no_source_of_the_contact() -> None:
    text = CALL + "وكتب الكاظمي في تغريدة لاحقة أن حكومته ستعلن قريبا موازنة العام المقبل."
    assert "Mustafa al-Kadhimi" not in _sources_of(text, "2021-02-22", "Joe Biden")


def test_a_post_named_as_someones_words_is_no_subjects_post() -> None:
    text = CALL + "ولم يتطرق البيان إلى تعليقات الكاظمي على منصة إكس حول الحديث."
    assert "Mustafa al-Kadhimi" not in _sources_of(text, "2021-02-22", "Joe Biden")
