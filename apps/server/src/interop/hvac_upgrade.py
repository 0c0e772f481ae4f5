"""A plugin upgrade driven by hvac (the current PyPI release), as a platform team would script it.

hvac has typed calls for the server checks, mounts, auth methods and tune, and none for the plugin
catalog, pins or reload: those go through its generic read/write/list/delete, as its users write them.
Reads VAULT_ADDR, VAULT_TOKEN, PLUGIN_SHA256 and PLUGIN_COMMAND; prints one JSON object of observations.
"""
import json
import os
from importlib.metadata import version as installed

import hvac

addr, token = os.environ["VAULT_ADDR"], os.environ["VAULT_TOKEN"]
client = hvac.Client(url=addr, token=token)
sha, command = os.environ["PLUGIN_SHA256"], os.environ["PLUGIN_COMMAND"]
seen = {"hvac": installed("hvac")}


def detailed(name):
    return [d["version"] for d in client.read("sys/plugins/catalog")["data"]["detailed"] if d["name"] == name]


def running(kind, path):
    data = client.read(f"sys/{kind}/{path}")["data"]
    return [data["plugin_version"], data["running_plugin_version"], data["running_sha256"] == sha]


# What hvac users check before anything else.
seen["authenticated"] = [client.is_authenticated(), hvac.Client(url=addr, token="not-the-root").is_authenticated()]
seen["policies"] = client.auth.token.lookup_self()["data"]["policies"]
status = client.sys.read_seal_status()
seen["seal"] = [status["initialized"], status["sealed"], client.sys.is_initialized(), client.sys.is_sealed()]
seen["leader"] = client.sys.read_leader_status()["ha_enabled"]
seen["capabilities"] = client.sys.get_capabilities(paths=["sys/plugins/catalog"])["data"]["capabilities"]

# Register two versions of a secrets engine and of an auth method.
for name in ("hvac-plugin", "hvac-auth"):
    kind = "secret" if name == "hvac-plugin" else "auth"
    for version in ("v1.0.0", "v1.1.0"):
        client.write(f"sys/plugins/catalog/{kind}/{name}", sha256=sha, command=command, version=version)
seen["versions"] = detailed("hvac-plugin")
seen["list"] = "hvac-plugin" in client.list("sys/plugins/catalog/secret")["data"]["keys"]
seen["list_verb"] = "hvac-auth" in client.adapter.list("/v1/sys/plugins/catalog/auth")["data"]["keys"]
seen["info"] = client.adapter.get("/v1/sys/plugins/catalog/secret/hvac-plugin", params={"version": "v1.0.0"})["data"]["version"]

# Enable at v1.0.0, tune to v1.1.0 (configured, not yet running), reload by mounts and by plugin.
client.sys.enable_secrets_engine(backend_type="hvac-plugin", path="hvac-mount", config={"plugin_version": "v1.0.0"})
client.sys.enable_auth_method(method_type="hvac-auth", path="hvac-auth", config={"plugin_version": "v1.0.0"})
seen["mounted"] = [running("mounts", "hvac-mount"), running("auth", "hvac-auth")]

client.sys.tune_mount_configuration(path="hvac-mount", plugin_version="v1.1.0")
client.sys.tune_auth_method(path="hvac-auth", plugin_version="v1.1.0")
seen["after_tune"] = [running("mounts", "hvac-mount"), running("auth", "hvac-auth")]
seen["tune_warning"] = bool(client.read("sys/mounts/hvac-mount")["warnings"])
seen["tuned_version"] = client.sys.read_mount_configuration(path="hvac-mount")["data"].get("plugin_version")

reload = client.write("sys/plugins/reload/backend", mounts=["hvac-mount"])
seen["reload_id"] = bool(reload["data"]["reload_id"])
client.write("sys/plugins/reload/backend", plugin="hvac-auth")
seen["after_reload"] = [running("mounts", "hvac-mount"), running("auth", "hvac-auth")]

# A global reload answers 202, which hvac hands back as the raw response; then its status per node.
accepted = client.write("sys/plugins/reload/backend", plugin="hvac-plugin", scope="global")
reload_id = accepted.json()["data"]["reload_id"]
status = client.adapter.get("/v1/sys/plugins/reload/backend/status", params={"reload_id": reload_id})["data"]
seen["global_reload"] = [accepted.status_code, status["reload_id"] == reload_id, all(not r["error"] for r in status["results"].values())]

# Pins (no typed call in hvac) and downgrade.
client.write("sys/plugins/pins/secret/hvac-plugin", version="v1.0.0")
seen["pin"] = client.read("sys/plugins/pins/secret/hvac-plugin")["data"]["version"]
client.delete("sys/plugins/pins/secret/hvac-plugin")
client.sys.tune_mount_configuration(path="hvac-mount", plugin_version="v1.0.0")
client.write("sys/plugins/reload/backend", plugin="hvac-plugin")
seen["downgraded"] = running("mounts", "hvac-mount")

try:
    client.write("sys/plugins/catalog/secret/hvac-bad", command=command)
except hvac.exceptions.InvalidRequest as e:
    seen["error"] = e.errors

seen["missing"] = client.read("sys/plugins/catalog/secret/not-there")
client.sys.disable_secrets_engine(path="hvac-mount")
client.sys.disable_auth_method(path="hvac-auth")
client.adapter.delete("/v1/sys/plugins/catalog/secret/hvac-plugin", params={"version": "v1.0.0"})
seen["after_delete"] = detailed("hvac-plugin")
print(json.dumps(seen))
