"""People: speakers, board members, authors."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images import get_image_model_string
from wagtail.images.blocks import ImageChooserBlock

from .api import image_representation, request_from, rich_text_html, text_or_none
from .base import first_instance
from .text import INLINE_FEATURES, ParagraphBlock


class PersonBlock(blocks.StructBlock):
    """A person as a visitor meets them: name, what they do, where, and optionally a
    photo and a short biography. Used on its own and as a speaker of an agenda session."""

    name = blocks.CharBlock(label=_("Name"), max_length=150)
    role = blocks.CharBlock(
        label=_("Role or title"),
        required=False,
        max_length=150,
        help_text=_("e.g. Mayor, Executive director"),
    )
    organisation = blocks.CharBlock(label=_("Organisation"), required=False, max_length=200)
    photo = ImageChooserBlock(label=_("Photo"), required=False)
    bio = ParagraphBlock(label=_("Short biography"), required=False, features=INLINE_FEATURES)

    def api_schema(self, build):
        """The JSON of get_api_representation, for the OpenAPI document (site/api/schema/)."""
        return build.struct(
            self,
            photo=build.nullable(build.ref("Image"), "The photo; its alt text is the name."),
        )

    def get_api_representation(self, value, context=None):
        return {
            "name": value["name"],
            "role": text_or_none(value["role"]),
            "organisation": text_or_none(value["organisation"]),
            # The photo of a named person: their name is the alt text.
            "photo": image_representation(
                value["photo"], alt=value["name"], request=request_from(context)
            ),
            "bio": rich_text_html(value["bio"]) or None,
        }

    def get_preview_value(self):
        return self.normalize(
            {
                "name": "Ivan Petrov",
                "role": "Mayor",
                "organisation": "Municipality of Gabrovo",
                "photo": first_instance(get_image_model_string()),
                "bio": "<p>Mayor since 2019, chair of the association's finance committee.</p>",
            }
        )

    class Meta:
        icon = "user"
        label = _("Person")
        description = _("A person with role, organisation and photo.")
