"""pc_store_support: e-commerce support for a PC-parts shop (orders, stock, refunds, returns, tickets).

A plug-in like any third party's (:mod:`customario.api`), declared as an entry point in
customario's ``pyproject.toml``. It adds its definition, its migration set, its agent tools, its
offline dialogue policy and the ``customario store`` and ``customario tickets`` command groups.
Every hook imports its code when it is called, so loading the plug-in costs nothing at start-up.
"""

from __future__ import annotations

from importlib import resources

from customario.api import hookimpl

NAME = "pc_store_support"


@hookimpl
def register_definitions(register):
    register(resources.files(__name__) / "pc_store_support.yaml")


@hookimpl
def register_migrations(register):
    from .migrations import migrations

    register(migrations)


@hookimpl
def register_tools(register):
    from .tools import STORE_TOOLS

    for spec in STORE_TOOLS:
        register(spec)


def _policy_factory(campaign, contact, ctx):
    from .policy import StorePolicy

    return StorePolicy(campaign, contact, ctx)


@hookimpl
def register_policies(register):
    register(NAME, _policy_factory)


def _store_app():
    from .cli import build_store_app

    return build_store_app()


def _tickets_app():
    from .cli import build_tickets_app

    return build_tickets_app()


@hookimpl
def register_commands(register):
    register("store", _store_app)
    register("tickets", _tickets_app)
