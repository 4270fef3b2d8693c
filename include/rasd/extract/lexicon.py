"""The extractor's word lists, loaded once from ``rasd/data/extract_words.yaml`` (reviewed data).

Every list is folded with ``normalize_key`` so that it compares with the normalised article text.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ahocorasick

from rasd.arabic import WORD_END, WORD_START
from rasd.config import DATA_DIR, ConfigError, read_yaml
from rasd.normalize import normalize_key
from rasd.words import alternation, bare_or_conjoined

WORDS_FILE = DATA_DIR / "extract_words.yaml"


@dataclass(frozen=True)
class Lexicon:
    clitic_prefixes: frozenset[str]
    stop_words: frozenset[str]
    not_names: frozenset[str]
    title_words: frozenset[str]  # the titles, honorifics and ranks among not_names ("صاحب", "السمو", "الأمير")
    caller_verbs: tuple[str, ...]
    receiver_verbs: tuple[str, ...]
    caller_after: tuple[str, ...]
    receiver_after: tuple[str, ...]
    caller_possessive: tuple[str, ...]
    continuation: frozenset[str]
    initiative: tuple[str, ...]
    thanks: tuple[str, ...]
    neutral: tuple[str, ...]
    separate_contacts: tuple[str, ...]
    bilateral_series: tuple[str, ...]
    joint_contacts: tuple[str, ...]
    joint_calls: tuple[str, ...]
    not_party_after: tuple[str, ...]
    pair_references: tuple[str, ...]
    relative_pronouns: tuple[str, ...]
    content_openers: tuple[str, ...]
    other_event_openers: tuple[str, ...]
    occasion_openers: tuple[str, ...]
    spoke_not_call: tuple[str, ...]
    side_meeting: tuple[str, ...]
    greetings_nouns: tuple[str, ...]
    guest_words: tuple[str, ...]
    health_asked_words: tuple[str, ...]
    destination_words: frozenset[str]
    object_prepositions: tuple[str, ...]
    party_place_words: frozenset[str]
    trip_week_phrases: tuple[str, ...]
    medium_neutral_talks: frozenset[str]
    agent_nouns: tuple[str, ...]
    title_not_after: tuple[str, ...]
    clause_breakers: tuple[str, ...]
    both_countries: tuple[str, ...]
    other_portfolios: frozenset[str]
    similar_contact: tuple[str, ...]
    other_happening: tuple[str, ...]
    other_happening_time_heads: frozenset[str]
    time_words: frozenset[str]
    meeting_to_come: frozenset[str]
    purpose_words: frozenset[str]
    again_words: tuple[str, ...]
    trip_talks_words: tuple[str, ...]
    coordinated_contact_verbs: frozenset[str]
    message_carriers: frozenset[str]
    lead_verbs: tuple[str, ...]
    reply_contact: tuple[str, ...]
    sequence_words: frozenset[str]
    clause_openers: frozenset[str]
    verb_prefixes: tuple[str, ...]
    verb_suffixes: tuple[str, ...]
    verb_min_letters: int
    pronoun_subjects: tuple[str, ...] = ()
    pronoun_objects: frozenset[str] = frozenset()
    sentence_connectors: frozenset[str] = frozenset()
    led_by_head_of_government: frozenset[str] = frozenset()
    another_contact_words: frozenset[str] = frozenset()
    joined_contact: tuple[str, ...] = ()
    contrast_openers: tuple[str, ...] = ()
    contact_nouns: frozenset[str] = frozenset()
    contact_words: frozenset[str] = frozenset()  # not_names.contact_words: "اتصالا", "مكالمة", "لقاء"
    possessed_contact_nouns: frozenset[str] = frozenset()
    each_of: tuple[str, ...] = ()
    setting_words: tuple[str, ...] = ()
    pious_words: frozenset[str] = frozenset()
    demonstratives: tuple[str, ...] = ()
    status_more: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    appointing_agent: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    compared_leader: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    dual_homographs: dict[str, str] = dataclasses.field(default_factory=dict)  # word -> role
    out_of_office: tuple[str, ...] = ()
    out_of_office_after: tuple[str, ...] = ()
    carrier_words: frozenset[str] = frozenset()
    carrier_after: tuple[str, ...] = ()
    carrier_clause_openers: frozenset[str] = frozenset()
    trip_next_month_phrases: tuple[str, ...] = ()
    trip_this_month_phrases: tuple[str, ...] = ()
    # the views of ``travel_verbs``, one per role (``travel_verb_roles``)
    arrived_verbs: tuple[str, ...] = ()
    arrived_with_verbs: tuple[str, ...] = ()
    trip_made_verbs: tuple[str, ...] = ()
    carrier_trip_verbs: frozenset[str] = frozenset()
    trip_verbs: tuple[str, ...] = ()
    handover_words: frozenset[str] = frozenset()
    state_nouns: frozenset[str] = frozenset()
    group_references: tuple[str, ...] = ()
    recalled_meetings: frozenset[str] = frozenset()
    related_news_headings: tuple[str, ...] = ()
    related_headline_max_words: int = 25
    open_line_end_words: frozenset[str] = frozenset()
    continuing_line_openers: frozenset[str] = frozenset()
    link_line_max_words: int = 4
    talks_with_verbs: frozenset[str] = frozenset()
    talks_with_words: int = 12
    visit_topic_nouns: frozenset[str] = frozenset()
    non_leader_duals: frozenset[str] = frozenset()
    non_leader_dual_words: int = 6
    non_leader_dual_ministries: frozenset[str] = frozenset()
    plural_counterparts: frozenset[str] = frozenset()
    unnamed_leader_groups: tuple[str, ...] = ()
    plural_counterpart_words: int = 4
    visit_noun_stem: str = ""
    bi_clitics: frozenset[str] = frozenset()
    li_clitics: frozenset[str] = frozenset()
    in_person_talk_words: frozenset[str] = frozenset()
    visit_occasion_words: frozenset[str] = frozenset()
    visit_occasion_meetings: tuple[str, ...] = ()
    guest_meal_nouns: frozenset[str] = frozenset()
    told_again_verbs: frozenset[str] = frozenset()
    told_again_determiners: frozenset[str] = frozenset()
    time_gap_words: frozenset[str] = frozenset()
    reply_words: frozenset[str] = frozenset()
    reception_pronoun_triggers: frozenset[str] = frozenset()
    occasion_settings: frozenset[str] = frozenset()
    named_place_nouns: frozenset[str] = frozenset()
    subjunctive_that: frozenset[str] = frozenset()
    plan_clause_openers: frozenset[str] = frozenset()
    attendance_cues: tuple[str, ...] = ()
    attendance_cues_before: tuple[str, ...] = ()
    attendance_pair_cues: tuple[str, ...] = ()
    attended_contact_verbs: frozenset[str] = frozenset()
    attended_contact_links: frozenset[str] = frozenset()
    separate_talks: frozenset[str] = frozenset()
    interjected_talks_duals: tuple[str, ...] = ()
    interjected_talks_nouns: tuple[str, ...] = ()
    interjection_max_chars: int = 0
    held_talks_verbs: tuple[str, ...] = ()
    held_talks_subjects_chars: int = 0
    scene_openers: tuple[str, ...] = ()
    collective_parties: tuple[str, ...] = ()
    member_openers: tuple[str, ...] = ()
    said_pronouns: tuple[str, ...] = ()
    report_about_words: frozenset[str] = frozenset()
    non_leader_titles: tuple[str, ...] = ()
    collective_member_titles: tuple[str, ...] = ()
    non_leader_title_words: int = 0
    non_leader_actors: tuple[str, ...] = ()
    non_leader_subject_words: int = 0
    timing_openers: frozenset[str] = frozenset()
    contact_time_after: tuple[str, ...] = ()
    contact_time_before: tuple[str, ...] = ()
    timing_opener_words: int = 0
    attendance_joins: tuple[str, ...] = ()
    dual_contact_verbs: frozenset[str] = frozenset()
    dual_verb_openers: frozenset[str] = frozenset()
    subordinators: frozenset[str] = frozenset()
    pluperfect_auxiliaries: frozenset[str] = frozenset()
    pluperfect_particle: str = ""
    pluperfect_words: int = 0
    future_prefixes: frozenset[str] = frozenset()
    future_verb_letters: frozenset[str] = frozenset()
    during_words: frozenset[str] = frozenset()
    time_setting_words: frozenset[str] = frozenset()
    since_or_other: tuple[str, ...] = ()
    stamp_date_labels: tuple[str, ...] = ()
    stamp_dated_label: str = ""
    more_given_names: frozenset[str] = frozenset()


def _keys(words: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(k for k in (normalize_key(w) for w in words) if k))


def _without(words: list[str], excluded: list[str]) -> tuple[str, ...]:
    """The keys of ``words`` but those of ``excluded``, in order."""
    drop = set(_keys(excluded))
    return tuple(k for k in _keys(words) if k not in drop)


# The roles of a verb of travel in extract_words.yaml ``travel_verbs`` (the comment there says what each
# is read for): each role is one view of the list, a Lexicon field.
TRAVEL_VERB_ROLES = ("arrived", "arrived_with", "trip_made", "carrier_trip", "trip_trigger")


def travel_verb_roles(verbs: dict[str, list[str]] | None) -> dict[str, tuple[str, ...]]:
    """Each role of ``TRAVEL_VERB_ROLES`` and the keys of the forms of ``verbs`` (form -> its roles) that
    play it, in the order written; a role not known, or a form with none, stops loading."""
    out: dict[str, list[str]] = {role: [] for role in TRAVEL_VERB_ROLES}
    for form, roles in (verbs or {}).items():
        if not roles:
            raise ConfigError(f"extract_words.yaml travel_verbs: {form!r} plays no role")
        for role in roles:
            if role not in out:
                raise ConfigError(f"extract_words.yaml travel_verbs: {form!r} has an unknown role {role!r}")
            out[role].append(str(form))
    return {role: _keys(forms) for role, forms in out.items()}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = read_yaml(WORDS_FILE)
    init = data["initiator"]
    travel = travel_verb_roles(data.get("travel_verbs"))
    return Lexicon(
        clitic_prefixes=frozenset(normalize_key(w) if w else "" for w in data["clitic_prefixes"]),
        future_prefixes=frozenset(_keys(data.get("future_prefixes", []))),
        future_verb_letters=frozenset(_keys(data.get("future_verb_letters", []))),
        stop_words=frozenset(_keys(data["stop_words"])),
        not_names=frozenset(k for words in data["not_names"].values() for k in _keys(words)),
        title_words=frozenset(_keys(data["not_names"]["titles"])),
        caller_verbs=_keys(init["caller_verbs"]),
        receiver_verbs=_keys(init["receiver_verbs"]),
        caller_after=_keys(init["caller_after"]),
        receiver_after=_keys(init["receiver_after"]),
        caller_possessive=_keys(init["caller_possessive"]),
        continuation=frozenset(_keys(init["continuation"])),
        initiative=_keys(init["initiative"]),
        thanks=_keys(init["thanks"]),
        neutral=_keys(init["neutral"]),
        separate_contacts=_keys(data["separate_contacts"]),
        bilateral_series=_keys(data.get("bilateral_series", [])),
        joint_contacts=_keys(data["joint_contacts"]),
        joint_calls=_keys(data["joint_calls"]),
        not_party_after=_keys(data["not_party_after"]),
        pair_references=_keys(data["pair_references"]),
        relative_pronouns=_keys(data["relative_pronouns"]),
        content_openers=_keys(data.get("content_openers", [])),
        other_event_openers=_keys(data["other_event_openers"]),
        occasion_openers=_keys(data.get("occasion_openers", [])),
        occasion_settings=frozenset(_keys(data.get("occasion_settings", []))),
        named_place_nouns=frozenset(_keys(data.get("named_place_nouns", []))),
        spoke_not_call=_keys(data["spoke_not_call"]),
        side_meeting=_keys(data.get("side_meeting", [])),
        greetings_nouns=_keys(data.get("greetings_nouns", [])),
        guest_words=_keys(data.get("guest_words", [])),
        health_asked_words=_keys(data.get("health_asked_words", [])),
        destination_words=frozenset(_keys(data.get("destination_words", []))),
        object_prepositions=_keys(data.get("object_prepositions", [])),
        party_place_words=frozenset(_keys(data.get("party_place_words", []))),
        trip_week_phrases=_keys(data.get("trip_week_phrases", [])),
        trip_next_month_phrases=_keys(data.get("trip_next_month_phrases", [])),
        trip_this_month_phrases=_keys(data.get("trip_this_month_phrases", [])),
        medium_neutral_talks=frozenset(_keys(data.get("medium_neutral_talks", []))),
        agent_nouns=_keys(data["agent_nouns"]),
        title_not_after=_keys([*data["agent_nouns"], *data["title_not_after"]]),
        clause_breakers=_keys(data["clause_breakers"]),
        both_countries=_keys(data.get("both_countries", [])),
        other_portfolios=frozenset(_keys(data.get("other_portfolios", []))),
        similar_contact=_keys(data.get("similar_contact", [])),
        other_happening=_keys(data.get("other_happening", [])),
        other_happening_time_heads=frozenset(_keys(data.get("other_happening_time_heads", []))),
        time_words=frozenset(_keys(data["not_names"]["time_words"])),
        contact_words=frozenset(_keys(data["not_names"]["contact_words"])),
        meeting_to_come=frozenset(_keys(data.get("meeting_to_come", []))),
        purpose_words=frozenset(_keys(data.get("purpose_words", []))),
        again_words=_keys(data.get("again_words", [])),
        trip_talks_words=_keys(data.get("trip_talks_words", [])),
        coordinated_contact_verbs=frozenset(_keys(data.get("coordinated_contact_verbs", []))),
        message_carriers=frozenset(_keys(data.get("message_carriers", []))),
        lead_verbs=_keys(data.get("lead_verbs", [])),
        reply_contact=_keys(data.get("reply_contact", [])),
        sequence_words=frozenset(_keys(data.get("sequence_words", []))),
        clause_openers=frozenset(_keys(data.get("coordinated_clause_openers", []))),
        verb_prefixes=_keys(data.get("not_name_verbs", {}).get("prefixes", [])),
        verb_suffixes=_keys(data.get("not_name_verbs", {}).get("suffixes", [])),
        verb_min_letters=int(data.get("not_name_verbs", {}).get("min_letters", 99)),
        pronoun_subjects=_keys(data.get("pronoun_subjects", [])),
        pronoun_objects=frozenset(_keys(data.get("pronoun_objects", []))),
        sentence_connectors=frozenset(_keys(data.get("sentence_connectors", []))),
        contact_nouns=frozenset(_keys(data.get("contact_nouns", []))),
        possessed_contact_nouns=frozenset(_keys(data.get("possessed_contact_nouns", []))),
        each_of=_keys(data.get("each_of", [])),
        setting_words=_keys(data.get("setting_words", [])),
        pious_words=frozenset(_keys(data.get("pious_words", []))),
        demonstratives=_keys(data.get("demonstratives", [])),
        status_more={k: _keys(v) for k, v in (data.get("status_more") or {}).items()},
        appointing_agent={k: _keys(v) for k, v in (data.get("appointing_agent") or {}).items()},
        compared_leader={k: _keys(v) for k, v in (data.get("compared_leader") or {}).items()},
        dual_homographs={w: role for role, ws in (data.get("dual_homographs") or {}).items() for w in _keys(ws)},
        out_of_office=_keys(data.get("out_of_office", [])),
        out_of_office_after=_keys(data.get("out_of_office_after", [])),
        carrier_words=frozenset(_keys(data.get("carrier_words", []))),
        carrier_after=_keys(data.get("carrier_after", [])),
        carrier_clause_openers=frozenset(_keys(data.get("carrier_clause_openers", []))),
        arrived_verbs=travel["arrived"],
        arrived_with_verbs=travel["arrived_with"],
        trip_made_verbs=travel["trip_made"],
        carrier_trip_verbs=frozenset(travel["carrier_trip"]),
        trip_verbs=travel["trip_trigger"],
        handover_words=frozenset(_keys(data.get("handover_words", []))),
        state_nouns=frozenset(_keys(data.get("state_nouns", []))),
        group_references=_keys(data.get("group_references", [])),
        recalled_meetings=frozenset(_keys(data.get("recalled_meetings", []))),
        related_news_headings=_keys(data.get("related_news_headings", [])),
        related_headline_max_words=int(data.get("related_headline_max_words", 25)),
        open_line_end_words=frozenset(_keys(data.get("open_line_end_words", []))),
        continuing_line_openers=frozenset(_keys(data.get("continuing_line_openers", []))),
        link_line_max_words=int(data.get("link_line_max_words", 4)),
        talks_with_verbs=frozenset(_keys(data.get("talks_with_verbs", []))),
        talks_with_words=int(data.get("talks_with_words", 12)),
        visit_topic_nouns=frozenset(_keys(data.get("visit_topic_nouns", []))),
        non_leader_duals=frozenset(_keys(data.get("non_leader_duals", []))),
        non_leader_dual_words=int(data.get("non_leader_dual_words", 6)),
        non_leader_dual_ministries=frozenset(_keys(data.get("non_leader_dual_ministries", []))),
        plural_counterparts=frozenset(_keys(data.get("plural_counterparts", []))),
        unnamed_leader_groups=_keys(data.get("unnamed_leader_groups", [])),
        plural_counterpart_words=int(data.get("plural_counterpart_words", 4)),
        visit_noun_stem=normalize_key(data["visit_noun_stem"]),
        bi_clitics=frozenset(_keys(data["bi_clitics"])),
        li_clitics=frozenset(_keys(data["li_clitics"])),
        in_person_talk_words=frozenset(_keys(data.get("in_person_talk_words", []))),
        visit_occasion_words=frozenset(_keys(data.get("visit_occasion_words", []))),
        visit_occasion_meetings=_keys(data.get("visit_occasion_meetings", [])),
        guest_meal_nouns=frozenset(_keys(data.get("guest_meal_nouns", []))),
        told_again_verbs=frozenset(_keys(data.get("told_again_verbs", []))),
        told_again_determiners=frozenset(_keys(data.get("told_again_determiners", []))),
        time_gap_words=frozenset(_keys(data.get("time_gap_words", []))),
        reply_words=frozenset(_keys(data.get("reply_words", []))),
        reception_pronoun_triggers=frozenset(_keys(data.get("reception_pronoun_triggers", []))),
        subjunctive_that=frozenset(_keys(data.get("subjunctive_that", []))),
        plan_clause_openers=frozenset(_keys(data.get("plan_clause_openers", []))),
        attendance_cues=_keys(data.get("attendance_cues", [])),
        attendance_pair_cues=_keys(data.get("attendance_pair_cues", [])),
        attendance_cues_before=_without(data.get("attendance_cues", []), data.get("attendance_cues_after_only", [])),
        attended_contact_verbs=frozenset(_keys(data.get("attended_contact_verbs", []))),
        attended_contact_links=frozenset(_keys(data.get("attended_contact_links", []))),
        separate_talks=frozenset(_keys(data.get("separate_talks", []))),
        interjected_talks_duals=_keys(data.get("interjected_talks", {}).get("duals", [])),
        interjected_talks_nouns=_keys(data.get("interjected_talks", {}).get("nouns", [])),
        interjection_max_chars=int(data.get("interjected_talks", {}).get("max_chars", 0)),
        held_talks_verbs=_keys(data.get("interjected_talks", {}).get("verbs", [])),
        held_talks_subjects_chars=int(data.get("interjected_talks", {}).get("subjects_max_chars", 0)),
        scene_openers=_keys(data.get("scene_openers", [])),
        collective_parties=_keys(data.get("collective_parties", [])),
        member_openers=_keys(data.get("member_openers", [])),
        said_pronouns=_keys(data.get("said_pronouns", [])),
        report_about_words=frozenset(_keys(data.get("report_about_words", []))),
        non_leader_titles=_keys(data.get("non_leader_titles", [])),
        collective_member_titles=_keys(data.get("collective_member_titles", [])),
        non_leader_title_words=int(data.get("non_leader_title_words", 0)),
        non_leader_actors=_keys(data.get("non_leader_actors", [])),
        non_leader_subject_words=int(data.get("non_leader_subject_words", 0)),
        timing_openers=frozenset(
            _keys(
                data.get("contact_time_after", [])
                + data.get("contact_time_before", [])
                + data.get("timing_openers_more", [])
            )
        ),
        contact_time_after=_keys(data.get("contact_time_after", [])),
        contact_time_before=_keys(data.get("contact_time_before", [])),
        timing_opener_words=int(data.get("timing_opener_words", 0)),
        attendance_joins=_keys(data.get("attendance_joins", [])),
        dual_contact_verbs=frozenset(_keys(data.get("dual_contact_verbs", []))),
        dual_verb_openers=frozenset(_keys(data.get("dual_verb_openers", []))),
        subordinators=frozenset(_keys(data.get("subordinators", []))),
        pluperfect_auxiliaries=frozenset(_keys(data.get("pluperfect_auxiliaries", []))),
        during_words=frozenset(_keys(data.get("during_words", []))),
        time_setting_words=frozenset(_keys(data.get("time_setting_words", []))),
        more_given_names=frozenset(_keys(data.get("more_given_names", []))),
        pluperfect_particle=normalize_key(str(data.get("pluperfect_particle", ""))),
        pluperfect_words=int(data.get("pluperfect_words", 0)),
        led_by_head_of_government=frozenset(str(c) for c in data.get("led_by_head_of_government", [])),
        another_contact_words=frozenset(_keys(data.get("another_contact_words", []))),
        joined_contact=_keys(data.get("joined_contact", [])),
        contrast_openers=_keys(data.get("contrast_openers", [])),
        since_or_other=_keys(data.get("since_or_other", [])),
        stamp_date_labels=_keys(data.get("stamp_date_labels", [])),
        stamp_dated_label=normalize_key(str(data.get("stamp_dated_label", ""))),
    )


_CLITICS = ("وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل")
_CLITIC_LETTERS = frozenset(c[0] for c in _CLITICS)


def pluperfects(words: list[str], max_between: int) -> list[tuple[int, int]]:
    """The one reader of the pluperfect ("وكان الرئيسان قد تحادثا", "وكانت قد التقت"): the (auxiliary,
    particle) word indexes in ``words`` where an auxiliary of ``pluperfect_auxiliaries`` (bare or with a
    conjunction) stands at most ``max_between`` words before ``pluperfect_particle``. The callers choose
    the words (a sentence's opening, the words before a contact word) and which pairs count."""
    lex = lexicon()
    particle = lex.pluperfect_particle
    if not particle:
        return []
    return [
        (i, j)
        for j, word in enumerate(words)
        if word == particle
        for i in range(max(0, j - max_between - 1), j)
        if bare_or_conjoined(words[i], lex.pluperfect_auxiliaries)
    ]


def strip_clitic(word: str) -> list[str]:
    """The word and its readings without a proclitic ("والاتصال" -> "والاتصال", "الاتصال", "اتصال")."""
    out = [word]
    if word[:1] not in _CLITIC_LETTERS:
        return out  # no clitic opens with its first letter (most words)
    for prefix in _CLITICS:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            out.append(word[len(prefix) :])
    return out


# "مع" ("with"): the word before a contact's partner ("بحث X مع Y", "لقاء مع Y"), read by ``word_pattern``
# (the word in a span) and ``last_word_pattern`` (the word right before a mention).
WITH = ("مع",)


@lru_cache(maxsize=16)
def word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``words`` as a word of its own in normalised text (no letter written onto it); the one
    reader of "مع" (``WITH``) and the prepositions read with it."""
    return re.compile(WORD_START + rf"(?:{alternation(words)})" + WORD_END)


@lru_cache(maxsize=16)
def last_word_pattern(words: tuple[str, ...], article: bool = False) -> re.Pattern[str]:
    """Any of ``words`` as the last word of a span, white space after it (searched on the few
    characters before a mention: "مع X"); with ``article``, the article of the next word may follow
    ("مع ال|رئيس": a title's article outside the mention)."""
    return re.compile(rf"(?:^|\s)(?:{alternation(words)})\s+" + ("(?:ال)?" if article else "") + "$")


@lru_cache(maxsize=64)
def cue_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``words`` as whole words in normalised text; a conjunction (و/ف) and the future
    particle (س: "سيجري") may stand before them."""
    alternatives = alternation(words)
    return re.compile(WORD_START + rf"[وف]?س?(?:{alternatives})" + WORD_END)


# _cue_test by the identity of the (long-lived) word tuple: hashing a tuple of 40 words costs more
# than the look-up it keys; the tuple is kept with its entry, so its id is not reused meanwhile
_CUE_BY_ID: dict[int, tuple[tuple[str, ...], Any, re.Pattern[str]]] = {}


def _cue_test(words: tuple[str, ...]) -> tuple[Any, re.Pattern[str]]:
    hit = _CUE_BY_ID.get(id(words))
    if hit is not None and hit[0] is words:
        return hit[1], hit[2]
    if len(_CUE_BY_ID) > 256:  # tuples built per call would fill it
        _CUE_BY_ID.clear()
    auto, pattern = _cue_test_built(words)
    _CUE_BY_ID[id(words)] = (words, auto, pattern)
    return auto, pattern


@lru_cache(maxsize=64)
def _cue_test_built(words: tuple[str, ...]) -> tuple[Any, re.Pattern[str]]:
    """An Aho-Corasick automaton of ``words`` (None when one is empty) and their cue pattern."""
    auto = None
    if all(words):
        auto = ahocorasick.Automaton()
        for w in words:
            auto.add_word(w, w)  # the word itself: ``written_spans`` reads its length
        auto.make_automaton()
    return auto, cue_pattern(words)


# word_set by the identity of the (long-lived) word tuple, as _CUE_BY_ID: a set of its words
_SET_BY_ID: dict[int, tuple[tuple[str, ...], frozenset[str]]] = {}


def word_set(words: tuple[str, ...]) -> frozenset[str]:
    """``words`` (a word list of the lexicon, kept for the process) as a set, for rules that ask
    whether a word is one of them several times per frame (a set look-up, not a scan of the tuple)."""
    hit = _SET_BY_ID.get(id(words))
    if hit is not None and hit[0] is words:
        return hit[1]
    if len(_SET_BY_ID) > 256:  # tuples built per call would fill it
        _SET_BY_ID.clear()
    found = frozenset(words)
    _SET_BY_ID[id(words)] = (words, found)
    return found


def any_written(text: str, words: tuple[str, ...], lo: int = 0, hi: int | None = None) -> bool:
    """Is one of ``words`` written in ``text[lo:hi]`` (as a substring, boundaries aside)? Every match
    of ``cue_pattern(words)`` holds one: a test that spares most regex scans (Aho-Corasick, in C)."""
    if not words:
        return False
    hit = _CUE_BY_ID.get(id(words))  # ``_cue_test``'s look-up inlined (asked hundreds of times per article)
    auto = hit[1] if hit is not None and hit[0] is words else _cue_test(words)[0]
    if auto is None:
        return True  # an empty word is in every text
    n = len(text)
    if lo < 0:
        lo = 0
    if hi is None or hi > n:
        hi = n
    if hi <= lo:
        return False
    # the slice, not iter(text, lo, hi): the automaton reads the whole string it is given (linear time)
    for _ in auto.iter(text[lo:hi] if lo or hi < n else text):
        return True
    return False


def written_spans(text: str, words: tuple[str, ...], lo: int, hi: int) -> list[tuple[int, int]]:
    """Where one of ``words`` (none empty) is written in ``text[lo:hi]``, as (start, end) offsets in
    ``text``: ``any_written``'s automaton, for rules that test only the words holding one."""
    if not words:
        return []
    auto = _cue_test(words)[0]
    return [(lo + end + 1 - len(key), lo + end + 1) for end, key in auto.iter(text[lo:hi])]


def has_cue(text: str, words: tuple[str, ...]) -> bool:
    if not words:
        return False
    hit = _CUE_BY_ID.get(id(words))  # ``_cue_test``'s look-up inlined, as in ``any_written``
    auto, pattern = (hit[1], hit[2]) if hit is not None and hit[0] is words else _cue_test(words)
    if auto is not None:  # ``any_written`` inlined (asked dozens of times per article)
        for _ in auto.iter(text):
            break
        else:
            return False
    return pattern.search(text) is not None


# Possessive pronouns after a noun, as written ("محادثاته", "لقائها", "اتصالهما").
POSSESSIVE_SUFFIXES = ("هما", "هم", "ها", "ه")


def possessed_noun(word: str, nouns: frozenset[str], original: str | None = None) -> bool:
    """Is ``word`` (normalised) one of ``nouns`` with a possessive pronoun? The pronoun is read on the
    written form (``original``: "مكالمته", not the folded "مكالمه" of "مكالمة"); before it a noun's
    ة is written ت ("زيارته") and its ء on a seat ("لقائه")."""
    if not possessed_candidate(word, nouns):
        return False
    for suffix in POSSESSIVE_SUFFIXES:
        if not (original or word).endswith(suffix) or len(word) <= len(suffix) + 1:
            continue
        if _noun_before_pronoun(word[: -len(suffix)], nouns):
            return True
    return False


def _noun_before_pronoun(base: str, nouns: frozenset[str]) -> bool:
    """Is ``base`` (a word less its pronoun) one of ``nouns``, with or without a clitic? Before a
    pronoun a noun's ة is written ت ("زيارت") and its ء on a seat ("لقائ")."""
    bases = [base]
    if base.endswith("ت"):
        bases.append(base[:-1] + "ه")
    if base.endswith(("ئ", "ي")):
        bases.append(base[:-1] + "ء")
    return any(form in nouns for b in bases for form in strip_clitic(b))


# The pronouns of the one who speaks or writes on a noun ("لقائي", "محادثتنا"), normalised.
FIRST_PERSON_SUFFIXES = ("نا", "ي")
# A noun with a first-person pronoun keeps at least this many letters before it.
FIRST_PERSON_BASE_LETTERS = 3


def first_person_noun(word: str, nouns: frozenset[str], suffixes: tuple[str, ...] = FIRST_PERSON_SUFFIXES) -> bool:
    """Is ``word`` (normalised) one of ``nouns`` with the pronoun of "I" or "we" ("سعيد باستقبالي",
    "لقائنا", "مباحثاتنا")? The written forms before the pronoun are read as by ``possessed_noun``."""
    for suffix in suffixes:
        base = word[: -len(suffix)]
        if word.endswith(suffix) and len(base) >= FIRST_PERSON_BASE_LETTERS and _noun_before_pronoun(base, nouns):
            return True
    return False


def possessed_candidate(word: str, nouns: frozenset[str]) -> bool:
    """An exact pre-test of ``possessed_noun``: ``word`` less as many letters as a pronoun has is a
    noun's stem with or without a clitic (a set look-up: most words of a sentence end here, before
    their written form is read)."""
    stems = _possessed_stems(nouns)
    for n in _SUFFIX_LENGTHS:  # noqa: SIM110 (a loop: any() over a generator costs twice as much, per word)
        if word[:-n] in stems:
            return True
    return False


_SUFFIX_LENGTHS = tuple(sorted({len(s) for s in POSSESSIVE_SUFFIXES}))


@lru_cache(maxsize=8)
def _possessed_stems(nouns: frozenset[str]) -> frozenset[str]:
    """What ``possessed_noun`` may find before a pronoun: each noun's stem (``possessed_stem_words``),
    bare or after a clitic (every base whose ``strip_clitic`` readings, undone as there, hold a noun)."""
    return frozenset(clitic + stem for clitic in ("", *_CLITICS) for stem in possessed_stem_words(nouns))


@lru_cache(maxsize=8)
def possessed_stem_words(nouns: frozenset[str]) -> tuple[str, ...]:
    """Each noun, its ة written ت ("زيارت"), its ء on a seat ("لقائ"): one of them is written in every
    word ``possessed_noun`` accepts (a pre-test with ``any_written``)."""
    out: set[str] = set()
    for noun in nouns:
        out.add(noun)
        if noun.endswith("ه"):
            out.add(noun[:-1] + "ت")
        if noun.endswith("ء"):
            out.update((noun[:-1] + "ئ", noun[:-1] + "ي"))
    return tuple(sorted(out))
