"""The Causes step's parts: the factor table model, the five-whys editor, gentle notes."""
