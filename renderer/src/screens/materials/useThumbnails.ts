import { useEffect, useRef, useState } from 'react';

export type Thumb = { url: string; width: number; height: number };

/**
 * Small JPEG previews from `materials:preview` (first page for PDFs, orientation applied),
 * fetched once per material and shown from object URLs that are revoked on unmount.
 */
export function useThumbnails(ids: string[]): Record<string, Thumb> {
  const [thumbs, setThumbs] = useState<Record<string, Thumb>>({});
  const requested = useRef(new Set<string>());
  const urls = useRef<string[]>([]);
  const key = ids.join(',');

  useEffect(() => {
    for (const id of key ? key.split(',') : []) {
      if (requested.current.has(id)) continue;
      requested.current.add(id);
      void window.jitkit.materials.preview({ id, maxSize: 480 }).then((r) => {
        if (!r.ok) return;
        const url = URL.createObjectURL(new Blob([r.value.data.slice()], { type: r.value.mime }));
        urls.current.push(url);
        setThumbs((t) => ({ ...t, [id]: { url, width: r.value.width, height: r.value.height } }));
      });
    }
  }, [key]);

  useEffect(
    () => () => {
      for (const u of urls.current) URL.revokeObjectURL(u);
    },
    [],
  );
  return thumbs;
}
