"""Sources: who the article says reported each event.

A source is named in the trigger sentence or the sentences that continue it ("وذكرت وكالة ...",
"(واس)", "بحسب بيان للرئاسة"), in the dateline ("عمان - بترا:", applies to every event of the
article) or on a trailing "المصدر:" line. Names that are also common words ("فارس", "العمانية")
and templates ("وسائل إعلام إيرانية") count only after an attribution cue.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache, lru_cache
from itertools import accumulate
from operator import itemgetter

from rasd.arabic import WORD_END, WORD_START
from rasd.config import news_sources
from rasd.dates import saying_words, spokesperson_words, statement_nouns
from rasd.extract.lexicon import any_written, written_spans
from rasd.extract.refdata import ReferenceData, reference_data
from rasd.extract.scan import GAP_OK, SOURCE_KINDS, Match, Spans, scan
from rasd.normalize import normalize, normalize_key
from rasd.records import Participant, SourceRef
from rasd.words import alternation, bare_or_conjoined, matches_at

# An attribution cue may open this many characters before the sentence ("... ، وقالت:" at the end
# of the previous one).
CUE_LOOKBACK_CHARS = 30
# A body named without its country yields to a named source starting within this many characters after it.
NAMED_AFTER_CHARS = 4
# An ambiguous source name ("فارس") must follow its cue within this many characters.
AMBIGUOUS_AFTER_CUE_CHARS = 12
# An official credited by name (kind ``person``: "قال مساعد الرئيس للشؤون الخارجية فلان") follows his
# cue within this many characters (his titles between).
PERSON_AFTER_CUE_CHARS = 60
# A template or contextual source ("بيان لرئاسة الجمهورية") must follow its cue within this many.
TEMPLATE_AFTER_CUE_CHARS = 25
# A body named without its country ("بوزارة الخارجية") counts after a spokesperson's title that ends
# within this many characters before it ("المتحدث الرسمي ومدير إدارة الدبلوماسية العامة بوزارة الخارجية").
SPOKESPERSON_BEFORE_CHARS = 50
# The country adjective of a template follows it within this many characters.
TEMPLATE_ADJ_CHARS = 12
# Trailing source and photo-credit lines sit in the last characters of the text.
TRAILER_CHARS = 400

_TRAILER_LINE = re.compile(r"^\s*(?:المصدر|مصدر الخبر|المصادر|الصوره|تصوير|صوره)\s*[:：]", re.M)
_SOURCE_LINE = re.compile(r"^(?:المصدر|مصدر الخبر|المصادر)\s*[:：]\s*(.+)$")

Found = tuple[SourceRef, int, int]
_CUE_KINDS = frozenset({"attribution_cue"})
_COUNTRY_KINDS = frozenset({"country_adj", "country_name"})
# Match fields as C-level sort keys
_END = itemgetter(1)
_WORD_START = itemgetter(2)


def _after_cue(m: Match, cues: list[Match], limit: int) -> bool:
    """Does a cue end at most ``limit`` characters before ``m``? ``cues`` are ordered by their end."""
    first = bisect_left(cues, m.word_start - limit, key=_END)
    return first < len(cues) and cues[first].end <= m.word_start


def _template(text: str, m: Match, adjs: list[Match], ref: ReferenceData) -> Found | None:
    """ "وسائل إعلام إيرانية" -> Iranian media: a template and the country adjective after it."""
    if _after_office_noun(text, m.word_start):  # "وزير الإعلام اليمني": an office, not the body
        return None
    last_word = len(text[m.word_start : m.end].split()[-1])
    # only the adjectives or names from inside the template's last word to TEMPLATE_ADJ_CHARS after it
    # can qualify: ``adjs`` is ordered by word start, so look at those alone (linear in the text)
    first = bisect_left(adjs, m.end - last_word, key=_WORD_START)
    for i in range(first, len(adjs)):  # not ``adjs[first:]``: a copy of the text's rest per template
        a = adjs[i]
        if a.word_start - m.end > TEMPLATE_ADJ_CHARS:
            break
        gap = text[m.end : a.word_start]
        if a.entry.kind == "country_name":
            # "رئاسة الجمهورية العربية السورية": a country's long name may take up the template's
            # last word; else it follows at once (not a quoted name: قناة "روسيا اليوم")
            if -last_word <= a.word_start - m.end < 0 or (0 <= a.word_start - m.end <= 2 and not gap.strip()):
                return _built(text, m, a, ref)
            continue
        if _ANY_QUOTE.search(gap):  # قناة «المملكة» الأردنية: a quoted name, the outlet itself
            continue
        if gap.strip() and _ends_in_head(text, m):  # "مكتب رئيس البرلمان العراقي": another body's head
            continue
        if 0 <= a.word_start - m.end <= TEMPLATE_ADJ_CHARS and (GAP_OK.match(gap) or len(gap.split()) <= 1):
            return _built(text, m, a, ref)
    return None


def _ends_in_head(text: str, m: Match) -> bool:
    """Does the template end in the noun of a head ("مكتب رئيس", "الدائرة الصحفية لرئيس";
    news_sources.yaml ``template_head_nouns``)? Then its country follows it in construct ("مكتب رئيس
    أذربيجان"), and a word between names the body the head leads ("مكتب رئيس البرلمان العراقي")."""
    last = text[m.word_start : m.end].split()[-1]
    heads = source_words("template_head_nouns")
    return any(last.removeprefix(clitic) in heads for clitic in ("", "ل", "لل", "ال"))


# "بينها", "منها": a named member of the kind a template names follows within this many characters
AMONG_AFTER_CHARS = 30


@lru_cache(maxsize=1)
def _among_pattern() -> re.Pattern[str]:
    """A word of membership (news_sources.yaml ``membership_words``) right after a template."""
    words = "|".join(re.escape(normalize_key(w)) for w in news_sources().get("membership_words", []))
    return re.compile(rf"[\s,،]*(?:من\s+)?[و]?(?:{words})\b")


def _among(text: str, end: int, named: int) -> bool:
    """Does a word of membership ("بينها", "منها") lead from a template ending at ``end`` to a named
    source starting at ``named``?"""
    if not 0 < named - end <= AMONG_AFTER_CHARS:
        return False
    m = _among_pattern().match(text, end, named)
    return m is not None


def _after_office_noun(text: str, start: int) -> bool:
    """Does an office noun ("وزير", "شؤون") stand right before ``start``: a title, not the body?"""
    before = text[max(0, start - TEMPLATE_ADJ_CHARS) : start].split()
    return bool(before) and before[-1] in _grammar_words()[2]


@lru_cache(maxsize=1)
def _credit_patterns() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """An archive word after a source's name ("رويترز/ أرشيف") or before it ("صورة أرشيفية - رويترز")."""
    data = news_sources()
    words = [normalize_key(w) for w in data.get("archive_words", [])]
    if not words:
        return None
    alternatives = alternation(words)
    # a photo label with its mark right before the name ("صورة- واس", "(الصورة: رويترز)") credits a picture too
    labels = [normalize_key(w) for w in data.get("photo_credit_labels", [])]
    label_alternatives = alternation(labels) or "(?!)"
    after = re.compile(rf"[ \t]*[/\-–ـ(][ \t]*(?:{alternatives}){WORD_END}")
    before = re.compile(
        rf"(?:{WORD_START}(?:{alternatives})[ \t]*[/\-–ـ:(]?|{WORD_START}(?:{label_alternatives})[ \t]*[/\-–ـ:])[ \t]*$"
    )
    return after, before


# An archive word before a source's name stands within this many characters of it.
CREDIT_BEFORE_CHARS = 16


def photo_credit(text: str, start: int, end: int) -> bool:
    """Is the source named at ``start:end`` a picture's credit ("أ ف ب/ أرشيف", "(أرشيفية - رويترز)",
    "صورة- واس")?"""
    patterns = _credit_patterns()
    if patterns is None:
        return False
    after, before = patterns
    return bool(after.match(text, end) or before.search(text[max(0, start - CREDIT_BEFORE_CHARS) : start]))


def _written_as_place(text: str, m: Match) -> bool:
    """Is the official body ``m`` written as a place ("في البيت الأبيض", "إلى الكرملين", "بالديوان
    الأميري"): where someone met or went, not who spoke? Not so after an insider ("مسؤول في البيت الأبيض")."""
    places, insiders = _place_words()
    if "ب" in text[m.word_start : m.start]:
        return True
    before = text[max(0, m.word_start - PLACE_BEFORE_CHARS - INSIDER_ADJ_CHARS) : m.word_start].split()
    if not before or before[-1] not in places:
        return False
    # the insider right before the locative, or before one adjective of rank ("مسؤول كبير في")
    return not any(w in insiders for w in before[-3:-1])


# The locative word before an official body and the insider noun before it lie within this many characters.
PLACE_BEFORE_CHARS = 24
# ... and an adjective of rank between them ("مسؤول رفيع في البيت الأبيض") within this many more.
INSIDER_ADJ_CHARS = 8


@cache
def source_words(key: str) -> frozenset[str]:
    """A word list of news_sources.yaml (the source grammar's words), normalised: the one loader of them."""
    return frozenset(normalize_key(w) for w in news_sources().get(key, []))


def _place_words() -> tuple[frozenset[str], frozenset[str]]:
    """Locative words that make an official body a place, and the insider nouns that keep it a source
    (news_sources.yaml)."""
    return source_words("place_words_before"), source_words("insider_nouns")


def _built(text: str, m: Match, a: Match, ref: ReferenceData) -> Found | None:
    """The source a template ``m`` names with the country of ``a``."""
    country = ref.countries.get(a.entry.value)
    if country is None:
        return None
    name = m.entry.value.replace("{adj}", country.adjective_en).replace("{country}", country.name_en)
    name = ref.template_overrides.get(name, name)
    return SourceRef(name, text[m.word_start : a.end], "official"), m.word_start, a.end


def _inside_country(m: Match, adjs: list[Match], reach: list[tuple[list[int], list[int]]]) -> bool:
    """Does a country's name in ``adjs`` (ordered by start) start at or before ``m`` and end after it?
    ``reach`` caches the names' starts and the furthest end so far (bisect: linear in the names)."""
    if not reach:
        names = [a for a in adjs if a.entry.kind == "country_name"]
        reach.append(([a.word_start for a in names], list(accumulate((a.end for a in names), max))))
    starts, furthest = reach[0]
    k = bisect_right(starts, m.word_start)
    return k > 0 and furthest[k - 1] > m.end


def sources_in(text: str, index: Spans, ref: ReferenceData, lo: int, hi: int) -> list[Found]:
    """Sources named between ``lo`` and ``hi``, with their spans in the normalised text."""
    out: list[Found] = []
    # the matches of the kinds read here, picked out once per article (a sentence has many others)
    inside = index.of_kinds(SOURCE_KINDS).between(lo, hi)
    if _ANY_QUOTE.search(text, lo, hi) is None and not inside:
        return out  # no source's name and no quoted outlet: most sentences (every sentence is asked)
    cues = sorted(index.of_kinds(_CUE_KINDS).between(lo - CUE_LOOKBACK_CHARS, hi), key=_END)
    taken: set[int] = set()  # where the sources found so far start
    ambiguous: set[int] = set()  # where the names that are also words ("العمانية") start
    built: list[Found] = []  # the sources built from a template and a country
    adjs = sorted(index.of_kinds(_COUNTRY_KINDS).between(lo, hi), key=_WORD_START)
    names_reach: list[tuple[list[int], list[int]]] = []  # built on the first ambiguous name asked
    for m in inside:
        kind = m.entry.kind
        if kind == "source" or (kind == "source_ambiguous" and _after_cue(m, cues, AMBIGUOUS_AFTER_CUE_CHARS)):
            name = m.entry.value
            if ref.source_kinds.get(name) == "person" and not (
                _after_cue(m, cues, PERSON_AFTER_CUE_CHARS) or verb_follows(text, m.end)
            ):
                continue  # "برفقة أعضاء المجلس، فلان": an official named, not one who speaks
            if ref.source_kinds.get(name) == "official" and (
                _after_office_noun(text, m.word_start) or _written_as_place(text, m)
            ):
                continue  # "وزير شؤون الديوان الأميري": a minister's title; "في البيت الأبيض": a place
            if photo_credit(text, m.word_start, m.end):
                continue  # "أ ف ب/ أرشيف" under a picture: who took it, not who reported
            if kind == "source_ambiguous" and _inside_country(m, adjs, names_reach):
                continue  # "ولي عهد العربية السعودية": the start of a country's name, not the channel
            out.append(
                (SourceRef(name, text[m.word_start : m.end], ref.source_kinds.get(name, "agency")), m.word_start, m.end)
            )
            taken.add(m.word_start)
            if kind == "source_ambiguous":
                ambiguous.add(m.word_start)
        elif kind == "source_template":
            found = _template(text, m, adjs, ref)
            if found is not None and (_after_cue(m, cues, TEMPLATE_AFTER_CUE_CHARS) or verb_follows(text, found[2])):
                out.append(found)
                taken.add(found[1])
                built.append(found)
        elif kind == "source_contextual" and (
            _after_cue(m, cues, TEMPLATE_AFTER_CUE_CHARS)
            or _after_spokesperson(text, m.word_start, m.end)
            or verb_follows(text, m.end)
        ):
            # "بيان لرئاسة الجمهورية": whose presidency is known once the event's people are.
            if m.word_start in taken:
                continue
            name, office = m.entry.value
            # ... unless its country's adjective follows at once ("وكالة الأنباء الرسمية السورية"): that country's
            adjoined = (
                _template(text, m._replace(entry=replace(m.entry, value=name)), adjs, ref) if ADJ in name else None
            )
            if adjoined is not None and len(text[m.end : adjoined[2]].split()) == 1:  # not "وزارة الداخلية الإيرانية"
                out.append(adjoined)
                taken.add(adjoined[1])
                built.append(adjoined)
                continue
            out.append((SourceRef(name, text[m.word_start : m.end], f"pending:{office}"), m.word_start, m.end))
            taken.add(m.word_start)
    for q in _quoted_outlets(text, lo, hi, ref):
        if (_after_cue(q[3], cues, TEMPLATE_AFTER_CUE_CHARS) or verb_follows(text, q[2])) and all(
            o[0].name_en != q[0].name_en for o in out
        ):
            out.append(q[:3])
    # a body named with its country ("وزارة الخارجية الإيرانية") is not also the participants' own
    # ... nor is a countryless body named right before a source's name ('وكالة الأنباء الرسمية "إيفي"')
    named = sorted((x, y) for src, x, y in out if not src.kind.startswith("pending:"))
    longest = max((y - x for x, y in named), default=0)

    def overlaps_named(o: Found) -> bool:
        # a named span (x, y) with x < reach and y > o's start: only those starting after o's start
        # minus the longest span can (``named`` is ordered by start: linear in the sources found)
        reach = o[2] + (NAMED_AFTER_CHARS if o[0].kind == ANY_PENDING else 0)
        first = bisect_left(named, (o[1] - longest, -1))
        last = bisect_left(named, (reach, -1))
        return any(o[1] < y for _, y in named[first:last])

    out = [o for o in out if not o[0].kind.startswith("pending:") or not overlaps_named(o)]
    if built and ambiguous:  # "وزارة الخارجية العمانية": the adjective that ends a built name, not the agency
        spans = [(x, y) for _, x, y in built]
        out = [o for o in out if o[1] not in ambiguous or not any(x < o[1] and o[2] <= y for x, y in spans)]
    if built:  # 'وكالة أنباء /كيودو/ اليابانية': a name inside a template's span is the body it names
        inner = sorted(x for src, x, _ in out if ref.source_kinds.get(src.name_en) and src.kind != "person")
        # ``o in built`` by equal fields (SourceRef is not hashable); ``inner`` by start (bisect):
        # linear in the sources found on a whole article's text
        built_keys = {(s.name_en, s.mention, s.kind, x, y) for s, x, y in built}

        def in_built(o: Found) -> bool:
            return (o[0].name_en, o[0].mention, o[0].kind, o[1], o[2]) in built_keys

        def has_inner(o: Found) -> bool:
            i = bisect_right(inner, o[1])
            return i < len(inner) and inner[i] < o[2]

        def quoted_after(o: Found) -> bool:
            # 'شبكة التلفزيون الفرنسية «فرانس-2»': the kind and country, then the quoted name of the body
            i = bisect_left(inner, o[2])
            return i < len(inner) and _QUOTED_NAME_GAP.fullmatch(text, o[2], inner[i]) is not None

        out = [o for o in out if not (in_built(o) and (has_inner(o) or quoted_after(o)))]
        # 'وسائل إعلام إسرائيلية، بينها صحيفة يديعوت أحرونوت': the named one stands for the kind
        out = [
            o
            for o in out
            if not (
                in_built(o)
                and any(
                    _among(text, o[2], x)
                    for x in inner[bisect_right(inner, o[2]) : bisect_right(inner, o[2] + AMONG_AFTER_CHARS)]
                )
            )
        ]
    out = [
        o
        for o in out
        if not kept_silent(text, o[1], o[2], lo, hi)
        and not _earlier_statement(text, o[1], o[2])
        and not _received_by(text, o[1])
    ]
    return out + _spoken_for(out)


# The verb of receiving before an outlet stands within this many words ("ورد لموقع صحيفة X").
RECEIVED_BEFORE_WORDS = 2


def _received_by(text: str, start: int) -> bool:
    """ "في بيان ورد لموقع صحيفة العراق", "بيان وصل إلى الوكالة": the outlet named after a verb of
    receiving (news_sources.yaml ``received_words``) got the statement; it is the publisher, not who
    reported it."""
    words = text[max(0, start - 30) : start].split()[-RECEIVED_BEFORE_WORDS:]
    received = source_words("received_words")
    if not words:
        return False
    if _one_of(words[-1], received):  # "ورد لصحيفة X": the clitic of the receiver on the name
        return text.startswith("ل", start)
    # "ورد إلى الوكالة", "ورد لموقع صحيفة X" (not "كما ورد في وكالة X": what the agency carried)
    return (
        len(words) == RECEIVED_BEFORE_WORDS
        and _one_of(words[0], received)
        and (words[1] in source_words("received_to_words") or words[1].startswith("ل"))
    )


def _one_of(word: str, words: frozenset[str]) -> bool:
    """Is ``word`` one of ``words``, bare or after the conjunction و ("وورد")?"""
    return word in words or (word[:1] == "و" and word[1:] in words)


def _earlier_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words that make a statement an earlier one (news_sources.yaml): before the body, after it."""
    return source_words("earlier_statement_before"), source_words("earlier_statement_after")


def _earlier_statement(text: str, start: int, end: int) -> bool:
    """ "وفق بيان سابق للرئاسة الجزائرية", "بيان صدر من البيت الأبيض مؤخرا": an earlier statement of the
    body, on an earlier step of the story, not its report of this contact."""
    before_words, after_words = _earlier_words()
    # "بيان سابق": a statement noun, then the word (not "في وقت سابق ذكرت الرئاسة": earlier that day)
    before = text[max(0, start - EARLIER_BEFORE_CHARS) : start].split()[-2:]
    if len(before) == 2 and before[1] in before_words and before[0] in person_statement_words()[0]:
        return True
    after = text[end : end + EARLIER_BEFORE_CHARS].split()[:1]
    return any(w.strip("،,.") in after_words for w in after)


# the words of an earlier statement stand within this many characters of the body's name
EARLIER_BEFORE_CHARS = 20


# A body that "did not announce" the contact follows the negated verb within this many characters
# ("لم يصدر أي تعليق من مكتب ...", "لم تفصح الحكومة الإسرائيلية أو البيت الأبيض") or precedes it within as many as SILENT_AFTER_CHARS ("البيت الأبيض،
# ومكتب رئيس الوزراء، لم يعلنا").
SILENT_BEFORE_CHARS = 40
SILENT_AFTER_CHARS = 40


@lru_cache(maxsize=1)
def _silence() -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    """The words of silence ("لم يعلن", "رفض التعليق"; news_sources.yaml) and their pattern."""
    words = tuple(normalize_key(w) for w in news_sources().get("silent_words", []))
    if not words:
        return words, None
    alternatives = alternation(words)
    return words, re.compile(rf"{WORD_START}[وف]?(?:{alternatives}){WORD_END}")


def kept_silent(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """ "ولم يصدر أي تعليق من مكتب نتنياهو", "البيت الأبيض ... لم يعلنا عن المكالمة": a body said to
    have kept silent (next to a negated verb of saying, in its sentence) is no source of the report."""
    if _refused(text, start, end, lo, hi):
        return True
    words, pattern = _silence()
    if pattern is None:
        return False
    near = max(lo, start - SILENT_BEFORE_CHARS)  # a clause mark is looked for in this reach only
    b = min(hi, end + SILENT_AFTER_CHARS)
    if not any_written(text, words, near, max(end, b)):
        return False  # one exact pre-test of both reaches (most bodies: no word of silence near)
    # before the body: within its clause ("امتنعت عن التعليق، فيما قال مسؤول لوكالة ..." is another's word)
    a = max(near, max(text.rfind(c, near, start) for c in _CLAUSE_MARKS) + 1)
    return any(
        any_written(text, words, x, y) and pattern.search(text, x, y) is not None for x, y in ((a, end), (start, b))
    )


_CLAUSE_MARKS = ("،", ",", ";", "؛")
# The refusal verb ends within this many characters before the body (an office word between: "رفض مكتب
# نتنياهو"); the refused act starts within REFUSED_AFTER_CHARS after it.
REFUSAL_BEFORE_CHARS = 12
REFUSED_AFTER_CHARS = 3


@lru_cache(maxsize=1)
def _refusal() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The refusal verb ("رفض", "امتنع") and the refused act right after the body ("التعليق")
    (news_sources.yaml ``refusal_verbs``, ``refused_acts``); None without either list."""
    data = news_sources()
    verbs = [normalize_key(w) for w in data.get("refusal_verbs", [])]
    acts = [normalize_key(w) for w in data.get("refused_acts", [])]
    if not verbs or not acts:
        return None
    v = alternation(verbs)
    x = alternation(acts)
    return re.compile(rf"{WORD_START}[وف]?(?:{v}){WORD_END}"), re.compile(
        rf"[\s,،]{{0,{REFUSED_AFTER_CHARS}}}(?:{x}){WORD_END}"
    )


def _refused(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """ "ورفض مكتب نتنياهو التعليق": the body (or person whose office it is) between a refusal verb and
    the act refused."""
    patterns = _refusal()
    if patterns is None:
        return False
    verb, act = patterns
    if act.match(text, end, hi) is None:
        return False
    return verb.search(text, max(lo, start - REFUSAL_BEFORE_CHARS), start) is not None


@lru_cache(maxsize=1)
def _grammar_words() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """Verbs that credit the subject before them, the outlet kind words and the office nouns a
    template may not follow (news_sources.yaml)."""
    kinds = tuple(normalize_key(w) for w in news_sources().get("outlet_kind_words", []))  # in order
    return source_words("attribution_verbs_after"), kinds, source_words("template_not_after")


@lru_cache(maxsize=1)
def person_statement_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Statement nouns before a person (``rasd.dates.statement_nouns`` and news_sources.yaml's own), quoting
    words after them, subject-verb fillers (news_sources.yaml)."""
    nouns = statement_nouns(day_forms=False) | source_words("person_statement_nouns")
    return nouns, source_words("person_quoting_words"), source_words("subject_verb_fillers")


def verb_follows(text: str, end: int) -> bool:
    """Does a verb of saying follow the body that ends at ``end`` ("الرئاسة التركية أعلنت"), or a
    colon that opens its words (a headline "الرئاسة المصرية: ...")?"""
    verbs = _grammar_words()[0]
    if text[end : end + 2].lstrip(" ").startswith(":"):  # "الرئاسة المصرية: السيسي يتلقى اتصالا"
        return True
    for word in text[end : end + VERB_AFTER_CHARS].split()[:3]:
        word = word.strip("،,:")
        if not word:  # "وكانت الرئاسة، قد أعلنت": a comma after the subject
            continue
        if bare_or_conjoined(word, verbs):
            return True
        if word not in person_statement_words()[2]:
            return False
    return False


# A verb that credits the subject before it follows it within this many characters.
VERB_AFTER_CHARS = 24
_QUOTES_OPEN = "\"«“'‘"
# between a template and the quoted name of the body it describes: spaces and an opening quote
_QUOTED_NAME_GAP = re.compile(f"\\s*[{_QUOTES_OPEN}]\\s*")
_QUOTES_CLOSE = "\"»”'’"
_ANY_QUOTE = re.compile(f"[{_QUOTES_OPEN}]")


@lru_cache(maxsize=1)
def _anaphor_pattern() -> tuple[re.Pattern[str], dict[str, frozenset[str]], tuple[str, ...]] | None:
    data = news_sources()
    kinds = {normalize_key(k): frozenset(v) for k, v in (data.get("anaphors") or {}).items()}
    if not kinds:
        return None
    words = alternation(kinds)
    definite = tuple(article + k for k in kinds for article in ("ال", "لل"))  # one is written in every match
    return re.compile(rf"{WORD_START}[وفب]?(?:ال|لل)(?P<noun>{words}){WORD_END}"), kinds, definite


# "المكتب السياسي": a definite word right after a bare anaphor's noun makes it another body.
_DEFINITE_NEXT = re.compile(r"\s+(?:ال|لل)")


def _names_another(text: str, end: int) -> bool:
    """Does a bare anaphor's noun ending at ``end`` go on to name a body of its own: a definite word
    right after it ("المكتب السياسي") or a word of ``bare_anaphor_not_before`` ("المتحدث باسم ...")?"""
    if _DEFINITE_NEXT.match(text, end):
        return True
    following = text[end : end + 12].split()[:1]
    return bool(following) and following[0] in source_words("bare_anaphor_not_before")


class LatestOfKinds:
    """The last of ``found`` (in its order) of one of some kinds that ends by a point: one sort per set
    of kinds, then O(log n) a question (scanning all the article's sources per anaphor was quadratic)."""

    def __init__(self, found: list[Found]) -> None:
        self.found = found
        self.tables: dict[frozenset[str], tuple[list[Found], list[int], list[int]]] = {}

    def __call__(self, kinds: frozenset[str], at: int) -> SourceRef | None:
        table = self.tables.get(kinds)
        if table is None:
            of_kind = [f for f in self.found if f[0].kind.split(":", 1)[0] in kinds]
            by_end = sorted(range(len(of_kind)), key=lambda i: of_kind[i][2])
            # latest[j]: the last in order among the j + 1 that end first
            table = self.tables[kinds] = (of_kind, [of_kind[i][2] for i in by_end], list(accumulate(by_end, max)))
        of_kind, ends, latest = table
        n = bisect_right(ends, at)
        return of_kind[latest[n - 1]][0] if n else None


def anaphoric_sources(
    text: str, index: Spans, lo: int, hi: int, earlier: Callable[[frozenset[str], int], SourceRef | None]
) -> list[Found]:
    """ "وأضافت الصحيفة أن ...", "وبحسب الوكالة": a definite kind word after a cue (or before a verb
    of saying) is the last source of that kind named before it (``earlier(kinds, at)``, in text order:
    asked only when a cued kind word is found, as it reads the whole article)."""
    found = _anaphor_pattern()
    if found is None:
        return []
    pattern, kinds, definite = found
    if not any_written(text, definite, lo, hi):  # the definite kind word is written in every match
        return []
    cues: list[Match] | None = None
    out: list[Found] = []
    for m in pattern.finditer(text, lo, hi):
        if cues is None:
            cues = [c for c in index.between(lo - CUE_LOOKBACK_CHARS, hi) if c.entry.kind == "attribution_cue"]
        cued = any(0 <= m.start() - c.end <= AMBIGUOUS_AFTER_CUE_CHARS for c in cues) or verb_follows(text, m.end())
        if not cued or (m["noun"] in source_words("bare_anaphors") and _names_another(text, m.end())):
            continue
        src = earlier(kinds[m["noun"]], m.start())
        if src is not None:
            out.append((SourceRef(src.name_en, text[m.start() : m.end()], src.kind), m.start(), m.end()))
    return out


@lru_cache(maxsize=1)
def _quoted_pattern() -> re.Pattern[str] | None:
    kinds = "|".join(re.escape(w) for w in _grammar_words()[1])
    if not kinds:
        return None
    return re.compile(
        rf"{WORD_START}[وفبل]?(?P<kind>{kinds})\s*[{_QUOTES_OPEN}](?P<name>[^{_QUOTES_CLOSE}\n]{{2,40}})[{_QUOTES_CLOSE}]"
    )


def quoted_matches(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, lo, hi)`` of ``_quoted_pattern``: a match starts at a kind word or at
    its one-letter clitic, so it is tried there only (``words.matches_at``), not at every character."""
    kinds = written_spans(text, _grammar_words()[1], lo, hi)
    return matches_at(pattern, text, sorted({x for start, _ in kinds for x in (start - 1, start) if x >= lo}), hi)


def _quoted_outlets(text: str, lo: int, hi: int, ref: ReferenceData) -> list[tuple[SourceRef, int, int, Match]]:
    """ "صحيفة "السوداني"", "موقع «أكسيوس»": a quoted name after an outlet's kind word, read with the
    kind word and alone; returns the source, its span and a match for the cue test."""
    pattern = _quoted_pattern()
    if pattern is None or _ANY_QUOTE.search(text, lo, hi) is None:
        return []
    if not any_written(text, _grammar_words()[1], lo, hi):  # an exact pre-test: a kind word is in every match
        return []
    out = []
    for q in quoted_matches(pattern, text, lo, hi):
        for phrase in (f"{q['kind']} {q['name'].strip()}", q["name"].strip()):
            hit = [x for x in scan(phrase, ref) if x.entry.kind in ("source", "source_ambiguous")]
            if hit:
                name = hit[0].entry.value
                src = SourceRef(name, text[q.start() : q.end()], ref.source_kinds.get(name, "agency"))
                out.append((src, q.start(), q.end(), Match(q.start(), q.end(), q.start(), hit[0].entry)))
                break
    return out


def _after_spokesperson(text: str, start: int, end: int) -> bool:
    """Is the body at ``start`` the one a spokesperson speaks for: the match opens with a
    spokesperson's title ("المتحدث الرئاسي"), or one stands shortly before it in the same sentence?"""
    titles = spokesperson_words()
    before = _SENTENCE_END.split(text[max(0, start - SPOKESPERSON_BEFORE_CHARS) : start])[-1]
    words = before.split() + text[start:end].split()[:1]
    return any(w in titles or (w[:1] == "و" and w[1:] in titles) for w in words)


_SENTENCE_END = re.compile(r"[.!?؟\n]")


SPOKESPERSON_SUFFIX = " spokesperson"


def _spoken_for(found: list[Found]) -> list[Found]:
    """A government's spokesperson speaks for the government: outlets credit either ("قال المتحدث
    باسم الحكومة الألمانية" is the German government's word), so both names are kept."""
    out = []
    for src, lo, hi in found:
        if src.name_en.endswith(SPOKESPERSON_SUFFIX):
            body = src.name_en[: -len(SPOKESPERSON_SUFFIX)]
            out.append((SourceRef(body, src.mention, src.kind), lo, hi))
    return out


# "مكتب ستارمر", "المكتب الإعلامي لنتنياهو": the office of a person named right after these words.
_OFFICE_OF = re.compile(r"(?:مكتب|المكتب الاعلامي ل|المكتب الصحفي ل|ديوان)\s*(?:ال|لل)?$")
# Written in every match of _OFFICE_OF (one of the two) and of _office_title_of (the first).
_OFFICE_WORDS = ("مكتب", "ديوان")
# How many characters before a person mention the office word may end.
OFFICE_BEFORE_CHARS = 24
# ... or with the holder's title and country between office and name, within this many characters.
OFFICE_TITLE_BEFORE_CHARS = 70


@lru_cache(maxsize=1)
def _office_title_of() -> re.Pattern[str]:
    """ "مكتب رئيس الوزراء العراقي مصطفى الكاظمي": the office, the holder's title, then the name."""
    # the title's words: a comma only after the last ("مكتب رئيس الوزراء العراقي، مصطفى الكاظمي"), never
    # a that-word ("أكد مكتب رئيس المجلس، اليوم، أن فلانا": the person is in the reported clause)
    not_that = rf"(?!(?:{alternation(saying_words()[1])})\s)"
    return re.compile(
        WORD_START + r"(?:مكتب|المكتب الاعلامي ل|المكتب الصحفي ل)\s*(?:ال|لل)?"
        r"(?:رئيس|رئيسه|المستشار|المستشاره|الرئيس|الرئيسه)(?:\s+(?:ال)?(?:وزراء|حكومه|مجلس الوزراء))?"
        rf"(?:\s+{not_that}[^\s,،]+){{0,3}}\s+{not_that}[^\s,،]+[,،]?\s+$"
    )


# The source an office of a given role is named as (English adjective of the person's country).
OFFICE_SOURCES = {
    "prime_minister": "{adj} prime minister's office",
    "chancellor": "{adj} chancellor's office",
    "president": "{adj} presidential press office",
}


# "قال رامافوزا في بيان": the leader's own statement, issued by their office; "في بيان" follows the
# name within this many characters (a title or a comma may stand between).
STATEMENT_AFTER_CHARS = 16
_STATEMENT = re.compile(r"[\s,،]*(?:في|عبر)\s+بيان")


def _own_statement(text: str, start: int, end: int) -> re.Match[str] | None:
    """ "وقال X في بيان": a verb of saying right before the name and "في بيان" right after it."""
    verbs, _ = saying_words()
    words = text[max(0, start - OFFICE_BEFORE_CHARS) : start].split()
    if not words or not bare_or_conjoined(words[-1], verbs):
        return None
    return _STATEMENT.match(text, end, end + STATEMENT_AFTER_CHARS)


def office_source(
    text: str, start: int, person_id: str | None, ref: ReferenceData, day: dt.date | None, end: int | None = None
) -> SourceRef | None:
    """ "وقال مكتب الكاظمي": the prime minister's (or president's) office of the person named; so
    too "وقال رامافوزا في بيان" (``end``: where the name ends)."""
    if not person_id or person_id not in ref.people:
        return None
    before = text[max(0, start - OFFICE_BEFORE_CHARS) : start]
    # the office words are written in every match of the two patterns: test them first (one mention at a time)
    m = _OFFICE_OF.search(before) if _OFFICE_WORDS[0] in before or _OFFICE_WORDS[1] in before else None
    if m is None:  # "مكتب المستشارة الألمانية أنغيلا ميركل": the office, then the title, then the name
        wide = text[max(0, start - OFFICE_TITLE_BEFORE_CHARS) : start]
        t = _office_title_of().search(wide) if _OFFICE_WORDS[0] in wide else None
        if t is not None:
            before, m = wide, t
    if m is None and end is not None and _own_statement(text, start, end):
        m = re.search(r"\S+\s*$", before)
    if m is None:
        return None
    return office_of(person_id, ref, day, before[m.start() :] + "…")


def office_of(person_id: str, ref: ReferenceData, day: dt.date | None, mention: str) -> SourceRef | None:
    """The office (prime minister's, chancellor's, presidential press office) of a person on the day."""
    person = ref.people[person_id]
    offices = person.offices_on(day) if day else list(person.offices)
    for office in offices:
        template = OFFICE_SOURCES.get(office.role)
        country = ref.countries.get(office.country or "")
        if template and country:
            name = template.format(adj=country.adjective_en)
            return SourceRef(ref.template_overrides.get(name, name), mention, "official")
    return None


@lru_cache(maxsize=1)
def _office_surname_pattern() -> re.Pattern[str]:
    """ "بيان للمكتب الإعلامي للسوداني": an office (news_sources.yaml ``office_surname_words``), then a
    person's surname with the clitic ل."""
    words = "|".join(re.escape(normalize_key(w)) for w in news_sources().get("office_surname_words", []))
    return re.compile(WORD_START + rf"[وفب]?(?:لل|ال|ل)?(?:{words})\s+(?:لل|ل)(?P<name>[^\s,.،:]+)")


def office_by_surname(
    text: str, lo: int, hi: int, surnames: dict[str, str], ref: ReferenceData, day: dt.date | None
) -> list[Found]:
    """ "وبحسب بيان للمكتب الإعلامي للسوداني": the office of the person the article names with that
    surname (``surnames``: last word of a person's mention, without "ال" -> person id)."""
    if _OFFICE_WORDS[0] not in text[lo:hi]:
        return []
    out: list[Found] = []
    for m in _office_surname_pattern().finditer(text, lo, hi):
        person_id = surnames.get(m["name"].removeprefix("ال"))
        src = office_of(person_id, ref, day, m.group()) if person_id else None
        if src is not None:
            out.append((src, m.start(), m.end()))
    return out


def contextual_source(
    src: SourceRef, participants: list[Participant], ref: ReferenceData, day: dt.date | None, home: str | None = None
) -> SourceRef | None:
    """Name a body given without its country after the participant who holds its office (one of
    its offices: "prime_minister|chancellor" for a government's spokesperson); when several do, the
    one of the article's own country (``home``: "رئاسة الجمهورية" is the outlet's presidency)."""
    offices = set(src.kind.split(":", 1)[1].split("|"))
    if src.name_en == ORG_BODY:
        return _org_body(src, participants, offices, ref, day)
    countries = [participant_country(p, ref, day) for p in participants]
    ranked = sorted(zip(participants, countries), key=lambda pc: bool(home) and pc[1] != home)
    for p, code in ranked:
        country = ref.countries.get(code or "")
        if country is None:
            continue
        name = src.name_en.replace("{adj}", country.adjective_en)
        if ANY_OFFICE in offices:  # "وكالة الأنباء الرسمية": only a country whose press has one such body
            if name in ref.template_overrides:
                return SourceRef(
                    ref.template_overrides[name],
                    src.mention,
                    ref.source_kinds.get(ref.template_overrides[name], "agency"),
                )
            continue
        holds = p.role in offices
        if not holds and p.person_id in ref.people and day is not None:
            holds = any(o.role in offices for o in ref.people[p.person_id].offices_on(day))
        if holds:
            return SourceRef(ref.template_overrides.get(name, name), src.mention, "official")
    return None


# the contextual name of an organisation's secretariat (news_sources.yaml ``org_sources``)
ORG_BODY = "{org}"


def _org_body(
    src: SourceRef, participants: list[Participant], offices: set[str], ref: ReferenceData, day: dt.date | None
) -> SourceRef | None:
    """The secretariat of the organisation whose officer (``offices``) takes part ("المتحدث باسم الأمين
    العام" with the Arab League's secretary general: Arab League)."""
    if day is None:
        return None
    names = _org_sources()
    for p in participants:
        if p.person_id not in ref.people:
            continue
        for o in ref.people[p.person_id].offices_on(day):
            if o.role in offices and o.org in names:
                return SourceRef(names[o.org], src.mention, "official")
    return None


@lru_cache(maxsize=1)
def _org_sources() -> dict[str, str]:
    """Organisation code -> the canonical source name of its secretariat (news_sources.yaml ``org_sources``)."""
    return dict(news_sources().get("org_sources") or {})


# the country adjective's place in a built name ("{adj} news agency")
ADJ = "{adj}"
# `office: any` in news_sources.yaml's contextual bodies
ANY_OFFICE = "any"
ANY_PENDING = "pending:" + ANY_OFFICE


# "رئيس الجمهورية عبد المجيد تبون", "فخامة رئيس الجمهورية السيد ...": the office written without a
# country right before a name is the article's own head of state.
_OWN_TITLE = re.compile(WORD_START + r"(?:ل|ب)?رئيس الجمهوريه(?:\s+السيد)?\s+")
OWN_TITLE_LOOKBACK_CHARS = 40


def own_country(
    norm: str, people: list[tuple[int, int, str | None, str | None]], ref: ReferenceData, day: dt.date | None
) -> str | None:
    """The article's own country when it names its head of state by the bare title ("رئيس
    الجمهورية X"): the country of the people written so, if they agree. ``people``: (start, end,
    person_id, country written with the mention)."""
    countries = set()
    for start, end, person_id, written_country in people:
        if person_id not in ref.people or written_country:
            continue
        lo = max(0, start - OWN_TITLE_LOOKBACK_CHARS)
        titles = list(_OWN_TITLE.finditer(norm, lo, end))
        if titles and titles[-1].end() >= start and titles[-1].end() < end:
            country = ref.people[person_id].country_on(day)
            if country:
                countries.add(country)
    return countries.pop() if len(countries) == 1 else None


# the built names of a country's press: "{adj} media", "{adj} state media"
_PRESS = " media"


def foreign_body(src: SourceRef, participants: list[Participant], ref: ReferenceData, day: dt.date | None) -> bool:
    """Is ``src`` an official body (a presidency, ministry, court, a country's media or sources) of a
    country none of the event's participants belongs to? It speaks of its own country's contacts ("ذكرت
    وزارة الخارجية العراقية أن الاتصال بين ابن علوي ونظيره العراقي" is no source of ابن علوي's other calls)."""
    if src.kind != "official" or src.name_en.endswith(_PRESS):
        return False  # a country's press ("مجلة فرنسية") reports other countries' contacts too
    country = source_country(src, ref)
    if country is None:
        return False
    countries = [participant_country(p, ref, day) for p in participants]
    return None not in countries and country not in countries


def participant_country(p: Participant, ref: ReferenceData, day: dt.date | None) -> str | None:
    """The participant's country as written, else that of their office on the day."""
    if p.country or not p.person_id or p.person_id not in ref.people:
        return p.country
    return ref.people[p.person_id].country_on(day)


def body_end(norm: str) -> int:
    """Offset where the trailing source / photo-credit lines begin (they are not body text)."""
    m = _TRAILER_LINE.search(norm, max(0, len(norm) - TRAILER_CHARS))
    return m.start() if m else len(norm)


# The trailing source line is among the text's last this many lines (tags and "read also" links of
# the page may follow it: "المصدر: سكاي نيوز عربية" then "كلمات دلالية: ...").
SOURCE_LINE_LINES = 10


def source_line(text: str) -> str | None:
    """The trailing "المصدر: ..." line of a plain-text article, if any."""
    for line in reversed([ln.strip() for ln in text.strip().splitlines()[-SOURCE_LINE_LINES:]]):
        m = _SOURCE_LINE.match(line)
        if m:
            return m.group(1).strip()
    return None


def resolve_source_name(value: str, ref: ReferenceData | None = None) -> SourceRef | None:
    """The source a free-text name denotes ("وكالة الأنباء السعودية" -> SPA), if known."""
    ref = ref or reference_data()
    for m in scan(normalize(value).text, ref):
        if m.entry.kind in ("source", "source_ambiguous"):
            return SourceRef(m.entry.value, value, ref.source_kinds.get(m.entry.value, "agency"))
    return None


def resolve_source_names(value: str, ref: ReferenceData | None = None) -> list[SourceRef]:
    """Every source a trailing source line names ("آكي + تاس" -> AKI, TASS); a body named without its
    country ("الصفحة الرسمية لرئاسة الجمهورية") is pending: the presidency of the event's president."""
    ref = ref or reference_data()
    out: list[SourceRef] = []
    norm = normalize(value).text
    for m in scan(norm, ref):
        kind = m.entry.kind
        if kind == "source_ambiguous" and not _listed_on_line(norm, m):
            continue  # "اوكرانيا بالعربية": a word of another name, not the channel
        if kind in ("source", "source_ambiguous"):
            src = SourceRef(m.entry.value, value, ref.source_kinds.get(m.entry.value, "agency"))
        elif kind == "source_contextual" and not out:
            name, office = m.entry.value
            src = SourceRef(name, value, f"pending:{office}")
        else:
            continue
        if all(s.name_en != src.name_en for s in out):
            out.append(src)
    return out


# What may stand between two names of a source line ("الجزيرة + وكالات", "سانا / رويترز", "واس، كونا").
_LINE_SEPARATORS = "+/،,-–|&"


def _listed_on_line(line: str, m: Match) -> bool:
    """Is the name ``m`` an item of the source line: at its start, after a separator or joined by "و"
    ("وكالات والجزيرة"), with no clitic but "و" and the article? A name that is also a word ("العربية")
    counts on the line only so, not inside another name ("اوكرانيا بالعربية")."""
    clitic = line[m.word_start : m.start]
    if clitic not in ("", "و", "ال", "وال"):
        return False
    before = line[: m.word_start].rstrip()
    return not before or before[-1] in _LINE_SEPARATORS or clitic[:1] == "و"


def source_country(src: SourceRef, ref: ReferenceData) -> str | None:
    """The country an official source speaks for: its data entry, or the adjective of a built name
    ("Tunisian presidential press office" -> TN)."""
    if src.name_en in ref.source_countries:
        return ref.source_countries[src.name_en]
    return _built_name_country(src.name_en, ref)


def _built_name_country(name: str, ref: ReferenceData) -> str | None:
    # one scan of the countries per name and reference data (a source name recurs in every article)
    cache = ref.source_countries_built
    if name not in cache:
        cache[name] = next(
            (code for code, country in ref.countries.items() if name.startswith(country.adjective_en + " ")), None
        )
    return cache[name]
