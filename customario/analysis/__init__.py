"""Analysis: evaluation, the judge, data-quality signals, payments, insights, themes and exports."""
