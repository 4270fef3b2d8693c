"""The people loader refuses a malformed row with a one-line reason instead of loading a partial table."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.extract.refdata import ReferenceDataError, load_people

GOOD = """\
- id: xx-first
  name_en: First Person
  names_ar: [الأول]
  offices:
    - {role: president, country: XX, start: 2020-01-01, end: null, checked: no, reason: "test"}
"""


def _load(tmp_path: Path, text: str) -> dict:
    (tmp_path / "a.yaml").write_text(text, encoding="utf-8")
    return load_people(tmp_path)


def test_a_well_formed_file_loads(tmp_path: Path) -> None:
    people = _load(tmp_path, GOOD)
    assert people["xx-first"].offices[0].role == "president"


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("- id: xx-second\n  names_ar: [الثاني]\n", "row 2: missing name_en"),
        ("- name_en: Nobody\n", "row 2: missing id"),
        (
            "- id: xx-2\n  name_en: Two\n  offices:\n    - {country: XX, start: 2020-01-01}\n",
            "an office without a role",
        ),
        (
            "- id: xx-2\n  name_en: Two\n  offices:\n    - {role: king, start: 2020-01-01}\n",
            "neither a country nor an org",
        ),
        (
            "- id: xx-2\n  name_en: Two\n  offices:\n    - {role: king, country: XX, start: '2020-13-01'}\n",
            "not YYYY-MM-DD",
        ),
        (
            "- id: xx-2\n  name_en: Two\n  offices:\n    - {role: king, country: XX, start: 2020-02-01, end: 2019-01-01}\n",
            "ends (2019-01-01) before it starts",
        ),
        ("- id: xx-2\n  name_en: Two\n  names_ar: الثاني\n", "names_ar must be a list"),
        ("- just a string\n", "a row must be a mapping"),
    ],
)
def test_a_malformed_row_stops_loading_with_its_reason(tmp_path: Path, row: str, reason: str) -> None:
    with pytest.raises(ReferenceDataError) as caught:
        _load(tmp_path, GOOD + row)
    message = str(caught.value)
    assert message.startswith("people/a.yaml row ") and reason in message
    assert "\n" not in message


def test_a_file_that_is_not_a_list_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ReferenceDataError, match="must be a list of people"):
        _load(tmp_path, "id: xx\nname_en: X\n")


def test_a_file_that_is_not_yaml_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ReferenceDataError, match="not valid YAML"):
        _load(
            tmp_path,
            GOOD + "- id: xx-2\n  name_en: Two\n  offices:\n    - {role: king, country: XX, start: 2020-13-01}\n",
        )
