/**
 * An application's reference. `dir="ltr"` keeps "RIV-27-4KQ9" in its own order inside Arabic or
 * Persian text, and the spacing lets someone read it out character by character on the phone.
 */
export function Reference({ value }: { value: string }) {
  return (
    <bdi dir="ltr" className="reference">
      {value}
    </bdi>
  );
}
