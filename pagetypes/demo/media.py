"""Files the demo needs and cannot ship as binaries: logos drawn with Pillow and small
PDF documents written by hand (the PDF format is plain text plus an offset table)."""

import io

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.documents.models import Document
from wagtail.images.models import Image


def logo_png(text, background, foreground, size=(400, 200)):
    picture = PILImage.new("RGB", size, background)
    draw = ImageDraw.Draw(picture)
    try:
        font = ImageFont.load_default(size=72)
    except TypeError:  # Pillow < 10.1 has no sized default font
        font = ImageFont.load_default()
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    position = ((size[0] - (right - left)) / 2 - left, (size[1] - (bottom - top)) / 2 - top)
    draw.text(position, text, fill=foreground, font=font)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer.getvalue()


def demo_image(title, text, background, foreground, collection):
    existing = Image.objects.filter(title=title, collection=collection).first()
    if existing is not None:
        return existing
    content = ImageFile(
        io.BytesIO(logo_png(text, background, foreground)), name=f"{text.lower()}-logo.png"
    )
    image = Image(title=title, file=content, collection=collection)
    image.save()
    return image


def pdf_bytes(lines):
    """A one-page PDF showing ``lines`` (ASCII) in Helvetica."""
    text_ops = ["BT", "/F1 16 Tf", "72 760 Td", "20 TL"]
    for line in lines:
        safe = line.encode("ascii", "replace").decode().replace("\\", "\\\\")
        safe = safe.replace("(", "\\(").replace(")", "\\)")
        text_ops.append(f"({safe}) Tj T*")
    text_ops.append("ET")
    stream = "\n".join(text_ops).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def demo_document(title, filename, lines, collection):
    existing = Document.objects.filter(title=title, collection=collection).first()
    if existing is not None:
        return existing
    document = Document(title=title, collection=collection)
    document.file.save(filename, ContentFile(pdf_bytes(lines)))
    return document
