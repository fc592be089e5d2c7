"""One object the CLI and the window share: the loaded library with its index, usage and writes.

The index and the suggester are built on first use and rebuilt after every change to the files,
so a change made in the window (or on disk, after :meth:`reload`) shows at once.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from ozon_assistant.core.errors import OzonError
from ozon_assistant.core.settings import Settings
from ozon_assistant.snippets.exchange import export_snippets, import_snippets
from ozon_assistant.snippets.fill import render_snippet
from ozon_assistant.snippets.libraries import Locations, load_library
from ozon_assistant.snippets.model import Library, Snippet
from ozon_assistant.snippets.render import Rendered
from ozon_assistant.snippets.search import Hit, SearchIndex
from ozon_assistant.snippets.store import UserLibrary
from ozon_assistant.snippets.suggest import Proposal, SituationScore, Suggester
from ozon_assistant.snippets.usage import UsageStore

log = logging.getLogger(__name__)


class UnknownSnippet(OzonError):
    def __init__(self, snippet_id: str) -> None:
        super().__init__(f"no snippet with id {snippet_id!r} (see `snippets list`)")


class SnippetService:
    def __init__(self, locations: Locations | None = None, settings: Settings | None = None,
                 usage_path: Path | None = None) -> None:
        self.locations = locations or Locations.from_settings(settings)
        self._usage_path = usage_path
        self._usage: UsageStore | None = None
        self.user = UserLibrary(self.locations.user)
        self.library: Library = load_library(self.locations)
        self._index: SearchIndex | None = None
        self._suggester: Suggester | None = None

    # -- loading --------------------------------------------------------------------------------
    def reload(self) -> None:
        self.library = load_library(self.locations)
        self._index = None
        self._suggester = None

    @property
    def index(self) -> SearchIndex:
        if self._index is None:
            self._index = SearchIndex(self.library)
        return self._index

    @property
    def suggester(self) -> Suggester:
        if self._suggester is None:
            self._suggester = Suggester(self.library, self.index)
        return self._suggester

    @property
    def usage(self) -> UsageStore:
        if self._usage is None:
            try:
                self._usage = UsageStore(self._usage_path)
            except OzonError as exc:  # a full disk, a locked or damaged file: the snippets
                # work all the same; what was used most is remembered for this run only
                log.warning("snippet use is remembered for this run only: %s", exc)
                self._usage = UsageStore(Path(":memory:"))
        return self._usage

    def close(self) -> None:
        if self._usage is not None:
            self._usage.close()
            self._usage = None

    def get(self, snippet_id: str) -> Snippet:
        s = self.library.get(snippet_id)
        if s is None:
            raise UnknownSnippet(snippet_id)
        return s

    # -- finding ----------------------------------------------------------------------------------
    def search(self, query: str, limit: int = 50, category: str | None = None) -> list[Hit]:
        return self.index.search(query, limit, self.usage.boosts(), category)

    def suggest(self, message: str, lang: str = "auto", limit: int = 5,
                rating: int | None = None) -> list[SituationScore]:
        return self.suggester.suggest(message, lang, limit, boost=self.usage.boosts(), rating=rating)

    def propose(self, message: str, lang: str = "auto", limit: int = 5,
                rating: int | None = None) -> Proposal:
        """What the message is and the situations for it, or the general answers if none fits."""
        return self.suggester.propose(message, lang, limit, boost=self.usage.boosts(), rating=rating)

    def render(self, snippet_id: str, lang: str, values: Mapping[str, str] | None = None) -> Rendered:
        return render_snippet(self.library, self.get(snippet_id), lang, values)

    def record_use(self, snippet_id: str, values: Mapping[str, str] | None = None) -> None:
        """Count a use and remember the values of fields marked ``remember`` (shop name …)."""
        self.usage.record_use(snippet_id)
        snippet = self.library.get(snippet_id)
        for name, value in (values or {}).items():
            if snippet is not None and self.library.placeholder(snippet, name).remember:
                self.usage.remember_value(name, value)

    # -- changing the user's library --------------------------------------------------------------
    def save(self, snippet: Snippet, original_id: str | None = None) -> Snippet:
        """Create (``original_id`` None) or edit. Editing a bundled or team snippet saves the
        edited copy in the user's library, where it takes the original's place."""
        original = self.library.get(original_id) if original_id else None
        if original is not None and original.source == "user":
            saved = self.user.save(snippet, original_id)
        else:
            existing = self.library.get(snippet.id)
            if original is None and existing is not None:
                raise OzonError(f"a snippet with id {snippet.id!r} already exists",
                                code="snippet_exists", id=snippet.id)
            saved = self.user.save(snippet)
        self.reload()
        return self.library.get(saved.id) or saved

    def copy_to_user(self, snippet_id: str) -> Snippet:
        saved = self.user.copy_in(self.get(snippet_id))
        self.reload()
        return self.library.get(saved.id) or saved

    def duplicate(self, snippet_id: str) -> Snippet:
        saved = self.user.duplicate(self.get(snippet_id), self.library.snippets)
        self.reload()
        return self.library.get(saved.id) or saved

    def delete(self, snippet_id: str) -> None:
        snippet = self.get(snippet_id)
        if snippet.source != "user":
            raise OzonError(f"{snippet_id!r} is in the {snippet.source} library, which is "
                            "read-only", code="snippet_read_only", id=snippet_id)
        self.user.delete(snippet_id)
        self.usage.forget(snippet_id)
        self.reload()

    def import_file(self, path: Path, fmt: str | None = None) -> tuple[int, int]:
        snippets, placeholders = import_snippets(path, fmt)
        counts = self.user.add_many(snippets, placeholders, path.stem)
        self.reload()
        return counts

    def export_file(self, path: Path, scope: str = "all", fmt: str | None = None,
                    overwrite: bool = True) -> int:
        """Export; an existing file is overwritten only with ``overwrite`` (the window's save
        dialog has asked by then; the command line asks or wants --force)."""
        chosen = [s for s in self.library.ordered() if scope == "all" or s.source == "user"]
        return export_snippets(self.library, chosen, path, fmt, overwrite)
