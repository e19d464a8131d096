"""Blocks that show association data kept as snippets: partners, polls, questions.

The snippet models live in the ``sabor_snippets`` app and are referenced by name, so this
module imports before they exist. Their API representations read the fields the models
are expected to have (Partner: name, logo, website, kind; Poll: question, choices,
opens_at, closes_at, results_public, results(); QuestionAnswer: topic, question, answer;
QuestionTopic: name) and cope with any of them missing.
"""

from collections.abc import Mapping
from contextlib import suppress

from django.apps import apps
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from .api import image_representation, iso, request_from, rich_text_html, text_or_none
from .base import ValidatedStructBlock, first_instance

PARTNER_MODEL = "sabor_snippets.Partner"
POLL_MODEL = "sabor_snippets.Poll"
QUESTION_MODEL = "sabor_snippets.QuestionAnswer"
TOPIC_MODEL = "sabor_snippets.QuestionTopic"
QUESTION_LIMIT_DEFAULT = 20


def snippet_model(label):
    """The model for ``app_label.Model``, or ``None`` while it does not exist."""
    try:
        return apps.get_model(label)
    except LookupError:
        return None


def _localized(instance):
    """The instance in the visitor's language when the model is translatable."""
    return getattr(instance, "localized", instance)


def _choice_display(instance, field_name):
    """(stored value, label) of a field that may be a choice field or a foreign key."""
    value = getattr(instance, field_name, None)
    if value in (None, ""):
        return None, None
    if isinstance(value, models.Model):
        return value.pk, str(_localized(value))
    display = getattr(instance, f"get_{field_name}_display", None)
    return value, str(display() if callable(display) else value)


def partner_representation(partner, *, request=None):
    """A partner with its logo, for a logo wall."""
    if partner is None:
        return None
    partner = _localized(partner)
    name = getattr(partner, "name", None) or str(partner)
    kind, kind_label = _choice_display(partner, "kind")
    return {
        "id": partner.pk,
        "name": name,
        "logo": image_representation(getattr(partner, "logo", None), alt=name, request=request),
        "website": text_or_none(getattr(partner, "website", None)),
        "kind": kind,
        "kind_label": kind_label,
    }


def partner_schema(build):
    """The JSON of partner_representation, for the OpenAPI document (site/api/schema/)."""
    return build.component(
        "PartnerCard",
        build.object(
            {
                "id": build.integer(),
                "name": build.string(),
                "logo": build.nullable(build.ref("Image"), "The logo; its alt text is the name."),
                "website": build.url(nullable=True),
                "kind": build.string("donor, partner, media, member_organisation", nullable=True),
                "kind_label": build.string("The kind in the page's language.", nullable=True),
            },
            "A partner on a logo wall, in the page's language.",
        ),
    )


def _poll_choices(poll):
    choices = getattr(poll, "choices", None)
    if choices is None:
        return []
    items = choices.all() if hasattr(choices, "all") else choices
    result = []
    for choice in items:
        if isinstance(choice, Mapping):
            result.append({"id": choice.get("id"), "label": str(choice.get("label", ""))})
        else:
            label = getattr(choice, "label", None) or getattr(choice, "text", None) or choice
            result.append({"id": getattr(choice, "pk", None), "label": str(label)})
    return result


def _poll_is_open(poll, opens_at, closes_at):
    own = getattr(poll, "is_open", None)
    if own is not None:
        return bool(own() if callable(own) else own)
    now = timezone.now()
    return (opens_at is None or opens_at <= now) and (closes_at is None or now < closes_at)


def _poll_results(poll):
    """Votes per choice, when the poll publishes its results and can count them."""
    results = getattr(poll, "results", None)
    if not getattr(poll, "results_public", False) or not callable(results):
        return None
    return [
        {"id": result.choice.pk, "label": str(result.choice), "votes": result.votes}
        for result in results()
    ]


def poll_representation(poll, *, request=None):
    """A poll with its ordered choices, whether it takes votes now and, when public, its
    results (votes in every language added up)."""
    if poll is None:
        return None
    poll = _localized(poll)
    opens_at = getattr(poll, "opens_at", None)
    closes_at = getattr(poll, "closes_at", None)
    return {
        "id": poll.pk,
        "question": getattr(poll, "question", None) or str(poll),
        "choices": _poll_choices(poll),
        "opens_at": iso(opens_at),
        "closes_at": iso(closes_at),
        "is_open": _poll_is_open(poll, opens_at, closes_at),
        "results_public": bool(getattr(poll, "results_public", False)),
        "results": _poll_results(poll),
    }


def poll_schema(build):
    """The JSON of poll_representation, for the OpenAPI document (site/api/schema/)."""
    result = build.object(
        {"id": build.integer("The choice."), "label": build.string(), "votes": build.integer()}
    )
    return build.component(
        "PollCard",
        build.object(
            {
                "id": build.integer("The poll; vote at `/api/v2/polls/{id}/vote/`."),
                "question": build.string(),
                "choices": build.array(
                    build.object({"id": build.integer(), "label": build.string()})
                ),
                "opens_at": build.datetime(nullable=True),
                "closes_at": build.datetime(nullable=True),
                "is_open": build.boolean("Whether the poll takes votes now."),
                "results_public": build.boolean(),
                "results": build.nullable(
                    build.array(result),
                    "Votes per choice in every language added up; `null` unless public.",
                ),
            },
            "A poll in a page, in the page's language.",
        ),
    )


def question_representation(question, *, request=None):
    """A question and its answer as frontend HTML."""
    if question is None:
        return None
    question = _localized(question)
    topic, topic_label = _choice_display(question, "topic")
    return {
        "id": question.pk,
        "topic": topic,
        "topic_label": topic_label,
        "question": getattr(question, "question", None) or str(question),
        "answer": rich_text_html(getattr(question, "answer", None)),
    }


def question_schema(build):
    """The JSON of question_representation, for the OpenAPI document (site/api/schema/)."""
    return build.component(
        "QuestionCard",
        build.object(
            {
                "id": build.integer(),
                "topic": build.integer("The topic's id.", nullable=True),
                "topic_label": build.string("The topic's name.", nullable=True),
                "question": build.string(),
                "answer": build.html(),
            },
            "A question and its answer, in the page's language.",
        ),
    )


def questions_for_topic(topic, limit=None):
    """Questions on a topic in the active language (the topic's translations included)."""
    model = snippet_model(QUESTION_MODEL)
    if model is None or topic is None:
        return []
    from wagtail.models import DraftStateMixin, Locale, TranslatableMixin

    queryset = model._default_manager.all()
    if isinstance(topic, TranslatableMixin):
        # A question in another language points at that language's copy of the topic.
        queryset = queryset.filter(topic__translation_key=topic.translation_key)
    else:
        queryset = queryset.filter(topic=topic)
    if issubclass(model, TranslatableMixin):
        with suppress(Locale.DoesNotExist):
            queryset = queryset.filter(locale=Locale.get_active())
    if issubclass(model, DraftStateMixin):
        queryset = queryset.filter(live=True)
    if not model._meta.ordering:
        queryset = queryset.order_by("pk")
    return list(queryset[: limit or QUESTION_LIMIT_DEFAULT])


def topic_representation(topic):
    if topic is None:
        return None
    topic = _localized(topic)
    return {"id": topic.pk, "name": getattr(topic, "name", None) or str(topic)}


def topic_schema(build):
    """The JSON of topic_representation, for the OpenAPI document (site/api/schema/)."""
    return build.component(
        "QuestionTopicCard",
        build.object({"id": build.integer(), "name": build.string()}, "A topic of questions."),
    )


class PartnerLogosBlock(blocks.StructBlock):
    """A wall of partner and donor logos, each linking to the partner's site."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=150)
    partners = blocks.ListBlock(
        SnippetChooserBlock(PARTNER_MODEL, label=_("Partner")),
        label=_("Partners"),
        min_num=1,
    )

    def api_schema(self, build):
        """The JSON of get_api_representation, for the OpenAPI document (site/api/schema/)."""
        return build.struct(self, partners=build.array(partner_schema(build)))

    def get_api_representation(self, value, context=None):
        request = request_from(context)
        partners = [partner_representation(p, request=request) for p in value["partners"]]
        return {
            "title": text_or_none(value["title"]),
            "partners": [p for p in partners if p is not None],
        }

    def get_preview_value(self):
        partner = first_instance(PARTNER_MODEL)
        return self.normalize({"title": "Our partners", "partners": [partner] if partner else []})

    class Meta:
        icon = "group"
        label = _("Partner logos")
        description = _("Logos of partners and donors.")


class PollBlock(blocks.StructBlock):
    """A poll from the poll library, shown where the editor wants visitors to vote."""

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=150)
    poll = SnippetChooserBlock(POLL_MODEL, label=_("Poll"))

    def api_schema(self, build):
        return build.struct(self, poll=build.nullable(poll_schema(build)))

    def get_api_representation(self, value, context=None):
        return {
            "heading": text_or_none(value["heading"]),
            "poll": poll_representation(value["poll"], request=request_from(context)),
        }

    def get_preview_value(self):
        return self.normalize({"heading": "Have your say", "poll": first_instance(POLL_MODEL)})

    class Meta:
        icon = "radio-full"
        label = _("Poll")
        description = _("A poll visitors can vote in.")


class QuestionListBlock(ValidatedStructBlock):
    """Questions and answers: hand-picked, or all those on a topic.

    Pick questions for a fixed list, or choose a topic to show the questions published on
    it in the visitor's language (new ones appear without editing the page); not both.
    """

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=150)
    questions = blocks.ListBlock(
        SnippetChooserBlock(QUESTION_MODEL, label=_("Question")),
        label=_("Questions"),
    )
    topic = SnippetChooserBlock(TOPIC_MODEL, label=_("Topic"), required=False)
    limit = blocks.IntegerBlock(
        label=_("Maximum number"),
        required=False,
        min_value=1,
        max_value=50,
        help_text=_("For a topic: how many questions to show at most (default 20)."),
    )

    def validate(self, value):
        has_questions = any(value.get("questions") or [])
        topic = value.get("topic")
        if has_questions and topic:
            message = _("Pick questions or choose a topic, not both.")
            return {"questions": message, "topic": message}
        if not has_questions and not topic and not self.is_deferred_validation:
            message = _("Pick at least one question or choose a topic.")
            return {"questions": message, "topic": message}
        return {}

    def api_schema(self, build):
        return build.struct(
            self,
            drop=["limit"],
            topic=build.nullable(topic_schema(build), "The chosen topic, if any."),
            questions=build.array(
                question_schema(build),
                "The chosen questions, else the topic's questions in the page's language.",
            ),
        )

    def get_api_representation(self, value, context=None):
        request = request_from(context)
        chosen = [q for q in value["questions"] if q is not None]
        topic = value["topic"]
        if not chosen and topic is not None:
            chosen = questions_for_topic(topic, value["limit"])
        return {
            "heading": text_or_none(value["heading"]),
            "topic": topic_representation(topic),
            "questions": [question_representation(q, request=request) for q in chosen],
        }

    def get_preview_value(self):
        question = first_instance(QUESTION_MODEL)
        return self.normalize(
            {
                "heading": "Frequently asked questions",
                "questions": [question] if question else [],
                "topic": None,
                "limit": None,
            }
        )

    class Meta:
        icon = "help"
        label = _("Questions and answers")
        description = _("Chosen questions, or all questions on a topic.")


def contact_representation(contact, *, request=None):
    """A person or office from the address book, in the page's language."""
    if contact is None:
        return None
    contact = _localized(contact)
    return {
        "id": contact.pk,
        "name": contact.name,
        "role": text_or_none(getattr(contact, "role", None)),
        "organisation": text_or_none(getattr(contact, "organisation", None)),
        "email": text_or_none(getattr(contact, "email", None)),
        "phone": text_or_none(getattr(contact, "phone", None)),
    }


def contact_schema(build):
    """The JSON of contact_representation, for the OpenAPI document (site/api/schema/)."""
    return build.component(
        "ContactCard",
        build.object(
            {
                "id": build.integer(),
                "name": build.string(),
                "role": build.string(nullable=True),
                "organisation": build.string(nullable=True),
                "email": build.string(nullable=True),
                "phone": build.string(nullable=True),
            },
            "A contact from the association's address book, in the page's language.",
        ),
    )


def series_representation(series, *, request=None):
    """A bulletin series: its name and how often it appears, in the page's language."""
    if series is None:
        return None
    series = _localized(series)
    frequency, frequency_label = _choice_display(series, "frequency")
    return {
        "id": series.pk,
        "name": series.name,
        "frequency": frequency,
        "frequency_label": frequency_label,
    }


def series_schema(build):
    """The JSON of series_representation, for the OpenAPI document (site/api/schema/)."""
    return build.component(
        "BulletinSeriesCard",
        build.object(
            {
                "id": build.integer(),
                "name": build.string(),
                "frequency": build.string(nullable=True),
                "frequency_label": build.string("In the page's language.", nullable=True),
            },
            "A bulletin series, in the page's language.",
        ),
    )
