"""A server that sends its answer a byte at a time is given up on at the timeout, not waited on for ever.

The socket's timeout bounds each read: a byte every fraction of a second kept `sources add URL` (and a
Wikidata import) waiting as long as the server liked, while the README promises a 20-second timeout.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from factdesk.base.web import FetchError, WebSettings, fetch


def _drip(connection: socket.socket, head: bytes, body: bytes, every: float) -> None:
    try:
        connection.recv(65536)
        connection.sendall(head)
        for byte in body:
            connection.sendall(bytes([byte]))
            time.sleep(every)
    except OSError:
        pass
    finally:
        connection.close()


@pytest.fixture
def dripping_server(request) -> Iterator[str]:
    """An address on 127.0.0.1 whose answer (headers, or body) comes one byte every 0.1 s, for 60 s."""
    where = request.param
    body = b"x" * 600
    headers = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 600\r\n\r\n"
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def serve() -> None:
        try:
            connection, _ = listener.accept()
        except OSError:
            return
        if where == "headers":
            _drip(connection, b"", headers + body, 0.1)
        else:
            _drip(connection, headers, body, 0.1)

    threading.Thread(target=serve, daemon=True).start()
    yield f"http://127.0.0.1:{port}/page"
    listener.close()


@pytest.mark.parametrize("dripping_server", ["headers", "body"], indirect=True)
def test_an_answer_that_drips_in_is_given_up_on_at_the_timeout(dripping_server: str, tmp_path: Path):
    settings = WebSettings(cache=tmp_path / "web", timeout=1.0, retries=0)
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"no complete answer within 1 seconds"):
        fetch(dripping_server, settings)
    assert time.monotonic() - started < 15  # the drip lasts a minute; the promise is one second
