"""The images and documents endpoints: one association's collection, never another's, never a
private collection."""

import pytest
import wagtail_factories
from django.core.cache import caches
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, CollectionViewRestriction, Site

from snippets.models import AssociationSettings

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

SOGRS = "sogrs.localhost"
HEBAR = "hebar.localhost"
ARO = "aro.localhost"


@pytest.fixture(autouse=True)
def _forget_cached_renditions():
    """Wagtail caches renditions by image id, and ids come back after each test's rollback:
    another test's image with the same id must not get this test's renditions."""
    yield
    for cache in caches.all():
        cache.clear()


def api(client, url, host):
    return client.get(url, HTTP_HOST=host)


def collection_of(host):
    return AssociationSettings.for_site(Site.objects.get(hostname=host)).collection


def in_collection_tree(obj, collection):
    return obj.collection.path.startswith(collection.path)


def private_collection(parent, name):
    child = parent.add_child(name=name)
    CollectionViewRestriction.objects.create(
        collection=child, restriction_type="password", password="secret"
    )
    return child


@pytest.fixture
def hebar_media():
    """An image in Hebar's collection, one in a sub-collection, one in a private
    sub-collection and a document in each."""
    collection = collection_of(HEBAR)
    public_child = collection.add_child(name="Hebar: photos")
    private = private_collection(collection, "Hebar: internal")
    below_private = private.add_child(name="Hebar: internal, 2026")
    images = {
        "top": wagtail_factories.ImageFactory(
            title="Top", collection=collection, file__width=1200, file__height=900
        ),
        "child": wagtail_factories.ImageFactory(title="Child", collection=public_child),
        "private": wagtail_factories.ImageFactory(title="Private", collection=private),
        "below_private": wagtail_factories.ImageFactory(title="Deep", collection=below_private),
    }
    documents = {
        "top": wagtail_factories.DocumentFactory(title="Statute", collection=collection),
        "child": wagtail_factories.DocumentFactory(title="Report", collection=public_child),
        "private": wagtail_factories.DocumentFactory(title="Minutes", collection=private),
        "below_private": wagtail_factories.DocumentFactory(
            title="Draft minutes", collection=below_private
        ),
    }
    return images, documents


@pytest.mark.parametrize("endpoint", ["images", "documents"])
@pytest.mark.parametrize("host", [SOGRS, HEBAR, ARO])
def test_listing_holds_only_the_associations_collection(client, endpoint, host):
    model = Image if endpoint == "images" else Document

    response = api(client, f"/api/v2/{endpoint}/?limit=100", host)

    assert response.status_code == 200
    collection = collection_of(host)
    ids = [item["id"] for item in response.json()["items"]]
    assert all(in_collection_tree(model.objects.get(pk=pk), collection) for pk in ids)
    expected = model.objects.filter(collection__path__startswith=collection.path).count()
    assert response.json()["meta"]["total_count"] == expected


def test_sub_collections_are_listed_and_private_ones_never(client, hebar_media):
    images, documents = hebar_media

    image_ids = {
        item["id"] for item in api(client, "/api/v2/images/?limit=100", HEBAR).json()["items"]
    }
    document_ids = {
        item["id"] for item in api(client, "/api/v2/documents/?limit=100", HEBAR).json()["items"]
    }

    assert {images["top"].pk, images["child"].pk} <= image_ids
    assert {documents["top"].pk, documents["child"].pk} <= document_ids
    for key in ("private", "below_private"):
        assert images[key].pk not in image_ids
        assert documents[key].pk not in document_ids
        assert api(client, f"/api/v2/images/{images[key].pk}/", HEBAR).status_code == 404
        assert api(client, f"/api/v2/documents/{documents[key].pk}/", HEBAR).status_code == 404


def test_private_media_stays_out_of_search(client, hebar_media):
    found = api(client, "/api/v2/documents/?search=minutes", HEBAR).json()["items"]
    assert found == []


def test_another_associations_media_is_a_404(client, hebar_media):
    images, documents = hebar_media

    image = api(client, f"/api/v2/images/{images['top'].pk}/", SOGRS)
    document = api(client, f"/api/v2/documents/{documents['top'].pk}/", SOGRS)

    assert image.status_code == 404
    assert image.json() == {"message": "There is no image with this id on this site."}
    assert document.status_code == 404
    assert document.json() == {"message": "There is no document with this id on this site."}
    assert api(client, f"/api/v2/images/{images['top'].pk}/", HEBAR).status_code == 200


def test_an_image_carries_its_named_renditions(client, hebar_media):
    images, _documents = hebar_media

    data = api(client, f"/api/v2/images/{images['top'].pk}/", HEBAR).json()

    assert data["title"] == "Top"
    assert isinstance(data["alt"], str)
    assert set(data["renditions"]) == {"thumbnail", "medium", "large"}
    thumbnail = data["renditions"]["thumbnail"]
    assert (thumbnail["width"], thumbnail["height"]) == (300, 200)
    assert thumbnail["url"].startswith("http://hebar.localhost/")
    assert "webp_url" in thumbnail
    listed = api(client, "/api/v2/images/", HEBAR).json()["items"]
    assert all(set(item["renditions"]) == {"thumbnail", "medium", "large"} for item in listed)


def test_a_document_carries_url_size_and_type(client):
    document = Document.objects.filter(collection__path__startswith=collection_of(ARO).path).first()

    data = api(client, f"/api/v2/documents/{document.pk}/", ARO).json()

    assert data["url"] == f"http://aro.localhost/documents/{document.pk}/{document.filename}"
    assert data["file_size"] == document.file.size
    assert data["file_extension"] == "pdf"
    assert data["content_type"] == "application/pdf"
    assert data["filename"] == document.filename


def test_site_parameter_and_bad_parameters(client):
    assert client.get("/api/v2/documents/?site=aro.localhost").status_code == 200
    response = api(client, "/api/v2/images/?order=nope", HEBAR)
    assert response.status_code == 400
    assert "order" in response.json()["message"]
    response = api(client, "/api/v2/documents/?limit=1000", HEBAR)
    assert response.status_code == 400
    assert "limit" in response.json()["message"]


def test_collection_of_an_association_without_settings_lists_nothing(client):
    aro = Site.objects.get(hostname=ARO)
    AssociationSettings.objects.filter(site=aro).update(collection=None)

    assert api(client, "/api/v2/images/", ARO).json()["items"] == []
    assert Collection.objects.exists()


def test_image_listing_queries_do_not_grow(client, django_assert_max_num_queries, hebar_media):
    collection = collection_of(HEBAR)
    api(client, "/api/v2/images/", HEBAR)  # renditions are made on the first request
    with django_assert_max_num_queries(8):
        api(client, "/api/v2/images/", HEBAR)
    for number in range(5):
        wagtail_factories.ImageFactory(title=f"More {number}", collection=collection)
    api(client, "/api/v2/images/", HEBAR)
    with django_assert_max_num_queries(8):
        api(client, "/api/v2/images/", HEBAR)


def test_an_image_on_a_page_carries_its_renditions(client, hebar_media):
    from pagetypes.models import NewsPage

    images, _documents = hebar_media
    news = NewsPage.objects.filter(
        path__startswith=Site.objects.get(hostname=HEBAR).root_page.path
    ).first()
    news.image = images["top"]
    news.save_revision().publish()

    data = api(client, f"/api/v2/pages/{news.pk}/", HEBAR).json()

    assert data["image"]["id"] == images["top"].pk
    assert set(data["image"]["renditions"]) == {"thumbnail", "medium", "large"}
    assert data["image"]["meta"]["detail_url"].endswith(f"/api/v2/images/{images['top'].pk}/")
