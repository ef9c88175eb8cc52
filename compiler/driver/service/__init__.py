"""The decision service (`lov serve`): the laws over HTTP for case-management systems.

``laws`` loads and evaluates, ``problems`` renders bad requests (RFC 9457), ``openapi`` writes
the OpenAPI 3.1 document, ``app`` is the Starlette application."""
