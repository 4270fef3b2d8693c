"""The holder of an office that an envoy word governs, named in apposition after it ("مبعوثا شخصيا
للرئيس الغاني، فخامة X"), sent the envoy and is no party of the reception (rasd.extract.parties
``_principal_named_after``); the envoy himself named after his office is no such holder."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_the_sender_of_an_envoy_named_after_a_comma_is_no_party():
    text = (
        "استقبل الرئيس السنغالي ماكي سال صباح اليوم الخميس في داكار السيد يوسف علي، وزير الدولة "
        "الغامبي، مبعوثا خاصا لرئيس جمهورية غامبيا الشقيقة، فخامة الرئيس أداما بارو."
    )
    got = shapes(extract_events(text, "2019-05-16"))
    assert not [g for g in got if "Adama Barrow" in g[2] and g[0] == "meeting"], got


def test_a_leader_named_after_a_comma_without_an_envoy_word_stays_a_party():
    text = (
        "استقبل الرئيس السنغالي ماكي سال صباح اليوم الخميس في داكار رئيس جمهورية غامبيا الشقيقة، "
        "فخامة الرئيس أداما بارو."
    )
    got = shapes(extract_events(text, "2019-05-16"))
    assert ("meeting", "reported", ("Adama Barrow", "Macky Sall")) in got


def test_a_leader_of_another_country_after_the_office_is_not_its_holder():
    from rasd.extract.article import read_article
    from rasd.extract.parties import _principal_named_after
    from rasd.extract.refdata import reference_data

    text = "استقبل اليوم المبعوث الخاص لرئيس جمهورية غامبيا، الرئيس السنغالي ماكي سال، في داكار."
    a = read_article(text, "2019-05-16", reference_data(), None)
    sall = [m for m in a.mentions.items if m.person_id == "sn-macky-sall"]
    assert sall and not _principal_named_after(a, sall[0].start)
    text = "استقبل الرئيس السنغالي ماكي سال المبعوث الخاص لرئيس جمهورية غامبيا، فخامة الرئيس أداما بارو."
    a = read_article(text, "2019-05-16", reference_data(), None)
    barrow = [m for m in a.mentions.items if m.person_id == "gm-adama-barrow"]
    assert barrow and _principal_named_after(a, barrow[0].start)
