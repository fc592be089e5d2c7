"""Typing in the compose window against a plain QPlainTextEdit, measured in the same run.

For texts of 5,000 and 50,000 characters (in the e-mail channel, the one a reply that long is
written for), each variant lives in its own process (so peak memory
is its own) and types a reply at the end of the text the way a seller does: bursts of keys
~60 ms apart with pauses, so the live checker really runs in between. The processes take turns,
burst by burst, and each waits until it is idle (its checks done) before the next one types:
a slow minute of this shared machine then falls on every variant alike instead of on whichever
process happened to run in it. Figures:

- keystroke-to-idle: from delivering a key to the event loop having nothing left to do, p50/p95
  over all bursts, and the ratio ours/plain (goal ≤ 1.2× at 5,000 characters), with the spread of
  the ratio between rounds;
- longest event-loop stall while typing: the largest lateness of a 5 ms timer (goal < 50 ms at
  50,000 characters);
- underline latency: from the last key of a bad word to its underline being drawn (goal
  ≤ 300 ms; the debounce alone is 250 ms);
- the phrase popup: it is updated ``OFFER_MS`` after a key, outside keystroke-to-idle, so its
  own cost (the update and the events it posts) is printed beside it;
- peak memory (max RSS) of each process.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_typing.py [ROUNDS]``.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import IO, Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import RU_REPLY, quiet_offscreen_plugin, sized
from ozon_assistant.ui.snippets.phrase_completer import OFFER_MS

TYPED = "Здравствуйте! Спасибо за заказ, посылка уже в пути. "
BAD_WORD = "ЗВОНИТЕ "
SIZES = (5_000, 50_000)
ROUNDS = 6
CHANNEL = "email"
#: "plain" shows the text as ours does (the same font, margin and size: the same lines, the same
#: scrolling), so the ratio is what the window adds per key; "plain-system" is a plain editor as
#: created, at the system font, where 5,000 characters fit without a scroll bar.
VARIANTS = ("ours", "plain", "core", "plain-system")


class _Typist:
    """One variant in its own process: types a burst when told, and keeps its own figures."""

    def __init__(self, variant: str, size: int, geometry: tuple[int, int] | None = None) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        os.environ["OZON_ASSISTANT_HOME"] = tempfile.mkdtemp(prefix="ozon-bench-typing-")
        os.environ["OZON_ASSISTANT_NO_FIRST_RUN"] = "1"
        from PySide6.QtCore import QElapsedTimer, Qt, QTimer
        from PySide6.QtGui import QTextCursor
        from PySide6.QtWidgets import QApplication, QPlainTextEdit

        quiet_offscreen_plugin()
        self.app = QApplication([])
        text = sized(RU_REPLY, size)
        self.window: Any = None
        self.live: Any = None
        self.popup_ms: list[float] = []
        self.recording = False
        if variant.startswith("plain"):
            self.editor: Any = QPlainTextEdit()
            self.editor.resize(*(geometry or (900, 620)))
            if variant == "plain":
                from ozon_assistant.ui.compose.editor import DOCUMENT_MARGIN, reading_font

                self.editor.setFont(reading_font(self.editor.font()))
                self.editor.document().setDocumentMargin(DOCUMENT_MARGIN)
            self.editor.setPlainText(text)
            self.editor.show()
        else:
            self._time_popup()
            if variant == "core":  # the compose window without the sidebar and mail add-ons
                import ozon_assistant.ui.window.extensions as extensions

                extensions.EXTENSIONS = ()
            from ozon_assistant.ui.window.app import create_window

            self.window = create_window(None, no_first_run=True)
            # a reply this long is an e-mail (chats, reviews and questions stop at 1,000
            # characters, and past that every line would be underlined as over the limit)
            self.window.current_tab().header.set_channel(CHANNEL)
            self.window.current_editor().setPlainText(text)
            self.editor = self.window.current_editor()
            self.live = self.window.current_tab().live
        self.editor.moveCursor(QTextCursor.MoveOperation.End)
        self.editor.setFocus()
        # a 5 ms heartbeat: its lateness is how long the loop was blocked
        self.stalls: list[float] = []
        self.recording = True  # only while typing (and warming up), not while others type
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = self.clock.nsecsElapsed()
        self.heart = QTimer()
        self.heart.setInterval(5)
        self.heart.setTimerType(Qt.TimerType.PreciseTimer)
        self.heart.timeout.connect(self._beat)
        self.heart.start()
        # warm-up: the first checks of the whole text and the speller's dictionaries loading
        self.wait(1000)
        self.settle()
        self.warmup_stall = max(self.stalls, default=0.0)
        self.stalls.clear()
        self.recording = False

    def _time_popup(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEventLoop

        from ozon_assistant.ui.snippets import phrase_completer

        real = phrase_completer.PhraseCompleter.flush

        def flush(completer: phrase_completer.PhraseCompleter) -> None:
            t0 = time.perf_counter()
            real(completer)
            # the popup's layout, and its paint (a popup just opened is painted on the window
            # system's expose event, not a posted one)
            QCoreApplication.sendPostedEvents()
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            if self.recording:
                self.popup_ms.append((time.perf_counter() - t0) * 1000)

        phrase_completer.PhraseCompleter.flush = flush  # type: ignore[method-assign]

    def _beat(self) -> None:
        now = self.clock.nsecsElapsed()
        if self.recording:
            self.stalls.append((now - self.last) / 1e6 - 5.0)
        self.last = now

    def wait(self, ms: float) -> None:
        from PySide6.QtCore import QCoreApplication

        end = time.perf_counter() + ms / 1000
        while time.perf_counter() < end:
            QCoreApplication.processEvents()
            time.sleep(0.001)

    def settle(self) -> None:
        """Until the live checker has nothing left to do (so the next process types alone)."""
        deadline = time.perf_counter() + 20
        while self.live is not None and self.live.busy and time.perf_counter() < deadline:
            self.wait(50)

    def key(self, ch: str) -> float:
        from PySide6.QtCore import QCoreApplication, QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        events = [QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                  for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)]
        send, process, posted = (QApplication.sendEvent, QCoreApplication.processEvents,
                                 QCoreApplication.sendPostedEvents)
        t0 = time.perf_counter()  # (the imports and events above are not the editor's cost)
        for event in events:
            send(self.editor, event)
        process()
        posted()
        process()
        return time.perf_counter() - t0

    def burst(self) -> dict[str, object]:
        """A sentence typed, a bad word and the pause: key times and the underline latency."""
        from PySide6.QtCore import QCoreApplication

        keys = []
        latency = None
        self.last = self.clock.nsecsElapsed()
        self.recording = True
        for ch in TYPED:
            keys.append(self.key(ch) * 1000)
            self.wait(60)
        if self.live is not None:  # a bad word, then the pause: how soon is it underlined?
            for ch in BAD_WORD:
                keys.append(self.key(ch) * 1000)
                self.wait(60)
            t_last = time.perf_counter()
            target = self.editor.textCursor().position() - len(BAD_WORD)
            deadline = t_last + 3
            while time.perf_counter() < deadline:
                QCoreApplication.processEvents()
                if any(s == target for s, _e, _sev in self.live.underlines()):
                    latency = (time.perf_counter() - t_last) * 1000
                    break
                time.sleep(0.0005)
        self.wait(400)
        self.settle()
        self.recording = False
        popup, self.popup_ms = self.popup_ms, []
        return {"keys": keys, "latency": latency, "popup": popup}

    def finish(self) -> dict[str, object]:
        self.heart.stop()
        if self.window is not None:
            self.window.shutdown()
        return {"stall": max(self.stalls, default=0.0), "warmup_stall": self.warmup_stall,
                "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _serve(variant: str, size: int, geometry: tuple[int, int] | None) -> None:
    """The child's side: one JSON line per command read from stdin."""
    typist = _Typist(variant, size, geometry)
    editor = typist.editor
    print(json.dumps({"geometry": [editor.width(), editor.height()],
                      "viewport": [editor.viewport().width(), editor.viewport().height()]}),
          flush=True)
    for line in sys.stdin:
        if line.strip() == "burst":
            print(json.dumps(typist.burst()), flush=True)
        else:
            print(json.dumps(typist.finish()), flush=True)
            return


class _Child:
    def __init__(self, variant: str, size: int, geometry: list[int] | None = None) -> None:
        where = [f"{geometry[0]}x{geometry[1]}"] if geometry else []
        self.proc = subprocess.Popen([sys.executable, __file__, "--child", variant, str(size),
                                      *where], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True)
        self.ready = self.ask(None)

    def ask(self, command: str | None) -> dict[str, Any]:
        stdin, stdout = self.proc.stdin, self.proc.stdout
        assert stdin is not None and stdout is not None
        if command is not None:
            stdin.write(command + "\n")
            stdin.flush()
        return dict(json.loads(_last_json(stdout)))

    def close(self) -> dict[str, Any]:
        out = self.ask("finish")
        self.proc.wait(timeout=30)
        return out


def _last_json(stream: IO[str]) -> str:
    while True:
        line = stream.readline()
        if not line:
            raise RuntimeError("a benchmark process ended early")
        if line.startswith("{"):
            return line


def measure(size: int, rounds: int) -> None:
    children = {"ours": _Child("ours", size)}  # started one after another
    geometry = children["ours"].ready["geometry"]
    for v in VARIANTS[1:]:
        children[v] = _Child(v, size, geometry if v == "plain" else None)
    keys: dict[str, list[float]] = {v: [] for v in VARIANTS}
    per_round: dict[str, list[float]] = {v: [] for v in VARIANTS}
    latencies: list[float] = []
    popup: list[float] = []
    for _ in range(rounds):
        for v in VARIANTS:
            out = children[v].ask("burst")
            keys[v].extend(out["keys"])
            per_round[v].append(statistics.median(out["keys"]))
            if v == "ours" and out["latency"] is not None:
                latencies.append(out["latency"])
            if v == "ours":
                popup.extend(out["popup"])
    end = {v: c.close() for v, c in children.items()}

    def p95(v: str) -> float:
        ordered = sorted(keys[v])
        return ordered[int(len(ordered) * 0.95) - 1]

    def ratios(v: str) -> list[float]:
        return [o / p for o, p in zip(per_round[v], per_round["plain"], strict=True)]

    plain50 = statistics.median(keys["plain"])
    print(f"\n{size:,} characters ({len(keys['ours'])} keys in {rounds} rounds, variants "
          "taking turns):")
    print(f"  plain QPlainTextEdit with our font, margin and size: p50 {plain50:.2f} ms, "
          f"p95 {p95('plain'):.2f} ms; at the system font and 900×620: p50 "
          f"{statistics.median(keys['plain-system']):.2f} ms, p95 {p95('plain-system'):.2f} ms")
    for v, name in (("ours", "the window"), ("core", "without the sidebar/mail add-ons"),
                    ("plain-system", "plain at the system font")):
        p50 = statistics.median(keys[v])
        r = ratios(v)
        goal = "  (goal ≤ 1.2×)" if size == 5_000 and v == "ours" else ""
        if v == "plain-system":
            print(f"  our font against the system's, both plain: p50 "
                  f"{plain50 / p50:.2f}×")
            continue
        print(f"  keystroke-to-idle, {name}: p50 {p50:.2f} ms vs plain {plain50:.2f} ms → "
              f"{p50 / plain50:.2f}×{goal}; p95 {p95(v):.2f} vs {p95('plain'):.2f} ms → "
              f"{p95(v) / p95('plain'):.2f}×; ratio per round {min(r):.2f}–{max(r):.2f}×")
    print(f"  longest event-loop stall while typing: plain {end['plain']['stall']:.1f} ms, "
          f"ours {end['ours']['stall']:.1f} ms, without add-ons {end['core']['stall']:.1f} ms"
          + ("  (goal < 50 ms)" if size == 50_000 else ""))
    print(f"  start-up hitch (first checks, dictionaries loading; before typing): "
          f"longest stall {end['ours']['warmup_stall']:.0f} ms")
    if latencies:
        print(f"  underline after a pause: median {statistics.median(latencies):.0f} ms, "
              f"max {max(latencies):.0f} ms over {len(latencies)} pauses (goal ≤ 300 ms)")
    else:
        print("  underline after a pause: never appeared (FAIL)")
    if popup:
        print(f"  phrase popup, {OFFER_MS} ms after a key (outside keystroke-to-idle): "
              f"{len(popup)} updates, median {statistics.median(popup):.2f} ms, "
              f"max {max(popup):.1f} ms")
    print(f"  peak memory: plain {end['plain']['rss_mb']:.0f} MB, "
          f"ours {end['ours']['rss_mb']:.0f} MB")


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else ROUNDS
    print("typing at the end of a reply, keys ~60 ms apart with pauses; each variant in its "
          "own process, the processes taking turns burst by burst")
    for size in SIZES:
        measure(size, rounds)


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "--child":
        size_arg = sys.argv[4].split("x") if len(sys.argv) > 4 else None
        _serve(sys.argv[2], int(sys.argv[3]),
               (int(size_arg[0]), int(size_arg[1])) if size_arg else None)
    else:
        main()
