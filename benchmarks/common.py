"""Small helpers shared by the benchmarks: timing, medians, the sample replies."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

RU_REPLY = (
    "Здравствуйте, Анна! Спасибо за заказ и за Ваше терпение. Посылка 35142875-0153-1 уже в пути, "
    "ожидаемая дата доставки указана в личном кабинете Ozon. Если товар не подойдёт, вернуть его "
    "можно в течение 7 дней после получения: оформите возврат в разделе «Мои заказы». Деньги "
    "вернутся в течение 10 дней. ЗВОНИТЕ нам, если что!!! Мы щас всё проверим и скоро ответим ))) "
    "Размер 42-44, цена 1 500 ₽, модель T480. С уважением, магазин «Уют». "
)
EN_REPLY = (
    "Hello, Anna! Thank you for your order and for your patience. Your parcel is on its way; the "
    "expected delivery date is shown in your Ozon account. If the item does not fit, you can "
    "return it within 7 days of delivery through the Returns section. The refund arrives within "
    "10 days. PLEASE READ the description!!! We will try to answer ASAP, maybe tomorrow :) "
    "Size XL, price 1,500 RUB, model T480. Kind regards, Uyut shop. "
)


def quiet_offscreen_plugin() -> None:
    """Drop the offscreen platform's "This plugin does not support raise()" lines (one per
    window shown, dozens per run, burying the figures); every other Qt message still prints."""
    import sys

    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind: object, _context: object, message: str) -> None:
        if not message.startswith("This plugin does not support"):
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def sized(text: str, n: int) -> str:
    """``text`` repeated to exactly ``n`` characters, in paragraphs of about 500 characters."""
    parts, total = [], 0
    while total < n:
        parts.append(text)
        total += len(text)
    out = "".join(parts)[:n]
    return "\n".join(out[i : i + 500] for i in range(0, len(out), 500))[:n]


def median_time(fn: Callable[[], object], repeat: int = 30, warmup: int = 3) -> float:
    """Median wall time of ``fn()`` in seconds."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"
