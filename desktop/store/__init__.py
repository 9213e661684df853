"""The local store (SQLAlchemy); never imports Qt."""
