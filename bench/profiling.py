"""Where a request's time goes: cProfile over API requests made in-process (Django's test
client, the response cache off), on the benchmark database.

    .venv/bin/python bench/profiling.py detail --requests 50
    .venv/bin/python bench/profiling.py listing_all_fields --sort tottime

``detail`` asks for a different page each time (a cold page detail); the listings repeat one
URL. The first request (imports, per-process caches) is made before profiling starts.
"""

import argparse
import cProfile
import io
import os
import pstats
import sys
import time
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
os.environ["SABOR_API_CACHE"] = "off"

URLS = {
    "listing": "/api/v2/pages/?limit=20",
    "listing_all_fields": "/api/v2/pages/?type=sabor_pagetypes.NewsPage&fields=*&limit=20",
    "members": "/api/v2/members/",
    "events": "/api/v2/events/",
    "ical": "/api/v2/events/feed.ics",
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("scenario", choices=["detail", *URLS])
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--sort", default="cumulative", choices=["cumulative", "tottime"])
    parser.add_argument("--top", type=int, default=35)
    args = parser.parse_args()

    import django

    django.setup()
    from django.test import Client

    client = Client()
    requests = list(plan(args.scenario, args.requests + 1))
    host, path = requests.pop(0)
    assert client.get(path, HTTP_HOST=host).status_code == 200
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    for host, path in requests:
        response = client.get(path, HTTP_HOST=host)
        assert response.status_code == 200, (path, response.status_code)
    profiler.disable()
    each = (time.perf_counter() - started) / len(requests) * 1000
    print(f"{args.scenario}: {len(requests)} requests, {each:.1f} ms each")
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(args.sort)
    stats.print_stats(args.top)
    print(out.getvalue())


def plan(scenario, count):
    if scenario != "detail":
        return [("bench1.localhost", URLS[scenario])] * count
    from bench.detail_paths import detail_lines

    return [line.split() for line in detail_lines()[:count]]


if __name__ == "__main__":
    main()
