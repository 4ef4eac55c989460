"""k-anonymity of the record extract: generalise as little as possible, suppress little."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from emp_desktop.privacy.kanonymity import is_k_anonymous, k_anonymize

REGION = {"Eindhoven": "regio", "Best": "regio", "Bergeijk": "regio", "Tilburg": "Brabant"}


def identity(value: str) -> str:
    return value


def star(value: str) -> str:
    return "*"


def age_band(value: str) -> str:
    return "<18" if int(value) < 18 else "18+"


HIERARCHIES = {
    "leeftijd": [identity, age_band, star],
    "gemeente": [identity, REGION.__getitem__, star],
    "geslacht": [identity, star],
}
QIS = ("leeftijd", "gemeente", "geslacht")


def person(age: int, place: str, gender: str, code: str) -> dict[str, str]:
    return {"leeftijd": str(age), "gemeente": place, "geslacht": gender, "pseudoniem": code}


def test_least_generalisation_on_a_small_example() -> None:
    records = [
        person(15, "Eindhoven", "V", "a"),
        person(16, "Eindhoven", "V", "b"),
        person(14, "Best", "V", "c"),
        person(17, "Bergeijk", "V", "d"),
        person(25, "Eindhoven", "M", "e"),
        person(31, "Best", "M", "f"),
        person(40, "Eindhoven", "M", "g"),
        person(19, "Tilburg", "M", "h"),
    ]
    result = k_anonymize(records, QIS, HIERARCHIES, k=4, max_suppressed_share=0.0)
    # Ages to bands and municipalities to regions would leave Tilburg alone; gender is
    # already aligned with the age bands here, so generalising it gains nothing.
    assert result.levels == {"leeftijd": 1, "gemeente": 2, "geslacht": 0}
    assert result.suppressed == 0
    assert is_k_anonymous(result.records, QIS, 4)
    assert [r["pseudoniem"] for r in result.records] == list("abcdefgh")
    assert result.records[0] == {
        "leeftijd": "<18",
        "gemeente": "*",
        "geslacht": "V",
        "pseudoniem": "a",
    }
    # For k = 3 with one suppression allowed, the regions survive and Tilburg's record is
    # dropped; without that allowance the municipality must go.
    strict = k_anonymize(records, QIS, HIERARCHIES, k=3, max_suppressed_share=0.0)
    assert strict.levels == {"leeftijd": 1, "gemeente": 2, "geslacht": 0}
    relaxed = k_anonymize(records, QIS, HIERARCHIES, k=3, max_suppressed_share=0.125)
    assert relaxed.levels == {"leeftijd": 1, "gemeente": 1, "geslacht": 0}
    assert relaxed.suppressed == 1 and len(relaxed.records) == 7
    assert "h" not in {r["pseudoniem"] for r in relaxed.records}
    assert is_k_anonymous(relaxed.records, QIS, 3)


ages = st.integers(0, 60).map(str)
places = st.sampled_from(sorted(REGION))
genders = st.sampled_from(["V", "M", "X"])
records_strategy = st.lists(
    st.fixed_dictionaries({"leeftijd": ages, "gemeente": places, "geslacht": genders}),
    max_size=120,
)


def _suppressed_at(records: list[dict[str, str]], levels: tuple[int, ...], k: int) -> int:
    steps = [HIERARCHIES[q][level] for q, level in zip(QIS, levels, strict=True)]
    sizes = Counter(tuple(s(r[q]) for s, q in zip(steps, QIS, strict=True)) for r in records)
    return sum(n for n in sizes.values() if n < k)


@settings(max_examples=60, deadline=None)
@given(records=records_strategy, k=st.integers(2, 6), share=st.sampled_from([0.0, 0.05, 0.2]))
def test_result_is_k_anonymous_minimal_and_within_budget(
    records: list[dict[str, str]], k: int, share: float
) -> None:
    result = k_anonymize(records, QIS, HIERARCHIES, k, share)
    assert is_k_anonymous(result.records, QIS, k)
    assert result.suppressed + len(result.records) == len(records)
    budget = int(share * len(records))
    if len(records) >= k:
        assert result.suppressed <= budget
        chosen = sum(result.levels.values())
        for levels in itertools.product(range(3), range(3), range(2)):
            if sum(levels) < chosen:  # nothing less generalised meets the budget
                assert _suppressed_at(records, levels, k) > budget
    assert k_anonymize(records, QIS, HIERARCHIES, k, share) == result


def test_fewer_than_k_records_cannot_be_released() -> None:
    records = [person(15, "Best", "V", "a"), person(16, "Best", "V", "b")]
    result = k_anonymize(records, QIS, HIERARCHIES, k=5)
    assert result.records == [] and result.suppressed == 2
    assert k_anonymize([], QIS, HIERARCHIES, k=5).records == []
    assert is_k_anonymous([], QIS, 5)
    assert not is_k_anonymous(records, QIS, 3)


def test_invalid_arguments_are_refused() -> None:
    with pytest.raises(ValueError):
        k_anonymize([], QIS, HIERARCHIES, k=0)
    with pytest.raises(ValueError):
        k_anonymize([], QIS, HIERARCHIES, max_suppressed_share=1.0)
    with pytest.raises(ValueError):
        k_anonymize([], ("leeftijd", "leeftijd"), HIERARCHIES)
    with pytest.raises(ValueError):
        k_anonymize([], ("woonplaats",), HIERARCHIES)
