"""The guided wizard: one page per step of a postmortem, in an editor window."""
