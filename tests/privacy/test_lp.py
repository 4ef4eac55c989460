"""The warm-started HiGHS model and plain linprog answer every question alike."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.sparse import csr_array

from emp_desktop.privacy import lp


@st.composite
def systems(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[np.ndarray]]:
    rows, cols = draw(st.integers(0, 6)), draw(st.integers(1, 8))
    matrix = np.array(
        draw(st.lists(st.sampled_from([-1, 0, 0, 1]), min_size=rows * cols, max_size=rows * cols)),
        dtype=float,
    ).reshape(rows, cols)
    truth = np.array(draw(st.lists(st.integers(0, 20), min_size=cols, max_size=cols)), float)
    lower = np.minimum(
        truth, np.array(draw(st.lists(st.integers(0, 1), min_size=cols, max_size=cols)), float)
    )
    costs = [
        np.array(
            draw(st.lists(st.sampled_from([-1.0, -0.9, 0.0, 1.0]), min_size=cols, max_size=cols))
        )
        for _ in range(draw(st.integers(1, 5)))
    ]
    return matrix, matrix @ truth, lower, costs


@pytest.mark.skipif(not lp.USE_HOT_START, reason="scipy without the HiGHS object")
@settings(max_examples=150, deadline=None)
@given(systems())
def test_hot_start_matches_linprog(system: tuple) -> None:
    matrix, rhs, lower, costs = system
    sparse = csr_array(matrix) if len(rhs) else None
    hot = lp.EqualityLp(sparse, rhs, lower)
    cold = lp.EqualityLp(sparse, rhs, lower, hot_start=False)
    for cost in costs:
        a, b = hot.minimise(cost), cold.minimise(cost)
        assert (a is None) == (b is None)
        if a is not None:
            assert a.value == pytest.approx(b.value, abs=1e-6)
            assert np.allclose(matrix @ a.x, rhs, atol=1e-6) and np.all(a.x >= lower - 1e-9)
            assert len(a.duals) == len(rhs)
