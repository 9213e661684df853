"""The team store: the same models and migrations on a PostgreSQL server shared by a 督查室 (issue 17)."""
