"""The blameless wording coach: rules as data, one pack per language, and no Qt."""
