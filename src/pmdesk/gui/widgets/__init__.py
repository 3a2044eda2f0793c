"""Reusable widgets: Markdown editor, safe rich-text views."""
