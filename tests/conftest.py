import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The demo associations are loaded once into the test database: tests read them
    as a visitor or officer would, and each test's own writes are rolled back."""
    call_command("compile_translations", stdout=_Discard())
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0, stdout=_Discard())


class _Discard:
    def write(self, *_args):
        pass

    def flush(self):
        pass


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
