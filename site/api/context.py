"""Which association and which language an API request is about.

Every endpoint asks here, so the rules are the same everywhere: the association comes from
the Host header (or ``?site=<host>``, resolved by AssociationSiteMiddleware before any view
runs), and the language from ``?locale=``, which must be one the association publishes.
"""

from django.utils.translation import gettext as _
from rest_framework.exceptions import NotFound
from wagtail.models import Locale

from snippets.languages import normalise_language


def association(request):
    """The request's association (a Wagtail Site). The middleware has already answered 404
    for an unknown host, so a view only meets a missing site when called directly."""
    site = getattr(request, "_wagtail_site", None)
    if site is None:
        raise NotFound(_("No association is served at this address."))
    return site


def requested_language(request):
    """The canonical code of ``?locale=`` (any case, ``_`` or ``-``), the site's default
    when absent; 404 for a language this association does not publish."""
    languages = request.association_languages
    raw = request.GET.get("locale")
    if raw is None or raw == "":
        return languages.default
    code = normalise_language(raw)
    if code is None or code not in languages.codes:
        raise NotFound(
            _("This association does not publish in “%(locale)s”. It publishes in: %(codes)s.")
            % {"locale": raw, "codes": ", ".join(languages.codes)}
        )
    return code


def requested_locale(request):
    return Locale.objects.get(language_code=requested_language(request))
