#!/usr/bin/env python3
"""Writes the seed corpora of kmswizard-fuzz (one folder per target) from the captured vectors.

    Fuzz/seeds.py OUT_DIR    -> OUT_DIR/<target>/<name>

rpc, rpc-client: the captured PDUs (the host's side, and each whole conversation);
kms: u16 little-endian request length, request, response of every captured exchange;
kms-plaintext: version selector byte, then each captured response's decrypted plaintext;
ntp: a valid server reply; dns: SRV answers as dnsmasq gives them;
state, strings, catalog: the real files and small valid examples.
"""
import glob, json, os, struct, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = sys.argv[1]


def put(target, name, data):
    folder = os.path.join(out, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


fixtures = os.path.join(root, "Tests/Fixtures")
for path in sorted(glob.glob(fixtures + "/kms/vectors/*.json") + glob.glob(fixtures + "/rpc/*.json")):
    name = os.path.splitext(os.path.basename(path))[0]
    try:
        vector = json.load(open(path))
    except ValueError:
        continue
    if not isinstance(vector, dict):
        continue
    pdus = vector.get("tcp_payloads") or vector.get("pdus") or []
    host = b"".join(bytes.fromhex(p["hex"]) for p in pdus if p.get("direction") == "server_to_client" and p.get("hex"))
    if host:
        put("rpc", name, host)
        put("rpc-client", name, host)
    exchanges = vector.get("exchanges") or vector.get("kms") or []
    for index, exchange in enumerate(exchanges):
        request, response = exchange.get("kms_request_hex"), exchange.get("kms_response_hex")
        if request and response:
            request, response = bytes.fromhex(request), bytes.fromhex(response)
            put("kms", f"{name}-{index}", struct.pack("<H", len(request)) + request + response)
        plaintext = (exchange.get("kms_response") or {}).get("plaintext_hex")
        version = (exchange.get("protocol_version") or "6.0").split(".")[0]
        if plaintext and version in "456":
            put("kms-plaintext", f"{name}-{index}", bytes([int(version) - 4]) + bytes.fromhex(plaintext))

# NTP: mode 4 (server), version 4, stratum 1 "GPS", origin = a request transmit time.
stamp = struct.pack(">II", 0xEB0D_1234, 0x8000_0000)
put("ntp", "server-reply", bytes([0x24, 1, 6, 0xEC]) + struct.pack(">II", 0, 0) + b"GPS\0" + stamp * 4 + b"\1")
put("ntp", "kiss-of-death", bytes([0xE4, 0, 6, 0xEC]) + struct.pack(">II", 0, 0) + b"RATE" + stamp * 4)



def dns_name(name):
    return b"".join(bytes([len(label)]) + label.encode() for label in name.split(".")) + b"\0"


def srv_answer(question, answers):
    """A DNS response to an SRV query for `question`; each answer (type, rdata) names the question
    through a compression pointer to offset 12, as servers write it."""
    header = struct.pack(">HHHHHH", 0x4B4D, 0x8180, 1, len(answers), 0, 0)
    body = dns_name(question) + struct.pack(">HH", 33, 1)
    for rtype, rdata in answers:
        body += b"\xc0\x0c" + struct.pack(">HHIH", rtype, 1, 600, len(rdata)) + rdata
    return header + body


question = "_vlmcs._tcp.nknu.test"
srv = lambda priority, weight, port, target: struct.pack(">HHH", priority, weight, port) + dns_name(target)
put("dns", "one-srv", srv_answer(question, [(33, srv(0, 0, 1688, "kms.nknu.test"))]))
put("dns", "two-srv", srv_answer(question, [(33, srv(10, 5, 1688, "kms1.nknu.test")), (33, srv(0, 100, 1689, "kms2.nknu.test"))]))
put("dns", "cname-then-srv", srv_answer(question, [(5, dns_name("alias.nknu.test")), (33, srv(0, 0, 1688, "kms.nknu.test"))]))
put("dns", "no-answer", srv_answer(question, []))

put("state", "empty-object", b"{}")
put("state", "full", json.dumps({
    "schemaVersion": 1, "machineID": "66666666-7777-4888-9999-AAAAAAAAAAAA", "identity": "pc-01",
    "products": {"win10-enterprise": {
        "lastSuccess": {"at": "2026-11-24T23:59:04Z", "host": "127.0.0.1", "port": 1688,
                        "epid": "03612-00206-556-123456-03-1033-17763.0000-0452024", "protocolVersion": 6,
                        "clientCount": 50, "activationIntervalMinutes": 120, "renewalIntervalMinutes": 10080},
        "lastFailure": {"at": "2026-11-24T23:59:04Z", "code": "timeout", "windowsCode": "0xC004F074"}}},
}, sort_keys=True).encode())
put("strings", "bundled", open(os.path.join(root, "Resources/strings.zh-TW.json"), "rb").read())
put("strings", "small", b'{"schemaVersion":1,"activate":{"failure.timeout":{"zh-TW":"{host} \\u903e\\u6642","en":"{host} timed out after {seconds} s"}}}')
put("catalog", "bundled", open(os.path.join(root, "Resources/products.json"), "rb").read())
