"""The pages endpoint."""

from wagtail.api.v2.views import PagesAPIViewSet

ENDPOINTS = [("pages", PagesAPIViewSet)]
