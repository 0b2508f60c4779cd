"""Escalation: the supervisor tool, help requests, notifications and the knowledge base."""
