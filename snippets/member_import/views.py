"""The member import in the admin: upload a CSV file, see what it would change, confirm.

Reached from the "Import from CSV" button on the Members listing and from the Member
directory menu (``MemberImportViewSet``). Nothing is written before the officer confirms a
preview without errors. The confirmation carries the file back signed (tied to the officer
and the association), and the plan is rebuilt and compared with the one previewed: a
crafted request cannot name another association or smuggle different rows in.
"""

import csv
import io

from django import forms
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.models import Site
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView

from ..forms import SITE_CHOICE
from ..models import Member, Province
from ..models.tenancy import sites_for_user
from .plan import apply_plan, build_plan, default_locale
from .reader import COLUMNS, MAX_BYTES, MAX_ROWS, REQUIRED, ImportFileError, parse, read_upload

MENU_HOOK = "register_member_directory_menu_item"
URL_NAMESPACE = "sabor_member_import"
TOKEN_SALT = "sabor.member_import"
TOKEN_MAX_AGE = 2 * 60 * 60
BOM = "\ufeff"


def user_may_import(user):
    return bool(
        user.is_active
        and user.has_perm("sabor_snippets.add_member")
        and user.has_perm("sabor_snippets.change_member")
    )


def import_sites(user):
    return sites_for_user(user).order_by("site_name", "hostname")


def members_url():
    return reverse(Member.snippet_viewset.get_url_name("list"))


class UploadForm(forms.Form):
    site = forms.ModelChoiceField(
        queryset=Site.objects.none(),
        label=gettext_lazy("Association"),
        error_messages={"invalid_choice": SITE_CHOICE},
    )
    file = forms.FileField(
        label=gettext_lazy("CSV file"),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv,text/plain"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        sites = list(import_sites(user))
        self.fields["site"].queryset = import_sites(user)
        if len(sites) == 1:
            # Nothing to choose; a crafted request naming another association still fails
            # this field's validation.
            self.fields["site"].initial = sites[0].pk
            self.fields["site"].widget = forms.HiddenInput()
        self.sites = sites


class ConfirmForm(forms.Form):
    token = forms.CharField(widget=forms.HiddenInput)
    digest = forms.CharField(widget=forms.HiddenInput)


def _token(user, site, filename, text):
    payload = {"user": user.pk, "site": site.pk, "name": filename, "text": text}
    return signing.dumps(payload, salt=TOKEN_SALT, compress=True)


def _payload(token, user):
    try:
        payload = signing.loads(token, salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(payload, dict) or payload.get("user") != user.pk:
        return None
    return payload


class MemberImportView(WagtailAdminTemplateMixin, View):
    template_name = "sabor_snippets/member_import/import.html"
    page_title = gettext_lazy("Import members")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not user_may_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": members_url(), "label": capfirst(Member._meta.verbose_name_plural)},
            {"url": "", "label": self.get_page_title()},
        ]

    def render(self, **context):
        return self.render_to_response(self.get_context_data(**context))

    def get(self, request):
        return self.render(form=UploadForm(user=request.user))

    def get_context_data(self, **kwargs):
        form = kwargs.get("form")
        sites = form.sites if form is not None else []
        return super().get_context_data(
            columns=column_help(),
            max_bytes=MAX_BYTES,
            max_rows=MAX_ROWS,
            provinces=_provinces(sites[0]) if len(sites) == 1 else None,
            template_url=reverse(f"{URL_NAMESPACE}:template"),
            members_url=members_url(),
            **kwargs,
        )

    def post(self, request):
        if "token" in request.POST:
            return self.confirm(request)
        form = UploadForm(request.POST, request.FILES, user=request.user)
        if not form.is_valid():
            return self.render(form=form)
        site, upload = form.cleaned_data["site"], form.cleaned_data["file"]
        try:
            text = read_upload(upload)
            plan = build_plan(site, parse(text))
        except ImportFileError as error:
            form.add_error("file", error.message)
            return self.render(form=form)
        return self.preview(site, upload.name, text, plan)

    def preview(self, site, filename, text, plan):
        confirm_form = None
        if plan.is_valid and plan.has_changes:
            confirm_form = ConfirmForm(
                initial={
                    "token": _token(self.request.user, site, filename, text),
                    "digest": plan.digest,
                }
            )
        self.template_name = "sabor_snippets/member_import/preview.html"
        language = plan.locale.get_display_name()
        return self.render(
            plan=plan,
            site=site,
            filename=filename,
            language=language,
            confirm_form=confirm_form,
            upload_url=reverse(f"{URL_NAMESPACE}:upload"),
        )

    def confirm(self, request):
        form = ConfirmForm(request.POST)
        payload = _payload(form.data.get("token", ""), request.user) if form.is_valid() else None
        site = None
        if payload is not None:
            site = import_sites(request.user).filter(pk=payload.get("site")).first()
        if site is None:
            messages.error(
                request,
                _("This import has expired or cannot be confirmed. Upload the file again."),
            )
            return redirect(f"{URL_NAMESPACE}:upload")
        text, filename = payload["text"], payload.get("name", "")
        try:
            plan = build_plan(site, parse(text))
        except ImportFileError as error:
            messages.error(request, error.message)
            return redirect(f"{URL_NAMESPACE}:upload")
        if not plan.is_valid or plan.digest != form.cleaned_data["digest"]:
            messages.warning(
                request,
                _(
                    "The member directory changed after your preview. Check the changes "
                    "below again before you confirm."
                ),
            )
            return self.preview(site, filename, text, plan)
        try:
            created, updated = apply_plan(plan, request.user)
        except (IntegrityError, ValidationError):
            messages.error(
                request,
                _(
                    "Nothing was imported: the member directory changed during the import. "
                    "Upload the file again."
                ),
            )
            return redirect(f"{URL_NAMESPACE}:upload")
        messages.success(
            request,
            _("Import into %(association)s finished: %(created)d added, %(updated)d updated.")
            % {
                "association": site.site_name or site.hostname,
                "created": created,
                "updated": updated,
            },
        )
        return redirect(members_url())


def _provinces(site):
    locale = default_locale(site)
    return list(
        Province.objects.filter(site=site, locale=locale)
        .order_by("name")
        .values_list("name", flat=True)
    )


def column_help():
    """(column, label, help, required) for the upload screen's table of columns."""
    rows = []
    for column in COLUMNS:
        model_field = Member._meta.get_field(column)
        rows.append(
            (column, capfirst(model_field.verbose_name), model_field.help_text, column in REQUIRED)
        )
    return rows


def example_row(province_name):
    return [
        _("Example"),
        province_name or _("Province name"),
        "2005",
        "12345",
        "https://www.example.org",
        "office@example.org",
        "+000 00 000 000",
        _("1 Main Street"),
        "42.135408",
        "24.745290",
    ]


def template_view(request):
    """The CSV template: the header line and an example row that imports as it is (its
    province is one of the association's)."""
    if not user_may_import(request.user):
        raise PermissionDenied
    sites = import_sites(request.user)
    site_id = request.GET.get("site", "")
    site = (sites.filter(pk=site_id).first() if site_id.isdigit() else None) or sites.first()
    province = None
    if site is not None:
        province = (
            Province.objects.filter(site=site, locale=default_locale(site))
            .order_by("name")
            .values_list("name", flat=True)
            .first()
        )
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    writer.writerow(example_row(province))
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="members-template.csv"'
    return response


# --- Admin wiring ------------------------------------------------------------------------


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return user_may_import(request.user)


class MemberImportViewSet(ViewSet):
    """The import's URLs, and its entry in the Member directory menu (the group collects
    items registered with ``MENU_HOOK``)."""

    name = "member-import"
    url_namespace = URL_NAMESPACE
    icon = "upload"
    menu_label = gettext_lazy("Import members")
    menu_hook = MENU_HOOK
    menu_order = 300
    menu_item_class = ImportMenuItem

    def get_urlpatterns(self):
        return [
            path("", MemberImportView.as_view(), name="upload"),
            path("template.csv", template_view, name="template"),
        ]


class MemberIndexView(SnippetIndexView):
    """The Members listing, with an "Import from CSV" button for those who may import."""

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if user_may_import(self.request.user):
            buttons.append(
                HeaderButton(
                    _("Import from CSV"),
                    url=reverse(f"{URL_NAMESPACE}:upload"),
                    icon_name="upload",
                )
            )
        return buttons
