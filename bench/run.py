"""Serve the seeded benchmark database with gunicorn on 127.0.0.1 and load it with wrk.

    .venv/bin/python bench/run.py                      # sabor_bench, every scenario
    .venv/bin/python bench/run.py --database sabor_bench_100 --only bare,listing

Two servers are started in turn, each measured against its own bare JsonResponse view:
one with the API response cache off (``SABOR_API_CACHE=off``: listings, cold page details
over thousands of different pages, members, events, iCalendar), one with it on (the same
URL again and again). Prints a Markdown table and appends every row, with the machine's
load, to ``var/bench/results.jsonl``. See bench/README.md.
"""

import argparse
import datetime
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
OUT = ROOT / "var" / "bench"
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
HOST = "bench1.localhost"

# Scenario name: URL; None for the pool of many pages (bench/detail_paths.py), or a marker
# filled in with the pool's first page.
UNCACHED = {
    "bare": "/bench/bare/",
    "listing": "/api/v2/pages/?limit=20",
    "listing_all_fields": "/api/v2/pages/?type=sabor_pagetypes.NewsPage&fields=*&limit=20",
    "detail_cold": None,
    "members": "/api/v2/members/",
    "events": "/api/v2/events/",
    "ical": "/api/v2/events/feed.ics",
}
CACHED = {
    "bare": "/bench/bare/",
    "detail_cached": "first page",
    "listing_all_fields_cached": UNCACHED["listing_all_fields"],
}
# Served by frontend/ (its own gunicorn, calling the cache-on API server).
FRONTEND = {
    "bare": "/bench/bare/",
    "frontend_home": "/bg/",
    "frontend_page": "first page",
    "frontend_pages": None,
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", default="sabor_bench")
    parser.add_argument("--port", type=int, default=8800)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--worker-class", default="sync", choices=["sync", "gthread"])
    parser.add_argument("--threads", type=int, default=4, help="per worker, with gthread")
    parser.add_argument("--duration", default="10s")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--wrk-threads", type=int, default=2)
    parser.add_argument("--only", default="", help="comma-separated scenario names")
    parser.add_argument("--no-cached", action="store_true", help="skip the cache-on server")
    parser.add_argument("--no-redis", action="store_true", help="local-memory cache instead")
    parser.add_argument("--no-frontend", action="store_true", help="skip frontend/")
    parser.add_argument("--label", default="", help="e.g. before / after, kept in the results")
    parser.add_argument(
        "--ref",
        default="",
        help="serve the code of this git commit (extracted under var/bench/) instead of the "
        "working tree; the database and bench/ stay the same",
    )
    args = parser.parse_args()

    OUT.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{args.database}",
        "PYTHONPATH": str(ROOT),
    }
    pools = write_pools(env, args.database)
    source = ROOT
    if args.ref:
        source = extract(args.ref)
        # Ahead of the editable install, which maps sabor_site to the working tree's site/.
        env["PYTHONPATH"] = f"{source / '.imports'}:{source}"
    only = set(filter(None, args.only.split(",")))
    redis = None if args.no_redis or not shutil.which("redis-server") else start_redis(env)
    context = {
        "label": args.label,
        "database": args.database,
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "commit": git("rev-parse", "--short", args.ref or "HEAD"),
        "dirty_files": 0
        if args.ref
        else len(git("status", "--porcelain", "--untracked-files=no").splitlines()),
        "machine": machine(),
        "server": f"gunicorn {args.worker_class} x{args.workers}"
        + (f" threads={args.threads}" if args.worker_class == "gthread" else ""),
        "cache": "redis" if redis else "locmem",
        "wrk": f"-t{args.wrk_threads} -c{args.connections} -d{args.duration}",
    }
    print(json.dumps(context, ensure_ascii=False), flush=True)
    phases = [("off", UNCACHED, False), ("on", CACHED, False)]
    if (source / "frontend" / "wsgi.py").exists() and not args.no_frontend:
        phases.append(("on", FRONTEND, True))
    if args.no_cached:
        phases = phases[:1]
    rows = []
    try:
        for cache, scenarios, frontend in phases:
            chosen = {n: u for n, u in scenarios.items() if not only or n in only or n == "bare"}
            if list(chosen) == ["bare"]:
                continue
            pool = pools["frontend" if frontend else "api"]
            server_env = {**env, "SABOR_API_CACHE": cache}
            frontend_env = {**env, "SABOR_API_URL": f"http://127.0.0.1:{args.port}"}
            cms = Server(args, server_env, source)
            site = FrontendServer(args, frontend_env, source, enabled=frontend)
            with cms, site:
                bare = None
                for name, url in chosen.items():
                    port = args.port + 1 if name.startswith("frontend") else args.port
                    host, many = HOST, None
                    if url == "first page":
                        host, url = pool.read_text().splitlines()[0].split()
                    elif url is None:
                        many = pool
                    row = measure(args, name, url, many, host, port)
                    row.update(context, api_cache=cache)
                    if name == "bare":
                        bare = row["rps"]
                    row["ratio"] = row["rps"] / bare if bare else None
                    rows.append(row)
                    print_row(row)
                    with (OUT / "results.jsonl").open("a") as results:
                        results.write(json.dumps(row, ensure_ascii=False) + "\n")
    finally:
        if redis:
            redis.terminate()
            redis.wait()
    print_table(rows)


def git(*arguments):
    return subprocess.run(
        ["git", *arguments], cwd=ROOT, capture_output=True, text=True, check=False
    ).stdout.strip()


def machine():
    model = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    return f"{os.cpu_count()} CPU {model}, Python {platform.python_version()}"


def write_pools(env, database):
    """The pools of the cold runs (bench/detail_paths.py): API details, frontend pages."""
    pools = {}
    for kind, argument in (("api", []), ("frontend", ["frontend"])):
        output = subprocess.run(
            [PYTHON, BENCH / "detail_paths.py", *argument],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        pools[kind] = OUT / f"pool-{kind}-{database}.txt"
        pools[kind].write_text(output)
    return pools


def start_redis(env):
    port = 6390
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    env["REDIS_URL"] = f"redis://127.0.0.1:{port}/0"
    time.sleep(0.5)
    return process


def extract(ref):
    """The tree of ``ref`` in var/bench/src-<commit>/, importable as the product."""
    commit = git("rev-parse", "--short", ref)
    target = OUT / f"src-{commit}"
    if not target.exists():
        target.mkdir(parents=True)
        archive = subprocess.run(
            ["git", "archive", commit], cwd=ROOT, capture_output=True, check=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", target], input=archive, check=True)
        imports = target / ".imports"
        imports.mkdir()
        (imports / "sabor_site").symlink_to(target / "site")
        (imports / "bench").symlink_to(BENCH)
        for catalog in (ROOT / "locale").glob("*/LC_MESSAGES/*.mo"):
            copy = target / catalog.relative_to(ROOT)
            if copy.parent.exists():
                shutil.copy(catalog, copy)
    return target


class Server:
    """gunicorn serving the CMS (``sabor_site.wsgi``) on ``--port``."""

    app = "sabor_site.wsgi:application"
    ready_path = "/bench/bare/"

    def __init__(self, args, env, source, enabled=True):
        self.args = args
        self.env = env
        self.source = source
        self.enabled = enabled
        self.port = args.port
        self.process = None

    def __enter__(self):
        if not self.enabled:
            return self
        args = self.args
        command = [
            GUNICORN, self.app,
            "--bind", f"127.0.0.1:{self.port}",
            "--workers", str(args.workers),
            "--worker-class", args.worker_class,
            "--log-level", "warning",
            "--chdir", str(self.source),
        ]  # fmt: skip
        if args.worker_class == "gthread":
            command += ["--threads", str(args.threads)]
        self.process = subprocess.Popen(
            command, env=self.env, cwd=self.source, start_new_session=True
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                get(self.ready_path, HOST, self.port)
                return self
            except OSError:
                time.sleep(0.3)
        self.__exit__()
        raise RuntimeError(f"{self.app} did not answer within 60 s")

    def __exit__(self, *exc):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)


class FrontendServer(Server):
    """gunicorn serving ``frontend/`` on ``--port`` + 1, reading the API server."""

    app = "frontend.wsgi:app"
    ready_path = "/bg/"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.port = self.args.port + 1


def get(path, host, port):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Host": host})
    with urllib.request.urlopen(request, timeout=120) as response:  # noqa: S310
        return response.status, response.read()


def measure(args, name, url, many_file, host, port):
    """Warm up, then one wrk run."""
    if many_file is None:
        paths_file = OUT / f"single-{name}.txt"
        paths_file.write_text(f"{host} {url}\n")
    else:
        paths_file = many_file
    lines = paths_file.read_text().splitlines()
    warm_up(args, lines[-1:] if many_file is None else lines[-2 * args.workers :], port)
    load = Path("/proc/loadavg").read_text().split()[:3]
    result = wrk(args, paths_file, args.duration, port)
    return {"scenario": name, "url": url or f"{len(lines)} pages in turn", "load": load, **result}


def warm_up(args, lines, port):
    """Requests one at a time until every worker has answered a few (code loaded, per-process
    caches filled; for the pool, on pages the measured run does not reach first). One at a
    time, so that no queue of slow requests is left for the measured run to wait behind; this
    also waits out what the previous scenario's run left queued."""
    deadline = time.monotonic() + 60
    for number in range(max(4, 3 * args.workers)):
        host, path = lines[number % len(lines)].split()
        status, _body = get(path, host, port)
        if status != 200:
            raise RuntimeError(f"{path} answered {status}")
        if time.monotonic() > deadline:
            break


def wrk(args, paths_file, duration, port):
    command = [
        "wrk", f"-t{args.wrk_threads}", f"-c{args.connections}", f"-d{duration}",
        "--timeout", "60s", "-s", str(BENCH / "wrk" / "paths.lua"),
        f"http://127.0.0.1:{port}", "--", str(paths_file), str(args.wrk_threads),
        str(random.randrange(1_000_000)),
    ]  # fmt: skip
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def print_row(row):
    ratio = f"{row['ratio'] * 100:.1f}%" if row["ratio"] is not None else ""
    print(
        f"{row['scenario']:<26} cache={row['api_cache']:<3} {row['rps']:>8.1f} req/s  "
        f"p50 {row['p50_ms']:>7.1f} ms  p99 {row['p99_ms']:>7.1f} ms  {ratio:>6}  "
        f"errors {row['non_2xx_3xx'] + row['socket_errors']}  load {' '.join(row['load'])}",
        flush=True,
    )


def print_table(rows):
    print("\n| scenario | API cache | req/s | p50 ms | p99 ms | ratio to bare | load 1/5/15 |")
    print("|---|---|---:|---:|---:|---:|---|")
    for row in rows:
        ratio = f"{row['ratio'] * 100:.1f}%" if row["ratio"] is not None else ""
        print(
            f"| {row['scenario']} | {row['api_cache']} | {row['rps']:.1f} | {row['p50_ms']:.1f} "
            f"| {row['p99_ms']:.1f} | {ratio} | {' '.join(row['load'])} |"
        )


if __name__ == "__main__":
    sys.exit(main())
