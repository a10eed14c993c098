"""Talking to the central server: the HTTP client, the device token, the push and pull
loops of a round. Below the services (docs/architecture.md): it uses the store and the
registry, never the use cases."""
