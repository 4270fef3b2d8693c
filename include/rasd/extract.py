"""Extract stage: who contacted whom, on which day, about what, according to whom, with evidence.

Rule-based and explainable. The cleaned text is normalised (``rasd.normalize``) and scanned once
with an Aho-Corasick automaton over the reference data (``rasd.refdata``); dates come from
``rasd.dates``. Per sentence, titles, country adjectives and names combine into participant
mentions; a sentence with a contact trigger becomes a candidate event; candidates about the same
participants merge, and trigger sentences that name fewer than two people add their date, sources
and topics to the event they continue. Every field carries evidence spans into the cleaned text.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from rasd.camel_names import name_analyser
from rasd.dates import DateMention, find_dates, parse_iso
from rasd.normalize import NormalizedText, normalize, normalize_key
from rasd.records import EXTRACTOR_VERSION, Event, Participant, SourceRef, Span
from rasd.refdata import Entry, ReferenceData, reference_data

_CLITIC_PREFIXES = frozenset(
    ["", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وب", "ول", "فب", "فل", "وك"]
)
_ENTITY_KINDS = {
    "person",
    "person_ambiguous",
    "title",
    "dual_title",
    "counterpart",
    "honorific",
    "qualifier",
    "home_word",
    "country_adj",
    "country_name",
    "org",
}
_SOURCE_KINDS = {"source", "source_ambiguous", "source_template", "source_contextual"}
_GROUP = {k: "entity" for k in _ENTITY_KINDS} | {k: "source" for k in _SOURCE_KINDS}
_TYPE_PRIORITY = {"video_call": 0, "phone_call": 1, "message": 2, "meeting": 3, "visit": 4}
_BASIS_STRENGTH = {"explicit": 4, "today": 3, "yesterday": 3, "weekday": 2, "published": 1, "none": 0, "same_day": 0}
_GAP_OK = re.compile(r"^[\s,()\"'«»“”:\-–]*$")
_STOP_WORDS = frozenset(
    normalize_key(w)
    for w in [
        "في",
        "مع",
        "على",
        "عن",
        "إلى",
        "الى",
        "من",
        "أن",
        "إن",
        "أنه",
        "خلال",
        "حول",
        "بشأن",
        "الذي",
        "التي",
        "وقد",
        "قد",
        "كما",
        "حيث",
        "بعد",
        "قبل",
        "اليوم",
        "أمس",
        "لدى",
        "عبر",
        "بين",
        "أمام",
        "ضد",
        "منذ",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
        "و",
        "ثم",
        "أو",
    ]
)
# A reported call older than this many days before publication is a mention in passing.
BACKGROUND_AFTER_DAYS = 3


class Match(NamedTuple):  # a tuple: hundreds are made per article
    start: int  # start of the key in the normalised text
    end: int
    word_start: int  # start including a clitic prefix
    entry: Entry


@dataclass
class EntityMention:
    start: int
    end: int
    person_id: str | None = None
    role: str | None = None  # office role, or "counterpart"
    country: str | None = None
    org: str | None = None
    unknown_name: str | None = None
    not_holder: bool = False  # "المنتخب", "السابق": named by an office they do not hold that day
    via_home: bool = False  # country taken from the dateline/outlet ("جلالة الملك"), not the text


@dataclass
class Candidate:
    sentence: int
    type: str
    status: str
    trigger: Match
    entities: list[EntityMention]
    date: DateMention | None
    sources: list[tuple[SourceRef, int, int]]
    topics: list[tuple[str, int, int]]
    background_cue: bool
    heading: bool


@dataclass
class _Draft:
    type: str
    status: str
    background: bool
    participants: dict[str, tuple[Participant, int, int]]
    date: DateMention | None
    date_basis: str
    sources: dict[str, tuple[SourceRef, int, int]] = field(default_factory=dict)
    topics: dict[str, tuple[int, int]] = field(default_factory=dict)
    triggers: list[Match] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)


class Spans:
    """Items sorted by start offset, sliced by range in O(log n) (sentences ask for theirs)."""

    def __init__(self, items: list) -> None:
        self.items = sorted(items, key=lambda x: x.start)
        self.starts = [x.start for x in self.items]

    def between(self, lo: int, hi: int) -> list:
        return self.items[bisect.bisect_left(self.starts, lo) : bisect.bisect_left(self.starts, hi)]


# Letters of the Basic Multilingual Plane, for word-boundary checks by set lookup.
_LETTERS = frozenset(c for c in map(chr, range(0x3000)) if c.isalpha())


def scan(text: str, ref: ReferenceData) -> list[Match]:
    """All reference-data keys in normalised ``text`` at word boundaries (clitics allowed)."""
    found: list[Match] = []
    n = len(text)
    letters = _LETTERS
    for end_index, (key, entries) in ref.automaton.iter(text):
        end = end_index + 1
        if end < n and text[end] in letters:
            continue
        start = end - len(key)
        word_start = start
        while word_start > 0 and text[word_start - 1] in letters:
            word_start -= 1
            if start - word_start > 3:
                break
        if word_start != start and text[word_start:start] not in _CLITIC_PREFIXES:
            continue
        for entry in entries:
            found.append(Match(start, end, word_start, entry))
    return _longest_per_group(found, n)


def _longest_per_group(matches: list[Match], length: int) -> list[Match]:
    """Within each group (entities, sources, triggers, ...) keep the longest of overlapping keys
    (leftmost-longest, one pass); one span may keep several meanings (a title naming two roles).
    Topics may nest ("قمة منظمة شنغهاي" is the SCO and its summit)."""
    matches.sort(key=lambda m: (m.word_start, m.word_start - m.end))
    kept: list[Match] = []
    last: dict[str, list[Match]] = {}  # group -> the kept matches of its current span
    for m in matches:
        if m.entry.kind == "topic":
            kept.append(m)
            continue
        group = _GROUP.get(m.entry.kind, m.entry.kind)
        current = last.get(group)
        if current:
            head = current[0]
            if (head.word_start, head.end) == (m.word_start, m.end):
                current.append(m)  # the same words, another meaning
                continue
            if m.word_start < head.end:
                if m.end - m.word_start <= head.end - head.word_start:
                    continue  # inside or overlapping a longer (or equal, earlier) match
                last[group] = [m]  # a longer match overlaps the kept one: it wins
                continue
            kept.extend(current)
        last[group] = [m]
    for current in last.values():
        kept.extend(current)
    kept.sort(key=lambda m: (m.start, m.end))
    return kept


def _adjacent(text: str, left: Match | EntityMention, right: Match, max_gap: int = 3) -> bool:
    gap = text[left.end : right.word_start]
    return len(gap) <= max_gap and bool(_GAP_OK.match(gap))


def _sentences(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_heading) per sentence. Headings (short lines with no final full stop, such as
    titles and sub-heads) summarise the body, so they never create events on their own."""
    out = []
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        stripped = line.strip()
        heading = bool(stripped) and len(stripped.split()) <= 20 and stripped[-1] not in '.!?"”»'
        pos = line_start
        for m in re.finditer(r"[.!?]+", line + "."):
            start, end = pos, line_start + m.start()
            pos = line_start + m.end()
            if text[start:end].strip():
                out.append((start, min(end, line_end), heading))
        line_start = line_end + 1
    return out


def _unknown_name(text: str, pos: int) -> tuple[str | None, int]:
    """Words after a title that reference data could not resolve, kept as a name: up to three
    words, or - where CAMeL's data is installed (``rasd.camel_names``) - the leading run of proper
    nouns, up to five ("ألبير شينغيرو أكد" gives "ألبير شينغيرو", not a verb as a surname)."""
    analyser = name_analyser()
    limit, window = (5, 100) if analyser is not None else (3, 60)
    words: list[str] = []
    ends: list[int] = []
    for m in re.finditer(r"\S+", text[pos : pos + window]):
        word = m.group().strip(",.:()\"'«»“”")
        if not word or word in _STOP_WORDS or not word[0].isalpha() or len(words) == limit:
            break
        words.append(word)
        ends.append(pos + m.end())
        if m.group() != word:  # punctuation closes the name
            break
    if analyser is not None and words:
        words = words[: analyser.proper_noun_run(words, left_context=text[max(0, pos - 40) : pos].split()[-4:])]
    if len(words) >= 2:
        return " ".join(words), ends[len(words) - 1]
    return None, pos


def _entity_mentions(
    text: str, matches: list[Match], confirmed: set[str], home_country: str | None = None
) -> list[EntityMention]:
    ents = [m for m in matches if m.entry.kind in _ENTITY_KINDS]
    out: list[EntityMention] = []
    i = 0
    while i < len(ents):
        m = ents[i]
        kind = m.entry.kind
        if kind in ("title", "counterpart"):
            role, only = m.entry.value if kind == "title" else ("counterpart", ())
            mention = EntityMention(m.start, m.end, role=role)
            last: Match | EntityMention = m
            j = i + 1
            if (
                j < len(ents)
                and ents[j].entry.kind in ("country_adj", "country_name", "org")
                and _adjacent(text, last, ents[j])
            ):
                if ents[j].entry.kind == "org":
                    mention.org = ents[j].entry.value
                else:
                    mention.country = ents[j].entry.value
                last = ents[j]
                j += 1
            if home_country and not (mention.country or mention.org) and kind == "title":
                # "أمير البلاد", "جلالة الملك": the office of the dateline's (or outlet's) country.
                if j < len(ents) and ents[j].entry.kind == "home_word" and _adjacent(text, last, ents[j]):
                    mention.country, mention.via_home = home_country, True
                    last = ents[j]
                    j += 1
                elif (
                    i > 0
                    and ents[i - 1].entry.kind == "honorific"
                    and ents[i - 1].entry.value == "home"
                    and _adjacent(text, ents[i - 1], m)
                ):
                    mention.country, mention.via_home = home_country, True
            if only and mention.country not in only:  # "المستشار الفرنسي" is an adviser, not a chancellor
                i += 1
                continue
            # Qualifiers, an honorific or a second title may sit between the office and the name
            # ("الرئيس الأمريكي المنتخب دونالد ترامب", "ولي العهد السعودي الأمير محمد بن سلمان").
            k = j
            while (
                k < len(ents)
                and ents[k].entry.kind in ("honorific", "title", "qualifier")
                and _adjacent(text, last, ents[k])
                and k - j < 3
            ):
                if ents[k].entry.kind == "qualifier" and ents[k].entry.value == "not_holder":
                    mention.not_holder = True
                last = ents[k]
                k += 1
            if (
                k < len(ents)
                and ents[k].entry.kind in ("person", "person_ambiguous")
                and _adjacent(text, last, ents[k], 4)
            ):
                mention.person_id = ents[k].entry.value
                mention.end = ents[k].end
                if not (mention.country or mention.org):
                    mention.role = None  # "الأمير محمد": an honorific use, not a claim about an office
                j = k + 1
            elif mention.country or mention.org:
                mention.end = last.end
                name, name_end = _unknown_name(text, last.end)
                if name:
                    mention.unknown_name = name
                    mention.end = name_end
            elif kind == "title":
                i += 1
                continue
            if mention.person_id or mention.country or mention.org:
                out.append(mention)
            i = max(j, i + 1)
            continue
        if kind == "dual_title":
            j = i + 1
            last = m
            countries = []
            while (
                j < len(ents)
                and ents[j].entry.kind in ("country_adj", "country_name")
                and _adjacent(text, last, ents[j], 4)
            ):
                countries.append(ents[j])
                last = ents[j]
                j += 1
            for c in countries:
                out.append(EntityMention(m.start, c.end, role=m.entry.value, country=c.entry.value))
            i = max(j, i + 1)
            continue
        if kind == "person" or (kind == "person_ambiguous" and m.entry.value in confirmed):
            out.append(EntityMention(m.start, m.end, person_id=m.entry.value))
        i += 1
    return out


def _with_short_names(text: str, matches: list[Match], ref: ReferenceData) -> list[Match]:
    """Add short ambiguous names (شي for Xi) of people the article already names in full."""
    wanted = {pid: ref.short_names[pid] for pid in _confirmed_people(matches) if pid in ref.short_names}
    if not wanted:
        return matches
    covered = bytearray(len(text))
    for m in matches:
        if m.entry.kind in _ENTITY_KINDS:
            covered[m.word_start : m.end] = b"\x01" * (m.end - m.word_start)
    extra = []
    for pid, keys in wanted.items():
        for key in keys:
            pattern = rf"(?<![^\W\d_])(?P<clitic>وال|بال|فال|لل|ال|و|ف|ب|ل)?{re.escape(key)}(?![^\W\d_])"
            for m in re.finditer(pattern, text):
                start = m.start() + len(m["clitic"] or "")
                if 1 in covered[m.start() : m.end()]:
                    continue
                extra.append(Match(start, m.end(), m.start(), Entry("person_ambiguous", pid, key)))
    return sorted(matches + extra, key=lambda m: (m.start, m.end)) if extra else matches


def _confirmed_people(matches: list[Match]) -> set[str]:
    return {m.entry.value for m in matches if m.entry.kind == "person"}


def _resolve(
    mention: EntityMention, ref: ReferenceData, day: dt.date | None, other_role: str | None, original: str
) -> Participant:
    if mention.person_id and mention.person_id in ref.people:
        person = ref.people[mention.person_id]
        return Participant(
            person.person_id,
            person.name_en,
            person.name_ar,
            mention.country or person.country_on(day),
            original,
            mention.role,
        )
    role = mention.role
    if role == "counterpart":
        role = other_role or "president"
    place = mention.country or mention.org
    person = None
    if place and day is not None and not mention.not_holder:
        person = ref.holder_of(role, place, day)
        if person is None and role in ("president", "counterpart"):
            person = ref.head_of_state(place, day)
    if person is not None:
        return Participant(
            person.person_id, person.name_en, person.name_ar, mention.country, original, role, mention.org
        )
    return Participant(None, None, mention.unknown_name or original, mention.country, original, role, mention.org)


def _participant_key(p: Participant) -> str:
    return p.person_id or f"unknown:{p.country}:{p.role}:{p.name_ar}"


def _sources_in(text: str, index: Spans, ref: ReferenceData, lo: int, hi: int) -> list[tuple[SourceRef, int, int]]:
    out = []
    inside = index.between(lo, hi)
    cues = [m for m in index.between(lo - 30, hi) if m.entry.kind == "attribution_cue"]
    adjs = [m for m in inside if m.entry.kind in ("country_adj",)]
    for m in inside:
        kind = m.entry.kind
        if kind == "source":
            name = m.entry.value
        elif kind == "source_ambiguous":
            if not any(0 <= m.word_start - c.end <= 12 for c in cues):
                continue
            name = m.entry.value
        elif kind == "source_template":
            if not any(0 <= m.word_start - c.end <= 25 for c in cues):
                continue
            adj = next(
                (
                    a
                    for a in adjs
                    if 0 <= a.word_start - m.end <= 12
                    and _GAP_OK.match(text[m.end : a.word_start])
                    or (0 <= a.word_start - m.end <= 12 and len(text[m.end : a.word_start].split()) <= 1)
                ),
                None,
            )
            if adj is None:
                continue
            country = ref.countries.get(adj.entry.value)
            if country is None:
                continue
            name = m.entry.value.replace("{adj}", country.adjective_en).replace("{country}", country.name_en)
            name = ref.template_overrides.get(name, name)
            out.append((SourceRef(name, text[m.word_start : adj.end], "official"), m.word_start, adj.end))
            continue
        elif kind == "source_contextual":
            # "بيان لرئاسة الجمهورية": whose presidency is known once the event's people are.
            if any(o[1] == m.word_start for o in out) or not any(0 <= m.word_start - c.end <= 25 for c in cues):
                continue
            name, office = m.entry.value
            out.append((SourceRef(name, text[m.word_start : m.end], f"pending:{office}"), m.word_start, m.end))
            continue
        else:
            continue
        out.append(
            (SourceRef(name, text[m.word_start : m.end], ref.source_kinds.get(name, "agency")), m.word_start, m.end)
        )
    return out


_TRAILER_LINE = re.compile(r"^\s*(?:المصدر|مصدر الخبر|المصادر|الصوره|تصوير|صوره)\s*[:：]", re.M)


def _body_end(norm: str) -> int:
    """Offset where the trailing source / photo-credit lines begin (they are not body text)."""
    tail_start = max(0, len(norm) - 400)
    m = _TRAILER_LINE.search(norm, tail_start)
    return m.start() if m else len(norm)


def _source_line(text: str) -> str | None:
    """The trailing "المصدر: ..." line of a plain-text article, if any."""
    for line in reversed([ln.strip() for ln in text.strip().splitlines()[-4:]]):
        m = re.match(r"^(?:المصدر|مصدر الخبر|المصادر)\s*[:：]\s*(.+)$", line)
        if m:
            return m.group(1).strip()
    return None


def resolve_source_name(value: str, ref: ReferenceData | None = None) -> SourceRef | None:
    ref = ref or reference_data()
    norm = normalize(value).text
    matches = scan(norm, ref)
    for m in matches:
        if m.entry.kind in ("source", "source_ambiguous"):
            return SourceRef(m.entry.value, value, ref.source_kinds.get(m.entry.value, "agency"))
    return None


def _status(text: str, matches: list[Match], trigger: Match, lo: int) -> str:
    cues = [m for m in matches if m.entry.kind == "status_cue" and lo <= m.start < trigger.word_start]
    # "we can neither confirm nor deny" contains a denial word: the unconfirmed reading wins.
    if any(m.entry.value == "unconfirmed" for m in cues):
        return "unconfirmed"
    for m in cues:
        if len(text[m.end : trigger.word_start].split()) <= 5:
            return m.entry.value
    for m in cues:  # "نفى الكرملين ... أن يكون بوتين قد أجرى اتصالا": a denial further away
        if m.entry.value == "denied":
            return "denied"
    return "reported"


def _pick_date(dates: list[DateMention], anchor: int) -> DateMention | None:
    """The date phrase nearest the trigger; a written date wins over a relative one close by, but not
    over one much nearer (the other may date something else in the sentence)."""
    if not dates:
        return None
    return min(dates, key=lambda d: abs(d.start - anchor) - (30 if d.basis == "explicit" else 0))


def _pick_date(dates: list[DateMention], anchor: int) -> DateMention | None:
    if not dates:
        return None
    return min(dates, key=lambda d: (-_BASIS_STRENGTH[d.basis] if d.basis == "explicit" else 0, abs(d.start - anchor)))


def home_country_of(norm: str, ref: ReferenceData) -> str | None:
    """The country of a dateline such as "عمان - بترا:" or "الرياض، 12 مايو" at the top of the text."""
    head = norm.lstrip()[:60]
    m = re.match(r"([^\d\-–:(,،\n]{2,30}?)\s*[\-–:(,،]", head)
    if not m:
        return None
    words = m.group(1).split()
    for size in (3, 2, 1):
        for start in range(0, max(1, len(words) - size + 1)):
            code = ref.capitals.get(" ".join(words[start : start + size]))
            if code:
                return code
    return None


def extract_events(
    text: str,
    published: str | dt.date | None = None,
    source_line: str | None = None,
    ref: ReferenceData | None = None,
    home_country: str | None = None,
) -> list[Event]:
    """Events in one cleaned article. ``published`` anchors relative dates; ``home_country`` (the
    outlet's country) resolves offices named without a country ("جلالة الملك") when the text has
    no dateline that says otherwise."""
    ref = ref or reference_data()
    pub = parse_iso(published)
    nt = normalize(text)
    norm = nt.text
    matches = scan(norm, ref)
    matches = _with_short_names(norm, matches, ref)
    index = Spans(matches)
    dates = find_dates(norm, pub)
    date_index = Spans(dates)
    confirmed = _confirmed_people(matches)
    home_country = home_country_of(norm, ref) or home_country
    body_end = _body_end(norm)
    sentences = [s for s in _sentences(norm) if s[0] < body_end]

    candidates: list[Candidate] = []
    trigger_sentences: list[int] = []
    for s_index, (lo, hi, heading) in enumerate(sentences):
        inside = index.between(lo, hi)
        triggers = [m for m in inside if m.entry.kind == "trigger"]
        if not triggers:
            continue
        trigger_sentences.append(s_index)
        trigger = min(triggers, key=lambda t: (_TYPE_PRIORITY.get(t.entry.value, 9), t.start))
        status = _status(norm, inside, trigger, lo)
        s_dates = date_index.between(lo, hi)
        visits = [t for t in triggers if t.entry.value == "visit"]
        if (
            trigger.entry.value == "meeting"
            and visits
            and (status == "planned" or any(d.future for d in s_dates) or visits[0].start < trigger.start)
        ):
            # A trip framed as a visit ("يبدأ زيارة ... يلتقي خلالها") or still to come is a visit.
            trigger = visits[0]
            status = _status(norm, inside, trigger, lo) if status == "reported" else status
        candidates.append(
            Candidate(
                sentence=s_index,
                type=trigger.entry.value,
                status=status,
                trigger=trigger,
                entities=_entity_mentions(norm, inside, confirmed, home_country),
                date=_pick_date(s_dates, trigger.start),
                sources=_sources_in(norm, index, ref, lo, hi),
                topics=[(m.entry.value, m.word_start, m.end) for m in inside if m.entry.kind == "topic"],
                background_cue=any(m.entry.kind == "background_cue" for m in inside),
                heading=heading,
            )
        )

    # Sentences after a trigger sentence, up to the next one, continue its story.
    owner: dict[int, int] = {}
    current = None
    for s_index in range(len(sentences)):
        if s_index in trigger_sentences:
            current = s_index
        elif current is not None:
            owner[s_index] = current

    drafts: list[_Draft] = []
    for cand in candidates:
        if cand.heading:
            continue
        date = cand.date
        if date is not None and date.basis == "same_day":
            previous = next((d for d in reversed(drafts) if d.date is not None), None)
            date = previous.date if previous else None
        if date is None:
            date = _continuation_date(cand.sentence, sentences, date_index, owner, trigger_sentences)
        if (
            date is not None
            and date.date
            and pub
            and cand.status == "planned"
            and date.basis == "weekday"
            and date.date < pub
        ):
            # "سيتصل الخميس": a plan names the coming weekday, not the last one.
            date = dataclasses.replace(date, date=date.date + dt.timedelta(days=7), future=True)
        day = date.date if date and date.date else pub
        context_role = _context_role(cand.entities, ref, day)
        people: dict[str, tuple[Participant, int, int]] = {}
        for ent in cand.entities:
            p = _resolve(ent, ref, day, context_role, nt.original_span_text(ent.start, ent.end))
            if ent.via_home and p.person_id is None:
                continue  # "جلالة الملك" where the home country has no king: someone named earlier
            people.setdefault(_participant_key(p), (p, ent.start, ent.end))
        status = cand.status
        if date and date.future:
            status = "planned" if status == "reported" else status
        basis = date.basis if date and date.date else ("published" if pub else "none")
        event_date = date.date if date and date.date else pub
        if status == "reported" and event_date and pub and event_date > pub:
            status = "planned"
        background = status == "reported" and (
            cand.background_cue
            or (event_date is not None and pub is not None and (pub - event_date).days > BACKGROUND_AFTER_DAYS)
        )
        for group in _participant_groups(cand.type, people):
            draft = _Draft(cand.type, status, background, group, date if date and date.date else None, basis)
            draft.triggers.append(cand.trigger)
            draft.sentences.append(cand.sentence)
            for src, a, b in cand.sources:
                draft.sources.setdefault(src.name_en, (src, a, b))
            for label, a, b in cand.topics:
                draft.topics.setdefault(label, (a, b))
            _merge_or_add(drafts, draft)

    # Trigger sentences with fewer than two people continue an event already under way.
    final = [d for d in drafts if len(d.participants) >= 2]
    for d in drafts:
        if len(d.participants) >= 2:
            continue
        host = _host_for(final, d)
        if host is not None:
            _absorb(host, d)

    for s_index, owner_index in owner.items():
        lo, hi, _ = sentences[s_index]
        for d in final:
            if owner_index in d.sentences:
                for src, a, b in _sources_in(norm, index, ref, lo, hi):
                    d.sources.setdefault(src.name_en, (src, a, b))
                for m in index.between(lo, hi):
                    if m.entry.kind == "topic":
                        d.topics.setdefault(m.entry.value, (m.word_start, m.end))

    line = source_line or _source_line(text)
    line_ref = resolve_source_name(line, ref) if line else None
    return [_to_event(d, nt, pub, line_ref, ref) for d in final]


def _context_role(entities: list[EntityMention], ref: ReferenceData, day: dt.date | None) -> str | None:
    """The office of the sentence's first participant: what "نظيره" (his counterpart) holds."""
    for ent in entities:
        if ent.role == "counterpart":
            continue
        if ent.role:
            return ent.role
        if ent.person_id in ref.people and day is not None:
            held = ref.people[ent.person_id].offices_on(day)
            if held:
                return held[0].role
    return None


def _participant_groups(event_type: str, people: dict) -> list[dict]:
    """A call or message is between two parties: "X called Y and Z" is two calls with X. Meetings
    and video summits may have more participants and stay whole."""
    if len(people) <= 2 or event_type in ("meeting", "video_call", "visit"):
        return [people]
    items = list(people.items())
    hub = items[0]
    return [dict([hub, other]) for other in items[1:]]


def _continuation_date(s_index: int, sentences, dates: Spans, owner, trigger_sentences) -> DateMention | None:
    for i in (s_index + 1, s_index + 2):
        if owner.get(i) != s_index:
            break
        lo, hi, _ = sentences[i]
        found = [d for d in dates.between(lo, hi) if d.date]
        if found:
            return _pick_date(found, lo)
    if s_index > 0 and (s_index - 1) not in trigger_sentences:
        lo, hi, heading = sentences[s_index - 1]
        found = [d for d in dates.between(lo, hi) if d.date]
        if found and not heading:
            return _pick_date(found, hi)
    return None


def _compatible_dates(a: _Draft, b: _Draft) -> bool:
    if a.date is None or b.date is None:
        return True
    return a.date.date == b.date.date


def _merge_or_add(drafts: list[_Draft], draft: _Draft) -> None:
    if len(draft.participants) >= 2:
        for existing in drafts:
            if (
                existing.type == draft.type
                and set(existing.participants) == set(draft.participants)
                and existing.background == draft.background
                and _compatible_dates(existing, draft)
            ):
                _absorb(existing, draft)
                return
    drafts.append(draft)


def _absorb(host: _Draft, other: _Draft) -> None:
    if other.date and _BASIS_STRENGTH[other.date_basis] > _BASIS_STRENGTH[host.date_basis]:
        if host.date is None or host.date.date == other.date.date or host.date_basis in ("published", "none"):
            host.date, host.date_basis = other.date, other.date_basis
    for key, value in other.participants.items():
        if len(host.participants) < 2:
            host.participants.setdefault(key, value)
    for key, value in other.sources.items():
        host.sources.setdefault(key, value)
    for key, value in other.topics.items():
        host.topics.setdefault(key, value)
    host.triggers.extend(other.triggers)
    host.sentences.extend(other.sentences)


def _host_for(final: list[_Draft], draft: _Draft) -> _Draft | None:
    sentence = draft.sentences[0]
    best = None
    for d in final:
        if d.type != draft.type and not {d.type, draft.type} <= {"phone_call", "video_call"}:
            continue
        if draft.participants and not set(draft.participants) <= set(d.participants):
            continue
        if draft.date and d.date and draft.date.date != d.date.date:
            continue
        distance = min(abs(sentence - s) for s in d.sentences)
        if not draft.participants and distance > 3:
            continue
        if best is None or distance < best[0]:
            best = (distance, d)
    return best[1] if best else None


def _contextual_source(
    src: SourceRef, participants: list[Participant], ref: ReferenceData, day: dt.date | None
) -> SourceRef | None:
    """Name a body given without its country after the participant who holds its office."""
    office = src.kind.split(":", 1)[1]
    for p in participants:
        holds = p.role == office
        if not holds and p.person_id in ref.people and day is not None:
            holds = any(o.role == office for o in ref.people[p.person_id].offices_on(day))
        country = ref.countries.get(p.country or "")
        if holds and country:
            name = src.name_en.replace("{adj}", country.adjective_en)
            return SourceRef(ref.template_overrides.get(name, name), src.mention, "official")
    return None


def _to_event(
    d: _Draft, nt: NormalizedText, pub: dt.date | None, line_ref: SourceRef | None, ref: ReferenceData
) -> Event:
    evidence: list[Span] = []

    def span(kind: str, a: int, b: int) -> None:
        oa, ob = nt.to_original(a, b)
        evidence.append(Span(kind, oa, ob, nt.original[oa:ob]))

    for t in d.triggers:
        span("trigger", t.word_start, t.end)
    participants = []
    for p, a, b in d.participants.values():
        span("participant", a, b)
        participants.append(p)
    if d.date is not None:
        span("date", d.date.start, d.date.end)
    sources = []
    for src, a, b in d.sources.values():
        if src.kind.startswith("pending:"):
            src = _contextual_source(src, participants, ref, d.date.date if d.date else pub)
            if src is None or any(s.name_en == src.name_en for s in sources):
                continue
        span("source", a, b)
        sources.append(SourceRef(src.name_en, nt.original_span_text(a, b), src.kind))
    if line_ref and not d.background and line_ref.kind != "outlet" and line_ref.name_en not in d.sources:
        sources.append(line_ref)
    for _label, (a, b) in d.topics.items():
        span("topic", a, b)
    date = d.date.date if d.date else pub
    return Event(
        type=d.type,
        status=d.status,
        background=d.background,
        date=date.isoformat() if date else None,
        date_basis=d.date_basis,
        participants=participants,
        sources=sources,
        topics=list(d.topics),
        evidence=evidence,
        extractor_version=EXTRACTOR_VERSION,
        date_conflict=d.date.month_conflict if d.date else None,
    )
