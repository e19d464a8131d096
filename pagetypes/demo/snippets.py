"""Demo association data (snippets): created in the default language, then translated."""

import datetime
from decimal import Decimal

from django.utils import timezone

from snippets.models import (
    BulletinSeries,
    Contact,
    Member,
    NavigationItem,
    NavigationMenu,
    Partner,
    Poll,
    PollChoice,
    Province,
    QuestionAnswer,
    QuestionTopic,
)

from .build import paragraphs
from .media import demo_image


def _decimal(value):
    return Decimal(str(value)) if value is not None else None


def _year(value):
    if value is None or isinstance(value, int):
        return value
    return datetime.date.fromisoformat(value).year


def province(item, text, ctx):
    return Province(name=text["name"])


def member(item, text, ctx):
    return Member(
        name=text["name"],
        address=text.get("address", ""),
        province=ctx.snippet("provinces", item["province"]),
        member_since=_year(item.get("member_since")),
        website=item.get("website", ""),
        email=item.get("email", ""),
        phone=item.get("phone", ""),
        population=item.get("population"),
        latitude=_decimal(item.get("latitude")),
        longitude=_decimal(item.get("longitude")),
    )


def partner(item, text, ctx):
    logo = item.get("logo")
    image = None
    if logo:
        image = demo_image(
            f"{text['name']} (logo)",
            logo["text"],
            logo["background"],
            logo["foreground"],
            ctx.collection,
        )
    return Partner(
        name=text["name"],
        kind=item.get("kind", "partner"),
        website=item.get("website", ""),
        weight=item.get("weight", 0),
        logo=image,
    )


def poll(item, text, ctx):
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    instance = Poll(
        question=text["question"],
        opens_at=now + datetime.timedelta(days=item.get("opens_in_days", -30)),
        closes_at=now + datetime.timedelta(days=item.get("closes_in_days", 60)),
        results_public=item.get("results_public", True),
    )
    instance.choices = [
        PollChoice(label=label, sort_order=index) for index, label in enumerate(text["choices"])
    ]
    return instance


def question_topic(item, text, ctx):
    return QuestionTopic(name=text["name"], weight=item.get("weight", 0))


def question(item, text, ctx):
    return QuestionAnswer(
        topic=ctx.snippet("topics", item["topic"]),
        question=text["question"],
        answer=paragraphs(text["answer"]),
    )


def contact(item, text, ctx):
    return Contact(
        name=text["name"],
        role=text.get("role", ""),
        organisation=text.get("organisation", ""),
        email=item.get("email", ""),
        phone=item.get("phone", ""),
    )


def bulletin_series(item, text, ctx):
    return BulletinSeries(name=text["name"], frequency=item.get("frequency", "monthly"))


def navigation_menu(item, text, ctx):
    menu = NavigationMenu(location=item["location"])
    menu.items = [
        NavigationItem(label=label, page=ctx.page(key), sort_order=index)
        for index, (label, key) in enumerate(zip(text["labels"], item["pages"], strict=True))
    ]
    return menu


# Order matters: a snippet is made after those it points to, so that wagtail-localize
# finds their translations when it translates it.
BUILDERS = [
    ("provinces", province, "name"),
    ("members", member, "name"),
    ("partners", partner, "name"),
    ("polls", poll, "question"),
    ("topics", question_topic, "name"),
    ("questions", question, "question"),
    ("contacts", contact, "name"),
    ("bulletin_series", bulletin_series, "name"),
]


def question_topics(questions, languages):
    """Topics are named inside each question in the data; make them items of their own."""
    topics, seen = [], {}
    for item in questions:
        names = {language: item[language]["topic"] for language in languages}
        key = names[languages[0]]
        if key not in seen:
            seen[key] = len(topics)
            topics.append(
                {
                    "key": key,
                    "weight": len(topics),
                    **{lang: {"name": n} for lang, n in names.items()},
                }
            )
        item["topic"] = key
    return topics
