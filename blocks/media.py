"""Media blocks: images, documents and embedded third-party content."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents import get_document_model_string
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock as WagtailEmbedBlock
from wagtail.images import get_image_model_string
from wagtail.images.blocks import ImageChooserBlock

from .api import (
    document_representation,
    embed_representation,
    image_representation,
    request_from,
    text_or_none,
)
from .base import ValidatedStructBlock, first_instance


class ImageBlock(ValidatedStructBlock):
    """An image with a caption and the alt text for this use of it.

    A plain StructBlock rather than a subclass of Wagtail's ImageBlock: that one turns its
    value into an Image instance and drops any extra field, and wagtail-localize restores
    only its alt text, so a caption would be lost on translation. Here alt text and caption
    are ordinary translatable text; the image choice stays synchronised.
    """

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alt text"),
        required=False,
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    decorative = blocks.BooleanBlock(
        label=_("Image is decorative"),
        required=False,
        default=False,
        help_text=_("Tick only if the image adds nothing to the text; it then needs no alt."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)

    def validate(self, value):
        missing_alt = not value.get("decorative") and not value.get("alt_text")
        if value.get("image") and missing_alt and not self.is_deferred_validation:
            return {"alt_text": _("Describe the image in the alt text, or mark it as decorative.")}
        return {}

    def get_api_representation(self, value, context=None):
        alt = "" if value["decorative"] else value["alt_text"]
        return {
            "image": image_representation(value["image"], alt=alt, request=request_from(context)),
            "caption": text_or_none(value["caption"]),
            "decorative": bool(value["decorative"]),
        }

    def api_schema(self, build):
        """The JSON of get_api_representation, for the OpenAPI document (site/api/schema/)."""
        return build.struct(
            self,
            drop=["alt_text"],
            image=build.nullable(
                build.ref("Image"),
                'The image, with the alt text for this use (`""` when decorative).',
            ),
        )

    def get_preview_value(self):
        return self.normalize(
            {
                "image": first_instance(get_image_model_string()),
                "alt_text": "Mayors at the general assembly in Plovdiv",
                "decorative": False,
                "caption": "General assembly, 2024",
            }
        )

    class Meta:
        icon = "image"
        label = _("Image")
        description = _("A picture with a caption.")


class DocumentLinkBlock(blocks.StructBlock):
    """A download link to a document, with its size and type shown to the visitor."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the document's title."),
    )

    def get_api_representation(self, value, context=None):
        document = document_representation(value["document"], request=request_from(context))
        title = value["title"] or (document["title"] if document else "")
        return {"title": title, "document": document}

    def api_schema(self, build):
        return build.struct(
            self,
            title=build.string("The link text, else the document's title."),
            document=build.nullable(build.ref("Document")),
        )

    def get_preview_value(self):
        return self.normalize(
            {
                "document": first_instance(get_document_model_string()),
                "title": "Annual report 2024",
            }
        )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        description = _("A link to download a document.")


class EmbedBlock(blocks.StructBlock):
    """A video, map or post from another site (oEmbed), with a caption."""

    embed = WagtailEmbedBlock(
        label=_("URL"),
        help_text=_("The address of the video or post, e.g. a YouTube link."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)

    def get_api_representation(self, value, context=None):
        return {
            "embed": embed_representation(value["embed"]),
            "caption": text_or_none(value["caption"]),
        }

    def api_schema(self, build):
        return build.struct(self, embed=build.nullable(build.ref("Embed")))

    class Meta:
        icon = "media"
        label = _("Embed")
        description = _("A video or post from another site.")
        preview_value = {
            "embed": "https://vimeo.com/76979871",
            "caption": "Opening of the assembly",
        }
