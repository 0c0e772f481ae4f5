// Version input rules live in the domain (flavour adapters read registrations with them too).
export { byteCompare, catalogVersion, isBuiltinVersion, mountVersion } from "../domain/versions.js";
