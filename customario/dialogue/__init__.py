"""Dialogue without livekit: offline policies, the survey flow, answer normalisation, spoken forms, intents, tools."""
