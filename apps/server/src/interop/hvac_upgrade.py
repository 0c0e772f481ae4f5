"""A plugin upgrade driven by hvac (Debian's python3-hvac), as a platform team would script it.

Reads VAULT_ADDR, VAULT_TOKEN, PLUGIN_SHA256 and PLUGIN_COMMAND; prints one JSON object of observations.
"""
import json
import os

import hvac

client = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])
sha, command = os.environ["PLUGIN_SHA256"], os.environ["PLUGIN_COMMAND"]
seen = {}

for version in ("v1.0.0", "v1.1.0"):
    client.write("sys/plugins/catalog/secret/hvac-plugin", sha256=sha, command=command, version=version)
seen["versions"] = [
    d["version"]
    for d in client.read("sys/plugins/catalog")["data"]["detailed"]
    if d["name"] == "hvac-plugin"
]
seen["list"] = "hvac-plugin" in client.list("sys/plugins/catalog/secret")["data"]["keys"]
seen["list_verb"] = "hvac-plugin" in client.adapter.list("/v1/sys/plugins/catalog/secret")["data"]["keys"]

client.sys.enable_secrets_engine(backend_type="hvac-plugin", path="hvac-mount", config={"plugin_version": "v1.0.0"})
seen["mounted"] = client.read("sys/mounts/hvac-mount")["data"]["running_plugin_version"]

client.sys.tune_mount_configuration(path="hvac-mount", plugin_version="v1.1.0")
after_tune = client.read("sys/mounts/hvac-mount")
seen["after_tune"] = [after_tune["data"]["plugin_version"], after_tune["data"]["running_plugin_version"]]
seen["tune_warning"] = bool(after_tune["warnings"])

reload = client.write("sys/plugins/reload/backend", plugin="hvac-plugin")
seen["reload_id"] = bool(reload["data"]["reload_id"])
after_reload = client.read("sys/mounts/hvac-mount")["data"]
seen["after_reload"] = [after_reload["running_plugin_version"], after_reload["running_sha256"] == sha]

try:
    client.write("sys/plugins/catalog/secret/hvac-bad", command=command)
except hvac.exceptions.InvalidRequest as e:
    seen["error"] = e.errors

seen["missing"] = client.read("sys/plugins/catalog/secret/not-there")
client.sys.disable_secrets_engine(path="hvac-mount")
client.adapter.delete("/v1/sys/plugins/catalog/secret/hvac-plugin", params={"version": "v1.0.0"})
seen["after_delete"] = [
    d["version"]
    for d in client.read("sys/plugins/catalog")["data"]["detailed"]
    if d["name"] == "hvac-plugin"
]
print(json.dumps(seen))
