"""Modules generated from forms/*.ui by packaging/compile_forms.py; do not edit."""
