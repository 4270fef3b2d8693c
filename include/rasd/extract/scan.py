"""Step 1 of extraction: one pass over the normalised text.

An Aho-Corasick automaton over the reference data (``refdata``) finds every key at word boundaries
(a proclitic allowed); overlapping keys of one group keep the longest. Sentences and headings are
split here too. Everything downstream works on these matches and offsets.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from itertools import compress
from operator import attrgetter, itemgetter
from typing import Any, NamedTuple

from rasd.arabic import ARABIC_LETTERS
from rasd.extract.lexicon import lexicon
from rasd.extract.refdata import Entry, ReferenceData

ENTITY_KINDS = frozenset(
    {
        "person",
        "person_ambiguous",
        "title",
        "dual_title",
        "possessive_title",
        "counterpart",
        "honorific",
        "qualifier",
        "home_word",
        "country_adj",
        "country_name",
        "org",
    }
)
SOURCE_KINDS = frozenset({"source", "source_ambiguous", "source_template", "source_contextual"})
# Titles form their own group so that an office overlapping a country's long name survives
# ("رئيس جمهورية" + "جمهورية ألمانيا الاتحادية"); other entity kinds compete for the longest span.
_GROUP = (
    {k: "entity" for k in ENTITY_KINDS}
    | {k: "title" for k in ("title", "dual_title", "counterpart")}
    | {k: "source" for k in SOURCE_KINDS}
)
# Punctuation and spaces only: two matches separated by this are adjacent.
GAP_RUN = re.compile(r"[\s,()\"'«»“”:\-–]*")  # what may stand between the words of one entity
GAP_OK = re.compile(rf"^{GAP_RUN.pattern}$")
# A clitic is at most this many letters ("ولل", "فال"); a longer run before a key is another word.
MAX_CLITIC_LETTERS = 3
# Lines of at most this many words without a final stop are headings (title, sub-heads).
HEADING_MAX_WORDS = 20

# Word letters for boundary checks by set lookup: the Arabic letters plus Latin and digits-free
# letters of the Basic Multilingual Plane up to CJK (names in Latin script inside Arabic text).
_ARABIC = re.compile(f"[{ARABIC_LETTERS}]")
LETTERS = frozenset(c for c in map(chr, range(0x3000)) if c.isalpha() or _ARABIC.match(c))


class Match(NamedTuple):  # a tuple: hundreds are made per article
    start: int  # start of the key in the normalised text
    end: int
    word_start: int  # start including a clitic prefix
    entry: Entry


class Spans:
    """Items sorted by start offset, sliced by range in O(log n) (sentences ask for theirs)."""

    def __init__(self, items: list[Any]) -> None:
        self.items = sorted(items, key=_start)  # a C key (hundreds of items per article)
        self.starts = list(map(_start, self.items))
        self._kinds: dict[frozenset[str], Spans] = {}
        self._kind_of: list[str] | None = None  # each match's kind, read on the first ``of_kinds``

    def between(self, lo: int, hi: int) -> list[Any]:
        return self.items[bisect.bisect_left(self.starts, lo) : bisect.bisect_left(self.starts, hi)]

    def of_kinds(self, kinds: frozenset[str]) -> Spans:
        """The matches of ``kinds`` among the items (matches), in the same order: picked out once per
        article, so that a rule asking every sentence for a few kinds reads only those."""
        found = self._kinds.get(kinds)
        if found is None:
            if self._kind_of is None:
                self._kind_of = list(map(_kind, self.items))
            # (C-level picks: no Python step per match)
            found = self._kinds[kinds] = Spans(list(compress(self.items, map(kinds.__contains__, self._kind_of))))
        return found


def scan(text: str, ref: ReferenceData) -> list[Match]:
    """All reference-data keys in normalised ``text`` at word boundaries (clitics allowed)."""
    found: list[Match] = []
    n = len(text)
    letters = LETTERS
    lex = lexicon()
    clitics, future, verb_letters = lex.clitic_prefixes, lex.future_prefixes, lex.future_verb_letters
    new = tuple.__new__  # Match(...) without the generated __new__'s Python frame (hundreds per article)
    append = found.append
    for end_index, (key, entries) in ref.automaton.iter(text):
        end = end_index + 1
        if end < n and text[end] in letters:
            continue
        start = end - len(key)
        word_start = start
        if start and text[start - 1] in letters:
            while word_start > 0 and text[word_start - 1] in letters:
                word_start -= 1
                if start - word_start > MAX_CLITIC_LETTERS:
                    break
            if text[word_start:start] not in clitics:
                if text[word_start:start] in future and key[0] in verb_letters:
                    # "سيلتقيان": the future particle on a present-tense contact verb (triggers only)
                    for entry in entries:
                        if entry.kind == "trigger":
                            append(new(Match, (start, end, word_start, entry)))
                continue
        for entry in entries:
            append(new(Match, (start, end, word_start, entry)))
    return _participated_meetings(text, _summits_of_countries(text, longest_per_group(found)))


def _summits_of_countries(text: str, matches: list[Match]) -> list[Match]:
    """A summit word ("summit" triggers of triggers.yaml) is a meeting when two adjectives of different
    countries follow it, joined by spaces, a hyphen or quotes ("قمة مصرية أردنية", "القمة «المصرية -
    السعودية»"): the summit of those countries' leaders. Otherwise (an Arab summit, a conference
    named after one country) it is no contact word and is dropped."""
    if _SUMMIT not in map(_kind_and_value, matches):  # (no Python step per match)
        return matches
    adjectives = [m for m in matches if m.entry.kind == "country_adj"]
    # ``matches`` are ordered by start, and so the adjectives; their word starts are not (a clitic),
    # so the search starts at the first one that may start after the summit word: no scan from the
    # text's first adjective for each summit word (quadratic on a long text)
    adjective_starts = [adj.start for adj in adjectives]
    out: list[Match] = []
    for m in matches:
        if m.entry.kind != "trigger" or m.entry.value != "summit":
            out.append(m)
            continue
        chain: list[Match] = []
        at = m.end
        for adj in adjectives[bisect.bisect_left(adjective_starts, at) :]:
            if adj.word_start < at:
                continue
            if len(chain) == 2 or not GAP_OK.match(text[at : adj.word_start]):
                break
            if text[adj.word_start : adj.start] not in ("", "ال"):
                break  # "ولل...": another phrase, not the summit's adjective
            if chain and chain[-1].start == adj.start:
                continue  # the same adjective read as two countries
            chain.append(adj)
            at = adj.end
        if len(chain) == 2 and chain[0].entry.value != chain[1].entry.value:
            out.append(m._replace(entry=dataclasses.replace(m.entry, value="meeting")))
        elif _told_with_participants(text, m):
            out.append(m._replace(entry=dataclasses.replace(m.entry, value="meeting", gathering=True)))
    return out


# A participation cue after a summit word stands within this many characters of it, in its sentence.
GATHERING_CUE_CHARS = 90
_SENTENCE_MARKS = re.compile(r"[.\n:؛;!?؟]")


@functools.lru_cache(maxsize=1)
def _gathering_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    more = lexicon().status_more
    after = "|".join(map(re.escape, more.get("gathering_cues_after", ()))) or "(?!)"
    before = "|".join(map(re.escape, more.get("gathering_cues_before", ()))) or "(?!)"
    return (
        re.compile(rf"(?:^|\s)[وف]?(?:{after})(?=\s|$)"),
        re.compile(rf"(?:^|\s)[وف]?(?:{before})\s+$"),
    )


def _told_with_participants(text: str, m: Match) -> bool:
    """ "قمة بمشاركة رؤساء أ وب وج", "قمة تجمع قادة ...", "يشارك في القمة A وB وC", "حضر افتتاح القمة
    ...": a summit word told with a cue of who takes part, right before it or a few words after it in
    its sentence (``gathering_cues_*`` in extract_words.yaml). It is then a meeting word; the meeting
    needs three leaders named with it (``document``), so that a summit of many whose members the text
    does not name makes no meeting of the one or two it does name."""
    after, before = _gathering_cues()
    if before.search(text, max(0, m.word_start - 24), m.word_start):
        return True
    window = text[m.end : m.end + GATHERING_CUE_CHARS]
    stop = _SENTENCE_MARKS.search(window)
    return after.search(window[: stop.start()] if stop else window) is not None


@functools.lru_cache(maxsize=1)
def _participation_cue() -> re.Pattern[str]:
    """A verb of taking part + "في" right before a word ("يشارك في", "شاركت في"): the participation cues
    of ``gathering_cues_before`` (extract_words.yaml), not those of attending ("حضر")."""
    cues = [c for c in lexicon().status_more.get("gathering_cues_before", ()) if c.endswith(" في")]
    words = "|".join(map(re.escape, cues)) or "(?!)"
    return re.compile(rf"(?:^|\s)[وف]?(?:{words})\s+$")


def _participated_meetings(text: str, matches: list[Match]) -> list[Match]:
    """A meeting word after a verb of taking part ("يشارك في اجتماع بالعاصمة وزراء خارجية أ وب ودول
    المنطقة"): a gathering of many told with its participants, read like a summit word so
    told (``_told_with_participants``): it needs three leaders named with it and no group it does not
    list (``contact_tests.unnamed_gathering``). One takes part in a gathering; two leaders meet."""
    cue = _participation_cue()
    out = matches
    for i, m in enumerate(matches):
        entry = m.entry
        if entry.kind != "trigger" or entry.value != "meeting" or entry.gathering:
            continue
        if cue.search(text, max(0, m.word_start - 24), m.word_start):
            if out is matches:
                out = list(matches)
            out[i] = m._replace(entry=dataclasses.replace(entry, gathering=True))
    return out


def longest_per_group(matches: list[Match]) -> list[Match]:
    """Within each group (entities, sources, triggers, ...) keep the longest of overlapping keys
    (leftmost-longest, one pass); one span may keep several meanings (a title naming two roles).
    Topics may nest ("قمة منظمة شنغهاي" is the SCO and its summit)."""
    # by word start, the longest first (two stable sorts with C keys: a Python key costs more)
    matches.sort(key=_end, reverse=True)
    matches.sort(key=_word_start)
    kept: list[Match] = []
    last: dict[str, list[Match]] = {}  # group -> the kept matches of its current span
    groups = _GROUP
    for m in matches:
        kind = m[3].kind
        if kind == "topic":
            kept.append(m)
            continue
        group = groups.get(kind, kind)
        current = last.get(group)
        if current:
            head = current[0]
            ws, end = m[2], m[1]
            if head[2] == ws and head[1] == end:
                current.append(m)  # the same words, another meaning
                continue
            if ws < head[1]:
                if _qualifies(head, m):
                    last[group] = [m]  # "جمهورية غينيا بيساو": the name the qualifier completes
                    continue
                if end - ws <= head[1] - head[2]:
                    continue  # inside or overlapping a longer (or equal, earlier) match
                last[group] = [m]  # a longer match overlaps the kept one: it wins
                continue
            kept.extend(current)
        last[group] = [m]
    for current in last.values():
        kept.extend(current)
    kept.sort(key=_by_span)
    return kept


_start = attrgetter("start")
_kind = attrgetter("entry.kind")
_kind_and_value = attrgetter("entry.kind", "entry.value")
_SUMMIT = ("trigger", "summit")
_end = itemgetter(1)
_word_start = itemgetter(2)
_by_span = itemgetter(0, 1)


def _qualifies(head: Match, m: Match) -> bool:
    """Two country names overlapping in part: Arabic qualifies a name after it, so the one that
    ends later is the more specific ("جمهورية غينيا" + "غينيا بيساو")."""
    return (
        head.entry.kind == "country_name"
        and m.entry.kind == "country_name"
        and head.word_start < m.word_start
        and m.end > head.end
    )


def adjacent(text: str, left_end: int, right: Match, max_gap: int = 3) -> bool:
    """``right`` follows a span ending at ``left_end`` with only spaces or punctuation between."""
    gap = text[left_end : right.word_start]
    return len(gap) <= max_gap and bool(GAP_OK.match(gap))


_SENTENCE_END = re.compile(r"[.!?؟]+")
_LINE_CLOSERS = '.!?؟:"”»'
# A block of at least this many lines, most of them ending mid-sentence, is hard-wrapped text.
WRAPPED_MIN_LINES = 3
WRAPPED_OPEN_SHARE = 0.5


# Lines of a hard-wrapped paragraph have about one length: none longer than this times the median.
WRAPPED_MAX_LENGTH_RATIO = 3.5


def _wrapped(lines: list[str]) -> bool:
    """Hard-wrapped paragraph: lines of about one length, most of them (but the last) stopping
    without closing punctuation. A heading, a stamp and a long body line are no wrapped block."""
    full = [ln.strip() for ln in lines if ln.strip()]
    body = full[:-1]
    if len(full) < WRAPPED_MIN_LINES:
        return False
    lengths = sorted(len(ln) for ln in full)
    if lengths[-1] > WRAPPED_MAX_LENGTH_RATIO * lengths[len(lengths) // 2]:
        return False
    return sum(ln[-1] not in _LINE_CLOSERS for ln in body) / len(body) >= WRAPPED_OPEN_SHARE


def _units(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, may_be_heading) per line, with the lines of a hard-wrapped block joined."""
    units: list[tuple[int, int, bool]] = []
    pos = 0
    for block in re.split(r"(\n[ \t]*\n)", text):
        lines = block.split("\n")
        if _wrapped(lines):
            units.append((pos, pos + len(block), False))
        else:
            start = pos
            joined = _continued(lines)
            open_at: int | None = None  # start of a unit whose line goes on in the next
            for line, goes_on in zip(lines, joined, strict=True):
                first = start if open_at is None else open_at
                if goes_on:
                    open_at = first
                else:
                    units.append((first, start + len(line), True))
                    open_at = None
                start += len(line) + 1
        pos += len(block)
    return units


# a clause's punctuation that opens no sentence nor title: the line it opens goes on the one before
_CLAUSE_OPENING = frozenset(",،.؛;:)»”")
_QUOTE_OPEN, _QUOTE_CLOSE = "«“", "»”"


def _continued(lines: list[str]) -> list[bool]:
    """Per line: does the next line go on its sentence? Scraped pages break lines around links
    ("قال الرئيس\nدونالد ترامب\n، الثلاثاء، إنه ..."). A line with no closing mark goes on when the
    next opens with a clause's punctuation, when it ends with a word that needs what follows
    (``open_line_end_words``) or inside a quotation, or when the next is a short line (a link's text)
    that goes on by one of these marks itself (not by a short line in turn: a title above a short lead
    line stays a title) or is followed by a line that opens with a word continuing a clause
    (``continuing_line_openers``)."""
    lex = lexicon()
    ends, openers, short = lex.open_line_end_words, lex.continuing_line_openers, lex.link_line_max_words
    out = [False] * len(lines)
    marked = [False] * len(lines)  # goes on by a mark of its own (punctuation, a word, a quotation)
    for i in range(len(lines) - 2, -1, -1):
        line, after = lines[i].strip(), lines[i + 1].strip()
        if not line or not after or line[-1] in _LINE_CLOSERS:
            continue
        words = line.split()
        if after[0] in _CLAUSE_OPENING or words[-1] in ends or _open_quote(line):
            out[i] = marked[i] = True
            continue
        next_words = after.split(None, short)
        if not line[-1].isalpha() or not _ARABIC.search(line):
            continue  # a stamp, a rule, a line in another script: no sentence's part
        if len(next_words) <= short and after[-1] not in _LINE_CLOSERS:
            out[i] = marked[i + 1] or (i + 2 < len(lines) and _opens_clause(lines[i + 2], openers))
        elif len(words) <= short:
            out[i] = next_words[0] in openers
    for i in range(1, len(lines) - 1):  # a link's text inside a sentence goes on to the next line
        line = lines[i].strip()
        if out[i - 1] and line and line[-1] not in _LINE_CLOSERS and len(line.split(None, short)) <= short:
            out[i] = bool(lines[i + 1].strip())
    return out


def _open_quote(line: str) -> bool:
    """Does the line leave a quotation open (a "«" not closed, an odd number of straight quotes)?"""
    return (
        sum(line.count(c) for c in _QUOTE_OPEN) > sum(line.count(c) for c in _QUOTE_CLOSE) or line.count('"') % 2 == 1
    )


def _opens_clause(line: str, openers: frozenset[str]) -> bool:
    words = line.split(None, 1)
    return bool(words) and (words[0] in openers or words[0][0] in _CLAUSE_OPENING)


# A title ends with no punctuation, or with a question's or a quotation's mark: a line ending with a
# full stop, or with a comma or semicolon (a clause going on: "التقى X نظيره Y،" above a caption) or a
# colon (a quotation or list announced: "قال X في برقيته إلى Y:"), is body text.
_NO_HEADING_END = '.!?؟"”»،,؛;:'


def sentences(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_heading) per sentence. Headings (short lines with no final full stop, such as
    titles and sub-heads) summarise the body, so they never create events on their own. Lines of a
    hard-wrapped paragraph are read as one text."""
    out = []
    last_text = len(text.rstrip())  # the last line ends the text: no heading, even without a stop
    for line_start, line_end, may_head in _units(text):
        line = text[line_start:line_end]
        stripped = line.strip()
        heading = (
            may_head
            and bool(stripped)
            and stripped[-1] not in _NO_HEADING_END
            and line_end < last_text
            and len(stripped.split(None, HEADING_MAX_WORDS)) <= HEADING_MAX_WORDS  # counts words up to the limit
        )
        pos = line_start
        for m in _SENTENCE_END.finditer(line + "."):
            if _not_an_end(line, m):
                continue
            start, end = pos, line_start + m.start()
            pos = line_start + m.end()
            if text[start:end].strip():
                out.append((start, min(end, line_end), heading))
    return out


def _not_an_end(line: str, m: re.Match[str]) -> bool:
    """A full stop that ends no sentence: after a one-letter abbreviation ("د.عبد الله حمدوك", "م.
    خالد", also after the conjunction و written on it: "بين د. X ود. Y"; not an era after a year:
    "2015 م.") or between digits ("3.5")."""
    if m.group() != "." or m.end() >= len(line):
        return False
    # the three characters before it; the line start counts as spaces
    before = ("   " + line)[m.start() : m.start() + 3]
    if before[1] == "و" and before[0] in ' \t(«"':
        before = before[0] + before[2]  # "ود.": the conjunction, then the abbreviation
    else:
        before = before[1:]
    if before[0] in ' \t(«"' and "\u0621" <= before[1] <= "\u064a":
        # not an era after a year ("1445 هـ.", "2015 م."): that full stop ends the sentence
        return not line[max(0, m.start() - 8) : m.start() - 1].rstrip().endswith(tuple("0123456789٠١٢٣٤٥٦٧٨٩"))
    return m.start() > 0 and line[m.start() - 1].isdigit() and line[m.end()].isdigit()
