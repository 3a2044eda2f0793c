"""The wording coach in the editor: underlines as you type, a tooltip, a context menu with
"Apply suggestion" and "Dismiss…", and a side panel listing every finding in the postmortem."""
