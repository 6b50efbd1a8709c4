"""M/M/c FIFO in SimPy, the same model as sims' `queue` bench: prints one JSON line.

usage: python3 mm1_simpy.py CUSTOMERS SERVERS ARRIVAL_RATE SERVICE_RATE [SEED]
"""
import json
import random
import sys
import time

import simpy


def main():
    n, c = int(sys.argv[1]), int(sys.argv[2])
    lam, mu = float(sys.argv[3]), float(sys.argv[4])
    rng = random.Random(int(sys.argv[5]) if len(sys.argv) > 5 else 1)
    env = simpy.Environment()
    servers = simpy.Resource(env, capacity=c)
    waits = []

    def customer(env):
        arrived = env.now
        with servers.request() as req:
            yield req
            waits.append(env.now - arrived)
            yield env.timeout(rng.expovariate(mu))

    def source(env):
        for _ in range(n):
            yield env.timeout(rng.expovariate(lam))
            env.process(customer(env))

    env.process(source(env))
    start = time.perf_counter()
    env.run()
    seconds = time.perf_counter() - start
    print(json.dumps({"customers": len(waits), "seconds": seconds, "meanWait": sum(waits) / len(waits)}))


if __name__ == "__main__":
    main()
