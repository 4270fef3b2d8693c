"""Person names the reference data lacks, found with CAMeL's downloadable data when it is installed.

camel-tools' morphology analyser (a CALIMA-Star ``morphology.db``) tags proper nouns as
``noun_prop``; its NER model (a fine-tuned BERT) tags people as ``B-PERS`` / ``I-PERS``. Neither
ships with the package: ``camel_data`` installs them under ``$CAMELTOOLS_DATA``::

    $CAMELTOOLS_DATA/catalogue.json
    $CAMELTOOLS_DATA/data/morphology_db/calima-msa-r13/morphology.db
    $CAMELTOOLS_DATA/data/ner/arabert/{config.json, vocab.txt, pytorch_model.bin | model.safetensors}

Importing ``camel_tools.morphology`` or ``camel_tools.ner`` loads that catalogue at import time and,
when ``catalogue.json`` is missing, tries to download it (``DownloaderError`` without a network).
So this module imports nothing from camel-tools at import time, and ``name_analyser()`` looks for
the files first and returns ``None`` - at once, without importing camel-tools' morphology or NER
- unless ``CAMELTOOLS_DATA`` names a folder with a catalogue and a morphology database and/or a
NER model. Any failure while loading logs one warning and also gives ``None``: Rasd then keeps its
rule-based behaviour.

The extractor uses ``NameAnalyser.proper_noun_run`` after a title that the reference data could
not resolve: the name is the leading run of proper nouns ("ألبير شينغيرو" in "وزير الخارجية الفرنسي
ألبير شينغيرو أكد"), not whatever three words follow.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from rasd.arabic import ARABIC_WORD_RE

log = logging.getLogger(__name__)

ENV_VAR = "CAMELTOOLS_DATA"
# MSA databases in order of preference (the dialect databases are no use on news).
MORPHOLOGY_DBS = ("calima-msa-r13", "calima-msa-s31")
NER_MODELS = ("arabert",)
_NER_WEIGHTS = ("pytorch_model.bin", "model.safetensors")

# Name-internal words that are common nouns on their own: "فيصل بن فرحان", "عبد الله", "أبو الغيط",
# "آل ثاني". Alef variants are folded before comparing (the extractor passes normalised text).
_CONNECTORS = frozenset({"بن", "ابن", "بنت", "ابو", "عبد", "ال"})
_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ـ": None})
# Proclitics that are not part of a name: a conjunction (wa+, fa+), a preposition (bi+, li+, ka+)
# or the question particle. The article (prc0 Al_det) is part of many names ("السيسي").
_CLITIC_FEATS = ("prc3", "prc2", "prc1")
_NO_CLITIC = frozenset({"", "0", "na"})
_VERB_POS = frozenset({"verb", "verb_pseudo"})
_PERSON_LABELS = frozenset({"B-PERS", "I-PERS"})

# is_proper_noun verdicts
PROPER = "proper"  # a proper noun with nothing attached (or only the article)
PROPER_CLITIC = "proper_clitic"  # a proper noun behind a conjunction / preposition: "وألبير"
UNKNOWN = "unknown"  # Arabic word the database does not know: most often a transliterated name
OTHER = "other"


class NameAnalyser:
    """Proper-noun tests over a CAMeL morphology analyser and/or NER model (either may be None).

    ``analyzer``: a ``camel_tools.morphology.analyzer.Analyzer`` (or anything with
    ``analyze(word) -> list[dict]``); ``ner``: a ``camel_tools.ner.NERecognizer`` (or anything with
    ``predict_sentence(words) -> list[str]``). ``unknown_is_proper``: an Arabic word the database
    has no analysis for counts as a proper noun (foreign names are mostly missing from it).
    """

    _CACHE_LIMIT = 50_000

    def __init__(self, analyzer=None, ner=None, *, unknown_is_proper: bool = True, source: str = "") -> None:
        if analyzer is None and ner is None:
            raise ValueError("NameAnalyser needs a morphology analyser or a NER model")
        self.analyzer = analyzer
        self.ner = ner
        self.unknown_is_proper = unknown_is_proper
        self.source = source
        self._verdicts: dict[str, str] = {}
        self._ner_warned = False
        self._lock = threading.Lock()

    @property
    def has_morphology(self) -> bool:
        return self.analyzer is not None

    @property
    def has_ner(self) -> bool:
        return self.ner is not None

    def __repr__(self) -> str:
        parts = [p for p, on in (("morphology", self.has_morphology), ("ner", self.has_ner)) if on]
        return f"NameAnalyser({'+'.join(parts)}, {self.source!r})"

    # -- morphology ---------------------------------------------------------------------------
    def verdict(self, word: str) -> str:
        """PROPER, PROPER_CLITIC, UNKNOWN or OTHER for one word, from the morphology database."""
        word = word.strip()
        if not word or self.analyzer is None:
            return OTHER
        cached = self._verdicts.get(word)
        if cached is not None:
            return cached
        try:
            analyses = list(self.analyzer.analyze(word))
        except Exception:  # a database without DEFAULT digit/punc/latin entries, say
            log.debug("camel analyser failed on %r", word, exc_info=True)
            analyses = []
        result = _judge(word, analyses)
        with self._lock:
            if len(self._verdicts) >= self._CACHE_LIMIT:
                self._verdicts.clear()
            self._verdicts[word] = result
        return result

    def _accepts(self, verdict: str) -> bool:
        if verdict == PROPER:
            return True
        if verdict == UNKNOWN:
            return self.unknown_is_proper
        return False  # PROPER_CLITIC: "و+ألبير" starts another name ("X and Albert")

    # -- public API ---------------------------------------------------------------------------
    def is_proper_noun(self, word: str) -> bool:
        """Is ``word`` a proper noun, clitics allowed ("وألبير", "لألبير", "بشينغيرو")?

        Morphology when a database is loaded, else the NER model on the word alone.
        """
        if self.analyzer is not None:
            v = self.verdict(word)
            return v in (PROPER, PROPER_CLITIC) or (v == UNKNOWN and self.unknown_is_proper)
        labels = self._ner_labels([word])
        return labels is not None and bool(labels) and labels[0] in _PERSON_LABELS

    def proper_noun_run(self, words: Sequence[str], left_context: Sequence[str] = ()) -> int:
        """How many leading ``words`` form a person's name: stops at the first word that is not a
        proper noun, and at a proper noun behind a conjunction or preposition ("ألبير وشينغيرو"
        gives 1). A connector ("بن", "عبد", "أبو", "آل") counts with the word after it.

        With a NER model the labels decide (``left_context``, the words before - e.g. the title -
        give it the sentence): the run is a ``B-PERS``/``I-PERS`` word followed by ``I-PERS``
        words. Without one, or if the model's labels do not line up with the words, the
        morphology database decides.
        """
        words = list(words)
        if not words:
            return 0
        if self.ner is not None:
            labels = self._ner_labels(list(left_context) + words)
            if labels is not None:
                labels = labels[len(left_context) :]
                run = 0
                for label in labels:
                    if label == "I-PERS" or (run == 0 and label == "B-PERS"):
                        run += 1
                    else:
                        break
                return run
            if self.analyzer is None:
                return 0
        return self._morphology_run(words)

    def _morphology_run(self, words: list[str]) -> int:
        run = 0
        i = 0
        while i < len(words):
            word = words[i].strip()
            if word.translate(_ALEF) in _CONNECTORS:
                # "بن فرحان", "عبد الله", "أبو الغيط": the connector and the word after it, whatever
                # its part of speech, unless that word hangs on a conjunction or preposition.
                if i + 1 >= len(words) or self.verdict(words[i + 1]) == PROPER_CLITIC:
                    break
                i += 2
                run = i
                continue
            if not self._accepts(self.verdict(word)):
                break
            i += 1
            run = i
        return run

    # -- NER ----------------------------------------------------------------------------------
    def _ner_labels(self, words: list[str]) -> list[str] | None:
        if self.ner is None or not words:
            return None
        try:
            labels = list(self.ner.predict_sentence(words))
        except Exception:
            level, self._ner_warned = (logging.DEBUG if self._ner_warned else logging.WARNING), True
            log.log(level, "camel NER failed on %r; using morphology", " ".join(words), exc_info=True)
            return None
        if len(labels) != len(words):  # the tokenizer dropped a word: labels do not line up
            return None
        return labels


def _is_clitic_free(analysis: dict) -> bool:
    return all(str(analysis.get(f, "0")) in _NO_CLITIC for f in _CLITIC_FEATS)


def _logprob(analysis: dict) -> float | None:
    for key in ("pos_lex_logprob", "lex_logprob"):
        try:
            return float(analysis[key])
        except (KeyError, TypeError, ValueError):
            continue
    return None


def _judge(word: str, analyses: list[dict]) -> str:
    """Verdict from a word's out-of-context analyses.

    A word with both proper-noun and other readings ("أحمد": Ahmad / I praise; "أمل": Amal /
    hope) is a proper noun when its likeliest proper-noun reading is at least as likely as its
    likeliest other reading (CALIMA's ``pos_lex_logprob``); a database without probabilities
    lets a verb reading win (a verb is what most often follows a name in news).
    """
    if not analyses:
        return UNKNOWN if ARABIC_WORD_RE.match(word) else OTHER
    props = [a for a in analyses if a.get("pos") == "noun_prop"]
    if not props:
        return OTHER
    others = [a for a in analyses if a.get("pos") != "noun_prop"]
    if others:
        prop_p = [p for p in map(_logprob, props) if p is not None]
        other_p = [p for p in map(_logprob, others) if p is not None]
        if prop_p and other_p:
            if max(other_p) > max(prop_p):
                return OTHER
        elif any(a.get("pos") in _VERB_POS for a in others):
            return OTHER
    return PROPER if any(_is_clitic_free(a) for a in props) else PROPER_CLITIC


# -- loading ------------------------------------------------------------------------------------
_cache: dict[str, NameAnalyser | None] = {}
_cache_lock = threading.Lock()


def name_analyser() -> NameAnalyser | None:
    """The analyser for ``$CAMELTOOLS_DATA``, or None when it is unset or holds nothing usable.

    Cached per value of the variable; without it this is one dictionary look-up and imports
    nothing. Never raises and never lets camel-tools download anything.
    """
    root = os.environ.get(ENV_VAR) or ""
    if not root:
        return None
    try:
        return _cache[root]
    except KeyError:
        pass
    with _cache_lock:
        if root not in _cache:
            _cache[root] = _load(root)
        return _cache[root]


def reset_name_analyser() -> None:
    """Forget loaded analysers (tests; a data folder installed while running)."""
    with _cache_lock:
        _cache.clear()


def find_data(root: str | os.PathLike) -> tuple[Path | None, Path | None, str | None]:
    """(morphology.db, NER model folder, reason nothing is usable) under a CAMeL data folder."""
    base = Path(root).expanduser()
    if not base.is_dir():
        return None, None, f"{ENV_VAR}={root} is not a folder"
    # camel-tools reads the catalogue of the folder it saw when first imported: check that one.
    # (camel_tools.data imported already: its catalogue is loaded and nothing more is read.)
    if "camel_tools.data" not in sys.modules:
        ct_dir = Path(getattr(sys.modules.get("camel_tools.data.catalogue"), "CT_DATA_DIR", base))
    else:
        ct_dir = None
    if ct_dir is not None and not (ct_dir / "catalogue.json").is_file():
        return (
            None,
            None,
            (f"no catalogue.json in {ct_dir}: importing camel-tools' morphology or NER would try to download it"),
        )
    db = next(
        (
            base / "data" / "morphology_db" / name / "morphology.db"
            for name in MORPHOLOGY_DBS
            if (base / "data" / "morphology_db" / name / "morphology.db").is_file()
        ),
        None,
    )
    ner = None
    for name in NER_MODELS:
        folder = base / "data" / "ner" / name
        if (folder / "config.json").is_file() and any((folder / w).is_file() for w in _NER_WEIGHTS):
            ner = folder
            break
    if db is None and ner is None:
        return None, None, f"no morphology database or NER model under {base / 'data'}"
    return db, ner, None


def _load(root: str) -> NameAnalyser | None:
    db_path, ner_path, reason = find_data(root)
    if reason:
        log.warning("CAMeL data not used: %s", reason)
        return None
    analyzer = ner = None
    if db_path is not None:
        try:
            from camel_tools.morphology.analyzer import Analyzer
            from camel_tools.morphology.database import MorphologyDB

            analyzer = Analyzer(MorphologyDB(str(db_path), "a"), backoff="NONE")
        except Exception as exc:  # DownloaderError, DatabaseParseError, a broken install...
            log.warning("CAMeL morphology database %s not used: %s: %s", db_path, type(exc).__name__, exc)
    if ner_path is not None:
        try:
            from camel_tools.ner import NERecognizer

            ner = NERecognizer(str(ner_path), use_gpu=False)
        except Exception as exc:
            log.warning("CAMeL NER model %s not used: %s: %s", ner_path, type(exc).__name__, exc)
    if analyzer is None and ner is None:
        return None
    analyser = NameAnalyser(analyzer, ner, source=str(root))
    log.info("CAMeL names: %r", analyser)
    return analyser
