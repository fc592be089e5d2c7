"""After PyInstaller: smoke-test the bundle from a folder outside the source tree, report its
size and start-up time, and pack the Linux tarball. Exit 1 when the bundle does not work."""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "ozon-assistant"


def size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from ozon_assistant import __version__

    with tempfile.TemporaryDirectory(prefix="ozon-bundle-") as tmp:
        copy = Path(tmp) / "ozon-assistant"
        shutil.copytree(BUNDLE, copy, symlinks=True)
        exe = copy / ("ozon-assistant.exe" if os.name == "nt" else "ozon-assistant")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
        env.update(OZON_ASSISTANT_HOME=str(Path(tmp) / "home"), QT_QPA_PLATFORM="offscreen",
                   OZON_ASSISTANT_NO_FIRST_RUN="1")
        reply = Path(tmp) / "reply.txt"
        reply.write_text("Привет!!! Пишите в WhatsApp +7 912 345-67-89 😊", encoding="utf-8")
        v = subprocess.run([str(exe), "--version"], capture_output=True, text=True, env=env, cwd=tmp)
        t0 = time.perf_counter()
        c = subprocess.run([str(exe), "check", "--format", "json", str(reply)], capture_output=True,
                           text=True, env=env, cwd=tmp)
        t_check = time.perf_counter() - t0
        ok = v.stdout.strip() == f"ozon-assistant {__version__}" and c.returncode == 1 \
            and '"approved": false' in c.stdout
        print(f"bundle: {BUNDLE} — {size_mb(BUNDLE):.0f} MB; --version: {v.stdout.strip()!r}; "
              f"check (cold start) {t_check * 1000:.0f} ms, exit {c.returncode}")
        t0 = time.perf_counter()
        w = subprocess.run([str(exe), "--no-first-run", "--quit-after-start"], capture_output=True,
                           text=True, env=env, cwd=tmp, timeout=60)
        print(f"window start-up to first paint (offscreen): {(time.perf_counter() - t0) * 1000:.0f} ms,"
              f" exit {w.returncode} {w.stderr.strip()[-200:]}")
        ok = ok and w.returncode == 0
    if sys.platform.startswith("linux"):
        tarball = ROOT / "dist" / f"ozon-assistant-{__version__}-linux-{platform.machine()}.tar.gz"
        with tarfile.open(tarball, "w:gz") as tar:
            tar.add(BUNDLE, arcname=f"ozon-assistant-{__version__}")
            for extra in ("packaging/linux/io.github.ozon_assistant.OzonAssistant.desktop",
                          "packaging/linux/io.github.ozon_assistant.OzonAssistant.metainfo.xml",
                          "resources/icons/ozon-assistant.svg"):
                tar.add(ROOT / extra, arcname=f"ozon-assistant-{__version__}/share/{Path(extra).name}")
        print(f"tarball: {tarball} — {tarball.stat().st_size / 1e6:.0f} MB")
    if not ok:
        print(f"bundle smoke test FAILED: {v.stderr.strip()[-300:]} {c.stderr.strip()[-300:]}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
