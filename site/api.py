"""The API router: one module that wires every endpoint.

Serialisation lives next to the models (``api_fields``) and blocks; this module only
registers endpoints.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
