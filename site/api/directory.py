"""The association's directory: members, partners, questions and answers, navigation menus
and the association's own settings, each for the request's association and language."""

from django.conf import settings
from django.db.models import Count, Prefetch
from django.urls import path
from rest_framework.response import Response
from wagtail.models import Page

from blocks.api import image_representation, iso, number, rich_text_html, text_or_none
from snippets.models import (
    AssociationSettings,
    Member,
    NavigationItem,
    NavigationMenu,
    Partner,
    QuestionAnswer,
    QuestionTopic,
)

from .context import requested_language
from .filters import (
    AssociationAPIViewSet,
    MemberFilterSet,
    PartnerFilterSet,
    QuestionFilterSet,
    SingleObjectAPIViewSet,
    association_zone,
)

LANGUAGE_NAMES = dict(settings.WAGTAIL_CONTENT_LANGUAGES)


class SnippetAPIViewSet(AssociationAPIViewSet):
    """An association-owned snippet model: the association's objects in its languages."""

    def base_queryset(self):
        return self.model.objects.for_site(self.association).filter(
            locale__language_code__in=self.published_languages()
        )

    def meta(self, obj):
        return {
            "type": f"{obj._meta.app_label}.{type(obj).__name__}",
            "detail_url": self.detail_url(obj.pk),
            "locale": obj.locale.language_code,
        }


# --- Members ----------------------------------------------------------------------------


class MembersAPIViewSet(SnippetAPIViewSet):
    name = "members"
    model = Member
    filterset_class = MemberFilterSet

    def base_queryset(self):
        return (
            super()
            .base_queryset()
            .select_related("province", "coat_of_arms", "locale")
            .prefetch_related("coat_of_arms__renditions")
            .order_by("name", "pk")
        )

    def represent(self, member):
        has_coordinates = member.latitude is not None and member.longitude is not None
        return {
            "id": member.pk,
            "meta": self.meta(member),
            "name": member.name,
            "province": {"id": member.province_id, "name": member.province.name},
            "coordinates": (
                {"latitude": number(member.latitude), "longitude": number(member.longitude)}
                if has_coordinates
                else None
            ),
            "coat_of_arms": image_representation(member.coat_of_arms, request=self.request),
            "website": text_or_none(member.website),
            "email": text_or_none(member.email),
            "phone": text_or_none(member.phone),
            "address": text_or_none(member.address),
            "member_since": member.member_since,
            "population": member.population,
        }


# --- Partners ---------------------------------------------------------------------------


class PartnersAPIViewSet(SnippetAPIViewSet):
    name = "partners"
    model = Partner
    filterset_class = PartnerFilterSet

    def base_queryset(self):
        return (
            super()
            .base_queryset()
            .select_related("logo", "locale")
            .prefetch_related("logo__renditions")
            .order_by("weight", "name", "pk")
        )

    def represent(self, partner):
        return {
            "id": partner.pk,
            "meta": self.meta(partner),
            "name": partner.name,
            "kind": partner.kind,
            "kind_label": str(partner.get_kind_display()),
            "logo": image_representation(partner.logo, request=self.request),
            "website": text_or_none(partner.website),
            "weight": partner.weight,
        }


# --- Questions and answers --------------------------------------------------------------


def topic_representation(topic):
    return {"id": topic.pk, "name": topic.name, "weight": topic.weight}


class QuestionsAPIViewSet(SnippetAPIViewSet):
    """Questions and answers, in their topics' order (``?topic=<id>`` for one topic);
    ``/api/v2/questions/topics/`` lists the topics with their number of questions."""

    name = "questions"
    model = QuestionAnswer
    filterset_class = QuestionFilterSet

    def base_queryset(self):
        return (
            super()
            .base_queryset()
            .select_related("topic", "locale")
            .order_by("topic__weight", "topic__name", "question", "pk")
        )

    def represent(self, item):
        return {
            "id": item.pk,
            "meta": self.meta(item),
            "topic": topic_representation(item.topic),
            "question": item.question,
            "answer": rich_text_html(item.answer),
        }

    def allowed_query_parameters(self):
        if self.action == "topics_view":
            return self.detail_query_parameters
        return super().allowed_query_parameters()

    def topics_view(self, request):
        self.check_query_parameters()
        topics = (
            QuestionTopic.objects.for_site(self.association)
            .filter(locale=self.requested_locale())
            .annotate(question_count=Count("questions"))
            .order_by("weight", "name", "pk")
        )
        items = [
            {**topic_representation(topic), "question_count": topic.question_count}
            for topic in topics
        ]
        return Response({"meta": {"total_count": len(items)}, "items": items})

    @classmethod
    def extra_urlpatterns(cls):
        return [path("topics/", cls.as_view({"get": "topics_view"}), name="topics")]


# --- Navigation -------------------------------------------------------------------------


class NavigationAPIViewSet(SingleObjectAPIViewSet):
    """``{"main": [...], "footer": [...]}``: the association's menus in the requested
    language. A page item links to the page's translation in that language (the page
    itself when it has none); an item whose page is not published is left out."""

    name = "navigation"
    model = NavigationMenu

    def document(self):
        locale = self.requested_locale()
        items = NavigationItem.objects.order_by("sort_order", "pk")
        menus = (
            NavigationMenu.objects.for_site(self.association)
            .filter(locale=locale)
            .prefetch_related(Prefetch("items", queryset=items))
        )
        menus = list(menus)
        page_ids = {item.page_id for menu in menus for item in menu.items.all() if item.page_id}
        pages = self.localized_pages(page_ids, locale)
        document = {location: [] for location in NavigationMenu.Location.values}
        for menu in menus:
            for item in menu.items.all():
                entry = self.item(item, pages)
                if entry is not None:
                    document.setdefault(menu.location, []).append(entry)
        return document

    def localized_pages(self, page_ids, locale):
        """``{linked page id: live page to link to}``, in ``locale`` where translated."""
        if not page_ids:
            return {}
        linked = dict(Page.objects.filter(pk__in=page_ids).values_list("pk", "translation_key"))
        candidates = Page.objects.live().filter(translation_key__in=set(linked.values()))
        by_key = {}
        for page in candidates:
            if page.locale_id == locale.pk:
                by_key[page.translation_key] = page
        for page in candidates:
            if page.pk in linked:
                by_key.setdefault(page.translation_key, page)
        return {pk: by_key[key] for pk, key in linked.items() if key in by_key}

    def item(self, item, pages):
        if item.page_id is None:
            return {"label": item.label, "url": item.url, "page_id": None}
        page = pages.get(item.page_id)
        if page is None:
            return None
        return {"label": item.label, "url": page.get_url(self.request), "page_id": page.pk}


# --- The association --------------------------------------------------------------------


class SiteAPIViewSet(SingleObjectAPIViewSet):
    """The association's identity in the requested language (its name and address as
    written in that language, else in its default language) and its language-neutral
    settings."""

    name = "site"
    model = AssociationSettings

    def document(self):
        language = requested_language(self.request)
        association = (
            AssociationSettings.objects.select_related("logo")
            .prefetch_related("identities", "social_links", "logo__renditions")
            .get(pk=AssociationSettings.for_request(self.request).pk)
        )
        identity = association.identity(language)
        languages = self.request.association_languages
        return {
            "locale": language,
            "identity_language": identity.language if identity else None,
            "name": identity.name if identity else self.association.site_name,
            "short_name": identity.short_name if identity else self.association.site_name,
            "legal_form": text_or_none(identity.legal_form) if identity else None,
            "seat": text_or_none(identity.seat) if identity else None,
            "address": text_or_none(identity.address) if identity else None,
            "founded": iso(association.founded),
            "logo": image_representation(association.logo, request=self.request),
            "email": text_or_none(association.email),
            "phone": text_or_none(association.phone),
            "website": text_or_none(association.website),
            "colours": {
                "primary": text_or_none(association.primary_colour),
                "secondary": text_or_none(association.secondary_colour),
            },
            "social_links": [
                {"network": link.network, "label": str(link.get_network_display()), "url": link.url}
                for link in association.social_links.all()
            ],
            "languages": [
                {"code": code, "name": LANGUAGE_NAMES.get(code, code)} for code in languages.codes
            ],
            "default_language": languages.default,
            "time_zone": association_zone(self.request).key,
            "hostname": self.association.hostname,
        }


ENDPOINTS = [
    ("members", MembersAPIViewSet),
    ("partners", PartnersAPIViewSet),
    ("questions", QuestionsAPIViewSet),
    ("navigation", NavigationAPIViewSet),
    ("site", SiteAPIViewSet),
]
