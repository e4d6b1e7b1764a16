"""Small dialogs: intake, case actions, settings."""
