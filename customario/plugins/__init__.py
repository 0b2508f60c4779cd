"""Plug-in campaign modules: discovery, registration and fault isolation."""
