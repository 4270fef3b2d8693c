"""The parties of a two-sided contact sentence by the place each name holds in it.

In Arabic news a contact sentence names its parties in two places: the subject of the contact verb
(before the contact noun, "أجرى الرئيس X اتصالا", or right after a verb that opens the clause, "استقبل
الرئيس X اليوم ...") and its object or partner after it ("... الملك Y", "مع نظيره Y", "بالرئيس Y");
more parties stand in a list joined to them by "و" ("استقبل X الرئيس A والرئيس B"). A leader named
further on holds another role: the genitive of a topic ("لبحث تصريحات الرئيس Z"), the object of a
verb of praise ("وأشاد بالرئيس Z"), someone in a relative clause or a quote ("الذي التقى أمس الرئيس
Z", "وقال إن الرئيس Z ..."), someone an event is about ("عقب فوز الرئيس Z"). ``party_positions``
keeps the people of the party places when a sentence names three or more and says nothing of a
contact of several sides (a joint contact, a list of leaders, a count of contacts, someone who
joined in, an attendance phrase, which other rules read).
"""

from __future__ import annotations

import re

from rasd.dates import bare_that_words, saying_words
from rasd.extract.article import Article
from rasd.extract.callers import between_list, counts_several
from rasd.extract.events import PeopleMap
from rasd.extract.frames import CLAUSE_MARK, Frame
from rasd.extract.lexicon import any_written, cue_pattern, has_cue, lexicon

# The contact types whose sentence names the parties as subject and partner (a visit's host follows
# "خلالها"; a message's sender and receiver are read by ``core_parties.from_to``).
POSITION_TYPES = ("meeting", "phone_call", "video_call")

# A clitic fragment the mention's word carries before it ("بال|رئيس", "وال|ملك", "لل|رئيس").
_FRAGMENTS = ("ال", "وال", "بال", "لل", "ول", "وب", "وبال", "ولل", "ب", "ل", "و")


def party_positions(a: Article, f: Frame, people: PeopleMap, spans: list[tuple[int, int, str]]) -> PeopleMap:
    """The people of ``people`` named in a party place of the sentence (see the module): its subject
    run and its partner run, with the lists joined to them; all of them when fewer than two remain or
    the sentence tells a contact of several sides."""
    if len(people) < 3 or f.type not in POSITION_TYPES or _several_sides(a, f):
        return people
    keys = {start: key for start, _, key in spans if key in people and f.lo <= start < f.hi}
    runs = _runs(a, f, keys)
    # people of an attendance phrase ("، برفقة Y،") hold no place of their own: ``attendees`` reads them
    lex = lexicon()
    present = [r for i, r in enumerate(runs) if i and any_written(a.norm, lex.attendance_cues, runs[i - 1][1], r[0])]
    placed = [r for r in runs if r not in present]
    before = [r for r in placed if r[0] < f.trigger.word_start and not _fronted(a, f, r)]
    # the subject of a clause joined to the contact before ("التقى X بـ A كما التقى B وC"), named before
    # the clause opens (``side_frames.coordinated``): the clause's subject run
    carried = {k for k, (_, start, _) in people.items() if start < f.lo}
    if carried:
        before = [(f.lo, f.lo, carried), *before]
    after = [r for r in placed if r[0] >= f.trigger.word_start]
    party = list(before)
    if before:  # the subject's run is the one right before the contact word
        if after and (len(before[-1][2]) < 2 or _object_place(a, f, before[-1][1], after[0][0])):
            party.append(after[0])
    elif after:
        party.append(after[0])  # "استقبل الرئيس X ...": the subject after the verb that opens the clause
        if len(after) > 1 and (len(after[0][2]) < 2 or _object_place(a, f, after[0][1], after[1][0])):
            party.append(after[1])
    kept_keys = {k for r in party + present for k in r[2]}
    # people after an attendance phrase are read by ``attendees.without_attendees`` (a third country's
    # leader there is a party)
    last = max((r[1] for r in party), default=f.lo)
    cue = (
        cue_pattern(lex.attendance_cues).search(a.norm, last, f.hi)
        if any_written(a.norm, lex.attendance_cues, last, f.hi)
        else None
    )
    kept_keys |= {k for r in runs if cue is not None and r[0] >= cue.end() for k in r[2]}
    # "غداة مكالمة مع نظيره Z": the partner of another contact the sentence tells, read by other rules
    # (each run read from the end of the one before it: linear in the sentence)
    kept_keys |= {
        k
        for i, r in enumerate(runs)
        if i and r[0] >= last and _other_contact_partner(a, f, max(last, runs[i - 1][1]), r[0])
        for k in r[2]
    }
    kept = {k: v for k, v in people.items() if k in kept_keys}
    return kept if len(kept) >= 2 else people


def _fronted(a: Article, f: Frame, run: tuple[int, int, set[str]]) -> bool:
    """Is the run before the contact word inside a phrase put before the clause ("على هامش زيارة
    الرئيس Z للمنطقة، التقى X Y", "بدعوة من Z، استقبل X Y")? Governed by the noun or "من" right before
    it, and the contact word right after the first comma that follows it (not "أجرى X، اليوم، اتصالا")."""
    mark = CLAUSE_MARK.search(a.norm, run[1], f.trigger.word_start)
    if mark is None or a.norm[mark.end() : f.trigger.word_start].strip() not in ("", "و", "ف", "ثم", "كما"):
        return False  # the first comma after the run opens the contact verb's clause
    words = [w.strip("،,") for w in a.norm[f.lo : run[0]].split()]
    while words and _head_word(words[-1]) and words[-1] != "من":
        words.pop()
    if not words:
        return False  # the subject opens the sentence ("الرئيس X، استقبل ...")
    last = words[-1]
    if last == "من":
        return True
    return last.isalpha() and not last.startswith(("ال", "وال", "بال", "لل")) and last not in bare_that_words()


def _several_sides(a: Article, f: Frame) -> bool:
    """Does the sentence tell a contact of several sides, or several contacts? A joint word ("قمة
    ثلاثية جمعت", "اتصال مشترك", "بين A وB وC"), "leaders" of a call, a list after "كل من", a count
    of contacts ("اتصالين", "كل على حدة"), someone who joined in ("شارك أيضا"), or a list of
    countries' leaders ("قادة مصر والأردن")."""
    lex = lexicon()
    own_end = _reported_clause(a, f)
    sentence = a.norm[f.lo : own_end]
    if has_cue(sentence, lex.joint_contacts) or between_list(a, f) or counts_several(a, f):
        return True
    if any(e.joint for e in f.entities if e.start < own_end):
        return True
    joint = [w.strip("،,.")[2:] for w in sentence.split() if w.startswith("ال")]
    if any(w in lex.joint_contacts and w not in lex.contact_words for w in joint):
        return True  # a joint adjective with its article ("القمة الثلاثية"; not "القمة" alone)
    if (
        has_cue(sentence, lex.separate_contacts)
        or has_cue(sentence, lex.each_of)
        or has_cue(sentence, lex.joined_contact)
    ):
        return True
    if any_written(a.norm, lex.attendance_cues, f.lo, f.trigger.word_start) and has_cue(
        a.norm[f.lo : f.trigger.word_start], lex.attendance_cues
    ):
        return True  # "كما حضر الاستقبال A وB وC": those who attended, read by ``attendees.attended_contact``
    return f.type != "meeting" and has_cue(sentence, lex.joint_calls)


def _reported_clause(a: Article, f: Frame) -> int:
    """Where a reported clause opens after the contact word ("، مضيفا أن ...", "، قائلا إن قمة بين
    A وB ستفيد"): its words tell what a party said, and a joint word there ("قمة", "بين A وB") is the
    topic of the words, not this contact's; the sentence's end when none does."""
    that = saying_words()[1]
    for m in re.finditer(r"\S+", a.norm[f.trigger.end : f.hi]):
        if m.group().strip("،,") in that:
            return f.trigger.end + m.start()
    return f.hi


def _runs(a: Article, f: Frame, keys: dict[int, str]) -> list[tuple[int, int, set[str]]]:
    """The frame's mentions in runs of a list: (start, end, party keys); a mention joins the run before
    it when only "و", a comma, honorifics or titles, a partner preposition written onto "و" ("ومع",
    "وبالرئيس") or a word in brackets stand between ("الملك A، وصاحب السمو B", "A (تركيا) وB"), or
    when it names the same person again ("العاهل الأردني الملك X"); a verb's subject and its object
    side by side ("استقبل الرئيس X الملك Y") are two runs."""
    runs: list[tuple[int, int, set[str]]] = []
    for e in sorted(f.entities, key=lambda e: e.start):
        key = keys.get(e.start)
        own = {key} if key else set()
        if runs and e.start < runs[-1][1]:
            start, end, held = runs[-1]
            runs[-1] = (start, max(end, e.end), held | own)
            continue
        gap = _without_dual_titles(a, runs[-1][1], e.start) if runs else ""
        joint = _joined(gap) if runs else None
        if runs and joint is None and own and _list_goes_on(gap):
            joint = "list"  # "، ورئيس وفد جمهورية مالطا X": one more of the list
        if runs and joint is None and own and _elided_counterpart(a, runs[-1][1], e.start):
            joint = "list"  # "نظيريه الصيني A، والتركي B": "ونظيره التركي", its head noun left out
        if joint == "list" or (joint == "apposition" and (not own or not runs[-1][2] or own <= runs[-1][2])):
            start, _, held = runs[-1]
            runs[-1] = (start, e.end, held | own)
        else:
            runs.append((e.start, e.end, own))
    return runs


_DUAL = frozenset({"dual_title"})


def _without_dual_titles(a: Article, lo: int, hi: int) -> str:
    """The text between two mentions with the dual and plural titles in it blanked out: a plural title
    before country and name pairs ("، وكذلك رؤساء وزراء ال|هند X والدنمارك Y") heads the next names of
    the list, each one country's office holder (``mentions`` reads the pairs), no word between them."""
    gap = a.norm[lo:hi]
    for m in a.index.of_kinds(_DUAL).between(lo, hi):
        # right before the next mention, in construct with its country ("رئيسا لفرنسا" is "as president")
        if m.end <= hi and a.norm[m.end : hi].strip() in ("", "ال"):
            x, y = m.word_start - lo, m.end - lo
            gap = gap[:x] + " " * (y - x) + gap[y:]
    return gap


_COUNTRY_ADJ = frozenset({"country_adj"})


def _elided_counterpart(a: Article, lo: int, hi: int) -> bool:
    """Does ``a.norm[lo:hi]`` end in a comma and a country's adjective with "و" ("، والتركي ")? A list
    of counterparts names the next one by his country alone ("نظيريه الصيني A، والتركي B": the head
    noun "نظيره" left out), one more of the list."""
    gap = a.norm[lo:hi].replace(",", "،")
    if "،" not in gap:
        return False
    lo += gap.rindex("،") + 1
    words = a.norm[lo:hi].split()
    if len(words) != 1 or not words[0].startswith("وال"):
        return False
    return any(m.word_start >= lo and m.end <= hi for m in a.index.of_kinds(_COUNTRY_ADJ).between(lo, hi))


def _joined(gap: str) -> str | None:
    """How ``gap`` between two mentions joins them: "list" when the mention's own head ("ورئيس
    الإمارات", "وصاحب السمو ال|شيخ") opens with "و", also after words the mentions left out ("A بن
    الحسين، ورئيس ..."); "list" also when only a comma, titles or a word in brackets stand between ("A، B، وC"), and
    "apposition" when only titles do (the same person named again, or a verb's subject and object)."""
    words = _unquoted(gap).replace("،", " ، ").replace(",", " , ").split()
    listed = "list" if "،" in words or "," in words else "apposition"  # "A، B وC": a list of its own
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w in ("و", "ثم") or (w.startswith("و") and (_head_word(w[1:]) or _conjunct_adverb(w[1:]))):
            return "list"  # the list's "و" before the mention's head, or before an adverb of its own
        if not (w in ("،", ",") or (w.startswith("(") and w.endswith(")")) or _head_word(w)):
            return None
    return listed


# Quotation marks around a name ("الرئيس “X” بالإضافة إلى الرئيس “Y”"; "“" and "”" read as '"' once
# normalised): they keep it inside the list, no word of the gap.
_QUOTES = str.maketrans("", "", '"«»“”')


def _unquoted(gap: str) -> str:
    return gap.translate(_QUOTES)


def _conjunct_adverb(w: str) -> bool:
    """A word the list's "و" carries before its next name: a time adverb or a word that adds to the
    list ("واستقبل A في مايو، ومؤخرا B، وكذلك C"; extract_words.yaml ``not_names.time_words`` and
    ``status_more.list_additions``). The next name is still one more of the list, not a new clause."""
    lex = lexicon()
    return w in lex.time_words or any(
        w in (add, add.removeprefix("و")) for add in lex.status_more.get("list_additions", ())
    )


def _head_word(w: str) -> bool:
    """A word of a mention's head left out of it: a clitic fragment ("بال"), a partner preposition
    ("مع"), a title or honorific, perhaps with "بـ"/"لـ" and the article ("بصاحب", "للرئيس")."""
    lex = lexicon()
    if w in _FRAGMENTS or w == "" or w in lex.object_prepositions or w in lex.title_words:
        return True
    return any(w.startswith(c) and w[len(c) :] in lex.title_words for c in ("بال", "لل", "ال", "ب", "ل"))


def _object_place(a: Article, f: Frame, prev_end: int, start: int) -> bool:
    """Does the mention at ``start`` stand where the contact verb's object or partner stands after
    the run ending at ``prev_end`` (a subject of two or more)? Right after it or after the contact
    word, a partner preposition ("مع", "من", "إلى", "لدى"), a time word or an adverbial phrase that
    ends with a definite word ("في القصر الملكي"); not after a noun that governs it ("تصريحات الرئيس
    Z", "دور الرئيس Z"), after another verb ("وانتقد الرئيس Z", "أشاد بالرئيس Z") nor in a reported
    clause the contact word's sentence opens after it ("، مؤكدين أن ... الرئيس Z")."""
    lex = lexicon()
    if prev_end <= _reported_clause(a, f) < start:
        return False  # "وجددا تأكيدهما أنه لا حل بوجود الرئيس Z": in what the parties said, no partner
    words = [w.strip("،,.:") for w in a.norm[prev_end:start].split()]
    words = [w for w in words if w]
    if words and words[-1] in _FRAGMENTS:
        words.pop()  # "بال|رئيس": the mention's own word
    while words and words[-1] in lex.title_words:
        words.pop()  # "فخامة ال|رئيس", "صاحب السمو ال|شيخ"
    if not words:
        return True
    if f.trigger.word_start >= prev_end and a.norm.find(words[-1], f.trigger.word_start, start) == f.trigger.word_start:
        return True
    last = words[-1]
    if last.startswith("و") and len(last) > 3:
        last = last[1:]
    if last in lex.object_prepositions or last in lex.time_words:
        return True
    if last in lex.party_place_words:  # "يلتقي خلالها Z", "وفدا برئاسة Z"
        return True
    if f.trigger.word_start <= a.norm.rfind(last, prev_end, start) < f.trigger.end:
        return True  # the contact word itself ("عقدا لقاء الرئيس Z" reads on)
    if last.startswith(("ال", "بال", "لل", "وال")) or last[:1].isdigit():
        return True
    # "في باريس"، "في قصر بعبدا": a place phrase after "في" whose words carry no article (a definite
    # word there would be a noun the name depends on: "في اللقاء دور الرئيس Z")
    tail = words[-PLACE_WORDS:]
    at = max((i for i, w in enumerate(tail) if w in ("في", "بمدينة", "بقصر")), default=None)
    return at is not None and not any(w.startswith(("ال", "بال", "لل", "وال")) for w in tail[at + 1 :])


# A place phrase ("في قصر بعبدا") is at most this many words before the object.
PLACE_WORDS = 3


# A contact word stands this many words at most before the partner preposition of another contact.
OTHER_CONTACT_WORDS = 3


def _other_contact_partner(a: Article, f: Frame, lo: int, start: int) -> bool:
    """The mention at ``start`` is the partner of another contact the sentence tells, read by other
    rules (no topic of this one): after a partner preposition a few words after a contact word (",
    غداة مكالمة مطولة مع نظيره Z", "، وآخر مع Z"), or right after a contact word that "كما"/"ثم"
    opens (extract_words.yaml ``initiator.continuation``) ("، كما استقبل الرئيس Z"); not after a visit in the genitive ("نتائج زيارة الرئيس Z") nor
    in a relative clause ("الذي التقى Z")."""
    lex = lexicon()
    words = [w.strip("،,") for w in a.norm[lo:start].split()]
    while words and _head_word(words[-1]) and words[-1] not in lex.object_prepositions:
        words.pop()
    partner = bool(words) and words[-1] in lex.object_prepositions
    if partner:
        words.pop()
    near = words[-OTHER_CONTACT_WORDS:]
    if partner and any(w.removeprefix("و") in lex.another_contact_words for w in near):
        return True
    hi = start
    for w in reversed(near):  # the near words' offsets, back from the mention
        hi = a.norm.rfind(w, lo, hi)
    told = [t for t in a.triggers.get(f.sentence, []) if hi <= t.word_start < start and t.start >= lo]
    if not told:
        return False
    if partner:
        return True
    opener = a.norm[max(lo, told[0].word_start - 8) : told[0].word_start].split()[-1:]
    return bool(opener) and opener[0].strip("،,") in lex.continuation  # "كما", "ثم", "فيما"


def listed_runs(a: Article, f: Frame, people: PeopleMap) -> list[set[str]]:
    """The people of ``people`` named in the frame's sentence, by run of a list (``_runs``), in text order."""
    keys = {start: key for key, (_, start, _) in people.items() if f.lo <= start < f.hi}
    return [r[2] for r in _runs(a, f, keys) if r[2]]


def lone_subject(a: Article, f: Frame, people: PeopleMap, spans: list[tuple[int, int, str]]) -> str | None:
    """The one subject of a meeting sentence whose parties stand as that subject and one list of two or
    more partners after the contact word ("استقبل X كلا من A وB وC", "التقى X بـ A وB", "أجرى X مباحثات
    مع A وB"; "واستقبل أيضا A، وB" with the subject named before the sentence). None when two or more
    stand as the subject ("استقبل الملك X وولي العهد Y الرئيس Z"), when someone stands outside the two
    places, and when the partners are named side by side again (``_named_together``): they acted
    together, one meeting. Whether the words tell the meeting joint is ``callers.told_separate``'s
    to read."""
    if f.type != "meeting" or len(people) < 3:
        return None
    keys = {start: key for start, _, key in spans if key in people and f.lo <= start < f.hi}
    runs = [r for r in _runs(a, f, keys) if r[2]]
    named = {k for r in runs for k in r[2]}
    outside = [k for k in people if k not in named]
    if len(outside) > 1:
        return None
    if not outside:  # the subject before the contact word ("X يستقبل", "أجرى X مباحثات") or right after the verb
        if len(runs) < 2 or len(runs[0][2]) != 1:
            return None
        outside, runs = list(runs[0][2]), runs[1:]
    hub = outside[0]
    partners = {k for r in runs for k in r[2]}
    if hub in partners or len(partners) < 2 or set(people) != partners | {hub} or runs[0][0] < f.trigger.word_start:
        return None
    if any(not _list_goes_on(a.norm[prev[1] : run[0]]) for prev, run in zip(runs, runs[1:])):
        return None
    if _named_together(a, f, partners, spans):
        return None
    return hub


# A piece of a list between two named partners ("، ورئيس وفد جمهورية مالطا") has at most this many words.
LIST_PIECE_WORDS = 10
# "على" folds to "علي", also the given name Ali, often in the names of a list ("ووزير خارجية مالطا علي حسن").
_ALI = "علي"


def _list_goes_on(gap: str) -> bool:
    """Does ``gap`` between two runs of names keep one list going? A list as ``_joined`` reads it, or
    made of pieces that each open with "و" and a title ("، ورئيس وفد جمهورية مالطا", "، ورئيس وفد
    مملكة ما X") or with words that add to a list and a title ("، وكذلك رئيس وفد ...", "، بالإضافة
    إلى الأمين العام ..."; extract_words.yaml ``status_more.list_additions``), with no clause word (a
    preposition, "أن", a relative) in them."""
    if _joined(gap) == "list":
        return True  # not "apposition": two runs side by side are a verb's subject and object
    lex = lexicon()
    gap = _unquoted(gap)
    additions = cue_pattern(lex.status_more.get("list_additions", ()))
    pieces = gap.replace(",", "،").split("،")
    if pieces[0].strip() and not additions.match(pieces[0].strip()):
        return False  # a list piece opens after a comma or a word that adds to the list
    for piece in pieces:
        added = additions.match(piece.strip())
        words = piece.strip()[added.end() :].split() if added else piece.split()
        if not words:
            continue  # "، وكذلك" right before the next name, or a bare comma
        first = words[0] if added else words[0][1:] if words[0].startswith("و") else ""
        if len(words) > LIST_PIECE_WORDS or not first or not _head_word(first):
            return False
        if any((w in lex.stop_words and w != _ALI) or w in lex.relative_pronouns for w in words):
            return False
    return True


def _named_together(a: Article, f: Frame, partners: set[str], spans: list[tuple[int, int, str]]) -> bool:
    """Are two or more of ``partners`` named side by side (one run of a list) outside the list that
    first names them: later in the sentence ("، ثم أقام A والرئيس B مأدبة ..."), in the sentence before
    ("وكان في استقبال الضيوف A وB") or after it ("وأكد الوزير A والوزيرة B ...")? They are told
    acting together: one meeting with them."""
    first: dict[str, int] = {}
    for x, y, k in sorted(spans):
        if k in partners and f.lo <= x < f.hi:
            first.setdefault(k, y)
    listed = max(first.values(), default=f.hi)
    again = [(x, y, k) for x, y, k in spans if k in partners and listed <= x < f.hi]
    for index in (f.sentence - 1, f.sentence + 1):
        if 0 <= index < len(a.sentences):
            lo, hi, _ = a.sentences[index]
            again += [(m.start, m.end, m.person_id) for m in a.mentions.between(lo, hi) if m.person_id in partners]
    run: set[str] = set()
    last = -1
    for x, y, k in sorted(again):
        if last < 0 or (x >= last and _joined(a.norm[last:x]) != "list"):
            run = set()  # the first of a run, or one apart from the run before it
        run.add(k)
        if len(run) >= 2:
            return True
        last = max(last, y)
    return False
