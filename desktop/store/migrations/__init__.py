"""Alembic migrations, shipped inside the package so a frozen app can run them from anywhere."""
