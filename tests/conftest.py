import io

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation

DEMO_HOSTNAMES = [
    "hebar.localhost",
    "tolerantnost.localhost",
    "aro.localhost",
    "sogrs.localhost",
]


# Fixtures that hand a test one of the demo associations: the test needs the demo, marked or not.
DEMO_FIXTURES = {"hebar", "sogrs"}


def pytest_configure(config):
    # The catalogs are compiled once per run, before any worker starts a test that reads them.
    if not hasattr(config, "workerinput"):
        call_command("compile_translations", stdout=io.StringIO())


def pytest_collection_modifyitems(items):
    """A test marked ``demo`` gets the demo associations before its database transaction
    opens (first in its fixtures), so the load is committed once and each test's own writes
    are rolled back on top of it. Unmarked tests never wait for the demo."""
    for item in items:
        if DEMO_FIXTURES & set(item.fixturenames) and not item.get_closest_marker("demo"):
            item.add_marker(pytest.mark.demo)
        if _transactional(item):
            # It empties every table when it ends and pytest-django runs it after the others:
            # it builds its own data and is given no demo.
            continue
        if item.get_closest_marker("demo") and "demo_content" not in item.fixturenames:
            item.fixturenames.insert(0, "demo_content")


def _transactional(item):
    marker = item.get_closest_marker("django_db")
    uses = {"transactional_db", "live_server"} & set(item.fixturenames)
    return bool(uses) or bool(marker and marker.kwargs.get("transaction"))


@pytest.fixture
def demo_content(django_db_setup, django_db_blocker):
    """The four demo associations, loaded into this worker's test database the first time a
    test needs them (checked per test: a load costs seconds, the check one query)."""
    with django_db_blocker.unblock():
        ensure_demo()


def ensure_demo():
    from wagtail.models import Collection, Locale, Page, Site

    from sabor_site import hosts

    if Site.objects.filter(hostname__in=DEMO_HOSTNAMES).count() == len(DEMO_HOSTNAMES):
        return
    english = Locale.objects.get_or_create(language_code="en")[0]
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", locale=english))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    call_command("load_demo", verbosity=0, stdout=io.StringIO())
    hosts.clear()


@pytest.fixture(autouse=True)
def _english_first():
    """A request activates its language in the worker thread; each test starts in the
    project's fallback language, not in whatever the previous test left active."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _fresh_host_map():
    """Tests add and change sites; the per-process host map must not outlive them."""
    from sabor_site import hosts

    hosts.clear()
    yield
    hosts.clear()


@pytest.fixture(autouse=True)
def _fresh_api_cache():
    """Each test's writes are rolled back without a commit, so nothing moves the API cache
    on: a response cached by one test must not answer the next."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


DEMO_HOSTS = {
    "hebar.localhost": ("bg", ["bg", "en"]),
    "tolerantnost.localhost": ("bg", ["bg", "en"]),
    "aro.localhost": ("bg", ["bg", "en"]),
    "sogrs.localhost": ("sr-latn", ["sr-latn", "en"]),
}


@pytest.fixture
def hebar():
    """The demo association Hebar (bg, en): the officer's own association in the tenancy tests."""
    from wagtail.models import Site

    return Site.objects.get(hostname="hebar.localhost")


@pytest.fixture
def sogrs():
    """The demo association SOGRS (sr-latn, en): the other association in the tenancy tests."""
    from wagtail.models import Site

    return Site.objects.get(hostname="sogrs.localhost")
