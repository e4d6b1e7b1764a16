"""Tabular and printable exports (Qt-free): the monthly request log, its KPIs and files."""
