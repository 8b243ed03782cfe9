#!/usr/bin/env python3
"""make bench: figures for the README, each a median with its spread over many runs.

    scripts/bench.py BUILD_DIR      (BUILD_DIR holds release builds of kmswizard, kms-test-responder
                                     and kmswizard-bench; `make bench` makes them)

Benchmarks print figures; nothing here passes or fails on a number. Network peers are the test
responder on loopback and, for diagnose, loopback inside a network namespace of our own.
"""
import json, os, shutil, statistics, subprocess, sys, tempfile, time

build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build-bench/release")
kmswizard = os.path.join(build, "kmswizard")
responder = os.path.join(build, "kms-test-responder")
state = tempfile.mkdtemp(prefix="kmswizard-bench-")
env = {"PATH": "/usr/bin:/bin", "HOME": state, "XDG_STATE_HOME": state, "LC_ALL": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no"}


def spawn(argv, environment=env, stdout=subprocess.DEVNULL):
    """Runs argv; returns (wall seconds, CPU seconds, peak RSS kB, exit status, stdout bytes)."""
    out = tempfile.TemporaryFile()
    started = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, environment,
                         file_actions=[(os.POSIX_SPAWN_OPEN, 0, "/dev/null", os.O_RDONLY, 0),
                                       (os.POSIX_SPAWN_DUP2, out.fileno(), 1),
                                       (os.POSIX_SPAWN_OPEN, 2, "/dev/null", os.O_WRONLY, 0)])
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - started
    out.seek(0)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, os.waitstatus_to_exitcode(status), out.read()


def spread(label, values, unit, scale=1.0, digits=2):
    values = sorted(v * scale for v in values)
    print(f"  {label}: median {values[len(values) // 2]:.{digits}f} {unit}, spread {values[0]:.{digits}f}-{values[-1]:.{digits}f} {unit}"
          f" ({len(values)} runs)")


def start_responder(connections, extra=()):
    process = subprocess.Popen([responder, "--connections", str(connections), "--deadline", "600", *extra],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    port = int(process.stdout.readline())
    return process, port


print(f"kmswizard bench ({build}), {os.cpu_count()} cores, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")

print("\nOne activation on loopback, new TCP connection each (kmswizard activate --count 1000 --interval 0):")
for version in (4, 5, 6):
    count = 1000
    process, port = start_responder(count)
    wall, cpu, rss, status, out = spawn([kmswizard, "activate", "--json", "--count", str(count), "--interval", "0",
                                         "--protocol", str(version), "--host", f"127.0.0.1:{port}"])
    process.wait(timeout=30)
    summary = json.loads(out)
    figures = summary["milliseconds"]
    print(f"  v{version}: {summary['answered']}/{count} answered in {wall:.3f} s wall, {cpu:.3f} s client CPU "
          f"({count / summary['elapsedSeconds']:.0f} activations/s); per activation median {figures['median']:.3f} ms, "
          f"p99 {figures['p99']:.3f} ms, spread {figures['min']:.3f}-{figures['max']:.3f} ms; "
          f"client CPU {cpu / count * 1e6:.0f} us/activation (start-up included)")

print("\nOne whole `kmswizard activate` process on loopback (start-up, connect, bind, request, validation, state file):")
runs = 30
process, port = start_responder(runs)
walls, cpus, rsss = [], [], []
for _ in range(runs):
    wall, cpu, rss, status, _ = spawn([kmswizard, "activate", "--json", "--host", f"127.0.0.1:{port}"])
    walls.append(wall); cpus.append(cpu); rsss.append(rss)
process.wait(timeout=30)
spread("wall", walls, "ms", 1000)
spread("CPU", cpus, "ms", 1000)
spread("peak RSS", rsss, "MB", 1 / 1024, 1)

print("\nCrypto and parsing alone, and the wizard's view (kmswizard-bench, in process):")
for line in subprocess.run([os.path.join(build, "kmswizard-bench")], capture_output=True, text=True, env=env).stdout.splitlines():
    print("  " + line)

print("\nShort commands, start to exit (posix_spawn + wait4):")
for argv in (["--version"], ["explain", "0xC004F074"]):
    walls, rsss = [], []
    for _ in range(200):
        wall, cpu, rss, status, _ = spawn([kmswizard, *argv])
        walls.append(wall); rsss.append(rss)
    print(f"  kmswizard {' '.join(argv)}:")
    spread("wall", walls, "ms", 1000)
    spread("peak RSS", rsss, "MB", 1 / 1024, 1)


def netns(*argv):
    return subprocess.run(["ip", "netns", *argv], capture_output=True, text=True)


print("\ndiagnose in a network namespace of its own (loopback only; DNS, NTP and KMS on 127.0.0.1):")
name = f"kmsbench{os.getpid()}"
if os.geteuid() != 0 or shutil.which("ip") is None or netns("add", name).returncode != 0:
    print("  skipped: needs root and iproute2 to create a network namespace")
else:
    resolv = f"/etc/netns/{name}"
    try:
        os.makedirs(resolv, exist_ok=True)
        with open(f"{resolv}/resolv.conf", "w") as f:
            f.write("nameserver 127.0.0.1\noptions timeout:1 attempts:1\n")
        inside = [shutil.which("ip"), "netns", "exec", name]
        subprocess.run(inside + ["ip", "link", "set", "lo", "up"], check=True)
        host = subprocess.Popen(inside + [responder, "--port", "1688", "--connections", "1000", "--deadline", "300"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        time.sleep(0.5)
        timeout = 2
        argv = [kmswizard, "diagnose", "--json", "--timeout", str(timeout), "--host", "127.0.0.1:1688",
                "--ntp", "127.0.0.1:123", "--domain", "campus.test"]
        for label, rule in (("answering or refusing at once", None),
                            (f"every peer dropping packets (--timeout {timeout})", ["iptables", "-A", "INPUT", "-i", "lo", "-p", "all", "-j", "DROP"])):
            if rule and subprocess.run(inside + rule, capture_output=True).returncode != 0:
                print(f"  {label}: skipped, iptables is not available")
                continue
            walls = [spawn(inside + argv, {**env, "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"})[0] for _ in range(5)]
            print(f"  {label}:")
            spread("wall", walls, "s", 1, 3)
        host.kill()
        host.wait()
    finally:
        netns("delete", name)
        shutil.rmtree(resolv, ignore_errors=True)

shutil.rmtree(state, ignore_errors=True)
