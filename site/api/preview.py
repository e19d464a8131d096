"""``/api/v2/page_preview/?content_type=app_label.model&token=…``: a draft as the frontend
would see it once published.

The admin's Preview button (wagtail-headless-preview) stores the draft with a signed,
timestamped token and opens the frontend's preview page with it; the frontend asks this
endpoint for the page and renders it like a live one. The answer has the same JSON shape
as ``/api/v2/pages/<id>/``.

- The token must be one the admin signed, younger than ``SABOR_PREVIEW_TOKEN_MAX_AGE``
  seconds, and stored for that page type: otherwise 403, the same for a forged, expired or
  unknown token.
- The draft must belong to the association of the request's host: another association's
  token is a 403 too.
- Never cached: ``Cache-Control: private, no-store``.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.signing import BadSignature, SignatureExpired, TimestampSigner
from django.urls import path
from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.exceptions import PermissionDenied
from rest_framework.response import Response
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Page
from wagtail_headless_preview.models import PagePreview

from snippets.models.tenancy import site_of_page

from .context import association
from .pages import SaborPagesAPIViewSet


class PreviewRefused(PermissionDenied):
    pass


class PagePreviewAPIViewSet(SaborPagesAPIViewSet):
    known_query_parameters = frozenset({"content_type", "token"})

    @classmethod
    def get_urlpatterns(cls):
        # Only the listing route: a preview is named by its token, not by an id or a path.
        return [path("", cls.as_view({"get": "listing_view"}), name="listing")]

    def handle_exception(self, exc):
        if isinstance(exc, PreviewRefused):
            return Response({"message": str(exc.detail)}, status=status.HTTP_403_FORBIDDEN)
        return super().handle_exception(exc)

    def check_query_parameters(self, queryset):
        unknown = set(self.request.GET) - self.known_query_parameters - {"site"}
        if unknown:
            raise BadRequestError(
                _("Unknown query parameter: %(parameters)s.")
                % {"parameters": ", ".join(sorted(unknown))}
            )
        for parameter in ("content_type", "token"):
            if not self.request.GET.get(parameter):
                raise BadRequestError(_("%(parameter)s is required.") % {"parameter": parameter})

    def listing_view(self, request):
        self.check_query_parameters(None)
        page = self.get_object()
        # The draft in the shape of a page detail, not of a listing item.
        self.action = "detail_view"
        serializer = self.get_serializer(page)
        response = Response(serializer.data)
        response["Cache-Control"] = "private, no-store"
        response["Content-Language"] = page.locale.language_code
        return response

    def preview_model(self):
        raw = self.request.GET["content_type"]
        app_label, _dot, model_name = raw.partition(".")
        content_type = ContentType.objects.filter(
            app_label=app_label, model=model_name.lower()
        ).first()
        model = content_type.model_class() if content_type else None
        if model is None or not issubclass(model, Page):
            raise BadRequestError(_("content_type: “%(type)s” is not a page type.") % {"type": raw})
        return content_type, model

    def get_object(self):
        if hasattr(self, "_cached_object"):
            return self._cached_object
        content_type, model = self.preview_model()
        token = self.request.GET["token"]
        refused = PreviewRefused(
            _("This preview link is not valid or has expired. Open the preview again.")
        )
        try:
            TimestampSigner(salt="headlesspreview.token").unsign(
                token, max_age=settings.SABOR_PREVIEW_TOKEN_MAX_AGE
            )
        except (BadSignature, SignatureExpired):
            raise refused from None
        stored = PagePreview.objects.filter(content_type=content_type, token=token).first()
        if stored is None:
            raise refused
        page = stored.as_page()
        site = site_of_page(page)
        if site is None or site.pk != association(self.request).pk:
            raise refused
        if not page.pk:
            # A page not saved yet: the API's URLs need a number.
            page.pk = page.id = 0
        self._cached_object = page
        return page


ENDPOINTS = [("page_preview", PagePreviewAPIViewSet)]
