"""The main text of a file by its type: plain text, HTML, DOCX or PDF.

Each reader takes the file's bytes and returns ``(text, encoding)``; the text is what
the record's ``text`` holds and what offsets refer to. Readers raise ``ValueError``
with the reason when a file gives no text. HTML keeps the main content only
(trafilatura, after navigation, headers, footers, scripts and styles are dropped);
DOCX gives its paragraphs and table cells in order (python-docx); PDF gives the text
layer page by page (pypdf), so a scanned PDF without one is an error.
"""
from __future__ import annotations

import io
import re
from typing import Callable, Dict, Optional, Tuple

from nlp.batch.encodings import decode

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
DOCX_SUFFIXES = (".docx",)
PDF_SUFFIXES = (".pdf",)
BOILERPLATE_XPATH = ("//nav|//header|//footer|//aside|//script|//style|//noscript|//form|//template"
                     "|//*[@role='navigation' or @role='banner' or @role='contentinfo']")
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def read_text(data: bytes) -> Tuple[str, str]:
    """A plain-text file: the decoded bytes."""
    return decode(data)


def read_html(data: bytes) -> Tuple[str, str]:
    """The main text of an HTML page (navigation, scripts and boilerplate left out)."""
    import lxml.etree
    import lxml.html

    html, encoding = _decode_html(data)
    try:
        tree = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError) as error:
        raise ValueError(f"not parseable as HTML: {error}") from None
    for element in tree.xpath(BOILERPLATE_XPATH):
        if element.getparent() is not None:
            element.drop_tree()
    text = _main_text(tree)
    if not text.strip():
        raise ValueError("no main text found in the HTML page")
    return text, encoding


def read_docx(data: bytes) -> Tuple[str, str]:
    """The paragraphs and table cells of a Word document, one per line, in document order."""
    import zipfile

    import docx
    import lxml.etree
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, lxml.etree.XMLSyntaxError, KeyError, ValueError,
            OSError) as error:
        raise ValueError(f"not a readable .docx file: {error}") from None
    lines = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append("".join(node.text or "" for node in block.iter() if node.tag.endswith("}t")))
        elif tag == "tbl":
            for row in block.iter(f"{{{block.nsmap['w']}}}tr"):
                cells = ["".join(t.text or "" for t in cell.iter() if t.tag.endswith("}t"))
                         for cell in row.iter(f"{{{block.nsmap['w']}}}tc")]
                lines.append("\t".join(cells))
    text = "\n".join(lines).strip("\n")
    if not text.strip():
        raise ValueError("no text in the .docx file")
    return text, "docx"


def read_pdf(data: bytes) -> Tuple[str, str]:
    """The text layer of a PDF, page by page; a PDF without one (scanned) is an error."""
    import pypdf
    from pypdf.errors import PyPdfError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise ValueError("encrypted PDF")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PyPdfError, KeyError, TypeError, AttributeError, IndexError, OSError) as error:
        raise ValueError(f"not a readable PDF: {error}") from None
    text = "\n".join(page.strip("\n") for page in pages)
    if not text.strip():
        raise ValueError("no text layer in the PDF (scanned pages need OCR first)")
    return text, "pdf"


READERS: Dict[str, Callable[[bytes], Tuple[str, str]]] = {
    **{suffix: read_text for suffix in TEXT_SUFFIXES},
    **{suffix: read_html for suffix in HTML_SUFFIXES},
    **{suffix: read_docx for suffix in DOCX_SUFFIXES},
    **{suffix: read_pdf for suffix in PDF_SUFFIXES},
}


def reader_for(suffix: str) -> Optional[Callable[[bytes], Tuple[str, str]]]:
    """The reader of files ending in ``suffix`` (``.txt`` ...), or None for other files."""
    return READERS.get(suffix.lower())


def _decode_html(data: bytes) -> Tuple[str, str]:
    """Decode by BOM, then by a ``<meta charset>`` the page declares, then by detection."""
    declared = META_CHARSET.search(data[:4096])
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        name = declared.group(1).decode("ascii").lower()
        name = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030"}.get(name, name)
        try:
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; detect instead
    return decode(data)


def _main_text(tree) -> str:
    import trafilatura

    text = trafilatura.extract(tree, include_comments=False, include_tables=True, include_images=False,
                               include_links=False, favor_recall=True)
    if text:
        return text
    body = tree.find("body")
    return "\n".join(line.strip() for line in (body if body is not None else tree).itertext() if line.strip())
