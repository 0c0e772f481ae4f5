// The storage port with its secrets sealed (sealing.ts), over any adapter: what goes in is sealed, what
// comes out is opened, so services and adapters see plain records and the files and tables hold none.
// Sealed: connection details `password`, `private_key`, `service_account_json`, and `connection_url`
// when it carries a password; each catalog `env` entry; every value of an external plugin's own storage
// (what a KV plugin keeps is secrets: Vault keeps it behind its barrier). A stored value that is not sealed (written before
// this layer) is read as it is and sealed when it is next written.
import type { CatalogRecord, ConnectionRecord, Repositories, Storage } from "../../ports/storage.js";
import { isSealed, type Keyring, seal, unseal } from "./sealing.js";

const secretDetails = ["password", "private_key", "service_account_json"];
/** A URL's userinfo with a password (scheme://user:password@…). */
const urlWithPassword = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#@]*:[^/?#@]*@/;

const sealsDetail = (k: string, v: unknown) =>
  typeof v === "string" && (secretDetails.includes(k) || (k === "connection_url" && urlWithPassword.test(v)));

function sealConnection(
  keyring: Keyring,
  mount: string,
  name: string,
  r: ConnectionRecord,
): ConnectionRecord {
  const details = { ...r.connection_details };
  for (const [k, v] of Object.entries(details)) {
    if (sealsDetail(k, v) && !isSealed(v)) {
      details[k] = seal(keyring, v as string, `connections/${mount}/${name}/${k}`, `connection "${name}"`);
    }
  }
  return { ...r, connection_details: details };
}

function openConnection(
  keyring: Keyring,
  mount: string,
  name: string,
  r: ConnectionRecord,
): ConnectionRecord {
  const details = { ...r.connection_details };
  for (const [k, v] of Object.entries(details)) {
    if (isSealed(v))
      details[k] = unseal(keyring, v, `connections/${mount}/${name}/${k}`, `connection "${name}"`);
  }
  return { ...r, connection_details: details };
}

const entryPlace = (r: CatalogRecord, i: number) => `catalog/${r.type}/${r.name}/${r.version}/env/${i}`;
const entryName = (r: CatalogRecord) =>
  `the env of catalog entry ${r.type}/${r.name}${r.version ? ` ${r.version}` : ""}`;

const sealEntry = (keyring: Keyring, r: CatalogRecord): CatalogRecord =>
  r.env.length === 0
    ? r
    : {
        ...r,
        env: r.env.map((e, i) => (isSealed(e) ? e : seal(keyring, e, entryPlace(r, i), entryName(r)))),
      };
const openEntry = (keyring: Keyring, r: CatalogRecord): CatalogRecord =>
  r.env.some(isSealed)
    ? {
        ...r,
        env: r.env.map((e, i) => (isSealed(e) ? unseal(keyring, e, entryPlace(r, i), entryName(r)) : e)),
      }
    : r;

function sealedRepositories(tx: Repositories, keyring: Keyring): Repositories {
  return {
    ...tx,
    catalog: {
      ...tx.catalog,
      get: async (type, name, version) => {
        const r = await tx.catalog.get(type, name, version);
        return r && openEntry(keyring, r);
      },
      list: async (filter) => (await tx.catalog.list(filter)).map((r) => openEntry(keyring, r)),
      put: (record) => tx.catalog.put(sealEntry(keyring, record)),
      delete: (type, name, version) => tx.catalog.delete(type, name, version),
      revision: () => tx.catalog.revision(),
    },
    connections: {
      ...tx.connections,
      get: async (mount, name) => {
        const r = await tx.connections.get(mount, name);
        return r && openConnection(keyring, mount, name, r);
      },
      list: (mount) => tx.connections.list(mount),
      put: (mount, name, record) =>
        tx.connections.put(mount, name, sealConnection(keyring, mount, name, record)),
      delete: (mount, name) => tx.connections.delete(mount, name),
    },
    entries: {
      ...tx.entries,
      get: async (mount, key) => {
        const r = await tx.entries.get(mount, key);
        return r && isSealed(r.value)
          ? { ...r, value: unseal(keyring, r.value, `entries/${mount}/${key}`, `plugin entry "${key}"`) }
          : r;
      },
      keys: (mount, prefix) => tx.entries.keys(mount, prefix),
      put: (mount, key, record) =>
        tx.entries.put(mount, key, {
          ...record,
          value: seal(keyring, record.value, `entries/${mount}/${key}`, `plugin entry "${key}"`),
        }),
      delete: (mount, key) => tx.entries.delete(mount, key),
      clear: (mount) => tx.entries.clear(mount),
    },
  };
}

export function sealStorage<S extends Storage>(storage: S, keyring: Keyring): S {
  return Object.assign(Object.create(storage) as S, {
    transact: <T>(fn: (tx: Repositories) => Promise<T>) =>
      storage.transact((tx) => fn(sealedRepositories(tx, keyring))),
    close: () => storage.close(),
  });
}
