"""Real proxies on 127.0.0.1 for the network tests: an HTTP proxy (forward and CONNECT)
and a SOCKS5 proxy, each optionally asking for a user name and password. They record who
came through, so a test can tell the request really went via the proxy."""

from __future__ import annotations

import base64
import select
import socket
import socketserver
import struct
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


def _pipe(a: socket.socket, b: socket.socket) -> None:
    """Copy bytes both ways until either side closes."""
    sockets = [a, b]
    try:
        while True:
            readable, _, _ = select.select(sockets, [], [], 30)
            if not readable:
                return
            for s in readable:
                data = s.recv(65536)
                if not data:
                    return
                (b if s is a else a).sendall(data)
    except OSError:
        return


class HttpProxy:
    def __init__(self, user: str = "", password: str = "") -> None:
        self.seen: list[str] = []
        proxy = self
        expected = base64.b64encode(f"{user}:{password}".encode()).decode() if user else ""

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _authorised(self) -> bool:
                if not expected:
                    return True
                if self.headers.get("Proxy-Authorization", "") == f"Basic {expected}":
                    return True
                self.send_response(407)
                self.send_header("Proxy-Authenticate", 'Basic realm="test"')
                self.send_header("Content-Length", "0")
                self.end_headers()
                return False

            def do_CONNECT(self) -> None:
                if not self._authorised():
                    return
                host, port = self.path.rsplit(":", 1)
                proxy.seen.append(f"CONNECT {self.path}")
                upstream = socket.create_connection((host, int(port)))
                self.send_response(200, "Connection established")
                self.end_headers()
                _pipe(self.connection, upstream)
                upstream.close()
                self.close_connection = True

            def _forward(self) -> None:
                if not self._authorised():
                    return
                proxy.seen.append(f"{self.command} {self.path}")
                import http.client
                from urllib.parse import urlsplit

                target = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                conn = http.client.HTTPConnection(target.hostname, target.port or 80, timeout=30)
                headers = {
                    k: v for k, v in self.headers.items()
                    if k.lower() not in ("proxy-authorization", "proxy-connection")
                }  # fmt: skip
                path = target.path + (f"?{target.query}" if target.query else "")
                conn.request(self.command, path, body=body, headers=headers)
                resp = conn.getresponse()
                data = resp.read()
                self.send_response(resp.status)
                for name, value in resp.getheaders():
                    if name.lower() not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(data)
                self.close_connection = True

            do_GET = do_POST = _forward  # noqa: N815 - stdlib names

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                         daemon=True).start()  # fmt: skip

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class Socks5Proxy:
    """SOCKS5 (RFC 1928) with optional user/password authentication (RFC 1929)."""

    def __init__(self, user: str = "", password: str = "") -> None:
        self.seen: list[str] = []
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                conn: socket.socket = self.request
                version, count = conn.recv(2)
                methods = conn.recv(count)
                method = 2 if user else 0
                if version != 5 or method not in methods:
                    conn.sendall(b"\x05\xff")
                    return
                conn.sendall(bytes([5, method]))
                if user:
                    _, ulen = conn.recv(2)
                    got_user = conn.recv(ulen).decode()
                    (plen,) = conn.recv(1)
                    got_password = conn.recv(plen).decode()
                    ok = got_user == user and got_password == password
                    conn.sendall(b"\x01\x00" if ok else b"\x01\x01")
                    if not ok:
                        return
                _, _command, _, kind = conn.recv(4)
                if kind == 1:
                    host = socket.inet_ntoa(conn.recv(4))
                elif kind == 3:
                    (length,) = conn.recv(1)
                    host = conn.recv(length).decode()
                else:
                    return
                (port,) = struct.unpack(">H", conn.recv(2))
                proxy.seen.append(f"{host}:{port}")
                upstream = socket.create_connection((host, port))
                conn.sendall(
                    b"\x05\x00\x00\x01" + socket.inet_aton("127.0.0.1") + struct.pack(">H", 0)
                )
                _pipe(conn, upstream)
                upstream.close()

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                         daemon=True).start()  # fmt: skip

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def self_signed(tmp: Any) -> tuple[str, str, str]:
    """A test CA and a server certificate for 127.0.0.1 it signed: (ca, cert, key) paths."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "chatdesk test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    paths = (tmp / "ca.pem", tmp / "server.pem", tmp / "server.key")
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return str(paths[0]), str(paths[1]), str(paths[2])
