from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from rasd.normalize import normalize, normalize_key

ARABIC_ALPHABET = "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىةـًٌٍَُِّْکیپچژگ٠١٢٣٤٥٦٧٨٩ﻻ"
TEXT = st.text(alphabet=st.sampled_from(list(ARABIC_ALPHABET + ' ،.:"abcXYZ123éЖ中😀\n')), max_size=80)


def test_folds_variants_and_drops_marks():
    assert normalize_key("الكريملِن") == "الكريملن"
    assert normalize_key("إبراهيم") == normalize_key("ابراهيم")
    assert normalize_key("شی") == normalize_key("شي")  # Persian yeh
    assert normalize_key("مدرسة") == normalize_key("مدرسه")
    assert normalize_key("١٨ أغسطس") == "18 اغسطس"
    assert normalize_key("ـــبوتـــين") == "بوتين"


def test_keeps_letters_that_arclean_would_delete():
    # Deleting Cyrillic would glue the neighbouring words together.
    assert normalize("Путин و بوتين").text.split()[0] == "путин"


@given(TEXT, st.data())
@hsettings(max_examples=300, deadline=None)
def test_offset_map_round_trips(text, data):
    nt = normalize(text)
    n = len(nt.text)
    # Span boundaries fall between original characters: a ligature such as ﻻ normalises to two
    # letters, and half of it has no original of its own.
    cuts = [i for i in range(n + 1) if i in (0, n) or nt.starts[i] != nt.starts[i - 1]]
    start = data.draw(st.sampled_from(cuts))
    end = data.draw(st.sampled_from([c for c in cuts if c >= start]))
    a, b = nt.to_original(start, end)
    assert 0 <= a <= b <= len(text)
    # The mapped original span normalises to exactly the normalised span.
    assert normalize(text[a:b]).text == nt.text[start:end]


@given(TEXT)
@hsettings(max_examples=200, deadline=None)
def test_word_spans_map_to_the_same_words(text):
    nt = normalize(text)
    pos = 0
    for word in nt.text.split():
        start = nt.text.index(word, pos)
        pos = start + len(word)
        assert normalize_key(nt.original_span_text(start, pos)) == normalize_key(word)


@given(TEXT)
@hsettings(max_examples=300, deadline=None)
def test_fast_path_agrees_with_the_character_by_character_path(text):
    from rasd.normalize import _normalize_general

    fast, slow = normalize(text), _normalize_general(text)
    assert (fast.text, list(fast.starts), list(fast.ends)) == (slow.text, list(slow.starts), list(slow.ends))


@given(TEXT)
@hsettings(max_examples=300, deadline=None)
def test_text_only_normalisation_agrees_with_the_offset_map_path(text):
    from rasd.normalize import normalize_text

    assert normalize_text(text) == normalize(text).text
