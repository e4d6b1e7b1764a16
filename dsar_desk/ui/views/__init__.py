"""Widgets that show the register, the dashboard and one case."""
