"""Schemas of the association data (site/api/directory.py, events.py, polls.py): their
representations are written by hand in each viewset's ``represent``, so their schemas are
written here, one function per endpoint, with enums taken from the models' choices. The
operations are in ``data_paths.py``."""

from django.conf import settings


def snippet_meta(build, type_name, **extra):
    return build.object(
        {
            "type": build.const(type_name),
            "detail_url": build.url(),
            **extra,
            "locale": build.ref("Locale"),
        }
    )


def choices(model_choices):
    return [value for value, _label in model_choices]


def member(build):
    return build.component(
        "Member",
        build.object(
            {
                "id": build.integer(),
                "meta": snippet_meta(build, "sabor_snippets.Member"),
                "name": build.string(),
                "province": build.object({"id": build.integer(), "name": build.string()}),
                "coordinates": build.nullable(
                    build.object({"latitude": build.number(), "longitude": build.number()}),
                    "WGS 84, or `null`.",
                ),
                "coat_of_arms": build.nullable(build.ref("Image")),
                "website": build.url(nullable=True),
                "email": build.string(nullable=True, format="email"),
                "phone": build.string(nullable=True),
                "address": build.string(nullable=True),
                "member_since": build.integer("A year.", nullable=True),
                "population": build.integer(nullable=True),
            },
            "A member municipality.",
        ),
    )


def event(build, *, detail):
    from pagetypes.models import EventPage

    text = build.string(nullable=True)
    properties = {
        "id": build.integer("The event page's id."),
        "meta": build.object(
            {
                "type": build.const("sabor_pagetypes.EventPage"),
                "detail_url": build.url(),
                "html_url": build.url(nullable=True),
                "html_path": build.string(
                    "The page's path with its language prefix, for the frontend's router.",
                    nullable=True,
                ),
                "slug": build.string(),
                "locale": build.ref("Locale"),
                "first_published_at": build.datetime(nullable=True),
            }
        ),
        "title": build.string(),
        "summary": text,
        "start": build.datetime("With the offset of the association's time zone."),
        "end": build.datetime("An all-day event ends at midnight after its last day."),
        "start_date": build.date("Local date."),
        "end_date": build.date("Local date, inclusive."),
        "all_day": build.boolean(),
        "time_zone": build.string("IANA: `Europe/Sofia`."),
        "kind": build.enum(choices(EventPage.Kind.choices)),
        "kind_label": build.string("The kind in the requested language."),
        "format": build.enum(choices(EventPage.Format.choices)),
        "format_label": build.string("The format in the requested language."),
        "venue": text,
        "address": text,
        "online_url": build.url(nullable=True),
        "organiser": text,
        "audience": text,
        "registration": build.object(
            {
                "url": build.url(nullable=True),
                "email": build.string(nullable=True, format="email"),
                "deadline": build.date(nullable=True),
            }
        ),
        "contact": build.object(
            {"email": build.string(nullable=True, format="email"), "phone": text}
        ),
        "is_past": build.boolean("Whether the event has ended."),
        "ics_url": build.url("The event as iCalendar."),
    }
    if detail:
        properties["body"] = build.block(EventPage._meta.get_field("body").stream_block)
        return build.component("EventDetail", build.object(properties, "An event with its body."))
    return build.component("Event", build.object(properties, "An event."))


def poll(build):
    return build.component(
        "Poll",
        build.object(
            {
                "id": build.integer(),
                "meta": snippet_meta(
                    build, "sabor_snippets.Poll", vote_url=build.url("POST a vote here.")
                ),
                "question": build.string(),
                "choices": build.array(
                    build.object({"id": build.integer(), "label": build.string()})
                ),
                "opens_at": build.datetime("With the association's offset."),
                "closes_at": build.datetime("With the association's offset."),
                "is_open": build.boolean(),
                "results_public": build.boolean(),
                "results": build.nullable(
                    build.array(
                        build.object({"choice": build.integer(), "votes": build.integer()})
                    ),
                    "Votes per choice, all languages added up; `null` unless public.",
                ),
                "total_votes": build.integer(nullable=True),
                "has_voted": build.boolean(
                    "Whether this visitor (the `sabor_voter` cookie) voted."
                ),
            },
            "A poll. Its translations are one poll: results add up every language.",
        ),
    )


def partner(build):
    from snippets.models import Partner

    return build.component(
        "Partner",
        build.object(
            {
                "id": build.integer(),
                "meta": snippet_meta(build, "sabor_snippets.Partner"),
                "name": build.string(),
                "kind": build.enum(choices(Partner.Kind.choices)),
                "kind_label": build.string(),
                "logo": build.nullable(build.ref("Image")),
                "website": build.url(nullable=True),
                "weight": build.integer("Lighter first."),
            },
            "A partner, donor or media outlet.",
        ),
    )


def topic(build, *, counted=False):
    properties = {"id": build.integer(), "name": build.string(), "weight": build.integer()}
    if counted:
        properties["question_count"] = build.integer()
        return build.component("QuestionTopicWithCount", build.object(properties))
    return build.component("QuestionTopic", build.object(properties))


def question(build):
    return build.component(
        "QuestionAnswer",
        build.object(
            {
                "id": build.integer(),
                "meta": snippet_meta(build, "sabor_snippets.QuestionAnswer"),
                "topic": topic(build),
                "question": build.string(),
                "answer": build.html("Frontend HTML, links resolved."),
            },
            "A question from municipal practice and its answer.",
        ),
    )


def navigation(build):
    from snippets.models import NavigationMenu

    item = build.object(
        {
            "label": build.string(),
            "url": build.url("The page's path with its language prefix, or an external URL."),
            "page_id": build.integer(
                "The linked page; `null` for an external link.", nullable=True
            ),
        }
    )
    return build.component(
        "Navigation",
        build.object(
            {location: build.array(item) for location in NavigationMenu.Location.values},
            "The association's menus in the requested language.",
        ),
    )


def site(build):
    text = build.string(nullable=True)
    return build.component(
        "Site",
        build.object(
            {
                "locale": build.ref("Locale"),
                "identity_language": build.nullable(
                    build.ref("Locale"), "The language of the name and address given."
                ),
                "name": build.string(),
                "short_name": build.string(),
                "legal_form": text,
                "seat": text,
                "address": text,
                "founded": build.date(nullable=True),
                "logo": build.nullable(build.ref("Image")),
                "email": build.string(nullable=True, format="email"),
                "phone": text,
                "website": build.url(nullable=True),
                "colours": build.object(
                    {
                        "primary": build.string(
                            "The website's main colour, `#RRGGBB`; `null` when not chosen.",
                            nullable=True,
                            pattern="^#[0-9a-fA-F]{6}$",
                        ),
                        "secondary": build.string(
                            "Accents, `#RRGGBB`; `null` when not chosen.",
                            nullable=True,
                            pattern="^#[0-9a-fA-F]{6}$",
                        ),
                    },
                    "Colours chosen in the association's settings. The frontend checks contrast.",
                ),
                "social_links": build.array(
                    build.object(
                        {"network": build.string(), "label": build.string(), "url": build.url()}
                    )
                ),
                "languages": build.array(
                    build.object({"code": build.ref("Locale"), "name": build.string()}),
                    "The languages the association publishes, the default first.",
                ),
                "default_language": build.ref("Locale"),
                "time_zone": build.string(
                    "IANA", enum=[name for name, _label in settings.SABOR_TIME_ZONES]
                ),
                "hostname": build.string(),
            },
            "The association: its identity in the requested language and its settings.",
        ),
    )
