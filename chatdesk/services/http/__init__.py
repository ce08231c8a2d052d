"""The only package that speaks HTTP (and imports ``requests``).

``transport`` reaches the server: proxies, TLS, redirects that never carry the key
elsewhere, capped reads, and the one place errors are masked. ``chat`` streams a Chat
Completions request; ``models`` lists ``/models`` within a deadline; ``failures`` words
what went wrong. Callers use the facade, ``chatdesk.services.http_client``.
"""
