"""The timeline editor's parts: its table model, event dialog, undo commands and labels."""
