"""The command as a whole, start-up included: ``ozon-assistant check`` on a 2,000-character file
against ``proselint check`` on the same file, measured in the same run (goal: no slower)."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import EN_REPLY, sized

BIN = Path(sys.executable).parent


def wall(cmd: list[str], env: dict[str, str], repeat: int = 15) -> float:
    times = []
    for _ in range(repeat + 2):
        t0 = time.perf_counter()
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return statistics.median(times[2:])


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="ozon-bench-cli-"))
    env = dict(os.environ, OZON_ASSISTANT_HOME=str(tmp / "home"))
    reply = tmp / "reply.txt"
    reply.write_text(sized(EN_REPLY, 2000), encoding="utf-8")
    ours = [str(BIN / "ozon-assistant"), "check", str(reply)]
    subprocess.run(ours, env=env, capture_output=True)  # first run fills the pack cache
    t_ours = wall(ours, env)
    print(f"ozon-assistant check, 2,000 characters, start-up included: {t_ours * 1000:.0f} ms")
    proselint = shutil.which("proselint", path=str(BIN)) or shutil.which("proselint")
    if proselint:
        t_pl = wall([proselint, "check", str(reply)], env)
        print(f"proselint check, same file: {t_pl * 1000:.0f} ms; ours/proselint = "
              f"{t_ours / t_pl:.2f}× (goal ≤ 1.0×)")
    else:
        print("proselint not installed: baseline skipped")
    t_py = wall([sys.executable, "-c", "pass"], env)
    print(f"(bare Python start-up on this machine: {t_py * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
