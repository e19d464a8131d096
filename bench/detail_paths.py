"""The pools of the cold page runs: every news, event and standard page of every bench
association, shuffled (the same order every time), as "host path" lines: the API's detail
URL, and the frontend's URL of the same page. ``python bench/detail_paths.py [frontend]``
prints one of them."""

import os
import random
import sys
from pathlib import Path


def page_lines():
    """``[(host, API path, frontend path)]``."""
    from wagtail.models import Page, Site

    lines = []
    for site in Site.objects.filter(hostname__startswith="bench").order_by("hostname"):
        roots = site.root_page.get_translations(inclusive=True).select_related("locale")
        for root in roots.order_by("pk"):
            pages = (
                Page.objects.descendant_of(root)
                .filter(depth__gt=root.depth)
                .exclude(content_type__model__in=["newsindexpage", "eventindexpage"])
                .order_by("path")
            )
            prefix = f"/{root.locale.language_code}"
            lines += [
                (site.hostname, f"/api/v2/pages/{pk}/", prefix + url_path[len(root.url_path) - 1 :])
                for pk, url_path in pages.values_list("pk", "url_path")
            ]
    random.Random(1).shuffle(lines)
    return lines


def detail_lines():
    return [f"{host} {api}" for host, api, _frontend in page_lines()]


def frontend_lines():
    return [f"{host} {frontend}" for host, _api, frontend in page_lines()]


if __name__ == "__main__":
    sys.path.append(str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()
    lines = frontend_lines() if sys.argv[1:] == ["frontend"] else detail_lines()
    print("\n".join(lines))
