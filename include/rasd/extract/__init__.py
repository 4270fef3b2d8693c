"""Extract stage: who contacted whom, on which day, about what, according to whom, with evidence.

Rule-based and explainable, decided once per article (``document`` runs the steps; the module
of each step is named in its docstring):

1. ``scan``: the cleaned text is normalised (``rasd.normalize``) and scanned once with an
   Aho-Corasick automaton over the reference data (``refdata``); sentences are split.
2. ``mentions``: names, title + country, roles, counterparts and home-country offices become person
   mentions over the whole text (``article`` holds what the steps share); unknown words after a
   title are a name only when they pass the name test (``camel_names`` or the lexicon).
3. ``resolve`` and ``parties``: mentions become participants, by coreference in the article first,
   then by the office held on the day; people only talked about are no parties.
4. ``frames``: one frame per contact sentence (type, status, governing date), plus a second contact
   in a clause of its own.
5. ``events``: frames merge into one event per real contact (N-ary), with background contacts kept
   apart; ``initiator``, ``sources`` / ``attribution`` and ``confidence`` set the attributes.

Dates come from ``rasd.dates``; word lists from ``data/extract_words.yaml``.
"""

from __future__ import annotations

from rasd.extract.document import extract_events
from rasd.extract.mentions import home_country_of
from rasd.extract.sources import resolve_source_name
from rasd.extract.status import BACKGROUND_AFTER_DAYS

__all__ = ["BACKGROUND_AFTER_DAYS", "extract_events", "home_country_of", "resolve_source_name"]
