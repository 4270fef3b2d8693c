"""A list of counterparts that names the next one by his country's adjective alone ("نظيريه الصيني A،
والتركي B": "ونظيره التركي" with its head noun left out): one more partner of the list (rasd.extract.
party_positions ``_elided_counterpart``). Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_the_second_counterpart_named_by_his_countrys_adjective_is_met_too():
    text = (
        "قال المتحدث إن وزير الخارجية الروسي سيرغي لافروف سيلتقي غدا مع نظيريه الصيني وانغ يي، "
        "والتركي هاكان فيدان، في جاكرتا."
    )
    assert shapes(extract_events(text, "2024-07-10")) == [
        ("meeting", "planned", ("Hakan Fidan", "Sergey Lavrov")),
        ("meeting", "planned", ("Sergey Lavrov", "Wang Yi")),
    ]


def test_an_adjective_with_its_own_noun_after_a_comma_is_no_counterpart():
    text = (
        "قال المتحدث إن وزير الخارجية الروسي سيرغي لافروف سيلتقي غدا مع نظيره الصيني وانغ يي، "
        "والتركيز سيكون على الأمن، بحضور الوزير التركي هاكان فيدان."
    )
    assert ("meeting", "planned", ("Hakan Fidan", "Sergey Lavrov")) not in shapes(extract_events(text, "2024-07-10"))
