"""rasd.extract.camel_names: CAMeL's downloadable morphology / NER data, used only where it is installed.

The real data cannot be downloaded here, so the loading path is tested on a tiny hand-written
CALIMA-style morphology database and a tiny random BERT token classifier that the tests build in
tmp_path, under a stub ``catalogue.json`` (without one, importing camel-tools' morphology or NER
modules tries to download it). Those runs go in subprocesses, so that the pytest process never
imports camel-tools' catalogue, torch or transformers, and camel-tools' ``~/.camel_tools`` lands in
tmp_path.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from rasd.extract import camel_names
from rasd.extract.camel_names import PROPER, PROPER_CLITIC, UNKNOWN, NameAnalyser, name_analyser
from rasd.normalize import normalize_key

HEAVY_MODULES = ("camel_tools.data", "camel_tools.morphology", "camel_tools.ner", "torch", "transformers")
NER_LABELS = ["B-LOC", "B-ORG", "B-PERS", "B-MISC", "I-LOC", "I-ORG", "I-PERS", "I-MISC", "O"]

# -- a tiny CALIMA-style database ----------------------------------------------------------------
# Sections as camel_tools.morphology.database.MorphologyDB parses them: space-separated DEFINE /
# DEFAULT / ORDER / TOKENIZATION / STEMBACKOFF lines; tab-separated "form<TAB>category<TAB>feats"
# PREFIXES / SUFFIXES / STEMS (keys in the analyser's normalised spelling: bare alef, yeh, heh);
# category pairs in TABLE AB (prefix-stem), BC (stem-suffix) and AC (prefix-suffix).
_FEATS = ("diac", "lex", "pos", "prc3", "prc2", "prc1", "prc0", "enc0", "pos_lex_logprob")
_PREFIXES = [  # form, category, features
    ("", "P0", "diac:"),
    ("ال", "PAl", "diac:ال prc0:Al_det"),
    ("و", "Pw", "diac:وَ prc2:wa_conj"),
    ("وال", "PwAl", "diac:وَال prc2:wa_conj prc0:Al_det"),
    ("ب", "Pb", "diac:بِ prc1:bi_prep"),
    ("بال", "PbAl", "diac:بِال prc1:bi_prep prc0:Al_det"),
    ("ل", "Pl", "diac:لِ prc1:li_prep"),
    ("لل", "PlAl", "diac:لِل prc1:li_prep prc0:Al_det"),
]
_STEMS = [  # key, category (NP proper noun, N noun, V verb), diacritised form, pos, log probability
    ("شينغيرو", "NP", "شِينْغِيرُو", "noun_prop", -9.0),
    ("البير", "NP", "أَلْبِير", "noun_prop", -8.5),
    ("اكد", "V", "أَكَّد", "verb", -4.0),
    ("بحث", "V", "بَحَث", "verb", -4.5),
    ("بحث", "N", "بَحْث", "noun", -4.2),
    ("وضع", "N", "وَضْع", "noun", -4.0),
    ("وضع", "V", "وَضَع", "verb", -5.0),
    ("احمد", "NP", "أَحْمَد", "noun_prop", -3.5),  # Ahmad, likelier than ...
    ("احمد", "V", "أَحْمَدُ", "verb", -7.0),  # ... "I praise"
    ("امل", "NP", "أَمَل", "noun_prop", -6.0),  # Amal, less likely than ...
    ("امل", "N", "أَمَل", "noun", -4.0),  # ... "hope"
    ("بن", "N", "بْن", "noun", -3.0),
    ("عبد", "N", "عَبْد", "noun", -4.0),
    ("الله", "NP", "الله", "noun_prop", -3.0),
]
_AB = {"P0": "NP N V", "PAl": "N", "Pw": "NP N V", "PwAl": "N", "Pb": "NP N", "PbAl": "N", "Pl": "NP N", "PlAl": "N"}


def tiny_morphology_db() -> str:
    lines = ["###DEFINES###"]
    lines.append(
        "DEFINE pos " + " ".join(f"pos:{p}" for p in ("noun", "noun_prop", "verb", "digit", "punc", "latin", "foreign"))
    )
    lines += [f"DEFINE {f} {f}:*open*" for f in ("diac", "lex", "pos_lex_logprob")]
    lines += [
        "DEFINE prc3 prc3:0 prc3:na",
        "DEFINE prc2 prc2:0 prc2:na prc2:wa_conj",
        "DEFINE prc1 prc1:0 prc1:na prc1:bi_prep prc1:li_prep",
        "DEFINE prc0 prc0:0 prc0:na prc0:Al_det",
        "DEFINE enc0 enc0:0 enc0:na",
    ]
    lines.append("###DEFAULTS###")
    lines += [
        f"DEFAULT pos:{p} prc3:0 prc2:0 prc1:0 prc0:0 enc0:0"
        for p in ("noun", "noun_prop", "verb", "digit", "punc", "latin")
    ]
    lines += ["###ORDER###", "ORDER " + " ".join(_FEATS)]
    lines += ["###TOKENIZATIONS###", "TOKENIZATION diac"]
    lines += ["###STEMBACKOFF###", "STEMBACKOFF PROP NP"]
    lines.append("###PREFIXES###")
    lines += [f"{form}\t{cat}\t{feats}" for form, cat, feats in _PREFIXES]
    lines += ["###SUFFIXES###", "\tS0\tdiac:"]
    lines.append("###STEMS###")
    lines += [
        f"{key}\t{cat}\tdiac:{diac} lex:{diac} pos:{pos} prc3:0 prc2:0 prc1:0 prc0:0 enc0:0 pos_lex_logprob:{lp}"
        for key, cat, diac, pos, lp in _STEMS
    ]
    lines.append("###TABLE AB###")
    lines += [f"{p} {s}" for p, stems in _AB.items() for s in stems.split()]
    lines.append("###TABLE BC###")
    lines += [f"{s} S0" for s in ("NP", "N", "V")]
    lines.append("###TABLE AC###")
    lines += [f"{p} S0" for p in _AB]
    return "\n".join(lines) + "\n"  # TABLE AC runs to the end of the file: no blank line after it


def stub_catalogue() -> dict:
    """The least camel_tools.data accepts: present, so nothing is downloaded at import."""
    return {
        "version": "1.6.0",
        "packages": {},
        "components": {
            "MorphologyDB": {
                "default": "calima-msa-r13",
                "datasets": {"calima-msa-r13": {"path": "morphology_db/calima-msa-r13"}},
            },
            "NamedEntityRecognition": {"default": "arabert", "datasets": {"arabert": {"path": "ner/arabert"}}},
        },
    }


def make_camel_data(root: Path, *, catalogue: bool = True, db: str | None = None) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    if catalogue:
        (root / "catalogue.json").write_text(json.dumps(stub_catalogue()), encoding="utf-8")
    if db is not None:
        folder = root / "data" / "morphology_db" / "calima-msa-r13"
        folder.mkdir(parents=True)
        (folder / "morphology.db").write_text(db, encoding="utf-8")
    return root


def run_python(code: str, tmp_path: Path, camel_data: Path | None = None, timeout: int = 120) -> dict:
    """Run code in a fresh interpreter (HOME in tmp_path); its last stdout line is JSON."""
    env = {k: v for k, v in os.environ.items() if k != "CAMELTOOLS_DATA"}
    env["HOME"] = str(tmp_path / "home")
    (tmp_path / "home").mkdir(exist_ok=True)
    if camel_data is not None:
        env["CAMELTOOLS_DATA"] = str(camel_data)
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], env=env, capture_output=True, text=True, timeout=timeout
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    return json.loads(proc.stdout.strip().splitlines()[-1]) | {"stderr": proc.stderr}


# -- without data ------------------------------------------------------------------------------
def test_no_data_is_none_fast_and_imports_nothing_heavy(tmp_path):
    out = run_python(
        f"""
        import json, sys, time
        t = time.process_time()  # CPU time: the check is about work done, not a loaded machine's wall clock
        import rasd.extract
        from rasd.extract.camel_names import name_analyser
        first = name_analyser()
        again = [name_analyser() for _ in range(10000)]
        seconds = time.process_time() - t
        heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("torch", "transformers")
                       or m.startswith(("camel_tools.data", "camel_tools.morphology", "camel_tools.ner")))
        print(json.dumps({{"none": first is None and all(a is None for a in again), "heavy": heavy,
                           "seconds": seconds, "camel_home": __import__("os").path.exists({str(tmp_path / "home" / ".camel_tools")!r})}}))
    """,
        tmp_path,
    )
    assert out["none"]
    assert out["heavy"] == []
    assert out["seconds"] < 5  # importing rasd.extract itself is most of it
    assert not out["camel_home"]  # camel-tools' catalogue module (which creates it) never ran


@pytest.fixture()
def fresh(monkeypatch):
    camel_names.reset_name_analyser()
    monkeypatch.delenv("CAMELTOOLS_DATA", raising=False)
    before = {m for m in sys.modules if m.startswith(HEAVY_MODULES)}
    yield monkeypatch
    camel_names.reset_name_analyser()
    assert {m for m in sys.modules if m.startswith(HEAVY_MODULES)} == before


def test_unset_is_none_without_a_warning(fresh, caplog):
    caplog.set_level(logging.WARNING, logger="rasd.extract.camel_names")
    t = time.process_time()  # CPU time, not wall time: other work on the machine must not fail this
    assert all(name_analyser() is None for _ in range(100_000))
    assert time.process_time() - t < 1.0
    assert not caplog.records


@pytest.mark.parametrize("layout", ["missing", "empty", "no_catalogue", "no_database"])
def test_unusable_data_folder_is_none_with_one_warning(fresh, tmp_path, caplog, layout):
    caplog.set_level(logging.WARNING, logger="rasd.extract.camel_names")
    root = tmp_path / "camel"
    if layout == "empty":
        root.mkdir()
    elif layout == "no_catalogue":  # importing camel-tools' morphology would try to download one
        make_camel_data(root, catalogue=False, db=tiny_morphology_db())
    elif layout == "no_database":
        make_camel_data(root)
    fresh.setenv("CAMELTOOLS_DATA", str(root))
    assert name_analyser() is None
    assert name_analyser() is None  # cached: no second warning
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    if layout == "no_catalogue":
        assert "catalogue.json" in warnings[0].getMessage()


# -- the tiny morphology database, loaded through camel-tools ------------------------------------
WORDS = [
    "شينغيرو",
    "ألبير",
    "وألبير",
    "لألبير",
    "بشينغيرو",
    "أكد",
    "بحث",
    "الوضع",
    "والوضع",
    "أحمد",
    "أمل",
    "كوميزاكي",
    "Macron",
    "2024",
    "بن",
]
RUNS = {
    "شينغيرو أكد أن": 1,
    "ألبير شينغيرو بحث الوضع": 2,
    "ألبير وشينغيرو": 1,  # "Albert and Shingiro": the conjunction starts another name
    "وألبير شينغيرو": 0,
    "الوضع في": 0,
    "أحمد بن عبد الله أكد": 4,  # a connector takes the word after it, whatever its part of speech
    "ألبير بن": 1,  # ... but does not dangle at the end
    "كوميزاكي شينغيرو أكد": 2,  # a word the database lacks counts as a (transliterated) name
    "أمل بحث": 0,
}


def test_tiny_morphology_database(tmp_path):
    root = make_camel_data(tmp_path / "camel", db=tiny_morphology_db())
    out = run_python(
        f"""
        import json, logging, sys
        logging.basicConfig(level=logging.WARNING)
        from rasd.extract.camel_names import name_analyser
        from rasd.normalize import normalize_key
        a = name_analyser()
        assert a is name_analyser()
        runs = {json.dumps(list(RUNS))}
        print(json.dumps({{
            "parts": [a.has_morphology, a.has_ner],
            "proper": {{w: a.is_proper_noun(w) for w in {json.dumps(WORDS)}}},
            "verdict": {{w: a.verdict(w) for w in {json.dumps(WORDS)}}},
            "runs": {{r: a.proper_noun_run(r.split()) for r in runs}},
            # the extractor passes normalised text (hamza-less alef, heh for teh marbuta)
            "runs_normalised": {{r: a.proper_noun_run(normalize_key(r).split()) for r in runs}},
            "ner_modules": sorted(m for m in sys.modules if m.startswith(("torch", "transformers", "camel_tools.ner"))),
        }}))
    """,
        tmp_path,
        root,
    )
    assert out["parts"] == [True, False]
    assert out["proper"] == {
        "شينغيرو": True,
        "ألبير": True,
        "وألبير": True,
        "لألبير": True,
        "بشينغيرو": True,
        "أكد": False,
        "بحث": False,
        "الوضع": False,
        "والوضع": False,
        "أحمد": True,  # noun_prop likelier than the verb
        "أمل": False,  # the noun "hope" likelier than the name
        "كوميزاكي": True,
        "Macron": False,
        "2024": False,
        "بن": False,
    }
    assert out["verdict"]["ألبير"] == PROPER
    assert out["verdict"]["وألبير"] == PROPER_CLITIC
    assert out["verdict"]["كوميزاكي"] == UNKNOWN
    assert out["runs"] == RUNS
    assert out["runs_normalised"] == RUNS
    assert out["ner_modules"] == []  # no NER model installed: torch is never imported
    assert "WARNING" not in out["stderr"], out["stderr"]


def test_broken_morphology_database_is_none_with_a_warning(tmp_path):
    root = make_camel_data(tmp_path / "camel", db="###DEFINES###\nnot a define line\n")
    out = run_python(
        """
        import json, logging
        logging.basicConfig(level=logging.WARNING)
        from rasd.extract.camel_names import name_analyser
        print(json.dumps({"none": name_analyser() is None and name_analyser() is None}))
    """,
        tmp_path,
        root,
    )
    assert out["none"]
    assert out["stderr"].count("WARNING") == 1 and "DatabaseParseError" in out["stderr"], out["stderr"]


# -- a tiny NER model: preferred over the morphology when present ---------------------------------
def test_tiny_ner_model_is_preferred_and_a_broken_one_falls_back(tmp_path):
    good = make_camel_data(tmp_path / "good", db=tiny_morphology_db())
    broken = make_camel_data(tmp_path / "broken", db=tiny_morphology_db())
    (broken / "data" / "ner" / "arabert").mkdir(parents=True)
    (broken / "data" / "ner" / "arabert" / "config.json").write_text("{not json", encoding="utf-8")
    (broken / "data" / "ner" / "arabert" / "pytorch_model.bin").write_bytes(b"")
    out = run_python(
        f"""
        import json, logging, os
        logging.basicConfig(level=logging.WARNING)
        import torch
        from transformers import BertConfig, BertForTokenClassification
        labels = {NER_LABELS!r}
        folder = {str(good / "data" / "ner" / "arabert")!r}
        os.makedirs(folder)
        vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى")
        with open(os.path.join(folder, "vocab.txt"), "w", encoding="utf-8") as f:
            f.write("\\n".join(vocab) + "\\n")
        config = BertConfig(vocab_size=len(vocab), hidden_size=8, num_hidden_layers=1, num_attention_heads=1,
                            intermediate_size=8, max_position_embeddings=512, num_labels=len(labels),
                            id2label=dict(enumerate(labels)), label2id={{l: i for i, l in enumerate(labels)}})
        torch.manual_seed(0)
        model = BertForTokenClassification(config)
        with torch.no_grad():  # a model that calls every word I-PERS, whatever the morphology says
            model.classifier.weight.zero_()
            model.classifier.bias.zero_()
            model.classifier.bias[labels.index("I-PERS")] = 10.0
        model.save_pretrained(folder)

        from rasd.extract.camel_names import name_analyser
        a = name_analyser()
        result = {{"parts": [a.has_morphology, a.has_ner], "run": a.proper_noun_run(["شينغيرو", "أكد"], left_context=["وزير", "الخارجية"]),
                  "proper": a.is_proper_noun("أكد")}}
        os.environ["CAMELTOOLS_DATA"] = {str(broken)!r}
        b = name_analyser()
        result |= {{"broken_parts": [b.has_morphology, b.has_ner], "broken_run": b.proper_noun_run(["شينغيرو", "أكد"])}}
        print(json.dumps(result))
    """,
        tmp_path,
        good,
    )
    assert out["parts"] == [True, True]
    assert out["run"] == 2  # the model's labels, not the morphology's verb for أكد
    assert out["proper"] is False  # is_proper_noun is the morphology's, when there is a database
    assert out["broken_parts"] == [True, False] and out["broken_run"] == 1
    assert out["stderr"].count("WARNING") == 1 and "NER model" in out["stderr"], out["stderr"]


# -- the decision rules, on stand-ins for camel-tools' objects ---------------------------------------
class FakeAnalyzer:
    def __init__(self, table: dict[str, list[dict]]):
        self.table = table
        self.calls = 0

    def analyze(self, word):
        self.calls += 1
        return self.table.get(word, [])


class FakeNER:
    def __init__(self, labels_for):
        self.labels_for = labels_for

    def predict_sentence(self, words):
        return self.labels_for(words)


def _a(pos, lp=None, **clitics):
    out = {"pos": pos, "prc3": "0", "prc2": "0", "prc1": "0", "prc0": "0"} | clitics
    if lp is not None:
        out["pos_lex_logprob"] = str(lp)
    return out


def test_rules_without_probabilities_and_the_verdict_cache():
    fake = FakeAnalyzer(
        {
            "سعيد": [_a("noun_prop"), _a("adj")],  # no probabilities: a name unless a verb reading exists
            "يزيد": [_a("noun_prop"), _a("verb")],
            "السيسي": [_a("noun_prop", prc0="Al_det")],  # the article is part of the name
            "فماكرون": [_a("noun_prop", prc2="fa_conj")],
        }
    )
    a = NameAnalyser(fake, unknown_is_proper=False)
    assert a.is_proper_noun("سعيد") and not a.is_proper_noun("يزيد")
    assert a.verdict("السيسي") == PROPER and a.verdict("فماكرون") == PROPER_CLITIC
    assert not a.is_proper_noun("مجهول")  # unknown words are names only when asked to
    assert a.proper_noun_run(["سعيد", "السيسي", "فماكرون"]) == 2
    calls = fake.calls
    a.proper_noun_run(["سعيد", "السيسي"])
    assert fake.calls == calls  # verdicts are cached
    with pytest.raises(ValueError):
        NameAnalyser(None, None)


def test_ner_rules():
    tags = {"شينغيرو": "B-PERS", "ألبير": "I-PERS", "فيصل": "B-PERS"}
    a = NameAnalyser(None, FakeNER(lambda ws: [tags.get(w, "O") for w in ws]))
    assert a.proper_noun_run(["شينغيرو", "ألبير", "أكد"]) == 2
    assert a.proper_noun_run(["شينغيرو", "فيصل"]) == 1  # a second B-PERS is another person
    assert a.proper_noun_run(["ألبير"], left_context=["الوزير"]) == 1
    assert a.is_proper_noun("شينغيرو") and not a.is_proper_noun("أكد")
    # labels that do not line up with the words (a word the tokenizer dropped): the morphology decides
    short = NameAnalyser(
        FakeAnalyzer({"ألبير": [_a("noun_prop")]}), FakeNER(lambda ws: ["B-PERS"]), unknown_is_proper=False
    )
    assert short.proper_noun_run(["ألبير", "أكد", "ذلك"]) == 1
    assert NameAnalyser(None, FakeNER(lambda ws: [])).proper_noun_run(["ألبير"]) == 0


def test_normalised_connectors():
    a = NameAnalyser(FakeAnalyzer({"فيصل": [_a("noun_prop")], "فرحان": [_a("noun_prop")]}), unknown_is_proper=False)
    for text in ("فيصل بن فرحان قال", "أبو الغيط قال", "آل ثاني قال"):
        assert a.proper_noun_run(normalize_key(text).split()) == len(text.split()) - 1, text
