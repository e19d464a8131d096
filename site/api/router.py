"""The API router: one module that wires every endpoint.

Serialisation lives next to the models (``api_fields``) and blocks
(``get_api_representation``); the endpoint modules say what each endpoint lists and how it
filters, and each exposes ``ENDPOINTS = [(url name, viewset), ...]`` registered here.
"""

from wagtail.api.v2.router import WagtailAPIRouter

from . import directory, events, media, pages, polls, preview

api_router = WagtailAPIRouter("wagtailapi")

for module in (pages, media, directory, events, polls, preview):
    for name, viewset in module.ENDPOINTS:
        api_router.register_endpoint(name, viewset)
