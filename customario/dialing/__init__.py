"""Dialing: eligibility and calling rules, claims, the dial loop and operations (monitor, doctor, hang-up)."""
