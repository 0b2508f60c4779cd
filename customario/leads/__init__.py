"""Leads: file reading, E.164 phones and time zones, the import, DNC, and customers across channels."""
