import { useState, type ReactNode } from 'react';

/**
 * A fixed-row-height windowed list: only the rows in view (plus a margin) are in the DOM,
 * so thousands of late orders or files scroll smoothly.
 */
export function VirtualList<T>({
  items,
  rowHeight,
  height,
  render,
  label,
  testId,
}: {
  items: T[];
  rowHeight: number;
  height: number;
  render: (item: T, index: number) => ReactNode;
  label: string;
  testId?: string;
}) {
  const [top, setTop] = useState(0);
  const overscan = 8;
  const first = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((top + height) / rowHeight) + overscan);
  const shown = items.slice(first, last);
  return (
    <div
      className="vlist"
      style={{ height: Math.min(height, items.length * rowHeight + 2) }}
      onScroll={(e) => setTop(e.currentTarget.scrollTop)}
      tabIndex={0}
      role="list"
      aria-label={label}
      data-testid={testId}
      data-count={items.length}
    >
      <div style={{ height: items.length * rowHeight, position: 'relative' }}>
        {shown.map((item, i) => (
          <div
            key={first + i}
            role="listitem"
            className="vlist-row"
            style={{ position: 'absolute', top: (first + i) * rowHeight, height: rowHeight, left: 0, right: 0 }}
          >
            {render(item, first + i)}
          </div>
        ))}
      </div>
    </div>
  );
}
