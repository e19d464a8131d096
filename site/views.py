"""Error views: the API answers in JSON, everything else in HTML."""

from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.defaults import page_not_found


def not_found(request, exception=None):
    if request.path_info.startswith("/api/"):
        return JsonResponse({"message": _("Not found.")}, status=404)
    return page_not_found(request, exception)
