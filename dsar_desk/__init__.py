"""DSAR Desk: a desktop case tool for GDPR data-subject requests."""

__version__ = "0.1.0"
