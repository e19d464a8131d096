"""The API's OpenAPI 3.1 document (``/api/schema/``) and its HTML rendering
(``/api/docs/``), built from the definitions: blocks declare ``api_schema``, page fields
come from ``api_fields`` through the endpoints' serializers, the data endpoints' schemas
are in ``data.py``. docs/openapi.md explains how to extend it."""

from .document import build_document, document
from .views import docs_view, schema_view

__all__ = ["build_document", "docs_view", "document", "schema_view"]
