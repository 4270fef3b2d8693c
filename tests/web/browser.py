"""Headless Chromium for the web tests: the command line (--dump-dom, --screenshot) and, for pages
that need cookies, clicks or downloads, the Chrome DevTools Protocol over a small stdlib WebSocket."""

from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import socket
import struct
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# Screenshots land in docs/ only when asked (RASD_UPDATE_DOCS=1), so that `make test` leaves the
# working tree clean; otherwise they go to a temporary folder and are checked there.
DOCS = REPO / "docs" if os.environ.get("RASD_UPDATE_DOCS") == "1" else Path(tempfile.mkdtemp(prefix="rasd-shots-"))
CHROMIUM = Path(shutil.which("chromium") or "/usr/bin/chromium")
WINDOW = (1400, 900)
CHROME_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-proxy-server",
    "--hide-scrollbars",
    f"--window-size={WINDOW[0]},{WINDOW[1]}",
]
NO_CHROMIUM = "Chromium is needed (Debian: apt-get install -y chromium; `make test` installs it)"


def require_chromium() -> None:
    assert CHROMIUM.exists(), NO_CHROMIUM


def wait_for(what: str, check, timeout: float, every: float = 0.3) -> object:
    deadline = time.time() + timeout
    last_error = None
    while time.time() < deadline:
        try:
            result = check()
            if result:
                return result
        except (urllib.error.URLError, OSError, KeyError, ValueError) as exc:
            last_error = exc
        time.sleep(every)
    raise TimeoutError(f"timed out waiting for {what} ({last_error})")


def stop_group(proc: subprocess.Popen) -> None:
    """Stop a process started with start_new_session=True, and its children."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(10)
            return
        except subprocess.TimeoutExpired:
            continue


class CDP:
    """Just enough of the Chrome DevTools Protocol: JSON commands over a stdlib WebSocket (RFC 6455)."""

    def __init__(self, ws_url: str, timeout: float = 60):
        url = urllib.parse.urlsplit(ws_url)
        self.sock = socket.create_connection((url.hostname, url.port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(
            (
                f"GET {url.path} HTTP/1.1\r\nHost: {url.hostname}:{url.port}\r\nUpgrade: websocket\r\n"
                f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
            ).encode()
        )
        self.buffer = b""
        while b"\r\n\r\n" not in self.buffer:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError("DevTools closed the connection during the handshake")
            self.buffer += chunk
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        if b" 101 " not in head.split(b"\r\n", 1)[0]:
            raise ConnectionError(head.decode(errors="replace"))
        self.next_id = 0

    def _read(self, n: int) -> bytes:
        while len(self.buffer) < n:
            chunk = self.sock.recv(max(65536, n - len(self.buffer)))
            if not chunk:
                raise ConnectionError("DevTools closed the connection")
            self.buffer += chunk
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        return data

    def _send(self, opcode: int, data: bytes) -> None:
        n = len(data)
        head = bytes([0x80 | opcode])
        if n < 126:
            head += bytes([0x80 | n])
        elif n < 1 << 16:
            head += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            head += bytes([0x80 | 127]) + struct.pack(">Q", n)
        mask = os.urandom(4)  # clients must mask every frame
        self.sock.sendall(head + mask + bytes(b ^ mask[i & 3] for i, b in enumerate(data)))

    def _message(self) -> str:
        parts = []
        while True:
            b0, b1 = self._read(2)
            n = b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._read(8))[0]
            mask = self._read(4) if b1 & 0x80 else None
            payload = self._read(n)
            if mask:
                payload = bytes(b ^ mask[i & 3] for i, b in enumerate(payload))
            opcode = b0 & 0x0F
            if opcode == 0x8:
                raise ConnectionError("DevTools closed the WebSocket")
            if opcode == 0x9:
                self._send(0xA, payload)
                continue
            if opcode == 0xA:
                continue
            parts.append(payload)
            if b0 & 0x80:
                return b"".join(parts).decode("utf-8")

    def call(self, method: str, **params) -> dict:
        self.next_id += 1
        self._send(0x1, json.dumps({"id": self.next_id, "method": method, "params": params}).encode())
        while True:
            msg = json.loads(self._message())
            if msg.get("id") == self.next_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})

    def evaluate(self, expression: str):
        return self.call("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")

    def close(self) -> None:
        self.sock.close()


class Browser:
    """Headless Chromium driven over DevTools (for pages that need cookies set first)."""

    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="rasd-cdp-")
        self.proc = subprocess.Popen(
            [
                str(CHROMIUM),
                *CHROME_FLAGS,
                f"--user-data-dir={self.profile}",
                "--remote-debugging-port=0",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            port_file = Path(self.profile) / "DevToolsActivePort"
            port = wait_for("Chromium DevTools", lambda: port_file.exists() and port_file.read_text().split()[0], 30)
            targets = wait_for(
                "a page target",
                lambda: [
                    t
                    for t in json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10).read())
                    if t["type"] == "page"
                ],
                30,
            )
            self.port = port
            self.cdp = CDP(targets[0]["webSocketDebuggerUrl"])
            self.cdp.call(
                "Emulation.setDeviceMetricsOverride",
                width=WINDOW[0],
                height=WINDOW[1],
                deviceScaleFactor=1,
                mobile=False,
            )
        except BaseException:
            stop_group(self.proc)
            shutil.rmtree(self.profile, ignore_errors=True)
            raise

    def set_cookie(self, url: str, name: str, value: str, path: str = "/") -> None:
        assert self.cdp.call("Network.setCookie", name=name, value=value, url=url, path=path, httpOnly=True).get(
            "success", True
        )

    def open(self, url: str, ready_js: str, timeout: float = 90) -> None:
        self.cdp.evaluate("window.__rasd_previous_page = true")  # so the old page never passes as ready
        self.cdp.call("Page.navigate", url=url)
        deadline = time.time() + timeout
        ready_js = f"!window.__rasd_previous_page && document.readyState === 'complete' && ({ready_js})"
        while not self.cdp.evaluate(ready_js):
            if time.time() > deadline:
                text = self.cdp.evaluate("document.body ? document.body.innerText : ''")
                raise TimeoutError(f"{url} never satisfied {ready_js}; page text: {str(text)[:1500]}")
            time.sleep(0.5)

    def wait(self, js: str, timeout: float = 30) -> object:
        deadline = time.time() + timeout
        while not (value := self.cdp.evaluate(js)):
            if time.time() > deadline:
                raise TimeoutError(f"never true: {js}; at {self.cdp.evaluate('location.href')}")
            time.sleep(0.2)
        return value

    def click(self, selector: str, then: str, timeout: float = 30, navigates: bool = True) -> None:
        """Click the first element matching ``selector`` (as a user would), then wait for ``then``
        (on the next page when the click navigates)."""
        if navigates:
            self.cdp.evaluate("window.__rasd_previous_page = true")
            then = f"!window.__rasd_previous_page && document.readyState === 'complete' && ({then})"
        found = self.cdp.call(
            "Runtime.evaluate",
            expression=f"(() => {{ const e = document.querySelector({json.dumps(selector)}); if (!e) return false;"
            " e.click(); return true; })()",
            returnByValue=True,
            userGesture=True,  # as a user's click: downloads and navigations are allowed
        )["result"].get("value")
        assert found, f"nothing matches {selector} at {self.cdp.evaluate('location.href')}"
        self.wait(then, timeout)

    def download_to(self, folder: Path) -> None:
        """Let downloads land in ``folder`` (a browser-wide setting, on the browser's own target)."""
        info = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{self.port}/json/version", timeout=10).read())
        browser = CDP(info["webSocketDebuggerUrl"])
        try:
            browser.call("Browser.setDownloadBehavior", behavior="allow", downloadPath=str(folder))
        finally:
            browser.close()
        self.cdp.call("Page.setDownloadBehavior", behavior="allow", downloadPath=str(folder))  # this tab too

    def text(self) -> str:
        return self.cdp.evaluate("document.body.innerText")

    def screenshot(self, out: Path) -> None:
        data = self.cdp.call("Page.captureScreenshot", format="png")["data"]
        out.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        self.cdp.close()
        stop_group(self.proc)  # Chromium and its renderer/zygote processes
        shutil.rmtree(self.profile, ignore_errors=True)
