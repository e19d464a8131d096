"""Sabor's public JSON API (Wagtail API v2 conventions)."""
