"""Review Assistant: privacy-safe replies to online reviews, approved in Slack."""

__version__ = "0.1.0"
