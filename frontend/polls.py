"""Polls: voting with a plain form, through the frontend.

The API counts one vote per visitor by its signed ``sabor_voter`` cookie, set for the
host that answers the vote. The visitor's browser talks to the frontend only, so the
frontend is the API's client: it sends the visitor's cookie with the vote and with the
poll's state (has this visitor voted?), and hands the cookie the API sets back to the
browser under the frontend's own host. Those calls are private: never cached.
"""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit

from flask import g, redirect, request

from .api import ApiNotFound, ApiUnavailable, set_cookies
from .context import PageNotFound, load_site
from .render import api_client

COOKIE = "sabor_voter"
COOKIE_AGE = 2 * 365 * 24 * 3600
OUTCOMES = {201: "thanks", 409: "already", 403: "closed", 400: "invalid"}


def _cookies():
    token = request.cookies.get(COOKIE)
    return {COOKIE: token} if token else None


def visitor_polls():
    """The association's polls in this language, as this visitor sees them; none while
    the API cannot say (the page shows without its poll rather than not at all)."""
    try:
        data = api_client().get_json(
            "polls/", site=g.site.cms_host, locale=g.language, cookies=_cookies(), private=True
        )
    except ApiUnavailable:
        return []
    return data["items"]


def states(ids):
    """``{poll id: poll}`` for polls shown in blocks, when the visitor may have voted.

    A page's blocks carry the poll as everyone sees it; only a visitor with a voter cookie
    can have voted, so only then is the poll asked for again, with the cookie.
    """
    if not _cookies():
        return {}
    result = {}
    for poll_id in ids:
        try:
            result[poll_id] = api_client().get_json(
                f"polls/{poll_id}/", site=g.site.cms_host, locale=g.language, cookies=_cookies()
            )
        except (ApiNotFound, ApiUnavailable):
            continue
    return result


def safe_next(value, language):
    """Back to the page the visitor voted on; only a path on this site."""
    parts = urlsplit(value or "")
    if parts.scheme or parts.netloc or not parts.path.startswith(f"/{language}/"):
        return f"/{language}/"
    return parts.path


def vote(language, poll_id):
    load_site(language)
    back = safe_next(request.form.get("next"), language)
    choice = request.form.get("choice", "")
    if not choice.isdigit():
        return _back(back, poll_id, "invalid")
    response = api_client().post_json(
        f"polls/{poll_id}/vote/",
        {"choice": int(choice)},
        site=g.site.cms_host,
        locale=g.language,
        cookies=_cookies(),
    )
    if response.status_code == 404:
        raise PageNotFound()
    result = _back(back, poll_id, OUTCOMES.get(response.status_code, "invalid"))
    token = set_cookies(response).get(COOKIE)
    if token:
        result.set_cookie(
            COOKIE,
            token,
            max_age=COOKIE_AGE,
            httponly=True,
            samesite="Lax",
            secure=request.is_secure,
        )
    return result


def _back(path, poll_id, outcome):
    query = urlencode({"poll": poll_id, "vote": outcome})
    return redirect(f"{path}?{query}#poll-{poll_id}", code=303)


def outcome_for(poll_id):
    """The message to show under a poll after a vote (from the redirect's query)."""
    if request.args.get("poll") == str(poll_id):
        return request.args.get("vote")
    return None


def rows(poll):
    """``([{label, votes, share}], total)`` for a poll as the polls endpoint gives it
    (``results: [{choice, votes}]``) or as a page block embeds it (``[{id, label, votes}]``)."""
    votes = {}
    for result in poll.get("results") or []:
        votes[result.get("choice", result.get("id"))] = result.get("votes") or 0
    total = poll.get("total_votes")
    if total is None:
        total = sum(votes.values())
    result = []
    for choice in poll.get("choices") or []:
        count = votes.get(choice["id"], 0)
        share = round(100 * count / total) if total else 0
        result.append({"label": choice["label"], "votes": count, "share": share})
    return result, total
