"""Python source that blocks every network connection in the process it runs in; tests prefix it to `python -c`."""

BLOCK = """
import socket, sys
def refuse(*a, **k):
    raise OSError("network blocked by the test")
socket.socket.connect = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
"""
