"""Sabor's reference frontend: a separate process that reads the CMS only over HTTP."""
