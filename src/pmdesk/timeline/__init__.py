"""Timeline logic without Qt: timestamp parsing, chat-log import, consistency checks."""
