#!/usr/bin/env python3
"""The sim-bench workload in Ciw and SimPy, for the comparison in docs/simulation.md.

Stationary M/M/c: lambda = 200 mentions/h, mean handle time 6 min, 25 agents, FIFO.
Each library simulates MENTIONS arrivals (best of RUNS timed runs; the model is built inside the
timed region, results are read outside it) and prints its rate in mentions per second plus its
P(wait) and mean wait as a sanity check (exact Erlang C: P(wait) = 0.2091, ASA = 15.06 s).

Usage: compare_sim.py [--ciw N=200000] [--simpy N=1000000] [--runs R=2]
Needs: python3 -m pip install ciw simpy
"""
import argparse
import random
import time

LAMBDA = 200 / 3600  # mentions per second
AHT = 360.0          # seconds
AGENTS = 25


def run_ciw(mentions, seed):
    import ciw

    network = ciw.create_network(
        arrival_distributions=[ciw.dists.Exponential(rate=LAMBDA)],
        service_distributions=[ciw.dists.Exponential(rate=1 / AHT)],
        number_of_servers=[AGENTS],
    )
    ciw.seed(seed)
    started = time.perf_counter()
    simulation = ciw.Simulation(network)
    simulation.simulate_until_max_customers(mentions, method="Arrive")
    elapsed = time.perf_counter() - started
    waits = [r.waiting_time for r in simulation.get_all_records()]
    arrived = mentions
    return elapsed, arrived, waits


def run_simpy(mentions, seed):
    import simpy

    rng = random.Random(seed)
    waits = []

    def customer(env, agents):
        arrived = env.now
        with agents.request() as request:
            yield request
            waits.append(env.now - arrived)
            yield env.timeout(rng.expovariate(1 / AHT))

    def source(env, agents):
        for _ in range(mentions):
            yield env.timeout(rng.expovariate(LAMBDA))
            env.process(customer(env, agents))

    started = time.perf_counter()
    env = simpy.Environment()
    agents = simpy.Resource(env, capacity=AGENTS)
    env.process(source(env, agents))
    env.run()
    elapsed = time.perf_counter() - started
    return elapsed, mentions, waits


def report(name, runner, mentions, runs):
    best = float("inf")
    waits = []
    for run in range(runs):
        elapsed, arrived, waits = runner(mentions, 42 + run)
        best = min(best, elapsed)
    answered = len(waits)
    p_wait = sum(1 for w in waits if w > 0) / answered
    asa = sum(waits) / answered
    rate = mentions / best
    print(f"{name}: mentions={mentions} best={best:.3f}s rate={rate:.0f} mentions/s "
          f"P(wait)={p_wait:.4f} ASA={asa:.2f}s")
    return rate


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ciw", type=int, default=200_000, help="mentions for Ciw (0 skips it)")
    parser.add_argument("--simpy", type=int, default=1_000_000, help="mentions for SimPy (0 skips it)")
    parser.add_argument("--runs", type=int, default=2, help="timed runs per library, best kept")
    args = parser.parse_args()
    if args.ciw:
        report("ciw", run_ciw, args.ciw, args.runs)
    if args.simpy:
        report("simpy", run_simpy, args.simpy, args.runs)


if __name__ == "__main__":
    main()
