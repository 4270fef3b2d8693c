"""The verbs of travel (extract_words.yaml ``travel_verbs``): one home of the written forms, each with
the roles it plays, and the views rasd.extract.lexicon derives from it, one per role (``arrived``,
``arrived_with``, ``trip_made``, ``carrier_trip``, ``trip_trigger``). Forms and mappings written for
the tests."""

from __future__ import annotations

import pytest

from rasd.config import DATA_DIR, ConfigError, read_yaml
from rasd.extract.lexicon import TRAVEL_VERB_ROLES, lexicon, travel_verb_roles
from rasd.extract.refdata import reference_data
from rasd.normalize import normalize_key


def test_each_role_lists_the_forms_that_play_it_in_the_order_written() -> None:
    views = travel_verb_roles(
        {
            "رحل": ["trip_made", "carrier_trip"],
            "أقبل": ["arrived", "arrived_with"],
            "يرحل": ["carrier_trip", "trip_trigger"],
            "سيرحل": ["trip_trigger"],
        }
    )
    assert views == {
        "arrived": ("اقبل",),  # folded like every list of the lexicon
        "arrived_with": ("اقبل",),
        "trip_made": ("رحل",),
        "carrier_trip": ("رحل", "يرحل"),
        "trip_trigger": ("يرحل", "سيرحل"),
    }


def test_a_role_no_form_plays_is_an_empty_view() -> None:
    assert travel_verb_roles({"رحل": ["trip_made"]})["arrived"] == ()
    assert travel_verb_roles(None) == {role: () for role in TRAVEL_VERB_ROLES}


def test_an_unknown_role_or_a_form_with_none_stops_loading() -> None:
    with pytest.raises(ConfigError, match="unknown role 'arival'"):
        travel_verb_roles({"رحل": ["arival"]})
    with pytest.raises(ConfigError, match="plays no role"):
        travel_verb_roles({"رحل": []})


def test_every_form_is_written_once_and_plays_a_known_role() -> None:
    verbs = read_yaml(DATA_DIR / "extract_words.yaml")["travel_verbs"]
    keys = [normalize_key(form) for form in verbs]
    assert len(keys) == len(set(keys))
    assert {role for roles in verbs.values() for role in roles} == set(TRAVEL_VERB_ROLES)


def test_the_lists_of_travel_verbs_have_one_home() -> None:
    """The views replace the four lists of old: none is read from the data files any more."""
    words = read_yaml(DATA_DIR / "extract_words.yaml")
    assert "carrier_trip_verbs" not in words
    assert not {"arrived_verbs", "arrived_with_verbs", "trip_made_verbs"} & set(words["status_more"])
    assert "trip_verbs" not in read_yaml(DATA_DIR / "triggers.yaml")


def test_a_past_arrival_is_the_one_view_of_arrival_done() -> None:
    lex = lexicon()
    assert {"وصل", "وصلت", "وصلا", "وصلوا"} == set(lex.arrived_verbs)
    # a landing or a stay begun also brings a carried message, and every arrival done does
    assert set(lex.arrived_verbs) < set(lex.arrived_with_verbs)
    assert {"حط", "حلت"} <= set(lex.arrived_with_verbs)
    # a present form tells no arrival done
    assert not {"يصل", "تصل", "يحل"} & (set(lex.arrived_verbs) | set(lex.arrived_with_verbs))


def test_a_trip_made_is_told_in_the_past_with_any_verb_of_travel_but_a_stay() -> None:
    made = set(lexicon().trip_made_verbs)
    assert {"وصل", "توجهوا", "غادر", "سافرت"} <= made
    assert not {"يصل", "يتوجه", "سيتوجه", "يسافر", "حل"} & made


def test_a_carriers_trip_is_told_in_the_past_or_the_present() -> None:
    carrier = lexicon().carrier_trip_verbs
    assert isinstance(carrier, frozenset)
    assert {"وصل", "يصل", "توجهت", "تتوجه", "حل", "يحل", "سافر", "تسافر"} <= carrier
    assert not {"غادر", "حط", "سيتوجه"} & carrier


def test_the_trip_triggers_are_the_forms_of_heading_for_and_the_automaton_holds_them() -> None:
    trip = lexicon().trip_verbs
    assert set(trip) == {"توجه", "توجهت", "يتوجه", "تتوجه", "سيتوجه", "ستتوجه"}
    in_automaton = {
        key
        for key, (_, entries) in reference_data().automaton.items()
        if any(e.kind == "trigger" and e.value == "trip" for e in entries)
    }
    assert in_automaton == set(trip)
