"""Statistics and matching by libraries (issue 13, item 6): exact Student t quantiles from scipy,
rapidfuzz for misspelt product names."""

import importlib
import math

import pytest


@pytest.mark.parametrize(
    "df, expected", [(1, 12.7062047), (11, 2.2009852), (31, 2.0395134), (50, 2.0085591), (119, 1.9800999)]
)
def test_t975_is_the_exact_student_t_quantile(df, expected):
    from customario.analysis.insights import t975

    assert math.isclose(t975(df), expected, rel_tol=1e-6)


def test_scale_mean_interval_uses_the_exact_quantile():
    """n = 32: a normal 1.96 (the old table's value above 30 degrees of freedom) is about 4 % too narrow."""
    from customario.analysis.insights import mean_ci, t975

    counts = {1: 4, 2: 6, 3: 8, 4: 8, 5: 6}
    out = mean_ci(counts)
    n = sum(counts.values())
    mean = sum(v * c for v, c in counts.items()) / n
    sd = math.sqrt(sum(c * (v - mean) ** 2 for v, c in counts.items()) / (n - 1))
    half = t975(n - 1) * sd / math.sqrt(n)
    assert out["ci95"] == [round(mean - half, 3), round(mean + half, 3)]
    assert half / (1.96 * sd / math.sqrt(n)) > 1.04
    assert math.isnan(t975(0))


@pytest.fixture
def shop(db):
    importlib.import_module("customario.campaigns.pc_store_support.catalogue").import_seed(db)
    return importlib.import_module("customario.campaigns.pc_store_support.store"), db


@pytest.mark.parametrize(
    "query, sku",
    [
        ("samsng 990 pro", "SSD-990PRO-2T"),
        ("geforse rtx 4070 supr", "GPU-4070S"),
        ("crucal mx500", "SSD-MX500-1T"),
        ("corsiar vengance ddr5", "RAM-DDR5-32"),
        ("radeon rx 7900 xtx", "GPU-7900XTX"),
    ],
)
def test_misspelt_product_names_find_the_product(shop, query, sku):
    store, db = shop
    assert store.find_products(db, query)[0]["sku"] == sku


@pytest.mark.parametrize("query", ["flux capacitor", "banana bread", "zzzz"])
def test_unrelated_words_find_nothing(shop, query):
    store, db = shop
    assert store.find_products(db, query) == []
