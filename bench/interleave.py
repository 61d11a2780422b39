#!/usr/bin/env python3
"""Compares commands on a loaded machine: runs them in turn, N rounds after 2 warm-up rounds, and
prints per command the median and minimum wall time and the median and mean CPU time (user + system,
of the process and its children, from wait4). Taking the commands in turn spreads the machine's
changing load over all of them; on a shared machine read the CPU times.

Usage: bench/interleave.py N LABEL1 'COMMAND1' LABEL2 'COMMAND2' ...
"""
import os, sys, time, subprocess, statistics, shlex
n=int(sys.argv[1]); pairs=list(zip(sys.argv[2::2], sys.argv[3::2]))
res={l:[] for l,_ in pairs}
def run(cmd):
    t=time.time()
    p=subprocess.Popen(cmd, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _,st,ru=os.wait4(p.pid,0)
    return time.time()-t, ru.ru_utime+ru.ru_stime, ru.ru_utime, ru.ru_stime
for i in range(n+2):
    for l,c in pairs:
        r=run(c)
        if i>=2: res[l].append(r)
print('load', open('/proc/loadavg').read().split()[:3])
for l,_ in pairs:
    r=res[l]
    print(f"{l:28s} wall med {statistics.median(x[0] for x in r):.3f} min {min(x[0] for x in r):.3f}  cpu med {statistics.median(x[1] for x in r):.3f} mean {statistics.mean(x[1] for x in r):.3f} (u {statistics.mean(x[2] for x in r):.3f} s {statistics.mean(x[3] for x in r):.3f})")
