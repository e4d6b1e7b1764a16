"""Keys and secrets for the case store: the OS keyring, passphrases, recovery keys (Qt-free)."""
