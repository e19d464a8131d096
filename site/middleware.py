"""Request routing by association: which site (from the Host) and which language (from
the site's published languages)."""

from django.conf import settings
from django.http import Http404, JsonResponse
from django.middleware.locale import LocaleMiddleware
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _

from . import hosts


def is_hostless(path):
    return path.startswith(settings.SABOR_HOSTLESS_PATHS)


def is_api(path):
    return path.startswith("/api/")


def is_language_prefixed(path):
    """Paths served under i18n_patterns: everything but the API and the host-less paths."""
    return not (is_api(path) or is_hostless(path))


class AssociationSiteMiddleware:
    """Finds the association for the Host header, strictly.

    On an unknown host, every association path answers 404 and never another association's
    content. The admin, static and media files are served on any host.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        host = request.get_host()
        if is_api(request.path_info) and request.GET.get("site"):
            # A frontend on its own host names the association it renders.
            host = request.GET["site"]
        entry = hosts.entry_for_host(host)
        if entry is not None:
            # Wagtail's Site.find_for_request reads this attribute before it queries.
            request._wagtail_site = entry.site
            request.association_languages = entry.languages
        elif not is_hostless(request.path_info):
            return unknown_host_response(request)
        else:
            request.association_languages = None
        return self.get_response(request)


def unknown_host_response(request):
    # The locale middleware has not run: speak the visitor's language, not whatever the
    # worker's previous request left active.
    translation.activate(translation.get_language_from_request(request))
    if is_api(request.path_info):
        message = _("No association is served at this address.")
        return JsonResponse({"message": message}, status=404)
    context = {"host": request.get_host()}
    if settings.DEBUG:
        from wagtail.models import Site

        context["sites"] = Site.objects.order_by("hostname")
    return render(request, "sabor/unknown_host.html", context, status=404)


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, limited to the languages the request's site publishes.

    - A language prefix the site does not publish is a 404, not another language's page.
    - A path without prefix picks among the site's languages by Accept-Language, else the
      site's default.
    - Only language-prefixed paths are redirected: the stock middleware turns any 404 into
      a redirect to ``/<lang>/<path>`` when that resolves, which with Wagtail's catch-all
      page route is every API 404.
    """

    def process_request(self, request):
        site_languages = getattr(request, "association_languages", None)
        path = request.path_info
        if site_languages is None or not is_language_prefixed(path):
            super().process_request(request)
            return
        from_path = translation.get_language_from_path(path)
        if from_path:
            if from_path not in site_languages:
                translation.activate(site_languages.default)
                raise Http404(_("This site does not publish in this language."))
            language = from_path
        else:
            accepted = [
                code
                for code, _q in translation.trans_real.parse_accept_lang_header(
                    request.headers.get("Accept-Language", "")
                )
            ]
            language = site_languages.pick(accepted)
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()

    def process_response(self, request, response):
        if is_language_prefixed(request.path_info):
            return super().process_response(request, response)
        response.headers.setdefault("Content-Language", translation.get_language())
        return response
