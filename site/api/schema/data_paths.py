"""The association data endpoints' operations: parameters from each viewset, responses
with the schemas of ``data.py``."""

from . import parameters
from .data import event, member, navigation, partner, poll, question, site, topic
from .operations import errors, json_response, ok, operation, path_id
from .shared import listing


def allowed(viewset_class, action):
    viewset = viewset_class()
    viewset.action = action
    return viewset.allowed_query_parameters()


def params(catalogue, viewset_class, action, endpoint):
    return parameters.for_names(
        catalogue,
        allowed(viewset_class, action),
        endpoint=endpoint,
        filterset=viewset_class.filterset_class,
    )


CALENDAR = {"text/calendar": {"schema": {"type": "string"}}}


def paths(build, catalogue):
    from ..directory import (
        MembersAPIViewSet,
        NavigationAPIViewSet,
        PartnersAPIViewSet,
        QuestionsAPIViewSet,
        SiteAPIViewSet,
    )
    from ..events import EventsAPIViewSet
    from ..polls import PollsAPIViewSet

    result = {}

    def collection(
        endpoint,
        viewset,
        item,
        *,
        summary,
        description,
        detail_item=None,
        tag="association data",
        extra_meta=None,
    ):
        title = endpoint.capitalize()
        result[f"/api/v2/{endpoint}/"] = {
            "get": operation(
                f"list{title}",
                summary,
                tags=[tag],
                description=description,
                parameters=params(catalogue, viewset, "listing_view", endpoint),
                responses={
                    "200": ok(
                        build, "A page of results.", listing(build, item, extra_meta=extra_meta)
                    ),
                    **errors(build, "400", "404"),
                },
            )
        }
        result[f"/api/v2/{endpoint}/{{id}}/"] = {
            "get": operation(
                f"get{title}Item",
                f"One of {endpoint}, in any language the association publishes",
                tags=[tag],
                parameters=[
                    path_id("The id."),
                    *params(catalogue, viewset, "detail_view", endpoint),
                ],
                responses={
                    "200": ok(build, "The item.", detail_item or item),
                    **errors(build, "400", "404"),
                },
            )
        }

    collection(
        "members",
        MembersAPIViewSet,
        member(build),
        summary="The association's member municipalities",
        description="By name unless `ordering`.",
    )
    collection(
        "events",
        EventsAPIViewSet,
        event(build, detail=False),
        detail_item=event(build, detail=True),
        summary="The association's events",
        description="Upcoming events first (soonest first), then past ones (latest first), "
        "unless `order`.",
        extra_meta={"feed_url": build.url("This listing's iCalendar feed.")},
    )
    result["/api/v2/events/feed.ics"] = {
        "get": operation(
            "eventsFeed",
            "The events as an iCalendar feed (RFC 5545)",
            tags=["association data"],
            description="The listing's filters, without paging. One VTIMEZONE for the "
            "association's zone; UID `<translation key>-<language>@<host>`.",
            parameters=params(catalogue, EventsAPIViewSet, "feed_view", "events"),
            responses={
                "200": {"description": "`text/calendar; charset=utf-8`", "content": CALENDAR},
                **errors(build, "400", "404"),
            },
        )
    }
    result["/api/v2/events/{id}/event.ics"] = {
        "get": operation(
            "eventIcs",
            "One event as iCalendar (RFC 5545)",
            tags=["association data"],
            parameters=[
                path_id("The event page's id."),
                *params(catalogue, EventsAPIViewSet, "event_ics_view", "events"),
            ],
            responses={
                "200": {"description": "`text/calendar; charset=utf-8`", "content": CALENDAR},
                **errors(build, "400", "404"),
            },
        )
    }
    poll_schema = poll(build)
    collection(
        "polls",
        PollsAPIViewSet,
        poll_schema,
        summary="The association's polls",
        description="Latest opening first. Not cached: `has_voted` is per visitor.",
    )
    result["/api/v2/polls/{id}/vote/"] = {
        "post": operation(
            "votePoll",
            "Vote in a poll",
            tags=["association data"],
            description="One vote per visitor and poll (in any of its languages), recognised "
            "by the signed cookie `sabor_voter` set on the first vote. docs/api.md, Voting.",
            parameters=[
                path_id("The poll's id."),
                *params(catalogue, PollsAPIViewSet, "vote_view", "polls"),
            ],
            request_body={
                "required": True,
                "content": {
                    "application/json": {
                        "schema": build.object(
                            {"choice": build.integer("The id of one of the poll's choices.")}
                        )
                    }
                },
            },
            responses={
                "201": json_response("Counted: the poll with its updated results.", poll_schema),
                **errors(
                    build,
                    "400",
                    "404",
                    e403="The poll is not open yet, or closed.",
                    e409="This visitor has already voted in this poll (in any language).",
                    e415="The body was not sent as `Content-Type: application/json`.",
                ),
            },
        )
    }
    result["/api/v2/polls/{id}/vote/"]["post"]["responses"]["400"]["description"] = (
        "The body is not a JSON object with `choice`, or `choice` is not a choice of this "
        "poll (`errors.choice`); or an unknown query parameter."
    )
    collection(
        "partners",
        PartnersAPIViewSet,
        partner(build),
        summary="The association's partners, donors and media",
        description="By weight (lightest first), then name.",
    )
    collection(
        "questions",
        QuestionsAPIViewSet,
        question(build),
        summary="Questions and answers",
        description="In the topics' order (weight, then name), then by question.",
    )
    result["/api/v2/questions/topics/"] = {
        "get": operation(
            "listQuestionTopics",
            "The topics of questions, with their number of questions",
            tags=["association data"],
            parameters=params(catalogue, QuestionsAPIViewSet, "topics_view", "questions"),
            responses={
                "200": ok(build, "Every topic.", listing(build, topic(build, counted=True))),
                **errors(build, "400", "404"),
            },
        )
    }
    for endpoint, viewset, schema, summary in (
        ("navigation", NavigationAPIViewSet, navigation(build), "The association's menus"),
        ("site", SiteAPIViewSet, site(build), "The association itself"),
    ):
        result[f"/api/v2/{endpoint}/"] = {
            "get": operation(
                f"get{endpoint.capitalize()}",
                summary,
                tags=["association data"],
                parameters=params(catalogue, viewset, "listing_view", endpoint),
                responses={"200": ok(build, summary + ".", schema), **errors(build, "400", "404")},
            )
        }
    return result
