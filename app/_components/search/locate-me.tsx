"use client";

import { useState, useSyncExternalStore } from "react";

/**
 * "Use my location": only with JavaScript (the browser's geolocation). Puts the position into the
 * search form and sorts by distance; the position is sent to this site only, never elsewhere.
 */
export function LocateMe({ label, failed }: { label: string; failed: string }) {
  // false on the server and without JavaScript, true in a browser that can locate.
  const supported = useSyncExternalStore(noSubscription, () => "geolocation" in navigator, () => false);
  const [error, setError] = useState(false);
  if (!supported) return null;

  const locate = (event: React.MouseEvent<HTMLButtonElement>) => {
    const form = event.currentTarget.form;
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        if (!form) return;
        const set = (name: string, value: string) => {
          let input = form.querySelector<HTMLInputElement>(`input[type=hidden][name=${name}]`);
          if (!input) {
            input = Object.assign(document.createElement("input"), { type: "hidden", name });
            form.append(input);
          }
          input.value = value;
        };
        set("lat", coords.latitude.toFixed(5));
        set("lon", coords.longitude.toFixed(5));
        form.querySelector<HTMLSelectElement>("select[name=sort]")!.value = "entfernung";
        form.querySelector<HTMLInputElement>("input[name=ort]")!.value = "";
        form.requestSubmit();
      },
      () => setError(true),
      { maximumAge: 300_000, timeout: 10_000 },
    );
  };

  return (
    <div>
      <button type="button" onClick={locate} className="rounded border border-brand px-3 py-2 text-brand">
        {label}
      </button>
      {error && <p role="alert" className="text-red-800">{failed}</p>}
    </div>
  );
}

const noSubscription = () => () => {};
