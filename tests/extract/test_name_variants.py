"""Names as unseen outlets write them: spelling variants of one name, ranks and honorifics before a
name, a surname that is also a word. Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import people

from rasd.extract import extract_events
from rasd.extract.article import read_article
from rasd.extract.refdata import reference_data, spelling_variants
from rasd.extract.resolve import resolve
from rasd.normalize import normalize_key


def mentioned(text: str, day: str) -> set[str]:
    """The people the mention reader finds in ``text``."""
    ref = reference_data()
    a = read_article(text, day, ref, None)
    out = set()
    for m in a.mentions.between(0, len(a.norm)):
        p = resolve(m, ref, a.pub, None, a.norm[m.start : m.end], a.named)
        if p is not None and p.person_id:
            out.add(p.person_id)
    return out


# The g of a foreign name: غ, ج or ق, one letter for the whole name ----------------------------------


def test_a_foreign_name_gets_each_spelling_of_its_g():
    keys = {normalize_key(v) for v in spelling_variants("رافائيل غروسي", foreign=True)}
    assert {normalize_key(n) for n in ("رافائيل جروسي", "رافائيل قروسي")} <= keys


def test_an_arab_name_keeps_its_letters():
    assert spelling_variants("عبد المجيد تبون") == ["عبد المجيد تبون", normalize_key("عبدالمجيد تبون")]


def test_a_short_one_word_foreign_name_gets_no_variant():
    assert spelling_variants("جو", foreign=True) == ["جو"]


def test_the_maghreb_g_finds_the_secretary_general():
    text = "التقى أنطونيو قوتيريش اليوم وفدا من الاتحاد الإفريقي."
    assert "un-antonio-guterres" in mentioned(text, "2023-05-02")


def test_no_variant_key_names_two_people():
    ref = reference_data()
    for person in ref.people.values():
        own = {normalize_key(n) for n in person.names_ar}
        for name in person.names_ar:
            for variant in spelling_variants(name, foreign=True)[1:]:
                key = normalize_key(variant)
                if key in own:
                    continue
                _, entries = ref.automaton.get(key, (key, ()))
                named = {e.value for e in entries if e.kind == "person"}
                assert named <= {person.person_id}, (key, named)


# The patronymic written "بن" or "ابن" ----------------------------------------------------------------


def test_bin_and_ibn_are_one_name():
    assert normalize_key("محمد ابن سلمان") in {normalize_key(v) for v in spelling_variants("محمد بن سلمان")}
    assert normalize_key("يوسف بن علوي") in {normalize_key(v) for v in spelling_variants("يوسف ابن علوي")}


def test_a_short_name_with_ibn_is_read():
    text = "بحث ابن علوي في اتصال هاتفي مع نظيره العراقي العلاقات الثنائية."
    assert "om-yusuf-bin-alawi" in mentioned(text, "2019-12-29")


# Ranks and honorifics before a name -----------------------------------------------------------------


def test_a_rank_before_a_surname_that_is_a_word_makes_it_a_name():
    assert "sd-abdel-fattah-al-burhan" in mentioned("استقبل الفريق البرهان اليوم سفير الصين.", "2024-03-04")


def test_the_surname_without_a_rank_stays_a_word():
    assert "sd-abdel-fattah-al-burhan" not in mentioned("قدم الوزير البرهان على صدق الرواية.", "2024-03-04")


# A surname that is also a common word, joined by "و" to a leader's name ------------------------------


def test_a_word_surname_after_a_named_leader_and_waw_is_a_name():
    text = "استقبل بوتين والأسد في الكرملين وفدا من رجال الأعمال."
    assert "sy-bashar-al-assad" in mentioned(text, "2023-03-15")


def test_a_word_surname_before_waw_and_a_named_leader_is_a_name():
    text = "التقى الأسد وأردوغان اليوم في موسكو وبحثا العلاقات بين البلدين."
    (event,) = extract_events(text, "2024-07-10")
    assert people(event) == ["Bashar al-Assad", "Recep Tayyip Erdoğan"]


def test_the_same_word_alone_stays_a_word():
    text = "قال أردوغان في كلمة اليوم إن الأسد رمز للقوة في الحكايات الشعبية."
    assert "sy-bashar-al-assad" not in mentioned(text, "2024-07-10")


def test_the_word_after_a_name_without_waw_stays_a_word():
    text = "تحدث أردوغان الأسد عن الاقتصاد."  # no conjunction: not a list of two people
    assert "sy-bashar-al-assad" not in mentioned(text, "2024-07-10")
