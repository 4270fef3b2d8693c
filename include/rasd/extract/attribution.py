"""Sources attached at article level: continuation sentences, official bodies quoted anywhere, and
agencies credited in the head of the article."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from rasd.arabic import WORD_END
from rasd.config import news_sources
from rasd.extract.article import (
    DATELINE_PLACE_WORDS,
    PERSON_SOURCE_CHARS,
    Article,
    opens_with_saying,
    sentence_sources,
)
from rasd.extract.events import Draft, by_sentence_of
from rasd.extract.lexicon import first_person_noun, lexicon, pluperfects, possessed_noun, strip_clitic
from rasd.extract.mentions import DATELINE_CHARS, EntityMention
from rasd.extract.refdata import ReferenceData
from rasd.extract.sources import (
    body_end,
    contextual_source,
    participant_country,
    photo_credit,
    source_country,
    source_words,
    sources_in,
)
from rasd.normalize import normalize_key
from rasd.records import SourceRef
from rasd.words import alternation, words_at_most


def attach_continuations(a: Article, final: list[Draft]) -> None:
    """Sentences after a trigger sentence add their sources and topics to its events."""
    by_sentence = by_sentence_of(final)
    # a contact sentence that yields no event of its own ("ذكر مودي أن المكالمة كانت دافئة") retells
    # the contact before it: it and its own continuations go on that story
    owner: dict[int, int] = {}
    story: int | None = None
    for s_index in range(len(a.sentences)):
        if s_index in by_sentence:
            story = s_index
        elif opens_other_topic(a, s_index):  # "وفي سياق آخر، ...": the story before has ended
            story = None
        elif story is not None and (a.is_trigger_sentence(s_index) or s_index in a.owner):
            owner[s_index] = story
    for s_index, owner_index in owner.items():
        drafts = by_sentence.get(owner_index)
        if not drafts:
            continue
        lo, hi, _ = a.sentences[s_index]
        sources = sentence_sources(a, lo, hi)
        topics = [m for m in a.index.between(lo, hi) if m.entry.kind == "topic"]
        told = _told_of(a, lo, hi, drafts, final) if sources else drafts
        for d in told:
            for src, x, y in sources:
                d.sources.setdefault(src.name_en, (src, x, y))
        for d in drafts:
            for m in topics:
                d.topics.setdefault(m.entry.value, (m.word_start, m.end))


# A participant's own post about the contact ("وكتب X في تغريدة على حسابه أن المحادثة ...") is looked for
# in at most this many sentences after the event's last sentence, or before its first (a lead that
# quotes the post, "وكان ... قد" telling the reception after it).
POST_SENTENCES = 3
# The subject of a sentence that opens with a verb of saying stands within this many words of its start
# (the verb and the subject's titles: "وقال الرئيس الأمريكي X").
SUBJECT_WORDS = 5


_SOURCE = frozenset({"source"})


def attach_own_posts(a: Article, final: list[Draft]) -> None:
    """A participant who writes of the contact on a platform in the sentences that go on with its story
    ("وكتب X على حسابه في منصة إكس", "وأضاف في تغريدة على حسابه" after "وقال X") is its source: the
    article has the contact from the leader's own post. The sentence of the contact itself is
    ``sentence_sources``'s (its post must hold the contact word)."""
    platforms = [
        m
        for m in a.index.of_kinds(_SOURCE).between(0, len(a.norm))
        if a.ref.source_kinds.get(m.entry.value) == "social"
    ]
    if not platforms:
        return
    starts = [lo for lo, _, _ in a.sentences]
    for m in platforms:
        s_index = bisect_right(starts, m.word_start) - 1
        if s_index < 0 or a.sentences[s_index][2] or opens_other_topic(a, s_index):
            continue
        poster = _poster(a, s_index, m.word_start)  # one writer per post, asked of each event below
        if poster is None:
            continue
        subject, start, end = poster
        for d in final:
            if (
                d.background
                or not d.sentences
                or not min(d.sentences) - POST_SENTENCES <= s_index <= max(d.sentences) + POST_SENTENCES
            ):
                continue
            people = {p.person_id for p, _, _ in d.participants.values()}
            writer = subject.person_id or _holder_taking_part(subject, d)
            if writer is not None and writer in people and _post_tells_contact(a, s_index, m.end, people - {writer}):
                src = SourceRef(a.ref.people[writer].name_en, a.norm[start:end], "person")
                d.sources.setdefault(src.name_en, (src, start, end))


def _office_holder(x: EntityMention) -> bool:
    """Someone named by office and country alone ("رئيس الإمارات"), in office that day."""
    return bool(x.country and x.role and x.role != "counterpart") and not (x.former or x.deputy or x.not_holder)


def _holder_taking_part(subject: EntityMention, d: Draft) -> str | None:
    """The participant of ``d`` a writer named by office and country stands for ("وقال رئيس الإمارات في
    تغريدة"): the one participant of that country (and office, when both are known)."""
    if subject.country is None:
        return None
    fits = [
        p.person_id
        for p, _, _ in d.participants.values()
        if p.person_id and p.country == subject.country and (subject.role is None or p.role in (None, subject.role))
    ]
    return fits[0] if len(fits) == 1 else None


def _poster(a: Article, s_index: int, at: int) -> tuple[EntityMention, int, int] | None:
    """The writer (mention, its span) of the post whose platform is named at ``at``: a known person or
    someone named by office and country (resolved per event by ``_holder_taking_part``); the subject of its
    sentence, which opens with a verb of saying ("وكتب X على حسابه"), or, when that sentence names
    nobody before the platform ("وأضاف في تغريدة"), the subject of the sentence before (the dropped
    subject; ``article._dropped_subject_source`` reads it for a body's words, where the that-word right
    after the verb says that no subject follows)."""
    subject = _saying_subject(a, s_index, at)
    if subject is not None and at - subject.end > PERSON_SOURCE_CHARS:
        return None
    if subject is None and s_index > 0 and opens_with_saying(a, s_index):
        if any(x.person_id for x in a.mentions.between(a.sentences[s_index][0], at)):
            return None
        subject = _saying_subject(a, s_index - 1, a.sentences[s_index - 1][1])
    if subject is None or (
        subject.person_id not in a.ref.people and not (subject.person_id is None and subject.country)
    ):
        return None
    return subject, subject.start, subject.end


def _post_tells_contact(a: Article, s_index: int, at: int, others: set[str | None]) -> bool:
    """Does the post after ``at`` (to its sentence's end) tell of the contact: a contact word ("بحثت",
    "المحادثة", "الحديث") or another participant of it named ("لقاء صديقي الرئيس X")? Not "وقال X في
    تغريدة لاحقة إنه سيفعل كذا": a post on another matter."""
    hi = a.sentences[s_index][1]
    if any(t.word_start >= at for t in a.triggers.get(s_index, [])):
        return True
    if any(x.person_id in others for x in a.mentions.between(at, hi) if x.person_id):
        return True
    nouns = lexicon().possessed_contact_nouns | source_words("post_contact_words")
    return any(
        any(x in nouns for x in strip_clitic(w)) or possessed_noun(w, nouns) or first_person_noun(w, nouns)
        for w in a.norm[at:hi].split()
    )


def _saying_subject(a: Article, s_index: int, before: int) -> EntityMention | None:
    """The person a sentence that opens with a verb of saying names first, before ``before`` and within
    SUBJECT_WORDS words of the verb (titles between): the one who speaks."""
    if not opens_with_saying(a, s_index):
        return None
    lo = a.sentences[s_index][0]
    first = next(iter(x for x in a.mentions.between(lo, before) if x.person_id or _office_holder(x)), None)
    if first is None or not words_at_most(a.norm, lo, first.start, SUBJECT_WORDS):
        return None
    return first


def _told_of(a: Article, lo: int, hi: int, drafts: list[Draft], final: list[Draft]) -> list[Draft]:
    """The events a continuation sentence with sources tells of. In a roundup ("بعث X وY وZ برقيات ...")
    those of its story with a person it names ("ووفقا لوام، بعث X ..."), all of them when it names none
    of theirs (or a person they all share, the addressee); a sentence that names only someone of
    another event of the article ("وذكرت وفا أن عباس تمنى ...") tells of that event."""
    named = {m.person_id for m in a.mentions.between(lo, hi) if m.person_id}
    if not named:
        return drafts
    told = [d for d in drafts if named & _people_of(d)]
    if told:
        return told if len(told) < len(drafts) else drafts
    # the cheap tests first: ``d not in drafts`` compares drafts field by field (dataclass equality)
    others = [d for d in final if not d.background and named & _people_of(d) and d not in drafts]
    if not others and _opens_pluperfect(a.norm, lo, hi):
        return []  # "وكانت الخارجية قد أعلنت إيقاف الوزيرة X": an earlier step about someone else
    return others or drafts


def _people_of(d: Draft) -> set[str | None]:
    return {p.person_id for p, _, _ in d.participants.values()}


@lru_cache(maxsize=1)
def _topic_switch() -> re.Pattern[str] | None:
    words = [normalize_key(w) for w in news_sources().get("topic_switch_openers", [])]
    if not words:
        return None
    alternatives = alternation(words)
    return re.compile(rf"\s*[وف]?(?:{alternatives}){WORD_END}")


def opens_other_topic(a: Article, s_index: int) -> bool:
    """Does the sentence open with a turn to another matter ("وفي سياق آخر", "وعلى صعيد آخر")? Its
    sources speak of that matter, not of the contact told before."""
    pattern = _topic_switch()
    return pattern is not None and pattern.match(a.norm, a.sentences[s_index][0]) is not None


def earlier_step_people(a: Article, officials: list[tuple[SourceRef, int, int]]) -> dict[int, set[str]]:
    """The official bodies (by start) quoted in a sentence that opens with a pluperfect ("وكانت الخارجية
    قد أقرت بلقاء X بـ Y"): an earlier step of the story, which speaks only for the contacts of the
    people its sentence names (not for every event of the body's country)."""
    starts = [lo for lo, _, _ in a.sentences]
    out: dict[int, set[str]] = {}
    for _, x, _ in officials:
        s_index = bisect_right(starts, x) - 1
        if s_index < 0:
            continue
        lo, hi, _ = a.sentences[s_index]
        if _opens_pluperfect(a.norm, lo, hi):
            out[x] = {m.person_id for m in a.mentions.between(lo, hi) if m.person_id}
    return out


def official_sources(a: Article) -> list[tuple[SourceRef, int, int]]:
    """Official bodies quoted anywhere in the body ("وأصدر الديوان الملكي السعودي بيانا", "وقالت
    الرئاسة التونسية"): each speaks for its own country's leader; so does an official who is no party,
    credited by name ("قال مساعد الكرملين فلان إن بوتين سيجري محادثات مع ..."), for his leader's contacts."""
    found = []
    for lo, hi, heading in a.sentences:
        official = [
            s
            for s in sentence_sources(a, lo, hi)
            if s[0].kind == "official"
            or s[0].kind.startswith("pending:")
            or (s[0].kind == "person" and s[0].name_en in a.ref.source_countries)
        ]
        # a headline credits a body only when it gives the body's words ("الرئاسة المصرية: السيسي يتلقى ...")
        found += [s for s in official if not heading or _HEADLINE_COLON.match(a.norm, s[2])]
    return found


_HEADLINE_COLON = re.compile(r" ?:")


def _opens_pluperfect(text: str, lo: int, hi: int) -> bool:
    """Does the sentence open with a pluperfect ("وكانت الوزارة قد أعلنت", "وكان المتحدث ... قد قال"):
    an auxiliary first, then the particle within ``pluperfect_words`` words? It tells an earlier step."""
    window = lexicon().pluperfect_words
    words = text[lo : min(hi, lo + OPENING_CHARS)].split()[: window + 2]
    return any(i == 0 for i, _ in pluperfects(words, window))


# The opening words of a sentence lie within this many characters of its start.
OPENING_CHARS = 80
# the suffix of the built names whose overrides are the countries' national (state) agencies
_NEWS_AGENCY = " news agency"


def _national_agency(name: str, ref: ReferenceData) -> bool:
    """Is ``name`` a country's national agency ("وكالة الأنباء السورية" -> SANA)? Built from a template,
    it is read as an official body, but it is a medium the article cites."""
    return name in _national_agencies(ref)


def _national_agencies(ref: ReferenceData) -> frozenset[str]:
    cached = _AGENCIES.get(id(ref))
    if cached is None or cached[0] is not ref:
        agencies = frozenset(v for k, v in ref.template_overrides.items() if k.endswith(_NEWS_AGENCY))
        cached = _AGENCIES[id(ref)] = (ref, agencies)
    return cached[1]


_AGENCIES: dict[int, tuple[ReferenceData, frozenset[str]]] = {}


def speaking_for(
    d: Draft,
    officials: list[tuple[SourceRef, int, int]],
    ref: ReferenceData,
    home: str | None = None,
    earlier: dict[int, set[str]] | None = None,
) -> list[tuple[SourceRef, int, int]]:
    """The official sources of the article whose country is that of one of the event's participants
    (those of an ``earlier`` step: when their sentence names one of the event's people)."""
    if d.background:
        return []
    people = [p for p, _, _ in d.participants.values()]
    if earlier:
        ids = {p.person_id for p in people}
        officials = [o for o in officials if o[1] not in earlier or earlier[o[1]] & ids]
    # "المستشارة" named without her country: the country of her office on the day
    day = d.date.date if d.date else None
    countries = {c for c in (participant_country(p, ref, day) for p in people) if c}
    out = []
    for src, x, y in officials:
        if src.kind.startswith("pending:"):  # "رئاسة الجمهورية": the presidency of the event's president
            if contextual_source(src, people, ref, d.date.date if d.date else None, home) is not None:
                out.append((src, x, y))
        elif source_country(src, ref) in countries:
            out.append((src, x, y))
    return out


# The head of an article (dateline, stamp, agency credit) ends at its first contact sentence and
# within this many characters.
HEAD_CHARS = 400


def dateline_sources(a: Article) -> list[tuple[SourceRef, int, int]]:
    """Agencies credited in the article's head ("عمان - بترا:", "(واس)", a credit before the body):
    they report every event of the article."""
    if not a.sentences:
        return []
    body = [a.sentences[i][0] for i in a.trigger_sentences if not a.sentences[i][2]]
    first = body[0] if body else a.sentences[0][1]
    # the first line whole ("الشارقة 24- أ.ف.ب:" has stops inside the agency's initials)
    first_line = a.norm.find("\n")
    end = min(HEAD_CHARS, max(first, a.sentences[0][1], first_line if 0 < first_line <= DATELINE_CHARS else 0))
    head = sources_in(a.norm, a.index, a.ref, 0, end)
    found = [s for s in head if s[0].kind == "agency"]
    # "مسقط ـ العمانية:": a name that is also a word counts as the agency right after the dateline city;
    # so too a name set between slashes or brackets in the head or before the lead sentence's contact
    # word ("مسقط في 3 فبراير /العمانية/ أجرى ...").
    lead = [i for i in a.trigger_sentences if not a.sentences[i][2]][:1]
    first_trigger = min((t.word_start for i in lead for t in a.triggers[i]), default=end)
    # ... and any agency's name after a place and a dash that open a line of the head below the page's
    # stamp and headline ("مسقط ـ العمانية:" after the headline repeated as a sentence)
    limit = min(HEAD_CHARS, max(end, first_trigger))
    for m in a.index.between(0, HEAD_CHARS):
        kind = m.entry.kind
        if kind in ("source", "source_ambiguous") and a.ref.source_kinds.get(m.entry.value) == "agency":
            dateline = (kind == "source_ambiguous" and m.word_start < DATELINE_CHARS) or _line_dateline(
                a.norm, m.word_start
            )
            # "صورة- واس" above the lead is a picture's credit, not a dateline
            dateline = dateline and not photo_credit(a.norm, m.word_start, m.end)
            credited = (
                bool(dateline and _DATELINE_COLON.match(a.norm, m.end))
                or _byline(a.norm, m.word_start)
                or bool(
                    kind == "source_ambiguous"
                    and m.word_start < limit
                    and _OPEN.search(a.norm[: m.word_start])
                    and _CLOSE.match(a.norm, m.end)
                )
            )
            if credited and all(s[0].name_en != m.entry.value for s in found):
                found.append((SourceRef(m.entry.value, a.norm[m.word_start : m.end], "agency"), m.word_start, m.end))
    return found + [t for t in _tail_credit(a) if all(s[0].name_en != t[0].name_en for s in found)]


# A lead sentence's agency follows its cue ("كشفت وكالة ...") within this many characters.
LEAD_CUE_CHARS = 12
_MEDIA_KINDS = frozenset({"agency", "outlet", "broadcaster"})
# The article's sole media source is cited: an attribution cue ends within this many characters before it
# (every time it is named: "مسؤول ملف الرئاسة باليوم السابع" is the outlet's byline, not a citation).
SOLE_CUE_CHARS = 25


def head_sources_for(d: Draft, head: list[tuple[SourceRef, int, int]], a: Article) -> list[tuple[SourceRef, int, int]]:
    """The head's agencies that report the event ``d``. A credit ("الرياض - واس:", "(واس)") reports
    every event; an agency the lead sentence cites ("كشفت وكالة الأنباء القطرية أن ...") reports the
    lead's story, and an event told with an agency or outlet of its own is another story (a roundup).
    An earlier contact told in passing (background) takes the credit alone: the article reports it too."""
    if d.background:
        return [h for h in head if not _cited_in_lead(a, h[1])]
    own = {src.name_en for src, _, _ in d.sources.values() if src.kind in _MEDIA_KINDS}
    if not own:
        return head or sole_media_source(a)
    return [h for h in head if h[0].name_en in own or not _cited_in_lead(a, h[1])]


def sole_media_source(a: Article) -> list[tuple[SourceRef, int, int]]:
    """The one agency, outlet or broadcaster the article cites, when it cites exactly one ("وحسب قناة
    روسيا اليوم، ..."): the article retells its report, so it reports the events told without a source
    of their own."""
    if "sole_media" not in a.memo:
        starts = [lo for lo, _, _ in a.sentences]
        media = [
            f
            for f in a.named_sources()
            if (f[0].kind in _MEDIA_KINDS or _national_agency(f[0].name_en, a.ref))
            and not opens_other_topic(a, max(0, bisect_right(starts, f[1]) - 1))
        ]
        media = media if all(_cited(a, f[1], SOLE_CUE_CHARS) or _apposed(f, media) for f in media) else []
        a.memo["sole_media"] = media[:1] if len({f[0].name_en for f in media}) == 1 else []
    return list(a.memo["sole_media"])


# A name in apposition to the same source's other name ('وكالة أنباء الصين الجديدة الرسمية "شينخوا"') starts
# within this many characters after it.
APPOSED_CHARS = 12


def _apposed(f: tuple[SourceRef, int, int], media: list[tuple[SourceRef, int, int]]) -> bool:
    """Is the source ``f`` named again right after its other name (cited with it)?"""
    return any(g[0].name_en == f[0].name_en and 0 <= f[1] - g[2] <= APPOSED_CHARS for g in media)


def _cited_in_lead(a: Article, start: int) -> bool:
    """Does an attribution cue end right before the head's source at ``start`` (the lead's own words)?
    A byline's "كتب:" is no lead's cue."""
    return _cited(a, start, LEAD_CUE_CHARS) and not _byline(a.norm, start)


def _cited(a: Article, start: int, within: int) -> bool:
    """Does an attribution cue end at most ``within`` characters before ``start``?"""
    return any(
        m.entry.kind == "attribution_cue" and 0 <= start - m.end <= within
        for m in a.index.between(max(0, start - within - 20), start)
    )


# An agency credited at the end of the body ("... في المنطقة. (الأناضول)", a last line "رويترز") stands
# within this many characters of the body's end.
TAIL_CREDIT_CHARS = 40


def _tail_credit(a: Article) -> list[tuple[SourceRef, int, int]]:
    """The agency that closes the article, in brackets or slashes or alone on the last line: like the
    dateline's, it reports every event of the article."""
    end = body_end(a.norm)
    while end > 0 and a.norm[end - 1] in " \t\n.":
        end -= 1
    out = []
    for m in a.index.between(max(0, end - TAIL_CREDIT_CHARS), end):
        kind = m.entry.kind
        if kind not in ("source", "source_ambiguous") or a.ref.source_kinds.get(m.entry.value) != "agency":
            continue
        rest = a.norm[m.end : end]
        bracketed = _OPEN.search(a.norm[: m.word_start]) and _CLOSE.match(a.norm, m.end) and not rest.strip(" )/")
        # alone: nothing after it, and before it on its line only the end of the last sentence
        before = a.norm[a.norm.rfind("\n", 0, m.word_start) + 1 : m.word_start].rstrip(" -–ـ")
        alone = not rest.strip() and (not before or before[-1] in _SENTENCE_CLOSE)
        if bracketed or alone:
            out.append((SourceRef(m.entry.value, a.norm[m.word_start : m.end], "agency"), m.word_start, m.end))
    return out[-1:]


_SENTENCE_CLOSE = '.!؟?"”»'
# "مسقط ـ العمانية:" opening the lead's line below the page's stamp and headline: a place of at most
# DATELINE_PLACE_WORDS words and a dash before the agency, from the line's start.
# (the normaliser drops the tatweel: "مسقط ـ العمانية" reads "مسقط  العمانيه")
_LINE_PLACE = re.compile(rf"[^\W\d_]+(?:[ \t]+[^\W\d_]+){{0,{DATELINE_PLACE_WORDS - 1}}}(?:[ \t]*[-–ـ][ \t]*|[ \t]+)")


def _line_dateline(norm: str, start: int) -> bool:
    """Does the agency at ``start`` follow a dateline's place and dash that open its line?"""
    line_start = norm.rfind("\n", 0, start) + 1
    return start - line_start < DATELINE_CHARS and _LINE_PLACE.fullmatch(norm, line_start, start) is not None


@lru_cache(maxsize=1)
def _byline_pattern() -> re.Pattern[str]:
    """A byline's label opening its line, then a colon or dash ("كتب: أ.ف.ب", "بقلم - رويترز";
    news_sources.yaml ``byline_labels``)."""
    labels = alternation([normalize_key(w) for w in news_sources().get("byline_labels", [])]) or "(?!)"
    return re.compile(rf"(?:^|\n)[ \t]*(?:{labels})[ \t]*[:：\-–ـ][ \t]*$")


def _byline(norm: str, start: int) -> bool:
    """Is the agency at ``start`` the author a byline names ("كتب: أ.ف.ب" under the headline)? The agency
    wrote the article: it reports every event, like a dateline's."""
    line_start = norm.rfind("\n", 0, start) + 1
    return (
        start - line_start < DATELINE_CHARS
        and _byline_pattern().search(norm, max(0, line_start - 1), start) is not None
    )


# the agency ends the dateline: a colon, a bracket, a dash or the end of the line ("الرباط - ومع")
_DATELINE_COLON = re.compile(r"[ \t]*(?:[:)\-–ـ/]|\n)")
_OPEN = re.compile(r"[/(]\s*$")
_CLOSE = re.compile(r"\s*[/)]")


# Types one denial covers: a denied "call" and a reported "video call" of the same people are one contact.
_CALL_FAMILY = {"phone_call": "call", "video_call": "call"}


def contested_reports(final: list[Draft]) -> list[Draft]:
    """A report that the article also denies or doubts is one contact, not two: "نفى الكرملين اليوم
    التقارير ... وذكرت صحيفة ... أن ترامب وبوتين تحدثا يوم الخميس". The reported event of the same
    people and type (not dated by a written date, which would show another contact) joins the
    denied or unconfirmed one; the contact's day is the report's unless the denial writes a date
    of its own (a relative day next to a denial is mostly the day of the denial: "نفى الكرملين اليوم"),
    and when the report's day is not itself the day of a statement ("ذكر ترامب أمس أنه جرى اتصال")."""
    doubted = [d for d in final if d.status in ("denied", "unconfirmed")]
    if not doubted:
        return final
    out = []
    for d in final:
        host = None
        if d.status == "reported" and not d.explicit_day:
            host = next(
                (
                    x
                    for x in doubted
                    if set(x.participants) == set(d.participants)
                    and _CALL_FAMILY.get(x.type, x.type) == _CALL_FAMILY.get(d.type, d.type)
                ),
                None,
            )
        if host is None:
            out.append(d)
            continue
        if d.date and not d.date.said and (host.date is None or host.date.said or not host.explicit_day):
            host.date, host.date_basis = d.date, d.date_basis
        host.take_evidence(d)
    return out
