import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * Recording in the page, where the browser allows it: the recording is put into the file
 * input beside it, so it is sent with the form exactly like a file recorded with the phone's
 * own recorder (which the file input offers without JavaScript).
 */
export function VoiceRecorder({ inputId }: { inputId: string }) {
  const { t } = useTranslation("monitoring");
  const [supported, setSupported] = useState(false);
  const [state, setState] = useState<"idle" | "recording" | "done" | "failed">("idle");
  const recorder = useRef<MediaRecorder | null>(null);

  useEffect(() => {
    setSupported(
      typeof window !== "undefined" &&
        typeof window.MediaRecorder !== "undefined" &&
        !!navigator.mediaDevices?.getUserMedia,
    );
  }, []);
  if (!supported) return null;

  async function start() {
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const chunks: Blob[] = [];
      const media = new MediaRecorder(stream);
      media.ondataavailable = (event) => chunks.push(event.data);
      media.onstop = () => {
        stream.getTracks().forEach((track) => track.stop());
        const type = media.mimeType || "audio/webm";
        const extension = type.includes("mp4") ? "m4a" : type.includes("ogg") ? "ogg" : "webm";
        const file = new File(chunks, `recording.${extension}`, { type });
        const input = document.getElementById(inputId) as HTMLInputElement | null;
        if (input) {
          const transfer = new DataTransfer();
          transfer.items.add(file);
          input.files = transfer.files;
          input.dispatchEvent(new Event("change", { bubbles: true }));
        }
        setState("done");
      };
      recorder.current = media;
      media.start();
      setState("recording");
    } catch {
      setState("failed");
    }
  }

  return (
    <div className="stack">
      {state === "recording" ? (
        <button type="button" className="button" onClick={() => recorder.current?.stop()}>
          {t("form.recorder.stop")}
        </button>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => void start()}>
          {state === "done" ? t("form.recorder.again") : t("form.recorder.start")}
        </button>
      )}
      <p className="field__hint" aria-live="polite">
        {state === "recording"
          ? t("form.recorder.recording")
          : state === "done"
            ? t("form.recorder.done")
            : state === "failed"
              ? t("form.recorder.failed")
              : ""}
      </p>
    </div>
  );
}
