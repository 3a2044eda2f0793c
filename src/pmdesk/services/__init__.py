"""Use cases: what a user does to a library, independent of any window."""
