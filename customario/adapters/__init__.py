"""Adapters to provider SDKs: LiveKit's server API (livekit_api) and Anthropic (anthropic)."""
