"""Property-based fuzzing of the two entry points that take hostile input: the clean stage (any
bytes a server sends, decoded as the pipeline decodes them) and the extractor (``extract_events``
and the ``rasd extract`` command), with arbitrary bytes and Unicode: Arabic, RTL/bidi marks, NULs,
lone surrogates (JSON can carry them), huge repeats. Properties: no exception (bad input ends as a
quarantine row, an empty result or a one-line error), and time linear in input size.

Bounded so the module runs in well under a minute; RASD_FUZZ_EXAMPLES=500 explores further.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import time

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from rasd.clean import PageInput, clean_page
from rasd.extract import extract_events
from rasd.fetch import DecodeError, decode_html
from rasd.records import CleanArticle, Quarantined

EXAMPLES = int(os.environ.get("RASD_FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=os.environ.get("RASD_FUZZ_EXAMPLES") is None,  # CI: the same examples every run
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Words the extractor looks for (written for this test), so examples reach its deeper paths.
WORDS = [
    "أجرى",
    "الرئيس",
    "اتصالا",
    "هاتفيا",
    "مع",
    "نظيره",
    "الفرنسي",
    "وزير",
    "الخارجية",
    "استقبل",
    "التقى",
    "بحث",
    "الجانبان",
    "أمس",
    "اليوم",
    "الثلاثاء",
    "12",
    "مارس",
    "آذار",
    "2024",
    "(بترا)",
    "-",
    "،",
    ".",
    "الملك",
    "ولي العهد",
    "رئيس الوزراء",
    "القاهرة في",
    "عمان",
    "واشنطن",
]
MARKS = ["\u200f", "\u200e", "\u202b", "\u202e", "\u202c", "\u2066", "\u2069", "\u061c", "\ufeff", "\u0640", "\x00"]
HOSTILE = ["\ud800", "\udfff", "\U0010ffff", "\u0651\u0651\u0651", "<", ">", "&", "\r", "\t", "\u2028"]

arabic_chars = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
tokens = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(MARKS),
    st.sampled_from(HOSTILE),
    st.text(arabic_chars, max_size=12),
    st.text(max_size=8),  # any Unicode (no surrogates)
)
texts = st.one_of(
    st.lists(tokens, max_size=60).map(" ".join),
    st.lists(tokens, max_size=60).map("".join),
    st.builds(lambda s, n: s * n, st.lists(tokens, min_size=1, max_size=6).map(" ".join), st.integers(200, 2000)),
)
HTML_SHAPES = [
    "<html lang='ar' dir='rtl'><head><title>{t}</title></head><body><article><h1>{t}</h1><p>{b}</p><p>{b}</p>"
    "</article></body></html>",
    "<html><body><div>{b}<p>{t}<p>{b}</div></body>",
    "<!DOCTYPE html><html><head><meta charset='utf-8'><meta property='article:published_time' content='{t}'>"
    "</head><body><main><p>{b}</p></main><footer>© {t}</footer></body></html>",
    "{b}",
    "<{t}>{b}</{t}>",
    "<![CDATA[{b}]]><!--{t}--><script>{b}</script><p>{b}",
]
html_texts = st.builds(lambda shape, t, b: shape.format(t=t, b=b), st.sampled_from(HTML_SHAPES), texts, texts)
raw_bodies = st.one_of(
    st.binary(max_size=4000),
    html_texts.map(lambda s: s.encode("utf-8", "surrogatepass")),
    html_texts.map(lambda s: s.encode("cp1256", "replace")),
    st.builds(lambda b, n: b * n, st.binary(min_size=1, max_size=40), st.integers(100, 3000)),
)
dates = st.one_of(st.none(), st.sampled_from(["2024-03-12", "1900-01-01", "9999-12-31", "2024-02-30", "", "x"]))


def _as_served(body: bytes) -> str:
    """Decode as the pipeline does: the fetcher's charset rules, else replacement characters."""
    try:
        return decode_html(body, "text/html")[0]
    except DecodeError:
        return body.decode("utf-8", errors="replace")


@FUZZ
@given(raw_bodies)
@example(b"")
@example(b"\x00" * 5000)
@example("<html><body><p>\u202e\u0627\u062a\u0635\u0627\u0644\x00</p></body></html>".encode())
def test_clean_never_raises_on_any_body(body):
    result = clean_page(PageInput("http://news.example/a.html", "fuzz", _as_served(body)))
    assert isinstance(result, (CleanArticle, Quarantined))
    if isinstance(result, Quarantined):
        assert result.reason and result.stage == "clean"


@FUZZ
@given(texts, dates)
@example("", None)
@example("\ud800" * 100, "2024-03-12")
@example("أجرى الرئيس اتصالا هاتفيا مع نظيره " * 3000, "2024-03-12")
def test_extract_events_never_raises(text, published):
    events = extract_events(text, published)
    assert isinstance(events, list)
    for e in events:
        e.to_dict()  # serialisable, as the CLI and the loader need


def _cli_extract(path) -> tuple[int, str]:
    from rasd.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["extract", str(path)])
        except SystemExit as e:  # argparse and friends: an exit code, not a crash
            code = e.code if isinstance(e.code, int) else 2
    return code, err.getvalue()


def _assert_handled(code: int, err: str) -> None:
    """Exit 0 with events, or exit 2 with one line saying why the input was refused (a NUL byte marks
    a binary file); never a traceback."""
    assert "Traceback" not in err
    assert code in (0, 2), err
    if code == 2:
        assert err.strip() and err.strip().count("\n") == 0, err


@FUZZ
@given(st.one_of(texts, html_texts))
def test_rasd_extract_cli_on_any_text_file(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("cli") / "input.txt"
    path.write_text(text, encoding="utf-8", errors="replace")  # a file holds no lone surrogates
    _assert_handled(*_cli_extract(path))


@FUZZ
@given(raw_bodies.map(lambda b: b.decode("utf-8", "ignore").encode("utf-8")))
def test_rasd_extract_cli_on_any_utf8_bytes(tmp_path_factory, body):
    """Any valid UTF-8 file (control bytes, NULs, markup fragments): exit 0, no traceback."""
    path = tmp_path_factory.mktemp("cli") / "input.bin"
    path.write_bytes(body)
    _assert_handled(*_cli_extract(path))


# Inputs that once crashed the CLI (issue 12 item 8), kept as regression cases.
CLI_CRASHES = [
    pytest.param(
        b"\x80",
        id="invalid-utf8",
    ),
]


@pytest.mark.parametrize("body", CLI_CRASHES)
def test_rasd_extract_cli_refuses_undecodable_files_in_one_line(tmp_path, body):
    path = tmp_path / "input.bin"
    path.write_bytes(body)
    code, err = _cli_extract(path)
    assert code == 2 and err.strip() and err.strip().count("\n") == 0, err


def _cli_jsonl(path) -> tuple[int, list[str], str]:
    from rasd.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["extract", "--jsonl", str(path)])
    return code, out.getvalue().splitlines(), err.getvalue()


items = st.fixed_dictionaries(
    {"id": st.integers(0, 10**6), "text": texts},
    optional={"html": html_texts, "published": st.one_of(dates, st.text(max_size=12)), "url": texts},
)


@FUZZ
@given(st.lists(items, min_size=1, max_size=4))
def test_rasd_extract_jsonl_on_any_string_fields(tmp_path_factory, batch):
    """Batch mode: one output line per input line, carrying its id, whatever the strings hold."""
    path = tmp_path_factory.mktemp("jsonl") / "in.jsonl"
    path.write_text("\n".join(json.dumps(item) for item in batch) + "\n", encoding="utf-8")
    code, lines, err = _cli_jsonl(path)
    assert "Traceback" not in err
    assert [json.loads(line)["id"] for line in lines] == [item["id"] for item in batch]


JSONL_CRASHES = [
    pytest.param(
        '{"id": 1, "text": 12345}',
        id="text-not-a-string",
    ),
    pytest.param(
        "[1, 2]",
        id="line-not-an-object",
    ),
    pytest.param(
        '{"id": 1}',
        id="no-text-keeps-its-id",
    ),
]


@pytest.mark.parametrize("line", JSONL_CRASHES)
def test_rasd_extract_jsonl_reports_bad_items_and_goes_on(tmp_path, line):
    path = tmp_path / "in.jsonl"
    path.write_text(line + '\n{"id": 2, "text": "نص"}\n', encoding="utf-8")
    code, lines, err = _cli_jsonl(path)
    assert len(lines) == 2 and json.loads(lines[1])["id"] == 2
    first, item = json.loads(lines[0]), json.loads(line)
    assert "error" in first
    if isinstance(item, dict):
        assert first["id"] == item["id"]  # the error line says which item failed
    assert code != 0  # some item failed


# ---------------------------------------------------------------------------------------------
# Time linear in input size: 4x the input may take at most ~4x the time (bound 10x, generous for a
# shared machine; a quadratic step would take 16x)
# ---------------------------------------------------------------------------------------------

PARAGRAPH = (
    "عمان في 12 آذار 2024 (بترا) - أجرى الرئيس اتصالا هاتفيا مع نظيره الفرنسي بحث خلاله الجانبان "
    "العلاقات الثنائية، واستقبل وزير الخارجية أمس السفير في مكتبه. "
)


def _best_of(fn, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def _ratio(fn_for_size, n: int) -> float:
    fn_for_size(n)()  # warm caches (reference data, regexes) outside the clock
    return _best_of(fn_for_size(4 * n)) / max(_best_of(fn_for_size(n)), 1e-4)


def test_extract_time_is_linear_in_input_size():
    ratio = _ratio(lambda n: lambda: extract_events(PARAGRAPH * n, "2024-03-12"), 40)
    assert ratio < 10, f"4x input took {ratio:.1f}x the time"


def test_clean_time_is_linear_in_input_size():
    def page(n: int):
        paragraphs = f"<p>{PARAGRAPH}</p>" * n
        html = f"<html lang='ar'><body><article>{paragraphs}</article></body></html>"
        return lambda: clean_page(PageInput("http://news.example/a.html", "fuzz", html))

    ratio = _ratio(page, 40)
    assert ratio < 10, f"4x input took {ratio:.1f}x the time"


@pytest.mark.parametrize("repeat", ["\x00", "\u200f", "ا", "<p>", "اتصال "])
def test_huge_repeats_are_linear_too(repeat):
    ratio = _ratio(lambda n: lambda: extract_events(repeat * n, None), 5000)
    assert ratio < 10, f"{repeat!r}: 4x input took {ratio:.1f}x the time"


# Run-on sentences (no full stop): every step that reads the sentence once per trigger, entity or cue
# would be quadratic here (phrases written for this test)
RUN_ON = [
    ("تلقى الرئيس اتصالا ثم اتصالا ", 1000),  # many triggers of one type (main_trigger)
    ("بعد مكالمته مع الرئيس ", 150),  # many possessed contact nouns and their phrases (parties, earlier contacts)
    ("، وأنه سيتحدث مع الملك", 150),  # many planned clauses after the trigger (other_contacts._later_plans)
    ("وبحثا زيارة الرئيس ", 500),  # many visit words before names (parties._visitor_of_discussed_visit)
]


@pytest.mark.parametrize(("phrase", "n"), RUN_ON)
def test_run_on_sentences_are_linear(phrase, n):
    ratio = _ratio(lambda k: lambda: extract_events(phrase * k, None), n)
    assert ratio < 10, f"{phrase!r}: 4x input took {ratio:.1f}x the time"
