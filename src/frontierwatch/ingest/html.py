"""HTML pages: body via trafilatura, title/date/outlet via trafilatura metadata and htmldate.

Both libraries are given a parsed lxml tree, never a string: htmldate fetches a URL-looking
string, and nothing here may touch the network.
"""
from __future__ import annotations

import logging
import re
from pathlib import PurePath

from ..errors import InputError
from ..records import Document
from .dateline import normalise_date

for _name in ("trafilatura", "htmldate", "readability", "justext"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


def _tree(text: str):
    from lxml import etree
    from lxml import html as lxml_html

    try:
        return lxml_html.document_fromstring(text.encode("utf-8"),
                                             parser=lxml_html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError) as exc:
        raise ValueError(str(exc) or "unparsable markup") from None


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (feed summaries): block elements become line breaks."""
    from lxml import etree
    from lxml import html as lxml_html

    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for el in root.iter("br"):
        el.tail = "\n" + (el.tail or "")
    for el in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "blockquote"):
        el.tail = "\n\n" + (el.tail or "")
    text = root.text_content()
    text = re.sub(r"[ \t]+", " ", text)
    return re.sub(r"\n\s*\n\s*(\n\s*)+", "\n\n", text).strip()


def read_html(source: str, text: str, *, url: str | None = None) -> Document | InputError:
    """Document from an HTML page (raw body text; cleaning comes later)."""
    import htmldate
    import trafilatura

    try:
        body = trafilatura.extract(_tree(text), output_format="txt", include_comments=False,
                                   include_tables=False, deduplicate=False, with_metadata=False)
        meta = trafilatura.extract_metadata(_tree(text))
    except ValueError as exc:
        return InputError(source, f"malformed HTML: {exc}")
    if not body or not body.strip():
        return InputError(source, "no article text found in the HTML")
    published = normalise_date(getattr(meta, "date", None)) if meta else None
    if published is None:
        try:
            published = normalise_date(htmldate.find_date(_tree(text), extensive_search=False,
                                                          original_date=True))
        except (ValueError, TypeError):
            published = None
    title = getattr(meta, "title", None) if meta else None
    outlet = (getattr(meta, "sitename", None) or None) if meta else None
    page_url = url or ((getattr(meta, "url", None) or None) if meta else None)
    return Document(id=PurePath(source).stem or "page", text=body, title=title, url=page_url,
                    outlet=outlet, published=published, source_path=source, kind="html")
