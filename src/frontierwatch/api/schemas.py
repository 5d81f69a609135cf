"""Request and response schemas shown in the OpenAPI document."""
from __future__ import annotations

from pydantic import BaseModel, Field

MAX_ARTICLE_CHARS = 200_000


class ErrorDetail(BaseModel):
    """What went wrong, in one line."""

    status: int
    message: str


class ErrorResponse(BaseModel):
    """Every error has this shape."""

    error: ErrorDetail


class CheckRequest(BaseModel):
    """An article (plain text) whose statistical claims should be checked."""

    text: str = Field(min_length=1, max_length=MAX_ARTICLE_CHARS, description="article body, plain text")
    published: str | None = Field(default=None, max_length=10, pattern=r"^\d{4}-\d{2}-\d{2}$",
                                  description="publication date (YYYY-MM-DD), anchors relative periods")


class IngestDocument(BaseModel):
    """One corpus-style document to ingest."""

    id: str | None = Field(default=None, max_length=200)
    url: str | None = Field(default=None, max_length=2000)
    outlet: str | None = Field(default=None, max_length=200)
    published: str | None = Field(default=None, max_length=10, pattern=r"^\d{4}-\d{2}-\d{2}$")
    title: str | None = Field(default=None, max_length=1000)
    text: str = Field(min_length=1, max_length=MAX_ARTICLE_CHARS)


class IngestRequest(BaseModel):
    """Documents to add to the database."""

    documents: list[IngestDocument] = Field(min_length=1, max_length=200)
