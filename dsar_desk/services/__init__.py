"""Use cases: one per user action, one transaction each, every change audited."""
