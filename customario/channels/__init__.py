"""Text channels: inbound SMS/e-mail webhooks and batching, the agent's replies, the outbox."""
