"""chatdesk: a native desktop chat client for OpenAI-compatible servers."""

__version__ = "0.1.0"
