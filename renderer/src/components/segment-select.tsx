/** A choice of one saved segment, or none (the first option, labelled by the caller). */
export function SegmentSelect({ id, value, segments, none, onChange }: { id: string; value: number | null; segments: readonly { id: number; name: string }[]; none: string; onChange(segmentId: number | null): void }) {
  return (
    <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
      <option value="">{none}</option>
      {segments.map((s) => (
        <option key={s.id} value={s.id}>
          {s.name}
        </option>
      ))}
    </select>
  );
}
