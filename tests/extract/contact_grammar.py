"""A generator of participant mentions and contact sentences, from the reference data (issue 11).

Mentions come from a small grammar over ``titles.yaml`` x ``countries.yaml`` x the people files:
an office (title + adjectival country, title in construct with the country's name, "X country"
forms), optionally with an honorific and the holder's name, in both orders. Contact sentences put
two such mentions into templates written for this module (trigger verbs and nouns x word orders).
Nothing here is copied from an article: the templates are ours, the facts come from the data files.

Run ``python tests/extract/contact_grammar.py [N] [seed]`` to print the generated-sentence recall
(share of sentences giving exactly one event with both expected participants) by template and form.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from dataclasses import dataclass

from rasd.extract.refdata import Office, Person, ReferenceData, reference_data
from rasd.extract.resolve import country_holder

WINDOW = (dt.date(2015, 1, 1), dt.date(2026, 6, 30))

# title forms per role: (form before an adjective, form in construct before a country name)
ADJ_TITLES: dict[str, list[str]] = {
    "president": ["الرئيس"],
    "prime_minister": ["رئيس الوزراء", "رئيس الحكومة", "رئيس مجلس الوزراء"],
    "king": ["العاهل", "الملك"],
    "crown_prince": ["ولي العهد"],
    "foreign_minister": ["وزير الخارجية"],
    "chancellor": ["المستشار"],
    "emir": [],
    "sultan": [],
}
NAME_TITLES: dict[str, list[str]] = {
    "president": ["رئيس", "رئيس جمهورية"],
    "prime_minister": ["رئيس وزراء", "رئيس حكومة"],
    "king": ["ملك", "عاهل"],
    "crown_prince": ["ولي عهد"],
    "foreign_minister": ["وزير خارجية"],
    "chancellor": [],
    "emir": ["أمير", "أمير دولة"],
    "sultan": ["سلطان"],
}
# the honorific Arabic news puts before a royal's name
HONORIFIC = {"king": "الملك", "sultan": "السلطان", "emir": "الشيخ"}
CROWN_PRINCE_HONORIFIC = {"SA": "الأمير", "BH": "الأمير", "JO": "الأمير", "MA": "الأمير"}
ROLES = tuple(ADJ_TITLES)
# An office of the home country named with an honorific and no country, after a dateline.
HOME_OFFICE = {
    "king": "جلالة الملك",
    "emir": "صاحب السمو أمير البلاد",
    "sultan": "جلالة السلطان",
    "president": "فخامة الرئيس",
    "crown_prince": "سمو ولي العهد",
}
# Countries whose adjective nobody writes after these titles (a construct with the name instead).
NO_ADJECTIVE_ROLES = {"emir", "sultan"}


@dataclass(frozen=True)
class Holder:
    person: Person
    office: Office
    day: dt.date


def _article(adjective: str) -> str:
    """ "روسي" -> "الروسي"; "كوري شمالي" -> "الكوري الشمالي"; "جنوب أفريقي" -> "الجنوب أفريقي"."""
    words = adjective.split()
    if words[0] in ("جنوب", "وسط", "شمال"):
        return "ال" + adjective
    return " ".join("ال" + w for w in words)


def holders(ref: ReferenceData) -> list[tuple[Person, Office]]:
    """Offices of the generator's roles, with a country and some days inside the window."""
    out = []
    for person in ref.people.values():
        if not person.names_ar:
            continue
        for office in person.offices:
            if office.role not in ROLES or not office.country or office.country not in ref.countries:
                continue
            start = max(office.start or WINDOW[0], WINDOW[0])
            end = min(office.end or WINDOW[1], WINDOW[1])
            if start < end:
                out.append((person, office))
    return out


def pick_holder(rng: random.Random, ref: ReferenceData, pool: list[tuple[Person, Office]]) -> Holder | None:
    """A random office and day on which the reference data gives that person as its only holder."""
    person, office = rng.choice(pool)
    start = max(office.start or WINDOW[0], WINDOW[0])
    end = min(office.end or WINDOW[1], WINDOW[1])
    # a day clear of the office's first and last fortnight (handover days are ambiguous on purpose)
    if (end - start).days < 40:
        return None
    day = start + dt.timedelta(days=rng.randint(15, (end - start).days - 15))
    # the country's holder as the resolver sees it: an emirate's office ("Crown Prince of Dubai",
    # titles.yaml emirate_offices) is never named by the country's title, so it is not drawn
    holder = country_holder(office.role, office.country or "", day, ref)
    if holder is None or holder.person_id != person.person_id:
        return None
    return Holder(person, office, day)


def mention_forms(h: Holder, ref: ReferenceData, with_name: bool) -> list[tuple[str, str]]:
    """(form label, Arabic mention) for one office holder."""
    role, code = h.office.role, h.office.country or ""
    country = ref.countries[code]
    out: list[tuple[str, str]] = []
    name = h.person.names_ar[0]
    honor = HONORIFIC.get(role) or (CROWN_PRINCE_HONORIFIC.get(code, "الشيخ") if role == "crown_prince" else "")
    if role in ("king", "emir", "sultan", "crown_prince") and name.split()[0] in (
        "الملك",
        "الأمير",
        "الشيخ",
        "السلطان",
    ):
        honor = ""
    named = f"{honor} {name}".strip() if honor else name
    if (
        role not in NO_ADJECTIVE_ROLES
        and country.adjectives_ar
        and not (role == "chancellor" and code not in ("DE", "AT"))
    ):
        for title in ADJ_TITLES[role]:
            adj = _article(country.adjectives_ar[0])
            out.append(("title_adj", f"{title} {adj}"))
            if with_name:
                out.append(("title_adj_name", f"{title} {adj} {named}"))
                out.append(("title_adj_comma_name", f"{title} {adj}، {named}،"))
    # the name alone, with a courtesy word, or with an honorific before the office (a name the
    # reference data calls ambiguous, "حسن محمود", names nobody without a title)
    if with_name and len(name.split()) >= 2 and name not in h.person.ambiguous_ar:
        out.append(("name", name))
        if role in ("president", "prime_minister", "foreign_minister", "chancellor"):
            out.append(("sayyid_name", f"السيد {name}"))
        if country.adjectives_ar and role not in NO_ADJECTIVE_ROLES and ADJ_TITLES[role]:
            out.append(("name_comma_title_adj", f"{name}، {ADJ_TITLES[role][0]} {_article(country.adjectives_ar[0])}،"))
    if role in ("president", "king", "emir", "sultan") and NAME_TITLES[role] and country.names_ar:
        prefix = {"president": "فخامة", "king": "جلالة", "emir": "صاحب السمو", "sultan": "جلالة"}[role]
        out.append(("honorific_office_country", f"{prefix} {NAME_TITLES[role][0]} {country.names_ar[0]}"))
        if with_name:
            out.append(("honorific_name_office", f"{prefix} {named} {NAME_TITLES[role][0]} {country.names_ar[-1]}"))
    for title in NAME_TITLES[role]:
        for cname in country.names_ar[:2]:
            if title.endswith("جمهورية") and "جمهورية" in cname:
                continue
            out.append(("title_country", f"{title} {cname}"))
            if with_name:
                out.append(("title_country_name", f"{title} {cname} {named}"))
                if honor:
                    out.append(("name_title_country", f"{named} {title} {cname}"))
    return out


# Contact sentences: {a} is the subject, {b} the other party; "{bb}" is {b} with the clitic ب.
TEMPLATES: dict[str, str] = {
    "ajra_ittisal_maa": "أجرى {a} اليوم اتصالا هاتفيا مع {b} بحثا خلاله العلاقات الثنائية.",
    "ajra_ittisal_b": "أجرى {a} اتصالا هاتفيا {bb} تناول التطورات في المنطقة.",
    "talaqqa_min": "تلقى {a} اتصالا هاتفيا من {b} جرى خلاله بحث سبل تعزيز التعاون.",
    "yatalaqqa_head": "{a} يتلقى اتصالا هاتفيا من {b}.",
    "ittasala": "اتصل {a} هاتفيا {bb} وبحث معه الأوضاع الإقليمية.",
    "hatafa": "هاتف {a} أمس {b} وهنأه بالعيد الوطني.",
    "bahatha_hatifiyyan": "بحث {a} هاتفيا مع {b} مستجدات الأوضاع.",
    "tabahatha": "تباحث {a} و{b} في اتصال هاتفي مساء أمس حول القضايا المشتركة.",
    "jara_bayna": "جرى اتصال هاتفي بين {a} و{b} تناول العلاقات الثنائية.",
    "mukalama": "أجرى {a} مكالمة هاتفية مع {b} تطرقت إلى الملفات المشتركة.",
    "muhadatha": "أجرى {a} محادثة هاتفية مع {b} اليوم.",
    "video": "عقد {a} اتصالا مرئيا مع {b} لبحث التعاون.",
    "video_tech": "بحث {a} مع {b} عبر تقنية الاتصال المرئي العلاقات بين البلدين.",
    "tahadatha": "تحدث {a} هاتفيا مع {b} بشأن الوضع الإقليمي.",
    "ittisal_talaqqahu": "وفي اتصال هاتفي تلقاه من {b}، أكد {a} أهمية التنسيق.",
    "ijra_passive": "تم إجراء اتصال هاتفي بين {a} و{b} اليوم.",
    "yabhath_head": "{a} يبحث هاتفيا مع {b} العلاقات الثنائية.",
    "wa_ajra": "وأجرى {a} اتصالا هاتفيا بعد ظهر اليوم مع {b}.",
    "yujri": "يجري {a} اليوم اتصالا هاتفيا مع {b} لبحث القضايا الإقليمية.",
    "kama_talaqqa": "كما تلقى {a} مكالمة هاتفية من {b} تبادلا فيها التهاني.",
    "talaqqa_video": "تلقى {a} اتصالا مرئيا من {b} استعرضا خلاله مجالات التعاون.",
    "video_fidio": "أجرى {a} محادثات عبر الفيديو مع {b} تناولت الشراكة الاقتصادية.",
    "khilal_ittisal": "وأكد {a} خلال اتصال هاتفي مع {b} حرص بلاده على الاستقرار.",
    "fi_mukalama": "وقال {a} في مكالمة هاتفية مع {b} إن الحوار هو السبيل الوحيد.",
    "bahatha_hatifiyyan_fa": "فيما بحث {a} هاتفيا مع {b} الوضع الإنساني.",
    "tabadala": "تبادل {a} و{b} وجهات النظر في اتصال هاتفي حول الأزمة.",
    "ittasala_bihi": "واتصل {a} {bb} هاتفيا لتهنئته بالعيد.",
    "talaqqa_ittisal_night": "وتلقى {a} مساء الاثنين اتصالا هاتفيا من {b}.",
    "head_body": "{a} و{b} يبحثان هاتفيا العلاقات الثنائية\nبحث {a} و{b} في اتصال هاتفي اليوم العلاقات الثنائية وسبل تطويرها.",
    "message": "بعث {a} برقية تهنئة إلى {b} بمناسبة العيد الوطني.",
    "message_received": "تلقى {a} رسالة خطية من {b} تتعلق بالعلاقات الثنائية.",
    "follow_up_role": "تلقى {a} اتصالا هاتفيا من {b}.\nوخلال الاتصال، أعرب {b} عن تقديره لمواقف {a}.",
    "headline_then_body": "اتصال هاتفي بين {a} و{b}\n\nأجرى {a} اتصالا هاتفيا اليوم مع {b} تناول القضايا الإقليمية.",
    "body_then_role": "تلقى {a} اتصالا هاتفيا من {b}. وأعرب الجانبان خلال الاتصال عن ارتياحهما لمستوى العلاقات.",
}


@dataclass(frozen=True)
class Case:
    template: str
    form_a: str
    form_b: str
    text: str
    day: dt.date
    expected: frozenset[str]


def _with_bi(mention: str) -> str:
    return "ب" + mention


def draw_case(rng: random.Random, ref: ReferenceData, pool: list[tuple[Person, Office]]) -> Case | None:
    a = pick_holder(rng, ref, pool)
    if a is None:
        return None
    # the other party: another office holder on the same day, from another country
    day = a.day
    others = [
        (p, o)
        for p, o in pool
        if o.country != a.office.country and o.held_on(day) and p.person_id != a.person.person_id
    ]
    if not others:
        return None
    p, o = rng.choice(others)
    if (
        ref.holder_of(o.role, o.country or "", day) is None
        or ref.holder_of(o.role, o.country or "", day).person_id != p.person_id
    ):  # type: ignore[union-attr]
        return None
    b = Holder(p, o, day)
    forms_a = mention_forms(a, ref, with_name=True)
    forms_b = mention_forms(b, ref, with_name=True)
    if not forms_a or not forms_b:
        return None
    fa, ma = rng.choice(forms_a)
    fb, mb = rng.choice(forms_b)
    if o.role == a.office.role and rng.random() < 0.3 and b.office.country in ref.countries:
        adj = ref.countries[b.office.country or ""].adjectives_ar
        if adj and o.role not in NO_ADJECTIVE_ROLES:
            fb, mb = "counterpart", f"نظيره {_article(adj[0])}"
            if rng.random() < 0.5:
                fb, mb = "counterpart_name", f"{mb} {p.names_ar[0]}"
    name = rng.choice(list(TEMPLATES))
    text = TEMPLATES[name].format(a=ma, b=mb, bb=_with_bi(mb))
    home = HOME_OFFICE.get(a.office.role)
    capitals = ref.countries[a.office.country or ""].capitals_ar
    if home and capitals and rng.random() < 0.15:
        # a dateline names the home country; the office is named without it ("جلالة الملك")
        name, fa = "dateline_home", "home_office"
        text = f"{capitals[0]} - تلقى {home} اتصالا هاتفيا اليوم من {mb} تناول العلاقات الثنائية."
    return Case(name, fa, fb, text, day, frozenset({a.person.person_id, p.person_id}))


def cases(n: int, seed: int = 11, ref: ReferenceData | None = None) -> list[Case]:
    ref = ref or reference_data()
    rng = random.Random(seed)
    pool = holders(ref)
    out: list[Case] = []
    while len(out) < n:
        c = draw_case(rng, ref, pool)
        if c is not None:
            out.append(c)
    return out


def outcome(case: Case) -> bool:
    from rasd.extract import extract_events

    events = extract_events(case.text, case.day.isoformat())
    return len(events) == 1 and {p.person_id for p in events[0].participants} == case.expected


def report(n: int = 400, seed: int = 11, show: int = 0) -> float:
    got = Counter[str]()
    total = Counter[str]()
    misses = []
    all_cases = cases(n, seed)
    for c in all_cases:
        ok = outcome(c)
        for key in (f"T:{c.template}", f"A:{c.form_a}", f"B:{c.form_b}"):
            total[key] += 1
            got[key] += ok
        if not ok:
            misses.append(c)
    recall = 1 - len(misses) / len(all_cases)
    print(f"generated-sentence recall {recall:.3f} ({len(all_cases) - len(misses)}/{len(all_cases)})")
    for key in sorted(total):
        print(f"  {key:28} {got[key] / total[key]:.2f}  ({got[key]}/{total[key]})")
    for c in misses[:show]:
        from rasd.extract import extract_events

        ev = extract_events(c.text, c.day.isoformat())
        print(
            c.day,
            c.text,
            sorted(c.expected),
            [sorted(str(p.person_id or p.name_ar) for p in e.participants) for e in ev],
        )
    return recall


if __name__ == "__main__":
    import sys

    report(
        int(sys.argv[1]) if len(sys.argv) > 1 else 400,
        int(sys.argv[2]) if len(sys.argv) > 2 else 11,
        int(sys.argv[3]) if len(sys.argv) > 3 else 0,
    )
