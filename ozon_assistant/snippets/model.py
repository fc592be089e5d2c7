"""What a snippet library is made of: situations, snippets, placeholders and courteous phrases.

Plain frozen data, built by :mod:`loader` from TOML files and never mutated afterwards, so the
search index, the sidebar and the CLI can share one loaded library without copying it.
Languages: reply bodies in ``ru`` and ``en``; titles, tags and labels also in ``zh``; the ``zh``
gloss tells a seller who reads Chinese what the reply says.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

#: Reply languages a snippet body may have (the gloss is zh and is never sent).
BODY_LANGUAGES: tuple[str, ...] = ("ru", "en")
#: Languages of titles, tags and labels.
LABEL_LANGUAGES: tuple[str, ...] = ("en", "ru", "zh")
#: The purposes of courteous phrases, in the order the completer groups them.
PHRASE_PURPOSES: tuple[str, ...] = (
    "greeting", "thanks", "apology", "empathy", "waiting", "support", "refusal", "closing",
)


def pick(texts: dict[str, str], lang: str, *fallbacks: str) -> str:
    """``texts[lang]`` or the first present of ``fallbacks`` (then en, ru, zh, any)."""
    for key in (lang, *fallbacks, "en", "ru", "zh"):
        if texts.get(key):
            return texts[key]
    return next((v for v in texts.values() if v), "")


@dataclass(frozen=True)
class Placeholder:
    """How the fill-in form asks for one value and what to use when the seller leaves it empty.

    ``fallback`` maps a reply language to the text used for an empty value; a language absent from
    it means "no fallback": the ``{name}`` stays visible so the checker blocks approval.
    """

    name: str
    label: dict[str, str] = field(default_factory=dict)
    fallback: dict[str, str] = field(default_factory=dict)
    sample: dict[str, str] = field(default_factory=dict)
    choices: tuple[str, ...] = ()
    remember: bool = False

    def label_for(self, ui_lang: str) -> str:
        return pick(self.label, ui_lang) or self.name.replace("_", " ")

    def merged(self, override: Placeholder) -> Placeholder:
        """This shared definition with a snippet's own keys laid over it."""
        return Placeholder(
            name=self.name,
            label={**self.label, **override.label},
            fallback={**self.fallback, **override.fallback},
            sample={**self.sample, **override.sample},
            choices=override.choices or self.choices,
            remember=override.remember or self.remember,
        )


@dataclass(frozen=True)
class Situation:
    """A category of snippets (``delivery_delay`` …) and the words buyers use in it."""

    id: str
    title: dict[str, str] = field(default_factory=dict)
    cues: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def title_for(self, ui_lang: str) -> str:
        return pick(self.title, ui_lang) or self.id.replace("_", " ")


@dataclass(frozen=True)
class Snippet:
    """One ready answer. ``source`` is ``bundled``, ``user`` or the team folder's path."""

    id: str
    category: str
    title: dict[str, str]
    body: dict[str, str]
    tags: dict[str, tuple[str, ...]] = field(default_factory=dict)
    channels: tuple[str, ...] = ("chat", "review", "question", "email")
    gloss: dict[str, str] = field(default_factory=dict)
    placeholders: dict[str, Placeholder] = field(default_factory=dict)  # the snippet's own
    source: str = "bundled"
    path: Path | None = None
    line: int | None = None

    @property
    def languages(self) -> list[str]:
        return [lang for lang in BODY_LANGUAGES if self.body.get(lang)]

    @property
    def read_only(self) -> bool:
        return self.source != "user"

    def title_for(self, ui_lang: str) -> str:
        return pick(self.title, ui_lang) or self.id

    def body_for(self, lang: str) -> str:
        return self.body.get(lang) or pick(self.body, lang)

    def lang_for(self, lang: str) -> str:
        """The body language actually used for ``lang`` (a snippet may have only one)."""
        return lang if self.body.get(lang) else (self.languages or [lang])[0]

    def placeholder_names(self, lang: str | None = None) -> list[str]:
        """Names in body order (every language when ``lang`` is None), each once."""
        from ozon_assistant.snippets.render import placeholder_names

        langs = [lang] if lang else self.languages
        names: list[str] = []
        for code in langs:
            for name in placeholder_names(self.body.get(code, "")):
                if name not in names:
                    names.append(name)
        return names


@dataclass(frozen=True)
class Phrase:
    """A courteous phrase for the completer: its purpose, text (may hold placeholders), zh gloss."""

    purpose: str
    lang: str
    text: str
    zh: str = ""


@dataclass(frozen=True)
class LoadProblem:
    """A broken file or entry: shown to the user with its path and line; never fatal."""

    path: Path
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return f"{where}: {self.message}"


@dataclass
class Library:
    """Everything loaded from every library folder, with what could not be loaded."""

    snippets: dict[str, Snippet] = field(default_factory=dict)
    situations: dict[str, Situation] = field(default_factory=dict)
    placeholders: dict[str, Placeholder] = field(default_factory=dict)
    phrases: list[Phrase] = field(default_factory=list)
    problems: list[LoadProblem] = field(default_factory=list)

    def get(self, snippet_id: str) -> Snippet | None:
        return self.snippets.get(snippet_id)

    def situation(self, category: str) -> Situation:
        return self.situations.get(category) or Situation(id=category)

    def placeholder(self, snippet: Snippet, name: str) -> Placeholder:
        """The effective definition of ``name`` for ``snippet`` (shared, then its own keys)."""
        shared = self.placeholders.get(name, Placeholder(name=name))
        own = snippet.placeholders.get(name)
        return shared.merged(own) if own else shared

    def ordered(self) -> list[Snippet]:
        """Snippets grouped by situation (library order of situations), then by id."""
        order = {sid: i for i, sid in enumerate(self.situations)}
        return sorted(self.snippets.values(),
                      key=lambda s: (order.get(s.category, len(order)), s.category, s.id))
