import pytest


@pytest.fixture(autouse=True)
def _fresh_host_map():
    """Each test builds its own sites; the per-process host map must not outlive them."""
    from sabor_site import hosts

    hosts.clear()
    yield
    hosts.clear()
