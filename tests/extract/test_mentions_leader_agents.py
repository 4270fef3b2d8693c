"""Someone who acts for a leader is not that leader (extract_words.yaml ``agent_nouns``): a deputy, an
adviser, an envoy, a secretary, the head of the leader's office, a spouse. The leader's title and name
after the agent's noun make no party (mentions ``agent_of``, resolve, parties.talked_about); nor does
the name after a deputy's own title when that name holds the office the deputy serves (titles.yaml
``principal_roles``). Sentences are invented."""

from __future__ import annotations

import pytest
from extract_helpers import shapes

from rasd.extract import extract_events

DAY = "2019-05-14"
HOST = "استقبل الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة"


@pytest.mark.parametrize(
    "guest",
    [
        "نائب الرئيس الأمريكي دونالد ترامب، مايك بنس",  # the leader's name right after the deputy's title
        "مايك بنس، نائب الرئيس الأمريكي دونالد ترامب",  # the deputy named first, his title in apposition
        "نائب ترامب مايك بنس",  # the agent's noun before a bare name
        "نائب ترامب",
        "موفد الرئيس الفرنسي إيمانويل ماكرون",
        "الموفد الشخصي للرئيس الفرنسي إيمانويل ماكرون",
        "بموفد ماكرون",
        "سكرتير الرئيس الفرنسي إيمانويل ماكرون",
        "مديرة مكتب الرئيس الفرنسي إيمانويل ماكرون",
        "كبير مستشاري الرئيس الفرنسي إيمانويل ماكرون",
        "مساعد الرئيس الفرنسي إيمانويل ماكرون",
        "مستشار الأمن القومي للرئيس الفرنسي إيمانويل ماكرون",
        "قرينة الرئيس الفرنسي إيمانويل ماكرون",
        "الممثل الشخصي لملك البحرين الشيخ حمد بن عيسى آل خليفة",  # an honorific before the leader's name
    ],
)
def test_the_leader_an_agent_acts_for_is_no_party(guest):
    assert extract_events(f"{HOST} {guest}.", DAY) == []


def test_an_agent_as_the_subject_brings_no_leader():
    text = "التقى كبير مستشاري الرئيس الفرنسي إيمانويل ماكرون اليوم الرئيس المصري عبد الفتاح السيسي في القاهرة."
    assert extract_events(text, DAY) == []


def test_a_deputy_who_leads_in_another_office_stays_a_party():
    text = "استقبل اليوم الملك سلمان بن عبدالعزيز خادم الحرمين الشريفين نائب رئيس الدولة الشيخ محمد بن راشد آل مكتوم."
    assert shapes(extract_events(text, DAY)) == [
        ("meeting", "reported", ("Mohammed bin Rashid Al Maktoum", "Salman bin Abdulaziz Al Saud"))
    ]


def test_the_envoy_with_the_article_names_himself_and_a_carried_message_stays():
    text = f"{HOST} موفد الرئيس الفرنسي الذي سلمه رسالة خطية من الرئيس إيمانويل ماكرون."
    assert shapes(extract_events(text, DAY)) == [("message", "reported", ("Abdel Fattah el-Sisi", "Emmanuel Macron"))]


def test_the_leader_with_his_own_title_after_the_agent_stays_a_party():
    text = (
        "التقى الرئيس الأمريكي دونالد ترامب اليوم الرئيس المصري عبد الفتاح السيسي بحضور نائب الرئيس الأمريكي مايك بنس."
    )
    assert shapes(extract_events(text, DAY)) == [("meeting", "reported", ("Abdel Fattah el-Sisi", "Donald Trump"))]


def test_a_deputy_acting_for_a_late_leader_stays_a_party():
    # the first vice-president holds the office he serves (acting) and his own: he is the deputy named
    text = (
        "وجه الرئيس الجزائري عبد المجيد تبون اليوم رسالة تعزية إلى النائب الأول لرئيس الجمهورية الإيرانية، محمد مخبر."
    )
    assert shapes(extract_events(text, "2024-05-20")) == [
        ("message", "reported", ("Abdelmadjid Tebboune", "Mohammad Mokhber"))
    ]


def test_a_definite_agent_noun_before_a_title_governs_nothing():
    # "السفير" with the article is the subject; the president after it is the one he handed the letter
    text = "وسلم السفير الرئيس التونسي قيس سعيد اليوم رسالة من الرئيس الجزائري عبد المجيد تبون."
    assert shapes(extract_events(text, "2024-03-14")) == [
        ("message", "reported", ("Abdelmadjid Tebboune", "Kais Saied"))
    ]
