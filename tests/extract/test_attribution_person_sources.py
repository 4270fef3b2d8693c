"""A leader as the source of his own statement (rasd.extract.article.announcer): the verb of saying may
be followed by words of time before its subject, and a phrase of accordance ("بحسب ما أعلن X") credits
X with the contact told before it. Sentences written for these tests."""

from __future__ import annotations

from rasd.extract.article import read_article, sentence_sources
from rasd.extract.refdata import reference_data


def _found(text: str, day: str = "2024-11-30") -> set[str]:
    ref = reference_data()
    a = read_article(text, day, ref, None)
    return {f[0].name_en for lo, hi, _ in a.sentences for f in sentence_sources(a, lo, hi)}


def test_words_of_time_between_the_verb_and_its_subject():
    text = "أعلن مساء الجمعة رئيس الحكومة الكندية جاستن ترودو أنه عقد لقاء وديا مع الرئيس الأميركي دونالد ترامب."
    assert "Justin Trudeau" in _found(text)


def test_a_phrase_of_accordance_credits_the_speaker_with_the_contact_before_it():
    text = (
        "بحث الرئيس الأوكراني فولوديمير زيلينسكي في اتصال هاتفي مع الرئيس الأمريكي دونالد ترامب ملف "
        "المفاوضات، حسبما أعلن زيلينسكي في موقعه الرسمي."
    )
    assert "Volodymyr Zelensky" in _found(text, "2026-02-20")


def test_a_phrase_of_accordance_after_a_full_stop_credits_nothing_before_it():
    text = (
        "بحث الرئيس الأوكراني فولوديمير زيلينسكي في اتصال هاتفي مع الرئيس الأمريكي دونالد ترامب ملف "
        "المفاوضات. والطقس بارد كما قال زيلينسكي في موقعه الرسمي."
    )
    assert "Volodymyr Zelensky" not in _found(text, "2026-02-20")


def test_a_post_issued_by_a_leader_credits_him():
    text = (
        "استقبل رئيس الوزراء الماليزي مهاتير محمد نظيره السنغافوري لي هسين لونغ في كوالالمبور. "
        "وتناول الزعيمان ملفات التجارة والحدود، وفقا لتدوينة نشرها مهاتير على حسابه."
    )
    ref = reference_data()
    a = read_article(text, "2018-05-19", ref, None)
    lo, hi, _ = a.sentences[-1]
    assert "Mahathir Mohamad" in {f[0].name_en for f in sentence_sources(a, lo, hi)}
