"""A snippet of a library rendered in one language: fallbacks and samples from its placeholders."""

from __future__ import annotations

from collections.abc import Mapping

from ozon_assistant.snippets.model import Library, Placeholder, Snippet
from ozon_assistant.snippets.render import Rendered, render


def fields_of(library: Library, snippet: Snippet, lang: str) -> list[Placeholder]:
    """The placeholders the form asks for, in the order they appear in the ``lang`` body."""
    body_lang = snippet.lang_for(lang)
    return [library.placeholder(snippet, n) for n in snippet.placeholder_names(body_lang)]


def fallbacks_for(library: Library, snippet: Snippet, lang: str) -> dict[str, str]:
    body_lang = snippet.lang_for(lang)
    out: dict[str, str] = {}
    for ph in fields_of(library, snippet, body_lang):
        if body_lang in ph.fallback:
            out[ph.name] = ph.fallback[body_lang]
    return out


def sample_values(library: Library, snippet: Snippet, lang: str) -> dict[str, str]:
    """Sample values for previews and tests: the placeholder's sample, else its first choice."""
    body_lang = snippet.lang_for(lang)
    out: dict[str, str] = {}
    for ph in fields_of(library, snippet, body_lang):
        value = ph.sample.get(body_lang) or (ph.choices[0] if ph.choices else "")
        if value:
            out[ph.name] = value
    return out


def render_snippet(library: Library, snippet: Snippet, lang: str,
                   values: Mapping[str, str] | None = None) -> Rendered:
    """``snippet`` in ``lang`` (or the language it has) with ``values`` put in literally."""
    body_lang = snippet.lang_for(lang)
    return render(snippet.body_for(body_lang), values or {},
                  fallbacks_for(library, snippet, body_lang))


def render_gloss(library: Library, snippet: Snippet, values: Mapping[str, str] | None = None,
                 lang: str = "ru") -> str:
    """The zh gloss with the same values (so the seller sees the same names and numbers)."""
    gloss = snippet.gloss.get("zh", "")
    if not gloss:
        return ""
    return render(gloss, values or {}, fallbacks_for(library, snippet, lang)).text
