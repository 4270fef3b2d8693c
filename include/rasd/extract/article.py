"""One article as the extraction steps share it: normalised text, matches, dates, mentions, sentences.

``read_article`` runs the document-level passes once (scan, short names, mentions over the whole
text, sentences and their contact triggers); every later step reads from the ``Article``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TypedDict

from rasd.dates import (
    DateMention,
    find_dates,
    head_stamp,
    named_writing_day,
    parse_iso,
    saying_words,
    vocabulary,
    written_day,
)
from rasd.extract.frames import contact_triggers
from rasd.extract.lexicon import lexicon
from rasd.extract.mentions import (
    EntityMention,
    confirmed_people,
    entity_mentions,
    home_country_of,
    with_short_names,
    without_namesakes,
)
from rasd.extract.refdata import ReferenceData
from rasd.extract.scan import Match, Spans, scan, sentences
from rasd.extract.skeleton_names import skeleton_names
from rasd.extract.sources import (
    OFFICE_BEFORE_CHARS,
    LatestOfKinds,
    anaphoric_sources,
    body_end,
    kept_silent,
    office_by_surname,
    office_source,
    own_country,
    person_statement_words,
    source_words,
    sources_in,
)
from rasd.normalize import NormalizedText, normalize, normalize_key
from rasd.records import Participant, SourceRef
from rasd.words import bare_or_conjoined


class ArticleMemo(TypedDict, total=False):
    """Per-article results that later steps ask for once per event (each key set by its one reader)."""

    surnames: dict[str, str]  # _surnames: a person's last word (without "ال") -> their id
    sole_media: list[tuple[SourceRef, int, int]]  # attribution.sole_media_source
    doubting_sentences: list[tuple[int, frozenset[str]]]  # confidence._doubting_sentences
    antecedents: list[str]  # parties.antecedents: people a title may stand for
    talked_about: dict[int, bool]  # parties.talked_about: is the mention at this start a topic
    visit_words: dict[int, tuple[list[int], list[Match]]]  # parties._visit_words_ending: ends, visit words
    article_people: dict[str, tuple[Participant, int, int]]  # parties.article_people: everyone named
    titled: dict[dt.date | None, list[tuple[int, str]]]  # parties.titled_people: (start, id) per day
    non_leader_named: dict[str, bool]  # parties.speaker_out_of_office: named once in a non-leader office


@dataclass
class Article:
    """Everything the steps share about one article."""

    nt: NormalizedText
    norm: str
    pub: dt.date | None
    ref: ReferenceData
    index: Spans
    dates: Spans
    mentions: Spans
    named: list[str]
    sentences: list[tuple[int, int, bool]]
    owner: dict[int, int]  # sentence -> the trigger sentence whose story it continues
    trigger_sentences: list[int]
    triggers: dict[int, list[Match]]  # sentence -> its contact triggers
    home: str | None = None  # the article's own country (dateline, outlet, or "رئيس الجمهورية X")

    def is_trigger_sentence(self, index: int) -> bool:
        return index in self._trigger_set

    def __post_init__(self) -> None:
        self._trigger_set = set(self.trigger_sentences)
        self._by_start = {lo: i for i, (lo, _, _) in enumerate(self.sentences)}
        self._named: list[tuple[SourceRef, int, int]] | None = None
        self._latest: LatestOfKinds | None = None
        self.sources_cache: dict[tuple[int, int], list[tuple[SourceRef, int, int]]] = {}
        self.memo: ArticleMemo = {}

    def named_sources(self) -> list[tuple[SourceRef, int, int]]:
        """Every source named in the article, in text order (computed once)."""
        if self._named is None:
            self._named = sorted(sources_in(self.norm, self.index, self.ref, 0, len(self.norm)), key=lambda f: f[1])
        return self._named

    def latest_source(self, kinds: frozenset[str], at: int) -> SourceRef | None:
        """The last source named in the article (in text order) of one of ``kinds`` that ends by ``at``."""
        if self._latest is None:
            self._latest = LatestOfKinds(self.named_sources())
        return self._latest(kinds, at)

    def triggers_of(self, lo: int) -> list[Match]:
        """The contact triggers of the sentence that opens at ``lo``."""
        index = self._by_start.get(lo)
        return self.triggers.get(index, []) if index is not None else []


def read_article(text: str, published: str | dt.date | None, ref: ReferenceData, home: str | None) -> Article:
    pub = parse_iso(published)
    nt = normalize(text)
    norm = nt.text
    if pub is None:  # no date from the caller: the page's own dated first line, when it has one
        stamp = head_stamp(norm, find_dates(norm, None))
        pub = stamp.date if stamp is not None else None
    home = home_country_of(norm, ref) or home
    _, matches, everyone = read_people(norm, ref, home, pub)
    end = body_end(norm)
    related = related_blocks(norm)
    mentions = [m for m in everyone if m.start < end and not _in(related, m.start)]
    # a title corefers with the people the article names, not with one it introduces as a deputy
    named = list(dict.fromkeys(m.person_id for m in mentions if m.person_id and not m.deputy))
    index = Spans(matches)
    sents = [s for s in sentences(norm) if s[0] < end and not _in(related, s[0])]
    triggers = {i: contact_triggers(norm, index.between(lo, hi), lo, hi) for i, (lo, hi, _) in enumerate(sents)}
    trig = [i for i, found in triggers.items() if found]
    owner: dict[int, int] = {}
    current = None
    trig_set = set(trig)
    for i in range(len(sents)):
        if i in trig_set:
            current = i
        elif current is not None:
            owner[i] = current
    found = find_dates(norm, pub)
    anchor = dateline_day(norm, found, pub)
    if anchor is not None:  # wire copy: "اليوم" is the dateline's day, not the page's
        found = find_dates(norm, anchor)
    else:
        # stamped just after midnight, or the text names its own earlier day ("اليوم السبت" on a page
        # stamped Monday): a bare "أمس" / "اليوم" counts from the day the text was written
        written = written_day(norm, found, pub) or named_writing_day(norm, found, pub)
        if written is not None:
            found = find_dates(norm, pub, written)
    dates = Spans(found)
    home = home or own_country(norm, [(m.start, m.end, m.person_id, m.country) for m in mentions], ref, pub)
    return Article(nt, norm, pub, ref, index, dates, Spans(mentions), named, sents, owner, trig, triggers, home)


def read_people(
    norm: str, ref: ReferenceData, home: str | None, day: dt.date | None
) -> tuple[list[Match], list[Match], list[EntityMention]]:
    """The scan's matches with the names read in another spelling (``skeleton_names``: after the
    offices the mentions read with no name, which the names then complete, and standing alone); those
    with short names and surnames (``with_short_names``); every person mention of the text."""
    scanned = scan(norm, ref)
    while True:
        matches = with_short_names(norm, without_namesakes(norm, scanned, ref), ref)
        mentions, offices = entity_mentions(norm, matches, ref, confirmed_people(matches), home)
        extra = skeleton_names(norm, scanned, offices, ref, day)
        if not extra:
            return scanned, matches, mentions
        # "الرئيسان المصري X والفرنسي Y": X read, the list reads on to the next office and its name
        scanned = sorted(scanned + extra, key=lambda m: (m.start, m.end))


_LINE = re.compile(r"[^\n]+")
_FULL_STOP_END = re.compile(r"[.!?؟][\s\"'»”)]*$")


def related_blocks(norm: str) -> list[tuple[int, int]]:
    """Blocks of other articles' headlines: a heading line ("اقرأ أيضا", "الأكثر قراءة", also with
    a headline after it) and the headline lines that follow (short, no final full stop), as
    (start, end) offsets in text order. Their contacts are other stories'."""
    lex = lexicon()
    heads, most = lex.related_news_headings, lex.related_headline_max_words
    if not heads:
        return []
    lines = list(_LINE.finditer(norm))

    def headline(line: str) -> bool:  # a body line mostly opens with "و" ("وقال", "وأضاف") or ends with a stop
        return bool(line) and len(line.split()) <= most and not _FULL_STOP_END.search(line) and line[0] != "و"

    blocks: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        text = lines[i].group().strip()
        head = next((h for h in heads if text.startswith(h)), None) if text.startswith(heads) else None
        if head is None or text[len(head) : len(head) + 1].isalpha() or not headline(text):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and headline(lines[j].group().strip()):
            j += 1
        blocks.append((lines[i].start(), lines[j - 1].end()))
        i = j
    return blocks


def _in(blocks: list[tuple[int, int]], at: int) -> bool:
    return any(lo <= at < hi for lo, hi in blocks)


# A dateline ("بكين 15 أبريل 2024 (شينخوا) -") opens one of the first lines: a place of at most this
# many words, the date, then the agency in brackets or a dash; it may precede the page's stamp by
# at most DATELINE_MAX_DAYS (a wire story published the next morning).
DATELINE_HEAD_CHARS = 600
DATELINE_PLACE_WORDS = 3
DATELINE_MAX_DAYS = 2
_AFTER_DATELINE = re.compile(r"\s*[(\-–ـ/:]")


def dateline_day(norm: str, found: list[DateMention], pub: dt.date | None) -> dt.date | None:
    """The day of the article's dateline when it is a day or two before the publication date."""
    if pub is None:
        return None
    for d in found:
        if d.start > DATELINE_HEAD_CHARS:
            break
        if d.basis != "explicit" or d.date is None or not 0 < (pub - d.date).days <= DATELINE_MAX_DAYS:
            continue
        line_start = norm.rfind("\n", 0, d.start) + 1
        if len(norm[line_start : d.start].split()) <= DATELINE_PLACE_WORDS and _AFTER_DATELINE.match(norm, d.end):
            return d.date
    return _wire_day_month(norm, pub)


# A wire dateline with the day and month in figures and no year, the agency in parentheses after them
# ("الكويت - 9 - 8 (كونا) --", "عمان 9-8 (بترا) -"): day first, then month.
_WIRE_DAY_MONTH = re.compile(r"(?<![\d/.:])(\d{1,2})\s*[-–]\s*(\d{1,2})\s*\(\s*[^\d()\n]{2,24}\)\s*[-–ـ]")


_ARABIC_WORD = re.compile(r"[\u0621-\u064a]")


def _wire_day_month(norm: str, pub: dt.date) -> dt.date | None:
    """The day of a wire dateline written "D - M (agency)" at the head of the text, the year the
    publication's (the one before when that day would fall after it), when a day or two before."""
    m = _WIRE_DAY_MONTH.search(norm, 0, DATELINE_HEAD_CHARS)
    if m is None:
        return None
    line_start = norm.rfind("\n", 0, m.start()) + 1
    place = [w for w in norm[line_start : m.start()].split() if _ARABIC_WORD.search(w)]  # not "(MENAFN- ...)"
    if len(place) > DATELINE_PLACE_WORDS:
        return None
    day, month = int(m.group(1)), int(m.group(2))
    for year in (pub.year, pub.year - 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue  # 29 February of a year without it: the year before may have it (or neither)
        if d <= pub:
            return d if 0 < (pub - d).days <= DATELINE_MAX_DAYS else None
    return None


def sentence_sources(a: Article, lo: int, hi: int) -> list[tuple[SourceRef, int, int]]:
    """Sources named in a sentence, with the offices of people named there ("وقال مكتب ستارمر") and
    the people who announce the contact themselves ("أعلن X أنه أجرى اتصالا", "كتب X على منصة إكس").
    Computed once per sentence (frames, continuations and official bodies all ask)."""
    cached = a.sources_cache.get((lo, hi))
    if cached is None:
        cached = a.sources_cache[(lo, hi)] = _sentence_sources(a, lo, hi)
    return list(cached)


def _sentence_sources(a: Article, lo: int, hi: int) -> list[tuple[SourceRef, int, int]]:
    found = sources_in(a.norm, a.index, a.ref, lo, hi)
    found += anaphoric_sources(a.norm, a.index, lo, hi, a.latest_source)
    contact_starts = [t.word_start for t in a.triggers_of(lo)]
    for m in a.mentions.between(lo, hi):
        src = office_source(a.norm, m.start, m.person_id, a.ref, a.pub, m.end)
        if src is not None and kept_silent(a.norm, m.start, m.end, lo, hi):
            continue  # "ولم يصدر أي تعليق من مكتب نتنياهو"
        if src is not None and any(_names_the_office(f, m.start) for f in found):
            continue  # "مكتب رئيس مجلس السيادة": a body with a name of its own, which names the office
        if src is None and m.person_id in a.ref.people:
            posted = [
                f
                for f in found
                if f[0].kind == "social"
                and 0 <= f[1] - m.end <= PERSON_SOURCE_CHARS
                and in_clause(a.norm, f[1], contact_starts)
            ]
            if posted or announcer(a.norm, m.start, m.end, contact_starts):
                src = SourceRef(a.ref.people[m.person_id].name_en, a.norm[m.start : m.end], "person")
        if src is not None:
            found.append((src, m.start, m.end))
    found += office_by_surname(a.norm, lo, hi, _surnames(a), a.ref, a.pub)
    # a platform is where an account holder spoke: a person's post credits the person alone; a body
    # that speaks through its account names the platform as its channel, credited with it ("قالت
    # الخارجية السورية عبر منصة إكس", "أعلنت الرئاسة المصرية عبر صفحتها على فيسبوك"); never the
    # platform alone
    found = [f for f in found if f[0].kind != "social" or _body_channel(a.norm, found, f)]
    return found or _dropped_subject_source(a, lo, hi)


def _body_channel(text: str, found: list[tuple[SourceRef, int, int]], platform: tuple[SourceRef, int, int]) -> bool:
    """Is the source named nearest before ``platform``, within PERSON_SOURCE_CHARS, an official body
    (not a person, a spokesperson, an outlet or another platform) that speaks through it: a word of
    channel (news_sources.yaml ``platform_via_words``: "عبر") between them?"""
    before = [f for f in found if f[2] <= platform[1]]
    if not before:
        return False
    src, start, end = max(before, key=lambda f: f[2])
    if src.kind != "official" or platform[1] - end > PERSON_SOURCE_CHARS:
        return False
    if text[start:end].split()[0] in source_words("spokesperson_heads"):
        return False  # "المتحدث باسم الرئاسة ... على حسابه": the spokesperson's own account
    return any(w in source_words("platform_via_words") for w in text[end : platform[1]].split())


def _names_the_office(f: tuple[SourceRef, int, int], start: int) -> bool:
    """Does the body found (with a name of its own: not one of a country to be named, nor a platform)
    span the title of the person whose office it would be ("مكتب رئيس مجلس السيادة")?"""
    src, x, y = f
    return x < start < y and src.kind != "social" and not src.kind.startswith("pending:")


def _surnames(a: Article) -> dict[str, str]:
    """The last word of each person's mention (without "ال") -> their id, when one person has it."""
    if "surnames" not in a.memo:
        seen: dict[str, set[str]] = {}
        for m in a.mentions.between(0, len(a.norm)):
            if m.person_id in a.ref.people:
                word = a.norm[m.start : m.end].split()[-1].removeprefix("ال")
                seen.setdefault(word, set()).add(m.person_id)
        a.memo["surnames"] = {w: next(iter(ids)) for w, ids in seen.items() if len(ids) == 1 and len(w) > 2}
    return a.memo["surnames"]


# "وأضافت أن ...": a verb of saying that opens the sentence with no subject of its own, right before
# the that-word (within this many words), goes on with the speaker of the sentence before.
DROPPED_SUBJECT_WORDS = 3
_TO = normalize_key("إلى")  # "وأشارت إلى أن"


def opens_with_saying(a: Article, s_index: int) -> bool:
    """Does the sentence open with a verb of saying ("وقال", "وأضافت")? With no subject of its own it
    goes on with the speaker of the sentence before (the dropped subject: ``_dropped_subject_source``
    for a body's words, ``attribution._poster`` for a leader's post)."""
    verbs, _ = saying_words()
    lo, hi, _ = a.sentences[s_index]
    first = a.norm[lo : min(hi, lo + 20)].split()[:1]
    return bool(first) and bare_or_conjoined(first[0], verbs)


def _dropped_subject_source(a: Article, lo: int, hi: int) -> list[tuple[SourceRef, int, int]]:
    """ "وأفادت وكالة الأنباء السعودية بأن ... . وأوضحت أن الملك بعث رسالة": the sentence's source is the
    last source (not a person: "وأضاف" after a leader's words is the leader) of the sentence before;
    so too after a sentence that ends with a colon ("وقالت الرئاسة في بيان:")."""
    index = a._by_start.get(lo)
    if not index:
        return []
    p_lo, p_hi, heading = a.sentences[index - 1]
    words = a.norm[lo:hi].split()[:DROPPED_SUBJECT_WORDS]
    # "وقالت الوكالة في خبرها:" then the words it reports, in a sentence (or paragraph) of their own
    introduced = a.norm[p_lo:p_hi].rstrip().endswith(":")
    if heading and not introduced:
        return []
    _, that = saying_words()
    if not introduced and (len(words) < 2 or not opens_with_saying(a, index)):
        return []
    renamed = None  # "وأضاف ممتاز أن": the speaker named again by one word of his name
    if not introduced and not _opens_that(words[1:], that):
        more = a.norm[lo:hi].split()[: DROPPED_SUBJECT_WORDS + 1]
        if not _opens_that(more[2:], that) or a.mentions.between(lo, lo + len(" ".join(more[:2]))):
            return []
        renamed = words[1]
    before = [f for f in sentence_sources(a, p_lo, p_hi) if f[0].kind != "person"]
    if not before:
        return []
    src, _, src_end = max(before, key=lambda f: f[1])
    if renamed is not None and renamed not in {
        w.strip(",،:") for w in a.norm[src_end : src_end + PERSON_SOURCE_CHARS].split()
    }:
        return []  # one word of the name written right after the body's ("وزير الدولة بالخارجية، فلان الفلاني")
    return [(src, lo, lo + len(words[0]))]


def _opens_that(words: list[str], that: frozenset[str]) -> bool:
    """Do ``words`` open with a that-word ("أن", "إن"), or "إلى أن"?"""
    return bool(words) and (words[0] in that or (words[0] == _TO and len(words) > 1 and words[1] in that))


# "أعلن الرئيس X اليوم أنه أجرى اتصالا": the that-word follows the name (and its titles) within this
# many characters; a platform ("على منصة إكس") follows the name within as many.
PERSON_SOURCE_CHARS = 60


def announcer(text: str, start: int, end: int, contact_starts: list[int]) -> bool:
    """Is the person named at ``start:end`` the subject of a verb of saying whose reported clause
    ("أن"/"إن" ...) holds a contact word? Then the article has the contact from their own word."""
    verbs, that = saying_words()
    head = text[max(0, start - OFFICE_BEFORE_CHARS) : start]
    after = text[end : end + PERSON_SOURCE_CHARS]
    nouns, quoting, _ = person_statement_words()
    words = head.split()
    if words and words[-1] in ("ل", "لـ"):  # the clitic of "بيان لميلوني" outside the mention
        words = words[:-1]
    if any(" ".join(words[-size:]) in same for size, same in _by_word_count(nouns)):
        # "جاء ذلك في بيان لميلوني": their statement tells of the contact; not "كلمته خلال القمة
        # الافتراضية": words said during the contact, which the article reports itself
        return any(not _during(text, c) for c in contact_starts)
    if _authored(words, nouns):
        # "وفقا لتغريدة نشرها X", "في بيان أصدره X": the post or statement is X's own; in a sentence
        # with no contact word of its own, it tells the story the sentence goes on with
        return not contact_starts or any(
            not _CLAUSE_END.search(text, min(c, start), max(c, start)) for c in contact_starts
        )
    if words and words[-1] == "عن" and any(w in quoting for w in after.split()[:6]):
        return any(end < c for c in contact_starts)  # "نقلت عن الوزير X قوله إن المكالمة"
    before = _without_time_words(head.split())
    if not before or not bare_or_conjoined(before[-1], verbs) or _addressee(before):
        return False
    if _according_to(before[:-1]):
        # "تحدث X مع Y، بحسب ما أعلن Y على موقعه": the contact told before, in the clause
        return any(c < start and not _CLAUSE_END.search(text, c, start) for c in contact_starts)
    for word in re.finditer(r"\S+", after):
        if _SENTENCE_END.match(word.group()):
            return False
        if word.group().endswith(":"):  # "قال X: «تلقيت اليوم اتصالا»": a quote of their own words
            return any(end + word.end() < c for c in contact_starts)
        if word.group().strip("،,") in that:
            at = end + word.start()
            # the contact in the reported clause: before the clause's full stop ("وقال ترامب إنه سيفعل
            # كذا «...». ومن المقرر أن يزور ..." is read as one sentence when a quote closes it)
            return any(at < c and not _CLAUSE_END.search(text, at, c) for c in contact_starts)
    return False


def _without_time_words(words: list[str]) -> list[str]:
    """ "قال اليوم X", "أعلن مساء الجمعة X": the words of time between a verb and its subject dropped
    (news_sources.yaml ``subject_time_words`` and the weekdays of calendar.yaml)."""
    time_words = source_words("subject_time_words") | _weekday_words()
    n = len(words)
    while n > 1 and n > len(words) - SUBJECT_TIME_WORDS and words[n - 1].strip("،,") in time_words:
        n -= 1
    return words[:n]


def _authored(words: list[str], nouns: frozenset[str]) -> bool:
    """Do ``words`` end with a statement noun and a verb of issuing it ("لتغريدة نشرها", "في بيان
    أصدره": news_sources.yaml ``authored_verbs``), whose subject is the person after them?"""
    if len(words) < 2 or words[-1] not in source_words("authored_verbs"):
        return False
    noun = words[-2]
    return noun in nouns or any(noun.startswith(c) and noun[len(c) :] in nouns for c in ("ل", "ب", "و"))


def _according_to(words: list[str]) -> bool:
    """Do ``words`` (before a verb of saying) end with a phrase of accordance ("بحسب ما", "حسبما",
    "وفق ما": news_sources.yaml ``according_to_words``)?"""
    phrases = source_words("according_to_words")
    return any(" ".join(words[-size:]) in phrases for size in (1, 2) if len(words) >= size)


# At most this many words of time stand between a verb of saying and its subject.
SUBJECT_TIME_WORDS = 3


@lru_cache(maxsize=1)
def _weekday_words() -> frozenset[str]:
    days = vocabulary().weekday_of
    return frozenset(w for d in days for w in (d, "ال" + d))


_SENTENCE_END = re.compile(r"[.!?؟]")
# the end of the word before a verb that opens its clause ("،", ":", a full stop)
_CLAUSE_MARK = re.compile(r"[.!?؟,،:;؛\"»”]$")


def _addressee(words: list[str]) -> bool:
    """Is the person after a verb of informing its object? "رئيس تركيا أبلغ البشير بأنه": the subject
    stands before the verb (a word that does not end a clause), so the one named after it is told, not
    telling (news_sources.yaml addressee_verbs); "وأبلغ X نظيره أن" opens its clause: X tells."""
    verb = words[-1]
    if verb not in source_words("addressee_verbs") or len(words) < 2:
        return False  # bare only: "وأبلغ", "فأبلغ" open their clause
    return not _CLAUSE_MARK.search(words[-2]) and words[-2] not in source_words("clause_openers")


# a full stop that ends a clause: before a space or a line's end (not the dot of "أ.ف.ب")
_CLAUSE_END = re.compile(r"[.!?؟][\"»”']?(?:\s|$)")


def in_clause(text: str, at: int, contact_starts: list[int]) -> bool:
    """Does a contact word stand in the clause of ``at`` (no full stop between them)? "وقال ترامب في
    تغريدة إنه سيفعل كذا «...». ومن المقرر أن يزور ...": the post does not tell of the visit."""
    return any(not _CLAUSE_END.search(text, min(at, c), max(at, c)) for c in contact_starts)


def _during(text: str, contact: int) -> bool:
    """Is the contact word at ``contact`` the setting of words said during it ("خلال مؤتمر عبر الفيديو")?"""
    # the word before the contact's noun: "خلال محادثة عبر الفيديو" when the contact word is "عبر الفيديو"
    before = text[max(0, contact - DURING_BEFORE_CHARS) : contact].split()[-2:]
    return any(w in source_words("statement_setting_words") for w in before)


# the word that makes a contact the setting of a statement stands within this many characters before it
DURING_BEFORE_CHARS = 20


@lru_cache(maxsize=4)
def _by_word_count(nouns: frozenset[str]) -> tuple[tuple[int, frozenset[str]], ...]:
    """``nouns`` grouped by their number of words: one set lookup per length, not one join per noun."""
    sizes: dict[int, set[str]] = {}
    for n in nouns:
        sizes.setdefault(len(n.split()), set()).add(n)
    return tuple((size, frozenset(same)) for size, same in sizes.items())
