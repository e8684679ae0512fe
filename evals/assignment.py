"""Best pairing of two short lists by a score: the Hungarian method, so the terms scorer can pair
expected and extracted list items by what they say instead of where they stand.

Scoring by position made one missed fee line shift every later one, so a form whose lines were read
right but one was scored as if most were wrong. Pure; O(n^2 m) for n <= m items, small lists only.
"""

from __future__ import annotations

from collections.abc import Callable


def best_pairing(n_left: int, n_right: int, gain: Callable[[int, int], int]) -> dict[int, int]:
    """left index -> right index maximising the total gain, pairing min(n_left, n_right) items, each once.
    Among pairings of equal gain it keeps items nearest their own position, so a list read in the right
    order scores exactly as it did by position, and no pairing scores below the positional one."""
    if not n_left or not n_right:
        return {}
    # Lexicographic objective as one integer: gain first, then the least displacement.
    span = n_left * max(n_left, n_right) + 1
    weight = [[gain(i, j) * span - abs(i - j) for j in range(n_right)] for i in range(n_left)]
    transpose = n_left > n_right
    if transpose:
        weight = [list(col) for col in zip(*weight, strict=True)]
    rows, cols = len(weight), len(weight[0])
    pairs = _max_weight_assignment(weight, rows, cols)
    return {(c if transpose else r): (r if transpose else c) for r, c in pairs.items()}


def _max_weight_assignment(weight: list[list[int]], rows: int, cols: int) -> dict[int, int]:
    """Every row assigned a distinct column (rows <= cols), maximising the summed weight: the
    shortest-augmenting-path Hungarian method with potentials, run on negated weights."""
    inf = float("inf")
    u = [0.0] * (rows + 1)
    v = [0.0] * (cols + 1)
    owner = [0] * (cols + 1)  # column -> row (1-based; 0 = free)
    way = [0] * (cols + 1)
    for row in range(1, rows + 1):
        owner[0] = row
        col0 = 0
        low = [inf] * (cols + 1)
        used = [False] * (cols + 1)
        while True:
            used[col0] = True
            r0, delta, col1 = owner[col0], inf, 0
            for col in range(1, cols + 1):
                if used[col]:
                    continue
                cur = -weight[r0 - 1][col - 1] - u[r0] - v[col]
                if cur < low[col]:
                    low[col], way[col] = cur, col0
                if low[col] < delta:
                    delta, col1 = low[col], col
            for col in range(cols + 1):
                if used[col]:
                    u[owner[col]] += delta
                    v[col] -= delta
                else:
                    low[col] -= delta
            col0 = col1
            if owner[col0] == 0:
                break
        while col0:
            prev = way[col0]
            owner[col0] = owner[prev]
            col0 = prev
    return {owner[col] - 1: col - 1 for col in range(1, cols + 1) if owner[col]}
