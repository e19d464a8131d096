"""Components many schemas refer to: the representations in ``blocks/api.py`` (images,
documents, chosen pages, embeds), errors, listings and languages."""

from django.conf import settings

LOCALES = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def declare(build):
    """Registers the shared components on ``build``."""
    build.component(
        "Locale",
        build.enum(
            LOCALES,
            "A content language. Requests accept any case and `_` for `-` (`sr_Latn`); "
            "responses always give these codes.",
        ),
    )
    build.component(
        "Error",
        build.object(
            {
                "message": build.string("What went wrong, in the visitor's language."),
                "errors": build.object(
                    {},
                    "The parameters (or body fields) at fault, each with its messages.",
                    additional=build.array(build.string()),
                ),
            },
            "Every error: a message, and for a bad filter value or vote the fields at fault.",
            optional=["errors"],
        ),
    )
    _media(build)
    build.component(
        "PageLink",
        build.object(
            {
                "id": build.integer(),
                "title": build.string(),
                "url": build.url(
                    "The page's URL with its language prefix (`/bg/za-nas/`); `null` when the "
                    "page cannot be routed.",
                    nullable=True,
                ),
            },
            "A chosen page, as its translation in the page's language when there is a live "
            "one (blocks.api.page_representation).",
        ),
    )
    text = build.string(nullable=True)
    build.component(
        "Embed",
        build.object(
            {
                "url": build.url("The address the editor gave."),
                "html": build.string(
                    "The provider's HTML; `null` when the embed cannot be fetched.", nullable=True
                ),
                "title": text,
                "provider": text,
                "type": build.string("oEmbed type: video, photo, rich, link.", nullable=True),
                "width": build.integer(nullable=True),
                "height": build.integer(nullable=True),
                "ratio": build.number("Height divided by width.", nullable=True),
                "thumbnail_url": build.url(nullable=True),
            },
            "Third-party content by oEmbed (blocks.api.embed_representation).",
        ),
    )


def _media(build):
    build.component(
        "Rendition",
        build.object(
            {
                "url": build.url(),
                "width": build.integer(),
                "height": build.integer(),
                "webp_url": build.url(
                    "The same size as WebP; `null` where the server cannot write WebP.",
                    nullable=True,
                ),
            }
        ),
    )
    build.component(
        "Renditions",
        build.object(
            {
                "thumbnail": build.ref("Rendition", "fill-300x200"),
                "medium": build.ref("Rendition", "max-800x600 (never enlarged)"),
                "large": build.ref("Rendition", "max-1600x1200 (never enlarged)"),
            },
            "The named sizes (blocks.api.IMAGE_RENDITIONS); empty when the original file is "
            "missing.",
            optional=["thumbnail", "medium", "large"],
        ),
    )
    build.component(
        "Image",
        build.object(
            {
                "id": build.integer(),
                "title": build.string(),
                "alt": build.string('The alt text for this use; `""` for a decorative image.'),
                "width": build.integer("The original's width."),
                "height": build.integer("The original's height."),
                "renditions": build.ref("Renditions"),
            },
            "An image with its renditions (blocks.api.image_representation).",
        ),
    )
    build.component(
        "Document",
        build.object(
            {
                "id": build.integer(),
                "title": build.string(),
                "url": build.url("The download URL."),
                "filename": build.string(),
                "file_size": build.integer(
                    "Bytes; `null` when the file is missing.", nullable=True
                ),
                "file_extension": build.string("Lower case, without the dot: `pdf`."),
                "content_type": build.string("`application/pdf`"),
            },
            "A document to download (blocks.api.document_representation).",
        ),
    )


def listing(build, item, description=None, *, extra_meta=None):
    """Wagtail's listing shape: ``{"meta": {"total_count"}, "items": [...]}``."""
    meta = {"total_count": build.integer("How many items match, on every page of results.")}
    meta.update(extra_meta or {})
    return build.object(
        {"meta": build.object(meta), "items": build.array(item)},
        description,
    )
