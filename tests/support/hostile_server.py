#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 CORS Configurator contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""One loopback server per misbehaviour, for tst_hostile_endpoints.

Prints "NAME SCHEME PORT" per server on stdout, then "ready", and serves until stdin closes.
Raw sockets, so that every byte (and every reset) is exactly what the case needs.
Usage: hostile_server.py CERT.pem KEY.pem
"""
import os
import socket
import ssl
import struct
import sys
import threading
import time

CORS = b"Access-Control-Allow-Origin: *\r\n"


def read_request(conn):
    """Reads up to the end of the request head (bodies are small and ignored)."""
    data = b""
    conn.settimeout(10)
    try:
        while b"\r\n\r\n" not in data and len(data) < 65536:
            chunk = conn.recv(4096)
            if not chunk:
                break
            data += chunk
    except OSError:
        pass
    return data


def reset(conn):
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


def send_forever(conn, make_chunk, pause=0.0):
    try:
        while True:
            conn.sendall(make_chunk())
            if pause:
                time.sleep(pause)
    except OSError:
        pass


def case_reset(conn):
    read_request(conn)
    reset(conn)


def case_stall(conn):
    read_request(conn)
    time.sleep(60)


def case_close(conn):
    read_request(conn)
    conn.shutdown(socket.SHUT_RDWR)


def case_huge_header(conn):
    read_request(conn)
    conn.sendall(b"HTTP/1.1 200 OK\r\n" + CORS + b"X-Big: " + b"a" * (1024 * 1024) + b"\r\n\r\n")


def case_many_headers(conn):
    # 5,000 short fields, about 90 KiB: under Chromium's 256 KiB limit, so browsers read it.
    read_request(conn)
    fields = b"".join(b"X-Field-%d: v\r\n" % i for i in range(5000))
    conn.sendall(b"HTTP/1.1 200 OK\r\n" + CORS + fields + b"Content-Length: 2\r\n\r\n{}")


def case_redirect_loop(conn):
    read_request(conn)
    conn.sendall(b"HTTP/1.1 302 Found\r\nLocation: /loop\r\n" + CORS + b"Content-Length: 0\r\n\r\n")


def case_redirect_file(conn):
    read_request(conn)
    conn.sendall(b"HTTP/1.1 302 Found\r\nLocation: file:///etc/passwd\r\n" + CORS +
                 b"Content-Length: 0\r\n\r\n")


def case_drip(conn):
    # A valid start, then one byte of a header field every 0.2 s: the head never ends.
    read_request(conn)
    conn.sendall(b"HTTP/1.1 200 OK\r\n" + CORS + b"X-Drip: ")
    send_forever(conn, lambda: b"a", pause=0.2)


def case_random(conn):
    read_request(conn)
    conn.sendall(os.urandom(4096))
    time.sleep(0.5)


def case_http09(conn):
    read_request(conn)
    conn.sendall(b"<html><body>an HTTP/0.9 answer</body></html>\n")
    conn.shutdown(socket.SHUT_RDWR)


def case_endless_chunked(conn):
    read_request(conn)
    conn.sendall(b"HTTP/1.1 200 OK\r\n" + CORS + b"Transfer-Encoding: chunked\r\n\r\n")
    chunk = b"%x\r\n%s\r\n" % (65536, b"z" * 65536)
    send_forever(conn, lambda: chunk)


def case_status_99999(conn):
    read_request(conn)
    conn.sendall(b"HTTP/1.1 99999 Weird\r\n" + CORS + b"Content-Length: 0\r\n\r\n")


def case_nul_header(conn):
    read_request(conn)
    conn.sendall(b"HTTP/1.1 200 OK\r\nAccess-Control-Allow-Origin: *\x00evil\r\n"
                 b"Content-Length: 0\r\n\r\n")


def case_preflight_then_reset(conn):
    request = read_request(conn)
    if request.startswith(b"OPTIONS "):
        conn.sendall(b"HTTP/1.1 204 No Content\r\n" + CORS +
                     b"Access-Control-Allow-Methods: PUT\r\n"
                     b"Access-Control-Allow-Headers: content-type\r\n"
                     b"Content-Length: 0\r\n\r\n")
        conn.close()
    else:
        reset(conn)


def case_slow_redirects(conn):
    # Every hop answers, slowly, with another redirect: each request stays within the timeout,
    # the chain does not.
    read_request(conn)
    time.sleep(0.8)
    conn.sendall(b"HTTP/1.1 307 Temporary Redirect\r\nLocation: /next\r\n" + CORS +
                 b"Content-Length: 0\r\n\r\n")


def case_self_signed(conn):
    read_request(conn)
    conn.sendall(b"HTTP/1.1 200 OK\r\n" + CORS + b"Content-Length: 0\r\n\r\n")


CASES = {
    "reset": case_reset,
    "stall": case_stall,
    "close": case_close,
    "huge-header": case_huge_header,
    "many-headers": case_many_headers,
    "redirect-loop": case_redirect_loop,
    "redirect-file": case_redirect_file,
    "drip": case_drip,
    "random": case_random,
    "http09": case_http09,
    "self-signed": case_self_signed,
    "endless-chunked": case_endless_chunked,
    "status-99999": case_status_99999,
    "nul-header": case_nul_header,
    "preflight-then-reset": case_preflight_then_reset,
    "slow-redirects": case_slow_redirects,
}


def serve(listener, handler, context):
    while True:
        conn, _ = listener.accept()
        if context is not None:
            try:
                conn = context.wrap_socket(conn, server_side=True)
            except (ssl.SSLError, OSError):
                conn.close()
                continue

        def run(c=conn):
            try:
                handler(c)
            except OSError:
                pass
            finally:
                try:
                    c.close()
                except OSError:
                    pass

        threading.Thread(target=run, daemon=True).start()


def main():
    cert, key = sys.argv[1], sys.argv[2]
    for name, handler in CASES.items():
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", 0))
        listener.listen(64)
        context = None
        scheme = "http"
        if name == "self-signed":
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(cert, key)
            scheme = "https"
        threading.Thread(target=serve, args=(listener, handler, context), daemon=True).start()
        print(name, scheme, listener.getsockname()[1], flush=True)
    print("ready", flush=True)
    sys.stdin.read()  # serve until the test closes our stdin


if __name__ == "__main__":
    main()
