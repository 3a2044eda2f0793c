"""pmdesk: blameless incident postmortems, written offline in English and French."""

__version__ = "0.1.0"
