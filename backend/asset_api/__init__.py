"""Asset-API: access keys, bearer tokens and investment asset data over REST."""

__version__ = "0.1.0"
