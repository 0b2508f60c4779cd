"""customario: an open toolkit for AI voice campaigns.

Importing this package is cheap on purpose: the CLI starts without livekit, anthropic or pandas.
"""

__version__ = "0.1.0"
