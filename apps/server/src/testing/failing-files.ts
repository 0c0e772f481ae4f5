// An injected failing file system, for disk-full tests where no real small filesystem can be mounted and
// for the storage suite: node:fs/promises open, whose handles, while `failing` is on, write half of what
// they are asked (a write cut short, as on a full disk) and then fail with ENOSPC.
import { type FileHandle, open } from "node:fs/promises";

const enospc = (syscall: string, path: string) =>
  Object.assign(new Error(`ENOSPC: no space left on device, ${syscall}`), { code: "ENOSPC", syscall, path });

export interface FailingFiles {
  open: typeof open;
  failing: boolean;
}

export function failingFiles(): FailingFiles {
  const files: FailingFiles = {
    failing: false,
    open: (async (path: string, flags?: string | number, mode?: number) => {
      const handle = await open(path, flags, mode);
      let cut = false;
      return new Proxy(handle, {
        get(target, key) {
          const real = Reflect.get(target, key, target);
          if (typeof real !== "function") return real;
          if (!files.failing) return real.bind(target);
          if (key === "write") {
            return async (buffer: Buffer, offset = 0, length = buffer.length - offset, position?: number) => {
              if (cut || length < 2) throw enospc("write", String(path));
              cut = true;
              return target.write(buffer, offset, Math.floor(length / 2), position);
            };
          }
          if (key === "writeFile") {
            return async () => {
              throw enospc(String(key), String(path));
            };
          }
          return real.bind(target);
        },
      }) as FileHandle;
    }) as typeof open,
  };
  return files;
}
