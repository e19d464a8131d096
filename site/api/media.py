"""The images and documents endpoints: only the request association's collection.

Each association keeps its images and documents in its own Collection
(``AssociationSettings.collection``, made by ``pagetypes.associations``). These endpoints
list that collection and its sub-collections, and never a collection with a view
restriction (nor anything below one), whoever asks: a private collection is for the
admin, not for the public API. Another association's image or document id is a 404.

Images carry the named renditions of ``blocks.api.image_representation`` and documents
the URL, size and type of ``blocks.api.document_representation``, the same shapes the
page blocks use.
"""

from django.db.models import Q
from django.utils.translation import gettext as _
from rest_framework.fields import Field
from wagtail.documents.api.v2.serializers import DocumentSerializer
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.serializers import ImageSerializer
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Collection, CollectionViewRestriction

from blocks.api import document_representation, image_representation

from .context import association
from .pages import SaborAPIMixin, SaborFieldsFilter, SaborOrderingFilter, SaborSearchFilter


def public_collection_ids(site):
    """Ids of ``site``'s collection and its descendants, less any collection with a view
    restriction and everything below it (two queries)."""
    from snippets.models import AssociationSettings

    root = (
        AssociationSettings.objects.filter(site=site)
        .select_related("collection")
        .values_list("collection__path", flat=True)
        .first()
    )
    if not root:
        return []
    restricted_paths = list(
        CollectionViewRestriction.objects.filter(collection__path__startswith=root).values_list(
            "collection__path", flat=True
        )
    )
    hidden = Q(pk__in=[])
    for path in restricted_paths:
        hidden |= Q(path__startswith=path)
    return list(
        Collection.objects.filter(path__startswith=root)
        .exclude(hidden)
        .values_list("pk", flat=True)
    )


class AssociationCollectionMixin(SaborAPIMixin):
    filter_backends = [SaborFieldsFilter, SaborOrderingFilter, SaborSearchFilter]
    known_query_parameters = ImagesAPIViewSet.known_query_parameters.union(["site"])
    not_found_message = None

    def get_queryset(self):
        if not hasattr(self, "_collection_ids"):
            self._collection_ids = public_collection_ids(association(self.request))
        return (
            self.model.objects.filter(collection_id__in=self._collection_ids)
            .prefetch_related("tags")
            .order_by("id")
        )

    def get_object(self):
        if not hasattr(self, "_cached_object"):
            from django.http import Http404

            found = self.get_queryset().filter(pk=self.kwargs["pk"]).first()
            if found is None:
                raise Http404(self.not_found_message())
            self._cached_object = found
        return self._cached_object


class PrefetchedTagsField(Field):
    """Tag names, sorted, from tags prefetched for the whole listing (Wagtail's own
    ``TagsField`` queries once per object)."""

    def to_representation(self, manager):
        return sorted(tag.name for tag in manager.all())


class ImageRenditionsField(Field):
    """``{thumbnail|medium|large: {url, width, height, webp_url}}``."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, image):
        data = image_representation(image, request=self.context.get("request"))
        return data["renditions"]


class ImageAltField(Field):
    def get_attribute(self, instance):
        return instance

    def to_representation(self, image):
        return image.default_alt_text


class SaborImageSerializer(ImageSerializer):
    tags = PrefetchedTagsField(read_only=True)
    renditions = ImageRenditionsField(read_only=True)
    alt = ImageAltField(read_only=True)


class SaborImagesAPIViewSet(AssociationCollectionMixin, ImagesAPIViewSet):
    base_serializer_class = SaborImageSerializer
    body_fields = [*ImagesAPIViewSet.body_fields, "alt", "renditions"]
    listing_default_fields = [*ImagesAPIViewSet.listing_default_fields, "alt", "renditions"]
    nested_default_fields = [*ImagesAPIViewSet.nested_default_fields, "alt", "renditions"]

    @staticmethod
    def not_found_message():
        return _("There is no image with this id on this site.")

    def get_queryset(self):
        # Renditions for a whole listing in one query instead of one per image.
        return super().get_queryset().prefetch_related("renditions")


class _DocumentValue(Field):
    key = None

    def get_attribute(self, instance):
        return instance

    def to_representation(self, document):
        return document_representation(document, request=self.context.get("request"))[self.key]


class DocumentUrlField(_DocumentValue):
    key = "url"


class DocumentFilenameField(_DocumentValue):
    key = "filename"


class DocumentFileSizeField(_DocumentValue):
    key = "file_size"


class DocumentExtensionField(_DocumentValue):
    key = "file_extension"


class DocumentContentTypeField(_DocumentValue):
    key = "content_type"


DOCUMENT_FIELDS = ["url", "filename", "file_size", "file_extension", "content_type"]


class SaborDocumentSerializer(DocumentSerializer):
    tags = PrefetchedTagsField(read_only=True)
    url = DocumentUrlField(read_only=True)
    filename = DocumentFilenameField(read_only=True)
    file_size = DocumentFileSizeField(read_only=True)
    file_extension = DocumentExtensionField(read_only=True)
    content_type = DocumentContentTypeField(read_only=True)


class SaborDocumentsAPIViewSet(AssociationCollectionMixin, DocumentsAPIViewSet):
    base_serializer_class = SaborDocumentSerializer
    body_fields = [*DocumentsAPIViewSet.body_fields, *DOCUMENT_FIELDS]
    listing_default_fields = [*DocumentsAPIViewSet.listing_default_fields, *DOCUMENT_FIELDS]
    nested_default_fields = [*DocumentsAPIViewSet.nested_default_fields, *DOCUMENT_FIELDS]

    @staticmethod
    def not_found_message():
        return _("There is no document with this id on this site.")


ENDPOINTS = [("images", SaborImagesAPIViewSet), ("documents", SaborDocumentsAPIViewSet)]
