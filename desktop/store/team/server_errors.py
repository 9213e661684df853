"""Why a team store on a server cannot be opened: server down, wrong password, no such database or officer,
schema too new (a newer PolicyDesk) or too old (and this officer may not upgrade it), in Chinese with a gloss."""

from __future__ import annotations

from contextlib import contextmanager

from ..open_errors import StoreUnavailable
from .server import display


def classify(exc: BaseException, url) -> StoreUnavailable:
    """The StoreUnavailable a server's refusal (an exception from psycopg or SQLAlchemy) stands for."""
    if isinstance(exc, StoreUnavailable):
        return exc
    where = display(url)
    detail = str(getattr(exc, "orig", None) or exc)
    low = detail.lower()
    if "password authentication failed" in low or "no password supplied" in low:
        return StoreUnavailable("wrong-password", f"无法登录团队数据库“{where}”：用户名或密码不正确。请核对后重试",
                                "wrong user name or password")
    if "database" in low and "does not exist" in low:
        return StoreUnavailable("no-database", f"团队数据库服务器上没有这个数据库（{where}）。请向管理员确认数据库名称",
                                "no such database on the server")
    if "role" in low and "does not exist" in low:
        return StoreUnavailable("no-role", f"团队数据库服务器上没有这个用户（{where}）。请向管理员申请账号",
                                "no such user (role) on the server")
    if "permission denied" in low or "must be owner" in low:
        return StoreUnavailable("too-old", f"团队数据库“{where}”的数据格式较旧，需要升级，但当前账号没有升级权限。"
                                           "请由数据库管理员用新版政策台账连接一次以完成升级；数据未被改动",
                                "the schema is older than this PolicyDesk and this user may not upgrade it")
    if any(w in low for w in ("connection refused", "could not connect", "timeout expired", "no route to host",
                              "could not translate host name", "name or service not known", "connection timed out",
                              "server closed the connection", "is the server running")):
        return StoreUnavailable("server-down", f"连接不上团队数据库服务器（{where}）：服务器未开启、地址或端口有误，"
                                               "或网络不通。请检查网络或联系管理员",
                                "cannot reach the database server")
    first = detail.splitlines()[0][:200] if detail else type(exc).__name__
    return StoreUnavailable("failed", f"无法打开团队数据库“{where}”：{first}；数据未被改动",
                            f"cannot open the team store: {type(exc).__name__}")


@contextmanager
def opening_server(url):
    """Turn any failure while connecting to or migrating a team store into a StoreUnavailable that says why."""
    try:
        yield
    except StoreUnavailable:
        raise
    except Exception as exc:
        raise classify(exc, url) from exc


def open_team_store(url):
    """The Store on the server at ``url``, migrated (under the advisory lock) to this PolicyDesk's schema."""
    from ..store import Store
    from .server import server_url
    with opening_server(url):
        return Store(server_url(url))
