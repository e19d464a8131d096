"""Demo data (one language's texts plus language-neutral facts) to page field values.

Each builder returns the keyword arguments for the page model: plain values, StreamField
raw data (``[{"type": ..., "value": ...}]``) and lists of child objects for inline panels.
"""

import datetime
import uuid
from decimal import Decimal

from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify

from .. import models as m
from .media import demo_document


def paragraphs(texts):
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def bullet_list(items):
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>" if items else ""


def paragraph_blocks(texts):
    return [{"type": "paragraph", "value": f"<p>{escape(text)}</p>"} for text in texts]


def list_items(values):
    """ListBlock raw data in Wagtail's block format (items with ids). wagtail-localize
    skips list items stored in the older plain-list format, so their text would never be
    offered for translation."""
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def days_from_today(days):
    return timezone.localdate() + datetime.timedelta(days=days)


def parse_date(value):
    return datetime.date.fromisoformat(value) if value else None


def parse_time(value):
    return datetime.time.fromisoformat(value) if value else None


def person(data):
    return {
        "name": data["name"],
        "role": data.get("role", ""),
        "organisation": data.get("organisation", ""),
        "photo": None,
        "bio": "",
    }


def base(text):
    return {"title": text["title"], "slug": text["slug"]}


def intro_only(text, facts, ctx):
    return {**base(text), "intro": text.get("intro", "")}


def about_page(text, facts, ctx):
    years = facts.get("former_names", [])
    return {
        **base(text),
        "intro": text.get("intro", ""),
        "founded": parse_date(facts.get("founded")),
        "seat": text.get("seat", ""),
        "legal_form": text.get("legal_form", ""),
        "mission": paragraphs(text.get("mission", [])),
        "goals": [
            {
                "type": "goal",
                "value": {"title": goal.get("title", ""), "text": paragraphs([goal["text"]])},
            }
            for goal in text.get("goals", [])
        ],
        "body": paragraph_blocks(text.get("body", [])),
        "former_names": [
            m.FormerName(name=former["name"], sort_order=index, **years[index])
            for index, former in enumerate(text.get("former_names", []))
        ],
    }


def programme_page(text, facts, ctx):
    neutral_directions = facts.get("directions", [])
    directions = []
    for index, direction in enumerate(text.get("directions", [])):
        statuses = neutral_directions[index]["activities"] if neutral_directions else []
        directions.append(
            {
                "type": "direction",
                "value": {
                    "title": direction["title"],
                    "summary": paragraphs([direction["summary"]])
                    if direction.get("summary")
                    else "",
                    "activities": list_items(
                        {
                            "text": paragraphs([activity["text"]]),
                            "responsible": activity.get("responsible", ""),
                            "period": activity.get("period", ""),
                            "deadline": None,
                            "status": statuses[position]["status"] if statuses else "planned",
                        }
                        for position, activity in enumerate(direction["activities"])
                    ),
                },
            }
        )
    return {
        **base(text),
        "intro": text.get("intro", ""),
        "adopting_body": text.get("adopting_body", ""),
        "period_start_year": facts.get("period_start_year"),
        "period_end_year": facts.get("period_end_year"),
        "in_accordance_with": [
            {"type": "document", "value": item} for item in text.get("in_accordance_with", [])
        ],
        "directions": directions,
        "commitments": [
            {
                "type": "commitment",
                "value": {
                    "title": commitment["title"],
                    "items": [
                        {"title": "", "text": paragraphs([item])} for item in commitment["items"]
                    ],
                },
            }
            for commitment in text.get("commitments", [])
        ],
    }


def standard_page(text, facts, ctx):
    body = paragraph_blocks(text.get("body", []))
    for section in text.get("sections", []):
        body.append({"type": "heading", "value": {"text": section["heading"], "level": "h2"}})
        body.extend(paragraph_blocks(section.get("paragraphs", [])))
        if section.get("items"):
            body.append({"type": "paragraph", "value": bullet_list(section["items"])})
    return {**base(text), "intro": text.get("intro", ""), "body": body}


def news_page(text, facts, ctx):
    return {
        **base(text),
        "date": days_from_today(facts.get("date_in_days", 0)),
        "summary": text["summary"],
        "body": paragraph_blocks(text.get("body", [])),
        "topics": [
            m.NewsTopic(name=topic, sort_order=index)
            for index, topic in enumerate(text.get("topics", []))
        ],
    }


def event_page(text, facts, ctx):
    deadline = facts.get("registration_deadline_in_days")
    return {
        **base(text),
        "start_date": days_from_today(facts["start_in_days"]),
        "start_time": None if facts.get("all_day") else parse_time(facts.get("start_time")),
        "end_date": days_from_today(facts.get("end_in_days", facts["start_in_days"])),
        "end_time": None if facts.get("all_day") else parse_time(facts.get("end_time")),
        "all_day": bool(facts.get("all_day")),
        "kind": facts.get("kind", "other"),
        "format": facts.get("format", "in_person"),
        "summary": text.get("summary", ""),
        "venue_name": text.get("venue_name", ""),
        "street_address": text.get("street_address", ""),
        "online_url": facts.get("online_url", ""),
        "organiser": text.get("organiser", ""),
        "audience": text.get("audience", ""),
        "registration_url": facts.get("registration_url", ""),
        "registration_email": facts.get("registration_email", ""),
        "registration_deadline": days_from_today(deadline) if deadline is not None else None,
        "contact_email": facts.get("contact_email", ""),
        "contact_phone": facts.get("contact_phone", ""),
        "body": paragraph_blocks(text.get("body", [])),
        "partner_links": [
            m.EventPartner(partner=ctx.snippet("partners", key), sort_order=index)
            for index, key in enumerate(facts.get("partners", []))
        ],
    }


def conference_page(text, facts, ctx):
    times = facts.get("agenda", [])
    agenda = []
    for index, session in enumerate(text.get("agenda", [])):
        agenda.append(
            {
                "type": "session",
                "value": {
                    "start_time": times[index]["start"],
                    "end_time": times[index].get("end"),
                    "title": session["title"],
                    "description": paragraphs([session["description"]])
                    if session.get("description")
                    else "",
                    "speakers": list_items(person(s) for s in session.get("speakers", [])),
                },
            }
        )
    return {
        **base(text),
        "year": facts["year"],
        "theme": text["theme"],
        "summary": text.get("summary", ""),
        "start_date": parse_date(facts.get("start_date")),
        "end_date": parse_date(facts.get("end_date")),
        "venue": text.get("venue", ""),
        "organisers": text.get("organisers", ""),
        "participants": facts.get("participants"),
        "participants_more_than": bool(facts.get("participants_more_than")),
        "agenda": agenda,
        "speakers": [{"type": "speaker", "value": person(s)} for s in text.get("speakers", [])],
    }


def bulletin_index_page(text, facts, ctx):
    return {
        **intro_only(text, facts, ctx),
        "series": ctx.snippet("bulletin_series", facts["series"]),
    }


def bulletin_issue_page(text, facts, ctx):
    series = ctx.snippet("bulletin_series", facts["series"])
    number = facts["issue_number"]
    published = parse_date(facts["publication_date"])
    pdf = demo_document(
        f"{series.name} {number}/{published.year}",
        f"{slugify(ctx.short_name) or 'bulletin'}-bulletin-{published.year}-{number}.pdf",
        [ctx.short_name_ascii, f"Bulletin no. {number}, {published:%d.%m.%Y}", "Demo document"],
        ctx.collection,
    )
    return {
        **base(text),
        "series": series,
        "issue_number": number,
        "period_start": parse_date(facts.get("period_start")),
        "period_end": parse_date(facts.get("period_end")),
        "publication_date": published,
        "pdf": pdf,
        "summary": text.get("summary", ""),
        "contents": [{"type": "article", "value": title} for title in text.get("contents", [])],
    }


def publication_page(text, facts, ctx):
    document = demo_document(
        text["title"],
        f"{text['slug']}.pdf",
        [ctx.short_name_ascii, text["slug"].replace("-", " ").capitalize(), "Demo document"],
        ctx.collection,
    )
    return {
        **base(text),
        "kind": facts.get("kind", "other"),
        "date": parse_date(facts.get("date")) or timezone.localdate(),
        "summary": text.get("summary", ""),
        "body": paragraphs(text.get("body", [])),
        "documents": [{"type": "document", "value": {"document": document.pk, "title": ""}}],
    }


def project_page(text, facts, ctx):
    budget = facts.get("budget")
    return {
        **base(text),
        "acronym": text.get("acronym", ""),
        "implementing_organisation": text.get("implementing_organisation", ""),
        "funding_source": text.get("funding_source", ""),
        "funding_programme": text.get("funding_programme", ""),
        "contract_code": facts.get("contract_code", ""),
        "budget": Decimal(str(budget)) if budget is not None else None,
        "currency": facts.get("currency", "EUR"),
        "start_date": parse_date(facts.get("start_date")),
        "end_date": parse_date(facts.get("end_date")),
        "objectives": bullet_list(text.get("objectives", [])),
        "activities": bullet_list(text.get("activities", [])),
        "expected_results": bullet_list(text.get("expected_results", [])),
        "partner_links": [
            m.ProjectPartner(partner=ctx.snippet("partners", key), sort_order=index)
            for index, key in enumerate(facts.get("partners", []))
        ],
    }


def contact_page(text, facts, ctx):
    def coordinate(value):
        return Decimal(str(value)) if value is not None else None

    return {
        **base(text),
        "address": text.get("address", ""),
        "office_hours": text.get("office_hours", ""),
        "email": facts.get("email", ""),
        "phone": facts.get("phone", ""),
        "latitude": coordinate(facts.get("latitude")),
        "longitude": coordinate(facts.get("longitude")),
        "address_book": [
            m.AddressBookEntry(contact=ctx.snippet("contacts", key), sort_order=index)
            for index, key in enumerate(facts.get("contacts", []))
        ],
    }


BUILDERS = {
    "AboutPage": about_page,
    "ProgrammePage": programme_page,
    "StandardPage": standard_page,
    "NewsIndexPage": intro_only,
    "NewsPage": news_page,
    "EventIndexPage": intro_only,
    "EventPage": event_page,
    "ConferenceIndexPage": intro_only,
    "ConferencePage": conference_page,
    "BulletinIndexPage": bulletin_index_page,
    "BulletinIssuePage": bulletin_issue_page,
    "PublicationPage": publication_page,
    "ProjectPage": project_page,
    "MemberDirectoryPage": intro_only,
    "QuestionIndexPage": intro_only,
    "ContactPage": contact_page,
}
