"""wagtail-localize's "Translate" screens, offering only the languages the object's
association publishes (stock offers every locale of the installation)."""

from wagtail_localize.views import submit_translations

from .languages import languages_for_site
from .models.tenancy import site_of_page


class SiteLanguagesMixin:
    def association_site(self):
        raise NotImplementedError

    def get_form(self):
        form = super().get_form()
        site = self.association_site()
        if site is not None:
            codes = languages_for_site(site).codes
            field = form.fields["locales"]
            field.queryset = field.queryset.filter(language_code__in=codes)
        return form


class SubmitPageTranslationView(SiteLanguagesMixin, submit_translations.SubmitPageTranslationView):
    def association_site(self):
        return site_of_page(self.object)


class SubmitSnippetTranslationView(
    SiteLanguagesMixin, submit_translations.SubmitSnippetTranslationView
):
    def association_site(self):
        return getattr(self.object, "site", None)
