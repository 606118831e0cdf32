#!/usr/bin/env python3
"""Independent reference values for SimulationRandom (SplitMix64 seeding + xoshiro256**).

Written from the published algorithms, not from the Swift code; the numbers it prints are pinned
in Tests/SocialPlanCoreTests/Simulation/SimulationRandomTests.swift.
Usage: python3 simulation_random_reference.py [SEED=42]
"""
import sys

M = (1 << 64) - 1


def splitmix64(state):
    state = (state + 0x9E3779B97F4A7C15) & M
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
    return state, z ^ (z >> 31)


def rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & M


class Xoshiro256StarStar:
    def __init__(self, seed):
        x = seed
        self.s = []
        for _ in range(4):
            x, v = splitmix64(x)
            self.s.append(v)

    def next(self):
        s = self.s
        result = (rotl((s[1] * 5) & M, 7) * 9) & M
        t = (s[1] << 17) & M
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 45)
        return result

    def uniform(self):
        return ((self.next() >> 11) + 0.5) * 2.0 ** -53


seed = int(sys.argv[1]) if len(sys.argv) > 1 else 42
g = Xoshiro256StarStar(seed)
print("next():", ", ".join(str(g.next()) for _ in range(5)))
g = Xoshiro256StarStar(seed)
print("uniform():", ", ".join(repr(g.uniform()) for _ in range(3)))
