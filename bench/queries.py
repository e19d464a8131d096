"""How many SQL queries an API request makes, on the benchmark database (response cache
off, in-process through Django's test client).

    .venv/bin/python bench/queries.py                       # sabor_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/sabor_bench_100 \
        .venv/bin/python bench/queries.py

Each URL is asked once first (per-process caches: the host map, content types), then counted.
A page detail is counted on a page not asked for before (cold), one of each type, and on the
same page asked again (what a stored representation saves; the response cache stays off).
"""

import os
import sys
from pathlib import Path

# Appended, not prepended: PYTHONPATH may point at another commit's code (bench/README.md).
sys.path.append(str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
os.environ["SABOR_API_CACHE"] = "off"

HOST = "bench1.localhost"
LISTINGS = {
    "listing": "/api/v2/pages/?limit=20",
    "listing_all_fields": "/api/v2/pages/?type=sabor_pagetypes.NewsPage&fields=*&limit=20",
    "listing_translations": "/api/v2/pages/?limit=20&fields=translations",
    "members": "/api/v2/members/",
    "events": "/api/v2/events/",
    "ical": "/api/v2/events/feed.ics",
}


def main():
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Page, Site

    client = Client()
    site = Site.objects.get(hostname=HOST)
    pages = Page.objects.descendant_of(site.root_page).filter(depth__gt=site.root_page.depth)
    print(f"{connection.settings_dict['NAME']}: {pages.count()} pages in {HOST}'s default tree")

    def count(path):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path, HTTP_HOST=HOST)
        assert response.status_code == 200, (path, response.status_code)
        return len(queries)

    for name, path in LISTINGS.items():
        count(path)
        print(f"{name:<22} {count(path):>3} queries  {path}")
    count(f"/api/v2/pages/{site.root_page.pk}/")
    for model in ("newspage", "eventpage", "standardpage"):
        # Random pages: at 10,000 pages almost surely never asked for by an earlier run.
        of_type = pages.filter(content_type__model=model).order_by("?")
        first, second = of_type[:2]
        count(f"/api/v2/pages/{first.pk}/")
        cold = count(f"/api/v2/pages/{second.pk}/")
        again = count(f"/api/v2/pages/{second.pk}/")
        print(f"detail {model:<15} {cold:>3} queries cold, {again:>3} asked again")


if __name__ == "__main__":
    main()
