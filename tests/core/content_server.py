"""Test helpers for content bundles: a CA and server certificate made at test time, a real HTTPS
server on 127.0.0.1 that serves whatever bytes a test sets, and source folders to sign."""

from __future__ import annotations

import datetime
import ipaddress
import re
import shutil
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from assistant.resources import resource


def make_certificates(folder: Path) -> tuple[Path, Path, Path]:
    """(CA certificate, server certificate, server key) for 127.0.0.1 / localhost, as PEM files."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Lotse test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    ca_file, cert_file, key_file = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return ca_file, cert_file, key_file


class BundleServer:
    """HTTPS on 127.0.0.1. ``body`` is served at /lotse-content.zip; ``cut`` sends only that many
    bytes of it and then closes (a download cut off on the way)."""

    def __init__(self, folder: Path) -> None:
        self.ca, cert, key = make_certificates(folder)
        self.body = b""
        self.cut: int | None = None
        self.requests = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests += 1
                if self.path != "/lotse-content.zip":
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/zip")
                self.send_header("Content-Length", str(len(server.body)))
                self.end_headers()
                self.wfile.write(server.body if server.cut is None else server.body[: server.cut])
                self.wfile.flush()
                if server.cut is not None:
                    self.close_connection = True

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(cert, key)
        self.httpd.socket = ctx.wrap_socket(self.httpd.socket, server_side=True)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.httpd.server_address[1]}/lotse-content.zip"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def source_folder(
    folder: Path,
    version: int,
    *,
    title: str = "Ist mein Computer wirklich bereit?",
    fee: str = "46 Euro (ab 24 Jahren), 22,80 Euro (unter 24 Jahren)",
) -> Path:
    """A folder to sign: the computer-ready guide (German title changed) and Bochum (the ID card fee changed)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "guides").mkdir(exist_ok=True)
    (folder / "cities").mkdir(exist_ok=True)
    de = resource("guides", "computer-ready.de.yaml").read_text(encoding="utf-8")
    (folder / "guides" / "computer-ready.de.yaml").write_text(
        de.replace("title: Ist mein Computer bereit?", f"title: {title}", 1), encoding="utf-8"
    )
    shutil.copyfile(resource("guides", "computer-ready.en.yaml"), folder / "guides" / "computer-ready.en.yaml")
    city = resource("cities", "bochum.yaml").read_text(encoding="utf-8")
    changed = re.sub(r'(fees: \{de: ")[^"]*(")', lambda m: m.group(1) + fee + m.group(2), city, count=1)
    assert changed != city
    (folder / "cities" / "bochum.yaml").write_text(changed, encoding="utf-8")
    (folder / "bundle.yaml").write_text(
        f"version: {version}\nchanges: Gebühr Personalausweis geändert (Version {version})\n", encoding="utf-8"
    )
    return folder
