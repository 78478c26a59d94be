/** Reads a dropped or picked File as bytes: the same in Electron and in the browser bridge. */
export async function fileBytes(file: File): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await file.arrayBuffer());
}
