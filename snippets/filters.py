"""Admin listing filters for association data."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.models import Site

from .models import Member, Partner, Province, QuestionAnswer, QuestionTopic


def _sites(request):
    return Site.objects.order_by("site_name", "hostname")


class AssociationFilterSet(WagtailFilterSet):
    """Base for listings of association-owned data: filter by association (and, added by
    Wagtail for translatable models, by language)."""

    site = django_filters.ModelChoiceFilter(label=_("Association"), queryset=_sites)


class MemberFilterSet(AssociationFilterSet):
    province = django_filters.ModelChoiceFilter(
        label=_("Province"),
        queryset=lambda request: Province.objects.select_related("locale").order_by("name"),
    )

    class Meta:
        model = Member
        fields = ["site", "province"]


class PartnerFilterSet(AssociationFilterSet):
    class Meta:
        model = Partner
        fields = ["site", "kind"]


class QuestionAnswerFilterSet(AssociationFilterSet):
    topic = django_filters.ModelChoiceFilter(
        label=_("Topic"),
        queryset=lambda request: QuestionTopic.objects.order_by("weight", "name"),
    )

    class Meta:
        model = QuestionAnswer
        fields = ["site", "topic"]
