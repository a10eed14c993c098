"""A proxy for the sync tests that passes a request to the server and can then lose its
answer: the server has committed, the desk never hears of it."""

from __future__ import annotations

import socket
import threading

from tests.server.support import free_port


class LosingProxy:
    """A TCP proxy in front of the server that can pass a request on and then drop its
    answer (the server has committed; the desk never hears of it)."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.port = free_port()
        self.lose_next_answers = 0
        self.lost = 0
        self._listener = socket.create_server(("127.0.0.1", self.port))
        self._running = True
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self._running = False
        self._listener.close()

    def _serve(self) -> None:
        while self._running:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._relay, args=(client,), daemon=True).start()

    def _relay(self, client: socket.socket) -> None:
        with client, socket.create_connection(("127.0.0.1", self.target_port)) as upstream:
            while True:
                request = _read_message(client)
                if request is None:
                    return
                upstream.sendall(request)
                answer = _read_message(upstream)
                if answer is None:
                    return
                if self.lose_next_answers and b"POST /api/v1/push" in request[:64]:
                    self.lose_next_answers -= 1
                    self.lost += 1
                    return  # closed without the answer
                client.sendall(answer)


def _read_message(sock: socket.socket) -> bytes | None:
    """One HTTP/1.1 message with a Content-Length body (what httpx and uvicorn send)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        body += chunk
    return head + b"\r\n\r\n" + body
