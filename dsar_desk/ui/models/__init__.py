"""Qt models over the core\x27s plain row objects."""
