"""``Spans.of_kinds``: the matches of a few kinds, picked out once per article, give what a filter of
every match in a span gave (the same matches, in the same order)."""

from __future__ import annotations

from rasd.extract.refdata import reference_data
from rasd.extract.scan import SOURCE_KINDS, Spans, scan
from rasd.normalize import normalize

TEXT = (
    "وقالت وكالة الأنباء الرسمية إن الرئيس المصري استقبل اليوم في القاهرة وزير الخارجية الأردني. "
    "وذكر بيان للرئاسة أن الجانبين بحثا العلاقات الثنائية، بحسب وسائل إعلام مصرية."
)


def test_the_matches_of_a_few_kinds_are_those_a_filter_of_every_match_gives():
    norm = normalize(TEXT).text
    index = Spans(scan(norm, reference_data()))
    kinds = [SOURCE_KINDS, frozenset({"country_adj", "country_name"}), frozenset({"trigger"})]
    assert any(index.of_kinds(k).items for k in kinds)
    for k in kinds:
        for lo, hi in ((0, len(norm)), (0, len(norm) // 2), (len(norm) // 3, len(norm)), (-30, 40), (50, 50)):
            assert index.of_kinds(k).between(lo, hi) == [m for m in index.between(lo, hi) if m.entry.kind in k]


def test_the_kinds_are_picked_out_once_per_index():
    norm = normalize(TEXT).text
    index = Spans(scan(norm, reference_data()))
    assert index.of_kinds(SOURCE_KINDS) is index.of_kinds(frozenset(SOURCE_KINDS))
