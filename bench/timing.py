"""Shared by the benchmarks: the median time of a few runs."""

from __future__ import annotations

import statistics
import time


def ms(fn, repeat=3):
    """(median milliseconds over `repeat` runs, the last result)."""
    times = []
    result = None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), result


def best(fn, repeat=3):
    """(best milliseconds over `repeat` runs, the last result): on a machine shared with
    other work the least disturbed run."""
    times = []
    result = None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t) * 1000)
    return min(times), result
