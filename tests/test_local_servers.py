"""The local servers the other tests lean on behave as real servers would where a test depends on it."""

from __future__ import annotations

import socket

from tests.support.slack_receiver import SlackReceiver


def test_a_post_cut_off_mid_body_is_neither_received_nor_rejected_by_the_slack_receiver() -> None:
    # A monitor killed while posting leaves half a JSON body on the wire; Slack never sees it as a message.
    with SlackReceiver() as slack:
        path = slack.webhook_url.split(str(slack.server.port), 1)[1]
        body = b'{"text": "We will negotiate."}'
        with socket.create_connection(("127.0.0.1", slack.server.port)) as conn:
            conn.sendall(b"POST " + path.encode() + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         b"Content-Type: application/json\r\nContent-Length: " + str(len(body)).encode()
                         + b"\r\n\r\n" + body[:12])
            conn.shutdown(socket.SHUT_WR)
            assert conn.recv(100) == b""  # the server hangs up without an answer
        assert (slack.server.cut_off, slack.received, slack.rejected, slack.posts) == (1, [], [], 0)
